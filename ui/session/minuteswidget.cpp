#include "session/minuteswidget.h"

#include "meeting_core/pdf/pdfsigning.h"
#include "meeting_core/session/sessionservice.h"
#include "session/signingdialog.h"
#include "style/flowlayout.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
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
    generate->setObjectName(QStringLiteral("generateMinutes"));
    m_sign = sessionui::touchButton(tr("Sign minutes"), box);
    m_sign->setObjectName(QStringLiteral("signMinutes"));
    auto *numberAndPlace = sessionui::touchButton(tr("Number and place…"), box);
    numberAndPlace->setObjectName(QStringLiteral("minutesDetails"));
    numberAndPlace->setToolTip(
        tr("The document numbers and the place printed in the minutes and the notice"));
    m_notice = sessionui::touchButton(tr("Conclusion notice…"), box);
    m_notice->setObjectName(QStringLiteral("writeNotice"));
    m_notice->setToolTip(tr("Write the notice of the chair's conclusions (Thông báo kết luận) "
                            "as PDF"));
    row->addWidget(generate);
    row->addWidget(m_sign);
    row->addWidget(numberAndPlace);
    row->addWidget(m_notice);
    v->addLayout(row);
    layout->addWidget(box);

    connect(generate, &QPushButton::clicked, this, &MinutesWidget::generate);
    connect(m_sign, &QPushButton::clicked, this, &MinutesWidget::sign);
    connect(numberAndPlace, &QPushButton::clicked, this, [this] { (void)details(true); });
    connect(m_notice, &QPushButton::clicked, this, &MinutesWidget::writeNotice);
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
    m_notice->setVisible(m_service.isSecretary() || m_service.isChair());
    m_sign->setEnabled(state.minutesSha256.isEmpty() && !m_draftPath.isEmpty());
}

void MinutesWidget::generate()
{
    const std::optional<Details> kept = details(false);
    if (!kept)
        return;
    const QString path = chooseFile(tr("Minutes"), QStringLiteral("bien-ban.pdf"));
    if (path.isEmpty())
        return;
    const Status s = m_service.writeMinutes(path, kept->minutes);
    report(s);
    if (s)
        m_draftPath = path;
    refresh();
}

void MinutesWidget::writeNotice()
{
    const std::optional<Details> kept = details(false);
    if (!kept)
        return;
    const QString path
        = chooseFile(tr("Conclusion notice"), QStringLiteral("thong-bao-ket-luan.pdf"));
    if (path.isEmpty())
        return;
    report(m_service.writeNotice(path, NoticeInfo { kept->noticeNumber, kept->minutes.place }));
}

std::optional<MinutesWidget::Details> MinutesWidget::details(bool always)
{
    const Details current = m_service.documentDetails();
    if (current.kept && !always)
        return current;
    std::optional<Details> given = askDetails(current);
    if (!given)
        return std::nullopt;
    if (const Status kept = m_service.keepDocumentDetails(given->minutes, given->noticeNumber);
        !kept) {
        report(kept);
        return std::nullopt;
    }
    return m_service.documentDetails();
}

std::optional<MinutesWidget::Details> MinutesWidget::askDetails(const Details &start)
{
    if (m_detailsPrompt)
        return m_detailsPrompt(start);
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Number and place"));
    auto *form = new QFormLayout(&dialog);
    auto *intro = new QLabel(start.kept ? tr("Printed in this meeting's minutes and notice.")
                                        : tr("Printed in this meeting's minutes and notice; "
                                             "filled in from the last meeting."),
        &dialog);
    intro->setWordWrap(true);
    form->addRow(intro);
    auto *number = new QLineEdit(start.minutes.number, &dialog);
    number->setObjectName(QStringLiteral("minutesNumber"));
    number->setPlaceholderText(QStringLiteral("Số: 15/BB-UBND"));
    auto *noticeNumber = new QLineEdit(start.noticeNumber, &dialog);
    noticeNumber->setObjectName(QStringLiteral("noticeNumber"));
    noticeNumber->setPlaceholderText(QStringLiteral("Số: 12/TB-UBND"));
    auto *place = new QLineEdit(start.minutes.place, &dialog);
    place->setObjectName(QStringLiteral("documentPlace"));
    place->setPlaceholderText(QStringLiteral("Sơn Hà"));
    form->addRow(tr("Minutes number:"), number);
    form->addRow(tr("Notice number:"), noticeNumber);
    form->addRow(tr("Place:"), place);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    Details given;
    given.minutes = MinutesInfo { number->text().trimmed(), place->text().trimmed() };
    given.noticeNumber = noticeNumber->text().trimmed();
    return given;
}

QString MinutesWidget::chooseFile(const QString &title, const QString &suggested)
{
    if (m_fileChooser)
        return m_fileChooser(suggested);
    return QFileDialog::getSaveFileName(this, title, suggested, tr("PDF files (*.pdf)"));
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
