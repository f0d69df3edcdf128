#pragma once

#include "meeting_core/trust/signingkey.h"
#include "meeting_core/util/result.h"

#include <QDialog>
#include <optional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace phonghop::ui {

// Asks for the passphrase of the organisation's key file and opens it. The key is derived
// (Argon2id) off the GUI thread while the dialog says so; a wrong passphrase is said plainly
// and asked again.
class PassphraseDialog final : public QDialog {
    Q_OBJECT
public:
    // organisationName: what the key file says about itself (may be empty).
    PassphraseDialog(QString keyPath, const QString &organisationName, QWidget *parent = nullptr);

    // Set once the file opened.
    const std::optional<SigningKey> &key() const { return m_key; }
    // Shown above the field when the dialog opens (for instance: the passphrase from the
    // environment was wrong).
    void setMessage(const QString &text, bool isError);

    QLineEdit *passphraseEdit() const { return m_passphrase; }
    QPushButton *unlockButton() const { return m_unlock; }
    QString messageText() const;

    // Tries the passphrase typed in (the unlock button does this).
    void tryUnlock();

private:
    QString m_keyPath;
    QLineEdit *m_passphrase = nullptr;
    QPushButton *m_unlock = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_message = nullptr;
    QProgressBar *m_busy = nullptr;
    std::optional<SigningKey> m_key;
    bool m_working = false;
};

// How strong a new passphrase looks, with a short hint for the person choosing it.
struct PassphraseStrength {
    enum class Level { TooShort, Weak, Fair, Strong };
    Level level = Level::TooShort;
    QString hint; // translated
    bool acceptable() const { return level != Level::TooShort; }
};
PassphraseStrength passphraseStrength(const QString &passphrase);

// Opens the organisation's key file as the app needs it (the secretary's workspace,
// `phonghop --secretary-key FILE`): the passphrase from PHONGHOP_KEY_PASSPHRASE when set (the
// demo scripts rely on it), else from the dialog, asked again after a wrong one. An older
// key file holding the bare seed opens without a passphrase (*warning then says so). Fails
// when the file cannot be read, is no key file, or the person cancels (message empty then).
Result<SigningKey> unlockOrganisationKey(
    QWidget *parent, const QString &keyPath, QString *warning = nullptr);

} // namespace phonghop::ui
