#include <catch2/catch.hpp>

#include "meeting_core/share/shareformat.h"
#include "meeting_core/share/sharereader.h"
#include "meeting_core/store/auditlog.h"
#include "meeting_core/store/database.h"
#include "meeting_core/store/meetingcache.h"
#include "meeting_core/store/outbox.h"
#include "meeting_core/sync/syncengine.h"
#include "testsupport.h"

#include <QDir>
#include <QTemporaryDir>

using namespace phonghop;

namespace {
const QString device = QStringLiteral("0123456789abcdef0123456789abcdef");
}

TEST_CASE("Device record names are strict", "[share]")
{
    using namespace shareformat;
    CHECK(isDeviceId(device));
    CHECK_FALSE(isDeviceId(u"0123456789ABCDEF0123456789ABCDEF"));
    CHECK(isDeviceRecordName(u"ballot-poll-7-000002.json"));
    CHECK_FALSE(isDeviceRecordName(u".phonghop-tmp-x-ballot.json"));
    CHECK_FALSE(isDeviceRecordName(u"ballot.sync-conflict-20261127-101112-abcdef.json"));
    CHECK_FALSE(isDeviceRecordName(u"ballot (conflicted copy).json"));
    CHECK_FALSE(isDeviceRecordName(u"~$ballot.json"));
    CHECK_FALSE(isDeviceRecordName(u"../ballot.json"));
}

TEST_CASE("An action taken offline is kept and delivered at the next sync", "[sync]")
{
    test::TestShare share;
    share.publish(share.makeMeeting(QStringLiteral("m1"), 1));
    QTemporaryDir cacheDir;
    auto cache = MeetingCache::open(cacheDir.path());
    REQUIRE(cache.ok());
    test::pinTestOrganisation(*cache.value());
    {
        Outbox outbox(cache.value()->database());
        outbox.enqueue(
            device, QStringLiteral("check-in-m1.json"), QByteArray("{\"present\":true}"));
        CHECK(outbox.pendingCount() == 1);
    }
    // The share is unplugged: nothing is lost, nothing is marked delivered.
    const QString away = share.root() + QStringLiteral("-away");
    REQUIRE(QDir().rename(share.root(), away));
    CHECK(
        SyncEngine(*cache.value(), share.root()).run().outcome == SyncReport::Outcome::Unreachable);
    CHECK(Outbox(cache.value()->database()).pendingCount() == 1);

    REQUIRE(QDir().rename(away, share.root()));
    const SyncReport report = SyncEngine(*cache.value(), share.root()).run();
    CHECK(report.complete());
    CHECK(report.recordsDelivered == 1);
    CHECK(Outbox(cache.value()->database()).pendingCount() == 0);
    const ShareReader reader(share.root());
    CHECK(reader.deviceIds() == QStringList { device });
    CHECK(reader.deviceRecordNames(device) == QStringList { QStringLiteral("check-in-m1.json") });
    CHECK(reader.readDeviceRecord(device, QStringLiteral("check-in-m1.json")).value()
        == QByteArray("{\"present\":true}"));
}

TEST_CASE(
    "A record never replaces another with the same name on the share, and goes under a new name",
    "[sync]")
{
    test::TestShare share;
    QTemporaryDir cacheDir;
    auto cache = MeetingCache::open(cacheDir.path());
    REQUIRE(cache.ok());
    test::pinTestOrganisation(*cache.value());
    test::writeFile(
        share.root() + QStringLiteral("/devices/") + device + QStringLiteral("/ballot-1.json"),
        QByteArray("someone else's bytes"));
    Outbox(cache.value()->database())
        .enqueue(device, QStringLiteral("ballot-1.json"), QByteArray("mine"));
    const SyncReport report = SyncEngine(*cache.value(), share.root()).run();
    // Issue 13: a name taken first no longer blocks the delivery for good.
    CHECK(report.problems.isEmpty());
    CHECK(report.recordsDelivered == 1);
    CHECK(Outbox(cache.value()->database()).pendingCount() == 0);
    CHECK(test::readFile(share.root() + QStringLiteral("/devices/") + device
              + QStringLiteral("/ballot-1.json"))
        == QByteArray("someone else's bytes"));
    const QStringList names = ShareReader(share.root()).deviceRecordNames(device);
    REQUIRE(names.size() == 2);
    const QString mine = names.at(0) == QStringLiteral("ballot-1.json") ? names.at(1) : names.at(0);
    CHECK(mine.startsWith(QStringLiteral("ballot-1-")));
    CHECK(test::readFile(share.root() + QStringLiteral("/devices/") + device + u'/' + mine)
        == QByteArray("mine"));
}

TEST_CASE("The audit log is append-only and shows tampering", "[store]")
{
    Database db = Database::openInMemory();
    AuditLog log(db);
    log.append(QStringLiteral("p-an"), QStringLiteral("poll-opened"), QStringLiteral("poll-1"),
        QStringLiteral("Biểu quyết thông qua Tờ trình số 215"));
    log.append(QStringLiteral("p-binh"), QStringLiteral("ballot-cast"), QStringLiteral("poll-1"),
        QString());
    CHECK(log.verify().ok());
    CHECK(log.entries(QStringLiteral("poll-1")).size() == 2);
    CHECK_THROWS_AS(
        db.executeScript(QStringLiteral("UPDATE audit_log SET actor = 'x';")), DatabaseError);
    CHECK_THROWS_AS(db.executeScript(QStringLiteral("DELETE FROM audit_log;")), DatabaseError);

    const QString csv = QString::fromUtf8(log.exportCsv());
    CHECK(csv.contains(QStringLiteral("Biểu quyết thông qua Tờ trình số 215")));
    CHECK(log.exportCsv().startsWith("\xEF\xBB\xBF"));

    // Someone with the file and a SQLite shell removes the guard and edits history.
    db.executeScript(QStringLiteral("DROP TRIGGER audit_log_no_update;"
                                    "UPDATE audit_log SET details = 'đã sửa' WHERE id = 1;"));
    const Status verified = log.verify();
    CHECK_FALSE(verified.ok());
    CHECK(verified.error().contains(QStringLiteral("1")));
}

TEST_CASE("Feature schemas migrate independently of each other", "[store]")
{
    Database db = Database::openInMemory();
    Outbox first(db);
    Outbox again(db); // a second open migrates nothing
    AuditLog log(db);
    Statement versions = db.prepare(
        QStringLiteral("SELECT component, version FROM schema_components ORDER BY component"));
    QStringList seen;
    while (versions.next())
        seen << versions.text(0) + u'=' + QString::number(versions.integer(1));
    CHECK(seen == QStringList { QStringLiteral("audit-log=1"), QStringLiteral("outbox=1") });
}
