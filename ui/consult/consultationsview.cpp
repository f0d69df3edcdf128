#include "consult/consultationsview.h"

#include "consult/consultworker.h"
#include "setup/setupwidgets.h"

#include "meeting_core/confidential/sealeddocument.h"
#include "meeting_core/trust/devicekey.h"

#include <QButtonGroup>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace phonghop::ui {

namespace {

constexpr int IdRole = Qt::UserRole + 1;

QString stateLine(const ConsultationSummary &summary)
{
    switch (summary.state) {
    case ConsultationSummary::State::Open:
        return QCoreApplication::translate("phonghop::ui::Consultations", "Open for answers");
    case ConsultationSummary::State::PastDeadline:
        return QCoreApplication::translate("phonghop::ui::Consultations",
            "The deadline has passed: answers are no longer accepted; the office has not closed it "
            "yet.");
    case ConsultationSummary::State::Closed:
        return QCoreApplication::translate("phonghop::ui::Consultations", "Closed by the office.");
    }
    return {};
}

struct PageData {
    Status status = Status::success();
    std::optional<Consultation> consultation;
    ConsultationSummary summary;
    QList<ConsultationAnswer> own;
    QList<ConsultationAnswer> earlier; // to an earlier revision, not answered again
    QString recount;
    int undelivered = 0;
};

} // namespace

ConsultationsView::ConsultationsView(QString cacheDirectory, QString shareRoot, QWidget *parent)
    : QWidget(parent)
    , m_cacheDirectory(std::move(cacheDirectory))
    , m_shareRoot(std::move(shareRoot))
    , m_clock([] { return QDateTime::currentDateTime(); })
    , m_stack(new QStackedWidget(this))
    , m_list(new QListWidget)
    , m_listMessage(new QLabel)
{
    setObjectName(QStringLiteral("consultationsView"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    auto *listPage = new QWidget;
    auto *listLayout = new QVBoxLayout(listPage);
    listLayout->addWidget(headingLabel(tr("Written consultations"), listPage));
    listLayout->addWidget(paragraphLabel(
        tr("Questions the office asks the members outside a meeting. Answer each one before its "
           "deadline."),
        listPage));
    m_list->setObjectName(QStringLiteral("consultationList"));
    m_list->setWordWrap(true);
    m_list->setSpacing(4);
    m_list->setStyleSheet(QStringLiteral("QListWidget::item { min-height: 56px; padding: 6px; }"));
    listLayout->addWidget(m_list, 1);
    m_listMessage->setObjectName(QStringLiteral("consultationListMessage"));
    m_listMessage->setWordWrap(true);
    m_listMessage->hide();
    listLayout->addWidget(m_listMessage);
    auto *refreshButton = touchButton(tr("Refresh"), listPage);
    refreshButton->setObjectName(QStringLiteral("consultationRefresh"));
    listLayout->addWidget(refreshButton);
    m_stack->addWidget(listPage);

    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("consultationPageArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_page = new QWidget;
    m_page->setObjectName(QStringLiteral("consultationPage"));
    m_pageLayout = new QVBoxLayout(m_page);
    scroll->setWidget(m_page);
    m_stack->addWidget(scroll);

    connect(refreshButton, &QPushButton::clicked, this, &ConsultationsView::refresh);
    connect(m_list, &QListWidget::itemClicked, this,
        [this](QListWidgetItem *item) { openConsultation(item->data(IdRole).toString()); });
    connect(m_list, &QListWidget::itemActivated, this,
        [this](QListWidgetItem *item) { openConsultation(item->data(IdRole).toString()); });
}

void ConsultationsView::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

QDateTime ConsultationsView::now() const
{
    return m_clock();
}

void ConsultationsView::refresh()
{
    if (m_refreshing)
        return;
    m_refreshing = true;
    const QString cacheDirectory = m_cacheDirectory;
    const QString share = m_shareRoot;
    const QDateTime at = now();
    struct Outcome {
        Status status = Status::success();
        QStringList problems;
        QList<ConsultationSummary> summaries;
    };
    runInBackground(
        this,
        [cacheDirectory, share, at] {
            Outcome outcome;
            outcome.status
                = withConsultationService(cacheDirectory, share, [&](ConsultationService &service) {
                      if (!share.isEmpty()) {
                          const Result<ConsultationRefresh> refreshed = service.refresh();
                          if (!refreshed)
                              outcome.problems << refreshed.error();
                          else
                              outcome.problems << refreshed->problems;
                      }
                      outcome.summaries = service.consultations(at);
                      return Status::success();
                  });
            return outcome;
        },
        [this](const Outcome &outcome) {
            m_refreshing = false;
            if (!outcome.status.ok()) {
                showMessage(m_listMessage,
                    tr("The consultations cannot be read: %1").arg(outcome.status.error()), true);
            } else {
                showMessage(m_listMessage,
                    outcome.problems.isEmpty()
                        ? QString()
                        : tr("Some consultation files on the shared folder were not read: %1")
                              .arg(outcome.problems.join(QStringLiteral("; "))),
                    true);
                showList(outcome.summaries);
            }
            Q_EMIT refreshed();
        });
}

void ConsultationsView::showList(const QList<ConsultationSummary> &summaries)
{
    m_summaries = summaries;
    const QString selected
        = m_list->currentItem() ? m_list->currentItem()->data(IdRole).toString() : QString();
    m_list->clear();
    int unanswered = 0;
    const QDateTime at = now();
    for (const ConsultationSummary &summary : summaries) {
        if (!summary.consulted)
            continue;
        QString line = summary.title + u'\n' + summary.issuingBody + QStringLiteral(" — ");
        if (summary.state == ConsultationSummary::State::Open) {
            line += tr("deadline %1 (%2)")
                        .arg(deadlineText(summary.deadline), timeLeftText(at, summary.deadline));
            unanswered += summary.unanswered;
            if (summary.unanswered > 0)
                line += u'\n' + tr("%n question(s) to answer", nullptr, summary.unanswered);
            else
                line += u'\n' + tr("All answered (you may change them until the deadline)");
        } else if (summary.state == ConsultationSummary::State::PastDeadline) {
            line += tr("deadline passed %1").arg(deadlineText(summary.deadline));
        } else {
            line += tr("closed");
        }
        auto *item = new QListWidgetItem(line, m_list);
        item->setData(IdRole, summary.id);
        if (summary.state == ConsultationSummary::State::Open && summary.unanswered > 0) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        } else if (summary.state != ConsultationSummary::State::Open) {
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        }
        if (summary.id == selected)
            m_list->setCurrentItem(item);
    }
    if (m_list->count() == 0)
        showMessage(m_listMessage, tr("No consultation is addressed to you."), false);
    updateBadge(unanswered);
    // The open page follows (a close, a new revision), unless the member is choosing an answer:
    // what they have chosen or typed and not sent yet is never wiped by a sync.
    if (!m_openId.isEmpty() && m_stack->currentIndex() == 1 && !m_editing)
        openConsultation(m_openId);
}

void ConsultationsView::updateBadge(int count)
{
    if (count == m_unanswered)
        return;
    m_unanswered = count;
    Q_EMIT unansweredChanged(count);
}

QString ConsultationsView::stateText() const
{
    return m_stateLabel ? m_stateLabel->text() : QString();
}

void ConsultationsView::openConsultation(const QString &id)
{
    // Only the latest request shows: an earlier one answering late never replaces it.
    const int request = ++m_pageRequest;
    const QString cacheDirectory = m_cacheDirectory;
    const QString share = m_shareRoot;
    const QDateTime at = now();
    runInBackground(
        this,
        [cacheDirectory, share, at, id] {
            PageData data;
            data.status
                = withConsultationService(cacheDirectory, share, [&](ConsultationService &service) {
                      data.consultation = service.consultation(id);
                      if (!data.consultation)
                          return Status::failure(
                              QCoreApplication::translate("phonghop::ui::Consultations",
                                  "This consultation is not on this seat."));
                      for (const ConsultationSummary &summary : service.consultations(at))
                          if (summary.id == id)
                              data.summary = summary;
                      data.own = service.ownAnswers(id);
                      data.earlier = service.earlierRevisionAnswers(id);
                      data.undelivered = service.undeliveredAnswers();
                      if (data.summary.state == ConsultationSummary::State::Closed) {
                          const Result<ConsultationRecount> recount = service.recount(id);
                          data.recount = recount
                              ? recount->summary()
                              : QCoreApplication::translate("phonghop::ui::Consultations",
                                  "This seat could not recount the close: %1")
                                    .arg(recount.error());
                      }
                      return Status::success();
                  });
            return data;
        },
        [this, id, request](const PageData &data) {
            if (request != m_pageRequest)
                return;
            if (!data.status.ok()) {
                showMessage(m_listMessage, data.status.error(), true);
                return;
            }
            m_openId = id;
            m_open = data.consultation;
            buildPage(*data.consultation, data.summary, data.own, data.earlier, data.recount);
            if (data.undelivered > 0) {
                auto *note = paragraphLabel(
                    tr("%n answer(s) not yet delivered to the shared folder: they are kept on this "
                       "seat and sent at the next sync.",
                        nullptr, data.undelivered),
                    m_page);
                note->setObjectName(QStringLiteral("undeliveredNote"));
                m_pageLayout->insertWidget(3, note);
            }
            m_stack->setCurrentIndex(1);
            Q_EMIT pageShown(id);
        });
}

void ConsultationsView::buildPage(const Consultation &consultation,
    const ConsultationSummary &summary, const QList<ConsultationAnswer> &own,
    const QList<ConsultationAnswer> &earlier, const QString &recount)
{
    // The page is rebuilt whole: questions, options and answers all come from the service.
    while (QLayoutItem *item = m_pageLayout->takeAt(0)) {
        if (QWidget *widget = item->widget())
            widget->deleteLater();
        delete item;
    }
    m_questions.clear();
    m_editing = false;

    const QDateTime at = now();
    const bool open = summary.state == ConsultationSummary::State::Open && summary.consulted
        && !consultation.pastDeadline(at);

    auto *back = touchButton(tr("← All consultations"), m_page);
    back->setObjectName(QStringLiteral("consultationBack"));
    connect(back, &QPushButton::clicked, this, [this] {
        m_stack->setCurrentIndex(0);
        refresh();
    });
    m_pageLayout->addWidget(back, 0, Qt::AlignLeft);
    auto *title = headingLabel(consultation.title, m_page, 1.35);
    title->setObjectName(QStringLiteral("consultationTitle"));
    title->setWordWrap(true);
    m_pageLayout->addWidget(title);
    QString details = consultation.issuingBody + u'\n'
        + tr("Deadline: %1").arg(deadlineText(consultation.deadline)) + QStringLiteral(" — ")
        + timeLeftText(at, consultation.deadline);
    auto *detailsLabel = paragraphLabel(details, m_page);
    detailsLabel->setObjectName(QStringLiteral("consultationDetails"));
    m_pageLayout->addWidget(detailsLabel);

    QString state = stateLine(summary);
    if (summary.state == ConsultationSummary::State::Open && consultation.pastDeadline(at)) {
        ConsultationSummary past;
        past.state = ConsultationSummary::State::PastDeadline;
        state = stateLine(past);
    }
    if (!summary.consulted)
        state = tr("You are not among the members consulted: you can read it, not answer it.");
    if (!recount.isEmpty())
        state += u'\n' + recount;
    m_stateLabel = paragraphLabel(state, m_page);
    m_stateLabel->setObjectName(QStringLiteral("consultationState"));
    if (!open) {
        QFont bold = m_stateLabel->font();
        bold.setBold(true);
        m_stateLabel->setFont(bold);
    }
    m_pageLayout->addWidget(m_stateLabel);
    m_pageMessage = new QLabel(m_page);
    m_pageMessage->setObjectName(QStringLiteral("consultationPageMessage"));
    m_pageMessage->setWordWrap(true);
    m_pageMessage->hide();
    m_pageLayout->addWidget(m_pageMessage);
    if (!consultation.note.isEmpty())
        m_pageLayout->addWidget(paragraphLabel(consultation.note, m_page));

    if (!consultation.documents.isEmpty()) {
        m_pageLayout->addWidget(headingLabel(tr("Documents"), m_page, 1.1));
        // This seat's device: a confidential document opens only on one it is sealed to.
        const QString deviceId = deviceIdOf(DeviceKey::publicKeyIn(m_cacheDirectory));
        for (const DocumentRef &document : consultation.documents) {
            auto *button
                = touchButton(document.confidential ? QStringLiteral("%1 [%2]").arg(document.title,
                                  document.classification.isEmpty() ? tr("Confidential")
                                                                    : document.classification)
                                                    : document.title,
                    m_page);
            button->setObjectName(QStringLiteral("document-") + document.id);
            button->setToolTip(tr("Open in the reader (annotations as for a meeting's documents)"));
            const QString consultationId = consultation.id;
            if (document.confidential) {
                // Issue 16's rules: read in memory through the meetings' reader, with the
                // member's watermark, no annotations; any other seat sees only the notice.
                const bool recipient
                    = documentAccess(document, deviceId) == DocumentAccess::Recipient;
                button->setToolTip(recipient
                        ? tr("Confidential: opened in the reader with your name on every page")
                        : notRecipientMessage());
                connect(button, &QPushButton::clicked, this,
                    [this, document, consultationId, recipient] {
                        if (!recipient) {
                            showMessage(m_pageMessage, notRecipientMessage(), true);
                            return;
                        }
                        Participant reader;
                        const Status status = withConsultationService(
                            m_cacheDirectory, m_shareRoot, [&](ConsultationService &service) {
                                reader = service.selfParticipant();
                                return Status::success();
                            });
                        if (!status.ok()) {
                            showMessage(m_pageMessage, status.error(), true);
                            return;
                        }
                        DocumentRef keyed = document;
                        keyed.id
                            = QStringLiteral("consultation:%1/%2").arg(consultationId, document.id);
                        Q_EMIT confidentialDocumentRequested(keyed, reader);
                    });
                m_pageLayout->addWidget(button);
                continue;
            }
            connect(button, &QPushButton::clicked, this, [this, document, consultationId] {
                const QString cacheDirectory = m_cacheDirectory;
                const QString share = m_shareRoot;
                QString path;
                const Status status = withConsultationService(
                    cacheDirectory, share, [&](ConsultationService &service) {
                        path = service.documentPath(document);
                        return Status::success();
                    });
                if (!status.ok() || path.isEmpty()) {
                    showMessage(m_pageMessage,
                        tr("“%1” is not on this seat yet: it is copied at the next sync.")
                            .arg(document.title),
                        true);
                    return;
                }
                // Annotations are kept by document id and version: a consultation's "d1" must not
                // share them with a meeting's "d1".
                DocumentRef keyed = document;
                keyed.id = QStringLiteral("consultation:%1/%2").arg(consultationId, document.id);
                Q_EMIT documentRequested(keyed, path);
            });
            m_pageLayout->addWidget(button);
        }
    }

    int number = 0;
    for (const ConsultationQuestion &question : consultation.questions) {
        ++number;
        auto *box = new QGroupBox(m_page);
        box->setObjectName(QStringLiteral("question-") + question.id());
        auto *layout = new QVBoxLayout(box);
        auto *text = headingLabel(tr("Question %1. %2").arg(number).arg(question.text()), box, 1.1);
        text->setWordWrap(true);
        layout->addWidget(text);
        QuestionWidgets widgets;
        widgets.questionId = question.id();
        const ConsultationAnswer *current = nullptr;
        for (const ConsultationAnswer &answer : own)
            if (answer.questionId == question.id())
                current = &answer;
        widgets.current = paragraphLabel({}, box);
        widgets.current->setObjectName(QStringLiteral("current-") + question.id());
        if (current) {
            QStringList labels;
            for (int index : current->choices)
                if (index >= 0 && index < question.poll.options.size())
                    labels << question.poll.options.at(index).label;
            QString line = tr("Your answer: %1").arg(labels.join(QStringLiteral(", ")));
            if (!current->comment.isEmpty())
                line += u'\n' + tr("Comment: %1").arg(current->comment);
            widgets.current->setText(line);
        } else {
            widgets.current->setText(
                open ? tr("Not answered yet.") : tr("Not answered: the deadline has passed."));
            // A new revision voids the answers to the one before: the member answers again.
            for (const ConsultationAnswer &answer : earlier) {
                if (answer.questionId != question.id())
                    continue;
                QStringList labels;
                for (int index : answer.choices)
                    if (index >= 0 && index < question.poll.options.size())
                        labels << question.poll.options.at(index).label;
                widgets.current->setText(
                    tr("Needs a new answer: the office changed the consultation (revision %1). "
                       "Your answer to revision %2 (%3) no longer counts.")
                        .arg(consultation.revision)
                        .arg(answer.revision)
                        .arg(labels.join(QStringLiteral(", "))));
                widgets.current->setProperty("needsNewAnswer", true);
            }
        }
        layout->addWidget(widgets.current);

        auto *options = new QVBoxLayout;
        auto *group = new QButtonGroup(box);
        group->setExclusive(true);
        for (int i = 0; i < question.poll.options.size(); ++i) {
            auto *button = touchButton(question.poll.options.at(i).label, box, true);
            button->setObjectName(QStringLiteral("option-%1-%2").arg(question.id()).arg(i));
            button->setCheckable(true);
            button->setMinimumHeight(52);
            // The chosen answer stands out, also once the buttons are disabled.
            button->setStyleSheet(QStringLiteral(
                "QPushButton:checked { background: #1f5fa8; color: white; border: 2px solid "
                "#123e70; border-radius: 4px; } QPushButton:checked:disabled { background: "
                "#7d97b8; color: white; }"));
            if (current && current->choices.contains(i))
                button->setChecked(true);
            button->setEnabled(open);
            connect(button, &QPushButton::clicked, this, [this] { m_editing = true; });
            group->addButton(button, i);
            options->addWidget(button);
            widgets.options << button;
        }
        layout->addLayout(options);
        widgets.comment = new QPlainTextEdit(box);
        widgets.comment->setObjectName(QStringLiteral("comment-") + question.id());
        widgets.comment->setPlaceholderText(
            tr("Comment (required for “other opinion”, at most %1 characters)")
                .arg(ConsultationAnswer::maximumCommentLength));
        widgets.comment->setMinimumHeight(72);
        widgets.comment->setMaximumHeight(120);
        if (current)
            widgets.comment->setPlainText(current->comment);
        widgets.comment->setEnabled(open);
        connect(widgets.comment, &QPlainTextEdit::textChanged, this, [this] { m_editing = true; });
        layout->addWidget(widgets.comment);
        widgets.send = touchButton(current ? tr("Change my answer") : tr("Send answer"), box, true);
        widgets.send->setObjectName(QStringLiteral("send-") + question.id());
        widgets.send->setEnabled(open);
        if (!open)
            widgets.send->setToolTip(state);
        layout->addWidget(widgets.send);
        widgets.message = new QLabel(box);
        widgets.message->setObjectName(QStringLiteral("message-") + question.id());
        widgets.message->setWordWrap(true);
        widgets.message->hide();
        layout->addWidget(widgets.message);
        const QString questionId = question.id();
        connect(
            widgets.send, &QPushButton::clicked, this, [this, questionId] { send(questionId); });
        m_questions << widgets;
        m_pageLayout->addWidget(box);
    }
    m_pageLayout->addStretch(1);
}

void ConsultationsView::send(const QString &questionId)
{
    if (!m_open)
        return;
    const ConsultationQuestion *question = m_open->question(questionId);
    QuestionWidgets *widgets = nullptr;
    for (QuestionWidgets &w : m_questions)
        if (w.questionId == questionId)
            widgets = &w;
    if (!question || !widgets)
        return;
    QList<int> choices;
    bool other = false;
    QStringList labels;
    for (int i = 0; i < widgets->options.size(); ++i)
        if (widgets->options.at(i)->isChecked()) {
            choices << i;
            labels << question->poll.options.at(i).label;
            other = other || question->poll.options.at(i).meaning == OptionMeaning::Other;
        }
    const QString comment = widgets->comment->toPlainText().trimmed();
    if (choices.isEmpty()) {
        showMessage(widgets->message, tr("Choose an answer first."), true);
        return;
    }
    if (other && comment.isEmpty()) {
        showMessage(widgets->message, tr("Write your opinion in the comment box first."), true);
        widgets->comment->setFocus();
        return;
    }
    if (comment.size() > ConsultationAnswer::maximumCommentLength) {
        showMessage(widgets->message,
            tr("The comment is too long: %1 characters, at most %2.")
                .arg(comment.size())
                .arg(ConsultationAnswer::maximumCommentLength),
            true);
        return;
    }
    QString details = tr("Your answer: %1").arg(labels.join(QStringLiteral(", ")));
    if (!comment.isEmpty())
        details += u'\n' + tr("Comment: %1").arg(comment);
    details += u'\n' + tr("You can change it until %1.").arg(deadlineText(m_open->deadline));
    if (!confirmAction(this, tr("Send the answer"), question->text(), details, tr("Send")))
        return;
    const QString cacheDirectory = m_cacheDirectory;
    const QString share = m_shareRoot;
    const QString id = m_open->id;
    const QDateTime at = now();
    const Status status = waitFor<Status>(this, tr("Signing and sending the answer…"), [=] {
        return withConsultationService(cacheDirectory, share, [&](ConsultationService &service) {
            return service.answer(id, questionId, choices, comment, at);
        });
    });
    if (!status.ok()) {
        showMessage(widgets->message, tr("Not sent: %1").arg(status.error()), true);
        return;
    }
    Q_EMIT answered(id, questionId);
    // The list (badge) and the page read again together: the page follows the refresh.
    m_editing = false;
    m_stack->setCurrentIndex(1);
    if (m_refreshing)
        openConsultation(id);
    else
        refresh();
}

} // namespace phonghop::ui
