// Issue 13, item 6: anyone who can write to the share can create a meeting's file names before
// the secretary does. A lone 99999999.manifest.sig used to make the next revision 100000000,
// which no eight-digit reader sees, while the publisher reported success; an unsigned
// 99999999.manifest.json made every later publication fail with "a newer revision exists".
// Since share format 1.1 the next revision follows the highest one that verifies, and names in
// the way are skipped and said. Each test performs the attack on a real folder; the last one
// with phonghop-cli processes for the secretary and a seat.
#include <catch2/catch.hpp>

#include "cli_run.h"
#include "meeting_core/publish/meetingpublisher.h"
#include "meeting_core/share/shareformat.h"
#include "meeting_core/share/sharereader.h"
#include "meeting_core/share/sharewriter.h"
#include "meeting_core/store/meetingcache.h"
#include "meeting_core/sync/syncengine.h"
#include "publish_fixtures.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace phonghop;

namespace {

struct Secretary {
    test::TestShare share;
    QTemporaryDir files;
    DraftMeeting draft;
    MeetingPublisher publisher { share.root(), test::testOrganisationKey() };

    Secretary()
    {
        REQUIRE(files.isValid());
        draft = test::publish::validDraft(files.path());
        const PublishOutcome first = publisher.publish(draft);
        INFO(first.message.toStdString());
        REQUIRE(first.published());
        REQUIRE(first.revision == 1);
        MeetingPublisher::markPublished(draft, first);
    }
    QString file(const QString &name) const
    {
        return share.path(QStringLiteral("meetings/") + draft.id + u'/' + name);
    }
    PublishOutcome publishAgain(const QString &change)
    {
        draft.title += change;
        PublishOutcome outcome = publisher.publish(draft);
        if (outcome.revision > 0)
            MeetingPublisher::markPublished(draft, outcome);
        return outcome;
    }
};

struct Seat {
    QTemporaryDir cacheDir;
    std::unique_ptr<MeetingCache> cache;
    Seat()
    {
        auto opened = MeetingCache::open(cacheDir.path());
        REQUIRE(opened.ok());
        cache = std::move(opened).value();
        test::pinTestOrganisation(*cache);
    }
    SyncReport sync(const QString &share) { return SyncEngine(*cache, share).run(); }
    int revisionOf(const QString &meetingId)
    {
        return cache->cachedRevisions().value(meetingId, 0);
    }
};

QString problemsOf(const SyncReport &report)
{
    QStringList lines;
    for (const SyncProblem &problem : report.problems)
        lines << problem.message;
    return lines.join(u'\n');
}

void setModified(const QString &path, const QDateTime &when)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.setFileTime(when, QFileDevice::FileModificationTime));
}

} // namespace

TEST_CASE("A lone 99999999.manifest.sig does not make the next revision one no reader sees",
    "[hostile][share][publication]")
{
    Secretary secretary;
    // The attacker copies the genuine signature of revision 1 under the last eight-digit name,
    // just now (so it even looks like a publication under way).
    test::writeFile(secretary.file(QStringLiteral("99999999.manifest.sig")),
        test::readFile(secretary.file(shareformat::signatureFileName(1))));

    const PublishOutcome second = secretary.publishAgain(QStringLiteral(" (bổ sung)"));
    INFO(second.message.toStdString());
    REQUIRE(second.published());
    CHECK(second.revision == 2);
    CHECK_FALSE(QFileInfo::exists(secretary.file(QStringLiteral("100000000.manifest.json"))));
    // The squatted number is said, not silently stepped over.
    REQUIRE(second.notices.size() == 1);
    CHECK(second.notices.first().contains(QStringLiteral("99999999")));
    CHECK(second.message.contains(QStringLiteral("99999999")));

    // A seat that has never seen the meeting gets revision 2, with its new title.
    Seat seat;
    const SyncReport report = seat.sync(secretary.share.root());
    INFO(problemsOf(report).toStdString());
    CHECK(report.outcome == SyncReport::Outcome::Success);
    CHECK(seat.revisionOf(secretary.draft.id) == 2);
    CHECK(seat.cache->meeting(secretary.draft.id)->title.endsWith(QStringLiteral("(bổ sung)")));

    // The writer on its own (no base revision) does the same.
    Meeting meeting = seat.cache->meeting(secretary.draft.id).value();
    QStringList notices;
    const Result<int> third
        = ShareWriter(secretary.share.root())
              .publish(meeting, test::testOrganisationKey(), std::nullopt, &notices);
    REQUIRE(third.ok());
    CHECK(third.value() == 3);
    CHECK(notices.join(u' ').contains(QStringLiteral("99999999")));
}

TEST_CASE("An unsigned 99999999.manifest.json does not make every later publication fail",
    "[hostile][share][publication]")
{
    Secretary secretary;
    // One junk manifest with no signature at all, and one beside a signature copied from
    // revision 1 (which cannot verify it).
    test::writeFile(secretary.file(QStringLiteral("99999999.manifest.json")),
        test::readFile(secretary.file(shareformat::manifestFileName(1))));
    test::writeFile(secretary.file(QStringLiteral("99999998.manifest.json")),
        "{\"format\": \"phonghop-meeting\"}");
    test::writeFile(secretary.file(QStringLiteral("99999998.manifest.sig")),
        test::readFile(secretary.file(shareformat::signatureFileName(1))));

    for (int expected : { 2, 3 }) {
        const PublishOutcome outcome = secretary.publishAgain(QStringLiteral(" ."));
        INFO(outcome.message.toStdString());
        CHECK(outcome.kind == PublishOutcome::Kind::Published);
        CHECK(outcome.revision == expected);
        CHECK(outcome.message.contains(QStringLiteral("99999999")));
        CHECK(outcome.message.contains(QStringLiteral("99999998")));
    }

    // Readers take the highest revision that verifies, and say which ones they refused.
    Seat seat;
    const SyncReport report = seat.sync(secretary.share.root());
    const QString problems = problemsOf(report);
    INFO(problems.toStdString());
    CHECK(seat.revisionOf(secretary.draft.id) == 3);
    CHECK(problems.contains(QStringLiteral("revision 99999999 was rejected")));
    CHECK(problems.contains(QStringLiteral("revision 99999998 was rejected")));

    // A genuine newer revision still stops a secretary working from an older one.
    DraftMeeting stale = secretary.draft;
    stale.basedOnRevision = 2;
    CHECK(secretary.publisher.publish(stale).kind == PublishOutcome::Kind::NewerRevisionExists);
}

TEST_CASE("Names squatted just above the latest revision are skipped and said, never built upon",
    "[hostile][share][publication]")
{
    Secretary secretary;
    // Revision 2: an old lone signature; 3: an unsigned manifest; 4: a named pipe.
    test::writeFile(secretary.file(shareformat::signatureFileName(2)), "{}");
    setModified(secretary.file(shareformat::signatureFileName(2)),
        QDateTime::currentDateTimeUtc().addSecs(-3600));
    test::writeFile(secretary.file(shareformat::manifestFileName(3)), "junk");
    REQUIRE(
        ::mkfifo(
            QFile::encodeName(secretary.file(shareformat::manifestFileName(4))).constData(), 0666)
        == 0);

    const PublishOutcome outcome = secretary.publishAgain(QStringLiteral(" (lần 2)"));
    INFO(outcome.message.toStdString());
    REQUIRE(outcome.published());
    CHECK(outcome.revision == 5);
    REQUIRE(outcome.notices.size() == 1);
    for (const char *number : { "00000002", "00000003", "00000004" })
        CHECK(outcome.notices.first().contains(QLatin1String(number)));
    // Nothing was overwritten: the squatters' files are as they were.
    CHECK(test::readFile(secretary.file(shareformat::signatureFileName(2))) == "{}");
    CHECK(test::readFile(secretary.file(shareformat::manifestFileName(3))) == "junk");

    Seat seat;
    const SyncReport report = seat.sync(secretary.share.root());
    INFO(problemsOf(report).toStdString());
    CHECK(seat.revisionOf(secretary.draft.id) == 5);
}

TEST_CASE("A lone signature dated in the future does not stop publishing for ever",
    "[hostile][share][publication]")
{
    Secretary secretary;
    const QString lone = secretary.file(shareformat::signatureFileName(2));
    test::writeFile(lone, "{}");

    // Written just now, right above the revision being edited: maybe another secretary is
    // publishing. The message says so, and names the file in case it stays.
    const PublishOutcome busy = secretary.publishAgain(QStringLiteral(" ."));
    CHECK(busy.kind == PublishOutcome::Kind::Failed);
    CHECK(busy.message.contains(QStringLiteral("right now")));
    CHECK(busy.message.contains(shareformat::signatureFileName(2)));

    // Dated a year ahead, it can never grow old: it is a squatter's, skipped and said.
    setModified(lone, QDateTime::currentDateTimeUtc().addDays(365));
    const PublishOutcome published = secretary.publishAgain(QStringLiteral(" ."));
    INFO(published.message.toStdString());
    REQUIRE(published.published());
    CHECK(published.revision == 3);
    CHECK(published.message.contains(QStringLiteral("00000002")));
}

TEST_CASE("phonghop-cli publish and sync as separate processes on a share squatted at 99999999",
    "[hostile][share][publication][cli]")
{
    test::Office office;
    office.cli.env.insert(
        QStringLiteral("PHONGHOP_SYSTEM_CONFIG"), office.path(QStringLiteral("system.conf")));
    office.cli.env.insert(QStringLiteral("XDG_CONFIG_HOME"), office.path(QStringLiteral("config")));
    test::writeText(office.path(QStringLiteral("system.conf")), "[General]\nLanguage=en\n");
    REQUIRE(office.import(test::staffCsv()).exitCode == 0);
    const QString meetingFile = office.path(QStringLiteral("MEETING.json"));
    test::writeText(meetingFile, test::meetingJson(QStringLiteral("hop-1")));
    const test::CliRun first
        = office.cli.ok({ QStringLiteral("publish"), meetingFile, QStringLiteral("--share"),
            office.share, QStringLiteral("--key"), office.key, QStringLiteral("--quiet") });
    CHECK(first.out.contains(QStringLiteral("revision 1")));

    // The attack: a lone signature and an unsigned manifest at the last eight-digit number.
    const QString folder = office.share + QStringLiteral("/meetings/hop-1/");
    test::writeText(folder + QStringLiteral("99999999.manifest.sig"),
        test::readBytes(folder + shareformat::signatureFileName(1)));
    test::writeText(folder + QStringLiteral("99999998.manifest.json"),
        test::readBytes(folder + shareformat::manifestFileName(1)));

    // The secretary publishes again from revision 1.
    QJsonObject edited
        = QJsonDocument::fromJson(test::meetingJson(QStringLiteral("hop-1"))).object();
    edited.insert(QStringLiteral("basedOnRevision"), 1);
    edited.insert(
        QStringLiteral("title"), QStringLiteral("Phiên họp thường kỳ tháng 12 (bổ sung)"));
    test::writeText(meetingFile, QJsonDocument(edited).toJson());
    const test::CliRun second
        = office.cli.run({ QStringLiteral("publish"), meetingFile, QStringLiteral("--share"),
            office.share, QStringLiteral("--key"), office.key, QStringLiteral("--quiet") });
    INFO(second.all().toStdString());
    CHECK(second.exitCode == 0);
    CHECK(second.out.contains(QStringLiteral("revision 2")));
    CHECK(second.out.contains(QStringLiteral("99999999")));
    CHECK(second.out.contains(QStringLiteral("99999998")));
    CHECK_FALSE(QFileInfo::exists(folder + QStringLiteral("100000000.manifest.json")));

    // A seat syncing in its own process gets revision 2 and reports the junk.
    QTemporaryDir cache;
    const test::CliRun sync = office.cli.run({ QStringLiteral("sync"), QStringLiteral("--share"),
        office.share, QStringLiteral("--cache"), cache.path(),
        QStringLiteral("--expect-fingerprint"), office.fingerprint });
    INFO(sync.all().toStdString());
    CHECK(sync.exitCode == 1); // synced, with a problem to report
    CHECK(sync.all().contains(QStringLiteral("revision 99999998 was rejected")));
    auto opened = MeetingCache::open(cache.path());
    REQUIRE(opened.ok());
    CHECK(opened.value()->cachedRevisions().value(QStringLiteral("hop-1")) == 2);
    CHECK(opened.value()
              ->meeting(QStringLiteral("hop-1"))
              ->title.endsWith(QStringLiteral("(bổ sung)")));
}
