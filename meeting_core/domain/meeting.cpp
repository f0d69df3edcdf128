#include "meeting.h"

#include <QCoreApplication>

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

QList<DocumentRef> Meeting::documentsOf(const QString &agendaItemId) const
{
    QList<DocumentRef> result;
    for (const DocumentRef &document : documents) {
        if (document.agendaItemId == agendaItemId)
            result << document;
    }
    return result;
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
