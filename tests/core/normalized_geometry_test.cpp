// Normalized page geometry (issue 19): annotations live in 0..1 page coordinates, and
// PageGeometry is the one place that turns them into page points and pixels and back, at any
// zoom and rotation; what comes back from outside the page is clamped onto it.
#include "meeting_core/annotations/annotation.h"
#include "meeting_core/annotations/normalizedgeometry.h"

#include <catch2/catch.hpp>

using namespace phonghop;

namespace {
const QSizeF a4(595, 842);

void checkNear(NormalizedPoint got, NormalizedPoint want)
{
    CHECK(got.x() == Approx(want.x()).margin(1e-9));
    CHECK(got.y() == Approx(want.y()).margin(1e-9));
}
} // namespace

TEST_CASE("PageGeometry: normalized points go to page points and back unchanged",
    "[annotations][geometry]")
{
    const PageGeometry geometry(a4);
    CHECK(geometry.toPagePoints(NormalizedPoint(0, 0)) == QPointF(0, 0));
    CHECK(geometry.toPagePoints(NormalizedPoint(1, 1)) == QPointF(595, 842));
    const QPointF middle = geometry.toPagePoints(NormalizedPoint(0.5, 0.25));
    CHECK(middle.x() == Approx(297.5));
    CHECK(middle.y() == Approx(210.5));
    checkNear(geometry.fromPagePoints(QPointF(297.5, 210.5)), NormalizedPoint(0.5, 0.25));

    const NormalizedRect line(0.12, 0.18, 0.4, 0.03);
    const QRectF points = geometry.toPagePoints(line);
    CHECK(points.left() == Approx(0.12 * 595));
    CHECK(points.width() == Approx(0.4 * 595));
    CHECK(points.height() == Approx(0.03 * 842));
    const NormalizedRect back = geometry.fromPagePoints(points);
    CHECK(back.left() == Approx(line.left()));
    CHECK(back.top() == Approx(line.top()));
    CHECK(back.right() == Approx(line.right()));
    CHECK(back.bottom() == Approx(line.bottom()));
}

TEST_CASE(
    "PageGeometry: a round trip through pixels lands where it started, at every zoom and rotation",
    "[annotations][geometry]")
{
    const QVector<NormalizedPoint> samples
        = { { 0, 0 }, { 1, 1 }, { 0.2, 0.7 }, { 0.95, 0.05 }, { 0.5, 0.5 } };
    for (double zoom : { 0.25, 1.0, 1.5, 2.0, 8.0 }) {
        for (int turns = 0; turns < 4; ++turns) {
            INFO("zoom " << zoom << ", quarter turns " << turns);
            // A view: the page turned and zoomed, then placed somewhere in the viewport.
            const QTransform pageToView
                = PageGeometry::pageToImage(a4, zoom, turns) * QTransform::fromTranslate(37, -120);
            const PageGeometry geometry(a4, pageToView);
            for (NormalizedPoint n : samples)
                checkNear(geometry.fromPixels(geometry.toPixels(n)), n);
            const NormalizedRect box(0.3, 0.4, 0.2, 0.05);
            const NormalizedRect back = geometry.fromPixels(geometry.toPixels(box));
            CHECK(back.left() == Approx(box.left()).margin(1e-9));
            CHECK(back.top() == Approx(box.top()).margin(1e-9));
            CHECK(back.width() == Approx(box.width()).margin(1e-9));
            CHECK(back.height() == Approx(box.height()).margin(1e-9));
            // The turned page sits with its corner at the placement: the image is as large as
            // the page at this zoom, turned.
            const QRectF image = geometry.toPixels(NormalizedRect(0, 0, 1, 1));
            const QSizeF turned = turns % 2 ? a4.transposed() : a4;
            CHECK(image.left() == Approx(37));
            CHECK(image.top() == Approx(-120));
            CHECK(image.width() == Approx(turned.width() * zoom));
            CHECK(image.height() == Approx(turned.height() * zoom));
        }
    }
}

TEST_CASE("PageGeometry: a quarter turn clockwise puts the page's top-left corner at the top right",
    "[annotations][geometry]")
{
    const PageGeometry turned(a4, PageGeometry::pageToImage(a4, 2.0, 1));
    const QPointF topLeft = turned.toPixels(NormalizedPoint(0, 0));
    CHECK(topLeft.x() == Approx(842 * 2.0));
    CHECK(topLeft.y() == Approx(0).margin(1e-9));
    const QPointF topRight = turned.toPixels(NormalizedPoint(1, 0)); // goes to the bottom right
    CHECK(topRight.x() == Approx(842 * 2.0));
    CHECK(topRight.y() == Approx(595 * 2.0));
    const PageGeometry upsideDown(a4, PageGeometry::pageToImage(a4, 1.0, 2));
    CHECK(upsideDown.toPixels(NormalizedPoint(0, 0)).x() == Approx(595));
    CHECK(upsideDown.toPixels(NormalizedPoint(0, 0)).y() == Approx(842));
}

TEST_CASE("PageGeometry: what comes back from outside the page is clamped onto it",
    "[annotations][geometry]")
{
    const PageGeometry geometry(a4, PageGeometry::pageToImage(a4, 1.5, 0));
    // A pen dragged past the page's edges.
    checkNear(geometry.fromPixels(QPointF(-40, 300)), NormalizedPoint(0, 300 / (842 * 1.5)));
    checkNear(geometry.fromPixels(QPointF(5000, -10)), NormalizedPoint(1, 0));
    checkNear(geometry.fromPagePoints(QPointF(700, 900)), NormalizedPoint(1, 1));
    // A rectangle half off the page keeps its part on the page.
    const NormalizedRect half = geometry.fromPagePoints(QRectF(500, 800, 200, 100));
    CHECK(half.left() == Approx(500.0 / 595));
    CHECK(half.top() == Approx(800.0 / 842));
    CHECK(half.right() == Approx(1.0));
    CHECK(half.bottom() == Approx(1.0));
    // A rectangle entirely off the page becomes empty.
    CHECK(geometry.fromPagePoints(QRectF(-300, -300, 100, 100)).isEmpty());
    // Clamping on the types themselves.
    CHECK(NormalizedPoint(1.2, -0.3).clampedToPage() == NormalizedPoint(1, 0));
    CHECK_FALSE(NormalizedPoint(1.2, 0.5).isOnPage());
    CHECK(NormalizedPoint(0.4, 0.5).isOnPage());
    CHECK(NormalizedRect(-0.1, 0.5, 0.3, 0.8).clampedToPage() == NormalizedRect(0, 0.5, 0.2, 0.5));
    // A page without a size gives no position rather than a division by zero.
    CHECK(PageGeometry(QSizeF()).fromPagePoints(QPointF(10, 10)) == NormalizedPoint());
}

TEST_CASE("Annotation geometry stays normalized: bounding box, move and resize",
    "[annotations][geometry]")
{
    Annotation ink;
    ink.type = AnnotationType::Ink;
    ink.strokes = { InkStroke {
        { { NormalizedPoint(0.2, 0.3), 1.0f }, { NormalizedPoint(0.4, 0.35), 0.5f } } } };
    CHECK(ink.boundingRect()
        == NormalizedRect(NormalizedPoint(0.2, 0.3), NormalizedPoint(0.4, 0.35)));
    ink.translate(NormalizedPoint(0.1, -0.1));
    checkNear(ink.boundingRect().topLeft(), NormalizedPoint(0.3, 0.2));
    ink.resizeTo(NormalizedRect(0.5, 0.5, 0.4, 0.1));
    checkNear(ink.boundingRect().bottomRight(), NormalizedPoint(0.9, 0.6));
    // Stored as the same plain numbers as before the types existed.
    const Annotation back = Annotation::fromJson(ink.toJson());
    CHECK(back == ink);
    CHECK(back.strokes.first().points.last().position.x() == Approx(0.9));
}
