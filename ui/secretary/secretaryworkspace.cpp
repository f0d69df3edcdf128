#include "secretaryworkspace.h"

#include "agendaeditor.h"
#include "consult/consultationoffice.h"
#include "delegatepreview.h"
#include "devicespage.h"
#include "meeting_core/store/meetingcache.h"
#include "meeting_core/trust/signingkey.h"
#include "meetingform.h"
#include "organisationaccess.h"
#include "participantseditor.h"
#include "pastmeetingdialog.h"
#include "peoplepage.h"
#include "stats/statisticspage.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace phonghop::ui {

namespace {
constexpr int KeyRole = Qt::UserRole + 1;

QPushButton *touchButton(const QString &icon, const QString &text, QWidget *parent)
{
    auto *button = new QPushButton(QIcon::fromTheme(icon), text, parent);
    button->setMinimumHeight(44);
    return button;
}
} // namespace

SecretaryWorkspace::SecretaryWorkspace(
    MeetingCache &cache, QString sharePath, QString keyPath, QWidget *parent)
    : QMainWindow(parent)
    , m_cache(cache)
    , m_sharePath(std::move(sharePath))
    , m_keyPath(std::move(keyPath))
    , m_store(cache.directory())
{
    m_access = new OrganisationAccess(m_sharePath, m_keyPath, this);
    setWindowTitle(tr("Secretary's workspace — PhòngHọp"));
    buildUi();
    m_saveTimer = new QTimer(this);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(600);
    connect(m_saveTimer, &QTimer::timeout, this, &SecretaryWorkspace::saveNow);
    refreshDraftList();
    if (m_draftList->count() > 0) {
        m_draftList->setCurrentRow(0);
    } else {
        newMeeting();
    }
}

SecretaryWorkspace::~SecretaryWorkspace()
{
    if (m_saveTimer->isActive())
        saveNow();
    if (m_worker) {
        m_cancel.cancel();
        m_worker->wait();
    }
}

void SecretaryWorkspace::buildUi()
{
    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);
    auto *splitter = new QSplitter(Qt::Horizontal, central);

    // Drafts on this machine.
    auto *draftsPane = new QWidget(splitter);
    auto *draftsLayout = new QVBoxLayout(draftsPane);
    draftsLayout->setContentsMargins(0, 0, 0, 0);
    auto *draftsTitle = new QLabel(tr("Meetings in preparation"), draftsPane);
    QFont bold = draftsTitle->font();
    bold.setBold(true);
    draftsTitle->setFont(bold);
    draftsLayout->addWidget(draftsTitle);
    m_draftList = new QListWidget(draftsPane);
    m_draftList->setObjectName(QStringLiteral("draftList"));
    m_draftList->setStyleSheet(QStringLiteral("QListWidget::item { min-height: 44px; }"));
    m_draftList->setWordWrap(true);
    draftsLayout->addWidget(m_draftList, 1);
    auto *newButton = touchButton(QStringLiteral("document-new"), tr("&New meeting"), draftsPane);
    auto *templateButton
        = touchButton(QStringLiteral("edit-copy"), tr("Copy a &past meeting…"), draftsPane);
    auto *reviseButton = touchButton(
        QStringLiteral("document-edit"), tr("&Revise a published meeting…"), draftsPane);
    auto *deleteButton
        = touchButton(QStringLiteral("edit-delete"), tr("&Delete draft"), draftsPane);
    for (QPushButton *button : { newButton, templateButton, reviseButton, deleteButton })
        draftsLayout->addWidget(button);

    m_tabs = new QTabWidget(splitter);
    m_tabs->setStyleSheet(QStringLiteral("QTabBar::tab { min-height: 40px; padding: 0 16px; }"));
    m_form = new MeetingForm(m_tabs);
    m_participants = new ParticipantsEditor(m_tabs);
    m_agenda = new AgendaEditor(m_tabs);
    m_preview = new DelegatePreview(m_tabs);
    m_tabs->addTab(m_form, tr("1. Meeting"));
    m_tabs->addTab(m_participants, tr("2. Participants"));
    m_tabs->addTab(m_agenda, tr("3. Agenda and documents"));
    m_tabs->addTab(m_preview, tr("4. Preview as a delegate"));
    splitter->addWidget(draftsPane);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 4);
    splitter->setSizes({ 280, 1100 });
    outer->addWidget(splitter, 1);

    // Validation and publication.
    m_problems = new QListWidget(central);
    m_problems->setObjectName(QStringLiteral("problemList"));
    m_problems->setMaximumHeight(140);
    m_problems->setWordWrap(true);
    m_problems->hide();
    outer->addWidget(m_problems);
    auto *bar = new QHBoxLayout;
    m_status = new QLabel(central);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_progress = new QProgressBar(central);
    m_progress->setMinimumHeight(32);
    m_progress->setMinimumWidth(220);
    m_progress->hide();
    m_check = touchButton(QStringLiteral("dialog-ok"), tr("C&heck"), central);
    m_publish = touchButton(QStringLiteral("document-send"), tr("&Publish to all seats"), central);
    m_cancelButton = touchButton(QStringLiteral("process-stop"), tr("Cancel"), central);
    m_cancelButton->hide();
    QFont publishFont = m_publish->font();
    publishFont.setBold(true);
    m_publish->setFont(publishFont);
    bar->addWidget(m_status, 1);
    bar->addWidget(m_progress);
    bar->addWidget(m_check);
    bar->addWidget(m_publish);
    bar->addWidget(m_cancelButton);
    outer->addLayout(bar);

    // The organisation's people and devices, beside the meetings.
    m_sections = new QTabWidget(this);
    m_sections->setObjectName(QStringLiteral("workspaceSections"));
    m_sections->setDocumentMode(true);
    m_sections->setStyleSheet(
        QStringLiteral("QTabBar::tab { min-height: 44px; min-width: 140px; padding: 0 18px; }"));
    // A narrow screen (a tablet held upright) scrolls a page rather than clipping it.
    auto scrolled = [this](QWidget *page) {
        auto *area = new QScrollArea(m_sections);
        area->setWidget(page);
        area->setWidgetResizable(true);
        area->setFrameShape(QFrame::NoFrame);
        area->setMinimumSize(320, 240); // not the page's own minimum: that is what scrolls
        return area;
    };
    m_sections->addTab(scrolled(central), tr("Meetings"));
    m_people = new PeoplePage(*m_access);
    m_devices = new DevicesPage(*m_access);
    m_sections->addTab(scrolled(m_people), tr("People"));
    m_sections->addTab(scrolled(m_devices), tr("Devices"));
    // The members' written consultations (issue 17): who answered, the count, close, report.
    m_consultations = new ConsultationOffice(m_cache.directory(), m_sharePath, *m_access);
    m_sections->addTab(scrolled(m_consultations), tr("Consultations"));
    // Statistics over the cached meetings and consultations (issue 17).
    m_statistics = new StatisticsPage(m_cache, m_sharePath);
    m_sections->addTab(scrolled(m_statistics), tr("Statistics"));
    connect(m_sections, &QTabWidget::currentChanged, this, [this](int index) {
        QWidget *shown = m_sections->widget(index);
        if (shown && shown->isAncestorOf(m_consultations))
            m_consultations->refresh();
        if (shown && shown->isAncestorOf(m_statistics))
            m_statistics->reloadUnits();
    });
    setCentralWidget(m_sections);
    // Large, but never larger than the screen (a 1366×768 laptop, an 800×1280 tablet).
    QSize size(1440, 900);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        size = (screen->availableSize() * 0.96).boundedTo(QSize(1440, 1200));
    resize(size);

    connect(newButton, &QPushButton::clicked, this, &SecretaryWorkspace::newMeeting);
    connect(templateButton, &QPushButton::clicked, this, [this] { choosePastMeeting(true); });
    connect(reviseButton, &QPushButton::clicked, this, [this] { choosePastMeeting(false); });
    connect(deleteButton, &QPushButton::clicked, this, &SecretaryWorkspace::deleteDraft);
    connect(m_draftList, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *current) {
        if (m_loading || !current || current->data(KeyRole).toString() == m_draftKey)
            return;
        if (m_saveTimer->isActive())
            saveNow();
        const Result<DraftMeeting> draft = m_store.load(current->data(KeyRole).toString());
        if (draft)
            openDraft(draft.value(), current->data(KeyRole).toString());
        else
            setMessage(draft.error(), true);
    });
    connect(m_form, &MeetingForm::edited, this, &SecretaryWorkspace::markEdited);
    connect(m_participants, &ParticipantsEditor::edited, this, &SecretaryWorkspace::markEdited);
    connect(m_participants, &ParticipantsEditor::message, this, &SecretaryWorkspace::setMessage);
    connect(m_agenda, &AgendaEditor::edited, this, &SecretaryWorkspace::markEdited);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        const DraftMeeting draft = currentDraft();
        if (m_tabs->widget(index) == m_agenda)
            m_agenda->setParticipants(draft.participants);
        else if (m_tabs->widget(index) == m_preview)
            m_preview->showDraft(draft);
        else if (m_tabs->widget(index) == m_form)
            m_form->setHasConfidentialDocument(draft::hasConfidentialDocument(draft));
    });
    connect(m_problems, &QListWidget::itemActivated, this, [this](QListWidgetItem *row) {
        // Takes the secretary to what needs fixing.
        const QString subject = row->data(KeyRole).toString();
        const DraftMeeting draft = currentDraft();
        for (const DraftDocument &document : draft.documents) {
            if (document.id == subject) {
                m_tabs->setCurrentWidget(m_agenda);
                m_agenda->selectItem(document.agendaItemId);
                m_agenda->selectDocument(document.id);
                return;
            }
        }
        for (const DraftAgendaItem &item : draft.agenda) {
            if (item.id == subject) {
                m_tabs->setCurrentWidget(m_agenda);
                m_agenda->selectItem(item.id);
                return;
            }
        }
        for (const DraftParticipant &participant : draft.participants) {
            if (participant.id == subject) {
                m_tabs->setCurrentWidget(m_participants);
                return;
            }
        }
        m_tabs->setCurrentWidget(draft.agenda.isEmpty() && subject == draft.id
                ? static_cast<QWidget *>(m_agenda)
                : static_cast<QWidget *>(m_form));
    });
    connect(m_check, &QPushButton::clicked, this, &SecretaryWorkspace::checkDraft);
    // Publishing reaches every seat at once: the button asks first (publish() itself does not,
    // for scripts and tests).
    connect(m_publish, &QPushButton::clicked, this, [this] {
        QMessageBox box(QMessageBox::Question, tr("Publish to all seats"),
            tr("Publish this meeting to every seat now? Delegates receive it at their next sync; "
               "a later change makes a new revision."),
            QMessageBox::NoButton, this);
        QPushButton *yes = box.addButton(tr("Publish"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() == yes)
            publish();
    });
    connect(m_cancelButton, &QPushButton::clicked, this, &SecretaryWorkspace::cancelPublication);
}

DraftMeeting SecretaryWorkspace::currentDraft() const
{
    DraftMeeting draft = m_draft;
    m_form->apply(draft);
    draft.participants = m_participants->participants();
    m_agenda->apply(draft);
    return draft;
}

void SecretaryWorkspace::openDraft(const DraftMeeting &draft, const QString &key)
{
    m_loading = true;
    m_draft = draft;
    m_draftKey = key;
    m_form->setDraft(draft);
    m_participants->setParticipants(draft.participants);
    m_agenda->setDraft(draft);
    m_preview->showDraft(draft);
    m_problems->clear();
    m_problems->hide();
    if (draft.basedOnRevision.value_or(0) > 0)
        setMessage(tr("Editing revision %1 of this meeting. Publishing makes revision %2.")
                       .arg(*draft.basedOnRevision)
                       .arg(*draft.basedOnRevision + 1),
            false);
    else
        setMessage(tr("This meeting has not been published yet."), false);
    if (m_draftKey.isEmpty())
        saveNow();
    m_loading = false;
    refreshDraftList();
}

void SecretaryWorkspace::refreshDraftList()
{
    const bool wasLoading = m_loading;
    m_loading = true;
    m_draftList->clear();
    const QLocale locale;
    for (const DraftStore::Entry &entry : m_store.list()) {
        QString text = entry.draft.title.isEmpty() ? tr("(untitled meeting)") : entry.draft.title;
        if (entry.draft.start.isValid())
            text += u'\n' + locale.toString(entry.draft.start, QStringLiteral("dd/MM/yyyy HH:mm"));
        if (entry.draft.basedOnRevision.value_or(0) > 0)
            text += u' ' + tr("· published, revision %1").arg(*entry.draft.basedOnRevision);
        auto *row = new QListWidgetItem(text, m_draftList);
        row->setData(KeyRole, entry.key);
        if (entry.key == m_draftKey)
            m_draftList->setCurrentItem(row);
    }
    m_loading = wasLoading;
}

void SecretaryWorkspace::markEdited()
{
    if (m_loading)
        return;
    m_saveTimer->start();
}

void SecretaryWorkspace::saveNow()
{
    m_saveTimer->stop();
    const DraftMeeting draft = currentDraft();
    const Result<QString> saved = m_store.save(draft, m_draftKey);
    if (!saved) {
        setMessage(saved.error(), true);
        return;
    }
    const bool renamed = m_draftKey != saved.value();
    m_draftKey = saved.value();
    if (renamed)
        refreshDraftList();
}

void SecretaryWorkspace::newMeeting()
{
    DraftMeeting draft;
    QDateTime start(QDate::currentDate().addDays(7), QTime(8, 0));
    draft.start = start;
    draft.end = start.addSecs(3 * 3600);
    draft.organisation = m_cache.value(cachekeys::organisationName);
    draft.title = tr("New meeting");
    draft.id = draft::suggestMeetingId(start, QString()) + u'-'
        + QString::number(QDateTime::currentSecsSinceEpoch() % 100000);
    openDraft(draft);
    m_tabs->setCurrentWidget(m_form);
}

void SecretaryWorkspace::newFromPastMeeting(const QString &meetingId)
{
    const std::optional<Meeting> past = m_cache.meeting(meetingId);
    if (!past)
        return;
    // Same weekday and time, one week after today at the earliest.
    QDateTime start
        = past->start.isValid() ? past->start : QDateTime(QDate::currentDate(), QTime(8, 0));
    while (start.date() < QDate::currentDate().addDays(1))
        start = start.addDays(7);
    openDraft(draft::templateFrom(past.value(), start));
    setMessage(tr("A new meeting was prepared from \u201C%1\u201D: participants and agenda copied, "
                  "documents "
                  "not. Check the date and attach this meeting's documents.")
                   .arg(past->title),
        false);
    m_tabs->setCurrentWidget(m_form);
}

void SecretaryWorkspace::reviseMeeting(const QString &meetingId)
{
    const std::optional<Meeting> meeting = m_cache.meeting(meetingId);
    if (!meeting)
        return;
    openDraft(draft::fromMeeting(meeting.value(),
        [this](const DocumentRef &document) { return m_cache.documentPath(document); }));
}

void SecretaryWorkspace::choosePastMeeting(bool asTemplate)
{
    const QList<MeetingSummary> meetings = m_cache.meetings();
    if (meetings.isEmpty()) {
        setMessage(tr("No published meeting has been synced to this computer yet."), true);
        return;
    }
    PastMeetingDialog dialog(meetings,
        asTemplate ? PastMeetingDialog::Purpose::CopyAsTemplate
                   : PastMeetingDialog::Purpose::Revise,
        this);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenMeetingId().isEmpty())
        return;
    if (asTemplate)
        newFromPastMeeting(dialog.chosenMeetingId());
    else
        reviseMeeting(dialog.chosenMeetingId());
}

void SecretaryWorkspace::deleteDraft()
{
    if (m_draftKey.isEmpty())
        return;
    const auto answer = QMessageBox::question(this, tr("Delete draft"),
        tr("Delete the draft \u201C%1\u201D from this computer? What was "
           "already published stays published.")
            .arg(currentDraft().title));
    if (answer != QMessageBox::Yes)
        return;
    m_saveTimer->stop();
    m_store.remove(m_draftKey);
    m_draftKey.clear();
    refreshDraftList();
    if (m_draftList->count() > 0)
        m_draftList->setCurrentRow(0);
    else
        newMeeting();
}

void SecretaryWorkspace::setMessage(const QString &text, bool isError)
{
    m_status->setText(text);
    m_status->setStyleSheet(
        isError ? QStringLiteral("color: #b00020; font-weight: bold;") : QString());
}

QString SecretaryWorkspace::statusText() const
{
    return m_status->text();
}

QStringList SecretaryWorkspace::problemLines() const
{
    QStringList lines;
    for (int i = 0; i < m_problems->count(); ++i)
        lines << m_problems->item(i)->text();
    return lines;
}

void SecretaryWorkspace::showProblems(const QList<ValidationProblem> &problems)
{
    m_problems->clear();
    for (const ValidationProblem &problem : problems) {
        auto *row = new QListWidgetItem(
            QIcon::fromTheme(problem.blocking ? QStringLiteral("dialog-error")
                                              : QStringLiteral("dialog-warning")),
            problem.message, m_problems);
        row->setData(KeyRole, problem.subjectId);
    }
    m_problems->setVisible(!problems.isEmpty());
}

void SecretaryWorkspace::setBusy(bool busy)
{
    m_check->setEnabled(!busy);
    m_publish->setEnabled(!busy);
    m_cancelButton->setVisible(busy);
    m_cancelButton->setEnabled(busy);
    m_progress->setVisible(busy);
    m_tabs->setEnabled(!busy);
    m_draftList->setEnabled(!busy);
}

void SecretaryWorkspace::checkDraft()
{
    if (m_worker)
        return;
    saveNow();
    const DraftMeeting draft = currentDraft();
    setBusy(true);
    m_progress->setRange(0, 0);
    setMessage(tr("Checking the meeting and opening each document…"), false);
    m_worker.reset(QThread::create([this, draft] {
        const QList<ValidationProblem> problems = PublishValidator().validate(draft);
        QMetaObject::invokeMethod(
            this,
            [this, problems] {
                m_worker->wait();
                m_worker.reset();
                setBusy(false);
                showProblems(problems);
                if (PublishValidator::hasBlocking(problems))
                    setMessage(tr("%n problem(s) must be fixed before publishing.", nullptr,
                                   int(std::count_if(problems.begin(), problems.end(),
                                       [](const ValidationProblem &p) { return p.blocking; }))),
                        true);
                else
                    setMessage(tr("Ready to publish."), false);
                Q_EMIT validationFinished(problems);
            },
            Qt::QueuedConnection);
    }));
    m_worker->start();
}

void SecretaryWorkspace::publish()
{
    if (m_worker)
        return;
    saveNow();
    const Result<SigningKey> key = m_access->unlockedKey(this);
    if (!key) {
        if (!key.error().isEmpty())
            setMessage(
                tr("The publishing key cannot be read (%1): %2").arg(m_keyPath, key.error()), true);
        else
            setMessage(tr("Not published: the organisation's key stays locked."), false);
        return;
    }
    const DraftMeeting draft = currentDraft();
    m_cancel = CancellationToken();
    setBusy(true);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    setMessage(tr("Checking the meeting…"), false);
    const CancellationToken cancel = m_cancel;
    const QString share = m_sharePath;
    const SigningKey signingKey = key.value();
    const QString conversions = m_cache.directory() + QStringLiteral("/converted");
    m_worker.reset(QThread::create([this, draft, cancel, share, signingKey, conversions] {
        MeetingPublisher publisher(share, signingKey);
        // Converted PDFs are kept by the original's SHA-256: publishing an unchanged Word file
        // again costs no LibreOffice run (docs/office-documents.md).
        publisher.officeConverter().setCacheDirectory(conversions);
        const PublishOutcome outcome
            = publisher.publish(draft, cancel, [this](const PublishProgress &progress) {
                  QMetaObject::invokeMethod(
                      this, [this, progress] { onProgress(progress); }, Qt::QueuedConnection);
              });
        QMetaObject::invokeMethod(
            this,
            [this, outcome] {
                m_worker->wait();
                m_worker.reset();
                onPublished(outcome);
            },
            Qt::QueuedConnection);
    }));
    m_worker->start();
}

void SecretaryWorkspace::setOrganisationKey(const SigningKey &key)
{
    m_access->setKey(key);
}

void SecretaryWorkspace::cancelPublication()
{
    m_cancel.cancel();
    setMessage(tr("Cancelling… the share stays as it was."), false);
}

void SecretaryWorkspace::onProgress(const PublishProgress &progress)
{
    if (!m_worker)
        return;
    const QLocale locale;
    if (progress.converting) {
        // LibreOffice says nothing while it converts: the bar runs against the time limit, and
        // Cancel stops LibreOffice at once (the worker kills it).
        const int limit = int(std::max<qint64>(progress.conversionTimeLimitMs / 1000, 1));
        m_progress->setRange(0, limit);
        m_progress->setValue(int(std::min<qint64>(progress.conversionElapsedMs / 1000, limit)));
        m_progress->setFormat(tr("%1 s").arg(progress.conversionElapsedMs / 1000));
        setMessage(tr("Converting document %1 of %2 to PDF with LibreOffice: %3")
                       .arg(progress.conversionsDone + 1)
                       .arg(progress.conversionsTotal)
                       .arg(progress.currentDocument),
            false);
        return;
    }
    // A large scan in flight moves the bar only when it is stored: show it busy meanwhile.
    const bool inLargeDocument = progress.documentsDone < progress.documentsTotal
        && progress.currentBytes * 4 > progress.bytesTotal && progress.bytesTotal > (16 << 20);
    m_progress->setRange(0, inLargeDocument ? 0 : 1000);
    if (progress.bytesTotal > 0 && !inLargeDocument)
        m_progress->setValue(int(progress.bytesDone * 1000 / progress.bytesTotal));
    m_progress->setFormat(tr("%1 of %2")
                              .arg(locale.formattedDataSize(progress.bytesDone),
                                  locale.formattedDataSize(progress.bytesTotal)));
    if (!progress.currentDocument.isEmpty() && progress.documentsDone < progress.documentsTotal)
        setMessage(
            tr("Storing document %1 of %2: %3 (%4)")
                .arg(progress.documentsDone + 1)
                .arg(progress.documentsTotal)
                .arg(progress.currentDocument, locale.formattedDataSize(progress.currentBytes)),
            false);
}

void SecretaryWorkspace::onPublished(const PublishOutcome &outcome)
{
    setBusy(false);
    showProblems(outcome.problems);
    switch (outcome.kind) {
    case PublishOutcome::Kind::Published: {
        DraftMeeting draft = currentDraft();
        MeetingPublisher::markPublished(draft, outcome);
        m_draft.basedOnRevision = draft.basedOnRevision;
        m_agenda->setDraft(draft); // documents now remember their published versions
        m_form->setDraft(draft);
        saveNow();
        refreshDraftList();
        setMessage(tr("%1 Delegates receive it at their next sync.").arg(outcome.message), false);
        break;
    }
    case PublishOutcome::Kind::NewerRevisionExists:
        setMessage(outcome.message, true);
        showConflict(outcome);
        break;
    case PublishOutcome::Kind::Invalid:
    case PublishOutcome::Kind::Cancelled:
    case PublishOutcome::Kind::Failed:
        setMessage(outcome.message, outcome.kind != PublishOutcome::Kind::Cancelled);
        break;
    }
    Q_EMIT publicationFinished(outcome);
}

void SecretaryWorkspace::showConflict(const PublishOutcome &outcome)
{
    if (qEnvironmentVariableIsSet("PHONGHOP_NO_DIALOGS"))
        return; // tests read the outcome instead
    QMessageBox box(this);
    box.setIcon(QMessageBox::Warning);
    box.setWindowTitle(tr("Someone else published this meeting"));
    box.setText(outcome.message);
    const QStringList changes = outcome.theirChanges.describe();
    box.setInformativeText(changes.isEmpty()
            ? tr("Their revision could not be compared with yours.")
            : tr("What they changed:\n• %1").arg(changes.join(QStringLiteral("\n• "))));
    QPushButton *keepMine
        = box.addButton(tr("Publish mine on top of theirs"), QMessageBox::DestructiveRole);
    box.addButton(tr("Review first"), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() == keepMine) {
        // A deliberate choice, never a silent one: the draft now builds on their revision.
        m_draft.basedOnRevision = outcome.newerRevision;
        publish();
    }
}

} // namespace phonghop::ui
