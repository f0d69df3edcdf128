#include "passphrasedialog.h"

#include "setupwidgets.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace phonghop::ui {

namespace {
struct Unlocked {
    Result<SigningKey> key = Result<SigningKey>::failure(QString());
    SigningKey::KeyFileProblem problem = SigningKey::KeyFileProblem::None;
};

Unlocked unlock(const QString &path, const QString &passphrase)
{
    Unlocked result;
    result.key = SigningKey::loadProtected(path, passphrase, &result.problem);
    return result;
}

QString wrongPassphraseText()
{
    return PassphraseDialog::tr(
        "That passphrase is not the one of this key file. Check the keyboard language "
        "(Vietnamese input changes letters) and Caps Lock, then try again.");
}
} // namespace

PassphraseDialog::PassphraseDialog(
    QString keyPath, const QString &organisationName, QWidget *parent)
    : QDialog(parent)
    , m_keyPath(std::move(keyPath))
{
    setObjectName(QStringLiteral("passphraseDialog"));
    setWindowTitle(tr("Organisation key — PhòngHọp"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(headingLabel(tr("Passphrase of the organisation's key"), this));
    const QString who = organisationName.isEmpty()
        ? tr("The key file %1 is protected by a passphrase.").arg(QFileInfo(m_keyPath).fileName())
        : tr("The key of %1 (file %2) is protected by a passphrase.")
              .arg(organisationName, QFileInfo(m_keyPath).fileName());
    layout->addWidget(paragraphLabel(
        who + u' ' + tr("Type it to sign with the organisation's key on this computer."), this));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("passphraseMessage"));
    m_message->hide();
    layout->addWidget(m_message);
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setMinimumHeight(44);
    m_passphrase->setPlaceholderText(tr("Passphrase"));
    m_passphrase->setAccessibleName(tr("Passphrase"));
    layout->addWidget(m_passphrase);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("passphraseBusy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(10);
    m_busy->hide();
    layout->addWidget(m_busy);
    auto *buttons = new QDialogButtonBox(this);
    m_unlock = touchButton(tr("Open the key"), this, true);
    m_unlock->setObjectName(QStringLiteral("unlockKey"));
    m_cancel = touchButton(tr("Cancel"), this);
    buttons->addButton(m_unlock, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());

    connect(m_unlock, &QPushButton::clicked, this, &PassphraseDialog::tryUnlock);
    connect(m_passphrase, &QLineEdit::returnPressed, this, &PassphraseDialog::tryUnlock);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (!m_working)
            reject();
    });
}

void PassphraseDialog::setMessage(const QString &text, bool isError)
{
    showMessage(m_message, text, isError);
}

QString PassphraseDialog::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void PassphraseDialog::tryUnlock()
{
    if (m_working)
        return;
    if (m_passphrase->text().isEmpty()) {
        setMessage(tr("Type the passphrase first."), true);
        return;
    }
    m_working = true;
    m_busy->show();
    m_passphrase->setEnabled(false);
    m_unlock->setEnabled(false);
    setMessage(tr("Opening the key…"), false);
    const QString path = m_keyPath;
    const QString passphrase = m_passphrase->text();
    // Argon2id takes a noticeable moment on purpose: off the GUI thread.
    runInBackground(
        this, [path, passphrase] { return unlock(path, passphrase); },
        [this](const Unlocked &result) {
            m_working = false;
            m_busy->hide();
            m_passphrase->setEnabled(true);
            m_unlock->setEnabled(true);
            if (result.key) {
                m_key = result.key.value();
                setMessage(QString(), false);
                accept();
                return;
            }
            if (result.problem == SigningKey::KeyFileProblem::WrongPassphrase) {
                setMessage(wrongPassphraseText(), true);
                m_passphrase->selectAll();
                m_passphrase->setFocus();
                return;
            }
            setMessage(result.key.error(), true);
        });
}

PassphraseStrength passphraseStrength(const QString &passphrase)
{
    PassphraseStrength strength;
    const qsizetype length = passphrase.size();
    int kinds = 0;
    bool lower = false, upper = false, digit = false, other = false, space = false;
    for (const QChar c : passphrase) {
        lower = lower || c.isLower();
        upper = upper || c.isUpper();
        digit = digit || c.isDigit();
        space = space || c.isSpace();
        other = other || (!c.isLetterOrNumber() && !c.isSpace());
    }
    kinds = int(lower) + int(upper) + int(digit) + int(other) + int(space);
    if (length < 10) {
        strength.level = PassphraseStrength::Level::TooShort;
        strength.hint = PassphraseDialog::tr(
            "Too short: at least 10 characters. A short sentence is easy to remember "
            "and hard to guess.");
    } else if (length < 14 || kinds < 2) {
        strength.level = PassphraseStrength::Level::Weak;
        strength.hint
            = PassphraseDialog::tr("Weak: longer is better, for instance four unrelated words.");
    } else if (length < 20) {
        strength.level = PassphraseStrength::Level::Fair;
        strength.hint = PassphraseDialog::tr("Fair. A few more words make it strong.");
    } else {
        strength.level = PassphraseStrength::Level::Strong;
        strength.hint = PassphraseDialog::tr("Strong.");
    }
    return strength;
}

Result<SigningKey> unlockOrganisationKey(QWidget *parent, const QString &keyPath, QString *warning)
{
    const Result<KeyFileInfo> info = inspectKeyFile(keyPath);
    if (!info)
        return Result<SigningKey>::failure(
            PassphraseDialog::tr("The organisation's key file %1 cannot be used: %2")
                .arg(keyPath, info.error()));
    if (!info->protectedByPassphrase) {
        if (warning)
            *warning = PassphraseDialog::tr(
                "The key file %1 is not protected by a passphrase. Make a protected copy "
                "(phonghop-cli org backup-key) and keep the old file out of reach.")
                           .arg(keyPath);
        return SigningKey::loadProtected(keyPath, QString());
    }
    QString firstMessage;
    if (qEnvironmentVariableIsSet("PHONGHOP_KEY_PASSPHRASE")) {
        const QString passphrase = qEnvironmentVariable("PHONGHOP_KEY_PASSPHRASE");
        const Unlocked result
            = waitFor<Unlocked>(parent, PassphraseDialog::tr("Opening the organisation's key…"),
                [&] { return unlock(keyPath, passphrase); });
        if (result.key)
            return result.key;
        if (result.problem != SigningKey::KeyFileProblem::WrongPassphrase)
            return result.key;
        firstMessage = PassphraseDialog::tr(
            "The passphrase in PHONGHOP_KEY_PASSPHRASE is not the one of this key file.");
    }
    if (dialogsSuppressed())
        return Result<SigningKey>::failure(
            firstMessage.isEmpty() ? PassphraseDialog::tr(
                "The organisation's key file %1 needs its passphrase (PHONGHOP_KEY_PASSPHRASE).")
                                         .arg(keyPath)
                                   : firstMessage);
    PassphraseDialog dialog(keyPath, info->organisationName, parent);
    if (!firstMessage.isEmpty())
        dialog.setMessage(firstMessage, true);
    if (dialog.exec() != QDialog::Accepted || !dialog.key())
        return Result<SigningKey>::failure(QString());
    return *dialog.key();
}

} // namespace phonghop::ui
