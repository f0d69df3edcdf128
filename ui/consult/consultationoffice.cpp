#include "consult/consultationoffice.h"

#include "meeting_core/consult/consultationreport.h"

#include "consult/consultationform.h"
#include "consult/consultworker.h"
#include "secretary/organisationaccess.h"
#include "setup/setupwidgets.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <utility>

namespace phonghop::ui {

namespace {

constexpr int IdRole = Qt::UserRole + 1;

QString answerCell(const ConsultationQuestion &question, const ConsultationAnswer *answer)
{
    if (!answer)
        return QStringLiteral("—");
    QStringList labels;
    for (int index : answer->choices)
        if (index >= 0 && index < question.poll.options.size())
            labels << question.poll.options.at(index).label;
    QString text = labels.join(QStringLiteral(", "));
    if (!answer->comment.isEmpty())
        text += QStringLiteral(": “") + answer->comment + QStringLiteral("”");
    return text;
}

} // namespace

ConsultationOffice::ConsultationOffice(
    QString cacheDirectory, QString shareRoot, OrganisationAccess &access, QWidget *parent)
    : QWidget(parent)
    , m_cacheDirectory(std::move(cacheDirectory))
    , m_shareRoot(std::move(shareRoot))
    , m_access(access)
    , m_clock([] { return QDateTime::currentDateTime(); })
    , m_list(new QListWidget)
    , m_title(new QLabel)
    , m_summary(new QLabel)
    , m_members(new QTableWidget)
    , m_tallies(new QLabel)
    , m_reminders(new QPlainTextEdit)
    , m_early(new QCheckBox(tr("Close early (before the deadline)")))
    , m_close(touchButton(tr("Close the consultation…"), this, true))
    , m_pdf(touchButton(tr("Report PDF…"), this))
    , m_csv(touchButton(tr("CSV…"), this))
    , m_copy(touchButton(tr("Copy the reminder list"), this))
    , m_saveReminders(touchButton(tr("Save the reminder list…"), this))
    , m_revise(touchButton(tr("New revision…"), this))
    , m_printReminders(touchButton(tr("Print…"), this))
    , m_message(new QLabel)
{
    setObjectName(QStringLiteral("consultationOffice"));
    auto *outer = new QHBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    outer->addWidget(splitter);

    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(headingLabel(tr("Consultations"), left));
    m_list->setObjectName(QStringLiteral("officeConsultationList"));
    m_list->setWordWrap(true);
    m_list->setStyleSheet(QStringLiteral("QListWidget::item { min-height: 48px; padding: 4px; }"));
    m_list->setMinimumWidth(220);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    leftLayout->addWidget(m_list, 1);
    auto *newButton = touchButton(tr("New consultation…"), left, true);
    newButton->setObjectName(QStringLiteral("officeNewConsultation"));
    leftLayout->addWidget(newButton);
    auto *refreshButton = touchButton(tr("Refresh"), left);
    refreshButton->setObjectName(QStringLiteral("officeRefresh"));
    leftLayout->addWidget(refreshButton);

    auto *right = new QWidget(splitter);
    auto *layout = new QVBoxLayout(right);
    layout->setContentsMargins(0, 0, 0, 0);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setObjectName(QStringLiteral("officeTitle"));
    layout->addWidget(m_title);
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("officeSummary"));
    layout->addWidget(m_summary);
    m_members->setObjectName(QStringLiteral("officeMembers"));
    m_members->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_members->setWordWrap(true);
    m_members->verticalHeader()->setDefaultSectionSize(40);
    m_members->verticalHeader()->hide();
    layout->addWidget(m_members);
    layout->addWidget(headingLabel(tr("Count by the question's rule"), right, 1.1));
    m_tallies->setObjectName(QStringLiteral("officeTallies"));
    m_tallies->setWordWrap(true);
    m_tallies->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_tallies);
    layout->addWidget(headingLabel(tr("Reminder list (not answered yet)"), right, 1.1));
    m_reminders->setObjectName(QStringLiteral("officeReminders"));
    m_reminders->setReadOnly(true);
    m_reminders->setMaximumHeight(110);
    layout->addWidget(m_reminders);
    auto *reminderBar = new QHBoxLayout;
    m_copy->setObjectName(QStringLiteral("officeCopyReminders"));
    m_saveReminders->setObjectName(QStringLiteral("officeSaveReminders"));
    reminderBar->addWidget(m_copy);
    reminderBar->addWidget(m_saveReminders);
    m_printReminders->setObjectName(QStringLiteral("officePrintReminders"));
    m_printReminders->setToolTip(tr("Print the reminder list (who has not answered, their "
                                    "position, the deadline), or save it as PDF"));
    reminderBar->addWidget(m_printReminders);
    reminderBar->addStretch(1);
    layout->addLayout(reminderBar);
    auto *actions = new QHBoxLayout;
    m_early->setObjectName(QStringLiteral("officeCloseEarly"));
    m_early->setMinimumHeight(44);
    m_early->setStyleSheet(QStringLiteral("QCheckBox::indicator { width: 28px; height: 28px; }"));
    m_close->setObjectName(QStringLiteral("officeClose"));
    m_pdf->setObjectName(QStringLiteral("officeReportPdf"));
    m_csv->setObjectName(QStringLiteral("officeReportCsv"));
    m_revise->setObjectName(QStringLiteral("officeNewRevision"));
    m_revise->setToolTip(tr("Change the deadline, documents, questions or members: the members "
                            "answer the new revision again"));
    actions->addWidget(m_revise);
    actions->addWidget(m_early);
    actions->addWidget(m_close);
    actions->addStretch(1);
    actions->addWidget(m_pdf);
    actions->addWidget(m_csv);
    layout->addLayout(actions);
    m_message->setObjectName(QStringLiteral("officeMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);
    layout->addStretch(1);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 280, 900 });
    for (QWidget *w : { static_cast<QWidget *>(m_close), static_cast<QWidget *>(m_pdf),
             static_cast<QWidget *>(m_csv), static_cast<QWidget *>(m_copy),
             static_cast<QWidget *>(m_saveReminders), static_cast<QWidget *>(m_early),
             static_cast<QWidget *>(m_revise), static_cast<QWidget *>(m_printReminders) })
        w->setEnabled(false);
    connect(m_printReminders, &QPushButton::clicked, this, &ConsultationOffice::printReminders);
    connect(m_revise, &QPushButton::clicked, this, &ConsultationOffice::newRevision);

    connect(refreshButton, &QPushButton::clicked, this, &ConsultationOffice::refresh);
    connect(newButton, &QPushButton::clicked, this, &ConsultationOffice::newConsultation);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            showConsultation(item->data(IdRole).toString());
    });
    connect(m_close, &QPushButton::clicked, this, &ConsultationOffice::closeConsultation);
    connect(m_pdf, &QPushButton::clicked, this, [this] { writeReport(QStringLiteral("pdf")); });
    connect(m_csv, &QPushButton::clicked, this, [this] { writeReport(QStringLiteral("csv")); });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(reminderText());
        setMessage(
            tr("The reminder list is copied: paste it into a message or a document."), false);
    });
    connect(m_saveReminders, &QPushButton::clicked, this, &ConsultationOffice::saveReminders);
}

ConsultationForm *ConsultationOffice::newConsultation()
{
    QStringList ids;
    for (int i = 0; i < m_list->count(); ++i)
        ids << m_list->item(i)->data(IdRole).toString();
    auto *form = new ConsultationForm(m_access, ids, m_clock, this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    connect(form, &ConsultationForm::publishedConsultation, this, [this](const QString &id) {
        setMessage(tr("Published: the members' seats receive it at their next sync."), false);
        m_selectAfterRefresh = id;
        refresh();
    });
    form->loadMembers();
    form->open();
    return form;
}

ConsultationForm *ConsultationOffice::newRevision()
{
    if (!m_status || m_status->close)
        return nullptr;
    QStringList ids;
    for (int i = 0; i < m_list->count(); ++i)
        ids << m_list->item(i)->data(IdRole).toString();
    auto *form = new ConsultationForm(m_access, ids, m_clock, this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    form->editRevision(m_status->consultation);
    connect(form, &ConsultationForm::publishedConsultation, this, [this](const QString &id) {
        setMessage(tr("The new revision is published: the members answer it again."), false);
        m_selectAfterRefresh = id;
        refresh();
    });
    form->loadMembers();
    form->open();
    return form;
}

void ConsultationOffice::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

QDateTime ConsultationOffice::now() const
{
    return m_clock();
}

void ConsultationOffice::setPathChooser(std::function<QString(const QString &)> chooser)
{
    m_choosePath = std::move(chooser);
}

QString ConsultationOffice::reminderText() const
{
    return m_reminders->toPlainText();
}

QString ConsultationOffice::talliesText() const
{
    return m_tallies->text();
}

QString ConsultationOffice::messageText() const
{
    return m_message->isVisible() || !m_message->text().isEmpty() ? m_message->text() : QString();
}

void ConsultationOffice::setMessage(const QString &text, bool isError)
{
    showMessage(m_message, text, isError);
}

void ConsultationOffice::refresh()
{
    const QString cacheDirectory = m_cacheDirectory;
    const QString share = m_shareRoot;
    const QDateTime at = now();
    struct Outcome {
        Status status = Status::success();
        QList<ConsultationSummary> summaries;
        QStringList problems;
    };
    runInBackground(
        this,
        [cacheDirectory, share, at] {
            Outcome outcome;
            outcome.status
                = withConsultationService(cacheDirectory, share, [&](ConsultationService &service) {
                      const Result<ConsultationRefresh> refreshed = service.refresh();
                      if (!refreshed)
                          return Status::failure(refreshed.error());
                      outcome.problems = refreshed->problems;
                      outcome.summaries = service.consultations(at);
                      return Status::success();
                  });
            return outcome;
        },
        [this](const Outcome &outcome) {
            if (!outcome.status.ok()) {
                setMessage(
                    tr("The shared folder cannot be read: %1").arg(outcome.status.error()), true);
                Q_EMIT listed();
                return;
            }
            const QString selected = m_status ? m_status->consultation.id : QString();
            const QSignalBlocker blocker(m_list);
            m_list->clear();
            for (const ConsultationSummary &summary : outcome.summaries) {
                QString state = summary.state == ConsultationSummary::State::Open
                    ? tr("open until %1").arg(deadlineText(summary.deadline))
                    : summary.state == ConsultationSummary::State::PastDeadline
                    ? tr("deadline passed, to close")
                    : tr("closed");
                auto *item = new QListWidgetItem(summary.title + u'\n' + state, m_list);
                item->setData(IdRole, summary.id);
                if (summary.id == selected)
                    m_list->setCurrentItem(item);
            }
            if (!m_selectAfterRefresh.isEmpty()) {
                const QString id = std::exchange(m_selectAfterRefresh, QString());
                for (int i = 0; i < m_list->count(); ++i)
                    if (m_list->item(i)->data(IdRole).toString() == id) {
                        m_list->setCurrentRow(i);
                        showConsultation(id);
                    }
            }
            if (!outcome.problems.isEmpty())
                setMessage(outcome.problems.join(u'\n'), true);
            Q_EMIT listed();
        });
}

void ConsultationOffice::showConsultation(const QString &id)
{
    const QString cacheDirectory = m_cacheDirectory;
    const QString share = m_shareRoot;
    const QDateTime at = now();
    struct Outcome {
        Status status = Status::success();
        std::optional<ConsultationStatus> status_;
    };
    runInBackground(
        this,
        [cacheDirectory, share, at, id] {
            Outcome outcome;
            outcome.status
                = withConsultationService(cacheDirectory, share, [&](ConsultationService &service) {
                      Result<ConsultationStatus> status = service.status(id, at);
                      if (!status)
                          return Status::failure(status.error());
                      outcome.status_ = status.value();
                      return Status::success();
                  });
            return outcome;
        },
        [this, id](const Outcome &outcome) {
            if (!outcome.status.ok()) {
                setMessage(
                    tr("The consultation cannot be read: %1").arg(outcome.status.error()), true);
                return;
            }
            showStatus(*outcome.status_);
            Q_EMIT statusShown(id);
        });
}

void ConsultationOffice::showStatus(const ConsultationStatus &status)
{
    m_status = status;
    const Consultation &c = status.consultation;
    m_title->setText(c.title);
    int answered = 0;
    for (const ConsultationMemberStatus &member : status.members)
        answered += member.answered ? 1 : 0;
    QString summary = c.issuingBody + QStringLiteral(" — ")
        + tr("deadline %1").arg(deadlineText(c.deadline)) + QStringLiteral(" (")
        + timeLeftText(now(), c.deadline) + QStringLiteral(")\n")
        + tr("%1 of %2 members have answered every question.")
              .arg(answered)
              .arg(status.members.size());
    if (status.close)
        summary += u'\n'
            + tr("Closed %1%2: the signed count below is what every seat recounts.")
                  .arg(status.close->closedAt.toString(QStringLiteral("HH:mm dd/MM/yyyy")),
                      status.close->early ? tr(" (early)") : QString());
    if (!status.closeProblems.isEmpty())
        summary += u'\n'
            + tr("Close files refused: %1").arg(status.closeProblems.join(QStringLiteral("; ")));
    int refused = 0;
    for (const AnswerReport &report : status.refused)
        refused += report.problem == AnswerProblem::Superseded ? 0 : 1;
    if (refused > 0)
        summary
            += u'\n' + tr("%n answer(s) not counted (late, forged or invalid).", nullptr, refused);
    m_summary->setText(summary);

    QStringList headers { tr("Member"), tr("Answered") };
    for (int i = 0; i < c.questions.size(); ++i)
        headers << tr("Question %1").arg(i + 1);
    headers << tr("Time");
    m_members->clear();
    m_members->setColumnCount(headers.size());
    m_members->setHorizontalHeaderLabels(headers);
    m_members->setRowCount(status.members.size());
    for (int row = 0; row < status.members.size(); ++row) {
        const ConsultationMemberStatus &member = status.members.at(row);
        QString name = member.name;
        if (!member.position.isEmpty())
            name += QStringLiteral(" (") + member.position + u')';
        m_members->setItem(row, 0, new QTableWidgetItem(name));
        auto *state = new QTableWidgetItem(member.answered ? tr("Answered")
                : member.questionsAnswered > 0
                ? tr("%1 of %2").arg(member.questionsAnswered).arg(c.questions.size())
                : tr("Not answered"));
        if (!member.answered)
            state->setForeground(QColor(0xb0, 0x30, 0x20));
        m_members->setItem(row, 1, state);
        QDateTime latest;
        for (int q = 0; q < c.questions.size(); ++q) {
            const ConsultationAnswer *answer = nullptr;
            for (const ConsultationAnswer &a : member.answers)
                if (a.questionId == c.questions.at(q).id())
                    answer = &a;
            if (answer && (!latest.isValid() || answer->answeredAt > latest))
                latest = answer->answeredAt;
            m_members->setItem(
                row, 2 + q, new QTableWidgetItem(answerCell(c.questions.at(q), answer)));
        }
        m_members->setItem(row, headers.size() - 1,
            new QTableWidgetItem(
                latest.isValid() ? latest.toString(QStringLiteral("HH:mm dd/MM")) : QString()));
    }
    // Names, states and times as wide as they are; the answers share the rest and wrap.
    QHeaderView *header = m_members->horizontalHeader();
    header->setStretchLastSection(false);
    for (int column = 0; column < headers.size(); ++column)
        header->setSectionResizeMode(column,
            column >= 2 && column < headers.size() - 1 ? QHeaderView::Stretch
                                                       : QHeaderView::ResizeToContents);
    m_members->resizeRowsToContents();
    // As tall as its rows (a long list scrolls), so the count and the reminders stay in view.
    const int height = header->sizeHint().height() + m_members->verticalHeader()->length()
        + 2 * m_members->frameWidth() + 8;
    m_members->setFixedHeight(qBound(120, height, 420));

    QStringList tallies;
    for (int q = 0; q < status.questions.size(); ++q) {
        const ConsultationQuestionStatus &question = status.questions.at(q);
        QStringList counts;
        for (const OptionResult &option : question.tally.options)
            counts << QStringLiteral("%1: %2 (%3%)")
                          .arg(option.option.label)
                          .arg(option.ballots)
                          .arg(option.percent, 0, 'f', 2);
        QString line
            = QStringLiteral("<p><b>%1. %2</b><br>%3<br>%4<br><i>%5</i></p>")
                  .arg(q + 1)
                  .arg(question.question.text().toHtmlEscaped(),
                      counts.join(QStringLiteral(" · ")).toHtmlEscaped(),
                      (question.tally.passed ? tr("Outcome: adopted") : tr("Outcome: not adopted"))
                          .toHtmlEscaped(),
                      question.tally.explanation.toHtmlEscaped());
        tallies << line;
    }
    m_tallies->setText(tallies.join(QString()));
    m_reminders->setPlainText(status.reminders().join(u'\n'));

    const bool closed = status.close.has_value();
    m_close->setEnabled(!closed);
    m_revise->setEnabled(!closed);
    m_early->setEnabled(!closed && !status.pastDeadline);
    if (status.pastDeadline)
        m_early->setChecked(false);
    m_close->setToolTip(closed ? tr("Already closed.") : QString());
    m_pdf->setEnabled(true);
    m_csv->setEnabled(true);
    m_copy->setEnabled(!status.reminders().isEmpty());
    m_saveReminders->setEnabled(!status.reminders().isEmpty());
    m_printReminders->setEnabled(!status.reminders().isEmpty());
}

void ConsultationOffice::closeConsultation()
{
    if (!m_status || m_status->close)
        return;
    const Consultation &c = m_status->consultation;
    const bool early = !m_status->pastDeadline;
    if (early && !m_early->isChecked()) {
        setMessage(tr("The deadline (%1) has not passed yet: members may still answer. Tick "
                      "“Close early” to close it now.")
                       .arg(deadlineText(c.deadline)),
            true);
        return;
    }
    int answered = 0;
    for (const ConsultationMemberStatus &member : m_status->members)
        answered += member.questionsAnswered > 0 ? 1 : 0;
    QString details = tr("%1 of %2 members have answered. The count is signed with the "
                         "organisation's key and every seat recounts it; no answer is accepted "
                         "afterwards.")
                          .arg(answered)
                          .arg(m_status->members.size());
    if (early)
        details += u'\n'
            + tr("The deadline (%1) has not passed: members who have not answered lose their "
                 "chance.")
                  .arg(deadlineText(c.deadline));
    if (!confirmAction(this, tr("Close the consultation"),
            tr("Close “%1” now? This cannot be undone.").arg(c.title), details, tr("Close"), true))
        return;
    const Result<SigningKey> key = m_access.unlockedKey(this);
    if (!key) {
        setMessage(key.error().isEmpty()
                ? tr("Not closed: the organisation's key stays locked.")
                : tr("The organisation's key cannot be read: %1").arg(key.error()),
            !key.error().isEmpty());
        return;
    }
    const QString cacheDirectory = m_cacheDirectory;
    const QString share = m_shareRoot;
    const QString id = c.id;
    const QDateTime at = now();
    const SigningKey signingKey = key.value();
    const Status status = waitFor<Status>(this, tr("Counting and signing the close…"), [=] {
        return withConsultationService(cacheDirectory, share, [&](ConsultationService &service) {
            const Result<ConsultationClose> closed = service.close(id, signingKey, early, at);
            return closed ? Status::success() : Status::failure(closed.error());
        });
    });
    if (!status.ok()) {
        setMessage(tr("Not closed: %1").arg(status.error()), true);
        return;
    }
    setMessage(tr("Closed. Every member's seat recounts the close at its next sync."), false);
    Q_EMIT closed(id);
    showConsultation(id);
    refresh();
}

void ConsultationOffice::writeReport(const QString &extension)
{
    if (!m_status)
        return;
    const QString suggested = QDir::home().filePath(
        QStringLiteral("bao-cao-y-kien-%1.%2").arg(m_status->consultation.id, extension));
    QString path;
    if (m_choosePath)
        path = m_choosePath(suggested);
    else if (!dialogsSuppressed())
        path = QFileDialog::getSaveFileName(this, tr("Save the summary report"), suggested,
            extension == u"pdf" ? tr("PDF (*.pdf)") : tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(u'.' + extension, Qt::CaseInsensitive))
        path += u'.' + extension;
    const QString cacheDirectory = m_cacheDirectory;
    const QString share = m_shareRoot;
    const QString id = m_status->consultation.id;
    const QDateTime at = now();
    m_pdf->setEnabled(false);
    m_csv->setEnabled(false);
    setMessage(tr("Writing the report…"), false);
    runInBackground(
        this,
        [cacheDirectory, share, id, path, at] {
            return withConsultationService(cacheDirectory, share,
                [&](ConsultationService &service) { return service.writeReport(id, path, at); });
        },
        [this, path](const Status &status) {
            m_pdf->setEnabled(true);
            m_csv->setEnabled(true);
            if (!status.ok()) {
                setMessage(tr("The report was not written: %1").arg(status.error()), true);
                return;
            }
            setMessage(tr("The report is saved in %1").arg(QDir::toNativeSeparators(path)), false);
            Q_EMIT reportWritten(path);
        });
}

void ConsultationOffice::saveReminders()
{
    if (!m_status)
        return;
    const QString suggested = QDir::home().filePath(
        QStringLiteral("nhac-tra-loi-%1.txt").arg(m_status->consultation.id));
    QString path;
    if (m_choosePath)
        path = m_choosePath(suggested);
    else if (!dialogsSuppressed())
        path = QFileDialog::getSaveFileName(
            this, tr("Save the reminder list"), suggested, tr("Text (*.txt)"));
    if (path.isEmpty())
        return;
    const QString text = m_status->consultation.title + u'\n'
        + tr("Deadline: %1").arg(deadlineText(m_status->consultation.deadline))
        + QStringLiteral("\n\n") + reminderText() + u'\n';
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        setMessage(tr("The list was not saved: %1").arg(file.errorString()), true);
        return;
    }
    setMessage(tr("The reminder list is saved in %1").arg(QDir::toNativeSeparators(path)), false);
}

void ConsultationOffice::printReminders()
{
    if (!m_status)
        return;
    const ConsultationStatus status = *m_status;
    const QDateTime date = now();
    if (m_choosePath) {
        const QString path = m_choosePath(QDir::home().filePath(
            QStringLiteral("nhac-tra-loi-%1.pdf").arg(status.consultation.id)));
        if (path.isEmpty())
            return;
        if (const Status written = consultationreport::writeReminderPdf(path, status, date);
            !written) {
            setMessage(tr("The reminder list was not written: %1").arg(written.error()), true);
            return;
        }
        setMessage(
            tr("The reminder list is saved in %1").arg(QDir::toNativeSeparators(path)), false);
        Q_EMIT remindersPrinted(path);
        return;
    }
    if (dialogsSuppressed())
        return;
    QPrinter printer(QPrinter::HighResolution);
    consultationreport::setReminderPageLayout(printer);
    printer.setDocName(tr("Reminder list — %1").arg(status.consultation.title));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the reminder list"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    consultationreport::paintReminderList(printer, status, date);
    const QString file = printer.outputFileName();
    setMessage(file.isEmpty()
            ? tr("The reminder list was sent to the printer.")
            : tr("The reminder list is saved in %1").arg(QDir::toNativeSeparators(file)),
        false);
    Q_EMIT remindersPrinted(file);
}

} // namespace phonghop::ui
