// A publisher killed with SIGKILL at random points never shows readers half a revision: after
// each kill a delegate's sync sees the previous revision or the new one whole.
#include <catch2/catch.hpp>

#include "meeting_core/publish/draftmeeting.h"
#include "meeting_core/store/meetingcache.h"
#include "meeting_core/sync/syncengine.h"
#include "meeting_core/util/sha256.h"
#include "publish_fixtures.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

using namespace phonghop;

namespace {

struct Round {
    QString title;
    QHash<QString, QString> sha256; // document id -> expected hash
};

// Writes MEETING.json for round n with fresh documents (new objects, so there is copying to
// interrupt); basedOnRevision is left out so each round follows the latest revision.
Round writeRound(const QString &folder, int n)
{
    DraftMeeting d = test::publish::validDraft(folder, QStringLiteral("hop-kill"));
    d.basedOnRevision.reset();
    d.title = QStringLiteral("Phiên họp chuyên đề — lần %1").arg(n);
    Round round { d.title, {} };
    for (int i = 0; i < d.documents.size(); ++i) {
        DraftDocument &document = d.documents[i];
        document.filePath = QStringLiteral("%1/vong-%2-tai-lieu-%3.pdf").arg(folder).arg(n).arg(i);
        test::publish::writePaddedPdf(document.filePath, 6 << 20, quint32(n * 10 + i));
        round.sha256.insert(document.id, Sha256::hexOfFile(document.filePath));
    }
    test::writeFile(
        folder + QStringLiteral("/MEETING.json"), QJsonDocument(draft::toJson(d, folder)).toJson());
    return round;
}

} // namespace

TEST_CASE(
    "A publisher killed at random points leaves readers the previous revision or the new one whole",
    "[publish][crash]")
{
    test::TestShare share;
    QTemporaryDir work, cacheDir;
    const QString keyPath = work.filePath(QStringLiteral("org.key"));
    REQUIRE(test::testOrganisationKey().save(keyPath).ok());
    auto opened = MeetingCache::open(cacheDir.path());
    REQUIRE(opened.ok());
    MeetingCache &cache = *opened.value();
    test::pinTestOrganisation(cache);

    QRandomGenerator random(20261128);
    QString visibleTitle; // what readers saw before this round
    int killedWhileRunning = 0;
    int published = 0;
    qint64 fullRunMs = 400; // measured by the rounds left to finish, so kills land throughout
    for (int n = 1; n <= 16; ++n) {
        // Every fourth round runs to the end: readers must then see it.
        const bool letFinish = n % 4 == 1;
        const Round round = writeRound(work.path(), n);
        QProcess publisher;
        publisher.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        publisher.start(QStringLiteral(PHONGHOP_CLI_PATH),
            { QStringLiteral("publish"), work.filePath(QStringLiteral("MEETING.json")),
                QStringLiteral("--share"), share.root(), QStringLiteral("--key"), keyPath,
                QStringLiteral("--quiet") });
        QElapsedTimer clock;
        clock.start();
        REQUIRE(publisher.waitForStarted());
        if (!letFinish)
            QThread::msleep(random.bounded(qint64(10), std::max<qint64>(20, fullRunMs * 6 / 5)));
        if (letFinish) {
            REQUIRE(publisher.waitForFinished(120000));
            fullRunMs = clock.elapsed();
        } else if (publisher.state() == QProcess::Running) {
            ++killedWhileRunning;
            publisher.kill(); // SIGKILL
        }
        if (publisher.state() != QProcess::NotRunning)
            REQUIRE(publisher.waitForFinished(120000));
        const bool finished = publisher.exitStatus() == QProcess::NormalExit;
        if (finished)
            CHECK(publisher.exitCode() == 0);

        const SyncReport report = SyncEngine(cache, share.root()).run();
        INFO("round " << n << ": " << report.summary().toStdString());
        CHECK(report.complete()); // never a manifest whose objects are missing
        const std::optional<Meeting> seen = cache.meeting(QStringLiteral("hop-kill"));
        if (!seen) {
            CHECK(visibleTitle.isEmpty());
            CHECK_FALSE(finished);
            continue;
        }
        if (seen->title == round.title) {
            ++published;
            REQUIRE(seen->documents.size() == round.sha256.size());
            for (const DocumentRef &document : seen->documents) {
                CHECK(document.sha256 == round.sha256.value(document.id));
                CHECK(cache.objects().contains(document.sha256));
            }
        } else {
            CHECK_FALSE(finished); // a publisher that exited 0 must be visible
            CHECK(seen->title == visibleTitle);
        }
        visibleTitle = seen->title;
    }
    CHECK(killedWhileRunning > 0);
    CHECK(published > 0);
}
