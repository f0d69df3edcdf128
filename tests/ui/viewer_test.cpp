// DocumentView and StandaloneViewerWindow, offscreen: page 1 shows, navigation, zoom, find,
// selection and copy, hostile files end in a message.
#include "../core/pdf_fixtures.h"
#include "viewer/documentview.h"
#include "viewer/pageview.h"
#include "viewer/standaloneviewerwindow.h"

#include <QApplication>
#include <QClipboard>
#include <QScrollBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <catch2/catch.hpp>

using namespace phonghop;
using namespace phonghop::ui;
namespace fx = phonghop::test::pdf;

namespace {
bool isBlank(const QImage &image)
{
    if (image.isNull())
        return true;
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    const QRgb first = rgb.pixel(0, 0);
    for (int y = 0; y < rgb.height(); y += 2)
        for (int x = 0; x < rgb.width(); x += 2)
            if (rgb.pixel(x, y) != first)
                return false;
    return true;
}

struct OpenedView {
    DocumentView view;
    int opened = -1;
    QString failed;
    QSet<int> rendered;
    OpenedView()
    {
        QObject::connect(
            &view, &DocumentView::documentOpened, [this](int count) { opened = count; });
        QObject::connect(&view, &DocumentView::documentFailed,
            [this](const QString &message) { failed = message; });
        QObject::connect(
            &view, &DocumentView::pageRendered, [this](int page) { rendered.insert(page); });
        view.resize(900, 700);
        view.show();
    }
    bool open(const QString &path)
    {
        view.openDocument(path, QStringLiteral("Tờ trình"));
        return fx::waitUntil([this] { return opened >= 0 || !failed.isEmpty(); });
    }
};
} // namespace

TEST_CASE("the document view shows page 1 of a PDF, not blank, offscreen", "[viewer][smoke]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("totrinh.pdf"));
    fx::writeTextPdf(path, 8);
    OpenedView v;
    REQUIRE(v.open(path));
    CHECK(v.opened == 8);
    CHECK(v.view.pageCount() == 8);
    CHECK(v.view.currentPage() == 0);
    REQUIRE(fx::waitUntil([&] { return v.rendered.contains(0); }));
    const QImage page = v.view.renderedPageImage(0);
    CHECK_FALSE(isBlank(page));
    CHECK(v.view.message().isEmpty());
}

TEST_CASE("page navigation, go to page and back/forward move the current page", "[viewer]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("baocao.pdf"));
    fx::writeTextPdf(path, 20);
    OpenedView v;
    REQUIRE(v.open(path));
    QTest::keyClick(v.view.pageView(), Qt::Key_PageDown);
    CHECK(v.view.currentPage() == 1);
    QTest::keyClick(v.view.pageView(), Qt::Key_End);
    CHECK(v.view.currentPage() == 19);
    QTest::keyClick(v.view.pageView(), Qt::Key_PageUp);
    CHECK(v.view.currentPage() == 18);
    v.view.goToPage(9);
    CHECK(v.view.currentPage() == 9);
    QTest::keyClick(v.view.pageView(), Qt::Key_Left, Qt::AltModifier);
    CHECK(v.view.currentPage() == 18);
    QTest::keyClick(v.view.pageView(), Qt::Key_Right, Qt::AltModifier);
    CHECK(v.view.currentPage() == 9);
    REQUIRE(fx::waitUntil([&] { return v.rendered.contains(9); }));
    CHECK_FALSE(isBlank(v.view.renderedPageImage(9)));

    // Single-page mode shows only the current page; PgDn still turns it.
    v.view.pageView()->setContinuous(false);
    CHECK(v.view.currentPage() == 9);
    QTest::keyClick(v.view.pageView(), Qt::Key_PageDown);
    CHECK(v.view.currentPage() == 10);
    CHECK(v.view.pageView()->visiblePages() == QVector<int> { 10 });
}

TEST_CASE("zoom keys and fit modes change the zoom within 25–800 %", "[viewer]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("baocao.pdf"));
    fx::writeTextPdf(path, 3);
    OpenedView v;
    REQUIRE(v.open(path));
    PageView *pages = v.view.pageView();
    CHECK(pages->fit() == PageView::Fit::Width);
    const double fitWidth = pages->zoom();
    QTest::keyClick(pages, Qt::Key_Plus, Qt::ControlModifier);
    CHECK(pages->zoom() > fitWidth);
    CHECK(pages->fit() == PageView::Fit::None);
    for (int i = 0; i < 30; ++i)
        QTest::keyClick(pages, Qt::Key_Minus, Qt::ControlModifier);
    CHECK(pages->zoom() == Approx(PageView::minimumZoom));
    pages->setFit(PageView::Fit::Page);
    CHECK(pages->zoom() < fitWidth); // a portrait page at fit page is smaller than at fit width
    pages->setZoom(100);
    CHECK(pages->zoom() == Approx(PageView::maximumZoom));
    // At 800 % the page is drawn in tiles; the visible ones still arrive.
    v.rendered.clear();
    REQUIRE(fx::waitUntil([&] { return v.rendered.contains(0); }));
}

TEST_CASE("at fit width the zoom is fitted to the room the scroll bar leaves, so it does not "
          "change when the bar appears",
    "[viewer]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("baocao.pdf"));
    fx::writeTextPdf(path, 12); // taller than the view at fit width: the vertical bar shows
    DocumentView view;
    view.resize(700, 900); // one page a row
    view.show();
    PageView *pages = view.pageView();
    QList<double> zooms;
    QObject::connect(pages, &PageView::zoomChanged, [&](double zoom) { zooms << zoom; });
    QSet<int> rendered;
    QObject::connect(&view, &DocumentView::pageRendered, [&](int page) { rendered.insert(page); });
    view.openDocument(path, QStringLiteral("Báo cáo"));
    REQUIRE(fx::waitUntil([&] { return rendered.contains(0); }));
    QApplication::processEvents();
    REQUIRE(pages->verticalScrollBar()->isVisible());
    REQUIRE_FALSE(zooms.isEmpty());
    // One zoom from the first layout on: a second one would have thrown away the render of
    // page 1 begun at the first (issue 20).
    for (double zoom : std::as_const(zooms))
        CHECK(zoom == Approx(zooms.first()));
    CHECK(pages->zoom() == Approx(zooms.first()));
    // And it is the fit of the viewport the bar leaves: the page row spans its width.
    const int left = pages->mapFromPage(0, QPointF(0, 0)).x();
    const int right = pages->mapFromPage(0, QPointF(595.28, 0)).x(); // A4
    CHECK(std::abs((pages->viewport()->width() - right) - left) <= 2);
}

TEST_CASE(
    "the scroll bar a document needs is there as it opens, before its first frame", "[viewer]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("baocao.pdf"));
    fx::writeTextPdf(path, 12);
    OpenedView v;
    PageView *pages = v.view.pageView();
    // Seen where the pages are first asked for: Qt would show the bar in a queued call, after a
    // frame painted at the wider size, and the view would be laid out and painted again.
    bool barAtOpening = false;
    int widthAtOpening = 0;
    QObject::connect(&v.view, &DocumentView::documentOpened, [&] {
        barAtOpening = pages->verticalScrollBar()->isVisible();
        widthAtOpening = pages->viewport()->width();
    });
    REQUIRE(v.open(path));
    REQUIRE(fx::waitUntil([&] { return v.rendered.contains(0); }));
    CHECK(barAtOpening);
    CHECK(widthAtOpening == pages->viewport()->width());
    CHECK(pages->verticalScrollBar()->isVisible());

    // A document that fits needs none, and the bar goes as the next one opens.
    const QString single = dir.filePath(QStringLiteral("motrang.pdf"));
    fx::writeTextPdf(single, 1);
    v.view.fitPageAction()->trigger();
    v.opened = -1;
    v.rendered.clear();
    REQUIRE(v.open(single));
    REQUIRE(fx::waitUntil([&] { return v.rendered.contains(0); }));
    CHECK_FALSE(barAtOpening);
    CHECK_FALSE(pages->verticalScrollBar()->isVisible());
}

TEST_CASE("at fit width no horizontal scroll bar shows, whatever the window's width", "[viewer]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("baocao.pdf"));
    fx::writeTextPdf(path, 12);
    OpenedView v;
    REQUIRE(v.open(path));
    PageView *pages = v.view.pageView();
    REQUIRE(pages->fit() == PageView::Fit::Width);
    // One page a row and two (the spread), across many widths: a row fitted to the width that
    // comes out a hair wider in floating point must not make the page scroll sideways.
    for (int width = 600; width <= 1500; width += 13) {
        INFO("width " << width);
        v.view.resize(width, 700);
        QApplication::processEvents();
        CHECK(pages->verticalScrollBar()->isVisible());
        CHECK_FALSE(pages->horizontalScrollBar()->isVisible());
    }
}

TEST_CASE("find highlights Vietnamese hits typed without diacritics and steps through them",
    "[viewer][find]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("baocao.pdf"));
    fx::writeTextPdf(path, 5);
    OpenedView v;
    REQUIRE(v.open(path));
    int total = -1;
    QObject::connect(&v.view, &DocumentView::findFinished, [&](int hits) { total = hits; });
    v.view.find(QStringLiteral("quyet dinh"));
    REQUIRE(fx::waitUntil([&] { return total >= 0; }));
    CHECK(total == 5);
    CHECK(v.view.currentPage() == 0);
    v.view.findNext();
    CHECK(v.view.currentPage() == 1);
    v.view.findPrevious();
    v.view.findPrevious();
    CHECK(v.view.currentPage() == 4); // wraps around

    total = -1;
    v.view.find(QStringLiteral("đê án")); // typed diacritics are meant: no hit
    REQUIRE(fx::waitUntil([&] { return total >= 0; }));
    CHECK(total == 0);
}

TEST_CASE("dragging over Vietnamese words selects them and copy puts them on the clipboard",
    "[viewer][select]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("qd.pdf"));
    fx::writeTextPdf(path, 1);
    OpenedView v;
    REQUIRE(v.open(path));
    v.view.pageView()->setZoom(1.0);
    // Find gives the words' rectangles on screen: select from the start of the sentence to
    // the end of "định" by dragging the mouse there.
    int total = -1;
    QObject::connect(&v.view, &DocumentView::findFinished, [&](int hits) { total = hits; });
    v.view.find(QStringLiteral("Quyết định"));
    REQUIRE(fx::waitUntil([&] { return total == 1; }));
    REQUIRE(fx::waitUntil([&] { return v.rendered.contains(0); }));
    PageView *pages = v.view.pageView();
    const auto at = [&](double x, double y) { return pages->mapFromPage(0, QPointF(x, y)); };
    v.view.find(QString()); // no highlight over the selection
    // The sentence sits on the baseline at 120 pt from x ≈ 60 pt (see pdf_fixtures.cpp).
    QTest::mousePress(pages->viewport(), Qt::LeftButton, {}, at(30, 115));
    QTest::mouseMove(pages->viewport(), at(100, 115));
    QTest::mouseMove(pages->viewport(), at(550, 115));
    QTest::mouseRelease(pages->viewport(), Qt::LeftButton, {}, at(550, 115));
    REQUIRE(fx::waitUntil([&] { return !v.view.selectedText().isEmpty(); }));
    CHECK(v.view.selectedText() == fx::vietnameseSentence());
    v.view.copySelection();
    CHECK(QApplication::clipboard()->text() == fx::vietnameseSentence());
}

TEST_CASE("broken and hostile files end in a message in the view, not a hang", "[viewer][hostile]")
{
    QTemporaryDir dir;
    SECTION("garbage")
    {
        const QString path = dir.filePath(QStringLiteral("rac.pdf"));
        fx::writeGarbage(path);
        OpenedView v;
        REQUIRE(v.open(path));
        CHECK(v.opened < 0);
        CHECK(v.failed.contains(QStringLiteral("rac.pdf")));
        CHECK(v.view.message() == v.failed);
    }
    SECTION("a huge page")
    {
        const QString path = dir.filePath(QStringLiteral("huge.pdf"));
        fx::writeHugePagePdf(path);
        OpenedView v;
        REQUIRE(v.open(path));
        REQUIRE(v.opened == 1);
        REQUIRE(fx::waitUntil([&] { return v.rendered.contains(0); }));
        v.view.pageView()->setZoom(PageView::maximumZoom); // tiles, never a 100-gigapixel image
        v.rendered.clear();
        REQUIRE(fx::waitUntil([&] { return v.rendered.contains(0); }));
    }
    SECTION("a slow page")
    {
        const QString path = dir.filePath(QStringLiteral("slow.pdf"));
        fx::writeSlowPdf(path, 20000);
        OpenedView v;
        REQUIRE(v.open(path));
        REQUIRE(v.opened == 2);
        // The view stays responsive while the worker draws: events keep being processed.
        int ticks = 0;
        QTimer timer;
        QObject::connect(&timer, &QTimer::timeout, [&] { ++ticks; });
        timer.start(5);
        REQUIRE(fx::waitUntil([&] { return v.rendered.contains(0); }));
        CHECK(ticks > 0);
    }
}

TEST_CASE("the last page read is restored through the embedder's store", "[viewer]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("baocao.pdf"));
    fx::writeTextPdf(path, 10);
    auto store = std::make_shared<MemoryReadingPositionStore>();
    {
        OpenedView v;
        v.view.setReadingPositionStore(store);
        REQUIRE(v.open(path));
        v.view.goToPage(6);
        v.view.closeDocument();
    }
    CHECK(store->lastPage(path) == 6);
    OpenedView again;
    again.view.setReadingPositionStore(store);
    REQUIRE(again.open(path));
    CHECK(again.view.currentPage() == 6);
}

TEST_CASE("the standalone window shows a PDF file given on the command line", "[viewer][smoke]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("quyetdinh.pdf"));
    fx::writeTextPdf(path, 2);
    StandaloneViewerWindow window;
    window.show();
    int opened = -1;
    QObject::connect(
        window.documentView(), &DocumentView::documentOpened, [&](int count) { opened = count; });
    window.openFile(path);
    REQUIRE(fx::waitUntil([&] { return opened == 2; }));
    CHECK(window.windowTitle().contains(QStringLiteral("quyetdinh.pdf")));
    REQUIRE(fx::waitUntil([&] { return !window.documentView()->renderedPageImage(0).isNull(); }));
}

TEST_CASE(
    "a page whose size opening estimated is laid out and drawn at its own size", "[viewer][sizes]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("phuluc.pdf"));
    fx::writeMixedSizePdf(path, 60, { 40 });
    OpenedView v;
    REQUIRE(v.open(path));
    PageView *pages = v.view.pageView();
    const QSizeF portrait = pages->pagePointSize(0);
    // Opening gave page 40 the size of the pages before it (PdfRenderService's test holds that);
    // the view takes the size read.
    v.view.goToPage(30);
    REQUIRE(fx::waitUntil([&] { return pages->pagePointSize(40) == portrait.transposed(); }));
    CHECK(v.view.currentPage() == 30);
    v.view.goToPage(40);
    REQUIRE(fx::waitUntil([&] { return v.rendered.contains(40); }));
    const QImage shown = v.view.renderedPageImage(40);
    CHECK(shown.width() > shown.height());
}

TEST_CASE("the page cache's budget follows the screen, between 32 MB and 256 MB", "[viewer]")
{
    constexpr qint64 mib = 1024 * 1024;
    // Six screens of 32-bit pixels.
    CHECK(DocumentView::cacheBudgetForScreen(QSize(1920, 1080)) == 6LL * 1920 * 1080 * 4);
    CHECK(DocumentView::cacheBudgetForScreen(QSize(3840, 2160)) == 6LL * 3840 * 2160 * 4);
    CHECK(DocumentView::cacheBudgetForScreen(QSize(800, 1280)) == 32 * mib);
    CHECK(DocumentView::cacheBudgetForScreen(QSize(7680, 4320)) == 256 * mib);
    CHECK(DocumentView::cacheBudgetForScreen(QSize()) == 32 * mib);
}

TEST_CASE("the standalone window opens maximised the first time and where it was closed after",
    "[viewer]")
{
    const QString key = QStringLiteral("viewer/geometry");
    QSettings().remove(key);
    {
        StandaloneViewerWindow first;
        first.showAtLastPlace();
        CHECK(first.isMaximized());
        first.showNormal();
        first.setGeometry(QRect(40, 60, 700, 500));
        REQUIRE(fx::waitUntil([&] { return first.size() == QSize(700, 500); }));
        first.close();
    }
    CHECK(QSettings().contains(key));
    StandaloneViewerWindow again;
    again.showAtLastPlace();
    CHECK_FALSE(again.isMaximized());
    CHECK(again.size() == QSize(700, 500));
    again.close();
    QSettings().remove(key);
}

TEST_CASE("a password-protected PDF asks for the password, refuses a wrong one and opens",
    "[viewer][password]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mat.pdf"));
    fx::writeEncryptedPdf(path, "hop2019");
    OpenedView v;
    QVector<bool> asked;
    QObject::connect(
        &v.view, &DocumentView::passwordRequested, [&](bool wrong) { asked.append(wrong); });
    v.view.openDocument(path, QStringLiteral("Tài liệu mật"));
    REQUIRE(fx::waitUntil([&] { return asked.size() == 1; }));
    CHECK(asked.first() == false);
    CHECK(v.view.message().contains(QStringLiteral("Tài liệu mật")));
    CHECK(v.opened < 0);

    v.view.unlockDocument(QStringLiteral("sai"));
    REQUIRE(fx::waitUntil([&] { return asked.size() == 2; }));
    CHECK(asked.last() == true);

    v.view.unlockDocument(QStringLiteral("hop2019"));
    REQUIRE(fx::waitUntil([&] { return v.opened == 1; }));
    REQUIRE(fx::waitUntil([&] { return v.rendered.contains(0); }));
    CHECK_FALSE(isBlank(v.view.renderedPageImage(0)));
    CHECK(v.view.message().isEmpty());
}

TEST_CASE("presentation mode shows the current page full screen and turns pages",
    "[viewer][presentation]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("baocao.pdf"));
    fx::writeTextPdf(path, 4);
    OpenedView v;
    REQUIRE(v.open(path));
    v.view.goToPage(1);
    QTest::keyClick(v.view.pageView(), Qt::Key_F5);
    QWidget *presentation = nullptr;
    for (QWidget *widget : QApplication::topLevelWidgets())
        if (widget->isVisible() && widget->isFullScreen())
            presentation = widget;
    REQUIRE(presentation != nullptr);
    QTest::keyClick(presentation, Qt::Key_Space);
    CHECK(v.view.currentPage() == 2);
    QTest::keyClick(presentation, Qt::Key_Escape);
    REQUIRE(fx::waitUntil([&] {
        for (QWidget *widget : QApplication::topLevelWidgets())
            if (widget->isVisible() && widget->isFullScreen())
                return false;
        return true;
    }));
    CHECK(v.view.currentPage() == 2);
}

TEST_CASE("choosing an outline entry goes to its page and Back returns", "[viewer][outline]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("muc-luc.pdf"));
    fx::writeOutlinedPdf(path);
    OpenedView v;
    REQUIRE(v.open(path));
    auto *tree = v.view.findChild<QTreeWidget *>();
    REQUIRE(tree != nullptr);
    REQUIRE(tree->topLevelItemCount() == 2);
    CHECK(tree->topLevelItem(1)->text(0) == QStringLiteral("Phần II: Đề án"));
    // Rows a finger can hit.
    CHECK(tree->sizeHintForRow(0) >= 36);
    Q_EMIT tree->itemActivated(tree->topLevelItem(1), 0);
    CHECK(v.view.currentPage() == 2);
    QTest::keyClick(v.view.pageView(), Qt::Key_Left, Qt::AltModifier);
    CHECK(v.view.currentPage() == 0);
}

TEST_CASE("the page transform for overlays agrees with where pages are drawn, at every rotation",
    "[viewer][overlay]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("baocao.pdf"));
    fx::writeTextPdf(path, 3);
    OpenedView v;
    REQUIRE(v.open(path));
    PageView *pages = v.view.pageView();
    for (int rotation = 0; rotation < 4; ++rotation) {
        pages->setRotation(rotation);
        pages->goToPage(1);
        for (const QPointF point : { QPointF(60, 120), QPointF(500, 30), QPointF(0, 0) }) {
            const QPointF mapped = pages->pageTransform(1).map(point);
            const QPoint drawn = pages->mapFromPage(1, point);
            CHECK(std::abs(mapped.x() - drawn.x()) <= 1.0);
            CHECK(std::abs(mapped.y() - drawn.y()) <= 1.0);
        }
        // The page's centre is on page 1 whatever the rotation.
        const QSizeF size = pages->pagePointSize(1);
        CHECK(
            pages->pageAtViewport(pages->pageTransform(1).map(QPointF(size.width() / 2, 40))) == 1);
    }
}

TEST_CASE("a horizontal finger swipe turns the page in single-page mode", "[viewer][touch]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("baocao.pdf"));
    fx::writeTextPdf(path, 5);
    OpenedView v;
    REQUIRE(v.open(path));
    PageView *pages = v.view.pageView();
    pages->setContinuous(false);
    pages->setFit(PageView::Fit::Page);
    QPointingDevice *finger = QTest::createTouchDevice();
    const QPoint centre = pages->viewport()->rect().center();
    QTest::touchEvent(pages->viewport(), finger).press(0, centre + QPoint(150, 0));
    QTest::touchEvent(pages->viewport(), finger).move(0, centre + QPoint(50, 5));
    QTest::touchEvent(pages->viewport(), finger).move(0, centre - QPoint(50, 0));
    QTest::touchEvent(pages->viewport(), finger).release(0, centre - QPoint(150, 0));
    CHECK(v.view.currentPage() == 1);
    QTest::touchEvent(pages->viewport(), finger).press(0, centre - QPoint(150, 0));
    QTest::touchEvent(pages->viewport(), finger).move(0, centre);
    QTest::touchEvent(pages->viewport(), finger).release(0, centre + QPoint(150, 0));
    CHECK(v.view.currentPage() == 0);
}

TEST_CASE("on a wide screen two pages show side by side, on a narrow one a single page, until the "
          "reader chooses",
    "[viewer][layout]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nghiquyet.pdf"));
    fx::writeTextPdf(path, 6); // A4 portrait
    OpenedView v;
    REQUIRE(v.open(path));
    PageView *pages = v.view.pageView();
    const auto sideBySide = [pages] {
        return pages->mapFromPage(0, QPointF(0, 0)).y() == pages->mapFromPage(1, QPointF(0, 0)).y();
    };
    v.view.resize(1600, 700); // a wide window: two A4 pages fit as large as one
    REQUIRE(fx::waitUntil([&] { return pages->isTwoPage(); }));
    CHECK(sideBySide());
    v.view.resize(700, 900); // a portrait tablet
    REQUIRE(fx::waitUntil([&] { return !pages->isTwoPage(); }));
    CHECK_FALSE(sideBySide());

    pages->setTwoPage(false); // the reader's choice stands, however wide the window
    v.view.resize(1600, 700);
    QTest::qWait(50);
    CHECK_FALSE(pages->isTwoPage());
    pages->setTwoPage(true);
    CHECK(pages->isTwoPage());
    CHECK(sideBySide());
}

namespace {
// Flicks a finger from `from` to `to` in `steps` moves one frame apart, then lifts it: the
// scroller measures the finger's speed from the real time between the moves.
void flick(QWidget *target, QPointingDevice *finger, QPoint from, QPoint to, int steps)
{
    QTest::touchEvent(target, finger).press(0, from);
    for (int i = 1; i <= steps; ++i) {
        QTest::qWait(16);
        QTest::touchEvent(target, finger).move(0, from + (to - from) * i / steps);
    }
    QTest::touchEvent(target, finger).release(0, to);
}

// Two fingers about `centre`, `startGap` apart, move to `endGap` apart and lift.
void pinch(QWidget *target, QPointingDevice *fingers, QPoint centre, int startGap, int endGap)
{
    const int steps = 8;
    const auto half = [](int gap) { return QPoint(gap / 2, gap / 4); };
    QTest::touchEvent(target, fingers)
        .press(0, centre - half(startGap))
        .press(1, centre + half(startGap));
    for (int i = 1; i <= steps; ++i) {
        QTest::qWait(16);
        const int gap = startGap + (endGap - startGap) * i / steps;
        QTest::touchEvent(target, fingers).move(0, centre - half(gap)).move(1, centre + half(gap));
    }
    QTest::touchEvent(target, fingers)
        .release(0, centre - half(endGap))
        .release(1, centre + half(endGap));
    QTest::qWait(20);
}

// Which page, and where on it in points, a viewport point shows.
QPair<int, QPointF> pagePointAt(PageView *pages, QPointF viewportPoint)
{
    const int page = pages->pageAtViewport(viewportPoint);
    return { page,
        page < 0 ? QPointF() : pages->pageTransform(page).inverted().map(viewportPoint) };
}
} // namespace

TEST_CASE("a vertical finger flick keeps scrolling after the finger lifts, then settles",
    "[viewer][touch]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("baocao.pdf"));
    fx::writeTextPdf(path, 30);
    OpenedView v;
    REQUIRE(v.open(path));
    PageView *pages = v.view.pageView();
    QScrollBar *bar = pages->verticalScrollBar();
    REQUIRE(bar->maximum() > 5000);
    QPointingDevice *finger = QTest::createTouchDevice();
    const QPoint centre = pages->viewport()->rect().center();
    const int fingerTravel = 300;
    const int before = bar->value();
    flick(pages->viewport(), finger, centre + QPoint(0, fingerTravel / 2),
        centre - QPoint(0, fingerTravel / 2), 6);
    const int atRelease = bar->value();
    // Kinetic: the content moves on by itself after the finger is gone...
    REQUIRE(fx::waitUntil([&] { return bar->value() > atRelease + 50; }, 5000));
    // ...then comes to rest.
    int last = -1;
    REQUIRE(fx::waitUntil(
        [&] {
            const int now = bar->value();
            const bool resting = now == last;
            last = now;
            if (!resting)
                QTest::qWait(150);
            return resting;
        },
        20000));
    // Content moved up (reading on), further than the finger did.
    CHECK(bar->value() - before > fingerTravel);
    CHECK(v.view.currentPage() >= 0);
}

TEST_CASE("pinching outwards zooms in around the pinch centre, inwards zooms out, within 25–800 %",
    "[viewer][touch]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("baocao.pdf"));
    fx::writeTextPdf(path, 4);
    OpenedView v;
    REQUIRE(v.open(path));
    PageView *pages = v.view.pageView();
    pages->setZoom(1.0);
    QPointingDevice *fingers = QTest::createTouchDevice();
    // Off the viewport's centre, so a zoom about the centre of the view would be caught.
    const QPoint centre = pages->viewport()->rect().center() + QPoint(-150, 100);
    const auto before = pagePointAt(pages, centre);
    REQUIRE(before.first >= 0);

    pinch(pages->viewport(), fingers, centre, 100, 250);
    const double zoomedIn = pages->zoom();
    CHECK(zoomedIn > 1.8);
    CHECK(pages->fit() == PageView::Fit::None);
    const auto after = pagePointAt(pages, centre);
    CHECK(after.first == before.first);
    // Within a few screen pixels of the point that was under the fingers.
    const double tolerance = 6 / (zoomedIn * pages->logicalDpiX() / 72.0);
    CHECK(std::abs(after.second.x() - before.second.x()) <= tolerance);
    CHECK(std::abs(after.second.y() - before.second.y()) <= tolerance);

    pinch(pages->viewport(), fingers, centre, 250, 100);
    CHECK(pages->zoom() < zoomedIn);
    CHECK(pages->zoom() == Approx(1.0).epsilon(0.1));

    for (int i = 0; i < 4; ++i)
        pinch(pages->viewport(), fingers, centre, 60, 400);
    CHECK(pages->zoom() == Approx(PageView::maximumZoom));
    for (int i = 0; i < 4; ++i)
        pinch(pages->viewport(), fingers, centre, 400, 60);
    CHECK(pages->zoom() == Approx(PageView::minimumZoom));
}
