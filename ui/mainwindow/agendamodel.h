#pragma once

#include "meeting_core/domain/meeting.h"
#include "meeting_core/publish/meetingdiff.h"

#include <QStandardItemModel>

namespace phonghop::ui {

// A meeting's agenda as a tree: numbered items, their sub-items, and under each item the
// documents attached to it.
class AgendaModel final : public QStandardItemModel {
    Q_OBJECT
public:
    enum Roles { KindRole = Qt::UserRole + 1, AgendaItemIdRole, DocumentIdRole };
    enum class Kind { AgendaItem, Document };

    explicit AgendaModel(QObject *parent = nullptr);

    // `badges` marks what is new or updated since the revision the delegate had before.
    void setMeeting(const Meeting &meeting, const MeetingBadges &badges = {});
    const Meeting &meeting() const { return m_meeting; }

    // The document a row stands for: itself, or an agenda item's first document.
    std::optional<DocumentRef> documentAt(const QModelIndex &index) const;
    QModelIndex indexOfDocument(const QString &documentId) const;
    QModelIndex indexOfDocumentSha(const QString &sha256) const;

private:
    Meeting m_meeting;
};

} // namespace phonghop::ui
