#pragma once

#include "meeting_core/sync/organisationtrust.h"
#include "meeting_core/trust/signingkey.h"

#include <QObject>
#include <QPointer>
#include <memory>
#include <optional>

class QAction;
class QDialog;
class QMenu;
class QWidget;

namespace phonghop {
class Desk;
}

namespace phonghop::ui {

class SecretaryWorkspace;

// The main window's part in the organisation, beside reading: confirming the organisation a
// share presents, enrolling this device, using the organisation's key file and, for a seat
// that holds it, the secretary's workspace and the delegates' comments on a document. Its
// actions go into the window's Meeting menu.
class SeatActions final : public QObject {
    Q_OBJECT
public:
    // window: the parent of the dialogs. The desk outlives this object.
    SeatActions(Desk &desk, QWidget &window);
    ~SeatActions() override;

    // Adds the actions to the menu, in their place in it.
    void addTo(QMenu &menu);

    // See MainWindow: the secretariat's publishing key file, and its key already unlocked.
    void setSecretaryKeyPath(const QString &keyPath);
    const QString &secretaryKeyPath() const { return m_secretaryKeyPath; }
    void setSecretaryKey(const SigningKey &key);
    void confirmOrganisation(const OfferedOrganisation &offered);
    QDialog *organisationConfirmation() const;
    void openEnrolment();

Q_SIGNALS:
    // A person confirmed the organisation; the share is being read again.
    void organisationConfirmed();
    // Something the person must read (a key file that cannot be used).
    void problem(const QString &message);
    // The secretary asked for the delegates' comments on the open document.
    void commentsRequested();

private:
    void openSecretaryWorkspace();
    void chooseOrganisationKey();
    // Protect this device's key with a PIN, or unlock it when it was left locked at start.
    void refreshPinAction();
    void openDevicePin();

    Desk &m_desk;
    QWidget &m_window;
    QAction *m_confirmAction;
    QAction *m_enrolAction;
    QAction *m_keyFileAction;
    QAction *m_secretaryAction;
    QAction *m_commentsAction;
    QAction *m_pinAction;
    QString m_secretaryKeyPath;
    std::optional<SigningKey> m_secretaryKey;
    std::optional<OfferedOrganisation> m_unconfirmed; // the last offer nobody confirmed
    QPointer<QDialog> m_confirmation;
    std::unique_ptr<SecretaryWorkspace> m_secretaryWorkspace;
};

} // namespace phonghop::ui
