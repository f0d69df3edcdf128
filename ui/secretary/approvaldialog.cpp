#include "secretary/approvaldialog.h"

#include "setup/setupwidgets.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace phonghop::ui {

QString enrolmentTime(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QStringLiteral("dd/MM/yyyy HH:mm"))
                        : QString();
}

ApprovalDialog::ApprovalDialog(const PendingEnrolment &request, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("approvalDialog"));
    setWindowTitle(tr("Approve a device — PhòngHọp"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->setContentsMargins(24, 18, 24, 18);
    const QString who
        = request.personName.isEmpty() ? request.request.participantId : request.personName;
    layout->addWidget(headingLabel(tr("Approve this device for %1?").arg(who), this, 1.3));
    layout->addWidget(paragraphLabel(request.request.label.isEmpty()
            ? tr("Requested %1.").arg(enrolmentTime(request.request.requestedAt))
            : tr("Device “%1”, requested %2.")
                  .arg(request.request.label, enrolmentTime(request.request.requestedAt)),
        this));
    layout->addWidget(paragraphLabel(
        tr("Ask the person to show the screen of their device. Approve only when the "
           "code and the fingerprint there are exactly these:"),
        this));
    layout->addWidget(new QLabel(tr("Comparison code"), this));
    m_code = fingerprintLabel(request.comparisonCode, this, 3.0);
    m_code->setObjectName(QStringLiteral("approvalCode"));
    layout->addWidget(m_code);
    layout->addWidget(new QLabel(tr("Device fingerprint"), this));
    m_fingerprint = fingerprintLabel(request.fingerprint, this, 1.5);
    m_fingerprint->setObjectName(QStringLiteral("approvalFingerprint"));
    layout->addWidget(m_fingerprint);
    layout->addWidget(
        paragraphLabel(tr("Once approved, the device can check in and vote as this person in the "
                          "meetings whose roster lists it."),
            this));
    auto *buttons = new QHBoxLayout;
    m_cancel = touchButton(tr("They differ — cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelApproval"));
    m_approve = touchButton(tr("The codes match — approve"), this, true);
    m_approve->setObjectName(QStringLiteral("confirmApproval"));
    m_approve->setDefault(false);
    m_approve->setAutoDefault(false);
    m_cancel->setAutoDefault(false);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    buttons->addWidget(m_approve);
    layout->addLayout(buttons);
    connect(m_approve, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    resize(600, sizeHint().height());
}

QString ApprovalDialog::shownCode() const
{
    return m_code->text();
}

QString ApprovalDialog::shownFingerprint() const
{
    return m_fingerprint->text();
}

} // namespace phonghop::ui
