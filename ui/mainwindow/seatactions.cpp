#include "mainwindow/seatactions.h"

#include "meeting_core/desk/desk.h"
#include "meeting_core/session/sessionservice.h"
#include "meeting_core/store/meetingcache.h"
#include "meeting_core/trust/devicekey.h"
#include "secretary/secretaryworkspace.h"
#include "session/enrolmentdialog.h"
#include "setup/devicepindialog.h"
#include "setup/organisationconfirmdialog.h"
#include "setup/seatsettings.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QMenu>

namespace phonghop::ui {

SeatActions::SeatActions(Desk &desk, QWidget &window)
    : QObject(&window)
    , m_desk(desk)
    , m_window(window)
    , m_confirmAction(new QAction(tr("&Confirm the organisation's fingerprint…"), this))
    , m_enrolAction(new QAction(tr("&Enrol this device…"), this))
    , m_keyFileAction(new QAction(tr("Use the organisation's &key file…"), this))
    , m_secretaryAction(new QAction(tr("Secretary's &workspace…"), this))
    , m_commentsAction(new QAction(tr("Delegates' &comments on this document…"), this))
    , m_pinAction(new QAction(this))
{
    m_pinAction->setObjectName(QStringLiteral("devicePinAction"));
    connect(m_pinAction, &QAction::triggered, this, &SeatActions::openDevicePin);
    refreshPinAction();
    m_confirmAction->setVisible(false);
    connect(m_confirmAction, &QAction::triggered, this, [this] {
        if (m_unconfirmed)
            confirmOrganisation(*m_unconfirmed);
    });
    connect(m_enrolAction, &QAction::triggered, this, &SeatActions::openEnrolment);
    connect(m_keyFileAction, &QAction::triggered, this, &SeatActions::chooseOrganisationKey);
    m_secretaryAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    m_secretaryAction->setVisible(false);
    connect(m_secretaryAction, &QAction::triggered, this, &SeatActions::openSecretaryWorkspace);
    m_commentsAction->setVisible(false);
    connect(m_commentsAction, &QAction::triggered, this, &SeatActions::commentsRequested);
}

SeatActions::~SeatActions() = default;

void SeatActions::addTo(QMenu &menu)
{
    for (QAction *action : { m_confirmAction, m_enrolAction, m_pinAction, m_keyFileAction,
             m_secretaryAction, m_commentsAction })
        menu.addAction(action);
    connect(&menu, &QMenu::aboutToShow, this, &SeatActions::refreshPinAction);
}

void SeatActions::refreshPinAction()
{
    const QString folder = m_desk.cache().directory();
    const bool hasKey = DeviceKey::exists(folder);
    const bool isProtected = hasKey && DeviceKey::isProtected(folder);
    const bool locked = isProtected && !DeviceKey::isUnlocked(folder);
    m_pinAction->setText(
        locked ? tr("Enter this device's &PIN…") : tr("Protect this device with a &PIN…"));
    // A key the system key store keeps is opened by the desktop's login, not by a PIN.
    const bool keptByKeyStore
        = DeviceKey::protection(folder) == DeviceKey::Protection::SystemKeyStore;
    m_pinAction->setVisible(hasKey && !keptByKeyStore && (!isProtected || locked));
}

void SeatActions::openDevicePin()
{
    const QString folder = m_desk.cache().directory();
    const bool isProtected = DeviceKey::isProtected(folder);
    DevicePinDialog dialog(
        isProtected ? DevicePinDialog::Mode::Unlock : DevicePinDialog::Mode::Protect, folder,
        &m_window);
    dialog.exec();
    refreshPinAction();
}

void SeatActions::setSecretaryKeyPath(const QString &keyPath)
{
    m_secretaryKeyPath = keyPath;
    m_secretaryAction->setVisible(!keyPath.isEmpty());
    m_commentsAction->setVisible(!keyPath.isEmpty());
}

void SeatActions::setSecretaryKey(const SigningKey &key)
{
    m_secretaryKey = key;
    if (m_secretaryWorkspace)
        m_secretaryWorkspace->setOrganisationKey(key);
}

void SeatActions::openSecretaryWorkspace()
{
    if (m_secretaryKeyPath.isEmpty())
        return;
    if (!m_secretaryWorkspace) {
        m_secretaryWorkspace = std::make_unique<SecretaryWorkspace>(
            m_desk.cache(), m_desk.sharePath(), m_secretaryKeyPath);
        if (m_secretaryKey)
            m_secretaryWorkspace->setOrganisationKey(*m_secretaryKey);
    }
    m_secretaryWorkspace->show();
    m_secretaryWorkspace->raise();
    m_secretaryWorkspace->activateWindow();
}

void SeatActions::confirmOrganisation(const OfferedOrganisation &offered)
{
    m_unconfirmed = offered;
    m_confirmAction->setVisible(true);
    if (m_confirmation)
        return; // already asking
    auto *dialog = new OrganisationConfirmDialog(&m_desk.cache(), offered.name, offered.key,
        QDir::toNativeSeparators(m_desk.sharePath()), &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_confirmation = dialog;
    connect(dialog, &QDialog::accepted, this, [this] {
        m_unconfirmed.reset();
        m_confirmAction->setVisible(false);
        Q_EMIT organisationConfirmed();
        m_desk.syncAndRefresh();
    });
    // Window-modal without a nested event loop: syncs and the session go on meanwhile.
    dialog->open();
}

QDialog *SeatActions::organisationConfirmation() const
{
    return m_confirmation;
}

void SeatActions::openEnrolment()
{
    EnrolmentDialog dialog(m_desk.cache(), m_desk.sharePath(), &m_window);
    dialog.exec();
    m_desk.session().requestRefresh();
}

void SeatActions::chooseOrganisationKey()
{
    const QString path = QFileDialog::getOpenFileName(&m_window, tr("The organisation's key file"),
        QString(), tr("Key files (*.key);;All files (*)"));
    if (path.isEmpty())
        return;
    const Result<KeyFileInfo> info = inspectKeyFile(path);
    if (!info) {
        Q_EMIT problem(
            tr("%1 cannot be used as the organisation's key: %2").arg(path, info.error()));
        return;
    }
    const Result<QByteArray> pinned = readPinnedOrganisationKey(m_desk.cache());
    if (!pinned) {
        Q_EMIT problem(pinned.error());
        return;
    }
    if (!pinned.value().isEmpty() && pinned.value() != info->publicKey) {
        Q_EMIT problem(
            tr("%1 is the key of another organisation (fingerprint %2); this computer trusts %3.")
                .arg(path, keyFingerprint(info->publicKey), keyFingerprint(pinned.value())));
        return;
    }
    rememberSecretaryKeyPath(m_desk.cache(), path);
    m_secretaryWorkspace.reset();
    m_secretaryKey.reset();
    setSecretaryKeyPath(path);
    openSecretaryWorkspace();
}

} // namespace phonghop::ui
