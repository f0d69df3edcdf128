#include "session/speakerswidget.h"

#include "meeting_core/session/sessionrecords.h"
#include "meeting_core/session/sessionservice.h"
#include "session/speakerqueuemodel.h"
#include "style/flowlayout.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace phonghop::ui {

using sessionui::touchButton;

SpeakersWidget::SpeakersWidget(SessionService &service, QWidget *parent)
    : SessionTaskWidget(service, parent)
    , m_model(new SpeakerQueueModel(SpeakType::Speak, this))
    , m_questionModel(new SpeakerQueueModel(SpeakType::Question, this))
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
    // The list of the current item: the selected request up, down or off; the list closed.
    auto *listRow = new FlowLayout;
    auto *moveUp = touchButton(tr("Move up"), m_chair);
    moveUp->setObjectName(QStringLiteral("moveSpeakerUp"));
    auto *moveDown = touchButton(tr("Move down"), m_chair);
    moveDown->setObjectName(QStringLiteral("moveSpeakerDown"));
    auto *remove = touchButton(tr("Remove"), m_chair);
    remove->setObjectName(QStringLiteral("removeSpeaker"));
    m_closeList = touchButton(tr("Close the list"), m_chair);
    m_closeList->setObjectName(QStringLiteral("closeList"));
    listRow->addWidget(moveUp);
    listRow->addWidget(moveDown);
    listRow->addWidget(remove);
    listRow->addWidget(m_closeList);
    cv->addLayout(listRow);
    auto *limitRow = new FlowLayout;
    limitRow->addWidget(new QLabel(tr("Speaking time per speaker:"), m_chair));
    m_limit = new QSpinBox(m_chair);
    m_limit->setObjectName(QStringLiteral("speakingLimit"));
    m_limit->setRange(0, maxSpeakingLimitSecs / 60);
    m_limit->setSuffix(tr(" min"));
    m_limit->setSpecialValueText(tr("no limit"));
    m_limit->setMinimumHeight(callNext->minimumHeight());
    auto *limitItem = touchButton(tr("For this item"), m_chair);
    limitItem->setObjectName(QStringLiteral("limitForItem"));
    auto *limitMeeting = touchButton(tr("For the meeting"), m_chair);
    limitMeeting->setObjectName(QStringLiteral("limitForMeeting"));
    limitRow->addWidget(m_limit);
    limitRow->addWidget(limitItem);
    limitRow->addWidget(limitMeeting);
    cv->addLayout(limitRow);
    m_broadcast = new QCheckBox(tr("Broadcast my page to every seat"), m_chair);
    m_broadcast->setToolTip(tr("Every seat follows the page I am reading"));
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

    m_listState = new QLabel(this);
    m_listState->setObjectName(QStringLiteral("speakerListState"));
    sessionui::wrap(m_listState);
    v->addWidget(m_listState);
    m_topic = new QLineEdit(this);
    m_topic->setObjectName(QStringLiteral("speakTopic"));
    m_topic->setMaxLength(maxSpeakTextLength);
    m_topic->setPlaceholderText(tr("Topic (optional)"));
    m_topic->setMinimumHeight(callNext->minimumHeight());
    v->addWidget(m_topic);
    auto *row = new FlowLayout;
    auto *askSpeak = touchButton(tr("Ask to speak"), this);
    askSpeak->setObjectName(QStringLiteral("askToSpeak"));
    auto *askQuestion = touchButton(tr("Ask a question"), this);
    askQuestion->setObjectName(QStringLiteral("askQuestion"));
    m_withdraw = touchButton(tr("Withdraw my request"), this);
    m_withdraw->setObjectName(QStringLiteral("withdrawRequest"));
    row->addWidget(askSpeak);
    row->addWidget(askQuestion);
    row->addWidget(m_withdraw);
    v->addLayout(row);
    v->addWidget(new QLabel(tr("Waiting to speak:"), this));
    m_queue = makeList(m_model, QStringLiteral("speakerQueue"));
    v->addWidget(m_queue, 1);
    v->addWidget(new QLabel(tr("Waiting to ask a question:"), this));
    m_questions = makeList(m_questionModel, QStringLiteral("questionQueue"));
    v->addWidget(m_questions, 1);

    m_follow = new QCheckBox(tr("Follow the presenter"), this);
    m_follow->setObjectName(QStringLiteral("followPresenter"));
    v->addWidget(m_follow);

    connect(askSpeak, &QPushButton::clicked, this, [this] { askToSpeak(SpeakType::Speak); });
    connect(askQuestion, &QPushButton::clicked, this, [this] { askToSpeak(SpeakType::Question); });
    connect(m_withdraw, &QPushButton::clicked, this, &SpeakersWidget::withdraw);
    connect(callNext, &QPushButton::clicked, this, &SpeakersWidget::callSpeaker);
    connect(m_startTime, &QPushButton::clicked, this,
        [this] { report(m_service.startSpeakingTime()); });
    connect(
        m_stopTime, &QPushButton::clicked, this, [this] { report(m_service.stopSpeakingTime()); });
    connect(setItem, &QPushButton::clicked, this,
        [this] { report(m_service.setCurrentItem(m_itemChoice->currentData().toString())); });
    connect(moveUp, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(moveDown, &QPushButton::clicked, this, [this] { moveSelected(1); });
    connect(remove, &QPushButton::clicked, this, &SpeakersWidget::removeSelected);
    connect(m_closeList, &QPushButton::clicked, this, &SpeakersWidget::toggleList);
    connect(limitItem, &QPushButton::clicked, this, [this] { setLimit(true); });
    connect(limitMeeting, &QPushButton::clicked, this, [this] { setLimit(false); });
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

QListView *SpeakersWidget::makeList(SpeakerQueueModel *model, const QString &objectName)
{
    auto *view = new QListView(this);
    view->setObjectName(objectName);
    view->setModel(model);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // One request is the chair's choice at a time: choosing in one list clears the other.
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this, view](const QModelIndex &current) {
            QListView *other = view == m_queue ? m_questions : m_queue;
            if (current.isValid() && other && other->currentIndex().isValid())
                other->selectionModel()->clear(); // its current index too
        });
    return view;
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
        QString text = f.type == SpeakType::Question
            ? tr("<b>%1</b> has the floor (%2)%3").arg(name, tr("question"), finished)
            : tr("<b>%1</b> has the floor%2").arg(name, finished);
        if (const SpeakRequest *r = state.request(f.requestHash); r && !r->text.isEmpty())
            text += QStringLiteral("<br>") + r->text.toHtmlEscaped();
        m_floor->setText(text);
    } else {
        m_floor->setText(tr("Nobody has the floor"));
    }
    updateTimer();
    // Start and stop are never both enabled.
    const bool running = state.floor && state.floor->running();
    m_startTime->setEnabled(state.floor && !running);
    m_stopTime->setEnabled(running);

    const QString item = state.currentItemId;
    const bool closed = !item.isEmpty() && state.speakerListClosed(item);
    m_listState->setText(
        closed ? tr("The chair has closed the speakers' list of this item.") : QString());
    m_listState->setVisible(closed);
    m_closeList->setText(closed ? tr("Reopen the list") : tr("Close the list"));
    m_closeList->setEnabled(!item.isEmpty());
    const RosterParticipant *self = m_service.self();
    m_withdraw->setEnabled(self && state.openRequestOf(self->id, item));

    const std::optional<Meeting> meeting = m_service.meeting();
    const QList<AgendaItem> agenda = meeting ? meeting->agenda : QList<AgendaItem>();
    m_model->update(state, agenda);
    m_questionModel->update(state, agenda);
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

// The countdown every seat shows: from the chair's start of the floor and the limit of the
// speaker's item, so that every seat counts down to the same end; over time in red.
void SpeakersWidget::updateTimer()
{
    const SessionState &state = m_service.state();
    if (!state.floor || !state.floor->startedAt.isValid()) {
        m_floorTime->setText(QStringLiteral("--:--"));
        m_floorTime->setStyleSheet({});
        m_floorTime->setToolTip({});
        return;
    }
    const qint64 elapsed = state.floor->elapsedSecs(QDateTime::currentDateTimeUtc());
    const int limit = state.speakingLimitSecs(state.floor->itemId);
    if (limit == 0) {
        m_floorTime->setText(sessionui::formatDuration(elapsed));
        m_floorTime->setStyleSheet({});
        m_floorTime->setToolTip(tr("Time spoken"));
        return;
    }
    const bool over = elapsed > limit;
    m_floorTime->setText(over ? QStringLiteral("+") + sessionui::formatDuration(elapsed - limit)
                              : sessionui::formatDuration(limit - elapsed));
    m_floorTime->setStyleSheet(over ? QStringLiteral("color: #c62828;") : QString());
    m_floorTime->setToolTip(over
            ? tr("Over the speaking time of %1").arg(sessionui::formatDuration(limit))
            : tr("Time left of %1").arg(sessionui::formatDuration(limit)));
}

const SpeakRequest *SpeakersWidget::selectedRequest() const
{
    for (const QListView *view : { m_queue, m_questions }) {
        const QModelIndex selected = view->currentIndex();
        if (selected.isValid()) {
            const auto *model = static_cast<const SpeakerQueueModel *>(view->model());
            return m_service.state().request(model->keyAt(selected.row()));
        }
    }
    return nullptr;
}

void SpeakersWidget::callSpeaker()
{
    // The speaker the chair selected, else the next in line.
    const SpeakRequest *selected = selectedRequest();
    report(selected ? m_service.callSpeaker(selected->hash) : m_service.callNextSpeaker());
}

void SpeakersWidget::askToSpeak(SpeakType type)
{
    const Status done
        = m_service.requestToSpeak(m_service.state().currentItemId, type, m_topic->text());
    if (done)
        m_topic->clear();
    report(done);
}

void SpeakersWidget::withdraw()
{
    const RosterParticipant *self = m_service.self();
    const SpeakRequest *request = self
        ? m_service.state().openRequestOf(self->id, m_service.state().currentItemId)
        : nullptr;
    if (!request) {
        report(false, tr("You have no request waiting on this item"));
        return;
    }
    report(m_service.withdrawRequest(request->hash));
}

void SpeakersWidget::toggleList()
{
    const QString item = m_service.state().currentItemId;
    report(m_service.state().speakerListClosed(item) ? m_service.reopenSpeakerList(item)
                                                     : m_service.closeSpeakerList(item));
}

void SpeakersWidget::setLimit(bool forItem)
{
    const QString item = forItem ? m_service.state().currentItemId : QString();
    if (forItem && item.isEmpty()) {
        report(false, tr("No agenda item is current"));
        return;
    }
    report(m_service.setSpeakingLimit(item, m_limit->value() * 60));
}

void SpeakersWidget::moveSelected(int by)
{
    const SpeakRequest *selected = selectedRequest();
    if (!selected) {
        report(false, tr("Choose a request in the list first"));
        return;
    }
    const SpeakRequest request = *selected;
    QStringList order;
    for (const SpeakRequest &r : m_service.state().queue(request.type, request.itemId))
        order << r.hash;
    const qsizetype from = order.indexOf(request.hash);
    const qsizetype to = from + by;
    if (from < 0 || to < 0 || to >= order.size())
        return; // already first (or last) in its list
    order.move(from, to);
    report(m_service.reorderSpeakers(request.itemId, request.type, order));
}

void SpeakersWidget::removeSelected()
{
    const SpeakRequest *selected = selectedRequest();
    if (!selected) {
        report(false, tr("Choose a request in the list first"));
        return;
    }
    const QString hash = selected->hash;
    if (!confirm(tr("Remove from the list"),
            tr("Take %1's request off the speakers' list?").arg(nameOf(selected->participantId)),
            tr("Remove")))
        return;
    report(m_service.removeSpeakRequest(hash));
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
