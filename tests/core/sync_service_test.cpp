#include <catch2/catch.hpp>

#include "store/meetingcache.h"
#include "sync/syncservice.h"
#include "testsupport.h"

#include <QDir>
#include <QEventLoop>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QThread>

using namespace phonghop;

namespace {
// Waits for the next syncFinished (or fails after a generous limit, not a timing assertion).
SyncReport nextReport(SyncService &service)
{
    SyncReport received;
    bool arrived = false;
    QEventLoop loop;
    auto connection = QObject::connect(&service, &SyncService::syncFinished,
                                       [&](const SyncReport &report) {
                                           received = report;
                                           arrived = true;
                                           loop.quit();
                                       });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    QObject::disconnect(connection);
    REQUIRE(arrived);
    return received;
}
} // namespace

TEST_CASE("The sync service syncs off the GUI thread and reports the share going away", "[sync]")
{
    test::TestShare share;
    share.publish(share.makeMeeting(QStringLiteral("m1"), 3));
    QTemporaryDir cacheDir;

    SyncService service(cacheDir.path(), share.root());
    service.setIntervals(50, 200);
    QSignalSpy online(&service, &SyncService::onlineChanged);
    const Qt::HANDLE guiThread = QThread::currentThreadId();
    Qt::HANDLE progressThread = nullptr;
    QObject::connect(&service, &SyncService::syncProgress,
                     [&](const SyncProgress &) { progressThread = QThread::currentThreadId(); });
    service.start();
    const SyncReport first = nextReport(service);
    CHECK(first.complete());
    CHECK(first.updatedMeetings == QStringList{QStringLiteral("m1")});
    CHECK(service.isOnline());
    CHECK(progressThread == guiThread); // delivered through queued signals

    auto cache = MeetingCache::open(cacheDir.path());
    REQUIRE(cache.ok());
    CHECK(cache.value()->meeting(QStringLiteral("m1")).has_value());

    // The share disappears: the next poll says so and the cache still answers.
    REQUIRE(QDir().rename(share.root(), share.root() + QStringLiteral("-away")));
    const SyncReport offline = nextReport(service);
    CHECK(offline.outcome == SyncReport::Outcome::Unreachable);
    CHECK_FALSE(service.isOnline());
    CHECK(cache.value()->meeting(QStringLiteral("m1")).has_value());
    REQUIRE(QDir().rename(share.root() + QStringLiteral("-away"), share.root()));
    const SyncReport back = nextReport(service);
    CHECK(back.reachedShare());
    CHECK(service.isOnline());
    CHECK(online.size() >= 3);
}
