#include "viewer/pagelayout.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace phonghop::ui {

void PageLayout::build(const QVector<QSizeF> &sizes, const Options &options)
{
    m_sizes = sizes;
    m_options = options;
    m_options.rotation = ((options.rotation % 4) + 4) % 4;
    m_rects = QVector<QRectF>(sizes.size());
    const int count = pageCount();
    const int perRow = pagesPerRow();
    const double ppp = m_options.pixelsPerPoint;
    const double gap = m_options.spacing;
    if (count == 0) {
        m_content = QSizeF();
        return;
    }
    m_options.currentPage = std::clamp(options.currentPage, 0, count - 1);
    const int firstRow = m_options.continuous ? 0 : rowStart(m_options.currentPage);
    const int endRow = m_options.continuous ? count : std::min(count, firstRow + perRow);

    // Rows are centred on the widest row.
    double widest = 0;
    for (int start = firstRow; start < endRow; start += perRow)
        widest = std::max(widest, rowInPoints(start).width() * ppp + gap * (perRow - 1));
    double y = gap;
    for (int start = firstRow; start < endRow; start += perRow) {
        const QSizeF row = rowInPoints(start) * ppp;
        const double rowWidth = row.width() + gap * (std::min(perRow, count - start) - 1);
        double x = gap + (widest - rowWidth) / 2;
        for (int page = start; page < std::min(count, start + perRow); ++page) {
            const QSizeF size = rotatedSize(page) * ppp;
            // Pages of a row share their vertical centre.
            m_rects[page]
                = QRectF(x, y + (row.height() - size.height()) / 2, size.width(), size.height());
            x += size.width() + gap;
        }
        y += row.height() + gap;
    }
    m_content = QSizeF(widest + 2 * gap, y);
}

QRectF PageLayout::pageRect(int page) const
{
    return page >= 0 && page < m_rects.size() ? m_rects.at(page) : QRectF();
}

QVector<int> PageLayout::pagesIn(const QRectF &area) const
{
    QVector<int> pages;
    // Rects are sorted by y: binary search the first row that can meet the area.
    auto first = std::lower_bound(m_rects.cbegin(), m_rects.cend(), area.top(),
        [](const QRectF &r, double top) { return r.isEmpty() || r.bottom() < top; });
    // Pages of one row may differ in height: look one row back.
    first -= std::min<qsizetype>(first - m_rects.cbegin(), pagesPerRow());
    for (auto it = first; it != m_rects.cend(); ++it) {
        if (it->isEmpty())
            continue;
        if (it->top() > area.bottom())
            break;
        if (it->intersects(area))
            pages.append(static_cast<int>(it - m_rects.cbegin()));
    }
    if (!m_options.continuous) { // the few laid-out pages may sit before `first`
        pages.clear();
        for (int i = 0; i < m_rects.size(); ++i)
            if (!m_rects.at(i).isEmpty() && m_rects.at(i).intersects(area))
                pages.append(i);
    }
    return pages;
}

int PageLayout::pageAt(QPointF point) const
{
    const auto pages = pagesIn(QRectF(point, QSizeF(0.01, 0.01)));
    return pages.isEmpty() ? -1 : pages.first();
}

int PageLayout::nearestPage(QPointF point) const
{
    int best = -1;
    double bestDistance = std::numeric_limits<double>::max();
    for (int i = 0; i < m_rects.size(); ++i) {
        const QRectF &r = m_rects.at(i);
        if (r.isEmpty())
            continue;
        const double dy
            = point.y() < r.top() ? r.top() - point.y() : std::max(0.0, point.y() - r.bottom());
        const double dx
            = point.x() < r.left() ? r.left() - point.x() : std::max(0.0, point.x() - r.right());
        const double distance = dy * 4 + dx;
        if (distance < bestDistance) {
            bestDistance = distance;
            best = i;
        }
    }
    return best;
}

int PageLayout::rowStart(int page) const
{
    return page - page % pagesPerRow();
}

QSizeF PageLayout::rotatedSize(int page) const
{
    if (page < 0 || page >= m_sizes.size())
        return QSizeF();
    const QSizeF size = m_sizes.at(page).isValid() ? m_sizes.at(page) : QSizeF(595, 842);
    return m_options.rotation % 2 ? size.transposed() : size;
}

QSizeF PageLayout::rowInPoints(int page) const
{
    const int start = rowStart(page);
    QSizeF row;
    for (int p = start; p < std::min(pageCount(), start + pagesPerRow()); ++p) {
        const QSizeF size = rotatedSize(p);
        row.setWidth(row.width() + size.width());
        row.setHeight(std::max(row.height(), size.height()));
    }
    return row;
}

QSizeF PageLayout::largestRowInPoints() const
{
    QSizeF largest;
    for (int start = 0; start < pageCount(); start += pagesPerRow()) {
        const QSizeF row = rowInPoints(start);
        largest = QSizeF(
            std::max(largest.width(), row.width()), std::max(largest.height(), row.height()));
    }
    return largest;
}

QPointF PageLayout::toContent(int page, QPointF p) const
{
    const QRectF rect = pageRect(page);
    if (page < 0 || page >= m_sizes.size())
        return QPointF();
    const QSizeF size = m_sizes.at(page);
    QPointF rotated;
    switch (m_options.rotation) {
    case 1:
        rotated = QPointF(size.height() - p.y(), p.x());
        break;
    case 2:
        rotated = QPointF(size.width() - p.x(), size.height() - p.y());
        break;
    case 3:
        rotated = QPointF(p.y(), size.width() - p.x());
        break;
    default:
        rotated = p;
    }
    return rect.topLeft() + rotated * m_options.pixelsPerPoint;
}

QRectF PageLayout::toContent(int page, const QRectF &r) const
{
    return QRectF(toContent(page, r.topLeft()), toContent(page, r.bottomRight())).normalized();
}

QPointF PageLayout::toPage(int page, QPointF c) const
{
    const QRectF rect = pageRect(page);
    if (page < 0 || page >= m_sizes.size() || m_options.pixelsPerPoint <= 0)
        return QPointF();
    const QSizeF size = m_sizes.at(page);
    const QPointF u = (c - rect.topLeft()) / m_options.pixelsPerPoint;
    switch (m_options.rotation) {
    case 1:
        return QPointF(u.y(), size.height() - u.x());
    case 2:
        return QPointF(size.width() - u.x(), size.height() - u.y());
    case 3:
        return QPointF(size.width() - u.y(), u.x());
    default:
        return u;
    }
}

QTransform PageLayout::pageToContent(int page) const
{
    const QPointF origin = toContent(page, QPointF(0, 0));
    const QPointF ex = toContent(page, QPointF(1, 0)) - origin;
    const QPointF ey = toContent(page, QPointF(0, 1)) - origin;
    return QTransform(ex.x(), ex.y(), ey.x(), ey.y(), origin.x(), origin.y());
}

double PageLayout::fitZoom(bool wholePage, QSizeF viewport, double dpiFactor) const
{
    const QSizeF row
        = m_options.continuous ? largestRowInPoints() : rowInPoints(m_options.currentPage);
    const double gaps = m_options.spacing * (pagesPerRow() + 1);
    const double width = std::max(50.0, viewport.width() - gaps) / (row.width() * dpiFactor);
    const double height
        = std::max(50.0, viewport.height() - 2 * m_options.spacing) / (row.height() * dpiFactor);
    return wholePage ? std::min(width, height) : width;
}

bool PageLayout::twoPagesFit(QSizeF page, int rotation, QSizeF viewport)
{
    if (rotation % 2 == 1)
        page.transpose();
    if (page.isEmpty())
        return false;
    const double spacing = Options().spacing;
    const double width = viewport.width() - 3 * spacing;
    const double height = viewport.height() - 2 * spacing;
    return height > 0 && width / height >= 2 * page.width() / page.height();
}

} // namespace phonghop::ui
