// A confidential document read chunkBytes by chunkBytes (issue 16): SealedFileDevice over a real
// sealed file gives the plaintext's bytes at any offset, refuses at open a file altered, cut short,
// extended or opened with the wrong key, never holds more decrypted bytes than its bound, and
// Poppler draws the same page through it as from the clear file.
#include "pdf_fixtures.h"
#include "sealed_fixtures.h"

#include "meeting_core/pdf/pdfdocument.h"
#include "meeting_core/pdf/pdfrenderservice.h"
#include "meeting_core/trust/documentcipher.h"
#include "meeting_core/trust/sealedfiledevice.h"
#include "meeting_core/util/sha256.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>
#include <atomic>
#include <catch2/catch.hpp>

using namespace phonghop;
using namespace phonghop::test::sealed;

namespace {
using Sealed = test::sealed::SealedFile;
} // namespace

TEST_CASE("A sealed document reads as its plaintext at any offset, size and chunk boundary",
    "[confidential][device]")
{
    const qint64 size
        = GENERATE(qint64(0), qint64(100), chunkBytes, 3 * chunkBytes, 5 * chunkBytes + 1234);
    INFO("document of " << size << " bytes");
    const Sealed sealed(randomBytes(size, quint32(size + 1)));
    auto opened = sealed.openVerified(2 * chunkBytes);
    REQUIRE(opened.ok());
    SealedFileDevice &device = *opened.value();
    CHECK(device.size() == size);
    CHECK(device.cacheBound() == 2 * chunkBytes);

    QRandomGenerator random(7);
    for (int i = 0; i < 300 && size > 0; ++i) {
        const qint64 offset = qint64(random.bounded(quint64(size)));
        const qint64 length = 1 + qint64(random.bounded(quint64(3 * chunkBytes)));
        INFO("read of " << length << " at " << offset);
        REQUIRE(readAt(device, offset, length) == sealed.plain.mid(offset, length));
    }
    // Across every chunkBytes boundary, and at the very end.
    for (qint64 boundary = chunkBytes; boundary < size; boundary += chunkBytes) {
        INFO("boundary " << boundary);
        CHECK(readAt(device, boundary - 7, 14) == sealed.plain.mid(boundary - 7, 14));
        CHECK(readAt(device, boundary, 1) == sealed.plain.mid(boundary, 1));
        CHECK(readAt(device, boundary - 1, 1) == sealed.plain.mid(boundary - 1, 1));
    }
    if (size > 0) {
        CHECK(readAt(device, size - 5, 100) == sealed.plain.right(5));
        CHECK(readAt(device, size - 1, 1) == sealed.plain.right(1));
    }
    CHECK(readAt(device, size, 10).isEmpty());
    CHECK(device.atEnd());

    // The whole, front to back, and never more than the bound held.
    REQUIRE(device.seek(0));
    CHECK(device.readAll() == sealed.plain);
    CHECK(device.heldBytes() <= device.cacheBound());
    CHECK(device.peakHeldBytes() <= device.cacheBound());
    if (size > 2 * chunkBytes)
        CHECK(device.heldBytes() > device.cacheBound() - chunkBytes); // two chunks: the bound
}

TEST_CASE("The cache of decrypted chunks keeps the recent ones and no more than its bound",
    "[confidential][device]")
{
    const qint64 size = 40 * chunkBytes + 99; // 2.5 MB
    const Sealed sealed(randomBytes(size, 11));
    auto opened = sealed.openVerified(4 * chunkBytes);
    REQUIRE(opened.ok());
    SealedFileDevice &device = *opened.value();
    REQUIRE(device.seek(0));
    REQUIRE(device.readAll() == sealed.plain);
    CHECK(device.chunksDecrypted() == 41);
    CHECK(device.peakHeldBytes() <= 4 * chunkBytes);
    // The last four chunks are still held: reading them again decrypts nothing.
    CHECK(readAt(device, size - 3 * chunkBytes, 3 * chunkBytes)
        == sealed.plain.right(3 * chunkBytes));
    CHECK(device.chunksDecrypted() == 41);
    // The first one was dropped: reading it decrypts it again.
    CHECK(readAt(device, 10, 10) == sealed.plain.mid(10, 10));
    CHECK(device.chunksDecrypted() == 42);
    CHECK(device.peakHeldBytes() <= 4 * chunkBytes);

    // A bound smaller than a chunkBytes still holds one chunkBytes.
    auto tiny = sealed.openVerified(1000);
    REQUIRE(tiny.ok());
    CHECK(tiny.value()->cacheBound() == chunkBytes);
    REQUIRE(tiny.value()->seek(0));
    CHECK(tiny.value()->readAll() == sealed.plain);
    CHECK(tiny.value()->peakHeldBytes() == chunkBytes);
}

TEST_CASE("A sealed file altered, cut short, extended or under another key is refused at open",
    "[confidential][device]")
{
    const qint64 size = 6 * chunkBytes + 500;
    const Sealed sealed(randomBytes(size, 3));
    const QByteArray original = readAll(sealed.sealedPath);
    const qint64 headerEnd = 8 + 24;
    const qint64 sealedChunk = chunkBytes + 17;

    const auto refusedBecause = [&](const QString &fragment) {
        auto opened = sealed.openVerified();
        REQUIRE_FALSE(opened.ok());
        INFO(opened.error().toStdString());
        CHECK(opened.error().contains(QStringLiteral("damaged or was altered")));
        CHECK(opened.error().contains(fragment));
    };

    SECTION("one byte of a middle chunk changed")
    {
        QByteArray altered = original;
        const qint64 at = headerEnd + 3 * sealedChunk + 1000;
        altered[at] = char(altered[at] ^ 0x01);
        writeAll(sealed.sealedPath, altered);
        refusedBecause(QStringLiteral("does not decrypt"));
    }
    SECTION("one byte of the last chunk changed")
    {
        QByteArray altered = original;
        altered[altered.size() - 3] = char(altered[altered.size() - 3] ^ 0x80);
        writeAll(sealed.sealedPath, altered);
        refusedBecause(QStringLiteral("does not decrypt"));
    }
    SECTION("two chunks swapped")
    {
        QByteArray altered = original;
        const QByteArray second = original.mid(headerEnd + sealedChunk, sealedChunk);
        const QByteArray third = original.mid(headerEnd + 2 * sealedChunk, sealedChunk);
        altered.replace(headerEnd + sealedChunk, sealedChunk, third);
        altered.replace(headerEnd + 2 * sealedChunk, sealedChunk, second);
        writeAll(sealed.sealedPath, altered);
        refusedBecause(QStringLiteral("does not decrypt"));
    }
    SECTION("cut short")
    {
        writeAll(sealed.sealedPath, original.left(original.size() - sealedChunk));
        refusedBecause(QStringLiteral("shorter"));
    }
    SECTION("extended by a chunk")
    {
        writeAll(sealed.sealedPath, original + original.mid(headerEnd, sealedChunk));
        refusedBecause(QStringLiteral("longer"));
    }
    SECTION("another key")
    {
        auto opened = SealedFileDevice::openVerified(
            sealed.sealedPath, DocumentKey::generate(), size, sealed.sha);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().contains(QStringLiteral("does not decrypt")));
    }
    SECTION("another plaintext size or checksum than the manifest says")
    {
        auto wrongSize
            = SealedFileDevice::openVerified(sealed.sealedPath, sealed.key, size - 1, sealed.sha);
        REQUIRE_FALSE(wrongSize.ok());
        auto wrongSha = SealedFileDevice::openVerified(sealed.sealedPath, sealed.key, size,
            Sha256::hexOf(QByteArrayLiteral("something else")));
        REQUIRE_FALSE(wrongSha.ok());
        CHECK(wrongSha.error().contains(QStringLiteral("checksum")));
    }
    SECTION("unaltered, it opens")
    {
        REQUIRE(sealed.openVerified().ok());
    }
}

TEST_CASE("The verifying pass stops when it is cancelled", "[confidential][device]")
{
    const Sealed sealed(randomBytes(40 * chunkBytes, 9));
    CancellationToken cancel;
    cancel.cancel();
    auto opened = SealedFileDevice::openVerified(sealed.sealedPath, sealed.key, sealed.plain.size(),
        sealed.sha, SealedFileDevice::defaultCacheBytes, cancel);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().contains(QStringLiteral("cancelled")));
}

TEST_CASE("A render service gone or opening another document cancels the open under way",
    "[confidential][device][pdf]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString pdfPath = dir.filePath(QStringLiteral("clear.pdf"));
    test::pdf::writeTextPdf(pdfPath, 2);
    // A source that waits until it is cancelled (a long verifying pass), then fails.
    auto started = std::make_shared<std::atomic_bool>(false);
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    const PdfDeviceSource waiting
        = [started, cancelled](
              const CancellationToken &cancel) -> Result<std::unique_ptr<QIODevice>> {
        started->store(true);
        for (int i = 0; i < 600 && !cancel.isCancelled(); ++i)
            QThread::msleep(10);
        cancelled->store(cancel.isCancelled());
        return Result<std::unique_ptr<QIODevice>>::failure(QStringLiteral("cancelled"));
    };

    SECTION("another document asked for")
    {
        PdfRenderService service;
        QStringList failures;
        int opened = 0;
        QObject::connect(&service, &PdfRenderService::openFailed,
            [&](const QString &message) { failures << message; });
        QObject::connect(&service, &PdfRenderService::opened, [&] { ++opened; });
        service.openSource(waiting, QStringLiteral("mật"));
        REQUIRE(test::pdf::waitUntil([&] { return started->load(); }));
        service.open(pdfPath);
        REQUIRE(test::pdf::waitUntil([&] { return opened > 0; }));
        CHECK(cancelled->load());
        CHECK(failures.isEmpty()); // the open given up says nothing
        CHECK(service.info().pageCount == 2);
    }
    SECTION("the service destroyed")
    {
        {
            PdfRenderService service;
            service.openSource(waiting, QStringLiteral("mật"));
            REQUIRE(test::pdf::waitUntil([&] { return started->load(); }));
        }
        CHECK(test::pdf::waitUntil([&] { return cancelled->load(); }, 5000));
    }
}

TEST_CASE("A sealed file changed after it was opened fails the read, never gives other bytes",
    "[confidential][device]")
{
    const qint64 size = 8 * chunkBytes;
    const Sealed sealed(randomBytes(size, 5));
    auto opened = sealed.openVerified(chunkBytes);
    REQUIRE(opened.ok());
    SealedFileDevice &device = *opened.value();
    CHECK(readAt(device, 0, 10) == sealed.plain.left(10));
    {
        // Changed in place (the device keeps its file open).
        QFile file(sealed.sealedPath);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.seek(8 + 24 + 5 * (chunkBytes + 17) + 40));
        REQUIRE(file.write("XXXX", 4) == 4);
    }
    REQUIRE(device.seek(5 * chunkBytes + 10));
    char buffer[64];
    CHECK(device.read(buffer, sizeof buffer) == -1);
    CHECK(device.errorString().contains(QStringLiteral("does not decrypt")));
    // The chunks untouched still read.
    CHECK(readAt(device, 2 * chunkBytes, 10) == sealed.plain.mid(2 * chunkBytes, 10));
}

TEST_CASE("Poppler draws page 1 through the decrypting device as from the clear file",
    "[confidential][device][pdf]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString pdfPath = dir.filePath(QStringLiteral("clear.pdf"));
    // Scanned pages (JPEG images), then text pages: a PDF of several chunks.
    const QByteArray pdf = writeScannedPdf(pdfPath, 3, 100);
    REQUIRE(pdf.size() > 2 * chunkBytes); // pages spread over several chunks
    const Sealed sealed(pdf);

    auto clear = PdfDocument::open(pdfPath);
    REQUIRE(clear.ok());
    auto device = sealed.openVerified(chunkBytes);
    REQUIRE(device.ok());
    SealedFileDevice *raw = device.value().get();
    auto through = PdfDocument::openDevice(std::move(device).value(), QStringLiteral("mật"));
    REQUIRE(through.ok());
    REQUIRE(through.value()->pageCount() == clear.value()->pageCount());

    for (int page : { 0, 2 }) {
        PdfRenderOptions options;
        options.page = page;
        options.scale = 1.5;
        const PdfRenderOutcome expected = clear.value()->render(options);
        const PdfRenderOutcome actual = through.value()->render(options);
        REQUIRE_FALSE(expected.image.isNull());
        REQUIRE_FALSE(actual.image.isNull());
        CHECK(actual.image == expected.image);
    }
    CHECK(raw->peakHeldBytes() <= chunkBytes);

    SECTION("and so does the render service, opening it on its worker")
    {
        PdfRenderService service;
        bool opened = false;
        QImage image;
        QObject::connect(&service, &PdfRenderService::opened, [&] { opened = true; });
        QObject::connect(&service, &PdfRenderService::pageReady,
            [&](const RenderKey &, const QImage &ready) { image = ready; });
        Qt::HANDLE sourceThread = nullptr;
        service.openSource(
            [&](const CancellationToken &) -> Result<std::unique_ptr<QIODevice>> {
                sourceThread = QThread::currentThreadId();
                auto opened = sealed.openVerified();
                if (!opened)
                    return Result<std::unique_ptr<QIODevice>>::failure(opened.error());
                return std::unique_ptr<QIODevice>(std::move(opened).value());
            },
            QStringLiteral("mật"));
        REQUIRE(test::pdf::waitUntil([&] { return opened; }));
        CHECK(sourceThread != QThread::currentThreadId());
        CHECK(service.info().pageCount == 3);
        const RenderKey key = RenderKey::make(0, 1.5);
        service.request({ key });
        REQUIRE(test::pdf::waitUntil([&] { return !image.isNull(); }));
        PdfRenderOptions options;
        options.scale = 1.5;
        CHECK(image == clear.value()->render(options).image);
    }

    SECTION("and a source that fails ends in openFailed with its message")
    {
        PdfRenderService service;
        QString failure;
        QObject::connect(&service, &PdfRenderService::openFailed,
            [&](const QString &message) { failure = message; });
        writeAll(sealed.sealedPath, readAll(sealed.sealedPath).left(100));
        service.openSource(
            [&](const CancellationToken &) -> Result<std::unique_ptr<QIODevice>> {
                auto opened = sealed.openVerified();
                if (!opened)
                    return Result<std::unique_ptr<QIODevice>>::failure(opened.error());
                return std::unique_ptr<QIODevice>(std::move(opened).value());
            },
            QStringLiteral("mật"));
        REQUIRE(test::pdf::waitUntil([&] { return !failure.isEmpty(); }));
        CHECK(failure.contains(QStringLiteral("damaged or was altered")));
    }
}
