#include "devicepindialog.h"

#include "setupwidgets.h"

#include "meeting_core/trust/devicekey.h"
#include "meeting_core/trust/systemkeystore.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace phonghop::ui {

DevicePinDialog::DevicePinDialog(Mode mode, QString keyFolder, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_keyFolder(std::move(keyFolder))
{
    setObjectName(QStringLiteral("devicePinDialog"));
    setWindowTitle(tr("Device PIN — PhòngHọp"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    const bool unlocking = mode == Mode::Unlock;
    layout->addWidget(headingLabel(
        unlocking ? tr("Enter this device's PIN") : tr("Protect this device with a PIN"), this));
    m_prompt = paragraphLabel(unlocking
            ? tr("The key this seat signs with (check-in, votes) and opens confidential "
                 "documents with is protected by a PIN.")
            : tr("Choose a PIN of at least %n characters. It is asked each time PhòngHọp starts; "
                 "without it, a lost device cannot sign nor open confidential documents.",
                nullptr, DeviceKey::minimumPinLength),
        this);
    layout->addWidget(m_prompt);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("devicePinMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);
    m_pin = new QLineEdit(this);
    m_pin->setObjectName(QStringLiteral("devicePin"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setMinimumHeight(52);
    m_pin->setAlignment(Qt::AlignCenter);
    QFont big = m_pin->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    m_pin->setFont(big);
    m_pin->setPlaceholderText(unlocking ? tr("PIN") : tr("New PIN"));
    m_pin->setAccessibleName(tr("PIN"));
    layout->addWidget(m_pin);

    // A keypad a finger can use (a tablet's on-screen keyboard covers half the dialog).
    auto *keypad = new QGridLayout;
    keypad->setSpacing(8);
    const QStringList keys { QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
        QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("6"), QStringLiteral("7"),
        QStringLiteral("8"), QStringLiteral("9"), QStringLiteral("⌫"), QStringLiteral("0") };
    for (int i = 0; i < keys.size(); ++i) {
        auto *key = new QPushButton(keys.at(i), this);
        key->setObjectName(QStringLiteral("pinKey") + keys.at(i));
        key->setMinimumSize(72, 56);
        key->setFont(big);
        key->setFocusPolicy(Qt::NoFocus);
        key->setAccessibleName(
            keys.at(i) == QStringLiteral("⌫") ? tr("Delete the last digit") : keys.at(i));
        keypad->addWidget(key, i / 3, i % 3);
        connect(key, &QPushButton::clicked, this, [this, k = keys.at(i)] { press(k); });
    }
    layout->addLayout(keypad);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(10);
    m_busy->hide();
    layout->addWidget(m_busy);
    // Where the desktop has a key store (GNOME Keyring, KWallet), the person's login can keep
    // the key instead of a PIN (docs/trust.md).
    if (!unlocking && systemkeystore::available()) {
        m_useKeyStore = touchButton(tr("Use the system key store instead of a PIN"), this);
        m_useKeyStore->setObjectName(QStringLiteral("devicePinUseKeyStore"));
        m_useKeyStore->setToolTip(tr("The desktop's key store (unlocked by your login) keeps the "
                                     "secret that opens this device's key; no PIN is asked."));
        layout->addWidget(m_useKeyStore);
        connect(m_useKeyStore, &QPushButton::clicked, this, &DevicePinDialog::useSystemKeyStore);
    }
    auto *buttons = new QDialogButtonBox(this);
    m_confirm = touchButton(unlocking ? tr("Unlock") : tr("Next"), this, true);
    m_confirm->setObjectName(QStringLiteral("devicePinConfirm"));
    m_cancel = touchButton(unlocking ? tr("Continue without it") : tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("devicePinCancel"));
    if (unlocking)
        m_cancel->setToolTip(tr("The seat still syncs and shows meetings, but cannot check in, "
                                "vote nor open confidential documents."));
    buttons->addButton(m_confirm, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);
    resize(420, sizeHint().height());

    connect(m_confirm, &QPushButton::clicked, this, &DevicePinDialog::confirm);
    connect(m_pin, &QLineEdit::returnPressed, this, &DevicePinDialog::confirm);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (!m_working)
            reject();
    });
}

QString DevicePinDialog::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void DevicePinDialog::press(const QString &key)
{
    if (m_working)
        return;
    if (key == QStringLiteral("⌫"))
        m_pin->backspace();
    else
        m_pin->insert(key);
}

void DevicePinDialog::setMessage(const QString &text, bool isError)
{
    showMessage(m_message, text, isError);
}

void DevicePinDialog::setWorking(bool working)
{
    m_working = working;
    m_busy->setVisible(working);
    m_pin->setEnabled(!working);
    m_confirm->setEnabled(!working);
    if (m_useKeyStore)
        m_useKeyStore->setEnabled(!working);
}

void DevicePinDialog::useSystemKeyStore()
{
    if (m_working)
        return;
    setWorking(true);
    setMessage(tr("Handing the key to the system key store…"), false);
    const QString folder = m_keyFolder;
    runInBackground(
        this, [folder] { return DeviceKey::protectWithSystemKeyStore(folder); },
        [this](const Status &done) {
            setWorking(false);
            if (done) {
                setMessage(QString(), false);
                accept();
                return;
            }
            setMessage(done.error(), true);
        });
}

void DevicePinDialog::confirm()
{
    if (m_working)
        return;
    const QString pin = m_pin->text();
    if (pin.isEmpty()) {
        setMessage(tr("Type the PIN first."), true);
        return;
    }
    const QString folder = m_keyFolder;
    if (m_mode == Mode::Protect) {
        if (m_firstPin.isEmpty()) {
            if (const QString problem = DeviceKey::pinProblem(pin); !problem.isEmpty()) {
                setMessage(problem, true);
                return;
            }
            m_firstPin = pin;
            m_pin->clear();
            m_pin->setPlaceholderText(tr("The same PIN again"));
            m_confirm->setText(tr("Protect"));
            setMessage(tr("Type the same PIN again."), false);
            return;
        }
        if (pin != m_firstPin) {
            m_firstPin.clear();
            m_pin->clear();
            m_pin->setPlaceholderText(tr("New PIN"));
            m_confirm->setText(tr("Next"));
            setMessage(tr("The two PINs differ; nothing was changed. Choose the PIN again."), true);
            return;
        }
    }
    setWorking(true);
    setMessage(m_mode == Mode::Unlock ? tr("Opening the key…") : tr("Protecting the key…"), false);
    const Mode mode = m_mode;
    runInBackground(
        this,
        [folder, pin, mode] {
            return mode == Mode::Unlock ? DeviceKey::unlock(folder, pin)
                                        : DeviceKey::protect(folder, pin);
        },
        [this](const Status &done) {
            setWorking(false);
            if (done) {
                setMessage(QString(), false);
                accept();
                return;
            }
            setMessage(done.error(), true);
            m_pin->clear();
            m_pin->setFocus();
            if (m_mode == Mode::Protect) {
                m_firstPin.clear();
                m_pin->setPlaceholderText(tr("New PIN"));
                m_confirm->setText(tr("Next"));
            }
        });
}

bool unlockDeviceKeyIfNeeded(const QString &keyFolder, QWidget *parent)
{
    if (!DeviceKey::isProtected(keyFolder) || DeviceKey::isUnlocked(keyFolder))
        return true;
    // PHONGHOP_DEVICE_PIN (kiosk scripts, tests): tried by the key itself.
    const Result<SigningKey> opened = DeviceKey::load(keyFolder);
    if (opened)
        return true;
    if (dialogsSuppressed())
        return false;
    // Kept by the system key store: no PIN to ask; say why it stays locked.
    if (DeviceKey::protection(keyFolder) == DeviceKey::Protection::SystemKeyStore) {
        QMessageBox::warning(parent, DevicePinDialog::tr("Device key — PhòngHọp"),
            DevicePinDialog::tr(
                "%1\n\nThe seat still syncs and shows meetings, but cannot check in, "
                "vote nor open confidential documents until the key store is open.")
                .arg(opened.error()));
        return false;
    }
    DevicePinDialog dialog(DevicePinDialog::Mode::Unlock, keyFolder, parent);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace phonghop::ui
