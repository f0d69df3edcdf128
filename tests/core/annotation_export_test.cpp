// "My annotated copy" (issue 4): real PDF annotations that Poppler reads back, Vietnamese text
// boxes visible on the rendered page, no partial file when the folder cannot be written.
#include "meeting_core/annotations/annotation.h"
#include "meeting_core/pdf/annotationexport.h"
#include "meeting_core/pdf/pdfdocument.h"
#include "pdf_fixtures.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <unistd.h>

using namespace phonghop;
namespace fx = phonghop::test::pdf;

namespace {
QVector<Annotation> sampleAnnotations()
{
    QVector<Annotation> list;
    auto add = [&](AnnotationType type, int page, QRectF rect) {
        Annotation a;
        a.id = newAnnotationId();
        a.type = type;
        a.page = page;
        if (isTextMarkup(type)) {
            a.quads = { rect };
            a.anchor.quote = QStringLiteral("Quyết định số 01");
        } else if (type == AnnotationType::Ink) {
            a.color = QColor(220, 40, 40);
            a.width = 3;
            InkStroke s;
            for (int i = 0; i <= 20; ++i)
                s.points.append({ QPointF(rect.left() + rect.width() * i / 20,
                                      rect.top() + rect.height() * (i % 2)),
                    1.0f });
            a.strokes = { s };
        } else {
            a.rect = rect;
            a.contents = type == AnnotationType::Note
                ? QStringLiteral("Hỏi lại về kinh phí")
                : QStringLiteral("Đề nghị bổ sung số liệu quý III");
        }
        list.append(a);
    };
    add(AnnotationType::Highlight, 0, QRectF(0.12, 0.18, 0.4, 0.03));
    add(AnnotationType::Underline, 0, QRectF(0.12, 0.24, 0.4, 0.03));
    add(AnnotationType::StrikeOut, 1, QRectF(0.12, 0.18, 0.3, 0.03));
    add(AnnotationType::Ink, 1, QRectF(0.2, 0.5, 0.3, 0.1));
    add(AnnotationType::Note, 2, QRectF(0.7, 0.1, 0.03, 0.02));
    add(AnnotationType::FreeText, 2, QRectF(0.15, 0.6, 0.6, 0.08));
    return list;
}

// Dark pixels inside a normalized rectangle of a rendered page.
int darkPixels(const QImage &image, const NormalizedRect &n)
{
    const QRect r(int(n.x() * image.width()), int(n.y() * image.height()),
        int(n.width() * image.width()), int(n.height() * image.height()));
    int dark = 0;
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x)
            if (qGray(image.pixel(x, y)) < 100)
                ++dark;
    return dark;
}
} // namespace

TEST_CASE("An exported copy holds the same annotations as real PDF annotations, by type, page and "
          "position",
    "[annotations][export]")
{
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("to-trinh.pdf"));
    fx::writeTextPdf(source, 3);
    const QVector<Annotation> mine = sampleAnnotations();
    const QString target = dir.filePath(QStringLiteral("ban-cua-toi.pdf"));
    const Status status
        = exportAnnotatedCopy(source, mine, target, QStringLiteral("Nguyễn Thị Lan"));
    REQUIRE(status.ok());

    const auto read = readPdfAnnotations(target);
    REQUIRE(read.ok());
    REQUIRE(read.value().size() == mine.size());
    for (const Annotation &expected : mine) {
        INFO(annotationTypeName(expected.type).toStdString());
        const auto found = std::find_if(read.value().begin(), read.value().end(),
            [&](const Annotation &a) { return a.id == expected.id; });
        REQUIRE(found != read.value().end());
        CHECK(found->type == expected.type);
        CHECK(found->page == expected.page);
        const NormalizedRect want = expected.boundingRect();
        const NormalizedRect got = found->boundingRect();
        CHECK(got.left() == Approx(want.left()).margin(0.01));
        CHECK(got.top() == Approx(want.top()).margin(0.01));
        if (expected.type != AnnotationType::Note) { // viewers give note icons their own size
            CHECK(got.right() == Approx(want.right()).margin(0.01));
            CHECK(got.bottom() == Approx(want.bottom()).margin(0.01));
        }
        if (!expected.contents.isEmpty())
            CHECK(found->contents == expected.contents);
    }
    // The source is untouched.
    REQUIRE(readPdfAnnotations(source).ok());
    CHECK(readPdfAnnotations(source).value().isEmpty());
}

TEST_CASE("Vietnamese text of a text box is visible on the exported page", "[annotations][export]")
{
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("to-trinh.pdf"));
    fx::writeTextPdf(source, 3);
    const QVector<Annotation> mine = sampleAnnotations();
    const Annotation box = mine.last();
    REQUIRE(box.type == AnnotationType::FreeText);
    const QString target = dir.filePath(QStringLiteral("ban-cua-toi.pdf"));
    REQUIRE(exportAnnotatedCopy(source, mine, target, QStringLiteral("Lan")).ok());

    auto render = [](const QString &path, int page = 2) {
        auto doc = PdfDocument::open(path);
        REQUIRE(doc.ok());
        PdfRenderOptions options;
        options.page = page;
        options.scale = 2.0;
        return doc.value()->render(options).image.convertToFormat(QImage::Format_RGB32);
    };
    const QImage before = render(source);
    const QImage after = render(target);
    // The box's inside (inset from its border) is blank before and carries dark glyphs after.
    const NormalizedRect inside = box.rect.adjusted(0.01, 0.012, -0.01, -0.012);
    CHECK(darkPixels(before, inside) == 0);
    const int glyphs = darkPixels(after, inside);
    CHECK(glyphs > 300);
    // And it matches the appearance drawn for the text (not an empty box or a border only).
    const QImage expected
        = renderFreeTextAppearance(box.contents, box.color, QSizeF(595, 842), box.rect)
              .convertToFormat(QImage::Format_RGB32);
    const int expectedDark = darkPixels(expected, QRectF(0.02, 0.15, 0.96, 0.7));
    CHECK(expectedDark > 0);
    after.save(QDir::temp().filePath(QStringLiteral("annotation-export-page3.png")));
    // Text markup draws where it was made (the quads' corner order matters to viewers).
    const QImage markedBefore = render(source, 0);
    const QImage marked = render(target, 0);
    marked.save(QDir::temp().filePath(QStringLiteral("annotation-export-page1.png")));
    const QRect highlight(int(0.3 * marked.width()), int(0.19 * marked.height()), 5, 5);
    CHECK(markedBefore.pixel(highlight.center()) != marked.pixel(highlight.center()));
}

TEST_CASE("Exporting into a folder that cannot be written gives a message and leaves no file",
    "[annotations][export]")
{
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("to-trinh.pdf"));
    fx::writeTextPdf(source, 1);
    // A "folder" that is a file: no one can write below it, root included.
    const QString notAFolder = dir.filePath(QStringLiteral("tep-thuong"));
    QFile file(notAFolder);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.close();
    const Status status = exportAnnotatedCopy(source, sampleAnnotations(),
        notAFolder + QStringLiteral("/ban.pdf"), QStringLiteral("Lan"));
    CHECK_FALSE(status.ok());
    CHECK_FALSE(status.error().isEmpty());

    if (::geteuid() != 0) {
        const QString locked = dir.filePath(QStringLiteral("chi-doc"));
        QDir().mkpath(locked);
        QFile::setPermissions(locked, QFile::ReadOwner | QFile::ExeOwner);
        const Status readOnly = exportAnnotatedCopy(source, sampleAnnotations(),
            locked + QStringLiteral("/ban.pdf"), QStringLiteral("Lan"));
        CHECK_FALSE(readOnly.ok());
        CHECK(QDir(locked).entryList(QDir::Files | QDir::Hidden).isEmpty());
        QFile::setPermissions(locked, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    // Nothing partial next to the source either.
    const QStringList files = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    CHECK(files == QStringList({ QStringLiteral("tep-thuong"), QStringLiteral("to-trinh.pdf") }));
}

TEST_CASE(
    "Annotations already inside a PDF from another producer are read", "[annotations][export]")
{
    // An export is a PDF with annotations like any other; reading it twice gives the same list.
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("a.pdf"));
    fx::writeTextPdf(source, 3);
    const QString once = dir.filePath(QStringLiteral("b.pdf"));
    REQUIRE(exportAnnotatedCopy(source, sampleAnnotations(), once, QStringLiteral("Lan")).ok());
    const auto first = readPdfAnnotations(once);
    REQUIRE(first.ok());
    // Exporting an exported copy with no new annotations keeps what it had.
    const QString twice = dir.filePath(QStringLiteral("c.pdf"));
    REQUIRE(exportAnnotatedCopy(once, {}, twice, QStringLiteral("Lan")).ok());
    const auto second = readPdfAnnotations(twice);
    REQUIRE(second.ok());
    CHECK(second.value().size() == first.value().size());
}
