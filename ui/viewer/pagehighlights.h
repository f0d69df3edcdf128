#pragma once

#include <QHash>
#include <QRectF>
#include <QVector>

class QPainter;

namespace phonghop::ui {

class PageLayout;

// What the page view marks over the pages' images: the find hits (the current one stronger)
// and the selected text.
class PageHighlights final {
public:
    // Hits per page, each a rectangle per line in page points.
    void setFindHits(
        const QHash<int, QVector<QVector<QRectF>>> &hits, int currentPage, int currentIndex);
    void clear() { setFindHits({}, -1, -1); }
    // Paints the marks of one page; the painter draws in content coordinates.
    void paint(QPainter &painter, const PageLayout &layout, int page,
        const QVector<QPair<int, QVector<QRectF>>> &selection) const;

private:
    QHash<int, QVector<QVector<QRectF>>> m_hits;
    int m_hitPage = -1;
    int m_hitIndex = -1;
};

} // namespace phonghop::ui
