#include "session/sessionheader.h"

#include "meeting_core/session/demosession.h"
#include "meeting_core/session/sessionservice.h"
#include "session/sessiontaskwidget.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace phonghop::ui {

using sessionui::wrap;

SessionHeader::SessionHeader(SessionService &service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *identityRow = new QHBoxLayout;
    m_identity = new QLabel(this);
    m_identity->setObjectName(QStringLiteral("sessionIdentity"));
    wrap(m_identity);
    identityRow->addWidget(m_identity, 1);
    m_enrol = new QPushButton(tr("Enrol this device"), this);
    m_enrol->setObjectName(QStringLiteral("enrolDevice"));
    m_enrol->setMinimumHeight(44);
    m_enrol->setToolTip(
        tr("Pick who you are from the organisation's directory and ask the secretary to "
           "approve this device"));
    m_enrol->hide();
    connect(m_enrol, &QPushButton::clicked, this, &SessionHeader::enrolmentRequested);
    m_actAs = new QComboBox(this);
    m_actAs->setObjectName(QStringLiteral("actAs"));
    m_actAs->setToolTip(tr("Demo only: act as another participant of the demo meeting"));
    connect(m_actAs, &QComboBox::activated, this, [this](int index) {
        const Status s = m_service.actAs(m_actAs->itemData(index).toString());
        showOutcome(s.ok(), s.error());
    });
    // The identity has a line of its own: "not enrolled" needs room to be read (issue 14).
    layout->addLayout(identityRow);
    layout->addWidget(m_actAs);
    layout->addWidget(m_enrol);
    m_undelivered = new QLabel(this);
    m_undelivered->setObjectName(QStringLiteral("undelivered"));
    wrap(m_undelivered);
    m_undelivered->setStyleSheet(QStringLiteral("color: #7a4100; font-weight: bold;"));
    m_undelivered->hide();
    layout->addWidget(m_undelivered);
    m_item = new QLabel(this);
    m_item->setObjectName(QStringLiteral("currentItem"));
    wrap(m_item);
    QFont bold = m_item->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_item->setFont(bold);
    layout->addWidget(m_item);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("agendaProgress"));
    m_progress->setTextVisible(true);
    m_progress->setMaximumHeight(14);
    layout->addWidget(m_progress);
    m_remaining = new QLabel(this);
    m_remaining->setObjectName(QStringLiteral("remainingTime"));
    QFont large = m_remaining->font();
    large.setBold(true);
    large.setPointSizeF(large.pointSizeF() * 1.3);
    m_remaining->setFont(large);
    m_remaining->hide();
    layout->addWidget(m_remaining);
    // Minutes are what the chair reads: a tick every ten seconds is enough.
    m_clock = new QTimer(this);
    m_clock->setInterval(10 * 1000);
    connect(m_clock, &QTimer::timeout, this,
        [this] { showRemainingTime(QDateTime::currentDateTimeUtc()); });
    m_clock->start();
    m_shareStatus = new QLabel(this);
    m_shareStatus->setObjectName(QStringLiteral("sessionShareStatus"));
    wrap(m_shareStatus);
    m_shareStatus->setMargin(6);
    m_shareStatus->setAutoFillBackground(true);
    QPalette warning = m_shareStatus->palette();
    warning.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xe5));
    warning.setColor(QPalette::WindowText, QColor(0x7a, 0x41, 0x00));
    m_shareStatus->setPalette(warning);
    m_shareStatus->hide();
    layout->addWidget(m_shareStatus);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("sessionMessage"));
    wrap(m_message);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();
    layout->addWidget(m_message);

    connect(&m_service, &SessionService::stateChanged, this, &SessionHeader::refresh);
    connect(&m_service, &SessionService::identityChanged, this, &SessionHeader::refresh);
    refresh();
}

void SessionHeader::showOutcome(bool ok, const QString &error)
{
    m_message->setVisible(!ok);
    m_message->setText(ok ? QString() : error);
}

void SessionHeader::refresh()
{
    refreshActAs();
    const RosterParticipant *me = m_service.self();
    if (!m_service.hasRoster())
        m_identity->setText(tr("Waiting for the meeting roster from the share…"));
    else if (!me)
        m_identity->setText(
            tr("This device is not enrolled in the roster yet (key %1). Ask the secretary.")
                .arg(keyFingerprint(m_service.publicKey())));
    else
        m_identity->setText(
            tr("<b>%1</b> — %2").arg(me->name.toHtmlEscaped(), roleDisplayName(me->role)));
    m_enrol->setVisible(!me && !m_service.isDemoShare() && !m_service.sharePath().isEmpty());
    // What this seat did that is not on the share yet: a ballot, a check-in (SessionService).
    const QList<SessionService::Undelivered> undelivered = m_service.undelivered();
    m_undelivered->setVisible(!undelivered.isEmpty());
    if (!undelivered.isEmpty()) {
        QString text = tr("Not delivered yet: %n record(s) wait to be sent to the shared folder.",
            nullptr, static_cast<int>(undelivered.size()));
        if (!undelivered.last().error.isEmpty())
            text += u' ' + undelivered.last().error;
        m_undelivered->setText(text);
    }
    refreshShareStatus();
    refreshAgendaItem();
}

void SessionHeader::refreshActAs()
{
    const bool demo = m_service.isDemoShare();
    m_actAs->setVisible(demo);
    if (!demo)
        return;
    // The names come with the roster, which may arrive after the identity: the entries are
    // rebuilt from the state each time and the drop-down refilled only when they changed.
    const SessionState &state = m_service.state();
    QList<std::pair<QString, QString>> entries { { QString(), tr("This device's own key") } };
    for (const QString &id : demosession::participantIds()) {
        const RosterParticipant *p = state.roster.roster.participant(id);
        entries.append({ id,
            tr("Act as %1")
                .arg(p ? p->name + QStringLiteral(" (") + roleDisplayName(p->role) + u')' : id) });
    }
    sessionui::syncCombo(m_actAs, entries, m_service.actingAs());
}

void SessionHeader::refreshShareStatus()
{
    m_shareStatus->setVisible(!m_service.shareReachable());
    if (m_service.shareReachable())
        return;
    const QDateTime at = m_service.lastReadAt();
    m_shareStatus->setText(at.isValid()
            ? tr("The shared folder cannot be reached. The session is shown as read at %1; "
                 "what you do here is kept and delivered when the folder is back.")
                  .arg(QLocale().toString(at.toLocalTime().time(), QLocale::ShortFormat))
            : tr("The shared folder cannot be reached. What you do here is kept and delivered "
                 "when the folder is back."));
}

void SessionHeader::refreshAgendaItem()
{
    const SessionState &state = m_service.state();
    const std::optional<Meeting> meeting = m_service.meeting();
    const QList<AgendaItem> agenda = meeting ? meeting->agenda : QList<AgendaItem>();
    m_item->setText(state.currentItemId.isEmpty()
            ? tr("The session has not started an agenda item yet")
            : tr("Now: %1").arg(sessionui::agendaItemTitle(agenda, state.currentItemId)));
    const AgendaPosition position = state.agendaPosition(agenda);
    // The bar fills with the items handled (done, deferred or withdrawn); the text says where
    // the meeting is as well.
    const int handled = state.handledItems(agenda);
    m_progress->setRange(0, std::max(1, position.total));
    m_progress->setValue(handled);
    m_progress->setFormat(position.total > 0
            ? tr("Item %1 of %2 · %3 handled").arg(position.number).arg(position.total).arg(handled)
            : QString());
    m_progress->setVisible(position.total > 0);
    showRemainingTime(QDateTime::currentDateTimeUtc());
}

void SessionHeader::showRemainingTime(const QDateTime &now)
{
    const std::optional<Meeting> meeting = m_service.meeting();
    const std::optional<qint64> left = m_service.isChair() && meeting
        ? m_service.state().remainingSeconds(meeting->agenda, now)
        : std::nullopt;
    m_remaining->setVisible(left.has_value());
    if (!left)
        return;
    m_remaining->setText(sessionui::remainingTimeText(*left));
    // Over time in red, the last two minutes in amber: seen at a glance from the chair's seat.
    const char *colour = *left < 0 ? "#b00020" : *left <= 120 ? "#7a4100" : "#1b5e20";
    m_remaining->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(colour)));
}

} // namespace phonghop::ui
