// The live session through a real share folder: roll call, speakers, polls with the bad
// inputs of issue 5, decisions. Each seat has its own cache and key; only files connect them.
#include "session_fixture.h"

#include "meeting_core/session/sessionstate.h"
#include "meeting_core/store/auditlog.h"
#include "testsupport.h"

using namespace phonghop;
using namespace phonghop::test;

namespace {
const AttendanceEntry &entry(const SessionState &s, const QString &id)
{
    const AttendanceEntry *e = s.attendanceOf(id);
    REQUIRE(e);
    return *e;
}

bool hasProblemContaining(const SessionState &s, const QString &text)
{
    for (const SessionProblem &p : s.problems)
        if (p.message.contains(text, Qt::CaseInsensitive))
            return true;
    return false;
}

int reportsOf(const PollState &p, BallotProblem problem)
{
    int n = 0;
    for (const BallotReport &r : p.reports)
        n += r.problem == problem ? 1 : 0;
    return n;
}
} // namespace

TEST_CASE("Roll call through the share: check-in, secretary check-in, absence, proxy, counts and "
          "quorum with proxies")
{
    SessionShare share;
    auto chair = share.seat(share.m.chairKey);
    auto secretary = share.seat(share.m.secretaryKey);
    auto d1 = share.seat(share.m.memberKeys[0]);
    auto d3 = share.seat(share.m.memberKeys[2]);
    auto d4 = share.seat(share.m.memberKeys[3]);

    REQUIRE((*chair)->checkIn().ok());
    REQUIRE((*d1)->checkIn().ok());
    REQUIRE((*secretary)->checkIn(MeetingFixture::memberId(1)).ok());
    REQUIRE((*d3)->reportAbsence({}, QStringLiteral("Đi công tác tại Hà Nội")).ok());
    REQUIRE((*d4)->giveProxy({}, MeetingFixture::memberId(0), QStringLiteral("Ốm")).ok());
    // A delegate may not check in someone else.
    CHECK_FALSE((*d1)->checkIn(MeetingFixture::memberId(2)).ok());

    REQUIRE((*chair)->refresh().ok());
    const SessionState &s = (*chair)->state();
    CHECK(entry(s, QStringLiteral("chu-tich")).status == AttendanceStatus::Present);
    CHECK(entry(s, MeetingFixture::memberId(1)).status == AttendanceStatus::Present);
    CHECK(entry(s, MeetingFixture::memberId(1)).recordedBy == QStringLiteral("thu-ky"));
    CHECK(entry(s, MeetingFixture::memberId(2)).status == AttendanceStatus::Absent);
    CHECK(entry(s, MeetingFixture::memberId(2)).reason == QStringLiteral("Đi công tác tại Hà Nội"));
    CHECK(entry(s, MeetingFixture::memberId(3)).status == AttendanceStatus::Proxy);
    CHECK(entry(s, MeetingFixture::memberId(3)).proxyTo == MeetingFixture::memberId(0));
    // Chair + 4 members entitled (weight 1 each); secretary and guest have no vote.
    CHECK(s.summary.entitledWeight == 5);
    CHECK(s.summary.present == 3);
    CHECK(s.summary.presentWeight == 3);
    CHECK(s.summary.proxy == 1);
    // uy-vien-3 is excused (absent with a reason); thu-ky and khach have not checked in, which
    // is not being absent: each person counts in one category.
    CHECK(s.summary.excused == 1);
    CHECK(s.summary.absent == 0);
    CHECK(s.summary.notCheckedIn == 2);
    CHECK(s.summary.quorumMet); // (3 + 1 proxy) / 5 >= 2/3

    // The same files under a body whose roster does not count proxies: 3/5 < 2/3.
    QList<SessionFile> files;
    for (const QString &device : QDir(share.root() + QStringLiteral("/devices"))
                                     .entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        for (const QString &name :
            QDir(share.root() + QStringLiteral("/devices/") + device).entryList(QDir::Files))
            if (!name.startsWith(QStringLiteral("roster-")))
                files << SessionFile { device, name,
                    readFile(share.root() + QStringLiteral("/devices/") + device + u'/' + name) };
    CHECK(foldSession(s.roster, files, {}).summary.quorumMet);
    VerifiedRoster strict = s.roster;
    strict.roster.countProxiesForQuorum = false;
    CHECK_FALSE(foldSession(strict, files, {}).summary.quorumMet);

    // Later records win: the absent member arrives.
    REQUIRE((*d3)->checkIn().ok());
    REQUIRE((*chair)->refresh().ok());
    CHECK((*chair)->state().attendanceOf(MeetingFixture::memberId(2))->status
        == AttendanceStatus::Present);

    // Each action is in the seat's audit log, and the chain verifies.
    CHECK((*secretary)->auditLog().entries().size() == 1);
    CHECK((*secretary)->auditLog().verify().ok());
}

TEST_CASE("A check-in forged by another delegate, a truncated record and a record in the wrong "
          "folder are refused and reported, another meeting's record is ignored")
{
    SessionShare share;
    auto chair = share.seat(share.m.chairKey);
    auto d1 = share.seat(share.m.memberKeys[0]);
    REQUIRE((*d1)->checkIn().ok());

    const QDateTime at = QDateTime::currentDateTimeUtc();
    const SignedRecord forged = makeSessionRecord(sessionkinds::checkIn, share.meetingId(), at,
        { { QStringLiteral("participant"), MeetingFixture::memberId(2) } }, share.m.memberKeys[0]);
    share.put(share.m.memberKeys[0], QStringLiteral("check-in-forged.json"), forged.toBytes());
    const SignedRecord otherMeeting = makeSessionRecord(sessionkinds::checkIn,
        QStringLiteral("cuoc-hop-khac"), at,
        { { QStringLiteral("participant"), MeetingFixture::memberId(1) } }, share.m.memberKeys[1]);
    share.put(share.m.memberKeys[1], QStringLiteral("check-in-other.json"), otherMeeting.toBytes());
    const QByteArray good = makeSessionRecord(sessionkinds::checkIn, share.meetingId(), at,
        { { QStringLiteral("participant"), MeetingFixture::memberId(3) } }, share.m.memberKeys[3])
                                .toBytes();
    share.put(share.m.memberKeys[3], QStringLiteral("check-in-truncated.json"),
        good.left(good.size() / 2));
    // A delegate's record placed in another delegate's folder.
    share.put(share.m.memberKeys[2], QStringLiteral("check-in-moved.json"), good);

    REQUIRE((*chair)->refresh().ok());
    const SessionState &s = (*chair)->state();
    CHECK(s.attendanceOf(MeetingFixture::memberId(0))->status
        == AttendanceStatus::Present); // nothing valid lost
    CHECK(s.attendanceOf(MeetingFixture::memberId(2))->status == AttendanceStatus::NotCheckedIn);
    CHECK(s.attendanceOf(MeetingFixture::memberId(1))->status == AttendanceStatus::NotCheckedIn);
    CHECK(s.attendanceOf(MeetingFixture::memberId(3))->status == AttendanceStatus::NotCheckedIn);
    CHECK(s.problems.size() == 3);
    CHECK(hasProblemContaining(s, QStringLiteral("may not record attendance")));
    CHECK_FALSE(
        hasProblemContaining(s, QStringLiteral("another meeting"))); // not this meeting's business
    CHECK(hasProblemContaining(s, QStringLiteral("Unreadable")));
    CHECK(hasProblemContaining(s, QStringLiteral("folder other than")));
}

TEST_CASE("Speakers: requests per item, the chair calls the next and times the floor, a delegate "
          "cannot call")
{
    SessionShare share;
    auto chair = share.seat(share.m.chairKey);
    auto d1 = share.seat(share.m.memberKeys[0]);
    auto d2 = share.seat(share.m.memberKeys[1]);
    REQUIRE((*chair)->setCurrentItem(QStringLiteral("item-2")).ok());
    REQUIRE((*d2)->requestToSpeak(QStringLiteral("item-2"), SpeakType::Question).ok());
    REQUIRE((*d1)->requestToSpeak(QStringLiteral("item-1"), SpeakType::Speak).ok());
    REQUIRE((*chair)->refresh().ok());
    CHECK((*chair)->state().queue().size() == 2);
    CHECK((*chair)->state().queue(QStringLiteral("item-2")).size() == 1);

    CHECK_FALSE((*d1)->callNextSpeaker().ok()); // not the chair
    // Even written straight into the share, a delegate's floor record is refused.
    const SignedRecord forged
        = makeSessionRecord(sessionkinds::floor, share.meetingId(), QDateTime::currentDateTimeUtc(),
            { { QStringLiteral("action"), QStringLiteral("call") },
                { QStringLiteral("request"), (*chair)->state().requests.first().hash } },
            share.m.memberKeys[0]);
    share.put(share.m.memberKeys[0], QStringLiteral("floor-forged.json"), forged.toBytes());

    REQUIRE((*chair)->callNextSpeaker().ok()); // the current item's request first
    REQUIRE((*chair)->startSpeakingTime().ok());
    REQUIRE((*d1)->refresh().ok());
    const SessionState &seen = (*d1)->state();
    REQUIRE(seen.floor.has_value());
    CHECK(seen.floor->participantId == MeetingFixture::memberId(1));
    CHECK(seen.floor->type == SpeakType::Question);
    CHECK(seen.floor->running());
    CHECK(seen.currentItemId == QStringLiteral("item-2"));
    CHECK(hasProblemContaining(seen, QStringLiteral("Only the chair")));

    REQUIRE((*chair)->stopSpeakingTime().ok());
    REQUIRE((*d1)->refresh().ok());
    CHECK_FALSE((*d1)->state().floor->running());
    CHECK((*d1)->state().speeches.size() == 1);
    CHECK((*d1)->state().queue().size() == 1);
}

TEST_CASE("A poll through the share: delegates vote and change their vote, every seat verifies its "
          "ballot and the recount")
{
    for (const bool secret : { false, true }) {
        DYNAMIC_SECTION((secret ? "secret" : "named"))
        {
            SessionShare share;
            auto chair = share.seat(share.m.chairKey);
            std::vector<std::unique_ptr<Seat>> d;
            for (int i = 0; i < 4; ++i)
                d.push_back(share.seat(share.m.memberKeys[static_cast<size_t>(i)]));
            for (auto &seat : d)
                REQUIRE((*seat)->checkIn().ok());
            REQUIRE((*chair)->checkIn().ok());
            PollDefinition poll = MeetingFixture::approvalPoll(QStringLiteral("p1"), secret);
            REQUIRE((*chair)->openPoll(poll).ok());
            for (auto &seat : d)
                REQUIRE((*seat)->refresh().ok());
            REQUIRE((*d[0])->castVote(QStringLiteral("p1"), { 1 }).ok());
            REQUIRE((*d[0])->castVote(QStringLiteral("p1"), { 0 }).ok()); // changed her mind
            REQUIRE((*d[1])->castVote(QStringLiteral("p1"), { 0 }).ok());
            REQUIRE((*d[2])->castVote(QStringLiteral("p1"), { 1 }).ok());
            REQUIRE((*chair)->refresh().ok());
            CHECK((*chair)->state().poll(QStringLiteral("p1"))->pendingVoters
                == QStringList { QStringLiteral("chu-tich"), MeetingFixture::memberId(3) });
            REQUIRE((*chair)->closePoll(QStringLiteral("p1")).ok());
            CHECK_FALSE((*d[3])->castVote(QStringLiteral("p1"), { 0 }).ok()); // closed

            for (int i = 0; i < 3; ++i) {
                REQUIRE((*d[static_cast<size_t>(i)])->refresh().ok());
                const PollState *p
                    = (*d[static_cast<size_t>(i)])->state().poll(QStringLiteral("p1"));
                REQUIRE(p);
                REQUIRE(p->closed);
                CHECK(p->verification.ownBallotCounted);
                CHECK(p->verification.recountMatches);
                CHECK(p->closeProblems.isEmpty());
                CHECK(p->result.options.at(0).weight == 2);
                CHECK(p->result.options.at(1).weight == 1);
                CHECK(p->result.passed); // 2 of 3 ballots cast
            }
            const QByteArray csv = (*chair)->exportPollCsv(QStringLiteral("p1"));
            CHECK(csv.startsWith("\xEF\xBB\xBF"));
            CHECK(csv.contains(QStringLiteral("Ủy viên 1").toUtf8()) == !secret);
        }
    }
}

TEST_CASE("Bad ballots through the share: another delegate's folder, replayed, duplicated, after "
          "the close, a close not signed by the chair")
{
    SessionShare share;
    auto chair = share.seat(share.m.chairKey);
    auto d1 = share.seat(share.m.memberKeys[0]);
    auto d2 = share.seat(share.m.memberKeys[1]);
    auto d3 = share.seat(share.m.memberKeys[2]);
    REQUIRE((*chair)->openPoll(MeetingFixture::approvalPoll(QStringLiteral("p1"))).ok());
    REQUIRE((*chair)->openPoll(MeetingFixture::approvalPoll(QStringLiteral("p2"))).ok());
    for (Seat *s : { d1.get(), d2.get(), d3.get() })
        REQUIRE((*s)->refresh().ok());
    REQUIRE((*d1)->castVote(QStringLiteral("p1"), { 0 }).ok());
    REQUIRE((*d2)->castVote(QStringLiteral("p1"), { 1 }).ok());
    REQUIRE((*d3)->castVote(QStringLiteral("p1"), { 0 }).ok());

    // Each seat's ballot, by name (issue 13: names carry a tag from the ballot's own signature).
    const QString d1Ballot
        = share.names(share.m.memberKeys[0], QStringLiteral("ballot-p1-")).value(0);
    const QString d3Ballot
        = share.names(share.m.memberKeys[2], QStringLiteral("ballot-p1-")).value(0);
    // d1's ballot copied into d2's folder (as if d2 tried to vote with it).
    share.put(share.m.memberKeys[1], QStringLiteral("ballot-p1-000007.json"),
        share.get(share.m.memberKeys[0], d1Ballot));
    // d1's ballot copied again into its own folder under another name.
    share.put(share.m.memberKeys[0], QStringLiteral("ballot-p1-000008.json"),
        share.get(share.m.memberKeys[0], d1Ballot));
    // d3's p1 ballot replayed into p2.
    share.put(share.m.memberKeys[2], QStringLiteral("ballot-p2-000001.json"),
        share.get(share.m.memberKeys[2], d3Ballot));
    // A truncated ballot.
    share.put(share.m.memberKeys[2], QStringLiteral("ballot-p1-000009.json"),
        share.get(share.m.memberKeys[2], d3Ballot).left(40));

    // d2 forges a close record of p1 with its own key: refused, the poll stays open.
    REQUIRE((*d2)->refresh().ok());
    {
        const PollState *p = (*d2)->state().poll(QStringLiteral("p1"));
        const Result<ClosedPoll> real = closePoll(p->open, share.m.roster, {}, p->ballots,
            QDateTime::currentDateTimeUtc(), share.m.chairKey);
        REQUIRE(real.ok());
        // The same close, signed by the delegate instead of the chair.
        const SignedRecord forged = SignedRecord::create(QString::fromLatin1(PollClose::recordKind),
            real->record.payload(), share.m.memberKeys[1]);
        share.put(
            share.m.memberKeys[1], QStringLiteral("poll-close-forged.json"), forged.toBytes());
    }
    REQUIRE((*d1)->refresh().ok());
    CHECK_FALSE((*d1)->state().poll(QStringLiteral("p1"))->closed);
    CHECK(hasProblemContaining((*d1)->state(), QStringLiteral("close record")));

    REQUIRE((*chair)->closePoll(QStringLiteral("p1")).ok());
    // A ballot cast after the close, written straight into d2's folder.
    {
        const PollState *p = (*chair)->state().poll(QStringLiteral("p1"));
        const Result<SignedRecord> late
            = makeBallot(p->open, share.m.roster, MeetingFixture::memberId(1),
                share.m.memberKeys[1], 5, { 0 }, p->verification.close.closedAt.addSecs(30));
        REQUIRE(late.ok());
        share.put(share.m.memberKeys[1], QStringLiteral("ballot-p1-000005.json"), late->toBytes());
    }

    for (Seat *s : { chair.get(), d1.get(), d2.get(), d3.get() }) {
        REQUIRE((*s)->refresh().ok());
        const PollState *p1 = (*s)->state().poll(QStringLiteral("p1"));
        REQUIRE(p1->closed);
        CHECK(p1->ballots.accepted.size() == 3); // nothing valid lost, nothing counted twice
        CHECK(p1->result.options.at(0).weight == 2);
        CHECK(p1->result.options.at(1).weight == 1);
        CHECK(reportsOf(*p1, BallotProblem::WrongFolder) == 1);
        // The copy under another name, and the replay into p2 (it is p1's ballot, seen twice).
        CHECK(reportsOf(*p1, BallotProblem::Duplicate) == 2);
        CHECK(reportsOf(*p1, BallotProblem::Garbled) == 1);
        CHECK(reportsOf(*p1, BallotProblem::AfterClose) == 1);
        const PollState *p2 = (*s)->state().poll(QStringLiteral("p2"));
        CHECK(p2->ballots.accepted.isEmpty());
        CHECK(reportsOf(*p2, BallotProblem::OtherPoll) == 1);
    }
    CHECK((*d1)->state().poll(QStringLiteral("p1"))->verification.ownBallotCounted);
    CHECK((*d3)->state().poll(QStringLiteral("p1"))->verification.ownBallotCounted);
    // d2's last ballot is the late one: its seat says it was not counted.
    CHECK_FALSE((*d2)->state().poll(QStringLiteral("p1"))->verification.ownBallotCounted);
}

TEST_CASE("Two devices of one delegate voting differently: the later ballot (higher sequence) "
          "counts, on every seat")
{
    SessionShare share;
    const SigningKey tablet = SigningKey::fromSeed(QByteArray(32, 'T'));
    share.m.roster.revision = 2;
    share.m.roster.participants[3].devices << RosterDevice { deviceIdOf(tablet.publicKey()),
        tablet.publicKey(), QStringLiteral("Máy tính bảng") };
    REQUIRE(share.m.roster.participants[3].id == MeetingFixture::memberId(0));
    REQUIRE(writeRosterToShare(share.root(), share.m.roster, share.m.organisation).ok());
    auto chair = share.seat(share.m.chairKey);
    auto laptop = share.seat(share.m.memberKeys[0]);
    auto pad = share.seat(tablet);
    REQUIRE((*pad)->self());
    CHECK((*pad)->self()->id == MeetingFixture::memberId(0));
    REQUIRE((*chair)->openPoll(MeetingFixture::approvalPoll(QStringLiteral("p1"))).ok());
    REQUIRE((*laptop)->refresh().ok());
    REQUIRE((*laptop)->castVote(QStringLiteral("p1"), { 0 }).ok());
    REQUIRE((*pad)->refresh().ok());
    REQUIRE(
        (*pad)->castVote(QStringLiteral("p1"), { 1 }).ok()); // sees the laptop's ballot: sequence 2
    REQUIRE((*chair)->closePoll(QStringLiteral("p1")).ok());
    REQUIRE((*laptop)->refresh().ok());
    const PollState *p = (*laptop)->state().poll(QStringLiteral("p1"));
    REQUIRE(p->closed);
    CHECK(p->ballots.accepted.size() == 1);
    CHECK(p->result.options.at(1).weight == 1);
    CHECK(reportsOf(*p, BallotProblem::Superseded) == 1);
}

TEST_CASE("Conclusions form the chair's decision chain, linked to poll results, a rollback on the "
          "share warns")
{
    SessionShare share;
    auto chair = share.seat(share.m.chairKey);
    auto d1 = share.seat(share.m.memberKeys[0]);
    REQUIRE((*chair)->openPoll(MeetingFixture::approvalPoll(QStringLiteral("p1"))).ok());
    REQUIRE((*d1)->refresh().ok());
    REQUIRE((*d1)->castVote(QStringLiteral("p1"), { 0 }).ok());
    REQUIRE((*chair)->closePoll(QStringLiteral("p1")).ok());
    CHECK_FALSE((*d1)->recordConclusion(QStringLiteral("item-1"), QStringLiteral("x"), {}).ok());
    REQUIRE((*chair)
                ->recordConclusion(QStringLiteral("item-1"),
                    QStringLiteral("Thông qua Tờ trình số 12/TTr-UBND"), { QStringLiteral("p1") })
                .ok());
    REQUIRE((*chair)
                ->recordConclusion(
                    QStringLiteral("item-2"), QStringLiteral("Giao Sở Tài chính hoàn thiện"), {})
                .ok());
    REQUIRE((*d1)->refresh().ok());
    const ChainReport &chain = (*d1)->state().chain;
    REQUIRE(chain.ok());
    REQUIRE(chain.decisions.size() == 2);
    CHECK(chain.decisions.at(0).pollCloseHashes
        == QStringList { (*d1)->state().poll(QStringLiteral("p1"))->closeHash });
    CHECK(chain.decisions.at(1).height == 1);

    // The last decision disappears from the share: the delegate's seat remembers two.
    const QStringList decisions = share.names(share.m.chairKey, QStringLiteral("decision-"));
    REQUIRE(decisions.size() == 2);
    int removed = 0;
    for (const QString &name : decisions) {
        const Result<SignedRecord> r = SignedRecord::fromBytes(share.get(share.m.chairKey, name));
        REQUIRE(r.ok());
        if (r->payload().value(QStringLiteral("height")).toInteger() == 1)
            removed += QFile::remove(share.folder(share.m.chairKey) + u'/' + name) ? 1 : 0;
    }
    REQUIRE(removed == 1);
    REQUIRE((*d1)->refresh().ok());
    CHECK((*d1)->state().chain.hasProblem(ChainProblemKind::Rollback));
}

TEST_CASE("The secretary writes a conclusion, only the chair's confirmation puts it into the "
          "decision chain")
{
    SessionShare share;
    auto chair = share.seat(share.m.chairKey);
    auto secretary = share.seat(share.m.secretaryKey);
    auto d1 = share.seat(share.m.memberKeys[0]);
    REQUIRE((*chair)->openPoll(MeetingFixture::approvalPoll(QStringLiteral("p1"))).ok());
    REQUIRE((*d1)->refresh().ok());
    REQUIRE((*d1)->castVote(QStringLiteral("p1"), { 0 }).ok());
    REQUIRE((*chair)->closePoll(QStringLiteral("p1")).ok());
    REQUIRE((*secretary)->refresh().ok());

    const QString text = QStringLiteral("Thống nhất thông qua Tờ trình số 12/TTr-UBND");
    REQUIRE((*secretary)
                ->recordConclusion(QStringLiteral("item-1"), text, { QStringLiteral("p1") })
                .ok());
    CHECK_FALSE((*d1)->recordConclusion(QStringLiteral("item-1"), QStringLiteral("x"), {}).ok());
    // A delegate's client that writes a draft anyway is refused by every seat.
    const QDateTime at = QDateTime::currentDateTimeUtc();
    const SignedRecord forged
        = makeSessionRecord(sessionkinds::conclusionDraft, share.meetingId(), at,
            { { QStringLiteral("item"), QStringLiteral("item-1") },
                { QStringLiteral("conclusion"), QStringLiteral("Bác bỏ") } },
            share.m.memberKeys[0]);
    share.put(share.m.memberKeys[0], sessionRecordFileName(forged, at), forged.toBytes());

    REQUIRE((*chair)->refresh().ok());
    const SessionState &seen = (*chair)->state();
    CHECK(seen.chain.decisions.isEmpty()); // a draft is not a decision
    REQUIRE(seen.conclusionDrafts.size() == 1);
    CHECK(hasProblemContaining(seen, QStringLiteral("secretary or the chair")));
    const ConclusionDraft draft = seen.conclusionDrafts.first();
    CHECK(draft.writtenBy == QStringLiteral("thu-ky"));
    CHECK(draft.conclusion == text);
    CHECK(seen.unconfirmedDrafts().size() == 1);
    CHECK_FALSE((*d1)->confirmConclusion(draft.hash).ok());
    CHECK_FALSE((*secretary)->confirmConclusion(draft.hash).ok());

    REQUIRE((*chair)->confirmConclusion(draft.hash).ok());
    CHECK_FALSE((*chair)->confirmConclusion(draft.hash).ok()); // once only
    REQUIRE((*d1)->refresh().ok());
    const SessionState &after = (*d1)->state();
    REQUIRE(after.chain.ok());
    REQUIRE(after.chain.decisions.size() == 1);
    CHECK(after.chain.decisions.first().conclusion == text);
    CHECK(after.chain.decisions.first().draftHash == draft.hash);
    CHECK(after.chain.decisions.first().pollCloseHashes
        == QStringList { after.poll(QStringLiteral("p1"))->closeHash });
    CHECK(after.unconfirmedDrafts().isEmpty());
}

TEST_CASE("Two meetings on one share with the same people: poll ids repeat, ballots do not "
          "collide, each seat sees only its meeting and no problems")
{
    SessionShare share; // meeting A
    Roster second = share.m.roster;
    second.meetingId = QStringLiteral("ubnd-xa-2026-12");
    REQUIRE(writeRosterToShare(share.root(), second, share.m.organisation).ok());
    auto chairA = share.seat(share.m.chairKey);
    auto d1A = share.seat(share.m.memberKeys[0]);
    Seat chairB(share.root(), second.meetingId, share.m.chairKey, &share.m.organisation);
    Seat d1B(share.root(), second.meetingId, share.m.memberKeys[0], &share.m.organisation);

    for (Seat *chair : { chairA.get(), &chairB }) {
        REQUIRE((*chair)->checkIn().ok());
        REQUIRE((*chair)->openPoll(MeetingFixture::approvalPoll(QStringLiteral("bq-1"))).ok());
    }
    REQUIRE((*d1A)->refresh().ok());
    REQUIRE(d1B->refresh().ok());
    REQUIRE((*d1A)->castVote(QStringLiteral("bq-1"), { 0 }).ok());
    REQUIRE(d1B->castVote(QStringLiteral("bq-1"), { 1 }).ok()); // the same device folder
    CHECK((*d1A)->pendingDeliveries() == 0);
    CHECK(d1B->pendingDeliveries() == 0);
    for (Seat *chair : { chairA.get(), &chairB }) {
        REQUIRE((*chair)->closePoll(QStringLiteral("bq-1")).ok());
        REQUIRE((*chair)
                    ->recordConclusion(QStringLiteral("item-1"), QStringLiteral("Thông qua"),
                        { QStringLiteral("bq-1") })
                    .ok());
    }

    for (Seat *seat : { chairA.get(), d1A.get(), &chairB, &d1B }) {
        REQUIRE((*seat)->refresh().ok());
        const SessionState &s = (*seat)->state();
        const std::string firstProblem
            = s.problems.isEmpty() ? std::string() : s.problems.first().message.toStdString();
        INFO(firstProblem);
        CHECK(s.problems.isEmpty());
        CHECK(s.summary.present == 1);
        REQUIRE(s.polls.size() == 1);
        CHECK(s.polls.first().closed);
        CHECK(s.polls.first().reports.isEmpty());
        CHECK(s.polls.first().ballots.accepted.size() == 1);
        CHECK(s.chain.ok());
        CHECK(s.chain.decisions.size() == 1);
    }
    CHECK((*d1A)->state().polls.first().result.options.at(0).ballots == 1); // Tán thành in A
    CHECK(d1B->state().polls.first().result.options.at(1).ballots == 1); // Không tán thành in B
    CHECK((*d1A)->state().polls.first().verification.ownBallotCounted);
    CHECK(d1B->state().polls.first().verification.ownBallotCounted);
}
