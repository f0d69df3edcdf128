// Issue 13, attack 3: secret polls. A chair's machine that signs a close with entry weights
// other than the roster's, or with two ballots of one voter, is caught by every delegate's
// check; a ballot's length no longer tells how many options it chose; and a chair closing from
// another of its devices (which cannot open the sealed ballots) is refused instead of signing a
// close with no ballot at all.
#include "hostile_session_fixture.h"

#include "meeting_core/trust/signedrecord.h"

using namespace phonghop;
using namespace phonghop::test;

namespace {
const QString title = QStringLiteral("Bầu Trưởng ban (bỏ phiếu kín)");

constexpr int memberIndex(int i)
{
    return 3 + i; // chair, secretary and guest come first in the fixture's roster
}

struct SecretRoom {
    SessionShare share { 3 };
    SigningKey tablet = SigningKey::fromSeed(seedOf(60)); // the chair's second device

    // Revision 2: the chair has a tablet too, and uy-vien-3 votes with weight 2.
    SecretRoom()
    {
        share.m.roster.revision = 2;
        share.m.roster.participants[0].devices << RosterDevice { deviceIdOf(tablet.publicKey()),
            tablet.publicKey(), QStringLiteral("Máy tính bảng của Chủ tịch") };
        share.m.roster.participants[memberIndex(2)].weight = 2;
        share.m.resign();
        REQUIRE(writeRosterToShare(share.root(), share.m.roster, share.m.organisation).ok());
    }
    HostileSeat chair { share, share.m.chairKey };
    HostileSeat chairTablet { share, tablet };
    HostileSeat d1 { share, share.m.memberKeys[0] };
    HostileSeat d2 { share, share.m.memberKeys[1] };
    HostileSeat d3 { share, share.m.memberKeys[2] };

    void open(const QStringList &extra = {}) const
    {
        chair.ok(QStringList { QStringLiteral("open-poll"), QStringLiteral("p1"),
                     QStringLiteral("--title"), title, QStringLiteral("--secret") }
            + extra);
    }
    PollOpen opening() const
    {
        const QStringList opens = share.names(share.m.chairKey, QStringLiteral("poll-open-"));
        REQUIRE(opens.size() == 1);
        const Result<PollOpen> open
            = parsePollOpen(share.get(share.m.chairKey, opens.first()), share.m.verified);
        REQUIRE(open.ok());
        return open.value();
    }
    QList<BallotFile> ballots() const
    {
        QList<BallotFile> files;
        for (const SigningKey &key : share.m.memberKeys)
            for (const QString &name : share.names(key, QStringLiteral("ballot-p1-")))
                files << BallotFile { deviceIdOf(key.publicKey()), name, share.get(key, name) };
        return files;
    }
    // What a modified build on the chair's laptop could sign: the honest close, then changed.
    void signClose(const PollOpen &open, const BallotCollection &counted) const
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const Result<ClosedPoll> closed
            = closePoll(open, share.m.roster, {}, counted, now, share.m.chairKey);
        REQUIRE(closed.ok());
        share.put(
            share.m.chairKey, sessionRecordFileName(closed->record, now), closed->record.toBytes());
    }
    BallotCollection honest(const PollOpen &open) const
    {
        return collectBallots(
            open, share.m.roster, ballots(), QDateTime::currentDateTimeUtc(), &share.m.chairKey);
    }
};

AcceptedBallot &ballotOf(BallotCollection &c, const QString &voter)
{
    for (AcceptedBallot &b : c.accepted)
        if (b.voter == voter)
            return b;
    FAIL("no ballot of " << voter.toStdString());
    return c.accepted.first();
}
} // namespace

TEST_CASE("A secret poll closed from the chair's other device is refused, not signed with no "
          "ballot, and the device that opened it counts every ballot",
    "[hostile][session][secret]")
{
    SecretRoom room;
    room.open();
    room.d1.ok({ QStringLiteral("vote"), QStringLiteral("p1"), QStringLiteral("Tán thành") });
    room.d2.ok({ QStringLiteral("vote"), QStringLiteral("p1"), QStringLiteral("Tán thành") });

    const CliRun refused
        = room.chairTablet.run({ QStringLiteral("close-poll"), QStringLiteral("p1") });
    INFO(refused.err.toStdString());
    CHECK(refused.exitCode == 4);
    CHECK(refused.err.contains(QStringLiteral("Close it from that device")));
    CHECK(refused.err.contains(QStringLiteral("Máy tính")));
    CHECK(room.share.names(room.tablet, QStringLiteral("poll-close-")).isEmpty());
    CHECK(room.share.names(room.share.m.chairKey, QStringLiteral("poll-close-")).isEmpty());
    CHECK(pollIn(room.d1.status(), QStringLiteral("p1")).value(u"status").toString() == u"open");

    room.chair.ok({ QStringLiteral("close-poll"), QStringLiteral("p1") });
    const QJsonObject poll = pollIn(room.d1.status(), QStringLiteral("p1"));
    CHECK(votesOf(poll) == QList<int> { 2, 0, 0 });
    CHECK(poll.value(u"ownBallotStatus").toString() == u"counted");
    CHECK(room.d1.verify().first == 0);
}

TEST_CASE("A secret close signed by the chair's other device anyway is reported by every delegate",
    "[hostile][session][secret]")
{
    SecretRoom room;
    room.open();
    room.d1.ok({ QStringLiteral("vote"), QStringLiteral("p1"), QStringLiteral("Tán thành") });
    const PollOpen open = room.opening();
    // A modified build on the tablet signs the close the laptop would have made.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Result<ClosedPoll> honest
        = closePoll(open, room.share.m.roster, {}, room.honest(open), now, room.share.m.chairKey);
    REQUIRE(honest.ok());
    const SignedRecord forged = SignedRecord::create(
        QString::fromLatin1(PollClose::recordKind), honest->record.payload(), room.tablet);
    room.share.put(room.tablet, sessionRecordFileName(forged, now), forged.toBytes());

    const auto [code, report] = room.d2.verify();
    INFO(allMessages(report).toStdString());
    CHECK(code == 1);
    CHECK_FALSE(
        problemsContaining(report, QStringLiteral("cannot open its sealed ballots")).isEmpty());
}

TEST_CASE("A secret close whose entries carry other weights than the roster's is caught: by every "
          "seat when the weights do not add up, by the voter when two are swapped",
    "[hostile][session][secret]")
{
    SecretRoom room;
    room.open();
    room.d1.ok(
        { QStringLiteral("vote"), QStringLiteral("p1"), QStringLiteral("Tán thành") }); // weight 1
    room.d3.ok({ QStringLiteral("vote"), QStringLiteral("p1"), QStringLiteral("no") }); // weight 2
    const PollOpen open = room.opening();
    BallotCollection counted = room.honest(open);
    REQUIRE(counted.accepted.size() == 2);

    SECTION("d1's entry weighs 2: every seat sees the weights do not match the voters")
    {
        ballotOf(counted, MeetingFixture::memberId(0)).weight = 2;
        room.signClose(open, counted);
        for (const HostileSeat *seat : { &room.d2, &room.chairTablet }) {
            const auto [code, report] = seat->verify();
            INFO(allMessages(report).toStdString());
            CHECK(code == 1);
            CHECK_FALSE(problemsContaining(
                report, QStringLiteral("other vote weights than the roster gives"))
                            .isEmpty());
        }
    }
    SECTION("d1's and d3's weights swapped, so Tán thành wins: each of them sees it")
    {
        ballotOf(counted, MeetingFixture::memberId(0)).weight = 2;
        ballotOf(counted, MeetingFixture::memberId(2)).weight = 1;
        room.signClose(open, counted);
        CHECK(votesOf(pollIn(room.d2.status(), QStringLiteral("p1"))) == QList<int> { 2, 1, 0 });
        for (const HostileSeat *voter : { &room.d1, &room.d3 }) {
            const auto [code, report] = voter->verify();
            INFO(allMessages(report).toStdString());
            CHECK(code == 1);
            CHECK_FALSE(
                problemsContaining(report, QStringLiteral("with a vote weight of")).isEmpty());
            const QJsonObject poll = pollIn(voter->status(), QStringLiteral("p1"));
            CHECK_FALSE(
                poll.value(u"verification").toObject().value(u"ownBallotCounted").toBool(true));
        }
    }
}

TEST_CASE("A secret close that counts two ballots of one voter is caught by every seat",
    "[hostile][session][secret]")
{
    SecretRoom room;
    room.open();
    room.d1.ok({ QStringLiteral("vote"), QStringLiteral("p1"), QStringLiteral("Tán thành") });
    room.d1.ok(
        { QStringLiteral("vote"), QStringLiteral("p1"), QStringLiteral("Tán thành") }); // again
    room.d2.ok({ QStringLiteral("vote"), QStringLiteral("p1"), QStringLiteral("no") });
    const PollOpen open = room.opening();
    BallotCollection counted = room.honest(open);
    REQUIRE(counted.count(BallotProblem::Superseded) == 1);
    // The superseded ballot counted as well, under a pseudonym made up for it.
    const BallotReport superseded = *std::find_if(counted.reports.cbegin(), counted.reports.cend(),
        [](const BallotReport &r) { return r.problem == BallotProblem::Superseded; });
    AcceptedBallot twice = ballotOf(counted, MeetingFixture::memberId(0));
    twice.hash = superseded.ballotHash;
    twice.pseudonym = QString(32, u'f');
    counted.accepted << twice;
    room.signClose(open, counted);
    CHECK(votesOf(pollIn(room.d3.status(), QStringLiteral("p1"))) == QList<int> { 2, 1, 0 });

    for (const HostileSeat *seat : { &room.d2, &room.d3 }) {
        const auto [code, report] = seat->verify();
        INFO(allMessages(report).toStdString());
        CHECK(code == 1);
        CHECK_FALSE(problemsContaining(report, QStringLiteral("more than one ballot of uy-vien-1"))
                        .isEmpty());
    }
}

TEST_CASE("Secret ballots are all the same size, whatever they choose, and still count",
    "[hostile][session][secret]")
{
    SecretRoom room;
    room.open({ QStringLiteral("--kind"), QStringLiteral("choice"), QStringLiteral("--options"),
        QStringLiteral("Nguyễn Văn A,Trần Thị B,Lê Văn C,Phạm Thị D"), QStringLiteral("--max"),
        QStringLiteral("3") });
    room.d1.ok({ QStringLiteral("vote"), QStringLiteral("p1"), QStringLiteral("0") });
    room.d2.ok({ QStringLiteral("vote"), QStringLiteral("p1"), QStringLiteral("0,1,3") });
    const QList<BallotFile> files = room.ballots();
    REQUIRE(files.size() == 2);
    QList<qsizetype> sealed;
    for (const BallotFile &f : files) {
        const Result<SignedRecord> r = SignedRecord::fromBytes(f.bytes);
        REQUIRE(r.ok());
        sealed << r->payload().value(u"sealed").toString().size();
    }
    CHECK(sealed.at(0) == sealed.at(1));
    CHECK(files.at(0).bytes.size() == files.at(1).bytes.size());

    room.chair.ok({ QStringLiteral("close-poll"), QStringLiteral("p1") });
    const QJsonObject poll = pollIn(room.d2.status(), QStringLiteral("p1"));
    CHECK(votesOf(poll) == QList<int> { 2, 1, 0, 1 });
    CHECK(poll.value(u"ownBallotStatus").toString() == u"counted");
}
