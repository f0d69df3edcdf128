// PdfRenderService and PageImageCache: queue order, stale requests, cache budget, hostile
// documents through the worker.
#include "meeting_core/pdf/pageimagecache.h"
#include "meeting_core/pdf/pdfrenderservice.h"
#include "pdf_fixtures.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <optional>
#include <thread>

using namespace phonghop;
namespace fx = phonghop::test::pdf;

namespace {
QImage imageOfBytes(int kib)
{
    // 256 ARGB32 pixels per KiB.
    QImage image(256, kib, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    return image;
}

struct Recorder {
    QVector<RenderKey> ready;
    QVector<RenderKey> failed;
    QStringList messages;
    bool opened = false;
    QString openError;
    explicit Recorder(PdfRenderService &service)
    {
        QObject::connect(&service, &PdfRenderService::pageReady,
            [this](const RenderKey &key, const QImage &) { ready.append(key); });
        QObject::connect(&service, &PdfRenderService::pageFailed,
            [this](const RenderKey &key, const QString &message) {
                failed.append(key);
                messages.append(message);
            });
        QObject::connect(&service, &PdfRenderService::opened, [this] { opened = true; });
        QObject::connect(&service, &PdfRenderService::openFailed,
            [this](const QString &message) { openError = message; });
    }
    bool settled() const { return opened || !openError.isEmpty(); }
};
} // namespace

TEST_CASE("the image cache never holds more than its budget and evicts the least recently used",
    "[pdf][cache]")
{
    PageImageCache cache(1024 * 1024); // 1 MiB
    for (int page = 0; page < 4; ++page)
        cache.insert(RenderKey::make(page, 1.0), imageOfBytes(300));
    CHECK(cache.usedBytes() <= cache.budget());
    CHECK(cache.count() == 3);
    CHECK_FALSE(cache.contains(RenderKey::make(0, 1.0))); // oldest went first

    // Touching page 1 makes page 2 the oldest.
    CHECK_FALSE(cache.find(RenderKey::make(1, 1.0)).isNull());
    cache.insert(RenderKey::make(9, 1.0), imageOfBytes(300));
    CHECK(cache.contains(RenderKey::make(1, 1.0)));
    CHECK_FALSE(cache.contains(RenderKey::make(2, 1.0)));
    CHECK(cache.usedBytes() <= cache.budget());

    // An image larger than the whole budget is not kept and evicts nothing.
    const int before = cache.count();
    cache.insert(RenderKey::make(20, 1.0), imageOfBytes(2048));
    CHECK_FALSE(cache.contains(RenderKey::make(20, 1.0)));
    CHECK(cache.count() == before);

    // Replacing a key does not count it twice; shrinking the budget evicts at once.
    cache.insert(RenderKey::make(9, 1.0), imageOfBytes(300));
    CHECK(cache.usedBytes() == 3 * PageImageCache::costOf(imageOfBytes(300)));
    cache.setBudget(400 * 1024);
    CHECK(cache.usedBytes() <= 400 * 1024);
    CHECK(cache.count() == 1);
    CHECK(cache.contains(RenderKey::make(9, 1.0)));
}

TEST_CASE("render keys of equal zoom compare equal and tiles are distinct", "[pdf][cache]")
{
    CHECK(RenderKey::make(3, 1.2500001) == RenderKey::make(3, 1.25));
    CHECK_FALSE(RenderKey::make(3, 1.25, 1) == RenderKey::make(3, 1.25, 0));
    CHECK_FALSE(RenderKey::make(3, 2.0, 0, QRect(0, 0, 512, 512))
        == RenderKey::make(3, 2.0, 0, QRect(512, 0, 512, 512)));
    CHECK(RenderKey::make(0, 1.0, 5).rotation == 1);
    CHECK(RenderKey::make(0, 1.0, -1).rotation == 3);
}

TEST_CASE("prefetch order puts the visible pages first, then neighbours in the reading direction",
    "[pdf][queue]")
{
    CHECK(prefetchOrder(4, 5, 20, +1, 3, 1) == QVector<int> { 4, 5, 6, 7, 8, 3 });
    CHECK(prefetchOrder(4, 5, 20, -1, 3, 1) == QVector<int> { 4, 5, 3, 2, 1, 6 });
    CHECK(prefetchOrder(0, 0, 3, +1, 5, 5) == QVector<int> { 0, 1, 2 });
    CHECK(prefetchOrder(2, 2, 3, +1, 2, 1) == QVector<int> { 2, 1 });
    CHECK(prefetchOrder(0, 0, 0, +1, 2, 1).isEmpty());
}

TEST_CASE("the render workers take pages in the order asked, visible first", "[pdf][queue]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("baocao.pdf"));
    fx::writeTextPdf(path, 12);
    PdfRenderService service;
    Recorder recorder(service);
    service.open(path);
    REQUIRE(fx::waitUntil([&] { return recorder.settled(); }));
    REQUIRE(recorder.opened);
    CHECK(service.info().pageCount == 12);

    QVector<RenderKey> keys;
    for (int page : prefetchOrder(6, 7, 12, -1, 3, 2))
        keys.append(RenderKey::make(page, 0.5));
    service.request(keys);
    REQUIRE(fx::waitUntil([&] { return recorder.ready.size() == keys.size(); }));
    // Two renderers take the keys in order (one where there is one core): a key may be delivered
    // before the one taken just before it, never before one taken two places earlier.
    const int renderers = std::thread::hardware_concurrency() >= 2 ? 2 : 1;
    for (qsizetype i = 0; i < recorder.ready.size(); ++i) {
        INFO("delivered " << i + 1 << ": page " << recorder.ready.at(i).page + 1);
        CHECK(keys.indexOf(recorder.ready.at(i)) <= i + renderers - 1);
    }
    CHECK(QSet<RenderKey>(recorder.ready.cbegin(), recorder.ready.cend())
        == QSet<RenderKey>(keys.cbegin(), keys.cend()));
    for (const RenderKey &key : keys)
        CHECK_FALSE(service.cache().find(key).isNull());

    // Cached pages are not rendered again.
    service.request(keys);
    CHECK_FALSE(service.isPending(keys.first()));
}

TEST_CASE("work that can wait waits while a page on the screen is being drawn", "[pdf][queue]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nhanh-cham.pdf"));
    fx::writeShapesPdf(path, { 1, 20000 });
    // Which renderer takes which page is a race: a few rounds give the worker the quick page.
    for (int round = 0; round < 4; ++round) {
        INFO("round " << round + 1);
        PdfRenderService service;
        bool opened = false;
        QStringList order;
        QObject::connect(&service, &PdfRenderService::opened, [&] { opened = true; });
        QObject::connect(&service, &PdfRenderService::pageReady,
            [&](const RenderKey &key) { order.append(QStringLiteral("page %1").arg(key.page)); });
        QObject::connect(&service, &PdfRenderService::textReady,
            [&](int page) { order.append(QStringLiteral("text %1").arg(page)); });
        service.open(path);
        REQUIRE(fx::waitUntil([&] { return opened; }));
        // Both pages on the screen; the text of the quick one is wanted too (for selection).
        service.request({ RenderKey::make(0, 1.0), RenderKey::make(1, 1.5) }, 2);
        service.requestText(0);
        REQUIRE(fx::waitUntil([&] { return order.size() == 3; }));
        CHECK(order.indexOf(QStringLiteral("text 0")) == 2);
    }
}

TEST_CASE("opening reads the first pages' sizes and the rest after, saying when they differ",
    "[pdf][sizes]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("phuluc.pdf"));
    fx::writeMixedSizePdf(path, 40, { 25 });
    PdfRenderService service;
    std::optional<PdfDocumentInfo> opened;
    QVector<PdfDocumentInfo> read;
    QObject::connect(
        &service, &PdfRenderService::opened, [&](const PdfDocumentInfo &info) { opened = info; });
    QObject::connect(&service, &PdfRenderService::pageSizesRead,
        [&](const PdfDocumentInfo &info) { read.append(info); });
    service.open(path);
    REQUIRE(fx::waitUntil([&] { return opened.has_value(); }));
    const QSizeF portrait = opened->pageSizes.at(0);
    CHECK(portrait.width() < portrait.height());
    REQUIRE(opened->pageSizes.size() == 40);
    CHECK(opened->pageSizesEstimated);
    CHECK(opened->pageSizes.at(25) == portrait); // estimated from the pages read at opening

    REQUIRE(fx::waitUntil([&] { return !read.isEmpty(); }));
    REQUIRE(read.size() == 1);
    CHECK_FALSE(read.first().pageSizesEstimated);
    CHECK(read.first().pageSizes.at(25) == portrait.transposed());
    for (int page = 0; page < 40; ++page) {
        if (page != 25)
            CHECK(read.first().pageSizes.at(page) == portrait);
    }
    CHECK(service.info().pageSizes == read.first().pageSizes);
    CHECK_FALSE(service.info().pageSizesEstimated);
    CHECK(service.info().path == path);

    // A page asked for at the estimated size is drawn at its own size.
    const RenderKey key = RenderKey::make(25, 0.5);
    QImage landscape;
    QObject::connect(
        &service, &PdfRenderService::pageReady, [&](const RenderKey &ready, const QImage &image) {
            if (ready == key)
                landscape = image;
        });
    service.request({ key });
    REQUIRE(fx::waitUntil([&] { return !landscape.isNull(); }));
    CHECK(landscape.width() > landscape.height());
}

TEST_CASE("a document of one page size says nothing more once its sizes are read", "[pdf][sizes]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("baocao.pdf"));
    fx::writeTextPdf(path, 30);
    PdfRenderService service;
    bool opened = false;
    bool estimated = false;
    int read = 0;
    QObject::connect(&service, &PdfRenderService::opened, [&](const PdfDocumentInfo &info) {
        opened = true;
        estimated = info.pageSizesEstimated;
    });
    QObject::connect(&service, &PdfRenderService::pageSizesRead, [&] { ++read; });
    service.open(path);
    REQUIRE(fx::waitUntil([&] { return opened; }));
    CHECK(estimated);
    REQUIRE(fx::waitUntil([&] { return !service.info().pageSizesEstimated; }));
    CHECK(read == 0);
    CHECK(service.info().pageSizes.size() == 30);

    // A short document is read whole at opening.
    const QString shortPath = dir.filePath(QStringLiteral("ngan.pdf"));
    fx::writeMixedSizePdf(shortPath, 3, { 2 });
    opened = false;
    service.open(shortPath);
    REQUIRE(fx::waitUntil([&] { return opened; }));
    CHECK_FALSE(estimated);
    CHECK(service.info().pageSizes.at(2).width() > service.info().pageSizes.at(2).height());
}

TEST_CASE("cancelled and replaced render requests are never delivered", "[pdf][queue]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("baocao.pdf"));
    fx::writeTextPdf(path, 30);
    PdfRenderService service;
    Recorder recorder(service);
    service.open(path);
    REQUIRE(fx::waitUntil([&] { return recorder.settled(); }));
    REQUIRE(recorder.opened);

    QVector<RenderKey> first;
    for (int page = 0; page < 20; ++page)
        first.append(RenderKey::make(page, 2.0));
    service.request(first);
    service.cancelAll();
    // Replaced: only the new set may arrive.
    QVector<RenderKey> second;
    for (int page = 0; page < 10; ++page)
        second.append(RenderKey::make(page, 1.0));
    service.request(second);
    service.request({ RenderKey::make(25, 0.5) });

    const RenderKey sentinel = RenderKey::make(25, 0.5);
    REQUIRE(fx::waitUntil([&] { return recorder.ready.contains(sentinel); }));
    // Anything the worker finished for the old requests was posted before the sentinel.
    REQUIRE(fx::waitUntil([] { return false; }, 200) == false);
    CHECK(recorder.ready == QVector<RenderKey> { sentinel });
    CHECK(recorder.failed.isEmpty());
    for (const RenderKey &key : first)
        CHECK_FALSE(service.cache().contains(key));
}

TEST_CASE("hostile documents end in a message through the worker, not a hang", "[pdf][hostile]")
{
    QTemporaryDir dir;
    SECTION("garbage bytes")
    {
        const QString path = dir.filePath(QStringLiteral("rac.pdf"));
        fx::writeGarbage(path);
        PdfRenderService service;
        Recorder recorder(service);
        service.open(path);
        REQUIRE(fx::waitUntil([&] { return recorder.settled(); }));
        CHECK_FALSE(recorder.opened);
        CHECK(recorder.openError.contains(QStringLiteral("rac.pdf")));
    }
    SECTION("truncated file")
    {
        const QString path = dir.filePath(QStringLiteral("cut.pdf"));
        fx::writeTruncatedPdf(path, 0.4);
        PdfRenderService service;
        Recorder recorder(service);
        service.open(path);
        REQUIRE(fx::waitUntil([&] { return recorder.settled(); }));
        if (recorder.opened) {
            QVector<RenderKey> keys;
            for (int page = 0; page < service.info().pageCount; ++page)
                keys.append(RenderKey::make(page, 1.0));
            service.request(keys);
            REQUIRE(fx::waitUntil(
                [&] { return recorder.ready.size() + recorder.failed.size() == keys.size(); }));
            for (const QString &message : recorder.messages)
                CHECK_FALSE(message.isEmpty());
        } else {
            CHECK_FALSE(recorder.openError.isEmpty());
        }
    }
    SECTION("a 14400 pt page at full zoom")
    {
        const QString path = dir.filePath(QStringLiteral("huge.pdf"));
        fx::writeHugePagePdf(path);
        PdfRenderService service;
        Recorder recorder(service);
        service.open(path);
        REQUIRE(fx::waitUntil([&] { return recorder.settled(); }));
        REQUIRE(recorder.opened);
        const RenderKey key = RenderKey::make(0, 2.0);
        service.request({ key });
        REQUIRE(fx::waitUntil([&] { return !recorder.failed.isEmpty(); }));
        CHECK(recorder.failed.first() == key);
        CHECK_FALSE(recorder.messages.first().isEmpty());
        CHECK(service.failure(key) == recorder.messages.first());
    }
    SECTION("a page slower than the time limit")
    {
        const QString path = dir.filePath(QStringLiteral("slow.pdf"));
        fx::writeSlowPdf(path, 40000);
        PdfRenderService service;
        Recorder recorder(service);
        service.setRenderLimits(1, 24'000'000);
        service.open(path);
        REQUIRE(fx::waitUntil([&] { return recorder.settled(); }));
        REQUIRE(recorder.opened);
        const RenderKey key = RenderKey::make(0, 4.0);
        service.request({ key });
        REQUIRE(fx::waitUntil([&] { return !recorder.failed.isEmpty(); }));
        CHECK(recorder.ready.isEmpty());
        CHECK_FALSE(recorder.messages.first().isEmpty());
    }
}

TEST_CASE("find through the worker reports hits per page and a total", "[pdf][find]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("baocao.pdf"));
    fx::writeTextPdf(path, 6);
    PdfRenderService service;
    Recorder recorder(service);
    service.open(path);
    REQUIRE(fx::waitUntil([&] { return recorder.settled(); }));
    QVector<int> pages;
    int total = -1;
    QObject::connect(&service, &PdfRenderService::findHits,
        [&](quint64, int page, const QVector<QVector<QRectF>> &) { pages.append(page); });
    QObject::connect(
        &service, &PdfRenderService::findFinished, [&](quint64, int hits) { total = hits; });
    service.find(QStringLiteral("quyet dinh"), false, 4);
    REQUIRE(fx::waitUntil([&] { return total >= 0; }));
    CHECK(total == 6);
    CHECK(pages == QVector<int> { 4, 5, 0, 1, 2, 3 });

    total = -1;
    service.find(QStringLiteral("Trang 3"), false);
    REQUIRE(fx::waitUntil([&] { return total >= 0; }));
    CHECK(total == 1);

    service.requestText(2);
    REQUIRE(fx::waitUntil([&] { return service.pageText(2) != nullptr; }));
    CHECK(service.pageText(2)->text().contains(QStringLiteral("Trang 3")));
}
