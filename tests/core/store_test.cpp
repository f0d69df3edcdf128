#include <catch2/catch.hpp>

#include "meeting_core/store/database.h"
#include "meeting_core/store/meetingcache.h"
#include "meeting_core/store/migrations.h"
#include "meeting_core/store/objectstore.h"
#include "meeting_core/util/atomicfile.h"
#include "meeting_core/util/sha256.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace phonghop;

TEST_CASE("A transaction that is not committed leaves no trace", "[store]")
{
    Database db = Database::openInMemory();
    db.executeScript(QStringLiteral("CREATE TABLE notes (text TEXT);"));
    {
        Transaction transaction(db);
        db.execute(QStringLiteral("INSERT INTO notes VALUES (?)"), QStringLiteral("Ghi chú"));
    }
    Statement count = db.prepare(QStringLiteral("SELECT count(*) FROM notes"));
    REQUIRE(count.next());
    CHECK(count.integer(0) == 0);
    {
        Transaction transaction(db);
        db.execute(QStringLiteral("INSERT INTO notes VALUES (?)"), QStringLiteral("Ghi chú"));
        transaction.commit();
    }
    Statement again = db.prepare(QStringLiteral("SELECT text FROM notes"));
    REQUIRE(again.next());
    CHECK(again.text(0) == QStringLiteral("Ghi chú"));
}

TEST_CASE(
    "A transaction inside another is undone alone, or kept only with the outer one", "[store]")
{
    Database db = Database::openInMemory();
    db.executeScript(QStringLiteral("CREATE TABLE notes (text TEXT);"));
    const auto count = [&db] {
        Statement statement = db.prepare(QStringLiteral("SELECT count(*) FROM notes"));
        REQUIRE(statement.next());
        return statement.integer(0);
    };
    {
        Transaction outer(db);
        db.execute(QStringLiteral("INSERT INTO notes VALUES (?)"), QStringLiteral("ngoài"));
        {
            Transaction inner(db); // not committed: only its own row goes
            db.execute(QStringLiteral("INSERT INTO notes VALUES (?)"), QStringLiteral("trong"));
        }
        CHECK(count() == 1);
        {
            Transaction inner(db);
            db.execute(QStringLiteral("INSERT INTO notes VALUES (?)"), QStringLiteral("trong"));
            inner.commit();
        }
        CHECK(count() == 2);
        // The outer one is not committed: everything goes, the inner commit included.
    }
    CHECK(count() == 0);
    {
        Transaction outer(db);
        {
            Transaction inner(db);
            db.execute(QStringLiteral("INSERT INTO notes VALUES (?)"), QStringLiteral("trong"));
            inner.commit();
        }
        outer.commit();
    }
    CHECK(count() == 1);
}

TEST_CASE("Bound values keep Vietnamese text and quotes intact", "[store]")
{
    Database db = Database::openInMemory();
    db.executeScript(QStringLiteral("CREATE TABLE t (v TEXT);"));
    const QString tricky = QStringLiteral("Quyết định số 01/2019/QĐ-UBND'); DROP TABLE t; --");
    db.execute(QStringLiteral("INSERT INTO t VALUES (?)"), tricky);
    Statement statement = db.prepare(QStringLiteral("SELECT v FROM t"));
    REQUIRE(statement.next());
    CHECK(statement.text(0) == tricky);
}

TEST_CASE("Migrations run once, in order, and a newer schema is refused", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.sqlite"));
    const Migration steps[] = {
        { 1, "CREATE TABLE a (x INTEGER);" },
        { 2, "ALTER TABLE a ADD COLUMN y TEXT;" },
    };
    {
        Database db = Database::open(path);
        migrate(db, steps, QStringLiteral("x.sqlite"));
        CHECK(db.userVersion() == 2);
        migrate(db, steps, QStringLiteral("x.sqlite")); // a second run changes nothing
        db.execute(QStringLiteral("INSERT INTO a (x, y) VALUES (?, ?)"), 1, QStringLiteral("y"));
    }
    {
        Database db = Database::open(path);
        db.setUserVersion(7);
        CHECK_THROWS_AS(migrate(db, steps, QStringLiteral("x.sqlite")), DatabaseError);
    }
}

TEST_CASE("A failing migration step leaves the previous schema version", "[store]")
{
    Database db = Database::openInMemory();
    const Migration steps[] = {
        { 1, "CREATE TABLE a (x INTEGER);" },
        { 2, "CREATE TABLE b (x INTEGER); THIS IS NOT SQL;" },
    };
    CHECK_THROWS_AS(migrate(db, steps, QStringLiteral("mem")), DatabaseError);
    CHECK(db.userVersion() == 1);
    CHECK_THROWS_AS(db.executeScript(QStringLiteral("SELECT * FROM b;")), DatabaseError);
}

TEST_CASE("The object store accepts only bytes that match their checksum", "[store]")
{
    QTemporaryDir dir;
    ObjectStore store(dir.filePath(QStringLiteral("objects")));
    REQUIRE(store.prepare().ok());
    const QByteArray bytes = test::pseudoRandomBytes(300000, 7);
    const QString source = dir.filePath(QStringLiteral("source.pdf"));
    test::writeFile(source, bytes);
    const QString sha = Sha256::hexOf(bytes);

    SECTION("matching bytes are stored under their hash")
    {
        REQUIRE(store.importFile(source, sha, bytes.size()).ok());
        CHECK(store.contains(sha));
        CHECK(Sha256::hexOfFile(store.pathFor(sha)) == sha);
    }
    SECTION("a short file is refused and leaves nothing behind")
    {
        test::writeFile(source, bytes.left(1000));
        const Status imported = store.importFile(source, sha, bytes.size());
        CHECK_FALSE(imported.ok());
        CHECK(imported.error().contains(QStringLiteral("1000")));
        CHECK_FALSE(store.contains(sha));
        CHECK(QDir(store.pathFor(sha).section(u'/', 0, -2))
                  .entryList(QDir::Files | QDir::Hidden)
                  .isEmpty());
    }
    SECTION("changed bytes of the right size are refused")
    {
        QByteArray altered = bytes;
        altered[5000] = static_cast<char>(altered[5000] ^ 0x20);
        test::writeFile(source, altered);
        const Status imported = store.importFile(source, sha, bytes.size());
        CHECK_FALSE(imported.ok());
        CHECK(imported.error().contains(QStringLiteral("checksum")));
        CHECK_FALSE(store.contains(sha));
    }
}

TEST_CASE("Old temporary files are removed at start-up, ones being written are kept", "[store]")
{
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("objects"));
    const QString leftover = root + QStringLiteral("/ab/") + QString(atomicfile::temporaryPrefix)
        + QStringLiteral("x-abcd");
    const QString inFlight = root + QStringLiteral("/ab/") + QString(atomicfile::temporaryPrefix)
        + QStringLiteral("y-abcd");
    test::writeFile(leftover, QByteArray("partial"));
    test::writeFile(inFlight, QByteArray("another thread is still writing me"));
    test::writeFile(root + QStringLiteral("/ab/keep-me"), QByteArray("other"));
    {
        QFile old(leftover);
        REQUIRE(old.open(QIODevice::ReadWrite));
        REQUIRE(old.setFileTime(
            QDateTime::currentDateTime().addSecs(-2 * 3600), QFileDevice::FileModificationTime));
    }
    ObjectStore store(root);
    REQUIRE(store.prepare().ok());
    QStringList left = QDir(root + QStringLiteral("/ab")).entryList(QDir::Files | QDir::Hidden);
    left.sort();
    CHECK(left
        == QStringList { QString(atomicfile::temporaryPrefix) + QStringLiteral("y-abcd"),
            QStringLiteral("keep-me") });
}

TEST_CASE("A stored meeting reads back whole and replaces its previous revision", "[store]")
{
    QTemporaryDir dir;
    auto opened = MeetingCache::open(dir.path());
    REQUIRE(opened.ok());
    MeetingCache &cache = *opened.value();

    test::TestShare share;
    Meeting meeting = share.makeMeeting(QStringLiteral("m1"), 4);
    meeting.revision = 1;
    meeting.agenda << AgendaItem { QStringLiteral("i1a"), QStringLiteral("i1"), 0,
        QStringLiteral("1.a"), QStringLiteral("Ý kiến của Đảng ủy"), {}, 5 };
    cache.storeMeeting(meeting, QByteArray("{}"));
    std::optional<Meeting> loaded = cache.meeting(QStringLiteral("m1"));
    REQUIRE(loaded.has_value());
    CHECK(loaded->title == meeting.title);
    CHECK(loaded->start == meeting.start);
    CHECK(loaded->participants == meeting.participants);
    CHECK(loaded->documents == meeting.documents);
    CHECK(loaded->agenda.size() == meeting.agenda.size());

    meeting.revision = 2;
    meeting.documents.removeLast();
    meeting.title = QStringLiteral("Phiên họp bất thường");
    cache.storeMeeting(meeting, QByteArray("{}"));
    loaded = cache.meeting(QStringLiteral("m1"));
    CHECK(loaded->revision == 2);
    CHECK(loaded->documents.size() == 3);
    CHECK(cache.meetings().size() == 1);
    CHECK(cache.cachedRevisions().value(QStringLiteral("m1")) == 2);
}

TEST_CASE("Upcoming meetings come first, soonest first, then past ones, latest first", "[store]")
{
    QTemporaryDir dir;
    auto opened = MeetingCache::open(dir.path());
    REQUIRE(opened.ok());
    const QDateTime now(QDate(2026, 11, 27), QTime(12, 0), QTimeZone(7 * 3600));
    auto store = [&](const QString &id, int daysFromNow) {
        Meeting m;
        m.id = id;
        m.revision = 1;
        m.title = id;
        m.start = now.addDays(daysFromNow);
        m.end = m.start.addSecs(3600);
        opened.value()->storeMeeting(m, QByteArray("{}"));
    };
    store(QStringLiteral("past-far"), -30);
    store(QStringLiteral("soon"), 2);
    store(QStringLiteral("past-near"), -3);
    store(QStringLiteral("later"), 10);
    QStringList order;
    for (const MeetingSummary &m : opened.value()->meetings(now))
        order << m.id;
    CHECK(order
        == QStringList { QStringLiteral("soon"), QStringLiteral("later"),
            QStringLiteral("past-near"), QStringLiteral("past-far") });
}

TEST_CASE("A damaged cache database is reported, not used", "[store]")
{
    QTemporaryDir dir;
    {
        auto opened = MeetingCache::open(dir.path());
        REQUIRE(opened.ok());
    }
    test::writeFile(dir.filePath(QStringLiteral("cache.sqlite")), QByteArray(8192, 'x'));
    QFile::remove(dir.filePath(QStringLiteral("cache.sqlite-wal")));
    QFile::remove(dir.filePath(QStringLiteral("cache.sqlite-shm")));
    auto reopened = MeetingCache::open(dir.path());
    CHECK_FALSE(reopened.ok());
    CHECK_FALSE(reopened.error().isEmpty());
}

TEST_CASE("A new revision keeps the one it replaced, for the new and updated badges", "[store]")
{
    QTemporaryDir dir;
    auto opened = MeetingCache::open(dir.path());
    REQUIRE(opened.ok());
    Meeting meeting;
    meeting.id = QStringLiteral("m1");
    meeting.revision = 1;
    meeting.title = QStringLiteral("Phiên họp");
    opened.value()->storeMeeting(meeting, QByteArray("revision 1"));
    CHECK(opened.value()->previousManifest(QStringLiteral("m1")).isEmpty());
    meeting.revision = 2;
    opened.value()->storeMeeting(meeting, QByteArray("revision 2"));
    CHECK(opened.value()->previousManifest(QStringLiteral("m1")) == QByteArray("revision 1"));
}
