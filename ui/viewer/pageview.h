#pragma once

#include "meeting_core/pdf/pdfrenderservice.h"
#include "viewer/pagehighlights.h"
#include "viewer/pageimages.h"
#include "viewer/pagelayout.h"
#include "viewer/swipedetector.h"
#include "viewer/textselection.h"

#include <QAbstractScrollArea>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTransform>

namespace phonghop::ui {

// Drawn over the pages and given the pointer first (the annotation layer). The view does not
// own it. pageToViewport maps unrotated page points to viewport pixels.
class PageOverlay {
public:
    virtual ~PageOverlay() = default;
    virtual void paintPage(QPainter &painter, int page, const QTransform &pageToViewport) = 0;
    // Mouse and tablet events in viewport coordinates; true when consumed.
    virtual bool pointerEvent(QEvent *event) = 0;
};

// The scrolled area that shows the pages: layout, zoom, painting of rendered images (whole
// pages, or tiles at high zoom), find highlights, text selection, touch gestures. It never
// renders anything itself: it names the images it wants and paints what the render service
// has cached, with a scaled older image or a placeholder meanwhile.
class PageView final : public QAbstractScrollArea {
    Q_OBJECT
public:
    enum class Fit { None, Width, Page };
    static constexpr double minimumZoom = 0.25;
    static constexpr double maximumZoom = 8.0;

    explicit PageView(QWidget *parent = nullptr);

    void setService(PdfRenderService *service) { m_service = service; }
    void setDocument(const PdfDocumentInfo &info, int startPage);
    // The sizes read after opening replace the estimate (PdfDocumentInfo::pageSizesEstimated);
    // the place read stays where it is.
    void setPageSizes(const QVector<QSizeF> &pageSizes);
    void clearDocument();
    bool hasDocument() const { return m_layout.pageCount() > 0; }
    int pageCount() const { return m_layout.pageCount(); }

    void setContinuous(bool continuous);
    bool isContinuous() const { return m_continuous; }
    // Two pages side by side. Chosen by hand (setTwoPage), or, until then, automatically
    // whenever two whole pages fit side by side as large as one page fits alone: a wide
    // window, a landscape tablet, full screen on a monitor.
    void setTwoPage(bool twoPage);
    bool isTwoPage() const { return m_shownTwoPage; }
    void setTwoPageOnWideScreens(bool automatic);
    bool twoPageOnWideScreens() const { return m_autoTwoPage; }
    void setRotation(int quarterTurns);
    int rotation() const { return m_rotation; }
    void setZoom(double zoom); // 1.0 = 100 %; leaves fit mode
    void zoomBy(double factor);
    double zoom() const { return m_zoom; }
    void setFit(Fit fit);
    Fit fit() const { return m_fit; }

    int currentPage() const { return m_current; }
    void goToPage(int page, double topFraction = -1);
    void nextPage();
    void previousPage();
    // Scrolls so that a rectangle of a page (in page points) is in view.
    void ensureVisible(int page, const QRectF &pointsRect);

    // Where a point of a page (page points) is in the viewport, e.g. for tests and tooltips.
    QPoint mapFromPage(int page, QPointF pagePoint) const;

    // For the annotation layer (PageOverlay): page points → viewport, the page under a
    // viewport point (-1 when none), and the selection as rectangles per page (page points).
    void setOverlay(PageOverlay *overlay);
    QTransform pageTransform(int page) const;
    int pageAtViewport(QPointF viewportPoint) const;
    QSizeF pagePointSize(int page) const { return m_info.pageSizes.value(page); }
    QVector<QPair<int, QVector<QRectF>>> selectedRects() const;

    // The images the view needs now, and those worth preparing next.
    void wantedKeys(QVector<RenderKey> &visible, QVector<RenderKey> &prefetch) const;
    QVector<int> visiblePages() const;

    // Find hits per page (page points); the current hit is drawn stronger.
    void setFindHits(
        const QHash<int, QVector<QVector<QRectF>>> &hits, int currentPage, int currentIndex);

    bool hasSelection() const { return !selectedText().isEmpty(); }
    QString selectedText() const;
    void clearSelection();

    // The image painted for a page at the wanted resolution (null until one was painted).
    QImage shownImage(int page) const;
    void imageArrived(const RenderKey &key, const QImage &image);
    void textArrived(int page);

Q_SIGNALS:
    void currentPageChanged(int page);
    void zoomChanged(double zoom);
    void viewChanged(); // scrolled, zoomed or relaid: the wanted images may differ
    void pagePainted(int page);
    // After each paint; complete when every visible page was drawn at the wanted resolution.
    void framePainted(bool complete);
    void selectionChanged(bool hasSelection);
    void twoPageChanged(bool twoPage);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    struct Anchor {
        int page = -1;
        QPointF pagePoint;
        QPointF viewportPoint;
    };
    // Forgets everything of the document shown (images, hits, selection).
    void replaceDocument(const PdfDocumentInfo &info);
    double pixelsPerPoint() const;
    double deviceScale() const;
    PageScale scale() const;
    void relayout(const Anchor &anchor);
    // Shows or hides the scroll bars the ranges need now, not after the next frame.
    void layOutScrollBarsNow();
    Anchor anchorAt(QPointF viewportPoint) const;
    void restore(const Anchor &anchor);
    QPointF contentOffset() const;
    QPointF toContent(QPointF viewportPoint) const;
    QRectF visibleContentRect() const;
    void updateCurrentFromScroll();
    void pruneImages();
    void setCurrent(int page);

    // Returns true when the page was drawn at the wanted resolution.
    bool paintPage(QPainter &painter, int page, const QRectF &target, const QRectF &visible);

    PageOverlay *m_overlay = nullptr;
    QPointer<PdfRenderService> m_service;
    PdfDocumentInfo m_info;
    PageLayout m_layout;
    bool m_continuous = true;
    bool m_twoPage = false; // chosen by hand
    bool m_autoTwoPage = true;
    bool m_shownTwoPage = false; // what the layout shows
    bool wideEnoughForTwoPages(QSize room) const;
    // The viewport's size to lay the pages out in, with the vertical scroll bar they will need.
    QSize roomForPages(PageLayout::Options options, double dpiFactor) const;
    int m_rotation = 0;
    double m_zoom = 1.0;
    Fit m_fit = Fit::Width;
    int m_current = 0;
    int m_direction = 1;
    bool m_relayingOut = false;
    bool m_layingOutScrollBars = false; // layOutScrollBarsNow() under way
    bool m_wantsRequest = false;

    PageImages m_images;

    PageHighlights m_highlights;

    TextSelection m_selection;
    bool m_selecting = false;

    SwipeDetector m_swipe;
    double m_pinchStartZoom = 1.0;
};

} // namespace phonghop::ui
