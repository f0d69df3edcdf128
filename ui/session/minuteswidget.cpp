#include "session/minuteswidget.h"

#include "meeting_core/pdf/pdfsigning.h"
#include "meeting_core/session/sessionservice.h"
#include "session/signingdialog.h"
#include "style/flowlayout.h"

#include <QApplication>
#include <QDir>
#include <QFile>

#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace phonghop::ui {

MinutesWidget::MinutesWidget(SessionService &service, QWidget *parent)
    : SessionTaskWidget(service, parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *box = new QGroupBox(tr("Minutes"), this);
    auto *v = new QVBoxLayout(box);
    m_status = new QLabel(box);
    m_status->setObjectName(QStringLiteral("minutesStatus"));
    sessionui::wrap(m_status);
    v->addWidget(m_status);
    auto *row = new FlowLayout;
    auto *generate = sessionui::touchButton(tr("Generate minutes…"), box);
    m_sign = sessionui::touchButton(tr("Sign minutes"), box);
    m_sign->setObjectName(QStringLiteral("signMinutes"));
    row->addWidget(generate);
    row->addWidget(m_sign);
    v->addLayout(row);
    layout->addWidget(box);

    connect(generate, &QPushButton::clicked, this, &MinutesWidget::generate);
    connect(m_sign, &QPushButton::clicked, this, &MinutesWidget::sign);
    refresh();
}

void MinutesWidget::refresh()
{
    const SessionState &state = m_service.state();
    const std::optional<Meeting> meeting = m_service.meeting();
    const QString meetingId = meeting ? meeting->id : QString();
    if (meetingId != m_draftMeetingId) {
        m_draftMeetingId = meetingId;
        m_draftPath.clear();
    }
    if (!state.minutesSha256.isEmpty())
        m_status->setText(
            tr("The chair signed the minutes on %1; they are locked (SHA-256 %2…).")
                .arg(QLocale().toString(state.minutesSignedAt.toLocalTime(), QLocale::ShortFormat),
                    state.minutesSha256.left(16)));
    else
        m_status->setText(m_draftPath.isEmpty() ? tr("Draft minutes not generated yet.")
                                                : tr("Draft: %1").arg(m_draftPath));
    m_sign->setVisible(m_service.isChair());
    m_sign->setEnabled(state.minutesSha256.isEmpty() && !m_draftPath.isEmpty());
}

void MinutesWidget::generate()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Minutes"), QStringLiteral("bien-ban.pdf"), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    const Status s = m_service.writeMinutes(path, MinutesInfo {});
    report(s);
    if (s)
        m_draftPath = path;
    refresh();
}

void MinutesWidget::sign()
{
    if (!confirm(tr("Sign the minutes"),
            tr("Sign the minutes %1? Once signed they are locked and cannot be changed.")
                .arg(QFileInfo(m_draftPath).fileName()),
            tr("Sign the minutes")))
        return;
    if (const Status opened = useSigningSource(SigningSource::fromEnvironment()); !opened) {
        report(opened);
        return;
    }
    SigningDialog dialog(this);
    const int choice = dialog.exec();
    if (choice == SigningDialog::LockWithoutCertificate)
        report(m_service.signMinutes(m_draftPath));
    else if (choice == SigningDialog::SignWithCertificate)
        report(signWithCertificate(dialog.certificateNickname(), dialog.pin()));
}

Status MinutesWidget::signWithCertificate(const QString &nickname, const QString &pin)
{
    const QFileInfo draft(m_draftPath);
    QString target = draft.dir().filePath(draft.completeBaseName() + QStringLiteral("-signed.pdf"));
    if (QFileInfo::exists(target)) {
        target = QFileDialog::getSaveFileName(
            this, tr("Signed minutes"), target, tr("PDF files (*.pdf)"));
        if (target.isEmpty())
            return Status::success(); // the chair chose not to
        if (QFileInfo::exists(target) && !QFile::remove(target))
            return Status::failure(tr("Cannot replace %1").arg(target));
    }
    const Result<PdfSignaturePlace> place = decreeSignaturePlace(m_draftPath);
    if (!place)
        return Status::failure(place.error());
    PdfSignatureRequest request;
    request.certificateNickname = nickname;
    request.pin = pin;
    request.page = place->page;
    request.rect = place->rect;
    const std::optional<Meeting> meeting = m_service.meeting();
    request.reason = meeting ? tr("Minutes of %1").arg(meeting->title) : tr("Minutes");
    request.location = meeting ? meeting->location : QString();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status signedCopy = signPdf(m_draftPath, target, request);
    QApplication::restoreOverrideCursor();
    if (!signedCopy)
        return signedCopy;
    // The record names the signed copy; without the record it is not the minutes.
    const Status recorded = m_service.signMinutes(target);
    if (!recorded)
        QFile::remove(target);
    else
        m_draftPath = target;
    return recorded;
}

} // namespace phonghop::ui
