#include "viewer/documentview.h"

#include "viewer/findbar.h"
#include "viewer/messagepanel.h"
#include "viewer/pageview.h"
#include "viewer/presentationwidget.h"
#include "viewer/signaturesbar.h"
#include "viewer/thumbnailview.h"
#include "viewer/viewertoolbar.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QWindow>

namespace phonghop::ui {

namespace {
// Fingers need targets of at least 44 px (Apple HIG; Material asks 48 dp).
constexpr int touchTarget = 44;
// Below this width the viewer's bar keeps only what it must (ViewerToolBar::setCompact).
constexpr int compactWidth = 860;
// Item rows at least minimumHeight pixels high.
class MinimumHeightDelegate final : public QStyledItemDelegate {
public:
    MinimumHeightDelegate(int minimumHeight, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_minimumHeight(minimumHeight)
    {
    }
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QSize size = QStyledItemDelegate::sizeHint(option, index);
        return QSize(size.width(), std::max(size.height(), m_minimumHeight));
    }

private:
    int m_minimumHeight;
};

constexpr int outlinePageRole = Qt::UserRole;
constexpr int outlineTopRole = Qt::UserRole + 1;
} // namespace

DocumentView::DocumentView(QWidget *parent)
    : QWidget(parent)
{
    m_positionTimer = new QTimer(this);
    m_positionTimer->setSingleShot(true);
    m_positionTimer->setInterval(1000);
    m_pageView = new PageView(this);
    m_thumbnails = new ThumbnailView(this);
    m_outline = new QTreeWidget(this);
    m_outline->setHeaderHidden(true);
    m_outline->setUniformRowHeights(true);
    // Rows a finger can hit. A delegate, not a style sheet: a style sheet costs the window's
    // construction 2 ms (issue 20).
    m_outline->setItemDelegate(new MinimumHeightDelegate(touchTarget - 8, m_outline));

    m_sidebar = new QTabWidget(this);
    m_sidebar->addTab(m_thumbnails, tr("Pages"));
    m_sidebar->addTab(m_outline, tr("Contents"));
    m_sidebar->setVisible(false);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(m_pageView);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_splitter);
    m_messagePanel = new MessagePanel(this);
    connect(m_messagePanel, &MessagePanel::unlockRequested, this, &DocumentView::unlockDocument);
    m_stack->addWidget(m_messagePanel);

    buildActions();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    m_signaturesBar = new SignaturesBar(this);
    connect(m_signaturesBar, &SignaturesBar::verified, this, &DocumentView::signaturesVerified);
    layout->addWidget(m_signaturesBar);
    layout->addWidget(m_stack, 1);
    m_findBar = new FindBar(this);
    layout->addWidget(m_findBar);

    connect(m_findBar, &FindBar::searchRequested, this, &DocumentView::find);
    connect(m_findBar, &FindBar::nextRequested, this, &DocumentView::findNext);
    connect(m_findBar, &FindBar::previousRequested, this, &DocumentView::findPrevious);
    connect(m_findBar, &FindBar::closeRequested, this, [this] {
        find(QString());
        m_pageView->setFocus();
    });
    connect(m_positionTimer, &QTimer::timeout, this, &DocumentView::savePosition);

    connect(m_pageView, &PageView::viewChanged, this, &DocumentView::scheduleRequests);
    connect(m_pageView, &PageView::pagePainted, this, &DocumentView::pageRendered);
    connect(m_pageView, &PageView::framePainted, this, [this](bool complete) {
        // The pages on the screen are drawn: the signature check (a third reading of the file)
        // and the pages ahead may have the cores now.
        if (complete && !std::exchange(m_shownPainted, true)) {
            verifySignaturesOnce();
            scheduleRequests();
        }
    });
    connect(m_pageView, &PageView::currentPageChanged, this, [this](int page) {
        updatePageControls();
        m_thumbnails->setCurrentPage(page);
        m_positionTimer->start();
        Q_EMIT currentPageChanged(page);
    });
    connect(m_pageView, &PageView::zoomChanged, this, &DocumentView::updateZoomControls);
    connect(m_pageView, &PageView::selectionChanged, this,
        [this](bool has) { m_copyAction->setEnabled(has); });
    connect(m_thumbnails, &ThumbnailView::viewChanged, this, &DocumentView::scheduleRequests);
    connect(m_thumbnails, &ThumbnailView::pageActivated, this, [this](int page) { jumpTo(page); });
    connect(m_outline, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const int page = item->data(0, outlinePageRole).toInt();
        if (page >= 0)
            jumpTo(page, item->data(0, outlineTopRole).toDouble());
    });
    connect(m_outline, &QTreeWidget::itemClicked, m_outline, &QTreeWidget::itemActivated);
    m_stack->setCurrentIndex(1);
    showMessage(tr("No document is open."));
    updatePageControls();
}

DocumentView::~DocumentView()
{
    savePosition();
}

void DocumentView::buildActions()
{
    auto add = [this](const QString &text, const QList<QKeySequence> &keys, auto slot) {
        auto *action = new QAction(text, this);
        // Standard keys often equal the explicit ones here; a duplicate makes Qt call the
        // shortcut ambiguous and ignore it.
        QList<QKeySequence> unique;
        for (const QKeySequence &key : keys)
            if (!key.isEmpty() && !unique.contains(key))
                unique.append(key);
        action->setShortcuts(unique);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    add(tr("Next page"), { QKeySequence(Qt::Key_PageDown) }, [this] { m_pageView->nextPage(); });
    add(tr("Previous page"), { QKeySequence(Qt::Key_PageUp) },
        [this] { m_pageView->previousPage(); });
    add(tr("First page"), { QKeySequence(Qt::Key_Home), QKeySequence(Qt::CTRL | Qt::Key_Home) },
        [this] { jumpTo(0); });
    add(tr("Last page"), { QKeySequence(Qt::Key_End), QKeySequence(Qt::CTRL | Qt::Key_End) },
        [this] { jumpTo(pageCount() - 1); });
    add(tr("Zoom in"),
        { QKeySequence(Qt::CTRL | Qt::Key_Plus), QKeySequence(Qt::CTRL | Qt::Key_Equal),
            QKeySequence::ZoomIn },
        [this] { m_pageView->zoomBy(1.25); });
    add(tr("Zoom out"), { QKeySequence(Qt::CTRL | Qt::Key_Minus), QKeySequence::ZoomOut },
        [this] { m_pageView->zoomBy(0.8); });
    add(tr("Actual size"), { QKeySequence(Qt::CTRL | Qt::Key_0) },
        [this] { m_pageView->setZoom(1.0); });
    add(tr("Find"), { QKeySequence::Find }, [this] { m_findBar->open(); });
    add(tr("Find next"), { QKeySequence::FindNext }, [this] { findNext(); });
    add(tr("Find previous"), { QKeySequence::FindPrevious }, [this] { findPrevious(); });
    add(tr("Go to page"), { QKeySequence(Qt::CTRL | Qt::Key_G) },
        [this] { m_toolBar->focusPageNumber(); });
    add(tr("Close find bar"), { QKeySequence(Qt::Key_Escape) }, [this] {
        if (m_presentation) { // Esc leaves presentation even when its window has no focus
            m_presentation.reset();
            scheduleRequests();
        } else if (m_findBar->isVisible()) {
            m_findBar->dismiss();
        } else if (window()->isFullScreen()) {
            toggleFullScreen();
        }
    });
    m_copyAction = add(tr("Copy"), { QKeySequence::Copy }, [this] { copySelection(); });
    m_copyAction->setEnabled(false);
    m_backAction = add(tr("Back"), { QKeySequence::Back, QKeySequence(Qt::ALT | Qt::Key_Left) },
        [this] { goBack(); });
    m_forwardAction = add(tr("Forward"),
        { QKeySequence::Forward, QKeySequence(Qt::ALT | Qt::Key_Right) }, [this] { goForward(); });
    m_fitWidthAction = add(tr("Fit width"), { QKeySequence(Qt::CTRL | Qt::Key_1) },
        [this] { m_pageView->setFit(PageView::Fit::Width); });
    m_fitPageAction = add(tr("Fit page"), { QKeySequence(Qt::CTRL | Qt::Key_2) },
        [this] { m_pageView->setFit(PageView::Fit::Page); });
    m_fitWidthAction->setCheckable(true);
    m_fitPageAction->setCheckable(true);
    m_continuousAction = add(tr("Continuous"), { QKeySequence(Qt::CTRL | Qt::Key_3) },
        [this](bool on) { m_pageView->setContinuous(on); });
    m_continuousAction->setCheckable(true);
    m_continuousAction->setChecked(true);
    m_twoPageAction = add(tr("Two pages"), { QKeySequence(Qt::CTRL | Qt::Key_4) },
        [this](bool on) { m_pageView->setTwoPage(on); });
    m_twoPageAction->setCheckable(true);
    m_twoPageAction->setToolTip(
        tr("Two pages side by side (chosen automatically on a wide screen until you choose)"));
    connect(m_pageView, &PageView::twoPageChanged, m_twoPageAction, &QAction::setChecked);
    m_sidebarAction = add(tr("Pages and contents"), { QKeySequence(Qt::Key_F4) }, [this](bool on) {
        m_sidebar->setVisible(on);
        scheduleRequests();
    });
    m_sidebarAction->setCheckable(true);
    QAction *rotate = add(tr("Rotate"), { QKeySequence(Qt::CTRL | Qt::Key_R) },
        [this] { m_pageView->setRotation(m_pageView->rotation() + 1); });
    QAction *presentation
        = add(tr("Presentation"), { QKeySequence(Qt::Key_F5) }, [this] { togglePresentation(); });
    m_fullScreenAction
        = add(tr("Full screen"), { QKeySequence(Qt::Key_F11) }, [this] { toggleFullScreen(); });

    const auto named = [this](const QString &text) {
        const QList<QAction *> all = actions();
        const auto found = std::find_if(
            all.begin(), all.end(), [&text](QAction *a) { return a->text() == text; });
        return found == all.end() ? nullptr : *found;
    };
    m_toolBar = new ViewerToolBar(
        { m_sidebarAction, named(tr("Previous page")), named(tr("Next page")),
            named(tr("Zoom out")), named(tr("Zoom in")), m_fitWidthAction, m_fitPageAction,
            named(tr("Find")), m_backAction, m_forwardAction, rotate, m_continuousAction,
            m_twoPageAction, presentation, m_fullScreenAction },
        this);
    connect(m_toolBar, &ViewerToolBar::pageChosen, this, [this](int page) {
        if (page != currentPage())
            jumpTo(page);
    });
    connect(m_toolBar, &ViewerToolBar::zoomChosen, this, [this](double zoom) {
        m_pageView->setZoom(zoom);
        updateZoomControls();
    });
    connect(m_toolBar, &ViewerToolBar::fitChosen, this, [this](PageView::Fit fit) {
        m_pageView->setFit(fit);
        updateZoomControls();
    });
}

QToolBar *DocumentView::toolBar() const
{
    return m_toolBar;
}

QComboBox *DocumentView::zoomBox() const
{
    return m_toolBar->zoomBox();
}

QToolButton *DocumentView::moreButton() const
{
    return m_toolBar->moreButton();
}

bool DocumentView::isToolBarCompact() const
{
    return m_toolBar->isCompact();
}

void DocumentView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_toolBar->setCompact(width() < compactWidth);
}

void DocumentView::openDocument(
    const QString &pdfPath, const QString &title, const QString &positionKey)
{
    startDocument(pdfPath, title, positionKey, {});
}

void DocumentView::openDocumentData(const QByteArray &pdfBytes, const QString &title,
    const QString &positionKey, const Watermark &watermark)
{
    startDocument(QString(), title, positionKey, pdfBytes, watermark);
}

void DocumentView::openDocumentSource(PdfDeviceSource source, const QString &title,
    const QString &positionKey, const Watermark &watermark)
{
    startDocument(QString(), title, positionKey, {}, watermark, std::move(source));
}

void DocumentView::showUnavailable(const QString &message)
{
    closeDocument();
    showMessage(message);
}

void DocumentView::startDocument(const QString &pdfPath, const QString &title,
    const QString &positionKey, const QByteArray &pdfBytes, const Watermark &watermark,
    PdfDeviceSource source)
{
    closeDocument();
    m_path = pdfPath;
    m_title = title;
    m_positionKey = positionKey.isEmpty() ? pdfPath : positionKey;
    m_service = std::make_unique<PdfRenderService>();
    m_shownPainted = false;
    m_service->setCacheBudget(m_cacheBudget > 0
            ? m_cacheBudget
            : cacheBudgetForScreen(screen()->size() * screen()->devicePixelRatio()));
    m_service->setWatermark(watermark);
    PdfRenderService *service = m_service.get();
    connect(service, &PdfRenderService::opened, this, &DocumentView::onOpened);
    connect(service, &PdfRenderService::pageSizesRead, this, [this](const PdfDocumentInfo &info) {
        m_pageView->setPageSizes(info.pageSizes);
        m_thumbnails->setPageSizes(info.pageSizes);
        scheduleRequests();
    });
    connect(service, &PdfRenderService::openFailed, this, &DocumentView::onOpenFailed);
    connect(service, &PdfRenderService::passwordRequired, this, &DocumentView::onPasswordRequired);
    connect(service, &PdfRenderService::pageReady, this,
        [this](const RenderKey &key, const QImage &image) {
            if (!m_pageView->isVisible())
                verifySignaturesOnce(); // no frame to wait for
            m_pageView->imageArrived(key, image);
            m_thumbnails->imageArrived(key);
            if (m_presentation)
                m_presentation->imageArrived(key);
        });
    connect(service, &PdfRenderService::pageFailed, this,
        [this](const RenderKey &key, const QString &) {
            verifySignaturesOnce();
            m_pageView->imageArrived(key, QImage());
            if (m_presentation)
                m_presentation->imageArrived(key);
        });
    connect(service, &PdfRenderService::textReady, m_pageView, &PageView::textArrived);
    connect(service, &PdfRenderService::findHits, this,
        [this](quint64 id, int page, const QVector<QVector<QRectF>> &hits) {
            if (id != m_findId)
                return;
            m_hits.addPage(page, hits); // the first hits come from the current page onwards
            showHit();
        });
    connect(service, &PdfRenderService::findFinished, this, [this](quint64 id, int total) {
        if (id != m_findId)
            return;
        m_hits.setTotal(total);
        if (total == 0)
            m_findBar->setStatus(tr("Not found"));
        else
            showHit();
        Q_EMIT findFinished(total);
    });
    m_pageView->setService(service);
    m_thumbnails->setService(service);
    m_stack->setCurrentIndex(1);
    showMessage(tr("Opening %1…").arg(title.isEmpty() ? pdfPath : title));
    if (source) {
        service->openSource(std::move(source), title); // nothing on disk in clear to check
    } else if (pdfBytes.isEmpty()) {
        service->open(pdfPath);
        m_signaturesToVerify = pdfPath;
    } else {
        service->openData(pdfBytes, title); // no signature check: nothing on disk to read
    }
}

void DocumentView::verifySignaturesOnce()
{
    if (!m_signaturesToVerify.isEmpty())
        m_signaturesBar->verify(std::exchange(m_signaturesToVerify, QString()));
}

void DocumentView::closeDocument()
{
    m_signaturesBar->clear();
    m_signaturesToVerify.clear();
    savePosition();
    m_positionTimer->stop();
    m_presentation.reset();
    m_pageView->setService(nullptr);
    m_thumbnails->setService(nullptr);
    m_pageView->clearDocument();
    m_thumbnails->setDocument(PdfDocumentInfo());
    m_outline->clear();
    m_service.reset(); // the worker winds down on its own; nothing waits for Poppler
    m_history.clear();
    m_hits.clear();
    m_findId = 0;
    m_findBar->setSearchActive(false);
    m_path.clear();
    m_title.clear();
    m_stack->setCurrentIndex(1);
    showMessage(tr("No document is open."));
    updatePageControls();
}

bool DocumentView::isDocumentOpen() const
{
    return m_service && m_service->isReady();
}

void DocumentView::onOpened(const PdfDocumentInfo &info)
{
    m_stack->setCurrentIndex(0);
    m_messagePanel->showMessage(QString()); // no password row behind the pages
    int start = 0;
    if (m_positions) {
        const int last = m_positions->lastPage(m_positionKey);
        if (last >= 0 && last < info.pageCount)
            start = last;
    }
    m_thumbnails->setDocument(info);
    m_outline->clear();
    fillOutline(nullptr, info.outline);
    m_sidebar->setTabEnabled(1, !info.outline.isEmpty());
    m_pageView->setDocument(info, start);
    m_pageView->setFocus();
    updatePageControls();
    updateZoomControls();
    // At once, not after the events queued meanwhile (the window's first paint among them).
    updateRequests();
    Q_EMIT documentOpened(info.pageCount);
}

void DocumentView::onOpenFailed(const QString &message)
{
    showMessage(message);
    Q_EMIT documentFailed(message);
}

void DocumentView::onPasswordRequired(bool wrong)
{
    showMessage(wrong
            ? tr("The password is not correct. Try again.")
            : tr("%1 is protected by a password.").arg(m_title.isEmpty() ? m_path : m_title),
        true);
    m_messagePanel->askPassword();
    Q_EMIT passwordRequested(wrong);
}

void DocumentView::unlockDocument(const QString &password)
{
    if (m_service)
        m_service->unlock(password);
}

void DocumentView::showMessage(const QString &text, bool askPassword)
{
    m_messagePanel->showMessage(text, askPassword);
    m_stack->setCurrentIndex(1);
}

QString DocumentView::message() const
{
    return m_stack->currentIndex() == 1 ? m_messagePanel->text() : QString();
}

int DocumentView::currentPage() const
{
    return m_pageView->currentPage();
}

int DocumentView::pageCount() const
{
    return m_pageView->pageCount();
}

void DocumentView::goToPage(int page)
{
    jumpTo(page);
}

QImage DocumentView::renderedPageImage(int page) const
{
    return m_pageView->shownImage(page);
}

void DocumentView::setReadingPositionStore(std::shared_ptr<ReadingPositionStore> store)
{
    m_positions = std::move(store);
}

qint64 DocumentView::cacheBudgetForScreen(QSize devicePixels)
{
    // Six screens of 32-bit pixels: the two pages of a spread, two rows ahead and one behind,
    // and what was just left; never less than 32 MB nor more than the cache's own default.
    const qint64 screenBytes = qint64(devicePixels.width()) * devicePixels.height() * 4;
    return std::clamp<qint64>(
        6 * screenBytes, 32LL * 1024 * 1024, PageImageCache::defaultBudgetBytes);
}

void DocumentView::setCacheBudget(qint64 bytes)
{
    m_cacheBudget = bytes;
    if (m_service)
        m_service->setCacheBudget(bytes);
}

void DocumentView::savePosition()
{
    if (m_positions && !m_positionKey.isEmpty() && isDocumentOpen())
        m_positions->setLastPage(m_positionKey, currentPage());
}

void DocumentView::scheduleRequests()
{
    if (m_requestsScheduled)
        return;
    m_requestsScheduled = true;
    // Coalesce a burst of scroll events into one new queue.
    QMetaObject::invokeMethod(this, &DocumentView::updateRequests, Qt::QueuedConnection);
}

void DocumentView::updateRequests()
{
    m_requestsScheduled = false;
    if (!m_service || !m_service->isReady())
        return;
    // Shown but not on the screen yet: the window manager may still resize a window of its own
    // size (maximise it), which would throw away page 1's render at this size; the first paint
    // asks again once the window is exposed, at its final size. A maximised or full-screen
    // window has its screen's size already: its pages are drawn while it maps (issue 20).
    const QWidget *top = window();
    if (const QWindow *handle = top->windowHandle(); isVisible() && handle && !handle->isExposed()
        && !(top->isMaximized() || top->isFullScreen())) {
        return;
    }
    QVector<RenderKey> keys;
    if (m_presentation)
        keys += m_presentation->wantedKeys();
    QVector<RenderKey> prefetch;
    m_pageView->wantedKeys(keys, prefetch);
    if (!m_shownPainted)
        prefetch.clear();
    if (m_sidebar->isVisible())
        keys += m_thumbnails->wantedKeys();
    const qsizetype shown = keys.size();
    keys += prefetch;
    m_service->request(keys, shown);
    // Text for selection is cheap; have it ready for the pages in view.
    for (int page : m_pageView->visiblePages())
        m_service->requestText(page);
}

void DocumentView::updatePageControls()
{
    const int count = pageCount();
    m_toolBar->showPage(currentPage(), count);
    // Without pages, only full screen and the sidebar mean anything.
    for (QAction *action : actions()) {
        if (action != m_fullScreenAction && action != m_sidebarAction)
            action->setEnabled(count > 0);
    }
    m_backAction->setEnabled(m_history.canGoBack());
    m_forwardAction->setEnabled(m_history.canGoForward());
    m_copyAction->setEnabled(count > 0 && m_pageView->hasSelection());
}

void DocumentView::updateZoomControls()
{
    m_toolBar->showZoom(m_pageView->zoom());
    m_fitWidthAction->setChecked(m_pageView->fit() == PageView::Fit::Width);
    m_fitPageAction->setChecked(m_pageView->fit() == PageView::Fit::Page);
}

void DocumentView::fillOutline(QTreeWidgetItem *parent, const QVector<PdfOutlineItem> &items)
{
    for (const PdfOutlineItem &entry : items) {
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_outline);
        item->setText(0, entry.title);
        item->setToolTip(0,
            entry.page >= 0 ? tr("%1 (page %2)").arg(entry.title).arg(entry.page + 1)
                            : entry.title);
        item->setData(0, outlinePageRole, entry.page);
        item->setData(0, outlineTopRole, entry.topFraction);
        fillOutline(item, entry.children);
        item->setExpanded(entry.open);
    }
}

void DocumentView::jumpTo(int page, double topFraction)
{
    if (pageCount() == 0)
        return;
    page = std::clamp(page, 0, pageCount() - 1);
    m_history.recordJump(currentPage(), page);
    m_pageView->goToPage(page, topFraction);
    updatePageControls();
}

void DocumentView::goBack()
{
    if (const std::optional<int> page = m_history.goBack(currentPage())) {
        m_pageView->goToPage(*page);
        updatePageControls();
    }
}

void DocumentView::goForward()
{
    if (const std::optional<int> page = m_history.goForward(currentPage())) {
        m_pageView->goToPage(*page);
        updatePageControls();
    }
}

void DocumentView::find(const QString &text)
{
    m_hits.clear();
    m_pageView->setFindHits({}, -1, -1);
    m_findBar->setStatus(QString());
    if (!m_service || !m_service->isReady() || text.trimmed().isEmpty()) {
        if (m_service)
            m_service->cancelFind();
        m_findId = 0;
        m_findBar->setSearchActive(false);
        return;
    }
    m_findBar->setText(text);
    m_findBar->show();
    m_findBar->setStatus(tr("Searching…"));
    // Typed diacritics are meant; without them, "quyet dinh" finds "Quyết định".
    m_findId = m_service->find(text, PdfPageText::hasDiacritics(text), currentPage());
    m_findBar->setSearchActive(true);
}

int DocumentView::findHitCount() const
{
    return m_hits.total();
}

void DocumentView::showHit()
{
    m_pageView->setFindHits(m_hits.allHits(), m_hits.currentPage(), m_hits.currentIndex());
    if (!m_hits.hasCurrent())
        return;
    const FindHitCursor::Hit rects = m_hits.currentHit();
    if (!rects.isEmpty())
        m_pageView->ensureVisible(m_hits.currentPage(), rects.first());
    m_findBar->setStatus(tr("%1 of %2").arg(m_hits.ordinal()).arg(m_hits.shownTotal()));
}

void DocumentView::findNext()
{
    if (m_hits.next())
        showHit();
}

void DocumentView::findPrevious()
{
    if (m_hits.previous())
        showHit();
}

QString DocumentView::selectedText() const
{
    return m_pageView->selectedText();
}

void DocumentView::copySelection()
{
    const QString text = selectedText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void DocumentView::togglePresentation()
{
    if (m_presentation) {
        m_presentation.reset();
        return;
    }
    if (!isDocumentOpen())
        return;
    m_presentation
        = std::make_unique<PresentationWidget>(m_service.get(), m_service->info(), currentPage());
    connect(m_presentation.get(), &PresentationWidget::viewChanged, this,
        &DocumentView::scheduleRequests);
    connect(m_presentation.get(), &PresentationWidget::pageChanged, m_pageView,
        [this](int page) { m_pageView->goToPage(page); });
    connect(m_presentation.get(), &PresentationWidget::finished, this, [this] {
        // Deleting the widget inside its own close handler is not safe: do it next turn.
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_presentation.reset();
                scheduleRequests();
            },
            Qt::QueuedConnection);
    });
    if (QScreen *screen = this->screen())
        m_presentation->setGeometry(screen->geometry());
    m_presentation->showFullScreen();
    m_presentation->activateWindow();
    m_presentation->setFocus();
    scheduleRequests();
}

void DocumentView::toggleFullScreen()
{
    QWidget *top = window();
    if (top->isFullScreen())
        top->showNormal();
    else
        top->showFullScreen();
}

} // namespace phonghop::ui
