// The viewer's way to open a confidential document (issue 16's time aim): SealedFileDevice::
// openIndexed derives each chunk's stream state from the tags before it instead of decrypting
// the whole file first. These tests hold the derivation to libsodium's own states, check what is
// refused at open (size, header, final chunk, key), and that a chunk altered in the cache fails
// its read and the page drawn over it, never showing half a page.
#include "pdf_fixtures.h"
#include "sealed_fixtures.h"

#include "meeting_core/pdf/pdfdocument.h"
#include "meeting_core/trust/documentcipher.h"
#include "meeting_core/trust/sealedfiledevice.h"
#include "meeting_core/trust/sealedstream_p.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <cstring>

using namespace phonghop;
using namespace phonghop::test::sealed;
using namespace phonghop::documentcipher::detail;

namespace {

using Sealed = test::sealed::SealedFile;

qint64 sealedChunkEnd(qint64 index, qint64 plainSize)
{
    return chunkOffset(index) + chunkPlainSize(index, plainSize) + chunkOverhead;
}

} // namespace

TEST_CASE("The state derived from a chunk's tag is the state libsodium reaches by decrypting it",
    "[confidential][device]")
{
    const qint64 size = 7 * chunkBytes + 999;
    const Sealed sealed(randomBytes(size, 11));
    const QByteArray file = readAll(sealed.sealedPath);
    const auto *bytes = reinterpret_cast<const unsigned char *>(file.constData());

    StreamState decrypting;
    REQUIRE(crypto_secretstream_xchacha20poly1305_init_pull(&decrypting, bytes + magicBytes,
                reinterpret_cast<const unsigned char *>(sealed.key.bytes().constData()))
        == 0);
    StreamState derived = decrypting;
    const qint64 chunks = (size + chunkBytes - 1) / chunkBytes;
    QByteArray plain(chunkBytes, Qt::Uninitialized);
    for (qint64 index = 0; index < chunks; ++index) {
        INFO("chunk " << index);
        const qint64 length = chunkPlainSize(index, size) + chunkOverhead;
        unsigned long long opened = 0;
        unsigned char tag = 0;
        REQUIRE(crypto_secretstream_xchacha20poly1305_pull(&decrypting,
                    reinterpret_cast<unsigned char *>(plain.data()), &opened, &tag,
                    bytes + chunkOffset(index), static_cast<unsigned long long>(length), nullptr, 0)
            == 0);
        if (index + 1 == chunks)
            break; // the final tag rekeys a state nobody uses again; nothing is derived past it
        advancePastChunk(derived, bytes + sealedChunkEnd(index, size) - chunkMacBytes);
        CHECK(std::memcmp(&derived, &decrypting, sizeof derived) == 0);
    }
}

TEST_CASE("A sealed file opened by its tags reads as its plaintext at any offset",
    "[confidential][device]")
{
    const qint64 size = GENERATE(qint64(0), qint64(100), chunkBytes, 9 * chunkBytes + 4321);
    INFO("document of " << size << " bytes");
    const Sealed sealed(randomBytes(size, quint32(size + 1)));
    auto opened = sealed.openIndexed(2 * chunkBytes);
    INFO(opened.error().toStdString());
    REQUIRE(opened.ok());
    SealedFileDevice &device = *opened.value();
    CHECK(device.size() == size);
    CHECK(device.readAll() == sealed.plain);
    // Backwards, across chunk boundaries, with a cache of two chunks.
    for (qint64 offset = size - 1; offset >= 0 && size > 0; offset -= chunkBytes / 3) {
        const qint64 length = std::min<qint64>(5000, size - offset);
        CHECK(readAt(device, offset, length) == sealed.plain.mid(offset, length));
    }
    CHECK(device.readFailure().isEmpty());
    CHECK(device.peakHeldBytes() <= device.cacheBound());
}

TEST_CASE("A sealed file cut short, extended, with its last chunk or header changed or under "
          "another key is refused at open by its tags",
    "[confidential][device]")
{
    const qint64 size = 6 * chunkBytes + 77;
    const Sealed sealed(randomBytes(size, 3));
    const QByteArray original = readAll(sealed.sealedPath);
    const auto refusedAsDamaged = [&] {
        auto opened = sealed.openIndexed();
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().contains(QStringLiteral("damaged or was altered")));
    };

    SECTION("cut short by one byte")
    {
        writeAll(sealed.sealedPath, original.left(original.size() - 1));
        refusedAsDamaged();
    }
    SECTION("cut at a chunk boundary (the final chunk gone)")
    {
        writeAll(sealed.sealedPath, original.left(sealedChunkEnd(5, size)));
        refusedAsDamaged();
    }
    SECTION("one byte appended")
    {
        writeAll(sealed.sealedPath, original + QByteArray(1, 'x'));
        refusedAsDamaged();
    }
    SECTION("one byte of the last chunk changed")
    {
        sealed.flip(original.size() - 30);
        refusedAsDamaged();
    }
    SECTION("the tag of a middle chunk changed: the final chunk no longer decrypts")
    {
        // A byte of the tag's first 8, which the chain carries into every later chunk's nonce.
        sealed.flip(sealedChunkEnd(2, size) - chunkMacBytes + 2);
        refusedAsDamaged();
    }
    SECTION("one byte of the stream header changed")
    {
        sealed.flip(magicBytes + 5);
        refusedAsDamaged();
    }
    SECTION("the magic changed")
    {
        sealed.flip(0);
        refusedAsDamaged();
    }
    SECTION("another document's key")
    {
        auto opened = SealedFileDevice::openIndexed(
            sealed.sealedPath, DocumentKey::generate(), size, chunkBytes);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().contains(QStringLiteral("does not decrypt")));
    }
    SECTION("the size the manifest gives is not the file's")
    {
        auto opened = SealedFileDevice::openIndexed(sealed.sealedPath, sealed.key, size + 1);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().contains(QStringLiteral("damaged or was altered")));
    }
}

TEST_CASE("A chunk altered in the cache opens, then fails its read and is kept as the failure",
    "[confidential][device]")
{
    const qint64 size = 8 * chunkBytes;
    const Sealed sealed(randomBytes(size, 21));
    sealed.flip(chunkOffset(4) + 100); // inside chunk 4's ciphertext
    auto opened = sealed.openIndexed();
    INFO(opened.error().toStdString());
    REQUIRE(opened.ok());
    SealedFileDevice &device = *opened.value();
    CHECK(readAt(device, 0, 10) == sealed.plain.left(10));
    CHECK(device.readFailure().isEmpty());

    REQUIRE(device.seek(4 * chunkBytes + 10));
    char buffer[64];
    CHECK(device.read(buffer, sizeof buffer) == -1);
    CHECK(device.readFailure().contains(QStringLiteral("damaged or was altered")));
    // A read that reaches into the chunk from before gives the bytes before it, not beyond.
    CHECK(readAt(device, 4 * chunkBytes - 8, 64) == sealed.plain.mid(4 * chunkBytes - 8, 8));
    // The chunks untouched still read; the first failure stays for the reader to see.
    CHECK(readAt(device, 6 * chunkBytes, 10) == sealed.plain.mid(6 * chunkBytes, 10));
    CHECK_FALSE(device.readFailure().isEmpty());
}

TEST_CASE("A page drawn over a chunk altered in the cache is refused, not drawn from half its "
          "bytes",
    "[confidential][device][pdf]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString pdfPath = dir.filePath(QStringLiteral("clear.pdf"));
    const QByteArray pdf = writeScannedPdf(pdfPath, 3, 150);

    // A chunk wholly inside the last image's data: read when its page is drawn, not at open.
    const qint64 image = pdf.lastIndexOf("/Subtype /Image");
    REQUIRE(image > 0);
    const qint64 dataStart = pdf.indexOf("stream", image) + 7;
    const qint64 dataEnd = pdf.indexOf("endstream", dataStart);
    REQUIRE(dataStart > image);
    const qint64 damaged = dataStart / chunkBytes + 1;
    REQUIRE((damaged + 1) * chunkBytes < dataEnd);

    const Sealed sealed(pdf);
    sealed.flip(chunkOffset(damaged) + 500);
    auto device = sealed.openIndexed();
    INFO(device.error().toStdString());
    REQUIRE(device.ok());
    auto through = PdfDocument::openDevice(std::move(device).value(), QStringLiteral("mật"));
    INFO(through.error().toStdString());
    REQUIRE(through.ok());
    auto clear = PdfDocument::open(pdfPath);
    REQUIRE(clear.ok());
    REQUIRE(through.value()->pageCount() == 3);

    int refused = 0;
    for (int page = 0; page < 3; ++page) {
        INFO("page " << page + 1);
        PdfRenderOptions options;
        options.page = page;
        options.scale = 0.5;
        const PdfRenderOutcome expected = clear.value()->render(options);
        REQUIRE_FALSE(expected.image.isNull());
        const PdfRenderOutcome actual = through.value()->render(options);
        if (actual.image.isNull()) {
            ++refused;
            CHECK(actual.error == PdfRenderError::Failed);
            CHECK(actual.message.contains(QStringLiteral("damaged or was altered")));
        } else {
            // Any page drawn is the page itself.
            CHECK(actual.image == expected.image);
        }
    }
    CHECK(refused >= 1);
}
