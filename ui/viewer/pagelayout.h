#pragma once

#include <QRectF>
#include <QSizeF>
#include <QTransform>
#include <QVector>

namespace phonghop::ui {

// Where each page sits in the document view, in logical pixels of the scrolled content.
// Pure geometry (no widgets), so it can be tested and shared by the view and the benchmark.
class PageLayout final {
public:
    struct Options {
        double pixelsPerPoint = 1.0;
        int rotation = 0; // quarter turns clockwise
        bool continuous = true; // all pages stacked; otherwise only the current row
        bool twoPage = false; // rows of two pages side by side
        int currentPage = 0; // the row shown in single-page mode
        double spacing = 12; // between pages and around the content
    };

    void build(const QVector<QSizeF> &pageSizesInPoints, const Options &options);

    int pageCount() const { return static_cast<int>(m_sizes.size()); }
    const Options &options() const { return m_options; }
    QSizeF contentSize() const { return m_content; }
    // The page's rectangle; an empty rect for a page not laid out (single-page mode).
    QRectF pageRect(int page) const;
    bool isLaidOut(int page) const { return !pageRect(page).isEmpty(); }
    // Pages whose rectangles meet the area, in order.
    QVector<int> pagesIn(const QRectF &area) const;
    // The page under a point, or -1.
    int pageAt(QPointF point) const;
    // The page nearest to a point (never -1 when there are pages).
    int nearestPage(QPointF point) const;
    // The first page of the row holding page.
    int rowStart(int page) const;
    int pagesPerRow() const { return m_options.twoPage ? 2 : 1; }

    // A page's size on screen at the current rotation, in points.
    QSizeF rotatedSize(int page) const;
    // Page points (unrotated, origin top-left) <-> content pixels.
    QPointF toContent(int page, QPointF pagePoint) const;
    QRectF toContent(int page, const QRectF &pageRect) const;
    QPointF toPage(int page, QPointF contentPoint) const;
    // The same mapping as a transform: page points -> content pixels (rotation included).
    QTransform pageToContent(int page) const;

    // The widest row and the tallest row of the layout, in points at the current rotation;
    // fit width and fit page are computed from these.
    QSizeF largestRowInPoints() const;
    QSizeF rowInPoints(int page) const;
    // The zoom (1.0 = 100 %) at which the rows fill the viewport's width, or fit it whole
    // (wholePage); measured on a layout built at 1 px per point. dpiFactor is pixels per point at
    // 100 %.
    double fitZoom(bool wholePage, QSizeF viewport, double dpiFactor) const;
    // Two pages are worth it when they fit side by side at least as large as one page fits
    // alone, i.e. the viewport is at least twice as wide, relative to its height, as the page.
    static bool twoPagesFit(QSizeF pagePoints, int rotation, QSizeF viewport);

private:
    QVector<QSizeF> m_sizes;
    QVector<QRectF> m_rects;
    Options m_options;
    QSizeF m_content;
};

} // namespace phonghop::ui
