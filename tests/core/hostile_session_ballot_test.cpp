// Issue 13, attack 1: someone with write access deletes or replaces a delegate's ballot. The
// delegate's seat checks against what it cast (its Outbox), not against what the share shows
// now: it says so loudly, `session verify` on it exits 1, and the ballot is delivered again.
#include "hostile_session_fixture.h"

using namespace phonghop;
using namespace phonghop::test;

namespace {
const QString title = QStringLiteral("Thông qua Tờ trình số 12/TTr-UBND");

struct Room {
    SessionShare share { 3 };
    HostileSeat chair { share, share.m.chairKey };
    HostileSeat d1 { share, share.m.memberKeys[0] };
    HostileSeat d2 { share, share.m.memberKeys[1] };
    HostileSeat outsider { share, SigningKey::fromSeed(seedOf(90)) }; // any seat may check

    Room()
    {
        chair.ok({ QStringLiteral("open-poll"), QStringLiteral("p1"), QStringLiteral("--title"),
            title });
    }
    QString ballotOf(const SigningKey &key, int sequence) const
    {
        const QString mark = QStringLiteral("-%1-").arg(sequence, 6, 10, QLatin1Char('0'));
        for (const QString &name : share.names(key, QStringLiteral("ballot-p1-")))
            if (name.contains(mark))
                return name;
        return {};
    }
    void remove(const SigningKey &key, const QString &name) const
    {
        REQUIRE(QFile::remove(share.folder(key) + u'/' + name));
    }
};
} // namespace

TEST_CASE("Deleting a delegate's newest ballot: the older one the chair counts is reported on the "
          "delegate's seat, verify exits 1, and the ballot comes back",
    "[hostile][session]")
{
    Room room;
    room.d1.ok({ QStringLiteral("vote"), QStringLiteral("p1"), QStringLiteral("Tán thành") });
    room.d1.ok(
        { QStringLiteral("vote"), QStringLiteral("p1"), QStringLiteral("no") }); // changes the vote
    room.d2.ok({ QStringLiteral("vote"), QStringLiteral("p1"), QStringLiteral("Tán thành") });
    const QString newest = room.ballotOf(room.share.m.memberKeys[0], 2);
    REQUIRE_FALSE(newest.isEmpty());

    // The attack: d1's changed vote deleted; the chair closes before d1's seat looks again.
    room.remove(room.share.m.memberKeys[0], newest);
    room.chair.ok({ QStringLiteral("close-poll"), QStringLiteral("p1") });
    CHECK(votesOf(pollIn(room.chair.status(), QStringLiteral("p1"))) == QList<int> { 2, 0, 0 });

    // d1's seat compares with what it cast: its last ballot ("no") is not what the close counts.
    const auto [code, report] = room.d1.verify();
    INFO(allMessages(report).toStdString());
    CHECK(code == 1);
    CHECK_FALSE(
        problemsContaining(report, QStringLiteral("does not count your last ballot")).isEmpty());
    CHECK_FALSE(problemsContaining(report, QStringLiteral("had disappeared from the shared folder"))
                    .isEmpty());
    const QJsonObject poll = pollIn(room.d1.status(), QStringLiteral("p1"));
    CHECK(poll.value(u"ownBallotStatus").toString() == u"not-counted");
    CHECK_FALSE(poll.value(u"verification").toObject().value(u"ownBallotCounted").toBool(true));
    CHECK_FALSE(poll.value(u"verification").toObject().value(u"ok").toBool(true));

    // Nothing valid lost: the ballot is back on the share, and every seat now sees a valid
    // ballot cast before the close that the close does not count.
    CHECK(room.ballotOf(room.share.m.memberKeys[0], 2) == newest);
    const auto [outsiderCode, outsiderReport] = room.outsider.verify();
    INFO(allMessages(outsiderReport).toStdString());
    CHECK(outsiderCode == 1);
    CHECK_FALSE(problemsContaining(outsiderReport, QStringLiteral("uy-vien-1's ballot")).isEmpty());
    // d2, whose ballot was left alone, is counted as cast.
    const QJsonObject d2Poll = pollIn(room.d2.status(), QStringLiteral("p1"));
    CHECK(d2Poll.value(u"ownBallotStatus").toString() == u"counted");
}

TEST_CASE("Deleting a delegate's only ballot while the poll is open: its seat says so and delivers "
          "it again before the close",
    "[hostile][session]")
{
    Room room;
    room.d2.ok({ QStringLiteral("vote"), QStringLiteral("p1"), QStringLiteral("Tán thành") });
    const QString only = room.ballotOf(room.share.m.memberKeys[1], 1);
    REQUIRE_FALSE(only.isEmpty());
    room.remove(room.share.m.memberKeys[1], only);
    // Before: the share shows no ballot of d2 at all; the warning used to vanish with it.
    CHECK(pollIn(room.outsider.status(), QStringLiteral("p1")).value(u"ballots").toInt() == 0);

    const auto [code, report] = room.d2.verify();
    INFO(allMessages(report).toStdString());
    CHECK(code == 1);
    CHECK_FALSE(problemsContaining(report, QStringLiteral("had disappeared from the shared folder"))
                    .isEmpty());
    // Delivered again: the chair now counts it, and d2's seat is clean again.
    CHECK(room.ballotOf(room.share.m.memberKeys[1], 1) == only);
    room.chair.ok({ QStringLiteral("close-poll"), QStringLiteral("p1") });
    const QJsonObject poll = pollIn(room.d2.status(), QStringLiteral("p1"));
    CHECK(poll.value(u"ownBallotStatus").toString() == u"counted");
    CHECK(votesOf(poll) == QList<int> { 1, 0, 0 });
    // What was done to it stays said on d2's seat; nothing else is wrong.
    const auto [after, afterReport] = room.d2.verify();
    INFO(allMessages(afterReport).toStdString());
    CHECK(after == 1);
    CHECK(afterReport.value(u"problems").toArray().size() == 1);
    CHECK(problemsContaining(afterReport, QStringLiteral("was delivered again at")).size() == 1);
    CHECK(room.outsider.verify().first == 0); // the record itself is whole again
}

TEST_CASE("Replacing a delegate's newest ballot with its older one under the same name is seen, "
          "and the newest goes again under a new name",
    "[hostile][session]")
{
    Room room;
    room.d1.ok({ QStringLiteral("vote"), QStringLiteral("p1"), QStringLiteral("Tán thành") });
    room.d1.ok({ QStringLiteral("vote"), QStringLiteral("p1"), QStringLiteral("Không tán thành") });
    const QString older = room.ballotOf(room.share.m.memberKeys[0], 1);
    const QString newest = room.ballotOf(room.share.m.memberKeys[0], 2);
    const QByteArray olderBytes = room.share.get(room.share.m.memberKeys[0], older);
    room.remove(room.share.m.memberKeys[0], newest);
    room.share.put(room.share.m.memberKeys[0], newest, olderBytes);

    const auto [code, report] = room.d1.verify();
    INFO(allMessages(report).toStdString());
    CHECK(code == 1);
    CHECK_FALSE(problemsContaining(report, QStringLiteral("replaced by another file")).isEmpty());
    CHECK(room.share.get(room.share.m.memberKeys[0], newest) == olderBytes); // nothing replaced
    CHECK(room.share.names(room.share.m.memberKeys[0], QStringLiteral("ballot-p1-")).size() == 3);
    room.chair.ok({ QStringLiteral("close-poll"), QStringLiteral("p1") });
    const QJsonObject poll = pollIn(room.d1.status(), QStringLiteral("p1"));
    CHECK(poll.value(u"ownBallotStatus").toString() == u"counted");
    CHECK(votesOf(poll) == QList<int> { 0, 1, 0 }); // the changed vote, as cast
}

TEST_CASE("A delegate's folder taken away: its missing ballot is reported until the folder can "
          "take it again",
    "[hostile][session]")
{
    Room room;
    room.d1.ok({ QStringLiteral("vote"), QStringLiteral("p1"), QStringLiteral("Tán thành") });
    const QString folder = room.share.folder(room.share.m.memberKeys[0]);
    REQUIRE(QDir(folder).removeRecursively());
    writeText(folder, "not a folder"); // nothing can be delivered into it now

    const auto [code, report] = room.d1.verify();
    INFO(allMessages(report).toStdString());
    CHECK(code == 1);
    CHECK_FALSE(
        problemsContaining(report, QStringLiteral("could not be delivered again")).isEmpty());
    CHECK_FALSE(problemsContaining(report, QStringLiteral("no ballot of yours counts")).isEmpty());
    CHECK(pollIn(room.d1.status(), QStringLiteral("p1")).value(u"ownBallotStatus").toString()
        == u"missing");

    REQUIRE(QFile::remove(folder)); // someone cleans up
    const auto [again, againReport] = room.d1.verify(); // delivered again, and said
    CHECK(again == 1);
    CHECK(problemsContaining(againReport, QStringLiteral("it was delivered again")).size() == 1);
    CHECK(pollIn(room.d1.status(), QStringLiteral("p1")).value(u"ownBallotStatus").toString()
        == u"accepted");
    CHECK(pollIn(room.outsider.status(), QStringLiteral("p1")).value(u"ballots").toInt() == 1);
    CHECK(room.outsider.verify().first == 0);
}

TEST_CASE("The fold checks the seat's last ballot as cast: missing, superseded by an older one, "
          "not delivered",
    "[hostile][session]")
{
    MeetingFixture m;
    const PollOpen open = m.open(MeetingFixture::approvalPoll(QStringLiteral("p1")));
    const Result<SignedRecord> openRecord = SignedRecord::fromBytes(
        makePollOpen(m.roster.meetingId, open.poll, m.verified.recordHash, m.t0, m.chairKey)
            .toBytes());
    REQUIRE(openRecord.ok());
    const SessionFile openFile { MeetingFixture::folderOf(m.chairKey),
        QStringLiteral("poll-open-x.json"), openRecord->toBytes() };
    const BallotFile first = m.memberBallot(open, 0, { 0 }, 1, 1);
    const BallotFile second = m.memberBallot(open, 0, { 1 }, 2, 2);
    SessionContext ctx;
    ctx.ownParticipantId = MeetingFixture::memberId(0);
    ctx.ownKey = &m.memberKeys[0];
    ctx.ownBallots = { first, second };
    const auto own = [&](const QList<SessionFile> &files) {
        const SessionState state = foldSession(m.verified, files, ctx);
        REQUIRE(state.polls.size() == 1);
        return state.polls.first();
    };
    CHECK(own({ openFile, first, second }).ownBallotStatus == OwnBallotStatus::Accepted);
    const PollState superseded = own({ openFile, first });
    CHECK(superseded.ownBallotStatus == OwnBallotStatus::Superseded);
    REQUIRE(superseded.ownBallot);
    CHECK(superseded.ownBallot->choices == QList<int> { 1 }); // what was cast last
    CHECK(superseded.ownBallotProblems.join(u' ').contains(
        QStringLiteral("an older ballot of yours (sequence 1)")));
    CHECK(own({ openFile }).ownBallotStatus == OwnBallotStatus::Missing);
    ctx.undeliveredBallots = { recordOf(second)->hash() };
    CHECK(own({ openFile, first }).ownBallotStatus == OwnBallotStatus::NotDelivered);
}
