#pragma once

#include <QDialog>

class QGridLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace phonghop::ui {

// The PIN of this seat's device key (issue 16, docs/trust.md "The device key at rest"), with a
// keypad large enough for a finger on a tablet:
// - Unlock: asked when the app starts on a seat whose key has a PIN. "Continue without it"
//   leaves the key locked: the seat syncs and shows meetings, but cannot sign (check in, vote)
//   nor open confidential documents, and says so when asked to.
// - Protect: a new PIN typed twice, then the key file is sealed under it; or, where the desktop
//   has a key store, the key sealed under a secret the key store keeps (no PIN).
// The key derivation (Argon2id) runs off the GUI thread.
class DevicePinDialog final : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Unlock, Protect };
    DevicePinDialog(Mode mode, QString keyFolder, QWidget *parent = nullptr);

    QLineEdit *pinEdit() const { return m_pin; }
    QPushButton *confirmButton() const { return m_confirm; }
    QString messageText() const;
    // Does what the confirm button does (tests call it).
    void confirm();

private:
    void press(const QString &key);
    void setMessage(const QString &text, bool isError);
    void setWorking(bool working);
    void useSystemKeyStore();

    Mode m_mode;
    QString m_keyFolder;
    QLineEdit *m_pin = nullptr;
    QLabel *m_prompt = nullptr;
    QLabel *m_message = nullptr;
    QProgressBar *m_busy = nullptr;
    QPushButton *m_confirm = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_useKeyStore = nullptr; // Protect, where the desktop has a key store
    QString m_firstPin; // Protect: the PIN typed the first time
    bool m_working = false;
};

// Asks for the PIN when this seat's key has one and it is still locked (a PIN from
// PHONGHOP_DEVICE_PIN is tried first). Returns whether the key is usable now.
bool unlockDeviceKeyIfNeeded(const QString &keyFolder, QWidget *parent = nullptr);

} // namespace phonghop::ui
