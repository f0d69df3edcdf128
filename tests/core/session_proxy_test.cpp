// Proxy votes as a rule of the body through a real share: each seat reads the roster's
// proxyVoting and countProxiesForQuorum, the holder's seat casts (or is refused) the absent
// member's ballot, the chair's close counts it (or not), and the holder's own check follows.
#include "session_fixture.h"

#include "meeting_core/session/sessionstate.h"

using namespace phonghop;
using namespace phonghop::test;

namespace {
// A new roster revision with the body's proxy rules, before any seat opens.
void setRules(SessionShare &share, bool proxyVoting, bool countProxies)
{
    share.m.roster.proxyVoting = proxyVoting;
    share.m.roster.countProxiesForQuorum = countProxies;
    share.m.roster.revision += 1;
    share.m.resign();
    REQUIRE(writeRosterToShare(share.root(), share.m.roster, share.m.organisation).ok());
}

int reportsOf(const PollState &p, BallotProblem problem)
{
    int n = 0;
    for (const BallotReport &r : p.reports)
        n += r.problem == problem ? 1 : 0;
    return n;
}

// Writes a ballot by proxy straight into the holder's folder, as a client ignoring the rule.
void forgeProxyBallot(SessionShare &share, const PollOpen &open, int holder, int member)
{
    Roster allowing = share.m.roster;
    allowing.proxyVoting = true;
    const SigningKey &key = share.m.memberKeys[static_cast<size_t>(holder)];
    const Result<SignedRecord> ballot = makeBallot(open, allowing, MeetingFixture::memberId(member),
        key, 1, { 0 }, QDateTime::currentDateTimeUtc());
    REQUIRE(ballot.ok());
    share.put(key, ballotFileName(open, ballot.value()), ballot->toBytes());
}
} // namespace

TEST_CASE("Proxy voting on: the holder votes for the absent member, the chair counts it")
{
    SessionShare share;
    setRules(share, true, true);
    auto chair = share.seat(share.m.chairKey);
    auto d1 = share.seat(share.m.memberKeys[0]);
    auto d2 = share.seat(share.m.memberKeys[1]);
    auto d4 = share.seat(share.m.memberKeys[3]);
    REQUIRE((*chair)->checkIn().ok());
    REQUIRE((*d1)->checkIn().ok());
    REQUIRE((*d2)->checkIn().ok());
    REQUIRE((*d4)->giveProxy({}, MeetingFixture::memberId(0), QStringLiteral("Đi công tác")).ok());
    REQUIRE((*chair)->openPoll(MeetingFixture::approvalPoll(QStringLiteral("p1"))).ok());
    REQUIRE((*d1)->refresh().ok());
    REQUIRE((*d2)->refresh().ok());

    REQUIRE((*d1)->castVote(QStringLiteral("p1"), { 1 }).ok());
    REQUIRE((*d1)->castVote(QStringLiteral("p1"), { 0 }, {}, MeetingFixture::memberId(3)).ok());
    // A proxy someone else holds is not d2's to use.
    const Status notHers
        = (*d2)->castVote(QStringLiteral("p1"), { 0 }, {}, MeetingFixture::memberId(3));
    REQUIRE_FALSE(notHers.ok());
    CHECK(notHers.error().contains(u"has not given you their proxy"));
    REQUIRE((*d2)->castVote(QStringLiteral("p1"), { 1 }).ok());

    REQUIRE((*chair)->refresh().ok());
    REQUIRE((*chair)->closePoll(QStringLiteral("p1")).ok());
    for (Seat *s : { chair.get(), d1.get(), d2.get() }) {
        REQUIRE((*s)->refresh().ok());
        const PollState *p = (*s)->state().poll(QStringLiteral("p1"));
        REQUIRE(p);
        REQUIRE(p->closed);
        INFO(p->closeProblems.join(u'\n').toStdString());
        CHECK(p->closeProblems.isEmpty());
        CHECK(p->verification.recountMatches);
        CHECK(p->result.ballotsCounted == 3);
        CHECK(p->result.options.at(0).weight == 1); // uy-vien-4's, by proxy
        CHECK(p->result.options.at(1).weight == 2);
        CHECK(p->verification.close.proxies.value(MeetingFixture::memberId(3))
            == MeetingFixture::memberId(0));
        CHECK(p->ownBallotProblems.isEmpty());
    }
    CHECK((*d1)->state().poll(QStringLiteral("p1"))->ownBallotStatus == OwnBallotStatus::Counted);
    // Quorum in the attendance: 3 present + 1 by proxy of 5 entitled.
    CHECK((*chair)->state().summary.quorumMet);
}

TEST_CASE("Proxy voting off: the holder's seat refuses, a forged proxy ballot is refused")
{
    SessionShare share;
    setRules(share, false, false);
    auto chair = share.seat(share.m.chairKey);
    auto d1 = share.seat(share.m.memberKeys[0]);
    auto d2 = share.seat(share.m.memberKeys[1]);
    auto d4 = share.seat(share.m.memberKeys[3]);
    REQUIRE((*chair)->checkIn().ok());
    REQUIRE((*d1)->checkIn().ok());
    REQUIRE((*d2)->checkIn().ok());
    REQUIRE((*d4)->giveProxy({}, MeetingFixture::memberId(0), {}).ok());
    REQUIRE((*chair)->openPoll(MeetingFixture::approvalPoll(QStringLiteral("p1"))).ok());
    REQUIRE((*d1)->refresh().ok());

    const Status refused
        = (*d1)->castVote(QStringLiteral("p1"), { 0 }, {}, MeetingFixture::memberId(3));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(u"do not let a proxy holder vote"));
    REQUIRE((*d1)->castVote(QStringLiteral("p1"), { 0 }).ok());
    forgeProxyBallot(share, (*d1)->state().poll(QStringLiteral("p1"))->open, 0, 3);

    REQUIRE((*chair)->refresh().ok());
    const PollState *open = (*chair)->state().poll(QStringLiteral("p1"));
    CHECK(reportsOf(*open, BallotProblem::ProxyRefused) == 1);
    CHECK(open->ballots.accepted.size() == 1);
    // Quorum without proxies: 3 present of 5 entitled is short of two thirds.
    CHECK_FALSE((*chair)->state().summary.quorumMet);

    REQUIRE((*chair)->closePoll(QStringLiteral("p1")).ok());
    REQUIRE((*chair)->refresh().ok());
    const PollState *closed = (*chair)->state().poll(QStringLiteral("p1"));
    REQUIRE(closed->closed);
    CHECK(closed->result.ballotsCounted == 1);
    CHECK(closed->closeProblems.isEmpty());
}

TEST_CASE("A proxy ballot cast while the proxy stood is refused once the member takes it back")
{
    SessionShare share;
    setRules(share, true, true);
    auto chair = share.seat(share.m.chairKey);
    auto d1 = share.seat(share.m.memberKeys[0]);
    auto d4 = share.seat(share.m.memberKeys[3]);
    REQUIRE((*d4)->giveProxy({}, MeetingFixture::memberId(0), {}).ok());
    REQUIRE((*chair)->openPoll(MeetingFixture::approvalPoll(QStringLiteral("p1"))).ok());
    REQUIRE((*d1)->refresh().ok());
    REQUIRE((*d1)->castVote(QStringLiteral("p1"), { 0 }, {}, MeetingFixture::memberId(3)).ok());
    REQUIRE((*d4)->checkIn().ok()); // arrives after all

    REQUIRE((*d1)->refresh().ok());
    const PollState *p = (*d1)->state().poll(QStringLiteral("p1"));
    CHECK(reportsOf(*p, BallotProblem::ProxyRefused) == 1);
    REQUIRE(p->ownBallotProblems.size() == 1);
    CHECK(p->ownBallotProblems.first().contains(u"Ủy viên 4"));
    CHECK(p->ownBallotProblems.first().contains(u"does not hold"));
}
