// Issue 13, item 9: reading a document's text for search has a page, a text and a time limit,
// as rendering does. A PDF comes from outside the office: one of 12 KB can hold a page that
// Poppler takes half a minute to read, or thousands of pages, or megabytes of text. Each test
// publishes such documents to a real share, syncs a seat and indexes its cache with small
// limits: what is within them is searchable, what is beyond is said once, nothing hangs.
#include <catch2/catch.hpp>

#include "meeting_core/pdf/pdftextextractor.h"
#include "meeting_core/search/searchindex.h"
#include "meeting_core/share/sharewriter.h"
#include "meeting_core/store/meetingcache.h"
#include "meeting_core/sync/syncengine.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace phonghop;

namespace {

// A PDF written by hand: one content stream per page (compressed), Helvetica, and optionally
// one form XObject that a page may draw many times.
QByteArray handMadePdf(const QList<QByteArray> &pages, const QByteArray &form = {})
{
    const auto stream = [](const QByteArray &content, const QByteArray &dictionary) {
        const QByteArray zlib = qCompress(content, 9).mid(4); // qCompress prefixes the length
        return "<< " + dictionary + "/Length " + QByteArray::number(zlib.size())
            + " /Filter /FlateDecode >>\nstream\n" + zlib + "\nendstream";
    };
    const QByteArray resources = "/Resources << /Font << /F1 3 0 R >>"
        + (form.isEmpty() ? QByteArray() : QByteArray(" /XObject << /X1 4 0 R >>")) + " >>";
    QList<QByteArray> objects;
    const int first = 5; // 1 catalog, 2 pages, 3 font, 4 form (or a placeholder)
    QByteArray kids;
    for (qsizetype i = 0; i < pages.size(); ++i)
        kids += QByteArray::number(first + 2 * i) + " 0 R ";
    objects << "<< /Type /Catalog /Pages 2 0 R >>";
    objects << "<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(pages.size())
            + " >>";
    objects << "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";
    objects << (form.isEmpty() ? QByteArray("null")
                               : stream(form,
                                   "/Type /XObject /Subtype /Form /BBox [0 0 595 842] "
                                   "/Resources << /Font << /F1 3 0 R >> >> "));
    for (qsizetype i = 0; i < pages.size(); ++i) {
        objects << "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] " + resources
                + " /Contents " + QByteArray::number(first + 2 * i + 1) + " 0 R >>";
        objects << stream(pages.at(i), {});
    }
    QByteArray out = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets << out.size();
        out += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets)
        out += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1)
        + " /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

QByteArray line(const QByteArray &words, int y = 720)
{
    return "BT /F1 12 Tf 72 " + QByteArray::number(y) + " Td (" + words + ") Tj ET\n";
}

// Thirty pages, each with its own word ("mucluc01" … "mucluc30").
QByteArray manyPages()
{
    QList<QByteArray> pages;
    for (int i = 1; i <= 30; ++i)
        pages << line("Trang mucluc" + QByteArray::number(i).rightJustified(2, '0'));
    return handMadePdf(pages);
}

// One page with 160 lines of text: "daudong" first, "cuoidong" last.
QByteArray widePage()
{
    QByteArray content = line("daudong");
    for (int i = 0; i < 158; ++i)
        content += "BT /F1 4 Tf 20 " + QByteArray::number(700 - 4 * i)
            + " Td (ab cd ef gh ij kl mn op qr st uv wx yz ab cd ef) Tj ET\n";
    content += line("cuoidong", 40);
    return handMadePdf({ content });
}

// Page 2 draws a form of five million characters two hundred times: some twenty seconds of
// Poppler's time in 12 KB. Pages 1 and 3 are ordinary.
QByteArray slowPage()
{
    QByteArray form = "BT /F1 1 Tf 0 -2000 Td ";
    const QByteArray words = QByteArray("ab ").repeated(333);
    for (int i = 0; i < 5000; ++i)
        form += "(" + words + ") Tj ";
    form += "ET";
    return handMadePdf(
        { line("trangdau"), QByteArray("/X1 Do ").repeated(200), line("trangcuoi") }, form);
}

struct Seat {
    test::TestShare share;
    QTemporaryDir cacheDir;
    std::unique_ptr<MeetingCache> cache;
    std::unique_ptr<SearchIndex> index;
    Meeting meeting;

    Seat()
    {
        auto opened = MeetingCache::open(cacheDir.path());
        REQUIRE(opened.ok());
        cache = std::move(opened).value();
        test::pinTestOrganisation(*cache);
        auto indexOpened = SearchIndex::open(cacheDir.path());
        REQUIRE(indexOpened.ok());
        index = std::move(indexOpened).value();
        meeting = share.makeMeeting(QStringLiteral("m1"), 0);
    }
    void add(const QString &id, const QByteArray &pdf)
    {
        DocumentRef document = share.addDocument(id, QStringLiteral("i1"), pdf);
        document.title = QStringLiteral("Tài liệu %1").arg(id);
        meeting.documents << document;
    }
    void publishAndSync()
    {
        share.publish(meeting);
        const SyncReport synced = SyncEngine(*cache, share.root()).run();
        REQUIRE(synced.complete());
    }
    bool finds(const QString &word)
    {
        SearchQuery query;
        query.text = word;
        return !index->search(query).isEmpty();
    }
};

} // namespace

TEST_CASE("Text beyond the page and character limits is not indexed, and is said once",
    "[hostile][share][text]")
{
    Seat seat;
    seat.add(QStringLiteral("pages"), manyPages());
    seat.add(QStringLiteral("wide"), widePage());
    seat.publishAndSync();

    TextExtractionLimits limits;
    limits.maxPages = 10;
    limits.maxPageChars = 1000;
    seat.index->setTextLimits(limits);
    const IndexReport report = seat.index->update(*seat.cache);
    REQUIRE(report.error.isEmpty());
    const QString problems = report.problems.join(u'\n');
    INFO(problems.toStdString());
    CHECK(report.documentsIndexed == 2);
    CHECK(report.problems.size() == 2);
    CHECK(problems.contains(QStringLiteral("has 30 pages; only the first 10 can be searched")));
    CHECK(problems.contains(QStringLiteral("more than 1000 characters")));

    CHECK(seat.finds(QStringLiteral("mucluc01")));
    CHECK(seat.finds(QStringLiteral("mucluc10")));
    CHECK_FALSE(seat.finds(QStringLiteral("mucluc11")));
    CHECK_FALSE(seat.finds(QStringLiteral("mucluc30")));
    CHECK(seat.finds(QStringLiteral("daudong")));
    CHECK_FALSE(seat.finds(QStringLiteral("cuoidong")));

    // Said once: the next run reads nothing again and reports nothing.
    const IndexReport again = seat.index->update(*seat.cache);
    CHECK(again.problems.isEmpty());
    CHECK(again.documentsIndexed == 0);
}

TEST_CASE("A page that takes Poppler half a minute is stopped at the time limit and the pages "
          "around it stay searchable",
    "[hostile][share][text]")
{
    Seat seat;
    seat.add(QStringLiteral("slow"), slowPage());
    seat.publishAndSync();

    TextExtractionLimits limits;
    limits.pageTimeLimitMs = 300;
    seat.index->setTextLimits(limits);
    QElapsedTimer timer;
    timer.start();
    const IndexReport report = seat.index->update(*seat.cache);
    const qint64 elapsed = timer.elapsed();
    REQUIRE(report.error.isEmpty());
    const QString problems = report.problems.join(u'\n');
    INFO(problems.toStdString() << "\nelapsed " << elapsed << " ms");
    CHECK(problems.contains(QStringLiteral("Page 2 of")));
    CHECK(problems.contains(QStringLiteral("took longer than")));
    CHECK(elapsed < 10000); // without the limit: 20 s on the 2-core test machine (load 2.4)
    CHECK(seat.finds(QStringLiteral("trangdau")));
    CHECK(seat.finds(QStringLiteral("trangcuoi")));
}

TEST_CASE("A document whose pages together take too long stops at the document's time limit",
    "[hostile][share][text]")
{
    Seat seat;
    seat.add(QStringLiteral("slow"), slowPage());
    seat.add(QStringLiteral("pages"), manyPages());
    seat.publishAndSync();

    // Page 1 is read, page 2 is stopped at 300 ms, and by then the document's 100 ms are over.
    TextExtractionLimits limits;
    limits.pageTimeLimitMs = 300;
    limits.documentTimeLimitMs = 100;
    QStringList notes;
    const Result<QStringList> pages = PdfTextExtractor::extractPages(
        seat.cache->documentPath(seat.meeting.documents.at(0)), {}, limits, &notes);
    REQUIRE(pages.ok());
    INFO(notes.join(u'\n').toStdString());
    REQUIRE(pages->size() == 2);
    CHECK(pages->at(0).contains(QStringLiteral("trangdau")));
    CHECK(pages->at(1).isEmpty());
    REQUIRE(notes.size() == 2);
    CHECK(notes.at(0).contains(QStringLiteral("Page 2 of")));
    CHECK(notes.at(1).contains(QStringLiteral("pages from 3 on cannot be searched")));

    // Within the default limits a whole document is read, word by word in reading order.
    const Result<QStringList> whole
        = PdfTextExtractor::extractPages(seat.cache->documentPath(seat.meeting.documents.at(1)));
    REQUIRE(whole.ok());
    REQUIRE(whole->size() == 30);
    CHECK(whole->at(29).trimmed() == QStringLiteral("Trang mucluc30"));
}
