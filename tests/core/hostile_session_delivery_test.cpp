// Issue 13, attack 2: someone with write access takes a delegate's ballot names before the
// ballots exist, or the name of a ballot still waiting in the seat's Outbox, with junk, a
// named pipe, a huge file or a link to /dev/zero. Names now carry a tag from the ballot's own
// signature (nobody can know them in advance), a taken name is never read beyond its size and
// the record goes under a new name; until it is on the share, the seat says "not delivered yet"
// (`session status --json`: `undelivered`) and `session verify` reports it.
#include "hostile_session_fixture.h"

#include "meeting_core/trust/signedrecord.h"

#include <QElapsedTimer>
#include <sys/stat.h>
#include <unistd.h>

using namespace phonghop;
using namespace phonghop::test;

namespace {
const QString title = QStringLiteral("Thông qua Tờ trình số 12/TTr-UBND");

struct Room {
    SessionShare share { 3 };
    HostileSeat chair { share, share.m.chairKey };
    HostileSeat d1 { share, share.m.memberKeys[0] };

    Room()
    {
        chair.ok({ QStringLiteral("open-poll"), QStringLiteral("p1"), QStringLiteral("--title"),
            title });
    }
    QString openingHash() const
    {
        const QStringList opens = share.names(share.m.chairKey, QStringLiteral("poll-open-"));
        REQUIRE(opens.size() == 1);
        const Result<SignedRecord> open
            = SignedRecord::fromBytes(share.get(share.m.chairKey, opens.first()));
        REQUIRE(open.ok());
        return open->hash();
    }
    QString d1Folder() const { return share.folder(share.m.memberKeys[0]); }
};
} // namespace

TEST_CASE("Ballot names taken in advance under the names the share format 1.0 made predictable "
          "block nothing",
    "[hostile][session]")
{
    Room room;
    const QString open8 = room.openingHash().left(8);
    for (int sequence = 1; sequence <= 3; ++sequence)
        room.share.put(room.share.m.memberKeys[0],
            QStringLiteral("ballot-p1-%1-%2.json")
                .arg(open8)
                .arg(sequence, 6, 10, QLatin1Char('0')),
            QByteArrayLiteral("taken first"));

    room.d1.ok({ QStringLiteral("vote"), QStringLiteral("p1"), QStringLiteral("Tán thành") });
    const CliRun changed = room.d1.ok(
        { QStringLiteral("vote"), QStringLiteral("p1"), QStringLiteral("Không tán thành") });
    CHECK_FALSE(changed.err.contains(QStringLiteral("Not delivered")));
    const QJsonObject status = room.d1.status();
    CHECK(status.value(u"undelivered").toInt(-1) == 0);
    CHECK(status.value(u"undeliveredRecords").toArray().isEmpty());
    CHECK(pollIn(status, QStringLiteral("p1")).value(u"ownBallotStatus").toString() == u"accepted");
    // The squatted files are left as they were, and reported for what they are.
    CHECK(room.share.get(
              room.share.m.memberKeys[0], QStringLiteral("ballot-p1-%1-000001.json").arg(open8))
        == "taken first");
    const auto [code, report] = room.d1.verify();
    CHECK(code == 1);
    CHECK(problemsContaining(report, QStringLiteral("refused")).size() == 3);

    room.chair.ok({ QStringLiteral("close-poll"), QStringLiteral("p1") });
    const QJsonObject closed = pollIn(room.d1.status(), QStringLiteral("p1"));
    CHECK(closed.value(u"ownBallotStatus").toString() == u"counted");
    CHECK(votesOf(closed) == QList<int> { 0, 1, 0 });
}

TEST_CASE("A ballot waiting in the Outbox whose name is taken meanwhile goes under a new name, and "
          "until then the seat says it is not delivered",
    "[hostile][session]")
{
    Room room;
    // The delegate's folder is taken away: nothing can be delivered into it.
    writeText(room.d1Folder(), "not a folder");
    const CliRun vote
        = room.d1.ok({ QStringLiteral("vote"), QStringLiteral("p1"), QStringLiteral("Tán thành") });
    CHECK(vote.err.contains(QStringLiteral("Not delivered to the shared folder yet")));

    const QJsonObject waiting = room.d1.status();
    REQUIRE(waiting.value(u"undelivered").toInt() == 1);
    const QJsonObject record = waiting.value(u"undeliveredRecords").toArray().at(0).toObject();
    const QString name = record.value(u"file").toString();
    CHECK(name.startsWith(QStringLiteral("ballot-p1-")));
    CHECK(record.value(u"kind").toString() == u"ballot");
    CHECK_FALSE(record.value(u"error").toString().isEmpty());
    CHECK(pollIn(waiting, QStringLiteral("p1")).value(u"ownBallotStatus").toString()
        == u"not-delivered");
    {
        const auto [code, report] = room.d1.verify();
        INFO(allMessages(report).toStdString());
        CHECK(code == 1);
        CHECK_FALSE(
            problemsContaining(report, QStringLiteral("not on the shared folder yet")).isEmpty());
        CHECK_FALSE(
            problemsContaining(report, QStringLiteral("has not reached the shared folder yet"))
                .isEmpty());
    }

    // The folder comes back, but its name is already taken by the attacker.
    REQUIRE(QFile::remove(room.d1Folder()));
    REQUIRE(QDir().mkpath(room.d1Folder()));
    const QString taken = room.d1Folder() + u'/' + name;
    SECTION("by junk")
    {
        writeText(taken, "taken first");
    }
    SECTION("by a named pipe, which would hang a reader")
    {
        REQUIRE(::mkfifo(QFile::encodeName(taken).constData(), 0666) == 0);
    }
    SECTION("by a huge file")
    {
        QFile huge(taken);
        REQUIRE(huge.open(QIODevice::WriteOnly));
        REQUIRE(huge.resize(qint64(4) << 30)); // sparse: 4 GiB that cost nothing to make
    }
    SECTION("by a link to /dev/zero")
    {
        REQUIRE(QFile::link(QStringLiteral("/dev/zero"), taken));
    }
    QElapsedTimer timer;
    timer.start();
    const QJsonObject delivered = room.d1.status();
    CHECK(timer.elapsed() < 60000); // never hangs, never reads gigabytes
    CHECK(delivered.value(u"undelivered").toInt(-1) == 0);
    const QJsonObject poll = pollIn(delivered, QStringLiteral("p1"));
    CHECK(poll.value(u"ownBallotStatus").toString() == u"accepted");
    CHECK(poll.value(u"ballots").toInt() == 1);
    // The squatter's file is untouched; the ballot is beside it under a new name.
    const QFileInfo squatted(taken);
    CHECK((squatted.exists() || squatted.isSymLink()));
    QString base = name;
    base.chop(5); // ".json"
    const QStringList ballots = room.share.names(room.share.m.memberKeys[0], base + u'-');
    CHECK(ballots.size() == 1);
    room.chair.ok({ QStringLiteral("close-poll"), QStringLiteral("p1") });
    CHECK(pollIn(room.d1.status(), QStringLiteral("p1")).value(u"ownBallotStatus").toString()
        == u"counted");
}

TEST_CASE(
    "A ballot's name comes from its own signature: nobody can know it before the ballot exists",
    "[hostile][session]")
{
    MeetingFixture m;
    const PollOpen open = m.open(MeetingFixture::approvalPoll(QStringLiteral("p1")));
    const Result<SignedRecord> a
        = makeBallot(open, m.roster, MeetingFixture::memberId(0), m.memberKeys[0], 1, { 0 }, m.t0);
    const Result<SignedRecord> b
        = makeBallot(open, m.roster, MeetingFixture::memberId(0), m.memberKeys[0], 1, { 1 }, m.t0);
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    const QString name = ballotFileName(open, a.value());
    CHECK(name.startsWith(
        QStringLiteral("ballot-p1-") + open.recordHash.left(8) + QStringLiteral("-000001-")));
    CHECK(name.size() == ballotFileName(open, 1).size() + 17);
    CHECK(
        name != ballotFileName(open, b.value())); // the same poll, sequence and time, other choices
    CHECK(name.contains(recordFileTag(a.value())));
    CHECK_FALSE(name.contains(a->hash().left(8))); // not from the hash, which others can compute
}
