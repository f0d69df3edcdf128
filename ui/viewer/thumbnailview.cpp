#include "viewer/thumbnailview.h"

#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QScroller>

namespace phonghop::ui {

namespace {
constexpr double imageWidth = 120;
constexpr double labelHeight = 22;
constexpr double gap = 10;
} // namespace

ThumbnailView::ThumbnailView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    QScroller::grabGesture(viewport(), QScroller::TouchGesture);
    verticalScrollBar()->setSingleStep(40);
    setMinimumWidth(static_cast<int>(imageWidth + 2 * gap + 20));
}

void ThumbnailView::setDocument(const PdfDocumentInfo &info)
{
    m_info = info;
    m_current = -1;
    relayout();
}

void ThumbnailView::setPageSizes(const QVector<QSizeF> &pageSizes)
{
    if (pageSizes.size() != m_info.pageCount)
        return;
    m_info.pageSizes = pageSizes;
    relayout();
}

void ThumbnailView::relayout()
{
    m_tops.clear();
    double y = gap;
    for (const QSizeF &size : m_info.pageSizes) {
        m_tops.append(y);
        const double height = size.isValid() && size.width() > 0
            ? imageWidth * size.height() / size.width()
            : imageWidth * 1.41;
        y += std::min(height, imageWidth * 3) + labelHeight + gap;
    }
    m_height = y;
    verticalScrollBar()->setRange(0, std::max(0, qCeil(m_height) - viewport()->height()));
    verticalScrollBar()->setPageStep(viewport()->height());
    viewport()->update();
    Q_EMIT viewChanged();
}

QRectF ThumbnailView::imageRect(int page) const
{
    const double next = page + 1 < m_tops.size() ? m_tops.at(page + 1) : m_height;
    const double height = next - m_tops.at(page) - labelHeight - gap;
    return QRectF((viewport()->width() - imageWidth) / 2, m_tops.at(page), imageWidth, height);
}

QRectF ThumbnailView::itemRect(int page) const
{
    return imageRect(page).adjusted(-4, -4, 4, labelHeight);
}

RenderKey ThumbnailView::keyFor(int page) const
{
    const QSizeF size = m_info.pageSizes.value(page);
    const double scale = size.width() > 0 ? imageWidth * devicePixelRatioF() / size.width() : 0.2;
    return RenderKey::make(page, scale, 0);
}

QVector<int> ThumbnailView::visiblePages() const
{
    QVector<int> pages;
    const double top = verticalScrollBar()->value();
    const double bottom = top + viewport()->height();
    const auto first = std::upper_bound(m_tops.cbegin(), m_tops.cend(), top);
    for (auto it = first == m_tops.cbegin() ? first : first - 1;
         it != m_tops.cend() && *it < bottom; ++it)
        pages.append(static_cast<int>(it - m_tops.cbegin()));
    return pages;
}

QVector<RenderKey> ThumbnailView::wantedKeys() const
{
    QVector<RenderKey> keys;
    if (!isVisible())
        return keys;
    for (int page : visiblePages())
        keys.append(keyFor(page));
    return keys;
}

void ThumbnailView::imageArrived(const RenderKey &key)
{
    if (key.tile.isNull() && key == keyFor(key.page) && visiblePages().contains(key.page))
        viewport()->update();
}

void ThumbnailView::setCurrentPage(int page)
{
    if (page == m_current || page < 0 || page >= m_tops.size())
        return;
    m_current = page;
    // Scroll only as far as needed to show it.
    const QRectF item = itemRect(page).adjusted(0, -gap, 0, gap);
    const double top = verticalScrollBar()->value();
    if (item.top() < top)
        verticalScrollBar()->setValue(qFloor(item.top()));
    else if (item.bottom() > top + viewport()->height())
        verticalScrollBar()->setValue(qCeil(item.bottom() - viewport()->height()));
    viewport()->update();
}

void ThumbnailView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    painter.fillRect(viewport()->rect(), palette().window());
    painter.translate(0, -verticalScrollBar()->value());
    for (int page : visiblePages()) {
        const QRectF image = imageRect(page);
        if (page == m_current)
            painter.fillRect(itemRect(page), palette().highlight());
        const QImage thumb = m_service ? m_service->cache().find(keyFor(page)) : QImage();
        if (thumb.isNull()) {
            painter.fillRect(image, Qt::white);
        } else {
            painter.setRenderHint(QPainter::SmoothPixmapTransform);
            painter.drawImage(image, thumb);
        }
        painter.setPen(QColor(0, 0, 0, 80));
        painter.drawRect(image);
        painter.setPen(
            page == m_current ? palette().highlightedText().color() : palette().text().color());
        painter.drawText(QRectF(image.left(), image.bottom(), image.width(), labelHeight),
            Qt::AlignCenter, QString::number(page + 1));
    }
}

void ThumbnailView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    relayout();
}

void ThumbnailView::scrollContentsBy(int, int)
{
    viewport()->update();
    Q_EMIT viewChanged();
}

void ThumbnailView::mouseReleaseEvent(QMouseEvent *event)
{
    const double y = event->position().y() + verticalScrollBar()->value();
    for (int page : visiblePages()) {
        if (itemRect(page)
                .adjusted(-gap, -gap / 2, gap, gap / 2)
                .contains(QPointF(event->position().x(), y))) {
            Q_EMIT pageActivated(page);
            return;
        }
    }
}

} // namespace phonghop::ui
