#pragma once

#include "meeting_core/pdf/pdfrenderservice.h"
#include "viewer/pagelayout.h"

#include <QHash>
#include <QImage>
#include <QSet>

class QPainter;

namespace phonghop::ui {

// How the pages are shown now: what a page's images are rendered at.
struct PageScale {
    double pixelsPerPoint = 1.0; // logical pixels per page point (the zoom)
    double deviceScale = 1.0; // device pixels per logical pixel (the screen's ratio)
    int rotation = 0; // quarter turns clockwise
};

// The rendered images of the page view: which images a page needs (a whole page, or tiles over
// a low-resolution backdrop at high zoom, so high zoom stays sharp without one huge image, see
// docs/architecture.md), and painting what the render service has cached, with a scaled older
// image or a placeholder meanwhile. It never renders anything itself.
class PageImages final {
public:
    explicit PageImages(const PageLayout &layout)
        : m_layout(layout)
    {
    }

    // Another document (or none): forgets every image.
    void reset(const QVector<QSizeF> &pageSizesInPoints);
    // The sizes read after opening (issue 20); the images kept are still the pages'.
    void setPageSizes(const QVector<QSizeF> &pageSizesInPoints) { m_sizes = pageSizesInPoints; }

    // The images the pages in view need now (visible) and those worth preparing next.
    void wantedKeys(const QVector<int> &visiblePages, const QRectF &visibleContent, int direction,
        const PageScale &scale, QVector<RenderKey> &visible, QVector<RenderKey> &prefetch) const;

    struct Painted {
        bool sharp = false; // drawn at the wanted resolution (or its final failure message)
        int newlyPainted = 0; // images shown for the first time
        bool wantsRequest = false; // an image is missing and nobody renders it
    };
    // Paints one page into target (content coordinates translated by contentOffset);
    // `loading` is the text shown while nothing of the page has arrived.
    Painted paint(QPainter &painter, PdfRenderService &service, int page, const QRectF &target,
        const QRectF &visibleContent, QPointF contentOffset, const PageScale &scale,
        const QString &loading);
    static void drawPlaceholder(QPainter &painter, const QRectF &target, const QString &message);

    // An image arrived: whole-page images are kept, per page, as the stand-in for a sharper one.
    // True when it was kept.
    bool imageArrived(const RenderKey &key, const QImage &image, const PageScale &scale);
    // Images held here are outside the cache's budget: keep only those near the pages in view.
    void prune(int firstVisible, int lastVisible, int rotation);
    // The image painted for a page at the wanted resolution (null until one was painted).
    QImage shown(int page) const { return m_shown.value(page); }

private:
    RenderKey fullKey(int page, const PageScale &scale) const;
    RenderKey backdropKey(int page, const PageScale &scale) const;
    bool isTiled(int page, const PageScale &scale) const;
    QVector<RenderKey> tileKeys(int page, const QRectF &contentArea, const PageScale &scale) const;
    QRectF tileTarget(int page, const RenderKey &key) const;

    const PageLayout &m_layout;
    QVector<QSizeF> m_sizes;
    // The last whole-page image per nearby page, shown scaled until the exact one arrives.
    QHash<int, QPair<RenderKey, QImage>> m_fallback;
    QSet<RenderKey> m_painted;
    QHash<int, QImage> m_shown;
};

} // namespace phonghop::ui
