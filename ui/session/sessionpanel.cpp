#include "session/sessionpanel.h"

#include "meeting_core/session/sessionservice.h"
#include "session/agendawidget.h"
#include "session/attendancewidget.h"
#include "session/auditlogwidget.h"
#include "session/conclusionswidget.h"
#include "session/minuteswidget.h"
#include "session/pollswidget.h"
#include "session/sessionheader.h"
#include "session/speakerswidget.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace phonghop::ui {

SessionPanel::SessionPanel(SessionService &service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
{
    setObjectName(QStringLiteral("sessionPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_header = new SessionHeader(m_service, this);
    layout->addWidget(m_header);

    m_attendance = new AttendanceWidget(m_service);
    m_speakers = new SpeakersWidget(m_service);
    m_polls = new PollsWidget(m_service);
    // The conclusions and the minutes share a tab: the minutes record what was concluded.
    auto *conclusionsPage = new QWidget;
    auto *conclusionsLayout = new QVBoxLayout(conclusionsPage);
    m_conclusions = new ConclusionsWidget(m_service, conclusionsPage);
    m_minutes = new MinutesWidget(m_service, conclusionsPage);
    conclusionsLayout->addWidget(m_conclusions, 1);
    conclusionsLayout->addWidget(m_minutes);
    m_audit = new AuditLogWidget(m_service);
    m_agenda = new AgendaWidget(m_service);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(sessionui::scrolled(m_attendance), tr("Roll call"));
    m_tabs->addTab(sessionui::scrolled(m_speakers), tr("Speakers"));
    m_tabs->addTab(sessionui::scrolled(m_polls), tr("Voting"));
    m_tabs->addTab(sessionui::scrolled(conclusionsPage), tr("Conclusions"));
    m_tabs->addTab(m_audit, tr("Audit log")); // the table scrolls itself
    m_tabs->addTab(m_agenda, tr("Agenda")); // the list scrolls itself
    layout->addWidget(m_tabs, 1);

    for (SessionTaskWidget *task : tasks())
        connect(task, &SessionTaskWidget::reported, m_header, &SessionHeader::showOutcome);
    connect(m_header, &SessionHeader::enrolmentRequested, this, &SessionPanel::enrolmentRequested);
    connect(m_speakers, &SpeakersWidget::followPresenter, this, &SessionPanel::followPresenter);
    connect(&m_service, &SessionService::problemOccurred, m_header,
        [this](const QString &message) { m_header->showOutcome(false, message); });
}

SessionPanel::~SessionPanel() = default;

QList<SessionTaskWidget *> SessionPanel::tasks() const
{
    return { m_attendance, m_speakers, m_polls, m_conclusions, m_minutes, m_audit, m_agenda };
}

void SessionPanel::presenterPageChanged(const QString &documentSha256, int page)
{
    m_speakers->presenterPageChanged(documentSha256, page);
}

bool SessionPanel::isFollowingPresenter() const
{
    return m_speakers->isFollowingPresenter();
}

void SessionPanel::setConfirmation(std::function<bool(const QString &)> answer)
{
    for (SessionTaskWidget *task : tasks())
        task->setConfirmation(answer);
}

} // namespace phonghop::ui
