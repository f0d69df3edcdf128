#pragma once

#include "meeting_core/org/enrolment.h"
#include "meeting_core/org/peopledirectory.h"
#include "secretary/approvaldialog.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace phonghop {
class OrganisationAdmin;
}

namespace phonghop::ui {

class OrganisationAccess;

// The rosters of the meetings still to come, written again from the directory as it is now:
// an approved device can then vote, a revoked one no longer can, the body's proxy rules reach
// the meeting room. Past meetings keep the roster they were held with. Returns what was done
// (translated); ok is false when a roster could not be written.
QString republishUpcoming(
    const OrganisationAdmin &admin, const PeopleDirectory &directory, bool *ok);

// The secretary's "Devices" page: enrolment requests waiting on the share (who, device, when,
// fingerprint, comparison code) to approve or reject after comparing, and the enrolled devices,
// with Revoke for a lost tablet. An approval or a revocation updates the rosters of the
// upcoming meetings at once (as phonghop-cli does), so that it reaches the meeting room; the
// update can also be asked for on its own.
class DevicesPage final : public QWidget {
    Q_OBJECT
public:
    explicit DevicesPage(OrganisationAccess &access, QWidget *parent = nullptr);

    QTableWidget *pendingTable() const { return m_pending; }
    QTableWidget *enrolledTable() const { return m_enrolled; }
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *rejectButton() const { return m_reject; }
    QPushButton *revokeButton() const { return m_revoke; }
    QPushButton *updateRostersButton() const { return m_updateRosters; }
    const PeopleDirectory &directory() const { return m_directory; }
    const QList<PendingEnrolment> &pending() const { return m_pendingRequests; }
    bool isBusy() const { return m_busy; }
    QString messageText() const;

    void reload();
    // Act on the request selected in the pending table (with a confirmation).
    void approveSelected();
    void rejectSelected();
    // Acts on the device selected in the enrolled table (with a confirmation).
    void revokeSelected();
    // Writes a new roster revision for each upcoming meeting whose participants' devices changed
    // (approve and revoke do it themselves).
    void updateRosters();

Q_SIGNALS:
    void workFinished();

private:
    void showState(const PeopleDirectory &directory, const QList<PendingEnrolment> &pending,
        const QStringList &problems);
    void setBusy(bool busy, const QString &text = {});
    void setMessage(const QString &text, bool isError);
    void updateButtons();
    const PendingEnrolment *selectedRequest() const;
    QString selectedDevice() const;
    void showAfterReload(const QString &done);

    OrganisationAccess &m_access;
    PeopleDirectory m_directory;
    QList<PendingEnrolment> m_pendingRequests;
    QTableWidget *m_pending = nullptr;
    QTableWidget *m_enrolled = nullptr;
    QLabel *m_pendingTitle = nullptr;
    QLabel *m_problems = nullptr;
    QLabel *m_message = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_reject = nullptr;
    QPushButton *m_revoke = nullptr;
    QPushButton *m_reload = nullptr;
    QPushButton *m_updateRosters = nullptr;
    bool m_busy = false;
};

} // namespace phonghop::ui
