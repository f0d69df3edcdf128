#include "organisationaccess.h"

#include "setup/passphrasedialog.h"

namespace phonghop::ui {

OrganisationAccess::OrganisationAccess(QString sharePath, QString keyPath, QObject *parent)
    : QObject(parent)
    , m_sharePath(std::move(sharePath))
    , m_keyPath(std::move(keyPath))
{
}

QByteArray OrganisationAccess::publicKey(QString *error) const
{
    if (m_key)
        return m_key->publicKey();
    const Result<KeyFileInfo> info = inspectKeyFile(m_keyPath);
    if (!info) {
        if (error)
            *error = info.error();
        return {};
    }
    return info->publicKey;
}

QString OrganisationAccess::organisationName() const
{
    const Result<KeyFileInfo> info = inspectKeyFile(m_keyPath);
    return info ? info->organisationName : QString();
}

void OrganisationAccess::setKey(const SigningKey &key)
{
    m_key = key;
}

Result<SigningKey> OrganisationAccess::unlockedKey(QWidget *parent)
{
    if (m_key)
        return *m_key;
    Result<SigningKey> key = unlockOrganisationKey(parent, m_keyPath, &m_warning);
    if (key)
        m_key = key.value();
    return key;
}

} // namespace phonghop::ui
