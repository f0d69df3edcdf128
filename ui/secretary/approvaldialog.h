#pragma once

#include "meeting_core/org/enrolment.h"

#include <QDateTime>
#include <QDialog>

class QLabel;
class QPushButton;

namespace phonghop::ui {

// The last look before approving a device: who asks, the device's name, and its fingerprint
// and comparison code in large type, to compare with the tablet's screen.
class ApprovalDialog final : public QDialog {
    Q_OBJECT
public:
    ApprovalDialog(const PendingEnrolment &request, QWidget *parent = nullptr);
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *cancelButton() const { return m_cancel; }
    QString shownCode() const;
    QString shownFingerprint() const;

private:
    QPushButton *m_approve = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_code = nullptr;
    QLabel *m_fingerprint = nullptr;
};

// A request's or a device's time as the Devices page shows it ("dd/MM/yyyy HH:mm", local).
QString enrolmentTime(const QDateTime &at);

} // namespace phonghop::ui
