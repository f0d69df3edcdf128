// Issue 13, item 7: putObject used to skip an object whose file already had the right size, so
// anyone who put a same-size junk file under a document's name (before the publication, or
// after it, in place of the real one) kept that revision out of every new seat for good. The
// writer now checks the bytes by their hash and replaces what is wrong in one step, or fails
// saying why. Each test performs the attack on a real folder; the last one with phonghop-cli
// processes for the secretary and a seat.
#include <catch2/catch.hpp>

#include "cli_run.h"
#include "meeting_core/publish/meetingpublisher.h"
#include "meeting_core/share/sharereader.h"
#include "meeting_core/share/sharewriter.h"
#include "meeting_core/store/meetingcache.h"
#include "meeting_core/sync/syncengine.h"
#include "meeting_core/util/sha256.h"
#include "publish_fixtures.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <sys/stat.h>
#include <unistd.h>

using namespace phonghop;

namespace {

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

// Junk of exactly `size` bytes: what an attacker who knows a document's hash and size (it
// circulated by e-mail before the meeting) puts under its name.
QByteArray junkOfSize(qint64 size)
{
    return QByteArray(size, 'J');
}

QString objectPathOf(const test::TestShare &share, const QString &file)
{
    return share.objectPath(Sha256::hexOfFile(file));
}

} // namespace

TEST_CASE("A same-size junk file squatting a document's name is replaced and the revision reaches "
          "a new seat",
    "[hostile][share][objects]")
{
    test::TestShare share;
    QTemporaryDir files;
    DraftMeeting draft = test::publish::validDraft(files.path());
    REQUIRE(draft.documents.size() >= 2);
    // Before the publication: one document's name taken by same-size junk, another by a link
    // to a file elsewhere (whose content must not change), a third by a named pipe.
    const QString squatted = objectPathOf(share, draft.documents.at(0).filePath);
    test::writeFile(squatted, junkOfSize(QFileInfo(draft.documents.at(0).filePath).size()));
    QTemporaryDir elsewhere;
    const QString outside = elsewhere.filePath(QStringLiteral("do-not-touch.txt"));
    test::writeFile(outside, "unrelated");
    const QString linked = objectPathOf(share, draft.documents.at(1).filePath);
    REQUIRE(QDir().mkpath(QFileInfo(linked).absolutePath()));
    REQUIRE(::symlink(QFile::encodeName(outside).constData(), QFile::encodeName(linked).constData())
        == 0);
    const QString piped = objectPathOf(share, draft.documents.at(2).filePath);
    REQUIRE(QDir().mkpath(QFileInfo(piped).absolutePath()));
    REQUIRE(::mkfifo(QFile::encodeName(piped).constData(), 0666) == 0);

    MeetingPublisher publisher(share.root(), test::testOrganisationKey());
    const PublishOutcome outcome = publisher.publish(draft);
    INFO(outcome.message.toStdString());
    REQUIRE(outcome.published());
    // Each repair is said, naming the document.
    CHECK(outcome.notices.size() == 3);
    for (int i = 0; i < 3; ++i)
        CHECK(outcome.message.contains(draft.documents.at(i).title));
    CHECK(outcome.message.contains(QStringLiteral("do not match")));
    for (const QString &path : { squatted, linked, piped }) {
        const QFileInfo info(path);
        CHECK_FALSE(info.isSymLink());
        CHECK(info.isFile());
        CHECK(Sha256::hexOfFile(path) == info.fileName());
    }
    CHECK(test::readFile(outside) == "unrelated"); // the link was replaced, not written through

    Seat seat;
    const SyncReport report = seat.sync(share.root());
    INFO(problemsOf(report).toStdString());
    CHECK(report.complete());
    CHECK(seat.revisionOf(draft.id) == 1);

    // A whole object is kept as it is: publishing again rewrites nothing and says nothing.
    const QDateTime before = QFileInfo(squatted).lastModified();
    MeetingPublisher::markPublished(draft, outcome);
    draft.title += QStringLiteral(" (bổ sung)");
    const PublishOutcome again = publisher.publish(draft);
    REQUIRE(again.published());
    CHECK(again.notices.isEmpty());
    CHECK(QFileInfo(squatted).lastModified() == before);
}

TEST_CASE("A document replaced by same-size junk after publication is reported by seats and "
          "repaired by publishing again",
    "[hostile][share][objects]")
{
    test::TestShare share;
    QTemporaryDir files;
    DraftMeeting draft = test::publish::validDraft(files.path());
    MeetingPublisher publisher(share.root(), test::testOrganisationKey());
    const PublishOutcome first = publisher.publish(draft);
    REQUIRE(first.published());
    MeetingPublisher::markPublished(draft, first);

    const QString object = objectPathOf(share, draft.documents.first().filePath);
    const qint64 size = QFileInfo(object).size();
    QFile::remove(object);
    test::writeFile(object, junkOfSize(size));

    // A new seat cannot take the revision, and says which document and why.
    Seat seat;
    const SyncReport refused = seat.sync(share.root());
    const QString problems = problemsOf(refused);
    INFO(problems.toStdString());
    CHECK(seat.revisionOf(draft.id) == 0);
    CHECK(problems.contains(draft.documents.first().title));
    CHECK(problems.contains(QStringLiteral("checksum")));

    // The writer alone, as any publication of the same document does, repairs it.
    const Result<StoredObject> stored
        = ShareWriter(share.root()).putObject(draft.documents.first().filePath);
    REQUIRE(stored.ok());
    CHECK(stored->repaired);
    CHECK(stored->damage.contains(QStringLiteral("do not match")));
    CHECK(Sha256::hexOfFile(object) == stored->sha256);

    const SyncReport repaired = seat.sync(share.root());
    INFO(problemsOf(repaired).toStdString());
    CHECK(repaired.complete());
    CHECK(seat.revisionOf(draft.id) == 1);

    // Shorter or longer junk is found as well.
    for (const qint64 junkSize : { size - 1, size + 1 }) {
        QFile::remove(object);
        test::writeFile(object, junkOfSize(junkSize));
        const Result<StoredObject> again
            = ShareWriter(share.root()).putObject(draft.documents.first().filePath);
        REQUIRE(again.ok());
        CHECK(again->repaired);
        CHECK(QFileInfo(object).size() == size);
    }
}

TEST_CASE("An object name taken by a folder cannot be repaired: the publication fails, saying so, "
          "and writes no revision",
    "[hostile][share][objects]")
{
    test::TestShare share;
    QTemporaryDir files;
    DraftMeeting draft = test::publish::validDraft(files.path());
    const QString object = objectPathOf(share, draft.documents.first().filePath);
    REQUIRE(QDir().mkpath(object + QStringLiteral("/inside")));

    const PublishOutcome outcome
        = MeetingPublisher(share.root(), test::testOrganisationKey()).publish(draft);
    INFO(outcome.message.toStdString());
    CHECK(outcome.kind == PublishOutcome::Kind::Failed);
    CHECK(outcome.message.contains(draft.documents.first().title));
    CHECK(outcome.message.contains(QStringLiteral("could not be replaced")));
    CHECK(ShareReader(share.root()).manifestRevisions(draft.id).isEmpty());
}

TEST_CASE("phonghop-cli publish and sync as separate processes on a share whose document names are "
          "squatted",
    "[hostile][share][objects][cli]")
{
    test::TestShare share;
    QTemporaryDir work;
    const QString key = work.filePath(QStringLiteral("org.key"));
    REQUIRE(test::testOrganisationKey().save(key).ok());
    const DraftMeeting draft = test::publish::validDraft(work.path());
    const QString json = work.filePath(QStringLiteral("MEETING.json"));
    test::writeFile(json, QJsonDocument(draft::toJson(draft, work.path())).toJson());
    for (const DraftDocument &document : draft.documents)
        test::writeFile(objectPathOf(share, document.filePath),
            junkOfSize(QFileInfo(document.filePath).size()));

    test::Cli cli;
    cli.env.insert(
        QStringLiteral("PHONGHOP_SYSTEM_CONFIG"), work.filePath(QStringLiteral("system.conf")));
    cli.env.insert(QStringLiteral("XDG_CONFIG_HOME"), work.filePath(QStringLiteral("config")));
    test::writeFile(work.filePath(QStringLiteral("system.conf")), "[General]\nLanguage=en\n");
    const test::CliRun published
        = cli.run({ QStringLiteral("publish"), json, QStringLiteral("--share"), share.root(),
            QStringLiteral("--key"), key, QStringLiteral("--quiet") });
    INFO(published.all().toStdString());
    CHECK(published.exitCode == 0);
    CHECK(published.out.contains(QStringLiteral("revision 1")));
    CHECK(published.out.contains(QStringLiteral("stored again")));

    QTemporaryDir cache;
    const test::CliRun sync = cli.run({ QStringLiteral("sync"), QStringLiteral("--share"),
        share.root(), QStringLiteral("--cache"), cache.path(),
        QStringLiteral("--expect-fingerprint"), test::testOrganisationFingerprint() });
    INFO(sync.all().toStdString());
    CHECK(sync.exitCode == 0);
    auto opened = MeetingCache::open(cache.path());
    REQUIRE(opened.ok());
    CHECK(opened.value()->cachedRevisions().value(draft.id) == 1);
}
