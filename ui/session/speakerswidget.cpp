#include "session/speakerswidget.h"

#include "meeting_core/session/sessionservice.h"
#include "session/speakerqueuemodel.h"
#include "style/flowlayout.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace phonghop::ui {

using sessionui::touchButton;

SpeakersWidget::SpeakersWidget(SessionService &service, QWidget *parent)
    : SessionTaskWidget(service, parent)
    , m_model(new SpeakerQueueModel(this))
{
    auto *v = new QVBoxLayout(this);
    // The chair's controls come first: they are what the chair came to the tab for.
    m_chair = new QGroupBox(tr("Chair"), this);
    auto *cv = new QVBoxLayout(m_chair);
    // The agenda item and "Make current" wrap onto two lines when the panel is narrow.
    auto *itemRow = new FlowLayout;
    m_itemChoice = new QComboBox(m_chair);
    m_itemChoice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_itemChoice->setMinimumContentsLength(12);
    auto *setItem = touchButton(tr("Make current"), m_chair);
    itemRow->addWidget(m_itemChoice);
    itemRow->addWidget(setItem);
    cv->addLayout(itemRow);
    auto *chairRow = new FlowLayout;
    auto *callNext = touchButton(tr("Call next"), m_chair);
    callNext->setObjectName(QStringLiteral("callNext"));
    m_startTime = touchButton(tr("Start time"), m_chair);
    m_startTime->setObjectName(QStringLiteral("startTime"));
    m_stopTime = touchButton(tr("Stop time"), m_chair);
    m_stopTime->setObjectName(QStringLiteral("stopTime"));
    chairRow->addWidget(callNext);
    chairRow->addWidget(m_startTime);
    chairRow->addWidget(m_stopTime);
    cv->addLayout(chairRow);
    m_broadcast = new QCheckBox(tr("Broadcast my page to every seat"), m_chair);
    cv->addWidget(m_broadcast);
    v->addWidget(m_chair);

    auto *floorBox = new QGroupBox(tr("The floor"), this);
    auto *fv = new QHBoxLayout(floorBox);
    m_floor = new QLabel(floorBox);
    m_floor->setObjectName(QStringLiteral("floorHolder"));
    sessionui::wrap(m_floor);
    m_floorTime = new QLabel(floorBox);
    m_floorTime->setObjectName(QStringLiteral("floorTime"));
    QFont big = m_floorTime->font();
    big.setPointSizeF(big.pointSizeF() * 2);
    big.setBold(true);
    m_floorTime->setFont(big);
    fv->addWidget(m_floor, 1);
    fv->addWidget(m_floorTime);
    v->addWidget(floorBox);

    auto *row = new FlowLayout;
    auto *askSpeak = touchButton(tr("Ask to speak"), this);
    askSpeak->setObjectName(QStringLiteral("askToSpeak"));
    auto *askQuestion = touchButton(tr("Ask a question"), this);
    row->addWidget(askSpeak);
    row->addWidget(askQuestion);
    v->addLayout(row);
    v->addWidget(new QLabel(tr("Waiting to speak:"), this));
    m_queue = new QListView(this);
    m_queue->setObjectName(QStringLiteral("speakerQueue"));
    m_queue->setModel(m_model);
    m_queue->setSelectionMode(QAbstractItemView::SingleSelection);
    m_queue->setEditTriggers(QAbstractItemView::NoEditTriggers);
    v->addWidget(m_queue, 1);

    m_follow = new QCheckBox(tr("Follow the presenter"), this);
    m_follow->setObjectName(QStringLiteral("followPresenter"));
    v->addWidget(m_follow);

    connect(askSpeak, &QPushButton::clicked, this, [this] {
        report(m_service.requestToSpeak(m_service.state().currentItemId, SpeakType::Speak));
    });
    connect(askQuestion, &QPushButton::clicked, this, [this] {
        report(m_service.requestToSpeak(m_service.state().currentItemId, SpeakType::Question));
    });
    connect(callNext, &QPushButton::clicked, this, &SpeakersWidget::callSpeaker);
    connect(m_startTime, &QPushButton::clicked, this,
        [this] { report(m_service.startSpeakingTime()); });
    connect(
        m_stopTime, &QPushButton::clicked, this, [this] { report(m_service.stopSpeakingTime()); });
    connect(setItem, &QPushButton::clicked, this,
        [this] { report(m_service.setCurrentItem(m_itemChoice->currentData().toString())); });
    connect(m_follow, &QCheckBox::toggled, this, [this](bool on) {
        m_lastPresenterKey.clear();
        if (on)
            followPresenterIfMoved();
    });
    m_clock = new QTimer(this);
    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, &SpeakersWidget::updateTimer);
    m_clock->start();
    refresh();
}

void SpeakersWidget::refresh()
{
    const SessionState &state = m_service.state();
    m_chair->setVisible(m_service.isChair());
    refreshAgendaChoice();
    if (state.floor) {
        const Floor &f = *state.floor;
        // "has the floor" already says it is a speech; only a question is named.
        const QString finished = f.stoppedAt.isValid() ? tr(" — finished") : QString();
        const QString name = nameOf(f.participantId).toHtmlEscaped();
        m_floor->setText(f.type == SpeakType::Question
                ? tr("<b>%1</b> has the floor (%2)%3").arg(name, tr("question"), finished)
                : tr("<b>%1</b> has the floor%2").arg(name, finished));
    } else {
        m_floor->setText(tr("Nobody has the floor"));
    }
    updateTimer();
    // Start and stop are never both enabled.
    const bool running = state.floor && state.floor->running();
    m_startTime->setEnabled(state.floor && !running);
    m_stopTime->setEnabled(running);
    const std::optional<Meeting> meeting = m_service.meeting();
    m_model->update(state, meeting ? meeting->agenda : QList<AgendaItem>());
    followPresenterIfMoved();
}

void SpeakersWidget::refreshAgendaChoice()
{
    QList<std::pair<QString, QString>> items;
    if (const std::optional<Meeting> meeting = m_service.meeting())
        for (const AgendaItem &item : meeting->agenda)
            items.append({ item.id, item.number + QStringLiteral(". ") + item.title });
    sessionui::syncCombo(m_itemChoice, items, m_itemChoice->currentData().toString());
}

void SpeakersWidget::followPresenterIfMoved()
{
    const PresenterView &presenter = m_service.state().presenter;
    if (!m_follow->isChecked() || !presenter.isSet())
        return;
    const QString key = presenter.documentSha256 + u'#' + QString::number(presenter.page);
    if (key == m_lastPresenterKey)
        return;
    m_lastPresenterKey = key;
    Q_EMIT followPresenter(presenter.documentSha256, presenter.page);
}

void SpeakersWidget::updateTimer()
{
    const SessionState &state = m_service.state();
    if (!state.floor || !state.floor->startedAt.isValid()) {
        m_floorTime->setText(QStringLiteral("--:--"));
        return;
    }
    const QDateTime end = state.floor->stoppedAt.isValid() ? state.floor->stoppedAt
                                                           : QDateTime::currentDateTimeUtc();
    m_floorTime->setText(
        sessionui::formatDuration(std::max<qint64>(0, state.floor->startedAt.secsTo(end))));
}

void SpeakersWidget::callSpeaker()
{
    // The speaker the chair selected, else the next in line.
    const QModelIndex selected = m_queue->currentIndex();
    report(selected.isValid() ? m_service.callSpeaker(m_model->keyAt(selected.row()))
                              : m_service.callNextSpeaker());
}

void SpeakersWidget::presenterPageChanged(const QString &documentSha256, int page)
{
    if (!m_broadcast->isChecked() || !m_service.isChair())
        return;
    report(m_service.broadcastPage(documentSha256, page));
}

bool SpeakersWidget::isFollowingPresenter() const
{
    return m_follow->isChecked();
}

} // namespace phonghop::ui
