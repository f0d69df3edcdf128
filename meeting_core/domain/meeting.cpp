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

} // namespace phonghop
