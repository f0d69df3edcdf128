#include "session/pollprompt.h"

#include "meeting_core/session/sessionservice.h"
#include "session/otheropinioneditor.h"
#include "session/sessiontaskwidget.h"
#include "style/flowlayout.h"

#include <QDateTime>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace phonghop::ui {

PollPrompt::PollPrompt(SessionService &service, QWidget *parent)
    : QFrame(parent)
    , m_service(service)
{
    setObjectName(QStringLiteral("pollPrompt"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setStyleSheet(QStringLiteral(
        "#pollPrompt { background: #fffdf5; border: 3px solid #1565c0; border-radius: 10px; }"));
    auto *layout = new QVBoxLayout(this);
    m_layout = layout;
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    m_heading = new QLabel(tr("Vote now"), this);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.1);
    m_heading->setFont(headingFont);
    m_heading->setStyleSheet(QStringLiteral("color: #1565c0;"));
    m_question = new QLabel(this);
    m_question->setObjectName(QStringLiteral("pollPromptQuestion"));
    m_question->setWordWrap(true);
    QFont questionFont = m_question->font();
    questionFont.setBold(true);
    questionFont.setPointSizeF(questionFont.pointSizeF() * 1.5);
    m_question->setFont(questionFont);
    m_elapsed = new QLabel(this);
    m_elapsed->setObjectName(QStringLiteral("pollPromptElapsed"));
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();
    m_options = new FlowLayout(nullptr, 10);
    m_later = new QPushButton(tr("Later"), this);
    m_later->setObjectName(QStringLiteral("pollPromptLater"));
    m_later->setMinimumHeight(44);
    m_later->setFlat(true);
    layout->addWidget(m_heading);
    layout->addWidget(m_question);
    layout->addWidget(m_elapsed);
    layout->addLayout(m_options);
    layout->addWidget(m_message);
    layout->addWidget(m_later, 0, Qt::AlignRight);
    connect(m_later, &QPushButton::clicked, this, [this] {
        m_dismissed = m_pollId;
        refresh();
    });

    m_clock = new QTimer(this);
    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, &PollPrompt::updateElapsed);
    connect(&m_service, &SessionService::stateChanged, this, &PollPrompt::refresh);
    connect(&m_service, &SessionService::identityChanged, this, &PollPrompt::refresh);
    hide();
    refresh();
}

void PollPrompt::follow(QWidget *over)
{
    if (m_over)
        m_over->removeEventFilter(this);
    m_over = over;
    if (m_over)
        m_over->installEventFilter(this);
    place();
}

bool PollPrompt::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_over && (event->type() == QEvent::Resize || event->type() == QEvent::Move))
        place();
    return QFrame::eventFilter(watched, event);
}

void PollPrompt::place()
{
    if (!m_over || !parentWidget())
        return;
    const QRect area(m_over->mapTo(parentWidget(), QPoint(0, 0)), m_over->size());
    const int width = std::min(640, area.width() - 24);
    const int height
        = std::min(heightForWidth(width) > 0 ? heightForWidth(width) : sizeHint().height(),
            area.height() - 24);
    setGeometry(area.left() + (area.width() - width) / 2,
        area.top() + std::max(12, area.height() / 6), width, height);
    raise();
}

void PollPrompt::refresh()
{
    const SessionState &state = m_service.state();
    const RosterParticipant *me = m_service.self();
    // The core decides which poll a seat shows: the last one opened while any is open.
    const PollState *shown = state.poll(state.pollToShow({}));
    const PollState *open = shown && !shown->closed ? shown : nullptr;
    const bool ask = open && me && me->entitledToVote() && !open->ownBallot
        && open->open.poll.id != m_dismissed;
    if (!ask) {
        m_pollId.clear();
        m_clock->stop();
        hide();
        return;
    }
    m_pollId = open->open.poll.id;
    m_question->setText(open->open.poll.title);
    if (m_buttonsFor != open->open.recordHash) {
        m_buttonsFor = open->open.recordHash;
        qDeleteAll(m_buttons);
        m_buttons.clear();
        m_message->hide();
        if (m_otherEditor)
            m_otherEditor->hide();
        const bool multi = open->open.poll.maxChoices > 1;
        for (int i = 0; i < open->open.poll.options.size(); ++i) {
            const PollOption &option = open->open.poll.options.at(i);
            auto *button = new QPushButton(option.label, this);
            button->setObjectName(QStringLiteral("promptVote-%1").arg(i));
            button->setMinimumHeight(72);
            button->setMinimumWidth(140);
            button->setCheckable(multi);
            QFont font = button->font();
            font.setBold(true);
            font.setPointSizeF(font.pointSizeF() * 1.3);
            button->setFont(font);
            button->setStyleSheet(QStringLiteral(
                "QPushButton{background:%1;color:white;border-radius:8px;padding:8px 16px}"
                "QPushButton:checked{border:4px solid #ffd600}")
                                      .arg(sessionui::optionColour(option.meaning)));
            m_options->addWidget(button);
            m_buttons << button;
            if (option.meaning == OptionMeaning::Other)
                connect(button, &QPushButton::clicked, this,
                    [this, label = option.label] { askOtherOpinion(label); });
            else if (!multi)
                connect(button, &QPushButton::clicked, this, [this, i] { cast({ i }); });
        }
        if (multi) {
            auto *cast = new QPushButton(tr("Cast"), this);
            cast->setObjectName(QStringLiteral("promptCast"));
            cast->setMinimumHeight(72);
            m_options->addWidget(cast);
            m_buttons << cast;
            connect(cast, &QPushButton::clicked, this, [this] {
                QList<int> choices;
                for (int i = 0; i < m_buttons.size() - 1; ++i)
                    if (m_buttons.at(i)->isChecked())
                        choices << i;
                this->cast(choices);
            });
        }
    }
    updateElapsed();
    m_clock->start();
    show();
    place();
}

void PollPrompt::cast(const QList<int> &choices, const QString &otherText)
{
    const Status s = m_service.castVote(m_pollId, choices, otherText);
    m_message->setVisible(!s.ok());
    m_message->setText(s.ok() ? QString() : s.error());
    if (s.ok() && m_otherEditor)
        m_otherEditor->hide();
}

void PollPrompt::askOtherOpinion(const QString &optionLabel)
{
    if (!m_otherEditor) {
        m_otherEditor = new OtherOpinionEditor(this);
        m_layout->insertWidget(m_layout->indexOf(m_message), m_otherEditor);
        connect(
            m_otherEditor, &OtherOpinionEditor::castRequested, this, [this](const QString &text) {
                if (const PollState *poll = m_service.state().poll(m_pollId))
                    cast({ poll->open.poll.otherOptionIndex() }, text);
            });
        // The editor changes the prompt's height.
        connect(m_otherEditor, &OtherOpinionEditor::cancelled, this, &PollPrompt::place);
    }
    m_otherEditor->start(optionLabel);
    place();
}

void PollPrompt::updateElapsed()
{
    const PollState *poll = m_service.state().poll(m_pollId);
    if (!poll || !poll->open.openedAt.isValid()) {
        m_elapsed->clear();
        return;
    }
    const qint64 seconds
        = std::max<qint64>(0, poll->open.openedAt.secsTo(QDateTime::currentDateTimeUtc()));
    m_elapsed->setText(tr("Open for %1:%2")
                           .arg(seconds / 60, 2, 10, QLatin1Char('0'))
                           .arg(seconds % 60, 2, 10, QLatin1Char('0')));
}

} // namespace phonghop::ui
