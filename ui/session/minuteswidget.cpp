#include "session/minuteswidget.h"

#include "meeting_core/session/sessionservice.h"
#include "style/flowlayout.h"

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
    report(m_service.signMinutes(m_draftPath));
}

} // namespace phonghop::ui
