// A sync killed with SIGKILL at random moments must leave a sound cache: the database passes
// integrity_check, every object under its final name is complete, a meeting is either
// absent or whole, and the next sync completes.
#include <catch2/catch.hpp>

#include "meeting_core/store/database.h"
#include "meeting_core/store/meetingcache.h"
#include "meeting_core/sync/syncengine.h"
#include "meeting_core/util/atomicfile.h"
#include "meeting_core/util/sha256.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

using namespace phonghop;

namespace {

void checkCacheIsSound(const QString &cacheDirectory)
{
    {
        Database db = Database::open(cacheDirectory + QStringLiteral("/cache.sqlite"));
        REQUIRE(db.integrityCheck() == QStringLiteral("ok"));
    }
    QDirIterator objects(
        cacheDirectory + QStringLiteral("/objects"), QDir::Files, QDirIterator::Subdirectories);
    while (objects.hasNext()) {
        objects.next();
        if (atomicfile::isTemporaryName(objects.fileName()))
            continue; // invisible to readers; removed at the next start
        INFO("object " << objects.fileName().toStdString());
        CHECK(Sha256::hexOfFile(objects.filePath()) == objects.fileName());
    }
    auto cache = MeetingCache::open(cacheDirectory);
    INFO(cache.error().toStdString());
    REQUIRE(cache.ok());
    for (const MeetingSummary &summary : cache.value()->meetings()) {
        const std::optional<Meeting> meeting = cache.value()->meeting(summary.id);
        REQUIRE(meeting.has_value());
        for (const DocumentRef &document : meeting->documents)
            CHECK(cache.value()->objects().contains(document.sha256));
    }
}

} // namespace

TEST_CASE("A sync killed at random points leaves a sound cache and resumes", "[sync][crash]")
{
    test::TestShare share;
    Meeting meeting = share.makeMeeting(QStringLiteral("m1"), 24, 1 << 20, 3);
    share.publish(meeting);
    QTemporaryDir cacheDir;
    QRandomGenerator random(20261127);

    int killedWhileRunning = 0;
    for (int round = 0; round < 24; ++round) {
        if (round == 12) {
            // A new revision arrives while the delegate's machine keeps crashing.
            for (int i = 0; i < 12; ++i)
                meeting.documents << share.addDocument(QStringLiteral("late%1").arg(i),
                    QStringLiteral("i2"), test::pseudoRandomBytes(1 << 20, 900 + i));
            share.publish(meeting);
        }
        QProcess sync;
        sync.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        sync.start(QStringLiteral(PHONGHOP_CLI_PATH),
            { QStringLiteral("sync"), QStringLiteral("--share"), share.root(),
                QStringLiteral("--cache"), cacheDir.path(), QStringLiteral("--expect-fingerprint"),
                test::testOrganisationFingerprint() });
        REQUIRE(sync.waitForStarted());
        QThread::msleep(random.bounded(5, 160));
        if (sync.state() == QProcess::Running) {
            ++killedWhileRunning;
            sync.kill(); // SIGKILL
        }
        sync.waitForFinished(60000);
        checkCacheIsSound(cacheDir.path());
    }
    CHECK(killedWhileRunning > 0);

    auto cache = MeetingCache::open(cacheDir.path());
    REQUIRE(cache.ok());
    SyncEngine engine(*cache.value(), share.root());
    engine.setRequiredOrganisationFingerprint(
        test::testOrganisationFingerprint()); // pinned by then, or now
    const SyncReport report = engine.run();
    CHECK(report.complete());
    const std::optional<Meeting> cached = cache.value()->meeting(QStringLiteral("m1"));
    REQUIRE(cached.has_value());
    CHECK(cached->revision == 2);
    CHECK(cached->documents.size() == 36);
}
