#pragma once

#include "meeting_core/trust/signingkey.h"
#include "meeting_core/util/result.h"

#include <QObject>
#include <QString>
#include <optional>

class QWidget;

namespace phonghop::ui {

// The secretary's hold on the organisation: the share and the organisation's key file. Reading
// the directory needs only the key's public half (kept in clear in the key file); writing
// (publishing, people, devices) needs the key itself, unlocked once with its passphrase and
// then kept for the workspace's lifetime.
class OrganisationAccess final : public QObject {
    Q_OBJECT
public:
    OrganisationAccess(QString sharePath, QString keyPath, QObject *parent = nullptr);

    const QString &sharePath() const { return m_sharePath; }
    const QString &keyPath() const { return m_keyPath; }
    // The organisation's public key, from the key file without its passphrase (or from the key
    // once unlocked). Empty, with *error set, when the file cannot be read.
    QByteArray publicKey(QString *error = nullptr) const;
    QString organisationName() const;

    // Uses this key from now on (tests; a key unlocked elsewhere).
    void setKey(const SigningKey &key);
    bool isUnlocked() const { return m_key.has_value(); }
    // The key, asking for the passphrase the first time (PassphraseDialog; PHONGHOP_KEY_PASSPHRASE
    // when set). Fails with a message, or with an empty one when the person cancelled.
    Result<SigningKey> unlockedKey(QWidget *parent);
    // Set when the key file is an older one without a passphrase.
    QString warning() const { return m_warning; }

Q_SIGNALS:
    // The directory was written (people or devices changed): pages showing it read it again.
    void directoryChanged();

private:
    QString m_sharePath;
    QString m_keyPath;
    std::optional<SigningKey> m_key;
    QString m_warning;
};

} // namespace phonghop::ui
