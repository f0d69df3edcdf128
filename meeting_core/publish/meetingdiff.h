#pragma once

#include "meeting_core/domain/meeting.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QStringList>
#include <optional>

namespace phonghop {

// What changed between two revisions of a meeting: shown to a secretary whose publication
// lost a race, and the basis of the delegates' "mới"/"cập nhật" badges.
struct MeetingDiff {
    QStringList changedDetails; // translated field names: "title", "location", ...
    QList<AgendaItem> itemsAdded;
    QList<AgendaItem> itemsRemoved;
    QList<QPair<AgendaItem, AgendaItem>> itemsChanged; // before, after
    QList<DocumentRef> documentsAdded;
    QList<DocumentRef> documentsRemoved;
    QList<QPair<DocumentRef, DocumentRef>> documentsChanged;
    QList<Participant> participantsAdded;
    QList<Participant> participantsRemoved;
    QList<QPair<Participant, Participant>> participantsChanged;

    bool isEmpty() const;
    // One translated line per change, e.g. "Document added: Tờ trình số 12 (item 2)".
    QStringList describe() const;
};

MeetingDiff diffMeetings(const Meeting &before, const Meeting &after);

// Badges for a delegate: an item or document that the cached revision did not have is New;
// one whose content changed (a document's file or version, an item's title, presenter,
// duration or documents) is Updated. Without a cached revision everything is New.
enum class ChangeBadge { None, New, Updated };

struct MeetingBadges {
    QHash<QString, ChangeBadge> items; // agenda item id -> badge
    QHash<QString, ChangeBadge> documents; // document id -> badge
    ChangeBadge item(const QString &id) const { return items.value(id, ChangeBadge::None); }
    ChangeBadge document(const QString &id) const { return documents.value(id, ChangeBadge::None); }
};

MeetingBadges changeBadges(const std::optional<Meeting> &cached, const Meeting &current);
// "mới" / "cập nhật" come from translation; the source text is "new" / "updated".
QString badgeText(ChangeBadge badge);

} // namespace phonghop
