#include "meetingdiff.h"

#include <QCoreApplication>
#include <QSet>

#include <functional>

namespace phonghop {

namespace {

// The context of this file's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::MeetingDiff)
};

template <typename T>
void diffById(const QList<T> &before, const QList<T> &after, QList<T> &added, QList<T> &removed,
    QList<QPair<T, T>> &changed, const std::function<bool(const T &, const T &)> &same)
{
    QHash<QString, const T *> old;
    for (const T &value : before)
        old.insert(value.id, &value);
    QSet<QString> seen;
    for (const T &value : after) {
        seen.insert(value.id);
        if (const T *previous = old.value(value.id)) {
            if (!same(*previous, value))
                changed << qMakePair(*previous, value);
        } else {
            added << value;
        }
    }
    for (const T &value : before) {
        if (!seen.contains(value.id))
            removed << value;
    }
}

QString itemLabel(const AgendaItem &item)
{
    return item.number.isEmpty() ? item.title
                                 : QStringLiteral("%1. %2").arg(item.number, item.title);
}

} // namespace

bool MeetingDiff::isEmpty() const
{
    return changedDetails.isEmpty() && itemsAdded.isEmpty() && itemsRemoved.isEmpty()
        && itemsChanged.isEmpty() && documentsAdded.isEmpty() && documentsRemoved.isEmpty()
        && documentsChanged.isEmpty() && participantsAdded.isEmpty()
        && participantsRemoved.isEmpty() && participantsChanged.isEmpty();
}

QStringList MeetingDiff::describe() const
{
    QStringList lines;
    if (!changedDetails.isEmpty())
        lines
            << Tr::tr("Meeting details changed: %1").arg(changedDetails.join(QStringLiteral(", ")));
    for (const AgendaItem &item : itemsAdded)
        lines << Tr::tr("Agenda item added: %1").arg(itemLabel(item));
    for (const AgendaItem &item : itemsRemoved)
        lines << Tr::tr("Agenda item removed: %1").arg(itemLabel(item));
    for (const auto &[before, after] : itemsChanged)
        lines << Tr::tr("Agenda item changed: %1").arg(itemLabel(after));
    for (const DocumentRef &document : documentsAdded)
        lines << Tr::tr("Document added: %1").arg(document.title);
    for (const DocumentRef &document : documentsRemoved)
        lines << Tr::tr("Document removed: %1").arg(document.title);
    for (const auto &[before, after] : documentsChanged) {
        if (before.sha256 != after.sha256 || before.version != after.version)
            lines << Tr::tr("Document replaced: %1 (version %2 → %3)")
                         .arg(after.title)
                         .arg(before.version)
                         .arg(after.version);
        else
            lines << Tr::tr("Document changed: %1").arg(after.title);
    }
    for (const Participant &p : participantsAdded)
        lines << Tr::tr("Participant added: %1").arg(p.fullName);
    for (const Participant &p : participantsRemoved)
        lines << Tr::tr("Participant removed: %1").arg(p.fullName);
    for (const auto &[before, after] : participantsChanged)
        lines << Tr::tr("Participant changed: %1").arg(after.fullName);
    return lines;
}

MeetingDiff diffMeetings(const Meeting &before, const Meeting &after)
{
    MeetingDiff diff;
    auto detail = [&](bool differs, const char *name) {
        if (differs)
            diff.changedDetails << Tr::tr(name);
    };
    detail(before.title != after.title, QT_TRANSLATE_NOOP("phonghop::MeetingDiff", "title"));
    detail(before.meetingType != after.meetingType,
        QT_TRANSLATE_NOOP("phonghop::MeetingDiff", "type"));
    detail(
        before.hostUnit != after.hostUnit, QT_TRANSLATE_NOOP("phonghop::MeetingDiff", "host unit"));
    detail(before.location != after.location, QT_TRANSLATE_NOOP("phonghop::MeetingDiff", "room"));
    detail(before.start != after.start, QT_TRANSLATE_NOOP("phonghop::MeetingDiff", "start"));
    detail(before.end != after.end, QT_TRANSLATE_NOOP("phonghop::MeetingDiff", "end"));
    detail(
        before.chairName != after.chairName, QT_TRANSLATE_NOOP("phonghop::MeetingDiff", "chair"));
    detail(before.notes != after.notes, QT_TRANSLATE_NOOP("phonghop::MeetingDiff", "notes"));
    detail(
        before.polls != after.polls, QT_TRANSLATE_NOOP("phonghop::MeetingDiff", "prepared polls"));
    diffById<AgendaItem>(before.agenda, after.agenda, diff.itemsAdded, diff.itemsRemoved,
        diff.itemsChanged, [](const AgendaItem &a, const AgendaItem &b) { return a == b; });
    diffById<DocumentRef>(before.documents, after.documents, diff.documentsAdded,
        diff.documentsRemoved, diff.documentsChanged,
        [](const DocumentRef &a, const DocumentRef &b) { return a == b; });
    diffById<Participant>(before.participants, after.participants, diff.participantsAdded,
        diff.participantsRemoved, diff.participantsChanged,
        [](const Participant &a, const Participant &b) { return a == b; });
    return diff;
}

MeetingBadges changeBadges(const std::optional<Meeting> &cached, const Meeting &current)
{
    MeetingBadges badges;
    QHash<QString, DocumentRef> oldDocuments;
    QHash<QString, AgendaItem> oldItems;
    if (cached) {
        for (const DocumentRef &document : cached->documents)
            oldDocuments.insert(document.id, document);
        for (const AgendaItem &item : cached->agenda)
            oldItems.insert(item.id, item);
    }
    for (const DocumentRef &document : current.documents) {
        const auto old = oldDocuments.constFind(document.id);
        if (old == oldDocuments.cend())
            badges.documents.insert(document.id, ChangeBadge::New);
        else if (old->sha256 != document.sha256 || old->version != document.version)
            badges.documents.insert(document.id, ChangeBadge::Updated);
    }
    for (const AgendaItem &item : current.agenda) {
        const auto old = oldItems.constFind(item.id);
        if (old == oldItems.cend()) {
            badges.items.insert(item.id, ChangeBadge::New);
            continue;
        }
        // A renumbering after a move is not news; a new title, presenter or document is.
        bool changed = old->title != item.title || old->presenter != item.presenter
            || old->plannedMinutes != item.plannedMinutes;
        for (const DocumentRef &document : current.documentsOf(item.id))
            changed = changed || badges.document(document.id) != ChangeBadge::None;
        if (cached) {
            for (const DocumentRef &document : cached->documentsOf(item.id)) {
                const bool stillHere = std::any_of(
                    current.documents.begin(), current.documents.end(), [&](const DocumentRef &d) {
                        return d.id == document.id && d.agendaItemId == item.id;
                    });
                changed = changed || !stillHere;
            }
        }
        if (changed)
            badges.items.insert(item.id, ChangeBadge::Updated);
    }
    return badges;
}

QString badgeText(ChangeBadge badge)
{
    switch (badge) {
    case ChangeBadge::New:
        return Tr::tr("new");
    case ChangeBadge::Updated:
        return Tr::tr("updated");
    case ChangeBadge::None:
        return {};
    }
    return {};
}

} // namespace phonghop
