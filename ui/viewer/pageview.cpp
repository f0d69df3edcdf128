#include "viewer/pageview.h"

#include <QGestureEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPinchGesture>
#include <QScrollBar>
#include <QScroller>
#include <QTouchEvent>
#include <QWheelEvent>
#include <cmath>

namespace phonghop::ui {

PageView::PageView(QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_images(m_layout)
{
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setAutoFillBackground(false);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    viewport()->setAttribute(Qt::WA_AcceptTouchEvents);
    viewport()->grabGesture(Qt::PinchGesture);
    // Kinetic scrolling for fingers; the mouse keeps selecting text.
    QScroller::grabGesture(viewport(), QScroller::TouchGesture);
    verticalScrollBar()->setSingleStep(40);
    horizontalScrollBar()->setSingleStep(40);
    setMouseTracking(false);
}

void PageView::replaceDocument(const PdfDocumentInfo &info)
{
    m_info = info;
    m_images.reset(info.pageSizes);
    m_highlights.clear();
    m_selection.clear();
}

void PageView::setDocument(const PdfDocumentInfo &info, int startPage)
{
    replaceDocument(info);
    const int start = std::clamp(startPage, 0, std::max(0, info.pageCount - 1));
    m_current = start;
    relayout(Anchor());
    goToPage(start);
    Q_EMIT currentPageChanged(m_current);
}

void PageView::setPageSizes(const QVector<QSizeF> &pageSizes)
{
    if (pageSizes.size() != m_info.pageCount || pageSizes == m_info.pageSizes)
        return;
    const Anchor anchor = anchorAt(QPointF(viewport()->width() / 2.0, 0));
    m_info.pageSizes = pageSizes;
    m_images.setPageSizes(pageSizes);
    relayout(anchor);
}

void PageView::clearDocument()
{
    replaceDocument(PdfDocumentInfo());
    m_current = 0;
    relayout(Anchor());
}

double PageView::deviceScale() const
{
    return viewport()->devicePixelRatioF();
}

double PageView::pixelsPerPoint() const
{
    return m_zoom * logicalDpiX() / 72.0;
}

PageScale PageView::scale() const
{
    return PageScale { pixelsPerPoint(), deviceScale(), m_rotation };
}

QPointF PageView::contentOffset() const
{
    const QSizeF content = m_layout.contentSize();
    return QPointF(std::max(0.0, (viewport()->width() - content.width()) / 2),
        m_continuous ? 0.0 : std::max(0.0, (viewport()->height() - content.height()) / 2));
}

QPointF PageView::toContent(QPointF viewportPoint) const
{
    return viewportPoint + QPointF(horizontalScrollBar()->value(), verticalScrollBar()->value())
        - contentOffset();
}

QRectF PageView::visibleContentRect() const
{
    return QRectF(toContent(QPointF(0, 0)), QSizeF(viewport()->size()));
}

PageView::Anchor PageView::anchorAt(QPointF viewportPoint) const
{
    Anchor anchor;
    if (!hasDocument())
        return anchor;
    const QPointF content = toContent(viewportPoint);
    anchor.page = m_layout.nearestPage(content);
    anchor.pagePoint = m_layout.toPage(anchor.page, content);
    anchor.viewportPoint = viewportPoint;
    return anchor;
}

void PageView::restore(const Anchor &anchor)
{
    if (anchor.page < 0 || !m_layout.isLaidOut(anchor.page))
        return;
    const QPointF content = m_layout.toContent(anchor.page, anchor.pagePoint) + contentOffset();
    horizontalScrollBar()->setValue(qRound(content.x() - anchor.viewportPoint.x()));
    verticalScrollBar()->setValue(qRound(content.y() - anchor.viewportPoint.y()));
}

void PageView::relayout(const Anchor &anchor)
{
    m_relayingOut = true;
    const double dpiFactor = logicalDpiX() / 72.0;
    PageLayout::Options options;
    options.rotation = m_rotation;
    options.continuous = m_continuous;
    options.currentPage = m_current;
    const QSize room = roomForPages(options, dpiFactor);
    const bool twoPage = m_autoTwoPage ? wideEnoughForTwoPages(room) : m_twoPage;
    const bool twoPageChangedNow = twoPage != m_shownTwoPage;
    m_shownTwoPage = twoPage;
    options.twoPage = twoPage;
    // Fit modes need the row sizes first: lay out once at 1 px/pt to measure them.
    if (m_fit != Fit::None && m_info.pageCount > 0) {
        options.pixelsPerPoint = 1.0;
        m_layout.build(m_info.pageSizes, options);
        const double zoom = m_layout.fitZoom(m_fit == Fit::Page, room, dpiFactor);
        const double clamped = std::clamp(zoom, minimumZoom, maximumZoom);
        if (!qFuzzyCompare(clamped, m_zoom)) {
            m_zoom = clamped;
            Q_EMIT zoomChanged(m_zoom);
        }
    }
    options.pixelsPerPoint = pixelsPerPoint();
    m_layout.build(m_info.pageSizes, options);
    const QSizeF content = m_layout.contentSize();
    // A page row fitted to the width can come out a hair wider in floating point (1350.0000001
    // for 1350): not a pixel to scroll, and a horizontal bar for it would take room from the page.
    constexpr double subPixel = 0.01;
    horizontalScrollBar()->setRange(
        0, std::max(0, qCeil(content.width() - subPixel) - viewport()->width()));
    verticalScrollBar()->setRange(
        0, std::max(0, qCeil(content.height() - subPixel) - viewport()->height()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    verticalScrollBar()->setPageStep(viewport()->height());
    restore(anchor);
    m_relayingOut = false;
    pruneImages();
    updateCurrentFromScroll();
    viewport()->update();
    Q_EMIT viewChanged();
    if (twoPageChangedNow)
        Q_EMIT twoPageChanged(twoPage);
    layOutScrollBarsNow();
}

void PageView::layOutScrollBarsNow()
{
    // QAbstractScrollArea shows or hides a bar for a new range in a queued call, after the frame
    // being painted: the first frame of a document was painted, then its view narrowed, laid out
    // and painted again (issue 20). Setting the policy lays the bars out at once; the resize this
    // brings lays the pages out again, which changes no range (roomForPages left the room).
    const auto mismatched = [this](const QScrollBar *bar, Qt::ScrollBarPolicy policy) {
        return policy == Qt::ScrollBarAsNeeded
            && (bar->maximum() > bar->minimum()) != bar->isVisibleTo(this);
    };
    if (!isVisible() || m_layingOutScrollBars
        || !(mismatched(verticalScrollBar(), verticalScrollBarPolicy())
            || mismatched(horizontalScrollBar(), horizontalScrollBarPolicy()))) {
        return;
    }
    m_layingOutScrollBars = true;
    setVerticalScrollBarPolicy(verticalScrollBarPolicy());
    m_layingOutScrollBars = false;
}

void PageView::pruneImages()
{
    const QVector<int> visible = visiblePages();
    m_images.prune(visible.isEmpty() ? m_current : visible.first(),
        visible.isEmpty() ? m_current : visible.last(), m_rotation);
}

void PageView::setContinuous(bool continuous)
{
    if (continuous == m_continuous)
        return;
    m_continuous = continuous;
    relayout(Anchor());
    goToPage(m_current);
}

void PageView::setTwoPage(bool twoPage)
{
    const bool wasAutomatic = m_autoTwoPage;
    m_autoTwoPage = false; // the reader's choice stands from now on
    if (twoPage == m_twoPage && !wasAutomatic)
        return;
    m_twoPage = twoPage;
    relayout(Anchor());
    goToPage(m_current);
}

void PageView::setTwoPageOnWideScreens(bool automatic)
{
    if (automatic == m_autoTwoPage)
        return;
    m_autoTwoPage = automatic;
    m_twoPage = m_shownTwoPage;
    relayout(Anchor());
}

bool PageView::wideEnoughForTwoPages(QSize room) const
{
    if (m_info.pageCount < 2 || m_current < 0 || m_current >= m_info.pageSizes.size())
        return false;
    return PageLayout::twoPagesFit(m_info.pageSizes.at(m_current), m_rotation, room);
}

QSize PageView::roomForPages(PageLayout::Options options, double dpiFactor) const
{
    // QAbstractScrollArea shows the vertical bar once the range it is given needs it, and the
    // viewport narrows then. Fitting to the narrower width at once, when the pages fitted to the
    // whole width would be taller than the view, keeps the zoom from changing as the bar
    // appears: a change of zoom throws away the render of page 1 under way (issue 20).
    const QSize whole = maximumViewportSize();
    if (m_info.pageCount == 0 || verticalScrollBarPolicy() != Qt::ScrollBarAsNeeded)
        return viewport()->size();
    options.twoPage = m_autoTwoPage ? wideEnoughForTwoPages(whole) : m_twoPage;
    PageLayout probe;
    options.pixelsPerPoint = 1.0;
    probe.build(m_info.pageSizes, options);
    const double zoom = std::clamp(
        m_fit == Fit::None ? m_zoom : probe.fitZoom(m_fit == Fit::Page, whole, dpiFactor),
        minimumZoom, maximumZoom);
    options.pixelsPerPoint = zoom * dpiFactor;
    probe.build(m_info.pageSizes, options);
    if (probe.contentSize().height() <= whole.height())
        return whole;
    return QSize(
        std::max(1, whole.width() - verticalScrollBar()->sizeHint().width()), whole.height());
}

void PageView::setRotation(int quarterTurns)
{
    m_rotation = ((quarterTurns % 4) + 4) % 4;
    relayout(Anchor());
    goToPage(m_current);
}

void PageView::setZoom(double zoom)
{
    const double clamped = std::clamp(zoom, minimumZoom, maximumZoom);
    const Anchor anchor = anchorAt(QPointF(viewport()->width() / 2.0, viewport()->height() / 2.0));
    m_fit = Fit::None;
    const bool changed = !qFuzzyCompare(clamped, m_zoom);
    m_zoom = clamped;
    relayout(anchor);
    if (changed)
        Q_EMIT zoomChanged(m_zoom);
}

void PageView::zoomBy(double factor)
{
    setZoom(m_zoom * factor);
}

void PageView::setFit(Fit fit)
{
    m_fit = fit;
    relayout(anchorAt(QPointF(viewport()->width() / 2.0, 0)));
    if (fit == Fit::Page || !m_continuous)
        goToPage(m_current);
    Q_EMIT zoomChanged(m_zoom);
}

void PageView::setCurrent(int page)
{
    if (page == m_current || page < 0)
        return;
    m_current = page;
    Q_EMIT currentPageChanged(page);
}

void PageView::goToPage(int page, double topFraction)
{
    if (!hasDocument())
        return;
    page = std::clamp(page, 0, m_layout.pageCount() - 1);
    m_direction = page >= m_current ? 1 : -1;
    if (!m_continuous && m_layout.rowStart(page) != m_layout.rowStart(m_current)) {
        m_current = page;
        relayout(Anchor());
    }
    const QRectF rect = m_layout.pageRect(page);
    double y = rect.top() - m_layout.options().spacing;
    if (topFraction >= 0) {
        const QPointF point = m_layout.toContent(
            page, QPointF(0, topFraction * m_info.pageSizes.value(page).height()));
        y = point.y() - m_layout.options().spacing;
    }
    verticalScrollBar()->setValue(qRound(y + contentOffset().y()));
    if (m_layout.contentSize().width() > viewport()->width())
        horizontalScrollBar()->setValue(qRound(rect.left() - m_layout.options().spacing));
    // The page asked for is current even when the last pages cannot scroll to the top.
    const int previous = m_current;
    m_current = page;
    if (previous != page)
        Q_EMIT currentPageChanged(page);
    viewport()->update();
    Q_EMIT viewChanged();
}

void PageView::nextPage()
{
    goToPage(m_layout.rowStart(m_current) + m_layout.pagesPerRow());
}

void PageView::previousPage()
{
    goToPage(m_layout.rowStart(m_current) - m_layout.pagesPerRow());
}

void PageView::ensureVisible(int page, const QRectF &pointsRect)
{
    if (!hasDocument())
        return;
    if (!m_continuous && m_layout.rowStart(page) != m_layout.rowStart(m_current)) {
        m_current = page;
        relayout(Anchor());
        Q_EMIT currentPageChanged(page);
    }
    const QRectF target = m_layout.toContent(page, pointsRect).translated(contentOffset());
    const QRectF view(QPointF(horizontalScrollBar()->value(), verticalScrollBar()->value()),
        QSizeF(viewport()->size()));
    if (!view.contains(target)) {
        const double margin = viewport()->height() / 3.0;
        verticalScrollBar()->setValue(qRound(target.top() - margin));
        if (target.left() < view.left() || target.right() > view.right())
            horizontalScrollBar()->setValue(
                qRound(target.center().x() - viewport()->width() / 2.0));
    }
    if (m_continuous)
        setCurrent(page); // the page shown is the one asked for, also beside another
    viewport()->update();
}

void PageView::updateCurrentFromScroll()
{
    if (!hasDocument() || !m_continuous || m_relayingOut)
        return;
    // The page crossing the upper third of the view is the one being read.
    const QRectF visible = visibleContentRect();
    const int page
        = m_layout.nearestPage(QPointF(visible.center().x(), visible.top() + visible.height() / 3));
    // Side by side, either page of the row being read may be the current one (find, a link).
    if (page >= 0 && m_layout.rowStart(page) != m_layout.rowStart(m_current))
        setCurrent(page);
}

void PageView::scrollContentsBy(int, int dy)
{
    if (dy != 0)
        m_direction = dy < 0 ? 1 : -1;
    pruneImages();
    updateCurrentFromScroll();
    viewport()->update();
    Q_EMIT viewChanged();
}

void PageView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    relayout(anchorAt(QPointF(0, 0)));
}

QPoint PageView::mapFromPage(int page, QPointF pagePoint) const
{
    const QPointF content = m_layout.toContent(page, pagePoint) + contentOffset();
    return (content - QPointF(horizontalScrollBar()->value(), verticalScrollBar()->value()))
        .toPoint();
}

QVector<int> PageView::visiblePages() const
{
    return hasDocument() ? m_layout.pagesIn(visibleContentRect()) : QVector<int>();
}

void PageView::wantedKeys(QVector<RenderKey> &visible, QVector<RenderKey> &prefetch) const
{
    if (hasDocument())
        m_images.wantedKeys(
            visiblePages(), visibleContentRect(), m_direction, scale(), visible, prefetch);
}

void PageView::imageArrived(const RenderKey &key, const QImage &image)
{
    if (m_images.imageArrived(key, image, scale()))
        pruneImages();
    const QRectF visible = visibleContentRect();
    const QRectF page = m_layout.pageRect(key.page);
    if (page.intersects(visible)) {
        // The page and its shadow, not the whole view.
        const QPointF shift = contentOffset()
            - QPointF(horizontalScrollBar()->value(), verticalScrollBar()->value());
        viewport()->update(page.translated(shift).toAlignedRect().adjusted(-1, -1, 3, 3));
    }
}

void PageView::textArrived(int page)
{
    if (m_selection.spans(page))
        viewport()->update();
}

QImage PageView::shownImage(int page) const
{
    return m_images.shown(page);
}

void PageView::setFindHits(
    const QHash<int, QVector<QVector<QRectF>>> &hits, int currentPage, int currentIndex)
{
    m_highlights.setFindHits(hits, currentPage, currentIndex);
    viewport()->update();
}

bool PageView::paintPage(QPainter &painter, int page, const QRectF &target, const QRectF &visible)
{
    if (!m_service) {
        PageImages::drawPlaceholder(painter, target, QString());
        return false;
    }
    const PageImages::Painted painted = m_images.paint(painter, *m_service, page, target, visible,
        contentOffset(), scale(), tr("Loading page %1…").arg(page + 1));
    for (int i = 0; i < painted.newlyPainted; ++i)
        QMetaObject::invokeMethod(
            this, [this, page] { Q_EMIT pagePainted(page); }, Qt::QueuedConnection);
    m_wantsRequest = m_wantsRequest || painted.wantsRequest;
    return painted.sharp;
}

QVector<QPair<int, QVector<QRectF>>> PageView::selectedRects() const
{
    return m_service ? m_selection.rects(*m_service) : QVector<QPair<int, QVector<QRectF>>>();
}

QString PageView::selectedText() const
{
    return m_service ? m_selection.text(*m_service) : QString();
}

void PageView::clearSelection()
{
    const bool had = !m_selection.isEmpty();
    m_selection.clear();
    viewport()->update();
    if (had)
        Q_EMIT selectionChanged(false);
}

void PageView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    const QColor desk(0x5a, 0x5f, 0x66);
    if (!hasDocument()) {
        painter.fillRect(viewport()->rect(), desk);
        return;
    }
    const QPointF scroll(horizontalScrollBar()->value(), verticalScrollBar()->value());
    const QPointF offset = contentOffset();
    const QVector<int> pages = visiblePages();
    // The desk around the pages only: a page paints every pixel of its own, so each pixel of the
    // view is written once a frame, not twice (issue 20).
    QRegion desktop(viewport()->rect());
    for (int page : pages) {
        const QRectF target = m_layout.pageRect(page).translated(offset - scroll);
        desktop -= QRect(QPoint(qCeil(target.left()), qCeil(target.top())),
            QPoint(qFloor(target.right()) - 1, qFloor(target.bottom()) - 1));
    }
    for (const QRect &rect : desktop)
        painter.fillRect(rect, desk);
    painter.translate(-scroll);
    const QRectF visible(scroll, QSizeF(viewport()->size()));
    const auto selection = selectedRects();
    bool complete = true;
    for (int page : pages) {
        const QRectF target = m_layout.pageRect(page).translated(offset);
        // The shadow's two strips beside and under the page, not a page-sized blend under it.
        const QColor shadow(0, 0, 0, 60);
        painter.fillRect(QRectF(target.right(), target.top() + 2, 2, target.height()), shadow);
        painter.fillRect(QRectF(target.left() + 2, target.bottom(), target.width() - 2, 2), shadow);
        complete = paintPage(painter, page, target, visible) && complete;

        painter.save();
        painter.translate(offset);
        m_highlights.paint(painter, m_layout, page, selection);
        painter.restore();
        if (m_overlay) {
            painter.save();
            painter.resetTransform();
            m_overlay->paintPage(painter, page, pageTransform(page));
            painter.restore();
        }
    }
    painter.end();
    if (std::exchange(m_wantsRequest, false))
        QMetaObject::invokeMethod(this, &PageView::viewChanged, Qt::QueuedConnection);
    Q_EMIT framePainted(complete);
}

void PageView::setOverlay(PageOverlay *overlay)
{
    m_overlay = overlay;
    viewport()->update();
}

QTransform PageView::pageTransform(int page) const
{
    const QPointF shift
        = contentOffset() - QPointF(horizontalScrollBar()->value(), verticalScrollBar()->value());
    return m_layout.pageToContent(page) * QTransform::fromTranslate(shift.x(), shift.y());
}

int PageView::pageAtViewport(QPointF viewportPoint) const
{
    return hasDocument() ? m_layout.pageAt(toContent(viewportPoint)) : -1;
}

void PageView::mousePressEvent(QMouseEvent *event)
{
    if (m_overlay && m_overlay->pointerEvent(event))
        return;
    if (event->button() != Qt::LeftButton || !hasDocument() || !m_service) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    const QPointF content = toContent(event->position());
    const int page = m_layout.nearestPage(content);
    m_selection.start(page, m_layout.toPage(page, content));
    m_selecting = true;
    m_service->requestText(page);
    viewport()->update();
}

void PageView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_overlay && m_overlay->pointerEvent(event))
        return;
    if (!m_selecting) {
        QAbstractScrollArea::mouseMoveEvent(event);
        return;
    }
    const QPointF content = toContent(event->position());
    const int page = m_layout.nearestPage(content);
    m_selection.extendTo(page, m_layout.toPage(page, content));
    for (int p = std::min(page, m_selection.anchorPage());
         p <= std::max(page, m_selection.anchorPage()); ++p)
        m_service->requestText(p);
    // Dragging past the edge scrolls.
    if (event->position().y() > viewport()->height() - 10)
        verticalScrollBar()->setValue(verticalScrollBar()->value() + 20);
    else if (event->position().y() < 10)
        verticalScrollBar()->setValue(verticalScrollBar()->value() - 20);
    viewport()->update();
}

void PageView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_overlay && m_overlay->pointerEvent(event))
        return;
    if (!m_selecting) {
        QAbstractScrollArea::mouseReleaseEvent(event);
        return;
    }
    m_selecting = false;
    const bool selected = m_selection.finish(); // a click is no selection
    viewport()->update();
    Q_EMIT selectionChanged(selected);
}

void PageView::mouseDoubleClickEvent(QMouseEvent *event)
{
    // Select the word under the pointer.
    if (!hasDocument() || !m_service)
        return;
    const QPointF content = toContent(event->position());
    const int page = m_layout.pageAt(content);
    const PdfPageText *text = page >= 0 ? m_service->pageText(page) : nullptr;
    if (!text || !m_selection.selectWord(*text, page, m_layout.toPage(page, content)))
        return;
    viewport()->update();
    Q_EMIT selectionChanged(true);
}

void PageView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const double steps = event->angleDelta().y() / 120.0;
        if (steps != 0) {
            const Anchor anchor = anchorAt(event->position());
            m_fit = Fit::None;
            m_zoom = std::clamp(m_zoom * std::pow(1.15, steps), minimumZoom, maximumZoom);
            relayout(anchor);
            Q_EMIT zoomChanged(m_zoom);
        }
        event->accept();
        return;
    }
    // In single-page mode the wheel turns the page at the top and bottom edges.
    if (!m_continuous && event->angleDelta().y() != 0) {
        QScrollBar *bar = verticalScrollBar();
        if (event->angleDelta().y() < 0 && bar->value() >= bar->maximum()) {
            nextPage();
            event->accept();
            return;
        }
        if (event->angleDelta().y() > 0 && bar->value() <= bar->minimum() && m_current > 0) {
            previousPage();
            verticalScrollBar()->setValue(verticalScrollBar()->maximum());
            event->accept();
            return;
        }
    }
    QAbstractScrollArea::wheelEvent(event);
}

bool PageView::viewportEvent(QEvent *event)
{
    const QEvent::Type type = event->type();
    if (m_overlay
        && (type == QEvent::TabletPress || type == QEvent::TabletMove
            || type == QEvent::TabletRelease)
        && m_overlay->pointerEvent(event)) {
        event->accept();
        return true;
    }
    switch (event->type()) {
    case QEvent::Gesture: {
        auto *gestureEvent = static_cast<QGestureEvent *>(event);
        if (auto *pinch = static_cast<QPinchGesture *>(gestureEvent->gesture(Qt::PinchGesture))) {
            if (pinch->state() == Qt::GestureStarted)
                m_pinchStartZoom = m_zoom;
            if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged) {
                const Anchor anchor = anchorAt(viewport()->mapFromGlobal(pinch->centerPoint()));
                m_fit = Fit::None;
                m_zoom = std::clamp(
                    m_pinchStartZoom * pinch->totalScaleFactor(), minimumZoom, maximumZoom);
                relayout(anchor);
                Q_EMIT zoomChanged(m_zoom);
            }
            gestureEvent->accept(pinch);
            return true;
        }
        break;
    }
    case QEvent::TouchBegin: {
        m_swipe.touchBegan(*static_cast<QTouchEvent *>(event));
        // Accepting the touch sequence is what brings its TouchEnd here; QScroller and the
        // pinch recogniser see the events before the viewport does.
        QAbstractScrollArea::viewportEvent(event);
        event->accept();
        return true;
    }
    case QEvent::TouchUpdate:
        QAbstractScrollArea::viewportEvent(event);
        event->accept();
        return true;
    case QEvent::TouchEnd: {
        // A horizontal swipe turns the page when the page does not scroll sideways.
        const int step = horizontalScrollBar()->maximum() == 0
            ? m_swipe.touchEnded(*static_cast<QTouchEvent *>(event))
            : 0;
        if (step > 0)
            nextPage();
        else if (step < 0)
            previousPage();
        break;
    }
    default:
        break;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

} // namespace phonghop::ui
