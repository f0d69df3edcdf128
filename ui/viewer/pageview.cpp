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

namespace {
// Above this many device pixels a page is drawn in tiles over a low-resolution backdrop, so
// high zoom stays sharp without one huge image (DESIGN.md §5).
constexpr qint64 tileThresholdPixels = 6'000'000;
constexpr int tileSize = 1024;
constexpr qint64 backdropPixels = 1'200'000;
constexpr int prefetchAhead = 2;
constexpr int prefetchBehind = 1;
} // namespace

PageView::PageView(QWidget *parent) : QAbstractScrollArea(parent)
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

void PageView::setService(PdfRenderService *service)
{
    m_service = service;
}

void PageView::setDocument(const PdfDocumentInfo &info, int startPage)
{
    m_info = info;
    m_fallback.clear();
    m_painted.clear();
    m_shown.clear();
    m_hits.clear();
    m_anchor = m_focus = SelectionEnd();
    const int start = std::clamp(startPage, 0, std::max(0, info.pageCount - 1));
    m_current = start;
    relayout(Anchor());
    goToPage(start);
    emit currentPageChanged(m_current);
}

void PageView::clearDocument()
{
    m_info = PdfDocumentInfo();
    m_fallback.clear();
    m_painted.clear();
    m_shown.clear();
    m_hits.clear();
    m_anchor = m_focus = SelectionEnd();
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

QPointF PageView::contentOffset() const
{
    const QSizeF content = m_layout.contentSize();
    return QPointF(std::max(0.0, (viewport()->width() - content.width()) / 2),
                   m_continuous ? 0.0 : std::max(0.0, (viewport()->height() - content.height()) / 2));
}

QPointF PageView::toContent(QPointF viewportPoint) const
{
    return viewportPoint + QPointF(horizontalScrollBar()->value(), verticalScrollBar()->value()) - contentOffset();
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
    const bool twoPage = m_autoTwoPage ? wideEnoughForTwoPages() : m_twoPage;
    const bool twoPageChangedNow = twoPage != m_shownTwoPage;
    m_shownTwoPage = twoPage;
    options.twoPage = twoPage;
    options.currentPage = m_current;
    // Fit modes need the row sizes first: lay out once at 1 px/pt to measure them.
    if (m_fit != Fit::None && m_info.pageCount > 0) {
        options.pixelsPerPoint = 1.0;
        m_layout.build(m_info.pageSizes, options);
        const QSizeF row = m_continuous ? m_layout.largestRowInPoints() : m_layout.rowInPoints(m_current);
        const double gaps = options.spacing * (m_layout.pagesPerRow() + 1);
        const double width = std::max(50.0, viewport()->width() - gaps) / (row.width() * dpiFactor);
        const double height = std::max(50.0, viewport()->height() - 2 * options.spacing) / (row.height() * dpiFactor);
        const double zoom = m_fit == Fit::Width ? width : std::min(width, height);
        const double clamped = std::clamp(zoom, minimumZoom, maximumZoom);
        if (!qFuzzyCompare(clamped, m_zoom)) {
            m_zoom = clamped;
            emit zoomChanged(m_zoom);
        }
    }
    options.pixelsPerPoint = pixelsPerPoint();
    m_layout.build(m_info.pageSizes, options);
    const QSizeF content = m_layout.contentSize();
    horizontalScrollBar()->setRange(0, std::max(0, qCeil(content.width()) - viewport()->width()));
    verticalScrollBar()->setRange(0, std::max(0, qCeil(content.height()) - viewport()->height()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    verticalScrollBar()->setPageStep(viewport()->height());
    restore(anchor);
    m_relayingOut = false;
    pruneImages();
    updateCurrentFromScroll();
    viewport()->update();
    emit viewChanged();
    if (twoPageChangedNow)
        emit twoPageChanged(twoPage);
}

void PageView::pruneImages()
{
    // Images held here are outside the cache's budget: keep only those of nearby pages.
    const QVector<int> visible = visiblePages();
    const int first = visible.isEmpty() ? m_current : visible.first();
    const int last = visible.isEmpty() ? m_current : visible.last();
    auto far = [&](int page) { return page < first - 3 || page > last + 3; };
    for (auto it = m_fallback.begin(); it != m_fallback.end();)
        it = far(it.key()) || it->first.rotation != m_rotation ? m_fallback.erase(it) : std::next(it);
    for (auto it = m_shown.begin(); it != m_shown.end();)
        it = far(it.key()) ? m_shown.erase(it) : std::next(it);
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

// Two pages are worth it when they fit side by side at least as large as one page fits alone,
// i.e. the viewport is at least twice as wide, relative to its height, as the page.
bool PageView::wideEnoughForTwoPages() const
{
    if (m_info.pageCount < 2 || m_current < 0 || m_current >= m_info.pageSizes.size())
        return false;
    QSizeF page = m_info.pageSizes.at(m_current);
    if (m_rotation % 2 == 1)
        page.transpose();
    if (page.isEmpty())
        return false;
    const double spacing = PageLayout::Options().spacing;
    const double width = viewport()->width() - 3 * spacing;
    const double height = viewport()->height() - 2 * spacing;
    return height > 0 && width / height >= 2 * page.width() / page.height();
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
        emit zoomChanged(m_zoom);
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
    emit zoomChanged(m_zoom);
}

void PageView::setCurrent(int page)
{
    if (page == m_current || page < 0)
        return;
    m_current = page;
    emit currentPageChanged(page);
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
        const QPointF point = m_layout.toContent(page, QPointF(0, topFraction * m_info.pageSizes.value(page).height()));
        y = point.y() - m_layout.options().spacing;
    }
    verticalScrollBar()->setValue(qRound(y + contentOffset().y()));
    if (m_layout.contentSize().width() > viewport()->width())
        horizontalScrollBar()->setValue(qRound(rect.left() - m_layout.options().spacing));
    // The page asked for is current even when the last pages cannot scroll to the top.
    const int previous = m_current;
    m_current = page;
    if (previous != page)
        emit currentPageChanged(page);
    viewport()->update();
    emit viewChanged();
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
        emit currentPageChanged(page);
    }
    const QRectF target = m_layout.toContent(page, pointsRect).translated(contentOffset());
    const QRectF view(QPointF(horizontalScrollBar()->value(), verticalScrollBar()->value()), QSizeF(viewport()->size()));
    if (!view.contains(target)) {
        const double margin = viewport()->height() / 3.0;
        verticalScrollBar()->setValue(qRound(target.top() - margin));
        if (target.left() < view.left() || target.right() > view.right())
            horizontalScrollBar()->setValue(qRound(target.center().x() - viewport()->width() / 2.0));
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
    const int page = m_layout.nearestPage(QPointF(visible.center().x(), visible.top() + visible.height() / 3));
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
    emit viewChanged();
}

void PageView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    relayout(anchorAt(QPointF(0, 0)));
}

QPoint PageView::mapFromPage(int page, QPointF pagePoint) const
{
    const QPointF content = m_layout.toContent(page, pagePoint) + contentOffset();
    return (content - QPointF(horizontalScrollBar()->value(), verticalScrollBar()->value())).toPoint();
}

QVector<int> PageView::visiblePages() const
{
    return hasDocument() ? m_layout.pagesIn(visibleContentRect()) : QVector<int>();
}

RenderKey PageView::fullKey(int page) const
{
    return RenderKey::make(page, pixelsPerPoint() * deviceScale(), m_rotation);
}

bool PageView::isTiled(int page) const
{
    const QRectF rect = m_layout.pageRect(page);
    const double scale = deviceScale();
    return rect.width() * scale * rect.height() * scale > tileThresholdPixels;
}

RenderKey PageView::backdropKey(int page) const
{
    const QSizeF points = m_info.pageSizes.value(page);
    const double area = std::max(1.0, points.width() * points.height());
    const double scale = std::min(pixelsPerPoint() * deviceScale(), std::sqrt(backdropPixels / area));
    return RenderKey::make(page, scale, m_rotation);
}

QVector<RenderKey> PageView::tileKeys(int page, const QRectF &contentArea) const
{
    QVector<RenderKey> keys;
    const RenderKey full = fullKey(page);
    const QSize image = PdfDocument::imageSize(m_info.pageSizes.value(page), full.scale(), m_rotation);
    const QRectF rect = m_layout.pageRect(page);
    const QRectF part = rect.intersected(contentArea);
    if (part.isEmpty() || rect.isEmpty())
        return keys;
    const double fx = image.width() / rect.width();
    const double fy = image.height() / rect.height();
    const int x0 = std::max(0, int((part.left() - rect.left()) * fx) / tileSize);
    const int x1 = std::min((image.width() - 1) / tileSize, int((part.right() - rect.left()) * fx) / tileSize);
    const int y0 = std::max(0, int((part.top() - rect.top()) * fy) / tileSize);
    const int y1 = std::min((image.height() - 1) / tileSize, int((part.bottom() - rect.top()) * fy) / tileSize);
    for (int ty = y0; ty <= y1; ++ty) {
        for (int tx = x0; tx <= x1; ++tx) {
            const QRect tile = QRect(tx * tileSize, ty * tileSize, tileSize, tileSize).intersected(QRect(QPoint(0, 0), image));
            keys.append(RenderKey{page, full.scaleMilli, m_rotation, tile});
        }
    }
    return keys;
}

QRectF PageView::tileTarget(int page, const RenderKey &key) const
{
    const QRectF rect = m_layout.pageRect(page);
    const QSize image = PdfDocument::imageSize(m_info.pageSizes.value(page), key.scale(), m_rotation);
    const double fx = rect.width() / image.width();
    const double fy = rect.height() / image.height();
    return QRectF(rect.left() + key.tile.x() * fx, rect.top() + key.tile.y() * fy, key.tile.width() * fx, key.tile.height() * fy);
}

void PageView::wantedKeys(QVector<RenderKey> &visible, QVector<RenderKey> &prefetch) const
{
    if (!hasDocument())
        return;
    const QRectF area = visibleContentRect();
    const QVector<int> pages = visiblePages();
    for (int page : pages) {
        if (isTiled(page)) {
            visible.append(backdropKey(page));
            visible.append(tileKeys(page, area));
        } else {
            visible.append(fullKey(page));
        }
    }
    if (pages.isEmpty())
        return;
    const int perRow = m_layout.pagesPerRow();
    const QVector<int> order = prefetchOrder(pages.first(), pages.last(), m_layout.pageCount(), m_direction,
                                             prefetchAhead * perRow, prefetchBehind * perRow);
    for (int page : order.mid(pages.size()))
        prefetch.append(isTiled(page) ? backdropKey(page) : fullKey(page));
}

void PageView::imageArrived(const RenderKey &key, const QImage &image)
{
    if (key.tile.isNull() && !image.isNull() && key.rotation == m_rotation) {
        // Keep the image nearest to the wanted resolution (a thumbnail only until better).
        const int wanted = fullKey(key.page).scaleMilli;
        const auto found = m_fallback.constFind(key.page);
        if (found == m_fallback.constEnd() || std::abs(key.scaleMilli - wanted) <= std::abs(found->first.scaleMilli - wanted)) {
            m_fallback.insert(key.page, qMakePair(key, image));
            pruneImages();
        }
    }
    const QRectF visible = visibleContentRect();
    if (m_layout.pageRect(key.page).intersects(visible))
        viewport()->update();
}

void PageView::textArrived(int page)
{
    if ((m_anchor.page >= 0 && page >= std::min(m_anchor.page, m_focus.page) && page <= std::max(m_anchor.page, m_focus.page)))
        viewport()->update();
}

QImage PageView::shownImage(int page) const
{
    return m_shown.value(page);
}

void PageView::setFindHits(const QHash<int, QVector<QVector<QRectF>>> &hits, int currentPage, int currentIndex)
{
    m_hits = hits;
    m_hitPage = currentPage;
    m_hitIndex = currentIndex;
    viewport()->update();
}

void PageView::drawPlaceholder(QPainter &painter, const QRectF &target, const QString &message)
{
    painter.fillRect(target, QColor(0xee, 0xee, 0xee));
    if (message.isEmpty())
        return;
    painter.setPen(QColor(0x70, 0x70, 0x70));
    const QRectF text = target.adjusted(16, 16, -16, -16);
    painter.drawText(text, Qt::AlignCenter | Qt::TextWordWrap, message);
}

bool PageView::paintPage(QPainter &painter, int page, const QRectF &target, const QRectF &visible)
{
    if (!m_service) {
        drawPlaceholder(painter, target, QString());
        return false;
    }
    PageImageCache &cache = m_service->cache();
    painter.fillRect(target, Qt::white);
    auto drawFallback = [&] {
        const auto found = m_fallback.constFind(page);
        if (found != m_fallback.constEnd() && found->first.rotation == m_rotation) {
            painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
            painter.drawImage(target, found->second);
            painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
            return true;
        }
        return false;
    };
    auto markPainted = [&](const RenderKey &key, const QImage &image) {
        m_shown.insert(page, image);
        if (!m_painted.contains(key)) {
            m_painted.insert(key);
            QMetaObject::invokeMethod(this, [this, page] { emit pagePainted(page); }, Qt::QueuedConnection);
        }
    };

    if (!isTiled(page)) {
        const RenderKey key = fullKey(page);
        const QImage image = cache.find(key);
        if (!image.isNull()) {
            painter.drawImage(target, image);
            markPainted(key, image);
            return true;
        }
        if (const QString failure = m_service->failure(key); !failure.isEmpty()) {
            drawPlaceholder(painter, target, failure);
            return true; // final: the placeholder is what this page shows
        }
        if (!drawFallback())
            drawPlaceholder(painter, target, tr("Loading page %1…").arg(page + 1));
        if (!m_service->isPending(key))
            m_wantsRequest = true; // e.g. the window moved to a screen of another pixel ratio
        return false;
    }
    const RenderKey backdrop = backdropKey(page);
    const QImage low = cache.find(backdrop);
    if (!low.isNull()) {
        painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
        painter.drawImage(target, low);
        painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
        markPainted(backdrop, low);
    } else if (!drawFallback()) {
        const QString failure = m_service->failure(backdrop);
        drawPlaceholder(painter, target, failure.isEmpty() ? tr("Loading page %1…").arg(page + 1) : failure);
    }
    const QVector<RenderKey> tiles = tileKeys(page, visible.translated(-contentOffset()));
    int drawn = 0;
    for (const RenderKey &key : tiles) {
        const QImage tile = cache.find(key);
        if (!tile.isNull()) {
            painter.drawImage(tileTarget(page, key).translated(contentOffset()), tile);
            ++drawn;
        }
    }
    // Sharp once every visible tile is there.
    if (!tiles.isEmpty() && drawn == tiles.size() && !low.isNull()) {
        markPainted(tiles.first(), low);
        return true;
    }
    return false;
}

QVector<QPair<int, QVector<QRectF>>> PageView::selectionRects() const
{
    QVector<QPair<int, QVector<QRectF>>> result;
    if (m_anchor.page < 0 || m_focus.page < 0 || !m_service)
        return result;
    SelectionEnd first = m_anchor;
    SelectionEnd last = m_focus;
    if (last.page < first.page)
        std::swap(first, last);
    for (int page = first.page; page <= last.page; ++page) {
        const PdfPageText *text = m_service->pageText(page);
        if (!text || text->isEmpty())
            continue;
        int from = page == first.page ? text->charIndexAt(first.point) : 0;
        int to = page == last.page ? text->charIndexAt(last.point) : static_cast<int>(text->text().size());
        if (from > to)
            std::swap(from, to);
        if (from < to)
            result.append(qMakePair(page, text->rectsFor(from, to)));
    }
    return result;
}

bool PageView::hasSelection() const
{
    return !selectedText().isEmpty();
}

QString PageView::selectedText() const
{
    if (m_anchor.page < 0 || m_focus.page < 0 || !m_service)
        return QString();
    SelectionEnd first = m_anchor;
    SelectionEnd last = m_focus;
    if (last.page < first.page)
        std::swap(first, last);
    QStringList parts;
    for (int page = first.page; page <= last.page; ++page) {
        const PdfPageText *text = m_service->pageText(page);
        if (!text)
            continue;
        int from = page == first.page ? text->charIndexAt(first.point) : 0;
        int to = page == last.page ? text->charIndexAt(last.point) : static_cast<int>(text->text().size());
        if (from > to)
            std::swap(from, to);
        const QString part = text->textFor(from, to);
        if (!part.isEmpty())
            parts.append(part);
    }
    return parts.join(QLatin1Char('\n'));
}

void PageView::clearSelection()
{
    const bool had = m_anchor.page >= 0;
    m_anchor = m_focus = SelectionEnd();
    viewport()->update();
    if (had)
        emit selectionChanged(false);
}

void PageView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    painter.fillRect(viewport()->rect(), QColor(0x5a, 0x5f, 0x66));
    if (!hasDocument())
        return;
    const QPointF scroll(horizontalScrollBar()->value(), verticalScrollBar()->value());
    const QPointF offset = contentOffset();
    painter.translate(-scroll);
    const QRectF visible(scroll, QSizeF(viewport()->size()));
    const auto selection = selectionRects();
    bool complete = true;
    for (int page : visiblePages()) {
        const QRectF target = m_layout.pageRect(page).translated(offset);
        painter.fillRect(target.translated(2, 2), QColor(0, 0, 0, 60)); // shadow
        complete = paintPage(painter, page, target, visible) && complete;

        painter.save();
        painter.translate(offset);
        const auto hits = m_hits.value(page);
        for (qsizetype i = 0; i < hits.size(); ++i) {
            const bool current = page == m_hitPage && i == m_hitIndex;
            const QColor colour = current ? QColor(255, 120, 0, 140) : QColor(255, 230, 0, 110);
            for (const QRectF &r : hits.at(i))
                painter.fillRect(m_layout.toContent(page, r).adjusted(-1, -1, 1, 1), colour);
        }
        for (const auto &[selectedPage, rects] : selection) {
            if (selectedPage != page)
                continue;
            for (const QRectF &r : rects)
                painter.fillRect(m_layout.toContent(page, r), QColor(40, 110, 220, 90));
        }
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
    emit framePainted(complete);
}

void PageView::setOverlay(PageOverlay *overlay)
{
    m_overlay = overlay;
    viewport()->update();
}

QTransform PageView::pageTransform(int page) const
{
    const QPointF shift = contentOffset() - QPointF(horizontalScrollBar()->value(), verticalScrollBar()->value());
    const QPointF origin = m_layout.toContent(page, QPointF(0, 0));
    const QPointF ex = m_layout.toContent(page, QPointF(1, 0)) - origin;
    const QPointF ey = m_layout.toContent(page, QPointF(0, 1)) - origin;
    return QTransform(ex.x(), ex.y(), ey.x(), ey.y(), origin.x() + shift.x(), origin.y() + shift.y());
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
    m_anchor = SelectionEnd{page, m_layout.toPage(page, content)};
    m_focus = m_anchor;
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
    m_focus = SelectionEnd{page, m_layout.toPage(page, content)};
    for (int p = std::min(page, m_anchor.page); p <= std::max(page, m_anchor.page); ++p)
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
    if ((m_focus.point - m_anchor.point).manhattanLength() < 2 && m_focus.page == m_anchor.page)
        m_anchor = m_focus = SelectionEnd(); // a click, not a drag
    viewport()->update();
    emit selectionChanged(m_anchor.page >= 0);
}

void PageView::mouseDoubleClickEvent(QMouseEvent *event)
{
    // Select the word under the pointer.
    if (!hasDocument() || !m_service)
        return;
    const QPointF content = toContent(event->position());
    const int page = m_layout.pageAt(content);
    const PdfPageText *text = page >= 0 ? m_service->pageText(page) : nullptr;
    if (!text)
        return;
    const int index = text->charIndexAt(m_layout.toPage(page, content));
    if (index < 0)
        return;
    int from = std::min(index, static_cast<int>(text->text().size()) - 1);
    int to = from;
    while (from > 0 && !text->text().at(from - 1).isSpace())
        --from;
    while (to < text->text().size() && !text->text().at(to).isSpace())
        ++to;
    const auto rects = text->rectsFor(from, to);
    if (rects.isEmpty())
        return;
    m_anchor = SelectionEnd{page, QPointF(rects.first().left() + 0.1, rects.first().center().y())};
    m_focus = SelectionEnd{page, QPointF(rects.last().right() - 0.1, rects.last().center().y())};
    viewport()->update();
    emit selectionChanged(true);
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
            emit zoomChanged(m_zoom);
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

void PageView::swipe(int direction)
{
    if (direction > 0)
        nextPage();
    else
        previousPage();
}

bool PageView::viewportEvent(QEvent *event)
{
    const QEvent::Type type = event->type();
    if (m_overlay && (type == QEvent::TabletPress || type == QEvent::TabletMove || type == QEvent::TabletRelease)
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
                m_zoom = std::clamp(m_pinchStartZoom * pinch->totalScaleFactor(), minimumZoom, maximumZoom);
                relayout(anchor);
                emit zoomChanged(m_zoom);
            }
            gestureEvent->accept(pinch);
            return true;
        }
        break;
    }
    case QEvent::TouchBegin: {
        const auto *touch = static_cast<QTouchEvent *>(event);
        if (!touch->points().isEmpty())
            m_touchStart = touch->points().first().position();
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
        const auto *touch = static_cast<QTouchEvent *>(event);
        if (touch->points().size() == 1 && horizontalScrollBar()->maximum() == 0) {
            const QPointF delta = touch->points().first().position() - m_touchStart;
            if (std::abs(delta.x()) > 80 && std::abs(delta.x()) > 2 * std::abs(delta.y()))
                swipe(delta.x() < 0 ? 1 : -1);
        }
        break;
    }
    default:
        break;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

} // namespace phonghop::ui
