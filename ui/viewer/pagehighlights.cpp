#include "viewer/pagehighlights.h"

#include "viewer/pagelayout.h"

#include <QPainter>

namespace phonghop::ui {

void PageHighlights::setFindHits(
    const QHash<int, QVector<QVector<QRectF>>> &hits, int currentPage, int currentIndex)
{
    m_hits = hits;
    m_hitPage = currentPage;
    m_hitIndex = currentIndex;
}

void PageHighlights::paint(QPainter &painter, const PageLayout &layout, int page,
    const QVector<QPair<int, QVector<QRectF>>> &selection) const
{
    const auto hits = m_hits.value(page);
    for (qsizetype i = 0; i < hits.size(); ++i) {
        const bool current = page == m_hitPage && i == m_hitIndex;
        const QColor colour = current ? QColor(255, 120, 0, 140) : QColor(255, 230, 0, 110);
        for (const QRectF &r : hits.at(i))
            painter.fillRect(layout.toContent(page, r).adjusted(-1, -1, 1, 1), colour);
    }
    for (const auto &[selectedPage, rects] : selection) {
        if (selectedPage != page)
            continue;
        for (const QRectF &r : rects)
            painter.fillRect(layout.toContent(page, r), QColor(40, 110, 220, 90));
    }
}

} // namespace phonghop::ui
