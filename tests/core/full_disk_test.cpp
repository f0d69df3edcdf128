// A full disk, for real: the cases tagged [full-disk-child] run in a child process inside a
// private mount namespace (unshare) where PHONGHOP_TINY_DISK is a small tmpfs that the test
// fills up. Each operation must say that the disk is full, keep the last good state, lose
// nothing and not crash; once space is freed it must work again.
#include "pdf_fixtures.h"
#include "session_fixture.h"

#include "meeting_core/pdf/annotationexport.h"
#include "meeting_core/store/auditlog.h"
#include "meeting_core/sync/syncengine.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace phonghop;
using namespace phonghop::test;
namespace fx = phonghop::test::pdf;

namespace {
QString tinyDisk()
{
    const QString path = qEnvironmentVariable("PHONGHOP_TINY_DISK");
    REQUIRE_FALSE(path.isEmpty());
    return path;
}

// Fills the tiny disk with one file until a write fails, then frees `leave` bytes of it.
class Filler {
public:
    explicit Filler(qint64 leave = 0)
        : m_file(tinyDisk() + QStringLiteral("/filler"))
    {
        REQUIRE(m_file.open(QIODevice::WriteOnly));
        const QByteArray block(64 * 1024, 'x');
        while (m_file.write(block) == block.size() && m_file.flush()) { }
        m_file.close();
        if (leave > 0)
            REQUIRE(m_file.resize(std::max<qint64>(0, m_file.size() - leave)));
    }
    ~Filler() { m_file.remove(); }
    void release() { m_file.remove(); }

private:
    QFile m_file;
};

bool mentionsFullDisk(const QString &message)
{
    return message.contains(QStringLiteral("disk is full"), Qt::CaseInsensitive);
}
} // namespace

TEST_CASE("On a full disk sync, the annotated copy and a session action say so, keep the last good "
          "state and work again once space is freed",
    "[full-disk]")
{
    QTemporaryDir mountPoint;
    REQUIRE(mountPoint.isValid());
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PHONGHOP_TINY_DISK"), mountPoint.path());
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QStringLiteral("unshare"),
        { QStringLiteral("--user"), QStringLiteral("--map-root-user"), QStringLiteral("--mount"),
            QStringLiteral("sh"), QStringLiteral("-c"),
            QStringLiteral("mount -t tmpfs -o size=8m tmpfs \"$0\" && exec \"$@\""),
            mountPoint.path(), QCoreApplication::applicationFilePath(),
            QStringLiteral("[full-disk-child]") });
    REQUIRE(child.waitForFinished(300000));
    const QString output = QString::fromLocal8Bit(child.readAll());
    INFO(output.toStdString());
    CHECK(child.exitStatus() == QProcess::NormalExit);
    CHECK(child.exitCode() == 0);
    CHECK(output.contains(QStringLiteral("All tests passed")));
    CHECK(output.contains(QStringLiteral("in 3 test cases")));
}

TEST_CASE("full disk: a sync keeps the last good revision and completes once space is freed",
    "[.][full-disk-child]")
{
    TestShare share; // the share is elsewhere; the cache is on the tiny disk
    auto opened = MeetingCache::open(tinyDisk() + QStringLiteral("/cache"));
    REQUIRE(opened.ok());
    MeetingCache &cache = *opened.value();
    pinTestOrganisation(cache);
    share.publish(share.makeMeeting(QStringLiteral("m1"), 2, 20000));
    REQUIRE(SyncEngine(cache, share.root()).run({}, {}).complete());
    REQUIRE(cache.cachedRevisions().value(QStringLiteral("m1")) == 1);

    Filler filler(64 * 1024);
    share.publish(share.makeMeeting(QStringLiteral("m1"), 3, 900000, 2));
    const SyncReport full = SyncEngine(cache, share.root()).run({}, {});
    CHECK_FALSE(full.complete());
    QStringList messages { full.message };
    for (const SyncProblem &p : full.problems)
        messages << p.message;
    INFO(messages.join(u'\n').toStdString());
    CHECK(mentionsFullDisk(messages.join(u'\n')));
    CHECK(cache.cachedRevisions().value(QStringLiteral("m1")) == 1); // the last good state
    REQUIRE(cache.meeting(QStringLiteral("m1")).has_value());

    filler.release();
    REQUIRE(SyncEngine(cache, share.root()).run({}, {}).complete());
    CHECK(cache.cachedRevisions().value(QStringLiteral("m1")) == 2);
}

TEST_CASE("full disk: the annotated copy is refused whole and the earlier copy stays",
    "[.][full-disk-child]")
{
    QTemporaryDir sourceDir;
    const QString source = sourceDir.filePath(QStringLiteral("to-trinh.pdf"));
    fx::writeTextPdf(source, 6);
    const QString folder = tinyDisk() + QStringLiteral("/ban-sao");
    REQUIRE(QDir().mkpath(folder));
    const QString target = folder + QStringLiteral("/ban-cua-toi.pdf");
    {
        QFile earlier(target);
        REQUIRE(earlier.open(QIODevice::WriteOnly));
        earlier.write("ban truoc");
    }
    Annotation note;
    note.id = QStringLiteral("ghi-chu-1");
    note.type = AnnotationType::Note;
    note.page = 1;
    note.rect = QRectF(0.2, 0.2, 0.05, 0.05);
    note.contents = QStringLiteral("Đề nghị làm rõ nguồn vốn");

    Filler filler(4 * 1024);
    const Status status = exportAnnotatedCopy(source, { note }, target, QStringLiteral("Lan"));
    REQUIRE_FALSE(status.ok());
    INFO(status.error().toStdString());
    CHECK(mentionsFullDisk(status.error()));
    QFile kept(target);
    REQUIRE(kept.open(QIODevice::ReadOnly));
    CHECK(kept.readAll() == "ban truoc");
    CHECK(QDir(folder).entryList(QDir::Files | QDir::Hidden)
        == QStringList { QStringLiteral("ban-cua-toi.pdf") });

    filler.release();
    REQUIRE(exportAnnotatedCopy(source, { note }, target, QStringLiteral("Lan")).ok());
    const auto read = readPdfAnnotations(target);
    REQUIRE(read.ok());
    CHECK(read.value().size() == 1);
}

TEST_CASE("full disk: a check-in is refused with the reason, nothing half recorded, and works once "
          "space is freed",
    "[.][full-disk-child]")
{
    SessionShare share; // the share is elsewhere; the seat's cache is on the tiny disk
    const QString seatDir = tinyDisk() + QStringLiteral("/seat");
    REQUIRE(QDir().mkpath(seatDir));
    REQUIRE(share.m.memberKeys[0].save(seatDir + QStringLiteral("/device.key")).ok());
    auto opened = MeetingCache::open(seatDir);
    REQUIRE(opened.ok());
    pinTestOrganisation(*opened.value(), share.m.organisation);
    SessionService seat(*opened.value(), share.root(), share.meetingId());
    REQUIRE(seat.refresh().ok());
    const auto auditEntries = seat.auditLog().entries().size();

    Filler filler;
    const Status refused = seat.checkIn();
    REQUIRE_FALSE(refused.ok());
    INFO(refused.error().toStdString());
    CHECK(mentionsFullDisk(refused.error()));
    CHECK(seat.pendingDeliveries() == 0);
    CHECK(seat.auditLog().entries().size() == auditEntries);
    CHECK(share.names(share.m.memberKeys[0], QStringLiteral("check-in")).isEmpty());
    CHECK(seat.state().summary.present == 0);

    filler.release();
    REQUIRE(seat.checkIn().ok());
    CHECK(seat.state().summary.present == 1);
    CHECK(seat.auditLog().entries().size() == auditEntries + 1);
}
