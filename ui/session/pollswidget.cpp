#include "session/pollswidget.h"

#include "meeting_core/session/sessionservice.h"
#include "meeting_core/voting/preparedpoll.h"
#include "session/otheropinioneditor.h"
#include "session/pollform.h"
#include "session/pollresultmodel.h"
#include "session/preparedpolls.h"
#include "style/flowlayout.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace phonghop::ui {

using sessionui::wrap;

PollsWidget::PollsWidget(SessionService &service, QWidget *parent)
    : SessionTaskWidget(service, parent)
    , m_resultModel(new PollResultModel(this))
{
    auto *v = new QVBoxLayout(this);
    m_layout = v;
    // The chair's controls come first: they are what the chair came to the tab for.
    m_prepared = new PreparedPollsBox(this);
    v->addWidget(m_prepared);
    m_form = new PollForm(m_service, this);
    v->addWidget(m_form);
    m_pollChoice = new QComboBox(this);
    m_pollChoice->setObjectName(QStringLiteral("pollChoice"));
    v->addWidget(m_pollChoice);
    m_title = new QLabel(this);
    wrap(m_title);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_title->setFont(bold);
    v->addWidget(m_title);
    // Where the body allows voting by proxy: whose ballot the buttons cast.
    m_voteFor = new QComboBox(this);
    m_voteFor->setObjectName(QStringLiteral("voteFor"));
    m_voteFor->setMinimumHeight(44);
    m_voteFor->hide();
    v->addWidget(m_voteFor);
    m_voteButtons = new FlowLayout;
    v->addLayout(m_voteButtons);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("pollStatus"));
    wrap(m_status);
    v->addWidget(m_status);
    m_results = new QTableView(this);
    m_results->setObjectName(QStringLiteral("pollResults"));
    m_results->setModel(m_resultModel);
    m_results->horizontalHeader()->setSectionResizeMode(
        PollResultModel::Option, QHeaderView::Stretch);
    m_results->verticalHeader()->hide();
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_results->hide();
    v->addWidget(m_results);
    m_resultSummary = new QLabel(this);
    m_resultSummary->setObjectName(QStringLiteral("resultSummary"));
    wrap(m_resultSummary);
    v->addWidget(m_resultSummary);
    m_otherOpinions = new QLabel(this);
    m_otherOpinions->setObjectName(QStringLiteral("otherOpinions"));
    m_otherOpinions->setTextFormat(Qt::PlainText);
    wrap(m_otherOpinions);
    v->addWidget(m_otherOpinions);
    m_verification = new QLabel(this);
    m_verification->setObjectName(QStringLiteral("ballotVerification"));
    wrap(m_verification);
    v->addWidget(m_verification);
    m_export = sessionui::touchButton(tr("Export result CSV…"), this);
    m_export->hide();
    v->addWidget(m_export, 0, Qt::AlignRight);
    v->addStretch();

    connect(m_form, &PollForm::reported, this, &PollsWidget::reported);
    connect(m_form, &PollForm::pollOpened, this, [this](const QString &pollId) {
        m_justOpened = pollId; // in the app the state arrives a moment later
        refresh();
    });
    connect(m_form->closeButton(), &QPushButton::clicked, this, &PollsWidget::closePoll);
    connect(m_prepared, &PreparedPollsBox::openRequested, this, &PollsWidget::openPreparedPoll);
    connect(m_pollChoice, &QComboBox::currentIndexChanged, this, &PollsWidget::refresh);
    connect(m_export, &QPushButton::clicked, this, &PollsWidget::exportResult);
    connect(m_voteFor, &QComboBox::currentIndexChanged, this, [this] {
        if (m_otherEditor)
            m_otherEditor->hide();
    });
    refresh();
}

OtherOpinionEditor *PollsWidget::otherEditor()
{
    if (m_otherEditor)
        return m_otherEditor;
    m_otherEditor = new OtherOpinionEditor(this);
    // Under the option buttons, above the status.
    m_layout->insertWidget(m_layout->indexOf(m_status), m_otherEditor);
    connect(m_otherEditor, &OtherOpinionEditor::castRequested, this, [this](const QString &text) {
        const PollState *poll = m_service.state().poll(shownPollId());
        if (poll)
            cast({ poll->open.poll.otherOptionIndex() }, text);
    });
    return m_otherEditor;
}

void PollsWidget::cast(const QList<int> &choices, const QString &otherText)
{
    const Status s = m_service.castVote(
        shownPollId(), choices, otherText, m_voteFor->currentData().toString());
    if (s.ok() && m_otherEditor)
        m_otherEditor->hide();
    report(s);
}

QString PollsWidget::ownOtherText(const PollState &poll) const
{
    return poll.ownBallot && poll.ownBallot->otherText ? *poll.ownBallot->otherText : QString();
}

void PollsWidget::refreshVoteFor(const PollState &poll)
{
    // Members whose proxy this seat's participant holds, where the poll's roster allows it.
    QList<std::pair<QString, QString>> entries;
    const RosterParticipant *me = m_service.self();
    if (me && poll.roster.roster.proxyVoting && !poll.closed) {
        const ProxyGrants proxies = m_service.state().proxyGrants();
        for (auto it = proxies.cbegin(); it != proxies.cend(); ++it)
            if (it.value() == me->id)
                entries.append({ it.key(), tr("For %1 (by proxy)").arg(nameOf(it.key())) });
    }
    if (!entries.isEmpty())
        entries.prepend({ QString(), tr("For myself") });
    sessionui::syncCombo(m_voteFor, entries, m_voteFor->currentData().toString());
    m_voteFor->setVisible(!entries.isEmpty());
}

QString PollsWidget::shownPollId() const
{
    return m_pollChoice->currentData().toString();
}

void PollsWidget::refreshPollChoice()
{
    const SessionState &state = m_service.state();
    QList<std::pair<QString, QString>> entries;
    for (const PollState &p : state.polls)
        entries.append(
            { p.open.poll.id, (p.closed ? tr("[closed] ") : tr("[open] ")) + p.open.poll.title });
    const QString show = state.pollToShow(shownPollId(), m_justOpened);
    if (!m_justOpened.isEmpty() && state.poll(m_justOpened))
        m_justOpened.clear(); // shown once; from now on it is like any other
    sessionui::syncCombo(m_pollChoice, entries, show);
    m_pollChoice->setVisible(state.polls.size() > 1);
}

void PollsWidget::refresh()
{
    m_form->setVisible(m_service.isChair());
    if (m_service.isChair()) {
        const std::optional<Meeting> meeting = m_service.meeting();
        m_prepared->update(meeting ? &*meeting : nullptr, m_service.state());
    } else {
        m_prepared->hide();
    }
    refreshPollChoice();
    const PollState *poll = m_service.state().poll(shownPollId());
    rebuildVoteButtons(poll);
    m_resultSummary->clear();
    m_verification->clear();
    m_otherOpinions->clear();
    m_form->setPending(QString());
    if ((!poll || poll->closed) && m_otherEditor)
        m_otherEditor->hide();
    if (poll)
        refreshVoteFor(*poll);
    else
        m_voteFor->hide();
    if (!poll) {
        m_title->setText(tr("No poll is open"));
        m_status->clear();
        m_form->closeButton()->setEnabled(false);
        m_export->hide();
        m_resultModel->update(nullptr);
        m_results->hide();
        return;
    }
    m_title->setText(
        poll->open.poll.title + (poll->open.poll.secret ? tr(" (secret ballot)") : QString()));
    m_export->setVisible(poll->closed);
    m_form->closeButton()->setEnabled(!poll->closed);
    if (poll->closed)
        showResult(*poll);
    else
        showOpenPoll(*poll);
}

void PollsWidget::rebuildVoteButtons(const PollState *poll)
{
    const QString key = poll ? poll->open.recordHash : QString();
    if (key == m_voteButtonsPoll)
        return; // the same poll: the buttons stay where they are
    m_voteButtonsPoll = key;
    qDeleteAll(m_voteButtonList);
    m_voteButtonList.clear();
    if (!poll)
        return;
    const bool multi = poll->open.poll.maxChoices > 1;
    for (int i = 0; i < poll->open.poll.options.size(); ++i) {
        const PollOption &option = poll->open.poll.options.at(i);
        auto *b = new QPushButton(option.label, this);
        b->setObjectName(QStringLiteral("vote-%1").arg(i));
        b->setMinimumHeight(64);
        b->setCheckable(multi);
        QFont f = b->font();
        f.setPointSizeF(f.pointSizeF() * 1.3);
        f.setBold(true);
        b->setFont(f);
        b->setStyleSheet(
            QStringLiteral("QPushButton{background:%1;color:white;border-radius:6px;padding:8px}"
                           "QPushButton:disabled{background:#bdbdbd;color:#eeeeee}"
                           "QPushButton:checked{border:3px solid #ffd600}")
                .arg(sessionui::optionColour(option.meaning)));
        m_voteButtons->addWidget(b);
        m_voteButtonList << b;
        if (option.meaning == OptionMeaning::Other) {
            // "Ý kiến khác" asks for the opinion first; the ballot is cast with it.
            connect(b, &QPushButton::clicked, this, [this, i] {
                const PollState *shown = m_service.state().poll(shownPollId());
                otherEditor()->start(shown ? shown->open.poll.options.value(i).label : QString(),
                    shown && m_voteFor->currentData().toString().isEmpty() ? ownOtherText(*shown)
                                                                           : QString());
            });
        } else if (!multi) {
            connect(b, &QPushButton::clicked, this, [this, i] { cast({ i }); });
        }
    }
    if (multi) {
        auto *cast = new QPushButton(tr("Cast"), this);
        cast->setMinimumHeight(64);
        m_voteButtons->addWidget(cast);
        m_voteButtonList << cast;
        connect(cast, &QPushButton::clicked, this, &PollsWidget::castMultipleChoice);
    }
}

void PollsWidget::castMultipleChoice()
{
    QList<int> choices;
    for (int i = 0; i < m_voteButtonList.size() - 1; ++i)
        if (m_voteButtonList.at(i)->isChecked())
            choices << i;
    cast(choices);
}

void PollsWidget::showOpenPoll(const PollState &poll)
{
    m_resultModel->update(nullptr);
    m_results->hide();
    // A proxy holder without a vote of their own still casts the ballots they hold.
    const bool canVote
        = (m_service.self() && m_service.self()->entitledToVote()) || m_voteFor->isVisibleTo(this);
    for (QPushButton *b : std::as_const(m_voteButtonList)) {
        b->setEnabled(canVote);
        b->show();
    }
    markOwnChoice(poll);
    QString status = tr("Open. %1 of %2 have voted.")
                         .arg(poll.ballots.accepted.size())
                         .arg(poll.ballots.accepted.size() + poll.pendingVoters.size());
    if (poll.ownBallot) {
        QStringList labels;
        for (int c : poll.ownBallot->choices)
            labels << poll.open.poll.options.value(c).label;
        if (const QString text = ownOtherText(poll); !text.isEmpty())
            labels << QStringLiteral("“%1”").arg(text);
        status += u' '
            + tr("Your vote: %1 — you may change it until the poll is closed.")
                  .arg(labels.join(QStringLiteral(", ")));
    }
    m_status->setText(status);
    if (!m_service.isChair())
        return;
    if (poll.open.poll.secret) {
        m_form->setPending(tr("Not voted yet: %1").arg(poll.pendingVoters.size()));
        return;
    }
    QStringList names;
    for (const QString &id : poll.pendingVoters)
        names << nameOf(id);
    m_form->setPending(names.isEmpty()
            ? tr("Everyone has voted.")
            : tr("Not voted yet: %1").arg(names.join(QStringLiteral(", "))));
}

void PollsWidget::markOwnChoice(const PollState &poll)
{
    // This seat's current choice is marked on its button.
    const int optionCount = static_cast<int>(poll.open.poll.options.size());
    for (int i = 0; i < optionCount && i < m_voteButtonList.size(); ++i) {
        const bool mine = poll.ownBallot && poll.ownBallot->choices.contains(i);
        m_voteButtonList.at(i)->setText(
            (mine ? QStringLiteral("✓ ") : QString()) + poll.open.poll.options.at(i).label);
    }
}

void PollsWidget::showResult(const PollState &poll)
{
    // The result takes the buttons' place.
    for (QPushButton *b : std::as_const(m_voteButtonList)) {
        b->setEnabled(false);
        b->hide();
    }
    markOwnChoice(poll);
    m_status->setText(tr("Closed."));
    m_resultModel->update(&poll);
    // As tall as its rows: the result reads at a glance, without scrolling inside it.
    int height = m_results->horizontalHeader()->sizeHint().height() + 2 * m_results->frameWidth();
    for (int row = 0; row < m_resultModel->rowCount(); ++row)
        height += m_results->rowHeight(row);
    m_results->setFixedHeight(height);
    m_results->show();
    const QStringList opinions
        = otherOpinions(poll.open, poll.roster.roster, poll.verification.close);
    if (!opinions.isEmpty())
        m_otherOpinions->setText(
            tr("Other opinions:") + QStringLiteral("\n• ") + opinions.join(QStringLiteral("\n• ")));
    const TallyResult &r = poll.result;
    m_resultSummary->setText((r.passed ? tr("<b style=\"color:#1b5e20\">PASSED</b>")
                                       : tr("<b style=\"color:#b00020\">NOT PASSED</b>"))
        + QStringLiteral("<br/>")
        + r.explanation.toHtmlEscaped()); // the explanation states the rule once
    QString check = poll.verification.summary();
    if (poll.ownBallot && !poll.verification.ownBallotCounted)
        check += u' ' + tr("Warning: your last ballot is not counted in the chair's result.");
    if (!poll.closeProblems.isEmpty())
        check += u' ' + poll.closeProblems.join(u' ');
    m_verification->setText(check);
    m_verification->setStyleSheet(
        poll.closeProblems.isEmpty() ? QString() : QStringLiteral("color:#b00020"));
}

void PollsWidget::closePoll()
{
    const PollState *poll = m_service.state().poll(shownPollId());
    if (!poll
        || !confirm(tr("Close the poll"),
            tr("Close the poll \"%1\"? No ballot is accepted after it is closed, and the "
               "result is signed and sent to every seat.")
                .arg(poll->open.poll.title),
            tr("Close the poll")))
        return;
    report(m_service.closePoll(shownPollId()));
}

void PollsWidget::openPreparedPoll(const QString &pollId)
{
    const std::optional<Meeting> meeting = m_service.meeting();
    const PreparedPoll *prepared = meeting ? meeting->poll(pollId) : nullptr;
    if (!prepared) {
        report(false, tr("The meeting has no prepared poll %1").arg(pollId));
        return;
    }
    const Result<PollDefinition> poll = preparedPollDefinition(*prepared);
    if (!poll) {
        report(false,
            tr("The prepared poll \"%1\" cannot be opened: %2").arg(prepared->title, poll.error()));
        return;
    }
    if (!confirm(tr("Open the poll"),
            tr("Open the poll \"%1\"? Every seat can vote as soon as it is open.\n%2")
                .arg(poll->title, poll->rule.describe()),
            tr("Open the poll")))
        return;
    const Result<QString> opened = m_service.openPoll(poll.value());
    if (!opened) {
        report(false, opened.error());
        return;
    }
    report(true, {});
    m_justOpened = opened.value(); // in the app the state arrives a moment later
    refresh();
}

void PollsWidget::exportResult()
{
    const QByteArray csv = m_service.exportPollCsv(shownPollId());
    if (csv.isEmpty()) {
        report(false, tr("The poll is not closed yet"));
        return;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the result"),
        shownPollId() + QStringLiteral(".csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QFile f(path);
    report(f.open(QIODevice::WriteOnly) && f.write(csv) == csv.size(),
        tr("Cannot write %1").arg(path));
}

} // namespace phonghop::ui
