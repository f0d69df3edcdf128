#include "meeting_core/annotations/normalizedgeometry.h"

#include <algorithm>
#include <cmath>

namespace phonghop {

double NormalizedPoint::manhattanLength() const
{
    return std::abs(m_x) + std::abs(m_y);
}

NormalizedPoint NormalizedPoint::clampedToPage() const
{
    return { std::clamp(m_x, 0.0, 1.0), std::clamp(m_y, 0.0, 1.0) };
}

NormalizedPoint &NormalizedPoint::operator+=(NormalizedPoint other)
{
    m_x += other.m_x;
    m_y += other.m_y;
    return *this;
}

NormalizedPoint &NormalizedPoint::operator-=(NormalizedPoint other)
{
    m_x -= other.m_x;
    m_y -= other.m_y;
    return *this;
}

NormalizedRect NormalizedRect::clampedToPage() const
{
    const QRectF page(0, 0, 1, 1);
    const QRectF rect = m_rect.normalized();
    if (rect.isEmpty()) // a line or a point: keep its shape, moved onto the page
        return NormalizedRect(NormalizedPoint(rect.topLeft()).clampedToPage(),
            NormalizedPoint(rect.bottomRight()).clampedToPage());
    return rect.intersected(page);
}

PageGeometry::PageGeometry(QSizeF pagePoints, const QTransform &pageToPixels)
    : m_size(pagePoints)
    , m_toPixels(QTransform::fromScale(pagePoints.width(), pagePoints.height()) * pageToPixels)
    , m_fromPixels(m_toPixels.inverted())
{
}

QTransform PageGeometry::pageToImage(QSizeF page, double pixelsPerPoint, int quarterTurns)
{
    const QTransform zoom = QTransform::fromScale(pixelsPerPoint, pixelsPerPoint);
    switch (((quarterTurns % 4) + 4) % 4) {
    case 1: // (x, y) -> (height - y, x)
        return QTransform(0, 1, -1, 0, page.height(), 0) * zoom;
    case 2: // (x, y) -> (width - x, height - y)
        return QTransform(-1, 0, 0, -1, page.width(), page.height()) * zoom;
    case 3: // (x, y) -> (y, width - x)
        return QTransform(0, -1, 1, 0, 0, page.width()) * zoom;
    default:
        return zoom;
    }
}

QPointF PageGeometry::toPagePoints(NormalizedPoint point) const
{
    return QPointF(point.x() * m_size.width(), point.y() * m_size.height());
}

QRectF PageGeometry::toPagePoints(const NormalizedRect &rect) const
{
    return QRectF(rect.x() * m_size.width(), rect.y() * m_size.height(),
        rect.width() * m_size.width(), rect.height() * m_size.height());
}

NormalizedPoint PageGeometry::fromPagePoints(QPointF point) const
{
    if (m_size.isEmpty())
        return {};
    return NormalizedPoint(point.x() / m_size.width(), point.y() / m_size.height()).clampedToPage();
}

NormalizedRect PageGeometry::fromPagePoints(const QRectF &rect) const
{
    if (m_size.isEmpty())
        return {};
    return NormalizedRect(rect.x() / m_size.width(), rect.y() / m_size.height(),
        rect.width() / m_size.width(), rect.height() / m_size.height())
        .clampedToPage();
}

NormalizedPoint PageGeometry::fromPixels(QPointF pixel) const
{
    return NormalizedPoint(m_fromPixels.map(pixel)).clampedToPage();
}

NormalizedRect PageGeometry::fromPixels(const QRectF &pixels) const
{
    return NormalizedRect(m_fromPixels.mapRect(pixels)).clampedToPage();
}

} // namespace phonghop
