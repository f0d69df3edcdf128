#include "viewer/pageimages.h"

#include <QPainter>
#include <cmath>

namespace phonghop::ui {

namespace {
// Above this many device pixels a page is drawn in tiles over a low-resolution backdrop.
constexpr qint64 tileThresholdPixels = 6'000'000;
constexpr int tileSize = 1024;
constexpr qint64 backdropPixels = 1'200'000;
constexpr int prefetchAhead = 2;
constexpr int prefetchBehind = 1;
} // namespace

void PageImages::reset(const QVector<QSizeF> &pageSizesInPoints)
{
    m_sizes = pageSizesInPoints;
    m_fallback.clear();
    m_painted.clear();
    m_shown.clear();
}

RenderKey PageImages::fullKey(int page, const PageScale &scale) const
{
    return RenderKey::make(page, scale.pixelsPerPoint * scale.deviceScale, scale.rotation);
}

bool PageImages::isTiled(int page, const PageScale &scale) const
{
    const QRectF rect = m_layout.pageRect(page);
    return rect.width() * scale.deviceScale * rect.height() * scale.deviceScale
        > tileThresholdPixels;
}

RenderKey PageImages::backdropKey(int page, const PageScale &scale) const
{
    const QSizeF points = m_sizes.value(page);
    const double area = std::max(1.0, points.width() * points.height());
    const double factor
        = std::min(scale.pixelsPerPoint * scale.deviceScale, std::sqrt(backdropPixels / area));
    return RenderKey::make(page, factor, scale.rotation);
}

QVector<RenderKey> PageImages::tileKeys(
    int page, const QRectF &contentArea, const PageScale &scale) const
{
    QVector<RenderKey> keys;
    const RenderKey full = fullKey(page, scale);
    const QSize image = PdfDocument::imageSize(m_sizes.value(page), full.scale(), scale.rotation);
    const QRectF rect = m_layout.pageRect(page);
    const QRectF part = rect.intersected(contentArea);
    if (part.isEmpty() || rect.isEmpty())
        return keys;
    const double fx = image.width() / rect.width();
    const double fy = image.height() / rect.height();
    const int x0 = std::max(0, int((part.left() - rect.left()) * fx) / tileSize);
    const int x1 = std::min(
        (image.width() - 1) / tileSize, int((part.right() - rect.left()) * fx) / tileSize);
    const int y0 = std::max(0, int((part.top() - rect.top()) * fy) / tileSize);
    const int y1 = std::min(
        (image.height() - 1) / tileSize, int((part.bottom() - rect.top()) * fy) / tileSize);
    for (int ty = y0; ty <= y1; ++ty) {
        for (int tx = x0; tx <= x1; ++tx) {
            const QRect tile = QRect(tx * tileSize, ty * tileSize, tileSize, tileSize)
                                   .intersected(QRect(QPoint(0, 0), image));
            keys.append(RenderKey { page, full.scaleMilli, scale.rotation, tile });
        }
    }
    return keys;
}

QRectF PageImages::tileTarget(int page, const RenderKey &key) const
{
    const QRectF rect = m_layout.pageRect(page);
    const QSize image = PdfDocument::imageSize(m_sizes.value(page), key.scale(), key.rotation);
    const double fx = rect.width() / image.width();
    const double fy = rect.height() / image.height();
    return QRectF(rect.left() + key.tile.x() * fx, rect.top() + key.tile.y() * fy,
        key.tile.width() * fx, key.tile.height() * fy);
}

void PageImages::wantedKeys(const QVector<int> &pages, const QRectF &area, int direction,
    const PageScale &scale, QVector<RenderKey> &visible, QVector<RenderKey> &prefetch) const
{
    for (int page : pages) {
        if (isTiled(page, scale)) {
            visible.append(backdropKey(page, scale));
            visible.append(tileKeys(page, area, scale));
        } else {
            visible.append(fullKey(page, scale));
        }
    }
    if (pages.isEmpty())
        return;
    const int perRow = m_layout.pagesPerRow();
    const QVector<int> order = prefetchOrder(pages.first(), pages.last(), m_layout.pageCount(),
        direction, prefetchAhead * perRow, prefetchBehind * perRow);
    for (int page : order.mid(pages.size()))
        prefetch.append(isTiled(page, scale) ? backdropKey(page, scale) : fullKey(page, scale));
}

bool PageImages::imageArrived(const RenderKey &key, const QImage &image, const PageScale &scale)
{
    if (!key.tile.isNull() || image.isNull() || key.rotation != scale.rotation)
        return false;
    // Keep the image nearest to the wanted resolution (a thumbnail only until better).
    const int wanted = fullKey(key.page, scale).scaleMilli;
    const auto found = m_fallback.constFind(key.page);
    if (found != m_fallback.constEnd()
        && std::abs(key.scaleMilli - wanted) > std::abs(found->first.scaleMilli - wanted))
        return false;
    m_fallback.insert(key.page, qMakePair(key, image));
    return true;
}

void PageImages::prune(int first, int last, int rotation)
{
    auto far = [&](int page) { return page < first - 3 || page > last + 3; };
    for (auto it = m_fallback.begin(); it != m_fallback.end();)
        it = far(it.key()) || it->first.rotation != rotation ? m_fallback.erase(it) : std::next(it);
    for (auto it = m_shown.begin(); it != m_shown.end();)
        it = far(it.key()) ? m_shown.erase(it) : std::next(it);
}

void PageImages::drawPlaceholder(QPainter &painter, const QRectF &target, const QString &message)
{
    painter.fillRect(target, QColor(0xee, 0xee, 0xee));
    if (message.isEmpty())
        return;
    painter.setPen(QColor(0x70, 0x70, 0x70));
    const QRectF text = target.adjusted(16, 16, -16, -16);
    painter.drawText(text, Qt::AlignCenter | Qt::TextWordWrap, message);
}

PageImages::Painted PageImages::paint(QPainter &painter, PdfRenderService &service, int page,
    const QRectF &target, const QRectF &visible, QPointF contentOffset, const PageScale &scale,
    const QString &loading)
{
    Painted result;
    PageImageCache &cache = service.cache();
    auto drawFallback = [&] {
        const auto found = m_fallback.constFind(page);
        if (found != m_fallback.constEnd() && found->first.rotation == scale.rotation) {
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
            ++result.newlyPainted;
        }
    };

    if (!isTiled(page, scale)) {
        const RenderKey key = fullKey(page, scale);
        const QImage image = cache.find(key);
        if (!image.isNull()) {
            painter.drawImage(target, image);
            markPainted(key, image);
            result.sharp = true;
            return result;
        }
        if (const QString failure = service.failure(key); !failure.isEmpty()) {
            drawPlaceholder(painter, target, failure);
            result.sharp = true; // final: the placeholder is what this page shows
            return result;
        }
        if (!drawFallback()) // an opaque image of the page: no paper under it
            drawPlaceholder(painter, target, loading);
        // e.g. the window moved to a screen of another pixel ratio
        result.wantsRequest = !service.isPending(key);
        return result;
    }
    painter.fillRect(target, Qt::white); // under the tiles still drawing
    const RenderKey backdrop = backdropKey(page, scale);
    const QImage low = cache.find(backdrop);
    if (!low.isNull()) {
        painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
        painter.drawImage(target, low);
        painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
        markPainted(backdrop, low);
    } else if (!drawFallback()) {
        const QString failure = service.failure(backdrop);
        drawPlaceholder(painter, target, failure.isEmpty() ? loading : failure);
    }
    const QVector<RenderKey> tiles = tileKeys(page, visible.translated(-contentOffset), scale);
    int drawn = 0;
    for (const RenderKey &key : tiles) {
        const QImage tile = cache.find(key);
        if (!tile.isNull()) {
            painter.drawImage(tileTarget(page, key).translated(contentOffset), tile);
            ++drawn;
        }
    }
    // Sharp once every visible tile is there.
    if (!tiles.isEmpty() && drawn == tiles.size() && !low.isNull()) {
        markPainted(tiles.first(), low);
        result.sharp = true;
    }
    return result;
}

} // namespace phonghop::ui
