#include "meeting.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace phonghop {

QString roleKey(Role role)
{
    switch (role) {
    case Role::Chair:
        return QStringLiteral("chair");
    case Role::Secretary:
        return QStringLiteral("secretary");
    case Role::Delegate:
        return QStringLiteral("delegate");
    case Role::Guest:
        return QStringLiteral("guest");
    }
    return {};
}

std::optional<Role> roleFromKey(QStringView key)
{
    for (Role role : { Role::Chair, Role::Secretary, Role::Delegate, Role::Guest }) {
        if (key == roleKey(role))
            return role;
    }
    return std::nullopt;
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::Chair:
        return QCoreApplication::translate("Role", "Chair");
    case Role::Secretary:
        return QCoreApplication::translate("Role", "Secretary");
    case Role::Delegate:
        return QCoreApplication::translate("Role", "Delegate");
    case Role::Guest:
        return QCoreApplication::translate("Role", "Guest");
    }
    return {};
}

const DocumentRecipient *DocumentRef::recipientFor(const QString &deviceId) const
{
    for (const DocumentRecipient &recipient : recipients) {
        if (recipient.deviceId == deviceId)
            return &recipient;
    }
    return nullptr;
}

QList<DocumentRef> Meeting::documentsOf(const QString &agendaItemId) const
{
    QList<DocumentRef> result;
    for (const DocumentRef &document : documents) {
        if (document.agendaItemId == agendaItemId)
            result << document;
    }
    return result;
}

QList<AgendaItem> agendaInOrder(const QList<AgendaItem> &agenda)
{
    QSet<QString> ids;
    for (const AgendaItem &item : agenda)
        ids.insert(item.id);
    QHash<QString, QList<qsizetype>> children; // parent id ("" for the top) -> indexes
    for (qsizetype i = 0; i < agenda.size(); ++i) {
        const QString &parent = agenda.at(i).parentId;
        children[ids.contains(parent) ? parent : QString()].append(i);
    }
    for (QList<qsizetype> &siblings : children)
        std::stable_sort(siblings.begin(), siblings.end(), [&agenda](qsizetype a, qsizetype b) {
            return agenda.at(a).position < agenda.at(b).position;
        });
    QList<AgendaItem> ordered;
    QSet<qsizetype> placed;
    const auto place = [&](const auto &self, const QString &parent) -> void {
        for (qsizetype i : children.value(parent)) {
            if (placed.contains(i))
                continue;
            placed.insert(i);
            ordered.append(agenda.at(i));
            self(self, agenda.at(i).id);
        }
    };
    place(place, QString());
    for (qsizetype i = 0; i < agenda.size(); ++i)
        if (!placed.contains(i))
            ordered.append(agenda.at(i)); // a loop of parents: never lost
    return ordered;
}

QList<PreparedPoll> Meeting::pollsOf(const QString &agendaItemId) const
{
    QList<PreparedPoll> result;
    for (const PreparedPoll &poll : polls) {
        if (poll.agendaItemId == agendaItemId)
            result << poll;
    }
    return result;
}

bool Meeting::hasConfidentialDocument() const
{
    return std::any_of(documents.cbegin(), documents.cend(),
        [](const DocumentRef &document) { return document.confidential; });
}

bool Meeting::isParticipant(const QString &personId) const
{
    return !personId.isEmpty()
        && std::any_of(participants.cbegin(), participants.cend(),
            [&personId](const Participant &participant) { return participant.id == personId; });
}

const PreparedPoll *Meeting::poll(const QString &pollId) const
{
    for (const PreparedPoll &poll : polls) {
        if (poll.id == pollId)
            return &poll;
    }
    return nullptr;
}

QJsonObject PreparedPoll::toJson() const
{
    QJsonObject object = definition;
    object.insert(QStringLiteral("id"), id);
    object.insert(QStringLiteral("item"), agendaItemId);
    object.insert(QStringLiteral("title"), title);
    return object;
}

PreparedPoll PreparedPoll::fromJson(const QJsonObject &object)
{
    PreparedPoll poll;
    poll.id = object.value(u"id").toString();
    poll.agendaItemId = object.value(u"item").toString();
    poll.title = object.value(u"title").toString();
    poll.definition = object;
    poll.definition.remove(QStringLiteral("id"));
    poll.definition.remove(QStringLiteral("item"));
    poll.definition.remove(QStringLiteral("title"));
    return poll;
}

} // namespace phonghop
