// Issue 13, item 8: everyone in the room can write to the share, so anything can sit under a
// name a reader expects — a named pipe (opening it waits for a writer forever), a symbolic
// link to /dev/zero (reading it never ends), a folder, a file of gigabytes. Each test puts
// them on a real temporary share and shows every reader refuses them at once, reports them,
// and keeps what is valid. The last one runs `phonghop-cli sync` as its own process with a
// memory limit and a deadline, as a seat would meet such a share.
#include <catch2/catch.hpp>

#include "meeting_core/org/directorystore.h"
#include "meeting_core/org/organisationadmin.h"
#include "meeting_core/share/manifestcodec.h"
#include "meeting_core/share/shareformat.h"
#include "meeting_core/share/sharereader.h"
#include "meeting_core/share/sharewriter.h"
#include "meeting_core/store/meetingcache.h"
#include "meeting_core/store/objectstore.h"
#include "meeting_core/store/outbox.h"
#include "meeting_core/sync/syncengine.h"
#include "meeting_core/trust/devicekey.h"
#include "meeting_core/util/boundedfile.h"
#include "meeting_core/util/sha256.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <chrono>
#include <fcntl.h>
#include <future>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace phonghop;
using namespace std::chrono_literals;
using boundedfile::Refusal;

namespace {

void makePipe(const QString &path)
{
    QFile::remove(path);
    REQUIRE(QDir().mkpath(QFileInfo(path).absolutePath()));
    REQUIRE(::mkfifo(QFile::encodeName(path).constData(), 0666) == 0);
}

void makeLink(const QString &target, const QString &path)
{
    QFile::remove(path);
    REQUIRE(QDir().mkpath(QFileInfo(path).absolutePath()));
    REQUIRE(
        ::symlink(QFile::encodeName(target).constData(), QFile::encodeName(path).constData()) == 0);
}

// Runs `work` on a thread and REQUIREs it to finish within `deadline`. Should it hang on one
// of the pipes anyway, each pipe is opened for writing and closed, which ends the wait, so a
// failing test reports instead of hanging the whole run.
template <typename Work>
auto withinDeadline(std::chrono::seconds deadline, const QStringList &pipes, Work work)
{
    auto future = std::async(std::launch::async, work);
    const bool finished = future.wait_for(deadline) == std::future_status::ready;
    if (!finished) {
        for (const QString &pipe : pipes) {
            const int fd = ::open(QFile::encodeName(pipe).constData(), O_WRONLY | O_NONBLOCK);
            if (fd >= 0)
                ::close(fd);
        }
    }
    CHECK(finished);
    return future.get();
}

struct Seat {
    test::TestShare share;
    QTemporaryDir cacheDir;
    std::unique_ptr<MeetingCache> cache;

    Seat()
    {
        auto opened = MeetingCache::open(cacheDir.path());
        REQUIRE(opened.ok());
        cache = std::move(opened).value();
        test::pinTestOrganisation(*cache);
    }
    QString meetingFile(const QString &meetingId, const QString &name) const
    {
        return share.path(QStringLiteral("meetings/") + meetingId + u'/' + name);
    }
};

QString problemsOf(const SyncReport &report)
{
    QStringList lines;
    for (const SyncProblem &problem : report.problems)
        lines << problem.message;
    return lines.join(u'\n');
}

} // namespace

TEST_CASE("A file of the share is read only when it is a plain file within its limit",
    "[hostile][share][reads]")
{
    QTemporaryDir dir;
    const QString pipe = dir.filePath(QStringLiteral("pipe.json"));
    makePipe(pipe);
    const QString zero = dir.filePath(QStringLiteral("zero.json"));
    makeLink(QStringLiteral("/dev/zero"), zero);
    const QString plain = dir.filePath(QStringLiteral("plain.json"));
    test::writeFile(plain, QByteArray(1000, 'x'));
    const QString linkToPlain = dir.filePath(QStringLiteral("link.json"));
    makeLink(plain, linkToPlain);
    REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("folder.json")));

    const auto refusalOf = [&](const QString &path, qint64 limit) {
        return withinDeadline(10s, { pipe }, [=] {
            Refusal refusal = Refusal::None;
            const Result<QByteArray> read = boundedfile::read(path, limit, &refusal);
            CHECK_FALSE(read.ok());
            CHECK_FALSE(read.error().isEmpty());
            return refusal;
        });
    };
    CHECK(refusalOf(pipe, 4096) == Refusal::NotAFile); // never waits for a writer
    CHECK(refusalOf(zero, 4096) == Refusal::SymbolicLink); // never followed, never read
    CHECK(refusalOf(QStringLiteral("/dev/zero"), 4096) == Refusal::NotAFile); // a device itself
    CHECK(refusalOf(linkToPlain, 4096) == Refusal::SymbolicLink);
    CHECK(refusalOf(dir.filePath(QStringLiteral("folder.json")), 4096) == Refusal::NotAFile);
    CHECK(refusalOf(dir.filePath(QStringLiteral("absent.json")), 4096) == Refusal::Missing);
    CHECK(refusalOf(plain, 999) == Refusal::TooLarge);

    const Result<QByteArray> exact = boundedfile::read(plain, 1000);
    REQUIRE(exact.ok());
    CHECK(exact.value() == QByteArray(1000, 'x'));
    CHECK(boundedfile::inspect(plain) == Refusal::None);
    CHECK(boundedfile::inspect(pipe) == Refusal::NotAFile);
    CHECK(boundedfile::inspect(zero) == Refusal::SymbolicLink);

    // Opened for reading in pieces (documents): the same refusals.
    QFile streamed;
    CHECK(boundedfile::open(streamed, plain, 1000).ok());
    CHECK(streamed.readAll().size() == 1000);
    for (const QString &path : { pipe, zero, linkToPlain }) {
        QFile file;
        Refusal refusal = Refusal::None;
        CHECK_FALSE(withinDeadline(
            10s, { pipe }, [&] { return boundedfile::open(file, path, 1 << 20, &refusal).ok(); }));
        CHECK(refusal != Refusal::None);
        CHECK_FALSE(file.isOpen());
    }
}

TEST_CASE("A share descriptor that is a pipe or a link to /dev/zero is refused, not waited for",
    "[hostile][share][reads]")
{
    Seat seat;
    seat.share.publish(seat.share.makeMeeting(QStringLiteral("m1"), 1));
    const QString descriptor = seat.share.path(shareformat::descriptorFileName);
    const QByteArray genuine = test::readFile(descriptor);

    for (const bool asPipe : { true, false }) {
        INFO((asPipe ? "pipe" : "link to /dev/zero"));
        if (asPipe)
            makePipe(descriptor);
        else
            makeLink(QStringLiteral("/dev/zero"), descriptor);
        ShareReader::InfoProblem problem = ShareReader::InfoProblem::None;
        const Result<ShareInfo> info = withinDeadline(
            10s, { descriptor }, [&] { return ShareReader(seat.share.root()).readInfo(&problem); });
        CHECK_FALSE(info.ok());
        CHECK(problem == ShareReader::InfoProblem::Damaged);
        CHECK(info.error().contains(shareformat::descriptorFileName));
        const SyncReport report = withinDeadline(
            20s, { descriptor }, [&] { return SyncEngine(*seat.cache, seat.share.root()).run(); });
        CHECK(report.outcome == SyncReport::Outcome::NotAShare);
        CHECK(seat.cache->cachedRevisions().isEmpty());
    }
    // Put back, the share syncs as before.
    QFile::remove(descriptor);
    test::writeFile(descriptor, genuine);
    CHECK(SyncEngine(*seat.cache, seat.share.root()).run().complete());
    CHECK(seat.cache->cachedRevisions().value(QStringLiteral("m1")) == 1);
}

TEST_CASE("A sync meeting pipes and links under manifest, signature, document and record names "
          "finishes and reports them",
    "[hostile][share][reads]")
{
    Seat seat;
    const Meeting first = seat.share.makeMeeting(QStringLiteral("m1"), 2);
    REQUIRE(seat.share.publish(first) == 1);
    // A second meeting whose documents someone replaces by a pipe and a link to /dev/zero.
    Meeting second = seat.share.makeMeeting(QStringLiteral("m2"), 2, 4096, 9);
    second.title = QStringLiteral("Phiên họp chuyên đề về đầu tư công");
    REQUIRE(seat.share.publish(second) == 1);
    QList<QByteArray> genuineObjects;
    for (const DocumentRef &document : second.documents)
        genuineObjects << test::readFile(seat.share.objectPath(document.sha256));
    QStringList pipes;
    const QString pipedObject = seat.share.objectPath(second.documents.at(0).sha256);
    makePipe(pipedObject);
    pipes << pipedObject;
    makeLink(QStringLiteral("/dev/zero"), seat.share.objectPath(second.documents.at(1).sha256));

    // Revisions 2 to 4 of m1 under names that are not plain files.
    const QString pipedManifest
        = seat.meetingFile(QStringLiteral("m1"), shareformat::manifestFileName(2));
    makePipe(pipedManifest);
    pipes << pipedManifest;
    test::writeFile(
        seat.meetingFile(QStringLiteral("m1"), shareformat::signatureFileName(2)), "{}");
    makeLink(QStringLiteral("/dev/zero"),
        seat.meetingFile(QStringLiteral("m1"), shareformat::manifestFileName(3)));
    makeLink(QStringLiteral("/dev/zero"),
        seat.meetingFile(QStringLiteral("m1"), shareformat::signatureFileName(3)));
    // Revision 4: a genuine manifest whose signature is a pipe.
    Meeting fourth = first;
    fourth.revision = 4;
    test::writeFile(seat.meetingFile(QStringLiteral("m1"), shareformat::manifestFileName(4)),
        encodeManifest(fourth));
    const QString signatureFour
        = seat.meetingFile(QStringLiteral("m1"), shareformat::signatureFileName(4));
    makePipe(signatureFour);
    pipes << signatureFour;

    // This seat's own record waiting in its outbox, its name on the share taken by a pipe.
    const QString deviceId = QStringLiteral("0123456789abcdef0123456789abcdef");
    const QString recordPipe = seat.share.path(
        QStringLiteral("devices/") + deviceId + QStringLiteral("/check-in-1.json"));
    makePipe(recordPipe);
    pipes << recordPipe;
    Outbox(seat.cache->database())
        .enqueue(deviceId, QStringLiteral("check-in-1.json"), QByteArray("{\"a\":1}"));

    const SyncReport report = withinDeadline(
        30s, pipes, [&] { return SyncEngine(*seat.cache, seat.share.root()).run(); });
    const QString problems = problemsOf(report);
    INFO(problems.toStdString());
    CHECK(report.outcome == SyncReport::Outcome::Success);
    // Nothing valid lost: m1 revision 1 arrived; m2 is kept out and says why.
    CHECK(seat.cache->cachedRevisions().value(QStringLiteral("m1")) == 1);
    CHECK_FALSE(seat.cache->cachedRevisions().contains(QStringLiteral("m2")));
    CHECK(problems.contains(QStringLiteral("revision 4 was rejected")));
    CHECK(problems.contains(QStringLiteral("revision 3 was rejected")));
    CHECK(problems.contains(QStringLiteral("revision 2 was rejected")));
    CHECK(problems.contains(QStringLiteral("symbolic link")));
    CHECK(problems.contains(QStringLiteral("not a plain file")));
    CHECK(problems.contains(second.title));
    // The seat's record is delivered under another name or reported, never lost.
    CHECK(Outbox(seat.cache->database()).items(deviceId).size() == 1);
    CHECK((report.recordsDelivered == 1 || problems.contains(QStringLiteral("check-in-1"))));

    // Once the hostile files are gone and the documents put back, everything arrives.
    for (int i = 0; i < second.documents.size(); ++i) {
        const QString path = seat.share.objectPath(second.documents.at(i).sha256);
        QFile::remove(path);
        test::writeFile(path, genuineObjects.at(i));
    }
    const SyncReport again = SyncEngine(*seat.cache, seat.share.root()).run();
    INFO(problemsOf(again).toStdString());
    CHECK(seat.cache->cachedRevisions().value(QStringLiteral("m2")) == 1);
}

TEST_CASE("Device records and the people directory: pipes, links and oversized files are refused",
    "[hostile][share][reads]")
{
    test::TestShare share;
    const QString deviceId = QStringLiteral("0123456789abcdef0123456789abcdef");
    const QString folder = share.path(QStringLiteral("devices/") + deviceId + u'/');
    makePipe(folder + QStringLiteral("ballot-p1-pipe.json"));
    makeLink(QStringLiteral("/dev/zero"), folder + QStringLiteral("ballot-p1-zero.json"));
    test::writeFile(folder + QStringLiteral("ballot-p1-big.json"),
        QByteArray(shareformat::limits::record + 1, ' '));
    test::writeFile(folder + QStringLiteral("roster-m1-000001.json"),
        QByteArray(shareformat::limits::record + 1, ' '));
    test::writeFile(folder + QStringLiteral("roster-m1-000002.json"),
        QByteArray(shareformat::limits::largeRecord + 1, ' '));

    const ShareReader reader(share.root());
    const auto read = [&](const QString &name) {
        return withinDeadline(10s, { folder + QStringLiteral("ballot-p1-pipe.json") },
            [&] { return reader.readDeviceRecord(deviceId, name); });
    };
    CHECK(read(QStringLiteral("ballot-p1-pipe.json"))
              .error()
              .contains(QStringLiteral("not a plain file")));
    CHECK(read(QStringLiteral("ballot-p1-zero.json"))
              .error()
              .contains(QStringLiteral("symbolic link")));
    CHECK(
        read(QStringLiteral("ballot-p1-big.json")).error().contains(QStringLiteral("larger than")));
    CHECK(read(QStringLiteral("roster-m1-000001.json")).ok()); // a roster may be larger
    CHECK(read(QStringLiteral("roster-m1-000002.json"))
              .error()
              .contains(QStringLiteral("larger than")));
    // Listing never offers the pipe or the link to /dev/zero as a record.
    const QStringList names = reader.deviceRecordNames(deviceId);
    CHECK_FALSE(names.contains(QStringLiteral("ballot-p1-pipe.json")));
    CHECK_FALSE(names.contains(QStringLiteral("ballot-p1-zero.json")));
    // A folder under devices/ that is a link is not listed at all.
    QTemporaryDir elsewhere;
    makeLink(
        elsewhere.path(), share.path(QStringLiteral("devices/fedcba9876543210fedcba9876543210")));
    CHECK_FALSE(reader.deviceIds().contains(QStringLiteral("fedcba9876543210fedcba9876543210")));
    CHECK(reader.deviceIds().contains(deviceId));

    // The people directory: a later revision that is a pipe is refused and reported; the
    // genuine one stays in force.
    QTemporaryDir office;
    const QString root = office.filePath(QStringLiteral("share"));
    const SigningKey key = SigningKey::generate();
    Result<OrganisationAdmin> admin
        = OrganisationAdmin::initialise(root, QStringLiteral("UBND xã Hòa Bình"), key);
    REQUIRE(admin.ok());
    const QString pipe = root + QStringLiteral("/people/") + DirectoryStore::fileName(3);
    makePipe(pipe);
    makeLink(QStringLiteral("/dev/zero"),
        root + QStringLiteral("/people/") + DirectoryStore::fileName(2));
    const Result<DirectoryStore::Reading> reading
        = withinDeadline(10s, { pipe }, [&] { return DirectoryStore(root).read(key.publicKey()); });
    REQUIRE(reading.ok());
    CHECK(reading->directory.revision == 1);
    CHECK(reading->problems.join(u'\n').contains(DirectoryStore::fileName(2)));
    CHECK(reading->problems.join(u'\n').contains(DirectoryStore::fileName(3)));
}

TEST_CASE("phonghop-cli sync on a share full of pipes and links to /dev/zero ends in time within a "
          "memory limit",
    "[hostile][share][reads][cli]")
{
    test::TestShare share;
    const Meeting meeting = share.makeMeeting(QStringLiteral("m1"), 2);
    REQUIRE(share.publish(meeting) == 1);
    const QString folder = share.path(QStringLiteral("meetings/m1/"));
    makePipe(folder + shareformat::manifestFileName(2));
    makeLink(QStringLiteral("/dev/zero"), folder + shareformat::signatureFileName(2));
    makeLink(QStringLiteral("/dev/zero"), folder + shareformat::manifestFileName(3));
    test::writeFile(folder + shareformat::signatureFileName(3), "{}");
    Meeting other = share.makeMeeting(QStringLiteral("m2"), 1, 4096, 5);
    other.title = QStringLiteral("Phiên họp chuyên đề về đầu tư công");
    REQUIRE(share.publish(other) == 1);
    makeLink(QStringLiteral("/dev/zero"), share.objectPath(other.documents.first().sha256));

    QTemporaryDir cache;
    QTemporaryDir settings;
    test::writeFile(settings.filePath(QStringLiteral("system.conf")), "[General]\nLanguage=en\n");
    const auto run = [&](int seconds) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PHONGHOP_SYSTEM_CONFIG"),
            settings.filePath(QStringLiteral("system.conf")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), settings.filePath(QStringLiteral("config")));
        p.setProcessEnvironment(env);
        // 1 GiB of address space: reading /dev/zero into memory would hit it and crash.
        p.setChildProcessModifier([] {
            const rlimit limit { rlim_t(1) << 30, rlim_t(1) << 30 };
            ::setrlimit(RLIMIT_AS, &limit);
        });
        p.start(QStringLiteral(PHONGHOP_CLI_PATH),
            { QStringLiteral("sync"), QStringLiteral("--share"), share.root(),
                QStringLiteral("--cache"), cache.path(), QStringLiteral("--expect-fingerprint"),
                test::testOrganisationFingerprint() });
        REQUIRE(p.waitForStarted(30000));
        const bool finished = p.waitForFinished(seconds * 1000);
        if (!finished) {
            p.kill();
            p.waitForFinished(10000);
        }
        CHECK(finished);
        CHECK(p.exitStatus() == QProcess::NormalExit);
        return std::make_pair(
            p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()));
    };
    const auto [code, output] = run(60);
    INFO(output.toStdString());
    CHECK(code == 1); // synced, with problems
    CHECK(output.contains(QStringLiteral("revision 3 was rejected")));
    CHECK(output.contains(QStringLiteral("revision 2 was rejected")));
    CHECK(output.contains(other.title));
    auto opened = MeetingCache::open(cache.path());
    REQUIRE(opened.ok());
    CHECK(opened.value()->cachedRevisions().value(QStringLiteral("m1")) == 1);

    // The descriptor itself a pipe: refused at once (not a share), nothing waits.
    makePipe(share.path(shareformat::descriptorFileName));
    const auto [refusedCode, refusedOutput] = run(30);
    INFO(refusedOutput.toStdString());
    CHECK(refusedCode == 4);
    CHECK(refusedOutput.contains(shareformat::descriptorFileName));
}
