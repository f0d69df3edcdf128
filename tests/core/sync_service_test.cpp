#include <catch2/catch.hpp>

#include "meeting_core/settings/appsettings.h"
#include "meeting_core/store/meetingcache.h"
#include "meeting_core/sync/organisationtrust.h"
#include "meeting_core/sync/syncservice.h"
#include "testsupport.h"

#include <QDir>
#include <QEventLoop>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace phonghop;

namespace {
// Waits for the next syncFinished (or fails after a generous limit, not a timing assertion).
SyncReport nextReport(SyncService &service)
{
    SyncReport received;
    bool arrived = false;
    QEventLoop loop;
    auto connection
        = QObject::connect(&service, &SyncService::syncFinished, [&](const SyncReport &report) {
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
    {
        auto pinned = MeetingCache::open(cacheDir.path());
        REQUIRE(pinned.ok());
        test::pinTestOrganisation(*pinned.value());
    }

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
    CHECK(first.updatedMeetings == QStringList { QStringLiteral("m1") });
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

TEST_CASE("The sync service pins the key IT configured in the system settings on the first sync",
    "[sync][trust][settings]")
{
    test::TestShare share;
    share.publish(share.makeMeeting(QStringLiteral("m1"), 1));
    QTemporaryDir settingsDir, cacheDir;
    const QString system = settingsDir.filePath(QStringLiteral("system.conf"));
    // As IT writes it: upper case, with spaces.
    QString written = test::testOrganisationFingerprint().toUpper();
    written.replace(u'-', u' ');
    test::writeFile(system, "[Trust]\nOrganisationKeyFingerprint=" + written.toUtf8() + "\n");
    const AppSettings settings(system, settingsDir.filePath(QStringLiteral("user.conf")));
    REQUIRE(settings.organisationKeyFingerprint() == test::testOrganisationFingerprint());

    SyncService service(cacheDir.path(), share.root());
    service.setIntervals(60000, 60000);
    service.setRequiredOrganisationFingerprint(settings.organisationKeyFingerprint());
    QSignalSpy asked(&service, &SyncService::organisationConfirmationNeeded);
    service.start();
    const SyncReport first = nextReport(service);
    CHECK(first.complete());
    CHECK(asked.isEmpty());
    auto cache = MeetingCache::open(cacheDir.path());
    REQUIRE(cache.ok());
    CHECK(pinnedOrganisationKey(*cache.value()) == test::testOrganisationKey().publicKey());
    CHECK(cache.value()->meeting(QStringLiteral("m1")).has_value());

    // A share presenting another key is refused by a seat configured for this one.
    QTemporaryDir otherCache;
    SyncService strict(otherCache.path(), share.root());
    strict.setIntervals(60000, 60000);
    strict.setRequiredOrganisationFingerprint(keyFingerprint(SigningKey::generate().publicKey()));
    strict.start();
    CHECK(nextReport(strict).outcome == SyncReport::Outcome::UntrustedShare);
}

TEST_CASE(
    "Without a configured fingerprint the sync service asks for a confirmation and waits for it",
    "[sync][trust]")
{
    test::TestShare share;
    share.publish(share.makeMeeting(QStringLiteral("m1"), 1));
    QTemporaryDir cacheDir;
    SyncService service(cacheDir.path(), share.root());
    service.setIntervals(50, 200);
    QSignalSpy asked(&service, &SyncService::organisationConfirmationNeeded);
    service.start();
    const SyncReport first = nextReport(service);
    CHECK(first.outcome == SyncReport::Outcome::OrganisationUnconfirmed);
    CHECK(service.isOnline()); // the share answered; it is only not trusted yet
    REQUIRE(asked.size() == 1);
    const auto offered = asked.first().first().value<OfferedOrganisation>();
    CHECK(offered.fingerprint == test::testOrganisationFingerprint());
    CHECK(offered.name == QStringLiteral("UBND xã Tân Phú"));

    // It does not poll again on its own while nobody has answered.
    QSignalSpy finished(&service, &SyncService::syncFinished);
    QTest::qWait(400);
    CHECK(finished.isEmpty());

    // The person confirmed: the UI pins the key and syncs again.
    auto cache = MeetingCache::open(cacheDir.path());
    REQUIRE(cache.ok());
    REQUIRE(pinOrganisation(*cache.value(), offered.name, offered.key).ok());
    service.syncNow();
    const SyncReport confirmed = nextReport(service);
    CHECK(confirmed.complete());
    CHECK(cache.value()->meeting(QStringLiteral("m1")).has_value());
}
