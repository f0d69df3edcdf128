#pragma once

#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QTransform>

namespace phonghop {

// A point of a page in normalized, unrotated page coordinates: (0, 0) is the top-left corner of
// the page as the PDF defines it and (1, 1) its bottom-right, whatever the zoom, the rotation or
// the screen (Okular stores annotation geometry the same way, and so does Poppler's annotation
// API). A difference of two points (an offset) is a NormalizedPoint too.
//
// It converts implicitly from a QPointF already in these coordinates, so that literal
// geometry reads as plain numbers; page points and pixels convert only through PageGeometry.
class NormalizedPoint final {
public:
    constexpr NormalizedPoint() = default;
    constexpr NormalizedPoint(double x, double y)
        : m_x(x)
        , m_y(y)
    {
    }
    constexpr NormalizedPoint(QPointF normalized)
        : m_x(normalized.x())
        , m_y(normalized.y())
    {
    }

    constexpr double x() const { return m_x; }
    constexpr double y() const { return m_y; }
    void setX(double x) { m_x = x; }
    void setY(double y) { m_y = y; }
    constexpr QPointF toPointF() const { return QPointF(m_x, m_y); }
    double manhattanLength() const;
    bool isOnPage() const { return m_x >= 0 && m_x <= 1 && m_y >= 0 && m_y <= 1; }
    // The nearest point of the page (each coordinate into 0..1).
    NormalizedPoint clampedToPage() const;

    NormalizedPoint &operator+=(NormalizedPoint other);
    NormalizedPoint &operator-=(NormalizedPoint other);
    friend NormalizedPoint operator+(NormalizedPoint a, NormalizedPoint b) { return a += b; }
    friend NormalizedPoint operator-(NormalizedPoint a, NormalizedPoint b) { return a -= b; }
    friend NormalizedPoint operator*(NormalizedPoint p, double f)
    {
        return { p.m_x * f, p.m_y * f };
    }
    friend NormalizedPoint operator*(double f, NormalizedPoint p) { return p * f; }
    friend NormalizedPoint operator/(NormalizedPoint p, double d)
    {
        return { p.m_x / d, p.m_y / d };
    }
    friend bool operator==(NormalizedPoint a, NormalizedPoint b)
    {
        return a.toPointF() == b.toPointF();
    }
    friend bool operator!=(NormalizedPoint a, NormalizedPoint b) { return !(a == b); }

private:
    double m_x = 0;
    double m_y = 0;
};

// A rectangle of a page in normalized, unrotated page coordinates (see NormalizedPoint): a
// text-markup line, a note's icon, a text box, the bounding box of an annotation.
class NormalizedRect final {
public:
    constexpr NormalizedRect() = default;
    constexpr NormalizedRect(double x, double y, double width, double height)
        : m_rect(x, y, width, height)
    {
    }
    NormalizedRect(NormalizedPoint topLeft, NormalizedPoint bottomRight)
        : m_rect(topLeft.toPointF(), bottomRight.toPointF())
    {
    }
    NormalizedRect(NormalizedPoint topLeft, QSizeF size)
        : m_rect(topLeft.toPointF(), size)
    {
    }
    // From a QRectF already in these coordinates (see NormalizedPoint).
    constexpr NormalizedRect(const QRectF &normalized)
        : m_rect(normalized)
    {
    }

    double x() const { return m_rect.x(); }
    double y() const { return m_rect.y(); }
    double width() const { return m_rect.width(); }
    double height() const { return m_rect.height(); }
    double left() const { return m_rect.left(); }
    double top() const { return m_rect.top(); }
    double right() const { return m_rect.right(); }
    double bottom() const { return m_rect.bottom(); }
    QSizeF size() const { return m_rect.size(); }
    NormalizedPoint topLeft() const { return m_rect.topLeft(); }
    NormalizedPoint topRight() const { return m_rect.topRight(); }
    NormalizedPoint bottomLeft() const { return m_rect.bottomLeft(); }
    NormalizedPoint bottomRight() const { return m_rect.bottomRight(); }
    NormalizedPoint center() const { return m_rect.center(); }
    bool isNull() const { return m_rect.isNull(); }
    bool isEmpty() const { return m_rect.isEmpty(); }
    const QRectF &toRectF() const { return m_rect; }

    bool contains(NormalizedPoint point) const { return m_rect.contains(point.toPointF()); }
    bool intersects(const NormalizedRect &other) const { return m_rect.intersects(other.m_rect); }
    NormalizedRect united(const NormalizedRect &other) const { return m_rect.united(other.m_rect); }
    NormalizedRect adjusted(double dx1, double dy1, double dx2, double dy2) const
    {
        return m_rect.adjusted(dx1, dy1, dx2, dy2);
    }
    void translate(NormalizedPoint offset) { m_rect.translate(offset.toPointF()); }
    NormalizedRect translated(NormalizedPoint offset) const
    {
        return m_rect.translated(offset.toPointF());
    }
    void moveCenter(NormalizedPoint center) { m_rect.moveCenter(center.toPointF()); }
    void moveLeft(double x) { m_rect.moveLeft(x); }
    void moveTop(double y) { m_rect.moveTop(y); }
    // The part of the rectangle on the page (empty when none).
    NormalizedRect clampedToPage() const;

    friend bool operator==(const NormalizedRect &a, const NormalizedRect &b)
    {
        return a.m_rect == b.m_rect;
    }
    friend bool operator!=(const NormalizedRect &a, const NormalizedRect &b) { return !(a == b); }

private:
    QRectF m_rect;
};

// The one place where normalized page coordinates become page points or pixels and back.
// Page points are 1/72 inch, unrotated, origin top-left, as PdfDocument reports page sizes;
// pixels are wherever pageToPixels takes page points (a view at its zoom, rotation and scroll,
// a rendered page image, a preview). What comes back into normalized coordinates is clamped
// onto the page: an annotation never starts off its page.
class PageGeometry final {
public:
    explicit PageGeometry(QSizeF pagePoints, const QTransform &pageToPixels = QTransform());

    // Page points to the pixels of a page image drawn at `pixelsPerPoint` and turned by
    // `quarterTurns` clockwise, with the turned page's top-left corner at (0, 0).
    static QTransform pageToImage(QSizeF pagePoints, double pixelsPerPoint, int quarterTurns);

    QSizeF pageSize() const { return m_size; }

    QPointF toPagePoints(NormalizedPoint point) const;
    QRectF toPagePoints(const NormalizedRect &rect) const;
    NormalizedPoint fromPagePoints(QPointF point) const;
    NormalizedRect fromPagePoints(const QRectF &rect) const;

    QPointF toPixels(NormalizedPoint point) const { return m_toPixels.map(point.toPointF()); }
    // The bounding rectangle in pixels (a turned page turns the rectangle too).
    QRectF toPixels(const NormalizedRect &rect) const { return m_toPixels.mapRect(rect.toRectF()); }
    NormalizedPoint fromPixels(QPointF pixel) const;
    NormalizedRect fromPixels(const QRectF &pixels) const;
    // Normalized coordinates -> pixels as one transform, for painting in normalized units.
    const QTransform &normalizedToPixels() const { return m_toPixels; }

private:
    QSizeF m_size;
    QTransform m_toPixels;
    QTransform m_fromPixels;
};

} // namespace phonghop
