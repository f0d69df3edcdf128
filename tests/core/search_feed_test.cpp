#include <catch2/catch.hpp>

#include "meeting_core/annotations/annotationstore.h"
#include "meeting_core/search/searchfeed.h"
#include "meeting_core/search/searchindex.h"
#include "meeting_core/search/searchindexservice.h"
#include "meeting_core/store/meetingcache.h"
#include "meeting_core/sync/syncengine.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QThread>
#include <cstdio>

using namespace phonghop;

namespace {

// A meeting as the agenda shows it: items numbered "1".."3", d1 (version 2) on item i2.
Meeting agendaMeeting()
{
    Meeting meeting;
    meeting.id = QStringLiteral("m1");
    meeting.title = QStringLiteral("Phiên họp thường kỳ");
    for (int i = 0; i < 3; ++i)
        meeting.agenda << AgendaItem { QStringLiteral("i%1").arg(i + 1), {}, i,
            QString::number(i + 1), QStringLiteral("Nội dung %1").arg(i + 1), {}, 20 };
    DocumentRef document;
    document.id = QStringLiteral("d1");
    document.agendaItemId = QStringLiteral("i2");
    document.sha256 = QStringLiteral("ab").repeated(32);
    document.version = 2;
    meeting.documents << document;
    return meeting;
}

Annotation noteOnPage(const QString &id, int page, const QString &contents)
{
    Annotation annotation;
    annotation.id = id;
    annotation.type = AnnotationType::Note;
    annotation.page = page;
    annotation.rect = QRectF(0.1, 0.1, 0.05, 0.05);
    annotation.contents = contents;
    return annotation;
}

QStringList keysOf(const QList<SearchEntry> &entries)
{
    QStringList keys;
    for (const SearchEntry &entry : entries)
        keys << entry.kind + QLatin1Char(' ') + entry.key;
    keys.sort();
    return keys;
}

// A cache holding meeting m1 (TestShare: items i1..i3 numbered 1..3, documents d1, d2) and its
// search index brought up to date, so hits can be joined to their meeting and document.
struct IndexedCache {
    test::TestShare share;
    QTemporaryDir cacheDir;
    std::unique_ptr<MeetingCache> cache;
    std::unique_ptr<SearchIndex> index;
    Meeting meeting;

    IndexedCache()
    {
        meeting = share.makeMeeting(QStringLiteral("m1"), 2);
        share.publish(meeting);
        auto opened = MeetingCache::open(cacheDir.path());
        REQUIRE(opened.ok());
        cache = std::move(opened).value();
        test::pinTestOrganisation(*cache);
        REQUIRE(SyncEngine(*cache, share.root()).run().complete());
        auto openedIndex = SearchIndex::open(cacheDir.path());
        REQUIRE(openedIndex.ok());
        index = std::move(openedIndex).value();
        REQUIRE(index->update(*cache).error.isEmpty());
        meeting = *cache->meeting(QStringLiteral("m1"));
    }
    QList<SearchHit> search(const QString &text, const QString &kind)
    {
        SearchQuery query;
        query.text = text;
        query.entryKinds = { kind };
        return index->search(query);
    }
};

} // namespace

TEST_CASE(
    "An annotation's words become an entry on its document, version and page", "[search][feed]")
{
    const Meeting meeting = agendaMeeting();
    const DocumentRef &document = meeting.documents.first();
    Annotation annotation
        = noteOnPage(QStringLiteral("a-7"), 2, QStringLiteral("  Hỏi lại số liệu đường huyện  "));

    const std::optional<SearchEntry> entry
        = SearchFeed::annotationEntry(meeting, document, annotation);
    REQUIRE(entry);
    CHECK(entry->kind == searchkinds::annotation);
    CHECK(entry->key == QStringLiteral("d1/v2/a-7"));
    CHECK(entry->meetingId == QStringLiteral("m1"));
    CHECK(entry->agendaItemId == QStringLiteral("i2"));
    CHECK(entry->documentSha256 == document.sha256);
    CHECK(entry->page == 2);
    CHECK(entry->label == QStringLiteral("2")); // the item's number, worded by the panel
    CHECK(entry->text == QStringLiteral("Hỏi lại số liệu đường huyện"));

    // The same annotation carried to another version is another entry.
    DocumentRef version3 = document;
    version3.version = 3;
    CHECK(SearchFeed::annotationEntry(meeting, version3, annotation)->key
        == QStringLiteral("d1/v3/a-7"));

    // Waiting for review: no page yet.
    annotation.needsReview = true;
    CHECK(SearchFeed::annotationEntry(meeting, document, annotation)->page == -1);

    // A bare highlight has no words of its own: the quoted words are the document's, indexed
    // already.
    Annotation highlight;
    highlight.id = QStringLiteral("a-8");
    highlight.type = AnnotationType::Highlight;
    highlight.anchor.quote = QStringLiteral("ngân sách xã");
    CHECK_FALSE(SearchFeed::annotationEntry(meeting, document, highlight));
    highlight.contents = QStringLiteral("   ");
    CHECK_FALSE(SearchFeed::annotationEntry(meeting, document, highlight));
}

TEST_CASE("Personal notes and conclusions become entries keyed by item and by decision record",
    "[search][feed]")
{
    const Meeting meeting = agendaMeeting();

    const std::optional<SearchEntry> onItem = SearchFeed::noteEntry(
        meeting, QStringLiteral("i3"), QStringLiteral("Đề nghị bổ sung kinh phí"));
    REQUIRE(onItem);
    CHECK(onItem->kind == searchkinds::note);
    CHECK(onItem->key == QStringLiteral("m1/i3"));
    CHECK(onItem->meetingId == QStringLiteral("m1"));
    CHECK(onItem->agendaItemId == QStringLiteral("i3"));
    CHECK(onItem->label == QStringLiteral("3"));
    CHECK(onItem->documentSha256.isEmpty());
    CHECK(onItem->page == -1);
    CHECK(onItem->text == QStringLiteral("Đề nghị bổ sung kinh phí"));

    const std::optional<SearchEntry> onMeeting
        = SearchFeed::noteEntry(meeting, {}, QStringLiteral("Chuẩn bị ý kiến"));
    REQUIRE(onMeeting);
    CHECK(onMeeting->key == QStringLiteral("m1/"));
    CHECK(onMeeting->agendaItemId.isEmpty());
    CHECK(onMeeting->label.isEmpty());
    CHECK_FALSE(SearchFeed::noteEntry(meeting, QStringLiteral("i1"), QStringLiteral(" \n ")));

    ChainReport chain;
    DecisionRecord first;
    first.meetingId = QStringLiteral("m1");
    first.agendaItemId = QStringLiteral("i2");
    first.conclusion = QStringLiteral("Thông qua Tờ trình số 12/TTr-UBND về đường giao thông");
    DecisionRecord elsewhere = first;
    elsewhere.meetingId = QStringLiteral("m9");
    DecisionRecord second = first;
    second.height = 1;
    second.agendaItemId = QStringLiteral("i1");
    second.conclusion = QStringLiteral("Giao Văn phòng hoàn thiện hồ sơ");
    chain.decisions = { first, elsewhere, second };
    chain.hashes = { QStringLiteral("h0"), QStringLiteral("h-other"), QStringLiteral("h1") };

    const QList<SearchEntry> conclusions = SearchFeed::conclusionEntries(meeting, chain);
    REQUIRE(conclusions.size() == 2);
    CHECK(conclusions.at(0).kind == searchkinds::conclusion);
    CHECK(conclusions.at(0).key == QStringLiteral("h0"));
    CHECK(conclusions.at(0).meetingId == QStringLiteral("m1"));
    CHECK(conclusions.at(0).agendaItemId == QStringLiteral("i2"));
    CHECK(conclusions.at(0).label == QStringLiteral("2"));
    CHECK(conclusions.at(0).text == first.conclusion);
    CHECK(conclusions.at(1).key == QStringLiteral("h1"));
    CHECK(conclusions.at(1).label == QStringLiteral("1"));
}

TEST_CASE("Gathering reads the owner's words on the versions the agenda lists, once per document",
    "[search][feed]")
{
    QTemporaryDir dir;
    auto cache = MeetingCache::open(dir.path());
    REQUIRE(cache.ok());
    AnnotationStore store(cache.value()->database());
    const QString lan = QStringLiteral("lan");
    store.save({ lan, QStringLiteral("d1"), 2 },
        noteOnPage(QStringLiteral("a1"), 0, QStringLiteral("Xem lại điều 3")));
    Annotation highlight = noteOnPage(QStringLiteral("a2"), 1, {});
    highlight.type = AnnotationType::Highlight;
    store.save({ lan, QStringLiteral("d1"), 2 }, highlight);
    store.save({ lan, QStringLiteral("d1"), 1 },
        noteOnPage(QStringLiteral("a0"), 0, QStringLiteral("Bản cũ")));
    store.save({ QStringLiteral("binh"), QStringLiteral("d1"), 2 },
        noteOnPage(QStringLiteral("b1"), 0, QStringLiteral("Của người khác")));
    store.setPersonalNote(lan, QStringLiteral("m1"), {}, QStringLiteral("Chuẩn bị ý kiến"));
    store.setPersonalNote(
        lan, QStringLiteral("m1"), QStringLiteral("i2"), QStringLiteral("Hỏi về kinh phí"));
    store.setPersonalNote(QStringLiteral("binh"), QStringLiteral("m1"), QStringLiteral("i1"),
        QStringLiteral("bí mật"));

    Meeting meeting = agendaMeeting();
    Meeting again = meeting; // another meeting listing the same document version
    again.id = QStringLiteral("m2");
    const QList<SearchEntry> entries = SearchFeed::gather(store, lan, { meeting, again });
    CHECK(keysOf(entries)
        == QStringList { QStringLiteral("annotation d1/v2/a1"), QStringLiteral("note m1/"),
            QStringLiteral("note m1/i2") });
    for (const SearchEntry &entry : entries)
        CHECK(entry.meetingId == QStringLiteral("m1"));
}

TEST_CASE("The store tells each committed change of an annotation or a note", "[search][feed]")
{
    QTemporaryDir dir;
    auto cache = MeetingCache::open(dir.path());
    REQUIRE(cache.ok());
    AnnotationStore store(cache.value()->database());
    QStringList told;
    AnnotationStore::Observer observer;
    observer.annotationSaved = [&told](const AnnotationScope &scope, const Annotation &a) {
        told << QStringLiteral("saved %1 v%2 %3 %4")
                    .arg(scope.documentId)
                    .arg(scope.version)
                    .arg(a.id, a.contents);
    };
    observer.annotationRemoved = [&told](const AnnotationScope &scope, const QString &id) {
        told << QStringLiteral("removed %1 %2").arg(scope.documentId, id);
    };
    observer.noteSaved = [&told](const QString &owner, const QString &meeting, const QString &item,
                             const QString &text) {
        told << QStringLiteral("note %1 %2/%3 %4").arg(owner, meeting, item, text);
    };
    store.setObserver(observer);
    const AnnotationScope scope { QStringLiteral("lan"), QStringLiteral("d1"), 2 };
    store.save(scope, noteOnPage(QStringLiteral("a1"), 0, QStringLiteral("một")));
    store.saveAll(scope,
        { noteOnPage(QStringLiteral("a2"), 0, QStringLiteral("hai")),
            noteOnPage(QStringLiteral("a3"), 1, QStringLiteral("ba")) });
    store.remove(scope, QStringLiteral("a1"));
    store.setPersonalNote(QStringLiteral("lan"), QStringLiteral("m1"), QStringLiteral("i2"),
        QStringLiteral("ghi chú"));
    store.setPersonalNote(QStringLiteral("lan"), QStringLiteral("m1"), QStringLiteral("i2"), {});
    CHECK(told
        == QStringList { QStringLiteral("saved d1 v2 a1 một"), QStringLiteral("saved d1 v2 a2 hai"),
            QStringLiteral("saved d1 v2 a3 ba"), QStringLiteral("removed d1 a1"),
            QStringLiteral("note lan m1/i2 ghi chú"), QStringLiteral("note lan m1/i2 ") });
    store.setObserver({});
    store.save(scope, noteOnPage(QStringLiteral("a4"), 0, QStringLiteral("bốn")));
    CHECK(told.size() == 6);
}

TEST_CASE("Fed notes, annotations and conclusions are found without marks, an edit replaces, a "
          "deletion removes",
    "[search][feed]")
{
    IndexedCache f;
    AnnotationStore store(f.cache->database());
    const QString lan = QStringLiteral("lan");
    const DocumentRef d2 = f.meeting.documents.at(1); // on item i2
    store.setPersonalNote(lan, QStringLiteral("m1"), QStringLiteral("i2"),
        QStringLiteral("Hỏi lại về đường giao thông nông thôn"));
    store.save({ lan, d2.id, d2.version },
        noteOnPage(QStringLiteral("a1"), 2, QStringLiteral("Đề nghị Phòng Tài chính giải trình")));
    f.index->replaceEntries({ searchkinds::annotation, searchkinds::note },
        SearchFeed::gather(store, lan, { f.meeting }));

    // đ folds to d, marks are ignored: typed on a keyboard without Vietnamese input.
    QList<SearchHit> note = f.search(QStringLiteral("duong giao thong"), searchkinds::note);
    REQUIRE(note.size() == 1);
    CHECK(note.first().meetingId == QStringLiteral("m1"));
    CHECK(note.first().agendaItemId == QStringLiteral("i2"));
    CHECK(note.first().label == QStringLiteral("2"));
    CHECK(note.first().snippet.contains(QStringLiteral("đường giao thông")));
    CHECK(f.search(QStringLiteral("đường"), searchkinds::note).size() == 1);

    const QList<SearchHit> annotation
        = f.search(QStringLiteral("de nghi phong tai chinh"), searchkinds::annotation);
    REQUIRE(annotation.size() == 1);
    CHECK(annotation.first().documentId == d2.id); // joined to the meeting's document: opens there
    CHECK(annotation.first().documentSha256 == d2.sha256);
    CHECK(annotation.first().page == 2);

    // Edited: the old words are no longer found, the new ones are, once.
    store.setPersonalNote(
        lan, QStringLiteral("m1"), QStringLiteral("i2"), QStringLiteral("Đã sửa: trường mầm non"));
    f.index->addEntry(*SearchFeed::noteEntry(f.meeting, QStringLiteral("i2"),
        store.personalNote(lan, QStringLiteral("m1"), QStringLiteral("i2"))));
    CHECK(f.search(QStringLiteral("duong giao thong"), searchkinds::note).isEmpty());
    CHECK(f.search(QStringLiteral("truong mam non"), searchkinds::note).size() == 1);

    // Deleted while the index was not told: the next full feed forgets it.
    store.remove({ lan, d2.id, d2.version }, QStringLiteral("a1"));
    f.index->replaceEntries({ searchkinds::annotation, searchkinds::note },
        SearchFeed::gather(store, lan, { f.meeting }));
    CHECK(f.search(QStringLiteral("tai chinh"), searchkinds::annotation).isEmpty());
    CHECK(f.search(QStringLiteral("truong mam non"), searchkinds::note).size() == 1);
    // Deleted and told.
    store.setPersonalNote(lan, QStringLiteral("m1"), QStringLiteral("i2"), {});
    f.index->removeEntry(
        searchkinds::note, SearchFeed::noteKey(QStringLiteral("m1"), QStringLiteral("i2")));
    CHECK(f.search(QStringLiteral("truong mam non"), searchkinds::note).isEmpty());

    // A conclusion survives the full feed of notes and annotations (it is not theirs to replace).
    ChainReport chain;
    DecisionRecord decision;
    decision.meetingId = QStringLiteral("m1");
    decision.agendaItemId = QStringLiteral("i3");
    decision.conclusion = QStringLiteral("Kết luận: thống nhất Quyết định số 15/QĐ-UBND");
    chain.decisions = { decision };
    chain.hashes = { QStringLiteral("c0ffee") };
    for (const SearchEntry &entry : SearchFeed::conclusionEntries(f.meeting, chain))
        f.index->addEntry(entry);
    f.index->replaceEntries({ searchkinds::annotation, searchkinds::note }, {});
    const QList<SearchHit> conclusion
        = f.search(QStringLiteral("ket luan thong nhat"), searchkinds::conclusion);
    REQUIRE(conclusion.size() == 1);
    CHECK(conclusion.first().agendaItemId == QStringLiteral("i3"));
    CHECK(conclusion.first().label == QStringLiteral("3"));
    CHECK(f.search(QStringLiteral("qd ubnd"), searchkinds::conclusion).size() == 1);
    CHECK(f.search(QStringLiteral("QĐ"), searchkinds::conclusion).size() == 1);
}

TEST_CASE(
    "The service writes fed entries in order, a full feed replaces only the kinds it is given",
    "[search][feed]")
{
    IndexedCache f;
    SearchIndexService service(f.cacheDir.path());
    SearchEntry note;
    note.kind = searchkinds::note;
    note.key = QStringLiteral("m1/");
    note.meetingId = QStringLiteral("m1");
    note.text = QStringLiteral("Ghi chú cũ về chợ nông sản");
    service.addEntry(note);
    SearchEntry conclusion = note;
    conclusion.kind = searchkinds::conclusion;
    conclusion.key = QStringLiteral("h0");
    conclusion.text = QStringLiteral("Thông qua đề án chợ nông sản");
    service.addEntry(conclusion);
    SearchEntry fresh = note;
    fresh.key = QStringLiteral("m1/i1");
    fresh.text = QStringLiteral("Ghi chú mới về chợ nông sản");
    service.replaceEntries({ searchkinds::note, searchkinds::annotation }, { fresh });
    service.waitForEntries(); // written in order on the service's entry thread

    SearchQuery query;
    query.text = QStringLiteral("cho nong san");
    QStringList found;
    for (const SearchHit &hit : service.search(query))
        found << hit.kind + QLatin1Char(' ') + hit.snippet;
    found.sort();
    CHECK(found
        == QStringList { QStringLiteral("conclusion Thông qua đề án chợ nông sản"),
            QStringLiteral("note Ghi chú mới về chợ nông sản") });
}

TEST_CASE(
    "Two connections opening a new index at once both get it, neither throws the other's away",
    "[search][feed]")
{
    // The indexer and the entry writer open search.sqlite together at start-up: the second
    // one's migration fails on tables the first just made, which is not damage.
    for (int round = 0; round < 20; ++round) {
        QTemporaryDir dir;
        std::unique_ptr<SearchIndex> first;
        std::unique_ptr<SearchIndex> second;
        bool firstRebuilt = true;
        bool secondRebuilt = true;
        std::unique_ptr<QThread> other(QThread::create([&] {
            if (auto opened = SearchIndex::open(dir.path())) {
                second = std::move(opened).value();
                secondRebuilt = second->wasRebuilt();
            }
        }));
        other->start();
        if (auto opened = SearchIndex::open(dir.path())) {
            first = std::move(opened).value();
            firstRebuilt = first->wasRebuilt();
        }
        other->wait();
        REQUIRE(first);
        REQUIRE(second);
        CHECK_FALSE(firstRebuilt);
        CHECK_FALSE(secondRebuilt);
        SearchEntry note;
        note.kind = searchkinds::note;
        note.key = QStringLiteral("m1/");
        note.meetingId = QStringLiteral("m1");
        note.text = QStringLiteral("Ghi chú");
        second->addEntry(note);
        Statement count = first->database().query(QStringLiteral("SELECT count(*) FROM units"));
        REQUIRE(count.next());
        CHECK(count.integer(0) == 1); // the same file, not one deleted under the other
    }
}

// Not run by ctest (hidden tag): `test_search "[feed-bench]"` prints what a full feed of 500
// annotations and 50 notes costs on the calling (GUI) thread and on the entry thread, beside the
// same entries added one transaction each, measured in the same run. Figures:
// docs/benchmarks-search.md.
TEST_CASE("Feed benchmark: a full feed of 500 annotations", "[.][feed-bench]")
{
    IndexedCache f;
    AnnotationStore store(f.cache->database());
    const QString lan = QStringLiteral("lan");
    QVector<Annotation> annotations;
    for (int i = 0; i < 500; ++i)
        annotations << noteOnPage(QStringLiteral("a%1").arg(i), i % 20,
            QStringLiteral("Ý kiến số %1: đề nghị làm rõ kinh phí đường giao thông nông thôn")
                .arg(i));
    const DocumentRef &d1 = f.meeting.documents.at(0);
    store.saveAll({ lan, d1.id, d1.version }, annotations);
    for (int i = 0; i < 50; ++i)
        store.setPersonalNote(lan, QStringLiteral("m1"), QStringLiteral("i%1").arg(i % 3 + 1),
            QStringLiteral("Ghi chú %1 về chợ nông sản").arg(i));
    SearchIndexService service(f.cacheDir.path());

    QElapsedTimer timer;
    timer.start();
    const QList<SearchEntry> entries = SearchFeed::gather(store, lan, { f.meeting });
    const qint64 gatherUs = timer.nsecsElapsed() / 1000;
    timer.restart();
    service.replaceEntries({ searchkinds::annotation, searchkinds::note }, entries);
    const qint64 postUs = timer.nsecsElapsed() / 1000;
    service.waitForEntries();
    const qint64 replaceUs = timer.nsecsElapsed() / 1000;
    timer.restart();
    service.replaceEntries(
        { searchkinds::annotation, searchkinds::note }, entries); // replacing a full set
    service.waitForEntries();
    const qint64 refeedUs = timer.nsecsElapsed() / 1000;
    timer.restart();
    for (const SearchEntry &entry : entries)
        service.addEntry(entry); // baseline: one transaction (one WAL sync) per entry
    const qint64 postOneByOneUs = timer.nsecsElapsed() / 1000;
    service.waitForEntries();
    const qint64 oneByOneUs = timer.nsecsElapsed() / 1000;
    timer.restart();
    service.addEntry(entries.first()); // a single edit, as the feeder does it
    const qint64 singlePostUs = timer.nsecsElapsed() / 1000;
    service.waitForEntries();
    const qint64 singleUs = timer.nsecsElapsed() / 1000;
    SearchQuery query;
    query.text = QStringLiteral("kinh phi");
    query.limit = 1000;
    REQUIRE(service.search(query).size() == 500);
    std::printf(
        "{\"bench\":\"search-feed\",\"entries\":%lld,\"gui_gather_us\":%lld,\"gui_post_us\":%lld,"
        "\"written_us\":%lld,\"refeed_written_us\":%lld,\"single_gui_post_us\":%lld,\"single_"
        "written_us\":%lld,"
        "\"baseline_one_by_one_gui_post_us\":%lld,\"baseline_one_by_one_written_us\":%lld}\n",
        static_cast<long long>(entries.size()), static_cast<long long>(gatherUs),
        static_cast<long long>(postUs), static_cast<long long>(replaceUs),
        static_cast<long long>(refeedUs), static_cast<long long>(singlePostUs),
        static_cast<long long>(singleUs), static_cast<long long>(postOneByOneUs),
        static_cast<long long>(oneByOneUs));
}
