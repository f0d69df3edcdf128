#include <catch2/catch.hpp>

#include "cli/commands.h"
#include "meeting_core/search/searchindex.h"
#include "meeting_core/search/searchindexservice.h"
#include "meeting_core/store/meetingcache.h"
#include "meeting_core/sync/syncengine.h"
#include "testsupport.h"

#include <QBuffer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPdfWriter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace phonghop;

namespace {

// A PDF with one page per string, drawn with QPdfWriter (text layer in an embedded font).
QByteArray pdfWithPages(const QStringList &pages)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(72);
    QPainter painter(&writer);
    painter.setFont(QFont(QStringLiteral("DejaVu Sans"), 11));
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (i > 0)
            writer.newPage();
        painter.drawText(QRectF(40, 40, 500, 700), Qt::TextWordWrap, pages.at(i));
    }
    painter.end();
    return bytes;
}

struct Fixture {
    test::TestShare share;
    QTemporaryDir cacheDir;
    std::unique_ptr<MeetingCache> cache;
    std::unique_ptr<SearchIndex> index;

    Fixture()
    {
        auto opened = MeetingCache::open(cacheDir.path());
        REQUIRE(opened.ok());
        cache = std::move(opened).value();
        test::pinTestOrganisation(*cache);
        openIndex();
    }
    void openIndex()
    {
        index.reset();
        auto opened = SearchIndex::open(cacheDir.path());
        REQUIRE(opened.ok());
        index = std::move(opened).value();
    }
    DocumentRef addPdf(const QString &id, const QString &item, const QStringList &pages,
        const QString &kind = QStringLiteral("to-trinh"))
    {
        DocumentRef document = share.addDocument(id, item, pdfWithPages(pages));
        document.kind = kind;
        document.title = QStringLiteral("Tài liệu %1").arg(id);
        return document;
    }
    Meeting meeting(const QString &id, const QString &title, QDate date)
    {
        Meeting m = share.makeMeeting(id, 0);
        m.title = title;
        m.start = QDateTime(date, QTime(8, 0), QTimeZone(7 * 3600));
        m.end = m.start.addSecs(3600);
        return m;
    }
    IndexReport syncAndIndex()
    {
        const SyncReport synced = SyncEngine(*cache, share.root()).run();
        REQUIRE(synced.complete());
        const IndexReport report = index->update(*cache);
        REQUIRE(report.error.isEmpty());
        return report;
    }
    QList<SearchHit> search(const QString &text)
    {
        SearchQuery query;
        query.text = text;
        return index->search(query);
    }
};

// Two meetings: m1 (to-trinh with a decision on page 2, bao-cao), m2 (one report).
void publishStandardShare(Fixture &f)
{
    Meeting m1 = f.meeting(
        QStringLiteral("m1"), QStringLiteral("Phiên họp thường kỳ tháng 12"), QDate(2026, 12, 4));
    m1.documents << f.addPdf(QStringLiteral("d1"), QStringLiteral("i1"),
        { QStringLiteral("Tờ trình về kế hoạch đầu tư công năm 2027."),
            QStringLiteral("Căn cứ Quyết định số 15/2026/QĐ-UBND của Ủy ban nhân dân tỉnh."),
            QStringLiteral("Ý kiến của Đảng ủy xã về ngân sách.") });
    m1.documents << f.addPdf(QStringLiteral("d2"), QStringLiteral("i2"),
        { QStringLiteral(
            "Báo cáo tình hình kinh tế xã hội: kế hoạch năm sau và đầu tư công trình.") },
        QStringLiteral("bao-cao"));
    f.share.publish(m1);
    Meeting m2 = f.meeting(
        QStringLiteral("m2"), QStringLiteral("Phiên họp chuyên đề quý III"), QDate(2026, 9, 10));
    m2.documents << f.addPdf(QStringLiteral("d9"), QStringLiteral("i1"),
        { QStringLiteral("Báo cáo kết quả thu ngân sách quý III.") }, QStringLiteral("bao-cao"));
    f.share.publish(m2);
}

} // namespace

TEST_CASE(
    "Typed without diacritics, a query finds the Vietnamese text on its page", "[search][index]")
{
    Fixture f;
    publishStandardShare(f);
    const IndexReport report = f.syncAndIndex();
    CHECK(report.documentsIndexed == 3);
    CHECK(report.pagesIndexed == 5);

    const QList<SearchHit> decision = f.search(QStringLiteral("quyet dinh"));
    REQUIRE(decision.size() == 1);
    CHECK(decision.first().meetingId == QStringLiteral("m1"));
    CHECK(decision.first().documentId == QStringLiteral("d1"));
    CHECK(decision.first().page == 1);
    CHECK(decision.first().snippet.contains(QStringLiteral("Quyết định")));
    REQUIRE_FALSE(decision.first().highlights.isEmpty());

    const QList<SearchHit> party = f.search(QStringLiteral("dang uy"));
    REQUIRE(party.size() == 1);
    CHECK(party.first().page == 2);

    const QList<SearchHit> code = f.search(QStringLiteral("QD-UBND"));
    REQUIRE(code.size() == 1);
    CHECK(code.first().page == 1);
    // And the same through NFD input with its marks.
    CHECK(f.search(QStringLiteral("Quyết định").normalized(QString::NormalizationForm_D)).size()
        == 1);
    CHECK(f.search(QStringLiteral("không có từ này")).isEmpty());
}

TEST_CASE("A query typed with diacritics ranks the exact spelling first", "[search][index]")
{
    Fixture f;
    Meeting m = f.meeting(QStringLiteral("m1"), QStringLiteral("Phiên họp"), QDate(2026, 12, 4));
    // "ban" many times (bm25 alone would put this first), "bán" once on the other.
    m.documents << f.addPdf(QStringLiteral("d1"), QStringLiteral("i1"),
        { QStringLiteral("Ban chỉ đạo, ban hành, ban tổ chức, ban kinh tế, ban pháp chế.") });
    m.documents << f.addPdf(QStringLiteral("d2"), QStringLiteral("i1"),
        { QStringLiteral("Phương án bán đấu giá tài sản công của huyện trong năm tới theo quy định "
                         "hiện hành.") });
    f.share.publish(m);
    f.syncAndIndex();

    const QList<SearchHit> plain = f.search(QStringLiteral("ban"));
    REQUIRE(plain.size() >= 2);
    CHECK(plain.first().documentId == QStringLiteral("d1"));

    const QList<SearchHit> accented = f.search(QStringLiteral("bán"));
    REQUIRE(accented.size() >= 2);
    CHECK(accented.first().documentId == QStringLiteral("d2"));
    CHECK(accented.first().exactMatch);
    CHECK_FALSE(accented.at(1).exactMatch);
}

TEST_CASE("Words typed together rank pages where they stand together first", "[search][index]")
{
    Fixture f;
    Meeting m = f.meeting(QStringLiteral("m1"), QStringLiteral("Phiên họp"), QDate(2026, 12, 4));
    // Both words, many times, never side by side (bm25 alone would put this first).
    m.documents << f.addPdf(QStringLiteral("d1"), QStringLiteral("i1"),
        { QStringLiteral("Quyết tâm cao, quyết liệt, xác định rõ, ổn định, quy định, quyết toán, "
                         "định mức, định hướng.") });
    m.documents << f.addPdf(QStringLiteral("d2"), QStringLiteral("i1"),
        { QStringLiteral("Phương án sắp xếp trụ sở làm việc của các cơ quan theo Quyết định của Ủy "
                         "ban nhân dân tỉnh, "
                         "bảo đảm tiết kiệm, hiệu quả và đúng tiêu chuẩn, định mức hiện hành.") });
    f.share.publish(m);
    f.syncAndIndex();
    const QList<SearchHit> hits = f.search(QStringLiteral("quyet dinh"));
    REQUIRE(hits.size() == 2);
    CHECK(hits.first().documentId == QStringLiteral("d2"));
    // The snippet shows the words where they stand together.
    CHECK(hits.first().snippet.contains(QStringLiteral("Quyết định của")));
}

TEST_CASE("Phrases must appear as written, prefixes match longer words", "[search][index]")
{
    Fixture f;
    publishStandardShare(f);
    f.syncAndIndex();

    // d1 page 1 says "kế hoạch đầu tư"; d2 has the words apart.
    const QList<SearchHit> phrase = f.search(QStringLiteral("\"ke hoach dau tu\""));
    REQUIRE(phrase.size() == 1);
    CHECK(phrase.first().documentId == QStringLiteral("d1"));
    CHECK(f.search(QStringLiteral("ke hoach dau tu")).size() >= 2);

    CHECK(f.search(QStringLiteral("ngan sa")).isEmpty());
    const QList<SearchHit> prefix = f.search(QStringLiteral("ngan sa*"));
    CHECK(prefix.size() == 2);
    SearchQuery typing;
    typing.text = QStringLiteral("ngân sá");
    typing.prefixLastWord = true;
    CHECK(f.index->search(typing).size() == 2);
    CHECK(f.search(QStringLiteral("\"quyet dinh so 15\"")).size() == 1);
}

TEST_CASE("Filters narrow results by meeting, date and document kind", "[search][index]")
{
    Fixture f;
    publishStandardShare(f);
    f.syncAndIndex();

    SearchQuery query;
    query.text = QStringLiteral("bao cao");
    CHECK(f.index->search(query).size() >= 2);
    query.meetingIds = { QStringLiteral("m2") };
    QList<SearchHit> hits = f.index->search(query);
    REQUIRE_FALSE(hits.isEmpty());
    for (const SearchHit &hit : hits)
        CHECK(hit.meetingId == QStringLiteral("m2"));

    query.meetingIds.clear();
    query.from = QDateTime(QDate(2026, 11, 1), QTime(0, 0));
    hits = f.index->search(query);
    REQUIRE_FALSE(hits.isEmpty());
    for (const SearchHit &hit : hits)
        CHECK(hit.meetingId == QStringLiteral("m1"));

    query.from = {};
    query.text = QStringLiteral("ngan sach");
    query.documentKinds = { QStringLiteral("bao-cao") };
    hits = f.index->search(query);
    REQUIRE(hits.size() == 1);
    CHECK(hits.first().documentId == QStringLiteral("d9"));
}

TEST_CASE("Agenda items, meeting titles and fed notes are found, results group by meeting",
    "[search][index]")
{
    Fixture f;
    publishStandardShare(f);
    f.syncAndIndex();

    // TestShare's agenda items are titled "Nội dung N: báo cáo, đề án".
    SearchQuery query;
    query.text = QStringLiteral("noi dung");
    query.entryKinds = { searchkinds::agendaItem };
    CHECK(f.index->search(query).size() == 6);
    const QList<SearchHit> title = f.search(QStringLiteral("chuyen de"));
    REQUIRE(title.size() == 1);
    CHECK(title.first().kind == searchkinds::meeting);
    CHECK(title.first().meetingId == QStringLiteral("m2"));

    SearchEntry note;
    note.kind = searchkinds::note;
    note.key = QStringLiteral("note-1");
    note.meetingId = QStringLiteral("m2");
    note.label = QStringLiteral("Ghi chú");
    note.text = QStringLiteral("Hỏi lại về đường giao thông nông thôn");
    f.index->addEntry(note);
    QList<SearchHit> found = f.search(QStringLiteral("duong giao thong"));
    REQUIRE(found.size() == 1);
    CHECK(found.first().kind == searchkinds::note);
    note.text = QStringLiteral("Đã sửa: trường mầm non");
    f.index->addEntry(note);
    CHECK(f.search(QStringLiteral("duong giao thong")).isEmpty());
    CHECK(f.search(QStringLiteral("truong mam non")).size() == 1);
    f.index->removeEntry(searchkinds::note, QStringLiteral("note-1"));
    CHECK(f.search(QStringLiteral("truong mam non")).isEmpty());

    const QList<SearchMeetingGroup> groups = groupSearchHits(f.search(QStringLiteral("bao cao")));
    REQUIRE(groups.size() == 2);
    QStringList seen;
    for (const SearchMeetingGroup &group : groups) {
        CHECK_FALSE(seen.contains(group.meetingId));
        seen << group.meetingId;
        QStringList documents;
        for (const SearchHitGroup &document : group.groups) {
            CHECK_FALSE(documents.contains(document.documentId));
            documents << document.documentId;
        }
    }
}

namespace {

// bm25 as SQLite computes it, for every entry matching an FTS5 expression: label -> score.
QHash<QString, double> bm25Scores(SearchIndex &index, const QString &expression)
{
    QHash<QString, double> scores;
    Statement rows = index.database().query(
        QStringLiteral(
            "SELECT u.label, bm25(unit_text) FROM unit_text JOIN units u ON u.id = unit_text.rowid "
            "WHERE unit_text MATCH ?"),
        expression);
    while (rows.next())
        scores.insert(rows.text(0), rows.real(1));
    return scores;
}

// Every entry bm25 finds, and in bm25's order (equal scores in any order).
void checkBm25Order(Fixture &f, const QString &text, const QString &expression)
{
    const QHash<QString, double> expected = bm25Scores(*f.index, expression);
    REQUIRE(expected.size() > 10);
    SearchQuery query;
    query.text = text;
    query.limit = 1000;
    const QList<SearchHit> hits = f.index->search(query);
    REQUIRE(hits.size() == expected.size());
    double previous = -1e300;
    for (const SearchHit &hit : hits) {
        INFO(text.toStdString() << ": " << hit.label.toStdString());
        REQUIRE(expected.contains(hit.label));
        CHECK(expected.value(hit.label) >= previous);
        previous = expected.value(hit.label);
    }
}

} // namespace

TEST_CASE("Hits come in bm25's order for words on most entries and words on few", "[search][index]")
{
    Fixture f;
    f.share.publish(
        f.meeting(QStringLiteral("m1"), QStringLiteral("Phiên họp"), QDate(2026, 12, 4)));
    f.syncAndIndex();
    // "dân" on four entries in five (bm25's idf bottoms out), "bàn" on one in three, in varied
    // numbers and lengths; "và" between all words, so the two never stand side by side.
    for (int i = 0; i < 120; ++i) {
        QStringList words;
        for (int k = 0; i % 5 != 0 && k < 1 + i % 4; ++k)
            words << QStringLiteral("dân");
        for (int k = 0; i % 3 == 0 && k < 1 + (i / 3) % 3; ++k)
            words << QStringLiteral("bàn");
        for (int k = 0; k < (i * 7) % 23; ++k)
            words << QStringLiteral("sở");
        SearchEntry note;
        note.kind = searchkinds::note;
        note.key = QStringLiteral("note-%1").arg(i);
        note.meetingId = QStringLiteral("m1");
        note.label = note.key;
        note.text = words.join(QStringLiteral(" và "));
        f.index->addEntry(note);
    }
    checkBm25Order(f, QStringLiteral("dan"), QStringLiteral("folded : \"dan\""));
    checkBm25Order(f, QStringLiteral("ban"), QStringLiteral("folded : \"ban\""));
    checkBm25Order(
        f, QStringLiteral("dan ban"), QStringLiteral("folded : \"dan\" AND folded : \"ban\""));
    checkBm25Order(
        f, QStringLiteral("ban so"), QStringLiteral("folded : \"ban\" AND folded : \"so\""));
}

TEST_CASE("Entries that rank equally come newest first", "[search][index]")
{
    Fixture f;
    f.share.publish(
        f.meeting(QStringLiteral("m1"), QStringLiteral("Phiên họp"), QDate(2026, 12, 4)));
    f.syncAndIndex();
    for (int i = 0; i < 4; ++i) {
        SearchEntry note;
        note.kind = searchkinds::note;
        note.key = QStringLiteral("note-%1").arg(i);
        note.meetingId = QStringLiteral("m1");
        note.label = note.key;
        note.text = QStringLiteral("Kiến nghị về đường giao thông nông thôn");
        f.index->addEntry(note);
    }
    const QList<SearchHit> hits = f.search(QStringLiteral("kien nghi"));
    REQUIRE(hits.size() == 4);
    for (int i = 0; i < 4; ++i)
        CHECK(hits.at(i).label == QStringLiteral("note-%1").arg(3 - i));
}

TEST_CASE("A new document version replaces the old text, shared objects are indexed once",
    "[search][index]")
{
    Fixture f;
    Meeting m1 = f.meeting(QStringLiteral("m1"), QStringLiteral("Phiên họp"), QDate(2026, 12, 4));
    const DocumentRef draft = f.addPdf(QStringLiteral("d1"), QStringLiteral("i1"),
        { QStringLiteral("Dự thảo lần một về chợ nông sản.") });
    m1.documents << draft;
    f.share.publish(m1);
    Meeting m2
        = f.meeting(QStringLiteral("m2"), QStringLiteral("Phiên họp khác"), QDate(2026, 12, 5));
    m2.documents << draft; // the same file attached to another meeting
    f.share.publish(m2);
    IndexReport first = f.syncAndIndex();
    CHECK(first.documentsIndexed == 1);
    CHECK(f.search(QStringLiteral("cho nong san")).size() == 2);

    // Version 2 of d1 in m1 only; m2 keeps the old one for now.
    DocumentRef revised = f.addPdf(QStringLiteral("d1"), QStringLiteral("i1"),
        { QStringLiteral("Dự thảo lần hai về bến xe khách.") });
    revised.version = 2;
    m1.documents = { revised };
    f.share.publish(m1);
    IndexReport second = f.syncAndIndex();
    CHECK(second.documentsIndexed == 1);
    CHECK(second.documentsRemoved == 0);
    CHECK(f.search(QStringLiteral("ben xe khach")).size() == 1);
    QList<SearchHit> old = f.search(QStringLiteral("cho nong san"));
    REQUIRE(old.size() == 1);
    CHECK(old.first().meetingId == QStringLiteral("m2"));

    m2.documents = { revised };
    f.share.publish(m2);
    IndexReport third = f.syncAndIndex();
    CHECK(third.documentsIndexed == 0);
    CHECK(third.documentsRemoved == 1);
    CHECK(f.search(QStringLiteral("cho nong san")).isEmpty());
    CHECK(f.search(QStringLiteral("ben xe khach")).size() == 2);
    // Nothing changed: nothing to do.
    IndexReport fourth = f.syncAndIndex();
    CHECK(fourth.documentsIndexed == 0);
    CHECK(fourth.meetingsUpdated == 0);
}

TEST_CASE("A damaged index file is deleted and rebuilt from the cache", "[search][index]")
{
    Fixture f;
    publishStandardShare(f);
    f.syncAndIndex();
    REQUIRE(f.search(QStringLiteral("quyet dinh")).size() == 1);
    f.index.reset();

    const QString path = SearchIndex::pathFor(f.cacheDir.path());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    file.seek(0);
    file.write(QByteArray(4096, '\x5a')); // the header and the first page are gone
    file.close();
    QFile::remove(path + QStringLiteral("-wal"));

    f.openIndex();
    CHECK(f.index->wasRebuilt());
    CHECK(f.search(QStringLiteral("quyet dinh")).isEmpty());
    const IndexReport report = f.index->update(*f.cache);
    CHECK(report.rebuilt);
    CHECK(report.documentsIndexed == 3);
    CHECK(f.search(QStringLiteral("quyet dinh")).size() == 1);

    // A sound index is kept as it is.
    f.openIndex();
    CHECK_FALSE(f.index->wasRebuilt());
    CHECK(f.search(QStringLiteral("quyet dinh")).size() == 1);
}

TEST_CASE(
    "A document Poppler cannot read is reported once, not retried every run", "[search][index]")
{
    Fixture f;
    Meeting m = f.meeting(QStringLiteral("m1"), QStringLiteral("Phiên họp"), QDate(2026, 12, 4));
    m.documents << f.share.addDocument(
        QStringLiteral("bad"), QStringLiteral("i1"), QByteArray("%PDF-1.4 not really"));
    f.share.publish(m);
    const IndexReport report = f.syncAndIndex();
    CHECK(report.problems.size() == 1);
    CHECK(f.index->pendingDocumentCount() == 0);
    CHECK(f.index->update(*f.cache).problems.isEmpty());
}

TEST_CASE(
    "The indexing service works off the calling thread and reports progress", "[search][service]")
{
    Fixture f;
    publishStandardShare(f);
    REQUIRE(SyncEngine(*f.cache, f.share.root()).run().complete());

    SearchIndexService service(f.cacheDir.path());
    QSignalSpy progress(&service, &SearchIndexService::indexingProgress);
    QSignalSpy finished(&service, &SearchIndexService::indexingFinished);
    service.updateIndex();
    CHECK(service.isIndexing());
    REQUIRE(finished.wait(60000));
    CHECK_FALSE(service.isIndexing());
    const auto report = finished.first().first().value<IndexReport>();
    CHECK(report.documentsIndexed == 3);
    REQUIRE_FALSE(progress.isEmpty());
    CHECK(progress.last().at(0).toInt() == 3);
    CHECK(progress.last().at(1).toInt() == 3);
    SearchQuery query;
    query.text = QStringLiteral("dang uy");
    CHECK(service.search(query).size() == 1);
}

TEST_CASE("phonghop-cli search indexes a fresh cache and prints hits as JSON, best first",
    "[search][cli]")
{
    Fixture f;
    publishStandardShare(f);
    REQUIRE(SyncEngine(*f.cache, f.share.root()).run().complete());
    f.index.reset();

    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    cli::Streams streams { outStream, errStream };
    const int code = cli::CommandLineTool().run(
        { QStringLiteral("search"), QStringLiteral("quyết định"), QStringLiteral("--cache"),
            f.cacheDir.path(), QStringLiteral("--json") },
        streams);
    INFO(err.toStdString());
    REQUIRE(code == cli::Success);
    const QJsonObject result = QJsonDocument::fromJson(out.toUtf8()).object();
    const QJsonArray hits = result.value(QStringLiteral("hits")).toArray();
    REQUIRE(hits.size() == 1);
    const QJsonObject hit = hits.first().toObject();
    CHECK(hit.value(QStringLiteral("meeting")).toObject().value(QStringLiteral("id")).toString()
        == QStringLiteral("m1"));
    CHECK(hit.value(QStringLiteral("document")).toObject().value(QStringLiteral("id")).toString()
        == QStringLiteral("d1"));
    CHECK(hit.value(QStringLiteral("page")).toInt() == 2);
    CHECK(hit.value(QStringLiteral("snippet")).toString().contains(QStringLiteral("Quyết định")));
}

TEST_CASE("The results' meeting header keeps the meeting's own offset whatever the computer's zone",
    "[search][index]")
{
    Fixture f;
    publishStandardShare(f); // both meetings at 08:00 +07:00
    f.syncAndIndex();
    const QList<SearchHit> hits = f.search(QStringLiteral("chuyen de"));
    REQUIRE(hits.size() == 1);
    CHECK(hits.first().meetingStart.offsetFromUtc() == 7 * 3600);
    CHECK(hits.first().meetingStart.time() == QTime(8, 0));
    const QList<SearchMeetingGroup> groups = groupSearchHits(hits);
    REQUIRE(groups.size() == 1);
    CHECK(groups.first().meetingStart.time() == QTime(8, 0));
}
