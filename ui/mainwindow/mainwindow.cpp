#include "mainwindow.h"

#include "about/aboutdialog.h"
#include "comments/documentcommentsdialog.h"
#include "annotations/annotationcontroller.h"
#include "annotations/annotationpanel.h"
#include "meeting_core/annotations/annotationstore.h"
#include "annotations/annotationtoolbar.h"
#include "meeting_core/annotations/carryover.h"
#include "meeting_core/annotations/documentcomments.h"
#include "annotations/personalnoteseditor.h"
#include "meeting_core/store/outbox.h"
#include "meeting_core/trust/devicekey.h"
#include "agendamodel.h"
#include "cachereadingpositions.h"
#include "meetingitemdelegate.h"
#include "meetinglistmodel.h"
#include "meeting_core/publish/meetingdiff.h"
#include "search/searchfeeder.h"
#include "meeting_core/search/searchindexservice.h"
#include "search/searchpanel.h"
#include "secretary/secretaryworkspace.h"
#include "session/enrolmentdialog.h"
#include "session/sessionpanel.h"
#include "session/pollprompt.h"
#include "setup/organisationconfirmdialog.h"
#include "setup/seatsettings.h"
#include "setup/setupwidgets.h"
#include "meeting_core/session/sessionservice.h"
#include "meeting_core/settings/appsettings.h"
#include "meeting_core/share/manifestcodec.h"
#include "meeting_core/store/meetingcache.h"
#include "meeting_core/sync/syncservice.h"
#include "syncstatusbar.h"
#include "timeformat.h"
#include "viewer/documentview.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QScreen>
#include <QFileInfo>
#include <QPointer>
#include <QThreadPool>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QScroller>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace phonghop::ui {

namespace {

QLabel *sectionHeading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    label->setFont(font);
    label->setContentsMargins(6, 8, 6, 4);
    return label;
}

// Finger-friendly lists: kinetic scrolling and no tiny rows.
void makeTouchFriendly(QAbstractItemView *view)
{
    QScroller::grabGesture(view->viewport(), QScroller::LeftMouseButtonGesture);
    view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
}

} // namespace

MainWindow::MainWindow(MeetingCache &cache, SyncService &sync, AppSettings *settings, QWidget *parent)
    : QMainWindow(parent), m_cache(cache), m_sync(sync), m_settings(settings),
      m_positions(std::make_unique<CacheReadingPositions>(cache)),
      m_meetings(new MeetingListModel(this)), m_agenda(new AgendaModel(this)),
      m_meetingList(new QListView), m_agendaTree(new QTreeView), m_meetingTitle(new QLabel),
      m_meetingDetails(new QLabel), m_banner(new QLabel), m_documentView(new DocumentView),
      m_status(new SyncStatusBar), m_leftTabs(new QTabWidget),
      m_session(new SessionService(cache, sync.sharePath(), QString(), this)), m_sessionPanel(nullptr)
{
    setWindowTitle(tr("PhòngHọp"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/phonghop.svg")));
    // Most of the screen: the document is what a delegate came for.
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        resize(screen->availableSize() * 0.92);
    else
        resize(1400, 900);

    // Meetings.
    m_meetingList->setObjectName(QStringLiteral("meetingList"));
    m_meetingList->setModel(m_meetings);
    m_meetingList->setItemDelegate(new MeetingItemDelegate(m_meetingList));
    m_meetingList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_meetingList->setAccessibleName(tr("Meetings"));
    makeTouchFriendly(m_meetingList);
    auto *meetingsPane = new QWidget;
    auto *meetingsLayout = new QVBoxLayout(meetingsPane);
    meetingsLayout->setContentsMargins(0, 0, 0, 0);
    meetingsLayout->addWidget(sectionHeading(tr("Meetings"), meetingsPane));
    meetingsLayout->addWidget(m_meetingList);

    // Agenda of the selected meeting.
    m_agendaTree->setObjectName(QStringLiteral("agendaTree"));
    m_agendaTree->setModel(m_agenda);
    m_agendaTree->setHeaderHidden(true);
    m_agendaTree->setWordWrap(true);
    m_agendaTree->setUniformRowHeights(false);
    m_agendaTree->setIconSize(QSize(24, 24));
    m_agendaTree->setAccessibleName(tr("Agenda"));
    m_agendaTree->setStyleSheet(QStringLiteral("QTreeView::item { min-height: 40px; }"));
    makeTouchFriendly(m_agendaTree);
    m_meetingTitle->setWordWrap(true);
    m_meetingTitle->setObjectName(QStringLiteral("meetingTitle"));
    QFont titleFont = m_meetingTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_meetingTitle->setFont(titleFont);
    m_meetingTitle->setContentsMargins(6, 8, 6, 0);
    m_meetingDetails->setWordWrap(true);
    m_meetingDetails->setContentsMargins(6, 0, 6, 6);
    auto *agendaPane = new QWidget;
    auto *agendaLayout = new QVBoxLayout(agendaPane);
    agendaLayout->setContentsMargins(0, 0, 0, 0);
    agendaLayout->addWidget(sectionHeading(tr("Agenda"), agendaPane));
    agendaLayout->addWidget(m_meetingTitle);
    agendaLayout->addWidget(m_meetingDetails);
    agendaLayout->addWidget(m_agendaTree, 1);

    auto *leftColumn = new QSplitter(Qt::Vertical);
    leftColumn->addWidget(meetingsPane);
    leftColumn->addWidget(agendaPane);
    leftColumn->setStretchFactor(0, 2);
    leftColumn->setStretchFactor(1, 3);
    leftColumn->setChildrenCollapsible(false);

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
    m_leftTabs->setStyleSheet(QStringLiteral("QTabBar::tab { min-height: 40px; min-width: 120px; }"));
    m_leftTabs->addTab(leftColumn, tr("Meetings"));

    auto *columns = new QSplitter(Qt::Horizontal);
    columns->addWidget(m_leftTabs);
    columns->addWidget(documentPane);
    columns->setStretchFactor(0, 0);
    columns->setStretchFactor(1, 1);
    columns->setSizes({440, 960});
    columns->setChildrenCollapsible(false);
    setCentralWidget(columns);

    statusBar()->addPermanentWidget(m_status, 1);
    statusBar()->setSizeGripEnabled(false);
    m_status->setSharePath(m_sync.sharePath());
    m_status->setOnline(m_sync.isOnline());
    m_status->setLastSync(QDateTime::fromString(m_cache.value(cachekeys::lastSyncAt), Qt::ISODateWithMs));

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

    connect(m_status, &SyncStatusBar::syncRequested, &m_sync, &SyncService::syncNow);
    connect(m_status, &SyncStatusBar::chooseShareRequested, this, &MainWindow::chooseShare);
    connect(&m_sync, &SyncService::syncStarted, m_status, &SyncStatusBar::showSyncStarted);
    connect(&m_sync, &SyncService::syncProgress, m_status, &SyncStatusBar::showProgress);
    connect(&m_sync, &SyncService::onlineChanged, m_status, &SyncStatusBar::setOnline);
    connect(&m_sync, &SyncService::syncFinished, this, &MainWindow::onSyncFinished);
    connect(&m_sync, &SyncService::organisationConfirmationNeeded, this, &MainWindow::confirmOrganisation);

    buildAnnotationDock();
    buildSessionDock();
    buildActions();
    buildReadingMode();
    reloadMeetings();
}

void MainWindow::buildReadingMode()
{
    QToolBar *bar = m_documentView->toolBar();
    QAction *first = bar->actions().isEmpty() ? nullptr : bar->actions().constFirst();
    m_readingAction = new QAction(tr("Reading mode"), this);
    m_readingAction->setObjectName(QStringLiteral("readingModeAction"));
    m_readingAction->setCheckable(true);
    m_readingAction->setShortcut(QKeySequence(Qt::Key_F8));
    m_readingAction->setToolTip(tr("Reading mode: the document alone, full width (F8)"));
    m_readingAction->setIcon(QIcon(QStringLiteral(":/icons/reading-mode.svg")));
    connect(m_readingAction, &QAction::triggered, this, [this](bool on) {
        m_readingChosen = true;
        setReadingMode(on);
        followScreenShape();
    });
    m_drawerAction = new QAction(tr("Agenda"), this);
    m_drawerAction->setObjectName(QStringLiteral("drawerAction"));
    m_drawerAction->setCheckable(true);
    m_drawerAction->setToolTip(tr("The meetings, the agenda and its documents"));
    m_drawerAction->setIcon(QIcon(QStringLiteral(":/icons/agenda-drawer.svg")));
    connect(m_drawerAction, &QAction::toggled, this, [this](bool open) {
        if (m_readingChanging)
            return;
        showDrawer(open && m_readingMode);
    });
    m_sessionAction = new QAction(tr("Session"), this);
    m_sessionAction->setObjectName(QStringLiteral("sessionPanelAction"));
    m_sessionAction->setToolTip(tr("The session panel: attendance, speakers, votes (F9)"));
    m_sessionAction->setIcon(QIcon(QStringLiteral(":/icons/session.svg")));
    connect(m_sessionAction, &QAction::triggered, this, [this] {
        if (auto *dock = findChild<QDockWidget *>(QStringLiteral("sessionDock")))
            dock->setVisible(!dock->isVisible());
    });
    bar->insertAction(first, m_readingAction);
    bar->insertAction(first, m_drawerAction);
    bar->insertAction(first, m_sessionAction);
    bar->insertSeparator(first);
    for (QAction *action : {m_readingAction, m_drawerAction, m_sessionAction})
        if (auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(action)))
            button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    addAction(m_readingAction);
    m_drawerAction->setVisible(false);
    m_sessionAction->setVisible(false);
    // Picking a document in the drawer puts the drawer away again.
    connect(m_agendaTree, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        if (m_readingMode && m_drawerAction->isChecked() && !index.data(AgendaModel::DocumentIdRole).toString().isEmpty())
            m_drawerAction->setChecked(false);
    });
}

QWidget *MainWindow::leftPanel() const
{
    return m_leftTabs;
}

// In reading mode the meetings and agenda come as a drawer over the left of the document, under
// the viewer's bar (which stays usable), instead of squeezing the document into a strip.
void MainWindow::showDrawer(bool open)
{
    auto *columns = qobject_cast<QSplitter *>(centralWidget());
    if (open) {
        m_leftTabs->setParent(this);
        m_leftTabs->setAutoFillBackground(true);
        placeDrawer();
        m_leftTabs->show();
        m_leftTabs->raise();
        m_agendaTree->setFocus();
    } else {
        if (columns && m_leftTabs->parentWidget() != columns) {
            columns->insertWidget(0, m_leftTabs);
            columns->setSizes({440, std::max(0, columns->width() - 440)});
        }
        m_leftTabs->setVisible(!m_readingMode);
    }
}

void MainWindow::placeDrawer()
{
    if (m_leftTabs->parentWidget() != this)
        return;
    const QRect area = centralWidget()->geometry();
    const QToolBar *bar = m_documentView->toolBar();
    const int top = bar->mapTo(this, QPoint(0, bar->height())).y();
    const int width = std::min(480, area.width() * 85 / 100);
    m_leftTabs->setGeometry(area.left(), top, width, area.bottom() + 1 - top);
}

void MainWindow::setReadingMode(bool on)
{
    if (m_readingAction)
        m_readingAction->setChecked(on);
    if (on == m_readingMode)
        return;
    m_readingChanging = true;
    m_readingMode = on;
    const QList<QDockWidget *> docks = findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly);
    if (on) {
        m_dockVisibleBeforeReading.clear();
        for (QDockWidget *dock : docks) {
            m_dockVisibleBeforeReading.insert(dock->objectName(), !dock->isHidden());
            dock->hide();
        }
        m_leftTabs->hide();
    } else {
        for (QDockWidget *dock : docks)
            dock->setVisible(m_dockVisibleBeforeReading.value(dock->objectName(), true));
        showDrawer(false);
        m_leftTabs->show();
    }
    if (m_drawerAction) {
        if (m_drawerAction->isChecked() && on)
            showDrawer(false);
        m_drawerAction->setChecked(false);
        m_drawerAction->setVisible(on);
        m_sessionAction->setVisible(on);
    }
    m_readingChanging = false;
}

void MainWindow::followScreenShape()
{
    if (!m_readingAction)
        return;
    if (!m_readingChosen) {
        const QSize size = this->size();
        setReadingMode(size.height() > size.width() || size.width() < 1400);
    }
    // Names beside the icons where there is room; on a tablet's width the icons alone (with
    // their tooltips), so the page and zoom controls keep their place.
    const Qt::ToolButtonStyle style = m_readingMode && width() >= 1000 ? Qt::ToolButtonTextBesideIcon
                                                                        : Qt::ToolButtonIconOnly;
    for (QAction *action : {m_readingAction, m_drawerAction, m_sessionAction})
        if (auto *button = qobject_cast<QToolButton *>(m_documentView->toolBar()->widgetForAction(action)))
            button->setToolButtonStyle(style);
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    followScreenShape();
    placeDrawer();
}

namespace {
// Annotations and notes belong to the person signed in to this computer; another account
// on the same machine has its own cache and never sees them.
QString localOwner()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("local") : user;
}
} // namespace

void MainWindow::buildAnnotationDock()
{
    try {
        m_annotationStore = std::make_unique<AnnotationStore>(m_cache.database());
    } catch (const DatabaseError &error) {
        showBanner(tr("Annotations are unavailable: %1").arg(QString::fromUtf8(error.what())), true);
        return;
    }
    m_annotations = new AnnotationController(m_documentView, *m_annotationStore, localOwner(), this);
    addToolBar(Qt::TopToolBarArea, m_annotations->toolBar());
    m_annotations->setCommentSender([this](int page, const QString &quote, const QString &text) {
        return sendDocumentComment(page, quote, text);
    });
    // Carried-over annotations are reviewed beside their old version, found as carry-over finds it.
    m_annotations->setVersionLocator([this](const QString &documentId, int version) {
        const Result<Meeting> previous = decodeManifest(m_cache.previousManifest(m_agenda->meeting().id));
        for (const DocumentRef &old : previous ? previous->documents : QList<DocumentRef>())
            if (old.id == documentId && old.version == version && m_cache.objects().contains(QFileInfo(m_cache.documentPath(old)).fileName()))
                return m_cache.documentPath(old);
        return QString();
    });
    m_notes = new PersonalNotesEditor(*m_annotationStore, localOwner());
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
                m_notes->setSubject(meeting.id, itemId,
                                    item == meeting.agenda.end() ? meeting.title : item->title);
            });
}

Status MainWindow::sendDocumentComment(int page, const QString &quote, const QString &text)
{
    const Meeting &meeting = m_agenda->meeting();
    const auto document = std::find_if(meeting.documents.begin(), meeting.documents.end(),
                                       [this](const DocumentRef &d) { return d.sha256 == m_openDocumentSha; });
    if (document == meeting.documents.end())
        return Status::failure(tr("Open a document of the meeting first"));
    const Result<SigningKey> key = DeviceKey::loadOrCreate(m_cache.directory());
    if (!key)
        return Status::failure(key.error());
    DocumentComment comment;
    comment.meetingId = meeting.id;
    comment.documentId = document->id;
    comment.documentVersion = document->version;
    comment.page = page;
    comment.quote = quote;
    comment.text = text;
    // The acting participant's name (the demo's "act as" included), not the computer's account.
    const RosterParticipant *self = m_session ? m_session->self() : nullptr;
    comment.authorName = self && !self->name.isEmpty() ? self->name : localOwner();
    comment.createdAt = QDateTime::currentDateTime();
    try {
        Outbox outbox(m_cache.database());
        const Result<QString> sent = submitDocumentComment(outbox, key.value(), comment);
        if (!sent)
            return Status::failure(sent.error());
    } catch (const DatabaseError &error) {
        return Status::failure(QString::fromUtf8(error.what()));
    }
    m_sync.syncNow(); // deliver it now if the share is there; it waits in the outbox if not
    return Status::success();
}

void MainWindow::buildSessionDock()
{
    // The live session beside the document: a delegate votes without leaving the page.
    m_sessionPanel = new SessionPanel(*m_session);
    auto *dock = new QDockWidget(tr("Session"), this);
    dock->setObjectName(QStringLiteral("sessionDock"));
    dock->setWidget(m_sessionPanel);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    resizeDocks({dock}, {380}, Qt::Horizontal);
    // The share may be a slow or vanished mount: the session is read on a worker thread.
    m_session->setBackgroundRefresh(true);
    m_session->setRefreshInterval(2000);
    connect(&m_sync, &SyncService::syncFinished, m_session, &SessionService::requestRefresh);
    // An open poll is put before a delegate over the document, even in reading mode.
    m_pollPrompt = new PollPrompt(*m_session, centralWidget());
    m_pollPrompt->follow(m_documentView);
    connect(m_sessionPanel, &SessionPanel::enrolmentRequested, this, &MainWindow::openEnrolment);
    connect(m_sessionPanel, &SessionPanel::followPresenter, this, [this](const QString &sha256, int page) {
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
    // What uses the annotation store goes before the store does (children outlive members).
    delete m_annotations;
    delete findChild<QDockWidget *>(QStringLiteral("annotationDock"));
}

void MainWindow::buildActions()
{
    QMenu *meetingMenu = menuBar()->addMenu(tr("&Meeting"));
    QAction *syncNow = meetingMenu->addAction(QIcon(QStringLiteral(":/icons/sync.svg")), tr("&Sync now"));
    syncNow->setShortcut(QKeySequence::Refresh);
    connect(syncNow, &QAction::triggered, &m_sync, &SyncService::syncNow);
    QAction *chooseShare = meetingMenu->addAction(QIcon(QStringLiteral(":/icons/folder.svg")),
                                                  tr("Choose the shared &folder…"));
    connect(chooseShare, &QAction::triggered, this, &MainWindow::chooseShare);
    m_confirmAction = meetingMenu->addAction(tr("&Confirm the organisation's fingerprint…"));
    m_confirmAction->setVisible(false);
    connect(m_confirmAction, &QAction::triggered, this, [this] {
        if (m_unconfirmed)
            confirmOrganisation(*m_unconfirmed);
    });
    QAction *enrol = meetingMenu->addAction(tr("&Enrol this device…"));
    connect(enrol, &QAction::triggered, this, &MainWindow::openEnrolment);
    QAction *useKey = meetingMenu->addAction(tr("Use the organisation's &key file…"));
    connect(useKey, &QAction::triggered, this, &MainWindow::chooseOrganisationKey);
    m_secretaryAction = meetingMenu->addAction(tr("Secretary's &workspace…"));
    m_secretaryAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    m_secretaryAction->setVisible(false);
    connect(m_secretaryAction, &QAction::triggered, this, &MainWindow::openSecretaryWorkspace);
    m_commentsAction = meetingMenu->addAction(tr("Delegates' &comments on this document…"));
    m_commentsAction->setVisible(false);
    connect(m_commentsAction, &QAction::triggered, this, &MainWindow::showDocumentComments);
    meetingMenu->addSeparator();
    QAction *next = meetingMenu->addAction(tr("&Next document"));
    next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    connect(next, &QAction::triggered, this, [this] { stepDocument(+1); });
    QAction *previous = meetingMenu->addAction(tr("&Previous document"));
    previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    connect(previous, &QAction::triggered, this, [this] { stepDocument(-1); });
    meetingMenu->addSeparator();
    QAction *quit = meetingMenu->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *viewMenu = menuBar()->addMenu(tr("&Display")); // not "Xem": that is the browse tool
    QAction *focusMeetings = viewMenu->addAction(tr("Go to the &meetings"));
    focusMeetings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(focusMeetings, &QAction::triggered, this, [this] { m_meetingList->setFocus(); });
    QAction *focusAgenda = viewMenu->addAction(tr("Go to the &agenda"));
    focusAgenda->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    connect(focusAgenda, &QAction::triggered, this, [this] { m_agendaTree->setFocus(); });
    QAction *focusDocument = viewMenu->addAction(tr("Go to the &document"));
    focusDocument->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    connect(focusDocument, &QAction::triggered, this, [this] { m_documentView->setFocus(); });

    QAction *sessionToggle = findChild<QDockWidget *>(QStringLiteral("sessionDock"))->toggleViewAction();
    sessionToggle->setText(tr("&Session panel"));
    sessionToggle->setShortcut(QKeySequence(Qt::Key_F9));
    viewMenu->addAction(sessionToggle);
    QAction *search = viewMenu->addAction(tr("&Search all meetings"));
    search->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    connect(search, &QAction::triggered, this, [this] {
        if (!m_searchPanel)
            return;
        m_leftTabs->setCurrentWidget(m_searchPanel);
        m_searchPanel->focusSearchBox();
    });

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(tr("&About PhòngHọp"));
    connect(about, &QAction::triggered, this, [this] {
        AboutDialog dialog(this);
        dialog.exec();
    });
}

void MainWindow::reloadMeetings()
{
    const QString selected = currentMeetingId();
    QList<MeetingSummary> meetings;
    try {
        meetings = m_cache.meetings();
    } catch (const DatabaseError &error) {
        showBanner(tr("The local cache cannot be read: %1").arg(QString::fromUtf8(error.what())), true);
        return;
    }
    m_meetings->setMeetings(meetings, QDateTime::currentDateTime());
    if (meetings.isEmpty()) {
        showMeeting({});
        if (m_sync.sharePath().isEmpty())
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
    try {
        if (!meetingId.isEmpty())
            meeting = m_cache.meeting(meetingId);
    } catch (const DatabaseError &error) {
        showBanner(tr("The local cache cannot be read: %1").arg(QString::fromUtf8(error.what())), true);
    }
    if (!meeting) {
        m_agenda->setMeeting({});
        m_meetingTitle->clear();
        m_meetingDetails->clear();
        setWindowTitle(tr("PhòngHọp"));
        return;
    }
    const bool sameMeeting = m_agenda->meeting().id == meeting->id;
    if (sameMeeting && m_agenda->meeting().revision == meeting->revision)
        return;
    // What changed since the revision this seat had before, if it had one.
    MeetingBadges badges;
    const QByteArray previousBytes = m_cache.previousManifest(meeting->id);
    if (!previousBytes.isEmpty()) {
        if (const Result<Meeting> previous = decodeManifest(previousBytes))
            badges = changeBadges(previous.value(), *meeting);
    }
    m_agenda->setMeeting(*meeting, badges);
    if (m_session->meetingId() != meeting->id) {
        m_session->setMeetingId(meeting->id);
        m_session->requestRefresh();
    }
    m_agendaTree->expandAll();
    m_meetingTitle->setText(meeting->title);
    QStringList details{formatMeetingTime(meeting->start, meeting->end)};
    if (!meeting->location.isEmpty())
        details << meeting->location;
    if (!meeting->chairName.isEmpty())
        details << tr("Chair: %1").arg(meeting->chairName);
    m_meetingDetails->setText(details.join(u'\n'));
    setWindowTitle(tr("%1 — PhòngHọp").arg(meeting->title));

    // Keep reading the same document across a new revision if it is still there.
    for (const DocumentRef &document : meeting->documents) {
        if (sameMeeting && document.sha256 == m_openDocumentSha) {
            m_agendaTree->setCurrentIndex(m_agenda->indexOfDocument(document.id));
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
    m_documentView->openDocument(m_cache.documentPath(*document), document->title, document->sha256);
    if (m_annotations) {
        m_annotations->openDocument(document->id, document->version, m_cache.documentPath(*document));
        carryOverAnnotations(*document);
    }
}

void MainWindow::carryOverAnnotations(const DocumentRef &document)
{
    // A new version of a document the delegate annotated: carry the notes over, once.
    const QVector<int> versions = m_annotationStore->annotatedVersions(localOwner(), document.id);
    if (document.version <= 1 || versions.contains(document.version))
        return;
    int from = 0;
    for (int version : versions) {
        if (version < document.version)
            from = std::max(from, version);
    }
    if (from == 0)
        return;
    // The old file is still in the store: objects are never deleted by a new revision.
    QString oldPath;
    if (const Result<Meeting> previous = decodeManifest(m_cache.previousManifest(m_agenda->meeting().id))) {
        for (const DocumentRef &old : previous->documents) {
            if (old.id == document.id && old.version == from)
                oldPath = m_cache.documentPath(old);
        }
    }
    if (oldPath.isEmpty() || !m_cache.objects().contains(QFileInfo(oldPath).fileName()))
        return;
    const QString cacheDirectory = m_cache.directory();
    const QString newPath = m_cache.documentPath(document);
    const QString owner = localOwner();
    QPointer<MainWindow> window(this);
    // Both PDFs are read with Poppler: off the GUI thread, with its own database connection.
    QThreadPool::globalInstance()->start([=] {
        Result<int> result = Result<int>::failure(QString());
        auto cache = MeetingCache::open(cacheDirectory);
        if (!cache) {
            result = Result<int>::failure(cache.error());
        } else {
            try {
                AnnotationStore store(cache.value()->database());
                result = carryOverToVersion(store, owner, document.id, from, oldPath, document.version, newPath);
            } catch (const DatabaseError &error) {
                result = Result<int>::failure(QString::fromUtf8(error.what()));
            }
        }
        QMetaObject::invokeMethod(qApp, [window, result, document, newPath] {
            if (!window)
                return;
            if (!result) {
                window->showBanner(tr("Your annotations could not be carried over to the new version: %1")
                                       .arg(result.error()),
                                   true);
                return;
            }
            if (window->m_openDocumentSha == document.sha256)
                window->m_annotations->openDocument(document.id, document.version, newPath);
            if (result.value() > 0)
                window->showBanner(tr("This document has a new version. Your annotations were carried "
                                      "over; %n of them need your review (see My annotations).",
                                      nullptr, result.value()),
                                   false);
        });
    });
}

void MainWindow::openSearchResult(const QString &meetingId, const QString &documentSha256, int page,
                                  const QString &query)
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
    m_search = service;
    if (!service || m_searchPanel)
        return;
    m_searchPanel = new SearchPanel(service);
    m_searchPanel->setObjectName(QStringLiteral("searchPanel"));
    m_leftTabs->addTab(m_searchPanel, tr("Search"));
    m_searchPanel->setMeetings(m_cache.meetings());
    connect(m_searchPanel, &SearchPanel::openResult, this, &MainWindow::openSearchResult);
    connect(m_searchPanel, &SearchPanel::openMeeting, this, &MainWindow::showAgendaItem);
    feedSearchWithOwnWords();
    service->updateIndex();
}

void MainWindow::feedSearchWithOwnWords()
{
    // The delegate's annotations and notes, and the session's conclusions, are found by search
    // too; the feeder follows the store's changes and the decision chain.
    if (!m_annotationStore)
        return;
    m_searchFeeder = std::make_unique<SearchFeeder>(m_search, m_cache, *m_annotationStore, localOwner());
    connect(m_search, &SearchIndexService::indexingFinished, m_searchFeeder.get(), &SearchFeeder::indexUpdated);
    connect(m_session, &SessionService::stateChanged, m_searchFeeder.get(),
            [this] { m_searchFeeder->feedConclusions(m_session->state().chain); });
    m_searchFeeder->feedAll();
    m_searchFeeder->feedConclusions(m_session->state().chain);
}

void MainWindow::showAgendaItem(const QString &meetingId, const QString &agendaItemId)
{
    selectMeeting(meetingId);
    m_leftTabs->setCurrentIndex(0);
    if (agendaItemId.isEmpty())
        return;
    // The item's own row (its documents carry its id too): the notes editor follows it.
    const QModelIndexList rows = m_agenda->match(m_agenda->index(0, 0), AgendaModel::AgendaItemIdRole, agendaItemId,
                                                 -1, Qt::MatchExactly | Qt::MatchRecursive);
    for (const QModelIndex &row : rows) {
        if (row.data(AgendaModel::KindRole).toInt() == static_cast<int>(AgendaModel::Kind::AgendaItem)) {
            m_agendaTree->setCurrentIndex(row);
            m_agendaTree->scrollTo(row);
            return;
        }
    }
}

void MainWindow::setSecretaryKeyPath(const QString &keyPath)
{
    m_secretaryKeyPath = keyPath;
    m_secretaryAction->setVisible(!keyPath.isEmpty());
    m_commentsAction->setVisible(!keyPath.isEmpty());
}

void MainWindow::setSecretaryKey(const SigningKey &key)
{
    m_secretaryKey = key;
    if (m_secretaryWorkspace)
        m_secretaryWorkspace->setOrganisationKey(key);
}

void MainWindow::showDocumentComments()
{
    const Meeting &meeting = m_agenda->meeting();
    for (const DocumentRef &document : meeting.documents) {
        if (document.sha256 != m_openDocumentSha)
            continue;
        DocumentCommentsDialog dialog(m_sync.sharePath(), meeting.id, document.id, document.title, this);
        dialog.exec();
        return;
    }
}

void MainWindow::openSecretaryWorkspace()
{
    if (m_secretaryKeyPath.isEmpty())
        return;
    if (!m_secretaryWorkspace) {
        m_secretaryWorkspace = std::make_unique<SecretaryWorkspace>(m_cache, m_sync.sharePath(), m_secretaryKeyPath);
        if (m_secretaryKey)
            m_secretaryWorkspace->setOrganisationKey(*m_secretaryKey);
    }
    m_secretaryWorkspace->show();
    m_secretaryWorkspace->raise();
    m_secretaryWorkspace->activateWindow();
}

void MainWindow::confirmOrganisation(const OfferedOrganisation &offered)
{
    m_unconfirmed = offered;
    m_confirmAction->setVisible(true);
    if (m_confirmation)
        return; // already asking
    auto *dialog = new OrganisationConfirmDialog(&m_cache, offered.name, offered.key,
                                                 QDir::toNativeSeparators(m_sync.sharePath()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_confirmation = dialog;
    connect(dialog, &QDialog::accepted, this, [this] {
        m_unconfirmed.reset();
        m_confirmAction->setVisible(false);
        showBanner(tr("The organisation is confirmed. Reading the shared folder…"), false);
        m_banner->setProperty("fromSync", true);
        m_sync.syncNow();
        m_session->requestRefresh();
    });
    // Window-modal without a nested event loop: syncs and the session go on meanwhile.
    dialog->open();
}

QDialog *MainWindow::organisationConfirmation() const
{
    return m_confirmation;
}

void MainWindow::openEnrolment()
{
    EnrolmentDialog dialog(m_cache, m_sync.sharePath(), this);
    dialog.exec();
    m_session->requestRefresh();
}

void MainWindow::chooseOrganisationKey()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("The organisation's key file"), QString(),
                                                      tr("Key files (*.key);;All files (*)"));
    if (path.isEmpty())
        return;
    const Result<KeyFileInfo> info = inspectKeyFile(path);
    if (!info) {
        showBanner(tr("%1 cannot be used as the organisation's key: %2").arg(path, info.error()), true);
        return;
    }
    const QByteArray pinned = pinnedOrganisationKey(m_cache);
    if (!pinned.isEmpty() && pinned != info->publicKey) {
        showBanner(tr("%1 is the key of another organisation (fingerprint %2); this computer trusts %3.")
                       .arg(path, keyFingerprint(info->publicKey), keyFingerprint(pinned)),
                   true);
        return;
    }
    rememberSecretaryKeyPath(m_cache, path);
    m_secretaryWorkspace.reset();
    m_secretaryKey.reset();
    setSecretaryKeyPath(path);
    openSecretaryWorkspace();
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
    const QString path = QFileDialog::getExistingDirectory(this, tr("Choose the shared folder of the meetings"),
                                                           m_sync.sharePath());
    if (path.isEmpty())
        return;
    if (m_settings) {
        if (Status saved = m_settings->setSharePath(path); !saved) {
            showBanner(saved.error(), true);
            return;
        }
        m_settings->sync();
    }
    m_status->setSharePath(path);
    m_sync.setSharePath(path);
    m_session->setSharePath(path);
    m_session->requestRefresh();
}

void MainWindow::onSyncFinished(const SyncReport &report)
{
    m_status->showFinished(report);
    if (!report.updatedMeetings.isEmpty()) {
        reloadMeetings();
        if (m_search) {
            m_search->updateIndex();
            if (m_searchPanel)
                m_searchPanel->setMeetings(m_cache.meetings());
        }
    }
    if (report.outcome == SyncReport::Outcome::OrganisationUnconfirmed) {
        showBanner(tr("This computer does not trust the organisation of the shared folder yet, so nothing was "
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
    m_banner->setStyleSheet(warning ? QStringLiteral("QLabel { background: #fff3e0; color: #5d2a00; "
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
