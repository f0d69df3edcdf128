#pragma once

#include <QHash>
#include <QMap>
#include <QRectF>
#include <QVector>
#include <algorithm>

namespace phonghop {

// The hits of one search through a document, as they arrive page by page, and which of them is
// the current one ("3 of 17"). Next and previous go through the pages in order and wrap around.
// Widget-free: the viewer shows what it says.
class FindHitCursor final {
public:
    // One match: a rectangle per line it spans, in page points.
    using Hit = QVector<QRectF>;

    // A new search: no hits, none current.
    void clear();
    // The hits on one page. The first page that reports hits holds the current hit (the search
    // starts at the page being read).
    void addPage(int page, const QVector<Hit> &hits);
    // The search is over: the number of hits it found.
    void setTotal(int total) { m_total = total; }
    // The hits counted so far, or the total once the search is over.
    int total() const { return m_total; }

    // Moves to the next (previous) hit, to the next (previous) page with hits after the last
    // (first) one of a page, and round. False when there is nothing to move through.
    bool next();
    bool previous();

    bool hasCurrent() const { return m_page >= 0 && m_hits.contains(m_page); }
    int currentPage() const { return m_page; } // -1 when none
    int currentIndex() const { return m_index; } // on its page, -1 when none
    Hit currentHit() const { return m_hits.value(m_page).value(m_index); }
    // The current hit's place among all hits found so far, from 1, in page order.
    int ordinal() const;
    // What "N of M" says as M: never less than N while the search still runs.
    int shownTotal() const { return std::max(m_total, ordinal()); }
    // Every hit found so far, by page.
    QHash<int, QVector<Hit>> allHits() const;

private:
    QMap<int, QVector<Hit>> m_hits;
    int m_total = 0;
    int m_page = -1;
    int m_index = -1;
};

} // namespace phonghop
