// PdfDocument: opening, text, find/select on Vietnamese text, rendering and its guards.
#include "meeting_core/pdf/pdfdocument.h"
#include "meeting_core/pdf/pdfpagetext.h"
#include "pdf_fixtures.h"

#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace phonghop;
namespace fx = phonghop::test::pdf;

namespace {
int darkPixels(const QImage &image)
{
    int count = 0;
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < rgb.height(); ++y)
        for (int x = 0; x < rgb.width(); ++x)
            count += qGray(rgb.pixel(x, y)) < 128 ? 1 : 0;
    return count;
}
} // namespace

TEST_CASE("a generated Vietnamese PDF opens with its pages, sizes and title", "[pdf]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("totrinh.pdf"));
    fx::writeTextPdf(path, 3);
    auto document = PdfDocument::open(path);
    REQUIRE(document.ok());
    CHECK_FALSE(document.value()->isLocked());
    CHECK(document.value()->pageCount() == 3);
    const QSizeF a4 = document.value()->pageSize(0);
    CHECK(qAbs(a4.width() - 595.3) < 1.5);
    CHECK(qAbs(a4.height() - 841.9) < 1.5);
    CHECK_FALSE(document.value()->pageSize(3).isValid());
    CHECK(document.value()->title() == QStringLiteral("Tờ trình thử nghiệm"));
}

TEST_CASE(
    "page text keeps Vietnamese diacritics composed, so copy gives the sentence back", "[pdf]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("qd.pdf"));
    fx::writeTextPdf(path, 1);
    auto document = PdfDocument::open(path);
    REQUIRE(document.ok());
    const PdfPageText text(document.value()->textBoxes(0));
    CHECK(text.text().contains(fx::vietnameseSentence()));
    CHECK(text.charRects().size() == text.text().size());
}

TEST_CASE("find on Vietnamese text matches with and without diacritics, đ as d", "[pdf][find]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("qd.pdf"));
    fx::writeTextPdf(path, 1);
    auto document = PdfDocument::open(path);
    REQUIRE(document.ok());
    const PdfPageText text(document.value()->textBoxes(0));

    CHECK(text.find(QStringLiteral("quyet dinh"), false).size() == 1);
    CHECK(text.find(QStringLiteral("QĐ-UBND"), true).size() == 1);
    CHECK(text.find(QStringLiteral("qđ-ubnd"), true).size() == 1);
    CHECK(text.find(QStringLiteral("de an"), false).size() == 1);
    CHECK(text.find(QStringLiteral("đề án"), true).size() == 1);
    // Typed diacritics are meant: "đê" is not "đề".
    CHECK(text.find(QStringLiteral("đê án"), true).isEmpty());
    CHECK(text.find(QStringLiteral("không có"), false).isEmpty());
    CHECK(PdfPageText::hasDiacritics(QStringLiteral("đề án")));
    CHECK_FALSE(PdfPageText::hasDiacritics(QStringLiteral("de an")));

    // The hit lies where the words are drawn (baseline 120 pt, left 60 pt).
    const auto hits = text.find(QStringLiteral("Quyết định"), true);
    REQUIRE(hits.size() == 1);
    REQUIRE(hits.first().size() == 1);
    const QRectF rect = hits.first().first();
    CHECK(rect.left() > 55);
    CHECK(rect.left() < 80);
    CHECK(rect.top() < 120);
    CHECK(rect.bottom() > 110);
}

TEST_CASE("selecting from the first letter to the end of a word copies that Vietnamese text",
    "[pdf][select]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("qd.pdf"));
    fx::writeTextPdf(path, 1);
    auto document = PdfDocument::open(path);
    REQUIRE(document.ok());
    const PdfPageText text(document.value()->textBoxes(0));
    const auto hits = text.find(QStringLiteral("Quyết định"), true);
    REQUIRE(hits.size() == 1);
    const QRectF words = hits.first().first();
    const int from = text.charIndexAt(QPointF(words.left() + 0.5, words.center().y()));
    const int to = text.charIndexAt(QPointF(words.right() - 0.5, words.center().y()));
    CHECK(text.textFor(from, to) == QStringLiteral("Quyết định"));
    CHECK_FALSE(text.rectsFor(from, to).isEmpty());
}

TEST_CASE("a text page renders to a non-blank image of the expected size", "[pdf][render]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("qd.pdf"));
    fx::writeTextPdf(path, 2);
    auto document = PdfDocument::open(path);
    REQUIRE(document.ok());
    PdfRenderOptions options;
    options.page = 1;
    options.scale = 1.5;
    const PdfRenderOutcome outcome = document.value()->render(options);
    REQUIRE(outcome.error == PdfRenderError::None);
    CHECK(outcome.image.size() == PdfDocument::imageSize(document.value()->pageSize(1), 1.5, 0));
    CHECK(darkPixels(outcome.image) > 1000);

    options.rotation = 1;
    const PdfRenderOutcome rotated = document.value()->render(options);
    REQUIRE(rotated.error == PdfRenderError::None);
    CHECK(rotated.image.width() > rotated.image.height());

    // A tile is exactly the requested part of the page.
    options.rotation = 0;
    options.tile = QRect(50, 100, 200, 80);
    const PdfRenderOutcome tile = document.value()->render(options);
    REQUIRE(tile.error == PdfRenderError::None);
    CHECK(tile.image.size() == QSize(200, 80));
}

TEST_CASE(
    "files that are no PDF or are damaged fail with a message naming the file", "[pdf][hostile]")
{
    QTemporaryDir dir;
    const QString garbage = dir.filePath(QStringLiteral("rac.pdf"));
    fx::writeGarbage(garbage);
    auto opened = PdfDocument::open(garbage);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().contains(QStringLiteral("rac.pdf")));

    auto missing = PdfDocument::open(dir.filePath(QStringLiteral("khong-co.pdf")));
    REQUIRE_FALSE(missing.ok());
    CHECK_FALSE(missing.error().isEmpty());

    // A truncated file either fails with a message or opens with pages that each end in an
    // image or a message; it never hangs or crashes.
    const QString truncated = dir.filePath(QStringLiteral("cut.pdf"));
    fx::writeTruncatedPdf(truncated, 0.5);
    auto cut = PdfDocument::open(truncated);
    if (!cut.ok()) {
        CHECK_FALSE(cut.error().isEmpty());
    } else {
        for (int page = 0; page < cut.value()->pageCount(); ++page) {
            PdfRenderOptions options;
            options.page = page;
            const PdfRenderOutcome outcome = cut.value()->render(options);
            CHECK(
                (outcome.image.isNull() ? !outcome.message.isEmpty() : outcome.message.isEmpty()));
        }
    }

    const QString header = dir.filePath(QStringLiteral("header-only.pdf"));
    QFile file(header);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("%PDF-1.7\n%garbage follows\n");
    file.close();
    auto headerOnly = PdfDocument::open(header);
    REQUIRE_FALSE(headerOnly.ok());
    CHECK(headerOnly.error().contains(QStringLiteral("header-only.pdf")));
}

TEST_CASE(
    "a 14400 pt page is refused at full size with a message but renders small", "[pdf][hostile]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.pdf"));
    fx::writeHugePagePdf(path);
    auto document = PdfDocument::open(path);
    REQUIRE(document.ok());
    CHECK(document.value()->pageSize(0).width() > 14000);
    PdfRenderOptions options;
    options.scale = 1.0; // 207 megapixels
    options.maxPixels = 24'000'000;
    const PdfRenderOutcome big = document.value()->render(options);
    CHECK(big.error == PdfRenderError::TooLarge);
    CHECK(big.image.isNull());
    CHECK_FALSE(big.message.isEmpty());

    options.scale = 0.05;
    const PdfRenderOutcome small = document.value()->render(options);
    REQUIRE(small.error == PdfRenderError::None);
    CHECK(small.image.width() == 720);
}

TEST_CASE(
    "a slow page stops at the time limit or the abort callback with a message", "[pdf][hostile]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("slow.pdf"));
    fx::writeSlowPdf(path, 40000);
    auto document = PdfDocument::open(path);
    REQUIRE(document.ok());

    PdfRenderOptions options;
    options.scale = 4.0;
    options.abort = [] { return true; };
    const PdfRenderOutcome aborted = document.value()->render(options);
    CHECK(aborted.error == PdfRenderError::Aborted);
    CHECK(aborted.image.isNull());

    options.abort = nullptr;
    options.timeLimitMs = 1; // thousands of shapes cannot be drawn within a millisecond
    const PdfRenderOutcome late = document.value()->render(options);
    CHECK(late.error == PdfRenderError::TimedOut);
    CHECK(late.message.contains(QStringLiteral("1")));
}

TEST_CASE("an encrypted PDF opens locked and unlocks only with its password", "[pdf][password]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mat.pdf"));
    fx::writeEncryptedPdf(path, "hop2019");
    auto document = PdfDocument::open(path);
    REQUIRE(document.ok());
    CHECK(document.value()->isLocked());
    CHECK(document.value()->pageCount() == 0);
    PdfRenderOptions options;
    const PdfRenderOutcome locked = document.value()->render(options);
    CHECK(locked.image.isNull());
    CHECK_FALSE(locked.message.isEmpty());

    CHECK_FALSE(document.value()->unlock(QStringLiteral("sai-mat-khau")));
    CHECK(document.value()->isLocked());
    REQUIRE(document.value()->unlock(QStringLiteral("hop2019")));
    CHECK(document.value()->pageCount() == 1);
    const PdfRenderOutcome page = document.value()->render(options);
    REQUIRE(page.error == PdfRenderError::None);
    CHECK(darkPixels(page.image) > 10000); // the blue rectangle, decrypted
}

TEST_CASE(
    "the outline gives Vietnamese titles with their target pages and positions", "[pdf][outline]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("muc-luc.pdf"));
    fx::writeOutlinedPdf(path);
    auto document = PdfDocument::open(path);
    REQUIRE(document.ok());
    REQUIRE(document.value()->pageCount() == 3);
    const auto outline = document.value()->outline();
    REQUIRE(outline.size() == 2);
    CHECK(outline.at(0).title == QStringLiteral("Phần I: Tổng quan"));
    CHECK(outline.at(0).page == 1);
    CHECK(outline.at(0).topFraction == Approx(0.5).margin(0.02));
    CHECK(outline.at(1).title == QStringLiteral("Phần II: Đề án"));
    CHECK(outline.at(1).page == 2);
}
