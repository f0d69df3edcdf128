// Roster revisions on a real share: a poll stays bound to the revision it was opened under, a
// seat keeps every revision it has verified (a restart or a deleted file cannot take it back),
// and a device a later revision revoked is heard no more (docs/session.md, docs/trust.md).
#include "session_fixture.h"

#include "meeting_core/store/rosterarchive.h"

#include <QFile>

using namespace phonghop;
using namespace phonghop::test;

namespace {
// Index of member i in the fixture's roster (chair, secretary, guest come first).
constexpr int memberIndex(int i)
{
    return 3 + i;
}

int reportsOf(const PollState &poll, BallotProblem problem)
{
    return static_cast<int>(std::count_if(poll.reports.cbegin(), poll.reports.cend(),
        [problem](const BallotReport &r) { return r.problem == problem; }));
}

QStringList problemMessages(const SessionState &state)
{
    QStringList messages;
    for (const SessionProblem &p : state.problems)
        messages << p.message;
    return messages;
}

bool counted(const PollState &poll, const QString &voter)
{
    return std::any_of(poll.verification.close.entries.cbegin(),
        poll.verification.close.entries.cend(),
        [&voter](const CountedEntry &e) { return e.voter == voter; });
}

// The next revision of the fixture's roster, issued an hour after the first.
Roster nextRevision(const SessionShare &share, qint64 revision)
{
    Roster r = share.m.roster;
    r.revision = revision;
    r.issuedAt = QDateTime::currentDateTimeUtc();
    return r;
}

QString rosterPath(const SessionShare &share, const Roster &roster)
{
    return share.folder(share.m.organisation) + u'/' + rosterFileName(roster);
}

// A record signed by key and put straight into its folder, as a stolen tablet running any
// build could write it.
void writeSigned(const SessionShare &share, const SigningKey &key, const SignedRecord &record,
    const QString &name)
{
    share.put(key, name, record.toBytes());
}
} // namespace

TEST_CASE("A poll opened under roster revision 1 stays valid when revision 2 adds a device, and "
          "its ballots count",
    "[session][roster]")
{
    SessionShare share;
    auto chair = share.seat(share.m.chairKey);
    auto d1 = share.seat(share.m.memberKeys[0]);
    auto d2 = share.seat(share.m.memberKeys[1]);
    REQUIRE((*chair)->checkIn().ok());
    REQUIRE((*chair)->openPoll(MeetingFixture::approvalPoll(QStringLiteral("p1"))).ok());
    REQUIRE((*d1)->refresh().ok());
    REQUIRE((*d1)->castVote(QStringLiteral("p1"), { 0 }).ok());

    // Revision 2: uy-vien-2 enrols a tablet.
    const SigningKey tablet = SigningKey::fromSeed(QByteArray(32, 'T'));
    Roster r2 = nextRevision(share, 2);
    r2.participants[memberIndex(1)].devices << RosterDevice { deviceIdOf(tablet.publicKey()),
        tablet.publicKey(), QStringLiteral("Máy tính bảng") };
    REQUIRE(writeRosterToShare(share.root(), r2, share.m.organisation).ok());

    REQUIRE((*chair)->refresh().ok());
    CHECK((*chair)->state().roster.roster.revision == 2);
    const PollState *open = (*chair)->state().poll(QStringLiteral("p1"));
    REQUIRE(open); // not "refused": the opening cites revision 1, which the seat keeps
    CHECK_FALSE(open->closed);
    CHECK(open->roster.roster.revision == 1);
    CHECK(open->ballots.accepted.size() == 1);
    CHECK(problemMessages((*chair)->state()).isEmpty());

    // The poll is voted under its own roster: d2's laptop votes, its new tablet must wait.
    REQUIRE((*d2)->refresh().ok());
    REQUIRE((*d2)->castVote(QStringLiteral("p1"), { 1 }).ok());
    auto pad = share.seat(tablet);
    REQUIRE((*pad)->self());
    const Status early = (*pad)->castVote(QStringLiteral("p1"), { 0 });
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().contains(QStringLiteral("next poll")));

    REQUIRE((*chair)->closePoll(QStringLiteral("p1")).ok());
    REQUIRE((*d1)->refresh().ok());
    const PollState *closed = (*d1)->state().poll(QStringLiteral("p1"));
    REQUIRE(closed);
    REQUIRE(closed->closed);
    CHECK(closed->verification.ok());
    CHECK(closed->verification.ownBallotCounted);
    CHECK(closed->closeProblems.isEmpty());
    CHECK(closed->verification.close.acceptedBallotHashes.size() == 2);
    CHECK(closed->result.options.at(0).weight == 1);
    CHECK(closed->result.options.at(1).weight == 1);
    CHECK(problemMessages((*d1)->state()).isEmpty());

    // A poll opened under revision 2 takes the tablet's ballot.
    REQUIRE((*chair)->openPoll(MeetingFixture::approvalPoll(QStringLiteral("p2"))).ok());
    CHECK((*chair)->state().poll(QStringLiteral("p2"))->roster.roster.revision == 2);
    REQUIRE((*pad)->refresh().ok());
    REQUIRE((*pad)->castVote(QStringLiteral("p2"), { 0 }).ok());
    REQUIRE((*chair)->refresh().ok());
    CHECK((*chair)->state().poll(QStringLiteral("p2"))->ballots.accepted.size() == 1);
    // The first poll is still closed and verified on the chair's seat too.
    CHECK((*chair)->state().poll(QStringLiteral("p1"))->closed);
    CHECK((*chair)->state().poll(QStringLiteral("p1"))->verification.ok());
}

TEST_CASE("A restarted seat keeps the highest roster revision it verified, even after the file is "
          "deleted",
    "[session][roster]")
{
    SessionShare share;
    auto d1 = share.seat(share.m.memberKeys[0]);
    CHECK((*d1)->state().roster.roster.revision == 1);

    // Revision 2 drops uy-vien-4's device (a lost tablet).
    Roster r2 = nextRevision(share, 2);
    r2.participants[memberIndex(3)].devices.clear();
    REQUIRE(writeRosterToShare(share.root(), r2, share.m.organisation).ok());
    REQUIRE((*d1)->refresh().ok());
    REQUIRE((*d1)->state().roster.roster.revision == 2);
    CHECK(RosterArchive(d1->cache->database()).highestRevision(share.meetingId()) == 2);

    // Someone deletes revision 2 from the share; the seat restarts.
    REQUIRE(QFile::remove(rosterPath(share, r2)));
    d1->service.reset();
    d1->service = std::make_unique<SessionService>(*d1->cache, share.root(), share.meetingId());
    REQUIRE((*d1)->refresh().ok());
    CHECK((*d1)->state().roster.roster.revision == 2);
    CHECK((*d1)->state().roster.roster.participant(MeetingFixture::memberId(3))->devices.isEmpty());

    // The lost tablet's check-in does not come back with revision 1.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const SignedRecord checkIn = makeSessionRecord(sessionkinds::checkIn, share.meetingId(), now,
        { { QStringLiteral("participant"), MeetingFixture::memberId(3) } }, share.m.memberKeys[3]);
    writeSigned(share, share.m.memberKeys[3], checkIn, sessionRecordFileName(checkIn, now));
    REQUIRE((*d1)->refresh().ok());
    CHECK((*d1)->state().attendanceOf(MeetingFixture::memberId(3))->status
        == AttendanceStatus::NotCheckedIn);
    CHECK(problemMessages((*d1)->state())
              .join(u'\n')
              .contains(QStringLiteral("A revoked device wrote this check-in")));

    // A fresh seat on the same share sees revision 1 only (it never saw 2): the share itself
    // holds no more. The restarted one still says revision 2.
    auto fresh = share.seat(share.m.memberKeys[1]);
    CHECK((*fresh)->state().roster.roster.revision == 1);
}

TEST_CASE("A revoked device's check-in and ballot are rejected and reported, and what the chair "
          "closed before stays counted",
    "[session][roster]")
{
    SessionShare share;
    auto chair = share.seat(share.m.chairKey);
    auto d1 = share.seat(share.m.memberKeys[0]);
    auto d3 = share.seat(share.m.memberKeys[2]);
    REQUIRE((*chair)->checkIn().ok());
    REQUIRE((*d1)->checkIn().ok());

    // p0 is voted and closed while uy-vien-3's tablet is still enrolled.
    REQUIRE((*chair)->openPoll(MeetingFixture::approvalPoll(QStringLiteral("p0"))).ok());
    REQUIRE((*d3)->refresh().ok());
    REQUIRE((*d3)->castVote(QStringLiteral("p0"), { 0 }).ok());
    REQUIRE((*chair)->closePoll(QStringLiteral("p0")).ok());
    // p1 opens under revision 1 too; the tablet votes in it, then is reported lost.
    REQUIRE((*chair)->openPoll(MeetingFixture::approvalPoll(QStringLiteral("p1"))).ok());
    REQUIRE((*d1)->refresh().ok());
    REQUIRE((*d1)->castVote(QStringLiteral("p1"), { 0 }).ok());
    REQUIRE((*d3)->refresh().ok());
    REQUIRE((*d3)->castVote(QStringLiteral("p1"), { 1 }).ok());

    Roster r2 = nextRevision(share, 2);
    r2.participants[memberIndex(2)].devices.clear(); // the secretary revokes the lost tablet
    REQUIRE(writeRosterToShare(share.root(), r2, share.m.organisation).ok());

    // Whoever holds the tablet goes on: its own seat refuses...
    REQUIRE((*d3)->refresh().ok());
    CHECK((*d3)->self() == nullptr);
    CHECK_FALSE((*d3)->checkIn().ok());
    CHECK_FALSE((*d3)->castVote(QStringLiteral("p1"), { 0 }).ok());
    // ...so it writes the records itself: a check-in and a changed vote in p1.
    const SigningKey &stolen = share.m.memberKeys[2];
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const SignedRecord checkIn = makeSessionRecord(sessionkinds::checkIn, share.meetingId(), now,
        { { QStringLiteral("participant"), MeetingFixture::memberId(2) } }, stolen);
    writeSigned(share, stolen, checkIn, sessionRecordFileName(checkIn, now));
    const PollOpen p1 = (*chair)->state().poll(QStringLiteral("p1"))->open;
    const Result<SignedRecord> ballot
        = makeBallot(p1, share.m.roster, MeetingFixture::memberId(2), stolen, 2, { 0 }, now);
    REQUIRE(ballot.ok());
    writeSigned(share, stolen, ballot.value(), ballotFileName(p1, 2));

    REQUIRE((*chair)->refresh().ok());
    const SessionState &state = (*chair)->state();
    CHECK(state.roster.roster.revision == 2);
    CHECK(
        state.attendanceOf(MeetingFixture::memberId(2))->status == AttendanceStatus::NotCheckedIn);
    const QString problems = problemMessages(state).join(u'\n');
    INFO(problems.toStdString());
    CHECK(problems.contains(QStringLiteral("A revoked device wrote this check-in")));
    CHECK(problems.contains(QStringLiteral("Ủy viên 3")));
    // Neither of the tablet's ballots in the open poll counts; every other one does.
    const PollState *open = state.poll(QStringLiteral("p1"));
    REQUIRE(open);
    CHECK(reportsOf(*open, BallotProblem::Revoked) == 2);
    CHECK(open->ballots.accepted.size() == 1);
    CHECK(open->pendingVoters.contains(MeetingFixture::memberId(2)));
    for (const BallotReport &r : open->reports)
        if (r.problem == BallotProblem::Revoked)
            CHECK(r.message.contains(QStringLiteral("A revoked device wrote this ballot")));
    REQUIRE((*chair)->closePoll(QStringLiteral("p1")).ok());
    const PollState *p1Closed = (*chair)->state().poll(QStringLiteral("p1"));
    REQUIRE(p1Closed->closed);
    CHECK_FALSE(counted(*p1Closed, MeetingFixture::memberId(2)));
    CHECK(counted(*p1Closed, MeetingFixture::memberId(0)));

    // Every seat sees the same: the close is verified, the tablet's ballots are reported as
    // revoked (not as "missing from the count").
    REQUIRE((*d1)->refresh().ok());
    const PollState *seen = (*d1)->state().poll(QStringLiteral("p1"));
    REQUIRE(seen->closed);
    CHECK(seen->verification.ok());
    CHECK(seen->closeProblems.isEmpty());
    CHECK(reportsOf(*seen, BallotProblem::Revoked) == 2);
    CHECK(ballotProblemId(BallotProblem::Revoked) == QStringLiteral("revoked"));

    // p0, closed before the revocation, keeps the tablet's ballot as the chair counted it.
    const PollState *p0 = (*d1)->state().poll(QStringLiteral("p0"));
    REQUIRE(p0);
    REQUIRE(p0->closed);
    CHECK(p0->verification.ok());
    CHECK(p0->closeProblems.isEmpty());
    CHECK(counted(*p0, MeetingFixture::memberId(2)));
    CHECK(reportsOf(*p0, BallotProblem::Revoked) == 0);
}

TEST_CASE("A seat with no organisation key pinned reads no roster, not even the share's own",
    "[session][roster][trust]")
{
    SessionShare share;
    const QTemporaryDir dir;
    REQUIRE(share.m.memberKeys[0].save(dir.filePath(QStringLiteral("device.key"))).ok());
    auto opened = MeetingCache::open(dir.path());
    REQUIRE(opened.ok());
    SessionService seat(*opened.value(), share.root(), share.meetingId());
    const Status read = seat.refresh();
    REQUIRE_FALSE(read.ok());
    CHECK(read.error().contains(QStringLiteral("has not confirmed the organisation's key")));
    CHECK_FALSE(seat.hasRoster());
    CHECK(seat.self() == nullptr);
    CHECK_FALSE(seat.checkIn().ok());
}
