// Carry-over to a document's next version (issue 4), on generated version pairs: a paragraph
// inserted on page 2, a page removed, a sentence reworded. Expected placed / needs-review split.
#include "meeting_core/annotations/annotationstore.h"
#include "meeting_core/annotations/carryover.h"
#include "meeting_core/store/database.h"

#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace phonghop;

namespace {
constexpr int linesPerPage = 8;
constexpr double lineTop = 100; // points
constexpr double lineStep = 40; // points
constexpr double pageHeight = 842;

QString sentence(int n)
{
    return QStringLiteral("Đoạn %1: Ủy ban nhân dân xã báo cáo tiến độ công trình số %1.").arg(n);
}

// Pages of lines (page points from the top); an empty line leaves its place blank.
void writePdf(const QString &path, const QVector<QStringList> &pages)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(72);
    QPainter painter(&writer);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(11);
    painter.setFont(font);
    for (int p = 0; p < pages.size(); ++p) {
        if (p > 0)
            writer.newPage();
        for (int i = 0; i < pages[p].size(); ++i)
            painter.drawText(QPointF(60, lineTop + i * lineStep), pages[p][i]);
    }
}

QVector<QStringList> baseDocument()
{
    QVector<QStringList> pages;
    for (int p = 0; p < 4; ++p) {
        QStringList lines;
        for (int i = 0; i < linesPerPage; ++i)
            lines.append(sentence(p * linesPerPage + i + 1));
        pages.append(lines);
    }
    return pages;
}

double lineY(int line)
{
    return (lineTop + line * lineStep - 6) / pageHeight; // middle of the text line, normalized
}

struct VersionPair {
    QTemporaryDir dir;
    DocumentText oldText;
    DocumentText newText;
    VersionPair(const QVector<QStringList> &newPages)
    {
        const QString a = dir.filePath(QStringLiteral("v1.pdf"));
        const QString b = dir.filePath(QStringLiteral("v2.pdf"));
        writePdf(a, baseDocument());
        writePdf(b, newPages);
        auto oldLoaded = DocumentText::load(a);
        auto newLoaded = DocumentText::load(b);
        REQUIRE(oldLoaded.ok());
        REQUIRE(newLoaded.ok());
        oldText = oldLoaded.value();
        newText = newLoaded.value();
    }
    // A highlight of a whole sentence as the viewer would make it (quads from the text).
    Annotation highlight(int page, int line) const
    {
        const QString quote = sentence(page * linesPerPage + line + 1);
        const auto hits = oldText.pages[page].find(quote, true);
        REQUIRE(hits.size() == 1);
        Annotation a;
        a.id = QStringLiteral("hl-%1-%2").arg(page).arg(line);
        a.type = AnnotationType::Highlight;
        a.page = page;
        for (const QRectF &r : hits.first())
            a.quads.append(QRectF(
                r.x() / 595.0, r.y() / pageHeight, r.width() / 595.0, r.height() / pageHeight));
        a.anchor.quote = quote;
        return a;
    }
    static Annotation ink(int page, int line)
    {
        Annotation a;
        a.id = QStringLiteral("ink-%1-%2").arg(page).arg(line);
        a.type = AnnotationType::Ink;
        a.page = page;
        InkStroke s;
        for (int i = 0; i < 10; ++i)
            s.points.append({ QPointF(0.2 + i * 0.03, lineY(line) + 0.012), 1.0f });
        a.strokes = { s };
        return a;
    }
    static Annotation note(int page, int line)
    {
        Annotation a;
        a.id = QStringLiteral("note-%1-%2").arg(page).arg(line);
        a.type = AnnotationType::Note;
        a.page = page;
        a.rect = QRectF(0.85, lineY(line) - 0.01, 0.03, 0.02);
        a.contents = QStringLiteral("Hỏi lại");
        return a;
    }
    QVector<Annotation> annotations() const
    {
        return { highlight(0, 2), highlight(1, 4), highlight(2, 3), highlight(3, 6), ink(1, 6),
            note(2, 1), ink(3, 2) };
    }
};

const Annotation *byId(const QVector<Annotation> &list, const QString &id)
{
    for (const Annotation &a : list)
        if (a.id == id)
            return &a;
    return nullptr;
}

QStringList ids(const QVector<Annotation> &list)
{
    QStringList out;
    for (const Annotation &a : list)
        out.append(a.id);
    out.sort();
    return out;
}
} // namespace

TEST_CASE(
    "A paragraph inserted on page 2 moves the markup and ink after it down, nothing needs review",
    "[annotations][carryover]")
{
    QVector<QStringList> pages = baseDocument();
    pages[1].prepend(QStringLiteral("Đoạn bổ sung: Hội đồng nhân dân đề nghị làm rõ nguồn vốn."));
    pages[1].prepend(QStringLiteral("Đoạn bổ sung mở đầu theo ý kiến thẩm tra."));
    VersionPair pair(pages);
    const QVector<Annotation> old = pair.annotations();
    const CarryOverResult result = carryOver(old, pair.oldText, pair.newText, 1);
    CHECK(result.needsReview.isEmpty());
    REQUIRE(result.placed.size() == old.size());
    const double shift = 2 * lineStep / pageHeight;
    const Annotation *moved = byId(result.placed, QStringLiteral("hl-1-4"));
    REQUIRE(moved);
    CHECK(moved->page == 1);
    CHECK(moved->boundingRect().top()
        == Approx(byId(old, moved->id)->boundingRect().top() + shift).margin(0.003));
    const Annotation *ink = byId(result.placed, QStringLiteral("ink-1-6"));
    REQUIRE(ink);
    CHECK(ink->page == 1);
    CHECK(ink->boundingRect().top()
        == Approx(byId(old, ink->id)->boundingRect().top() + shift).margin(0.003));
    CHECK(ink->boundingRect().left() == Approx(0.2).margin(0.003));
    // Pages after it did not move.
    const Annotation *later = byId(result.placed, QStringLiteral("hl-3-6"));
    CHECK(later->page == 3);
    CHECK(later->boundingRect().top()
        == Approx(byId(old, later->id)->boundingRect().top()).margin(0.003));
}

TEST_CASE("A removed page sends its annotations to review and moves later ones up a page",
    "[annotations][carryover]")
{
    QVector<QStringList> pages = baseDocument();
    pages.removeAt(1);
    VersionPair pair(pages);
    const CarryOverResult result = carryOver(pair.annotations(), pair.oldText, pair.newText, 1);
    CHECK(ids(result.needsReview)
        == QStringList({ QStringLiteral("hl-1-4"), QStringLiteral("ink-1-6") }));
    for (const Annotation &a : result.needsReview) {
        CHECK(a.needsReview);
        CHECK_FALSE(a.reviewReason.isEmpty());
        CHECK(a.sourcePage == 1);
    }
    CHECK(result.placed.size() == 5);
    CHECK(byId(result.placed, QStringLiteral("hl-0-2"))->page == 0);
    CHECK(byId(result.placed, QStringLiteral("hl-2-3"))->page == 1);
    CHECK(byId(result.placed, QStringLiteral("note-2-1"))->page == 1);
    CHECK(byId(result.placed, QStringLiteral("hl-3-6"))->page == 2);
    CHECK(byId(result.placed, QStringLiteral("ink-3-2"))->page == 2);
}

TEST_CASE("A reworded sentence sends only its markup to review", "[annotations][carryover]")
{
    QVector<QStringList> pages = baseDocument();
    pages[2][3]
        = QStringLiteral("Đoạn 20: Ủy ban nhân dân xã đã hoàn thành công trình số 20 trước hạn.");
    VersionPair pair(pages);
    const CarryOverResult result = carryOver(pair.annotations(), pair.oldText, pair.newText, 1);
    CHECK(ids(result.needsReview) == QStringList({ QStringLiteral("hl-2-3") }));
    CHECK(result.placed.size() == 6);
    const Annotation *note = byId(result.placed, QStringLiteral("note-2-1"));
    REQUIRE(note);
    CHECK(note->page == 2);
    CHECK(note->rect.top() == Approx(lineY(1) - 0.01).margin(0.003));
}

TEST_CASE("Carrying over stores placed and review items for the new version once",
    "[annotations][carryover]")
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("v1.pdf"));
    const QString b = dir.filePath(QStringLiteral("v2.pdf"));
    writePdf(a, baseDocument());
    QVector<QStringList> pages = baseDocument();
    pages.removeAt(1);
    writePdf(b, pages);
    Database db = Database::openInMemory();
    AnnotationStore store(db);
    VersionPair pair(pages);
    const AnnotationScope v1 { QStringLiteral("lan"), QStringLiteral("doc"), 1 };
    store.saveAll(v1, pair.annotations());
    const auto review = carryOverToVersion(store, v1.owner, v1.documentId, 1, a, 2, b);
    REQUIRE(review.ok());
    CHECK(review.value() == 2);
    const AnnotationScope v2 { v1.owner, v1.documentId, 2 };
    CHECK(store.count(v2) == 7); // none dropped
    CHECK(store.count(v1) == 7); // the old version keeps its own
    // A second run does nothing more.
    REQUIRE(carryOverToVersion(store, v1.owner, v1.documentId, 1, a, 2, b).ok());
    CHECK(store.count(v2) == 7);
}
