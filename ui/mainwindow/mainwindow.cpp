#include "mainwindow.h"

#include "agendamodel.h"
#include "annotations/annotationcontroller.h"
#include "annotations/annotationpanel.h"
#include "annotations/annotationtoolbar.h"
#include "annotations/personalnoteseditor.h"
#include "cachereadingpositions.h"
#include "comments/documentcommentsdialog.h"
#include "confidentialcopyaction.h"
#include "consult/consultationsview.h"
#include "evicteddocument.h"
#include "mainmenus.h"
#include "meeting_core/desk/desk.h"
#include "meeting_core/search/searchindexservice.h"
#include "meeting_core/session/sessionservice.h"
#include "meeting_core/settings/appsettings.h"
#include "meeting_core/store/meetingcache.h"
#include "meeting_core/sync/syncservice.h"
#include "meetingcolumn.h"
#include "meetinglistmodel.h"
#include "originalfileaction.h"
#include "readingmode.h"
#include "search/searchpanel.h"
#include "seatactions.h"
#include "session/pollprompt.h"
#include "session/sessionpanel.h"
#include "setup/cachesettingsdialog.h"
#include "syncstatusbar.h"
#include "viewer/documentview.h"
#include "viewer/viewertoolbar.h"

#include <QAction>
#include <QColor>
#include <QDockWidget>
#include <QFileDialog>
#include <QGuiApplication>
#include <QLabel>
#include <QLayout>
#include <QListView>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace phonghop::ui {

MainWindow::MainWindow(
    MeetingCache &cache, SyncService &sync, AppSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_desk(std::make_unique<Desk>(cache, sync))
    , m_settings(settings)
    , m_positions(std::make_unique<CacheReadingPositions>(*m_desk))
    , m_column(new MeetingColumn)
    , m_meetings(m_column->meetings())
    , m_agenda(m_column->agenda())
    , m_meetingList(m_column->meetingList())
    , m_agendaTree(m_column->agendaTree())
    , m_banner(new QLabel)
    , m_documentView(new DocumentView)
    , m_status(new SyncStatusBar)
    , m_leftTabs(new QTabWidget)
{
    setWindowTitle(tr("PhòngHọp"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/phonghop.svg")));
    // Most of the screen: the document is what a delegate came for.
    const QScreen *screen = QGuiApplication::primaryScreen();
    const QSize startSize = screen ? screen->availableSize() * 0.92 : QSize(1400, 900);
    resize(startSize);

    // The document, with a banner above it for what the user must know.
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->hide();
    m_documentView->setReadingPositionStore(
        std::shared_ptr<ReadingPositionStore>(m_positions.get(), [](ReadingPositionStore *) {}));
    auto *documentPane = new QWidget;
    auto *documentLayout = new QVBoxLayout(documentPane);
    documentLayout->setContentsMargins(0, 0, 0, 0);
    documentLayout->setSpacing(0);
    documentLayout->addWidget(m_banner);
    documentLayout->addWidget(m_documentView, 1);

    m_leftTabs->setObjectName(QStringLiteral("leftTabs"));
    m_leftTabs->setDocumentMode(true);
    m_leftTabs->setStyleSheet(
        QStringLiteral("QTabBar::tab { min-height: 40px; min-width: 120px; }"));
    m_leftTabs->addTab(m_column, tr("Meetings"));
    // Consultations apart from the meetings, the tab saying how many questions wait (issue 17).
    m_consultations = new ConsultationsView(cache.directory(), sync.sharePath());
    m_leftTabs->addTab(m_consultations, tr("Consultations"));
    connect(m_consultations, &ConsultationsView::unansweredChanged, this, [this](int count) {
        const int index = m_leftTabs->indexOf(m_consultations);
        m_leftTabs->setTabText(
            index, count > 0 ? tr("Consultations (%1)").arg(count) : tr("Consultations"));
        m_leftTabs->tabBar()->setTabTextColor(
            index, count > 0 ? QColor(0xc0, 0x1c, 0x1c) : QColor());
        // In reading mode the column is a drawer: its button says it too.
        if (QAction *drawer = m_reading ? drawerAction() : nullptr) {
            if (!drawer->property("plainText").isValid())
                drawer->setProperty("plainText", drawer->text());
            const QString plain = drawer->property("plainText").toString();
            drawer->setText(count > 0 ? tr("%1 (%2 to answer)").arg(plain).arg(count) : plain);
        }
    });
    connect(m_consultations, &ConsultationsView::documentRequested, this,
        [this](const DocumentRef &document, const QString &path) {
            // As a meeting's document: the same viewer, annotations kept by document and version.
            m_openDocumentSha = document.sha256;
            m_documentView->openDocument(path, document.title, document.sha256);
            if (m_annotations)
                m_annotations->openDocument(document.id, document.version, path);
        });
    connect(m_consultations, &ConsultationsView::confidentialDocumentRequested, this,
        [this](const DocumentRef &document, const Participant &reader) {
            // As a meeting's confidential document: verified and decrypted chunk by chunk on the
            // render worker through the desk's reader, the member's watermark on every page, no
            // annotations.
            m_openDocumentSha = document.sha256;
            if (m_annotations)
                m_annotations->closeDocument();
            Result<PdfDeviceSource> source = m_desk->confidentialSource(document);
            if (!source) {
                m_documentView->showUnavailable(source.error());
                return;
            }
            Meeting readers;
            readers.participants << reader;
            m_documentView->openDocumentSource(std::move(source).value(), document.title,
                document.sha256, m_desk->confidentialWatermark(readers, document));
        });
    connect(m_leftTabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_leftTabs->widget(index) == m_consultations)
            m_consultations->refresh();
    });

    auto *columns = new QSplitter(Qt::Horizontal);
    columns->addWidget(m_leftTabs);
    columns->addWidget(documentPane);
    columns->setStretchFactor(0, 0);
    columns->setStretchFactor(1, 1);
    columns->setSizes({ 440, 960 });
    columns->setChildrenCollapsible(false);
    setCentralWidget(columns);

    SyncService &service = m_desk->sync();
    statusBar()->addPermanentWidget(m_status, 1);
    statusBar()->setSizeGripEnabled(false);
    m_status->setSharePath(service.sharePath());
    m_status->setOnline(service.isOnline());
    const Result<QString> lastSync = cache.readValue(cachekeys::lastSyncAt);
    m_status->setLastSync(
        QDateTime::fromString(lastSync ? lastSync.value() : QString(), Qt::ISODateWithMs));

    connect(m_meetingList->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) {
            showMeeting(current.data(MeetingListModel::MeetingIdRole).toString());
        });
    connect(m_agendaTree, &QTreeView::activated, this, &MainWindow::openAgendaRow);
    connect(m_agendaTree, &QTreeView::clicked, this, &MainWindow::openAgendaRow);
    connect(m_documentView, &DocumentView::documentFailed, this,
        [this](const QString &message) { showBanner(message, true); });
    connect(m_documentView, &DocumentView::documentOpened, this, [this] {
        m_banner->hide();
        // A search result asked for a page and a highlight once the document is open.
        if (m_pendingPage >= 0)
            m_documentView->goToPage(m_pendingPage);
        if (!m_pendingFind.isEmpty())
            m_documentView->find(m_pendingFind);
        m_pendingPage = -1;
        m_pendingFind.clear();
    });

    connect(m_status, &SyncStatusBar::syncRequested, &service, &SyncService::syncNow);
    connect(m_status, &SyncStatusBar::chooseShareRequested, this, &MainWindow::chooseShare);
    connect(&service, &SyncService::syncStarted, m_status, &SyncStatusBar::showSyncStarted);
    connect(&service, &SyncService::syncProgress, m_status, &SyncStatusBar::showProgress);
    connect(&service, &SyncService::onlineChanged, m_status, &SyncStatusBar::setOnline);
    // The desk hears of the sync first: the meetings are reloaded before the outcome is shown.
    connect(m_desk.get(), &Desk::meetingsChanged, this, [this] {
        reloadMeetings();
        if (m_searchPanel) {
            const Result<QList<MeetingSummary>> meetings = m_desk->meetings();
            m_searchPanel->setMeetings(meetings ? meetings.value() : QList<MeetingSummary>());
        }
    });
    connect(&service, &SyncService::syncFinished, this, &MainWindow::showSyncOutcome);
    connect(&service, &SyncService::syncFinished, this, [this, &service] {
        m_consultations->setShareRoot(service.sharePath());
        m_consultations->refresh();
    });
    connect(&service, &SyncService::organisationConfirmationNeeded, this,
        &MainWindow::confirmOrganisation);

    m_seat = new SeatActions(*m_desk, *this);
    connect(m_seat, &SeatActions::problem, this,
        [this](const QString &message) { showBanner(message, true); });
    connect(m_seat, &SeatActions::organisationConfirmed, this, [this] {
        showBanner(tr("The organisation is confirmed. Reading the shared folder…"), false);
        m_banner->setProperty("fromSync", true);
    });
    connect(m_seat, &SeatActions::commentsRequested, this, &MainWindow::showDocumentComments);
    m_originalFile = new OriginalFileAction(m_desk->cache(), *this);
    if (auto *bar = qobject_cast<ViewerToolBar *>(m_documentView->toolBar()))
        bar->addDocumentAction(m_originalFile->action());
    connect(m_originalFile, &OriginalFileAction::finished, this, &MainWindow::showBanner);
    m_confidentialCopy = new ConfidentialCopyAction(m_desk->cache(), *this);
    if (auto *bar = qobject_cast<ViewerToolBar *>(m_documentView->toolBar()))
        bar->addDocumentAction(m_confidentialCopy->action());
    connect(m_confidentialCopy, &ConfidentialCopyAction::finished, this, &MainWindow::showBanner);
    buildAnnotationDock();
    buildSessionDock();
    buildMenus();
    m_reading = new ReadingMode(*this, *m_leftTabs, *m_documentView, *m_agendaTree);
    // Asked again now that reading mode has hidden the side panels on a narrow screen, once the
    // layout has counted them out: with them the window could not be narrower than they are
    // (830 px on an 800-px tablet).
    layout()->activate();
    resize(startSize);
    reloadMeetings();
}

bool MainWindow::isReadingMode() const
{
    return m_reading && m_reading->isOn();
}

void MainWindow::setReadingMode(bool on)
{
    m_reading->setOn(on);
}

QAction *MainWindow::readingModeAction() const
{
    return m_reading->toggleAction();
}

QAction *MainWindow::drawerAction() const
{
    return m_reading->drawerAction();
}

QWidget *MainWindow::leftPanel() const
{
    return m_leftTabs;
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    if (m_reading)
        m_reading->windowResized();
}

void MainWindow::buildAnnotationDock()
{
    if (!m_desk->annotationStore()) {
        showBanner(tr("Annotations are unavailable: %1").arg(m_desk->annotationsProblem()), true);
        return;
    }
    m_annotations = new AnnotationController(
        m_documentView, *m_desk->annotationStore(), m_desk->owner(), this);
    addToolBar(Qt::TopToolBarArea, m_annotations->toolBar());
    m_annotations->setCommentSender([this](int page, const QString &quote, const QString &text) {
        const std::optional<DocumentRef> document = openDocumentRef();
        if (!document)
            return Status::failure(tr("Open a document of the meeting first"));
        return m_desk->sendComment(m_agenda->meeting().id, *document, page, quote, text);
    });
    // Carried-over annotations are reviewed beside their old version, found as carry-over finds it.
    m_annotations->setVersionLocator([this](const QString &documentId, int version) {
        return m_desk->earlierVersionPath(m_agenda->meeting().id, documentId, version);
    });
    connect(m_desk.get(), &Desk::annotationsCarriedOver, this, &MainWindow::annotationsCarriedOver);
    connect(m_desk.get(), &Desk::annotationsCarryOverFailed, this,
        [this](const DocumentRef &, const QString &message) {
            showBanner(tr("Your annotations could not be carried over to the new version: %1")
                           .arg(message),
                true);
        });
    m_notes = new PersonalNotesEditor(*m_desk->annotationStore(), m_desk->owner());
    auto *panes = new QTabWidget;
    panes->setDocumentMode(true);
    panes->addTab(m_annotations->panel(), tr("My annotations"));
    panes->addTab(m_notes, tr("Personal notes"));
    auto *dock = new QDockWidget(tr("Annotations and notes"), this);
    dock->setObjectName(QStringLiteral("annotationDock"));
    dock->setWidget(panes);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    connect(m_agendaTree->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) {
            const QString itemId = current.data(AgendaModel::AgendaItemIdRole).toString();
            const Meeting &meeting = m_agenda->meeting();
            const auto item = std::find_if(meeting.agenda.begin(), meeting.agenda.end(),
                [&itemId](const AgendaItem &a) { return a.id == itemId; });
            m_notes->setSubject(
                meeting.id, itemId, item == meeting.agenda.end() ? meeting.title : item->title);
        });
}

std::optional<DocumentRef> MainWindow::openDocumentRef() const
{
    for (const DocumentRef &document : m_agenda->meeting().documents) {
        if (document.sha256 == m_openDocumentSha)
            return document;
    }
    return std::nullopt;
}

void MainWindow::annotationsCarriedOver(const DocumentRef &document, int needingReview)
{
    if (m_openDocumentSha == document.sha256)
        m_annotations->openDocument(document.id, document.version, m_desk->documentPath(document));
    if (needingReview > 0)
        showBanner(tr("This document has a new version. Your annotations were carried "
                      "over; %n of them need your review (see My annotations).",
                       nullptr, needingReview),
            false);
}

void MainWindow::buildSessionDock()
{
    // The live session beside the document: a delegate votes without leaving the page.
    SessionService &session = m_desk->session();
    m_sessionPanel = new SessionPanel(session);
    auto *dock = new QDockWidget(tr("Session"), this);
    dock->setObjectName(QStringLiteral("sessionDock"));
    dock->setWidget(m_sessionPanel);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    resizeDocks({ dock }, { 380 }, Qt::Horizontal);
    // The share may be a slow or vanished mount: the session is read on a worker thread.
    session.setBackgroundRefresh(true);
    session.setRefreshInterval(2000);
    // An open poll is put before a delegate over the document, even in reading mode.
    m_pollPrompt = new PollPrompt(session, centralWidget());
    m_pollPrompt->follow(m_documentView);
    connect(m_sessionPanel, &SessionPanel::enrolmentRequested, m_seat, &SeatActions::openEnrolment);
    connect(m_sessionPanel, &SessionPanel::followPresenter, this,
        [this](const QString &sha256, int page) {
            openSearchResult(currentMeetingId(), sha256, page, {});
        });
    connect(m_documentView, &DocumentView::currentPageChanged, m_sessionPanel, [this](int page) {
        if (!m_openDocumentSha.isEmpty())
            m_sessionPanel->presenterPageChanged(m_openDocumentSha, page);
    });
}

MainWindow::~MainWindow()
{
    // The view may still report a reading position while it closes its document.
    m_documentView->closeDocument();
    // What uses the desk's annotation store and session goes before the desk does (children
    // outlive members).
    delete m_annotations;
    delete findChild<QDockWidget *>(QStringLiteral("annotationDock"));
    delete m_pollPrompt;
    delete findChild<QDockWidget *>(QStringLiteral("sessionDock"));
    delete m_seat; // its secretary's workspace works on the desk's cache
    delete m_confidentialCopy; // a copy being written reads the desk's cache
}

void MainWindow::buildMenus()
{
    QAction *sessionToggle
        = findChild<QDockWidget *>(QStringLiteral("sessionDock"))->toggleViewAction();
    auto *menus = new MainMenus(*this, *m_seat, *sessionToggle);
    connect(menus, &MainMenus::syncRequested, &m_desk->sync(), &SyncService::syncNow);
    connect(menus, &MainMenus::chooseShareRequested, this, &MainWindow::chooseShare);
    connect(menus, &MainMenus::cacheSettingsRequested, this, [this] {
        CacheSettingsDialog dialog(m_desk->cache().directory(), m_settings, m_desk->sync(), this);
        dialog.exec();
    });
    connect(menus, &MainMenus::stepRequested, this, &MainWindow::stepDocument);
    connect(menus, &MainMenus::focusRequested, this, [this](MainMenus::Area area) {
        if (area == MainMenus::Area::Meetings)
            m_meetingList->setFocus();
        else if (area == MainMenus::Area::Agenda)
            m_agendaTree->setFocus();
        else
            m_documentView->setFocus();
    });
    connect(menus, &MainMenus::searchRequested, this, [this] {
        if (!m_searchPanel)
            return;
        m_leftTabs->setCurrentWidget(m_searchPanel);
        m_searchPanel->focusSearchBox();
    });
}

void MainWindow::reloadMeetings()
{
    const QString selected = currentMeetingId();
    const Result<QList<MeetingSummary>> read = m_desk->meetings();
    if (!read) {
        showBanner(tr("The local cache cannot be read: %1").arg(read.error()), true);
        return;
    }
    const QList<MeetingSummary> &meetings = read.value();
    m_meetings->setMeetings(meetings, QDateTime::currentDateTime());
    if (meetings.isEmpty()) {
        showMeeting({});
        if (m_desk->sharePath().isEmpty())
            showBanner(tr("No meetings yet. Choose the shared folder of your office (Meeting → "
                          "Choose the shared folder) to receive them."),
                false);
        return;
    }
    const int row = selected.isEmpty() ? 0 : std::max(0, m_meetings->rowOf(selected));
    m_meetingList->setCurrentIndex(m_meetings->index(row));
    if (m_meetings->index(row).data(MeetingListModel::MeetingIdRole).toString() == selected)
        showMeeting(selected); // same meeting, maybe a new revision
}

QString MainWindow::currentMeetingId() const
{
    return m_meetingList->currentIndex().data(MeetingListModel::MeetingIdRole).toString();
}

void MainWindow::selectMeeting(const QString &meetingId)
{
    const int row = m_meetings->rowOf(meetingId);
    if (row >= 0)
        m_meetingList->setCurrentIndex(m_meetings->index(row));
}

void MainWindow::showMeeting(const QString &meetingId)
{
    std::optional<Meeting> meeting;
    if (!meetingId.isEmpty()) {
        const Result<std::optional<Meeting>> read = m_desk->meeting(meetingId);
        if (read)
            meeting = read.value();
        else
            showBanner(tr("The local cache cannot be read: %1").arg(read.error()), true);
    }
    if (!meeting) {
        m_agenda->setMeeting({});
        m_column->showHeading(nullptr);
        setWindowTitle(tr("PhòngHọp"));
        return;
    }
    const bool sameMeeting = m_agenda->meeting().id == meeting->id;
    if (sameMeeting && m_agenda->meeting().revision == meeting->revision)
        return;
    // What changed since the revision this seat had before, if it had one.
    m_agenda->setMeeting(*meeting, m_desk->changesSincePrevious(*meeting));
    m_desk->setCurrentMeeting(meeting->id);
    m_agendaTree->expandAll();
    m_column->showHeading(&*meeting);
    setWindowTitle(tr("%1 — PhòngHọp").arg(meeting->title));

    // Keep reading the same document across a new revision if it is still there.
    for (const DocumentRef &document : meeting->documents) {
        if (sameMeeting && document.sha256 == m_openDocumentSha) {
            m_agendaTree->setCurrentIndex(m_agenda->indexOfDocument(document.id));
            m_originalFile->setDocument(document);
            m_confidentialCopy->setDocument(document, *meeting);
            return;
        }
    }
    if (!meeting->documents.isEmpty())
        openDocument(meeting->documents.first().id);
    else {
        m_documentView->closeDocument();
        if (m_annotations)
            m_annotations->closeDocument();
        m_openDocumentSha.clear();
        m_originalFile->setDocument(std::nullopt);
        m_confidentialCopy->setDocument(std::nullopt, *meeting);
    }
}

void MainWindow::openDocument(const QString &documentId)
{
    const QModelIndex index = m_agenda->indexOfDocument(documentId);
    if (!index.isValid())
        return;
    m_agendaTree->setCurrentIndex(index);
    openAgendaRow(index);
}

void MainWindow::openAgendaRow(const QModelIndex &index)
{
    const std::optional<DocumentRef> document = m_agenda->documentAt(index);
    if (!document || document->sha256 == m_openDocumentSha)
        return;
    m_openDocumentSha = document->sha256;
    m_originalFile->setDocument(document);
    m_confidentialCopy->setDocument(document, m_agenda->meeting());
    // Issue 16: a past meeting's document that eviction deleted is fetched again on request.
    if (m_desk->isEvicted(m_agenda->meeting(), *document)
        && !offerEvictedDocument(this, *m_desk, *document, *m_documentView)) {
        m_openDocumentSha.clear(); // choosing it again asks again
        return;
    }
    if (document->confidential) {
        // Issue 16: on a recipient's device, checked by its chunks' tags then decrypted chunk by
        // chunk as the pages are drawn, all on the render worker (never whole, never on this
        // thread); the notice anywhere else. No annotations on it (they would be stored beside the
        // cache in clear).
        if (m_annotations)
            m_annotations->closeDocument();
        Result<PdfDeviceSource> source = m_desk->confidentialSource(*document);
        if (source)
            m_documentView->openDocumentSource(std::move(source).value(), document->title,
                document->sha256, m_desk->confidentialWatermark(m_agenda->meeting(), *document));
        else
            m_documentView->showUnavailable(source.error());
        return;
    }
    const QString path = m_desk->documentPath(*document);
    m_documentView->openDocument(path, document->title, document->sha256);
    if (m_annotations) {
        m_annotations->openDocument(document->id, document->version, path);
        m_desk->carryOverAnnotations(m_agenda->meeting().id, *document);
    }
}

void MainWindow::openSearchResult(
    const QString &meetingId, const QString &documentSha256, int page, const QString &query)
{
    selectMeeting(meetingId);
    m_leftTabs->setCurrentIndex(0);
    const QModelIndex index = m_agenda->indexOfDocumentSha(documentSha256);
    if (!index.isValid())
        return;
    m_agendaTree->setCurrentIndex(index);
    if (documentSha256 == m_openDocumentSha) {
        if (page >= 0)
            m_documentView->goToPage(page);
        if (!query.isEmpty())
            m_documentView->find(query);
        return;
    }
    m_pendingPage = page;
    m_pendingFind = query;
    openAgendaRow(index);
}

void MainWindow::setSearchService(SearchIndexService *service)
{
    if (!service || m_searchPanel)
        return;
    m_searchPanel = new SearchPanel(service);
    m_searchPanel->setObjectName(QStringLiteral("searchPanel"));
    m_leftTabs->addTab(m_searchPanel, tr("Search"));
    const Result<QList<MeetingSummary>> meetings = m_desk->meetings();
    m_searchPanel->setMeetings(meetings ? meetings.value() : QList<MeetingSummary>());
    connect(m_searchPanel, &SearchPanel::openResult, this, &MainWindow::openSearchResult);
    connect(m_searchPanel, &SearchPanel::openMeeting, this, &MainWindow::showAgendaItem);
    m_desk->setSearchService(service);
}

void MainWindow::showAgendaItem(const QString &meetingId, const QString &agendaItemId)
{
    selectMeeting(meetingId);
    m_leftTabs->setCurrentIndex(0);
    if (agendaItemId.isEmpty())
        return;
    // The item's own row (its documents carry its id too): the notes editor follows it.
    const QModelIndexList rows = m_agenda->match(m_agenda->index(0, 0),
        AgendaModel::AgendaItemIdRole, agendaItemId, -1, Qt::MatchExactly | Qt::MatchRecursive);
    for (const QModelIndex &row : rows) {
        if (row.data(AgendaModel::KindRole).toInt()
            == static_cast<int>(AgendaModel::Kind::AgendaItem)) {
            m_agendaTree->setCurrentIndex(row);
            m_agendaTree->scrollTo(row);
            return;
        }
    }
}

void MainWindow::setSecretaryKeyPath(const QString &keyPath)
{
    m_seat->setSecretaryKeyPath(keyPath);
}

QString MainWindow::secretaryKeyPath() const
{
    return m_seat->secretaryKeyPath();
}

void MainWindow::setSecretaryKey(const SigningKey &key)
{
    m_seat->setSecretaryKey(key);
}

void MainWindow::confirmOrganisation(const OfferedOrganisation &offered)
{
    m_seat->confirmOrganisation(offered);
}

QDialog *MainWindow::organisationConfirmation() const
{
    return m_seat->organisationConfirmation();
}

void MainWindow::showDocumentComments()
{
    const std::optional<DocumentRef> document = openDocumentRef();
    if (!document)
        return;
    DocumentCommentsDialog dialog(
        *m_desk, m_agenda->meeting().id, document->id, document->title, this);
    dialog.exec();
}

void MainWindow::stepDocument(int direction)
{
    const QList<DocumentRef> &documents = m_agenda->meeting().documents;
    if (documents.isEmpty())
        return;
    qsizetype at = 0;
    for (; at < documents.size(); ++at) {
        if (documents.at(at).sha256 == m_openDocumentSha)
            break;
    }
    const qsizetype next = std::clamp<qsizetype>(at + direction, 0, documents.size() - 1);
    openDocument(documents.at(next).id);
}

void MainWindow::chooseShare()
{
    const QString path = QFileDialog::getExistingDirectory(
        this, tr("Choose the shared folder of the meetings"), m_desk->sharePath());
    if (path.isEmpty())
        return;
    if (m_settings) {
        if (Status saved = m_settings->setSharePath(path); !saved) {
            showBanner(saved.error(), true);
            return;
        }
        if (const Status written = m_settings->sync(); !written)
            showBanner(written.error(), true);
    }
    m_status->setSharePath(path);
    m_desk->setSharePath(path);
}

void MainWindow::showSyncOutcome(const SyncReport &report)
{
    m_status->showFinished(report);
    if (report.outcome == SyncReport::Outcome::OrganisationUnconfirmed) {
        showBanner(
            tr("This computer does not trust the organisation of the shared folder yet, so nothing "
               "was "
               "read. Compare its fingerprint with the one IT gave you (Meeting → Confirm the "
               "organisation's fingerprint)."),
            true);
        m_banner->setProperty("fromSync", true);
        return;
    }
    if (report.outcome == SyncReport::Outcome::Unreachable) {
        showBanner(tr("Offline: %1. You keep working with the meetings already on this computer.")
                       .arg(report.message),
            false);
    } else if (!report.complete()) {
        showBanner(report.summary(), true);
    } else if (m_banner->property("fromSync").toBool()) {
        m_banner->hide();
    }
    m_banner->setProperty("fromSync", !report.complete());
}

void MainWindow::showBanner(const QString &text, bool warning)
{
    m_banner->setText(text);
    m_banner->setStyleSheet(warning
            ? QStringLiteral("QLabel { background: #fff3e0; color: #5d2a00; "
                             "border-bottom: 1px solid #ffb74d; padding: 10px; }")
            : QStringLiteral("QLabel { background: #e3f2fd; color: #0d3c61; "
                             "border-bottom: 1px solid #90caf9; padding: 10px; }"));
    m_banner->show();
    m_banner->setProperty("fromSync", false);
}

QString MainWindow::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

} // namespace phonghop::ui
