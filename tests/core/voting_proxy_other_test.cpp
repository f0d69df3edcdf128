#include "voting_fixture.h"

#include "meeting_core/org/rosterbuilder.h"

#include <QJsonArray>
#include <QJsonDocument>

// Proxy votes as a rule of the body (the roster's proxyVoting and countProxiesForQuorum), and
// the "Ý kiến khác" option whose free text travels with the ballot.
using namespace phonghop;
using namespace phonghop::test;

namespace {
constexpr int Yes = 0, No = 1, Abstain = 2, Other = 3;

PollDefinition withOther(const QString &id, bool secret = false)
{
    PollDefinition poll = MeetingFixture::approvalPoll(id, secret);
    poll.options << PollDefinition::otherOption();
    return poll;
}

// A ballot member `holder` signs for member `forMember`, as makeBallot makes it when the roster
// allows it; with a roster that does not, the same payload is signed by hand (a client that
// ignores the rule).
BallotFile proxyBallot(MeetingFixture &meeting, const PollOpen &open, int holder, int forMember,
    QList<int> choices, qint64 sequence = 1)
{
    const SigningKey &key = meeting.memberKeys.at(static_cast<size_t>(holder));
    Roster allowing = meeting.roster;
    allowing.proxyVoting = true;
    const Result<SignedRecord> record = makeBallot(open, allowing,
        MeetingFixture::memberId(forMember), key, sequence, choices, meeting.t0.addSecs(60));
    REQUIRE(record.ok());
    return BallotFile { MeetingFixture::folderOf(key),
        QStringLiteral("ballot-proxy-%1.json").arg(sequence), record->toBytes() };
}

ProxyGrants grant(int member, int holder)
{
    return { { MeetingFixture::memberId(member), MeetingFixture::memberId(holder) } };
}

const BallotReport *reportOf(const BallotCollection &c, BallotProblem problem)
{
    for (const BallotReport &r : c.reports)
        if (r.problem == problem)
            return &r;
    return nullptr;
}
} // namespace

TEST_CASE("A roster without the proxy fields reads as before, and the fields round-trip",
    "[voting][proxy][roster]")
{
    MeetingFixture meeting(2);
    QJsonObject old = meeting.roster.toJson();
    old.remove(QStringLiteral("proxyVoting"));
    old.remove(QStringLiteral("countProxiesForQuorum"));
    const Result<Roster> before = Roster::fromJson(old);
    REQUIRE(before.ok());
    CHECK_FALSE(before->proxyVoting);
    CHECK(before->countProxiesForQuorum);

    Roster changed = meeting.roster;
    changed.proxyVoting = true;
    changed.countProxiesForQuorum = false;
    const Result<Roster> back = Roster::fromJson(changed.toJson());
    REQUIRE(back.ok());
    CHECK(back->proxyVoting);
    CHECK_FALSE(back->countProxiesForQuorum);

    QJsonObject bad = changed.toJson();
    bad.insert(QStringLiteral("proxyVoting"), QStringLiteral("yes"));
    const Result<Roster> refused = Roster::fromJson(bad);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(u"proxyVoting"));
}

TEST_CASE("Proxy voting off: the holder's ballot for the absent member is refused with the rule",
    "[voting][proxy]")
{
    MeetingFixture meeting(4);
    REQUIRE_FALSE(meeting.roster.proxyVoting);
    const PollOpen open = meeting.open(MeetingFixture::approvalPoll(QStringLiteral("p1")));

    // The client refuses to make it...
    const Result<SignedRecord> made = makeBallot(open, meeting.roster, MeetingFixture::memberId(3),
        meeting.memberKeys.at(0), 1, { Yes }, meeting.t0.addSecs(60));
    REQUIRE_FALSE(made.ok());
    CHECK(made.error().contains(u"do not let a proxy holder vote"));

    // ...and the ballot box refuses one made anyway, even with the proxy given.
    const BallotCollection c = collectBallots(open, meeting.roster,
        { meeting.memberBallot(open, 0, { Yes }), proxyBallot(meeting, open, 0, 3, { Yes }) },
        std::nullopt, nullptr, {}, grant(3, 0));
    REQUIRE(c.accepted.size() == 1);
    CHECK(c.accepted.first().voter == MeetingFixture::memberId(0));
    const BallotReport *refused = reportOf(c, BallotProblem::ProxyRefused);
    REQUIRE(refused);
    CHECK(refused->message.contains(u"do not let a proxy holder vote"));
    CHECK(refused->message.contains(u"Ủy viên 4"));
    CHECK(ballotProblemId(BallotProblem::ProxyRefused) == u"proxy-refused");
}

TEST_CASE("Proxy voting on: the holder's ballot counts with the absent member's weight, once",
    "[voting][proxy]")
{
    MeetingFixture meeting(4);
    meeting.roster.proxyVoting = true;
    meeting.roster.participants[6].weight = 3; // uy-vien-4 weighs 3
    meeting.resign();
    const PollOpen open = meeting.open(MeetingFixture::approvalPoll(QStringLiteral("p1")));
    const QList<BallotFile> files { meeting.memberBallot(open, 0, { No }),
        proxyBallot(meeting, open, 0, 3, { Yes }), meeting.memberBallot(open, 1, { No }) };

    SECTION("without the proxy given, refused")
    {
        const BallotCollection c
            = collectBallots(open, meeting.roster, files, std::nullopt, nullptr, {}, {});
        CHECK(c.accepted.size() == 2);
        const BallotReport *refused = reportOf(c, BallotProblem::ProxyRefused);
        REQUIRE(refused);
        CHECK(refused->message.contains(u"does not hold"));
        // Another member's proxy does not do either.
        const BallotCollection other
            = collectBallots(open, meeting.roster, files, std::nullopt, nullptr, {}, grant(3, 1));
        CHECK(reportOf(other, BallotProblem::ProxyRefused));
    }

    SECTION("with the proxy given, counted; the close and every check agree")
    {
        const BallotCollection c
            = collectBallots(open, meeting.roster, files, std::nullopt, nullptr, {}, grant(3, 0));
        REQUIRE(c.accepted.size() == 3);
        const auto byProxy = std::find_if(c.accepted.cbegin(), c.accepted.cend(),
            [](const AcceptedBallot &b) { return b.voter == MeetingFixture::memberId(3); });
        REQUIRE(byProxy != c.accepted.cend());
        CHECK(byProxy->proxyHolder == MeetingFixture::memberId(0));
        CHECK(byProxy->weight == 3);

        const Result<ClosedPoll> closed = closePoll(open, meeting.roster,
            { MeetingFixture::memberId(0), MeetingFixture::memberId(1) }, c,
            meeting.t0.addSecs(600), meeting.chairKey, grant(3, 0));
        REQUIRE(closed.ok());
        CHECK(closed->tally.options.at(Yes).weight == 3);
        CHECK(closed->tally.options.at(No).weight == 2);
        CHECK(closed->close.proxies == grant(3, 0));
        // The ballot by proxy does not make the member represented present.
        CHECK_FALSE(closed->close.presentIds.contains(MeetingFixture::memberId(3)));

        const CloseVerification v = verifyPollClose(closed->record.toBytes(), open, meeting.roster,
            OwnBallot { byProxy->hash, byProxy->voter, {}, { Yes }, QString() });
        INFO(v.problems.join(u'\n').toStdString());
        CHECK(v.ok());
        CHECK(v.ownBallotCounted);
        CHECK(checkCloseAgainstBallots(open, meeting.roster, v.close, files).isEmpty());

        const QString csv = QString::fromUtf8(
            exportResultCsv(open, meeting.roster, closed->close, closed->tally));
        CHECK(csv.contains(QStringLiteral("Ủy viên 4,Tán thành,Ủy viên 1")));

        // A roster that does not allow it makes the same close inconsistent.
        Roster strict = meeting.roster;
        strict.proxyVoting = false;
        CHECK_FALSE(verifyPollClose(closed->record.toBytes(), open, strict, std::nullopt).ok());
    }
}

TEST_CASE("Secret poll by proxy: the holder's two ballots carry two pseudonyms", "[voting][proxy]")
{
    MeetingFixture meeting(4);
    meeting.roster.proxyVoting = true;
    meeting.resign();
    const PollOpen open = meeting.open(MeetingFixture::approvalPoll(QStringLiteral("p1"), true));
    const BallotCollection c = collectBallots(open, meeting.roster,
        { meeting.memberBallot(open, 0, { Yes }), proxyBallot(meeting, open, 0, 3, { No }) },
        std::nullopt, &meeting.chairKey, {}, grant(3, 0));
    REQUIRE(c.accepted.size() == 2);
    CHECK(c.accepted.at(0).pseudonym != c.accepted.at(1).pseudonym);
    const Result<ClosedPoll> closed = closePoll(
        open, meeting.roster, {}, c, meeting.t0.addSecs(600), meeting.chairKey, grant(3, 0));
    REQUIRE(closed.ok());
    for (const CountedEntry &e : closed->close.entries) {
        CHECK(e.voter.isEmpty());
        CHECK(e.proxyHolder.isEmpty()); // it would name who stands behind the entry
    }
    CHECK(verifyPollClose(closed->record.toBytes(), open, meeting.roster, std::nullopt).ok());
}

TEST_CASE("The quorum with and without members represented by proxy", "[voting][proxy][tally]")
{
    // Five members; two present and two represented by proxy: 2/5 is short of two thirds,
    // 4/5 with the proxies counted meets it.
    TallyInput input;
    input.poll = MeetingFixture::approvalPoll(QStringLiteral("p1"));
    input.poll.rule = *VotingRule::fromPreset(QStringLiteral("uy-ban-nhan-dan"));
    for (int i = 0; i < 5; ++i)
        input.members << Member { QStringLiteral("m%1").arg(i), QString(), 1, i < 2,
            i >= 2 && i < 4 };
    input.votes << CastVote { QStringLiteral("m0"), { Yes } }
                << CastVote { QStringLiteral("m1"), { Yes } };

    input.countProxiesForQuorum = false;
    const TallyResult without = computeTally(input);
    CHECK(without.presentWeight == 2);
    CHECK(without.proxyWeight == 2);
    CHECK_FALSE(without.quorumMet);
    CHECK(without.decidedBy == u"quorum");

    input.countProxiesForQuorum = true;
    const TallyResult with = computeTally(input);
    CHECK(with.quorumMet);
    CHECK(with.countsJson().value(u"proxy").toInteger() == 2);
    CHECK_FALSE(with.passed); // 2 of 5 members is not more than half of all

    // A vote cast by proxy counts, but does not make the member present.
    input.countProxiesForQuorum = false;
    input.votes << CastVote { QStringLiteral("m2"), { Yes }, 0, true };
    const TallyResult proxyVote = computeTally(input);
    CHECK(proxyVote.presentWeight == 2);
    CHECK_FALSE(proxyVote.quorumMet);
    CHECK(proxyVote.options.at(Yes).weight == 3);
}

TEST_CASE("A close records the proxies and recounts the quorum under the roster's rule",
    "[voting][proxy]")
{
    for (const bool countProxies : { true, false }) {
        MeetingFixture meeting(4); // chair + 4 members entitled
        meeting.roster.countProxiesForQuorum = countProxies;
        meeting.resign();
        PollDefinition poll = MeetingFixture::approvalPoll(QStringLiteral("p1"));
        poll.rule.quorum = Quorum::TwoThirds;
        const PollOpen open = meeting.open(poll);
        const BallotCollection c = collectBallots(open, meeting.roster,
            { meeting.memberBallot(open, 0, { Yes }), meeting.memberBallot(open, 1, { Yes }) },
            std::nullopt);
        // Present: chair, uy-vien-1, uy-vien-2 (3 of 5); uy-vien-4 by proxy.
        const Result<ClosedPoll> closed
            = closePoll(open, meeting.roster, { QStringLiteral("chu-tich") }, c,
                meeting.t0.addSecs(600), meeting.chairKey, grant(3, 0));
        REQUIRE(closed.ok());
        CHECK(closed->tally.quorumMet == countProxies);
        CHECK(verifyPollClose(closed->record.toBytes(), open, meeting.roster, std::nullopt).ok());
    }
}

TEST_CASE("Ý kiến khác: the opinion is kept with a named ballot, shown in the close and the CSV",
    "[voting][other]")
{
    MeetingFixture meeting(3);
    const PollOpen open = meeting.open(withOther(QStringLiteral("p1")));
    REQUIRE(open.poll.otherOptionIndex() == Other);
    const QString opinion
        = QStringLiteral("Đề nghị bổ sung kinh phí, \"giảm\" 10%\nvà lùi tiến độ");
    const Result<SignedRecord> record
        = makeBallot(open, meeting.roster, MeetingFixture::memberId(0), meeting.memberKeys.at(0), 1,
            { Other }, meeting.t0.addSecs(60), opinion);
    REQUIRE(record.ok());
    CHECK(record->payload().value(u"otherText").toString() == opinion);
    const QList<BallotFile> files { { MeetingFixture::folderOf(meeting.memberKeys.at(0)),
                                        QStringLiteral("b.json"), record->toBytes() },
        meeting.memberBallot(open, 1, { Yes }), meeting.memberBallot(open, 2, { Yes }) };
    const BallotCollection c = collectBallots(open, meeting.roster, files, std::nullopt);
    REQUIRE(c.accepted.size() == 3);
    const Result<ClosedPoll> closed
        = closePoll(open, meeting.roster, {}, c, meeting.t0.addSecs(600), meeting.chairKey);
    REQUIRE(closed.ok());
    const auto entry = std::find_if(closed->close.entries.cbegin(), closed->close.entries.cend(),
        [](const CountedEntry &e) { return e.voter == MeetingFixture::memberId(0); });
    REQUIRE(entry != closed->close.entries.cend());
    CHECK(entry->otherText == opinion);
    // For the rule an other opinion is a ballot cast, neither for nor against.
    CHECK(closed->tally.castWeight == 3);
    CHECK(closed->tally.options.at(Other).weight == 1);
    CHECK(closed->tally.passed); // 2 of 3 cast

    const CloseVerification v = verifyPollClose(closed->record.toBytes(), open, meeting.roster,
        OwnBallot { record->hash(), MeetingFixture::memberId(0), {}, { Other }, opinion });
    CHECK(v.ok());
    CHECK(v.ownBallotCounted);
    CHECK(checkCloseAgainstBallots(open, meeting.roster, v.close, files).isEmpty());
    // The close counting another text than the ballot's is caught by the voter.
    CHECK_FALSE(verifyPollClose(closed->record.toBytes(), open, meeting.roster,
        OwnBallot {
            record->hash(), MeetingFixture::memberId(0), {}, { Other }, QStringLiteral("khác") })
                    .ownBallotCounted);

    const QString csv
        = QString::fromUtf8(exportResultCsv(open, meeting.roster, closed->close, closed->tally));
    CHECK(csv.contains(QStringLiteral("Voter,Choice,Other opinion")));
    CHECK(csv.contains(QStringLiteral("Ủy viên 1,Ý kiến khác,\"Đề nghị bổ sung kinh phí, "
                                      "\"\"giảm\"\" 10%\nvà lùi tiến độ\"")));
}

TEST_CASE(
    "Ý kiến khác: bad texts are refused by the client and by the ballot box", "[voting][other]")
{
    MeetingFixture meeting(2);
    const PollOpen open = meeting.open(withOther(QStringLiteral("p1")));
    const auto make = [&](const QList<int> &choices, const QString &text) {
        return makeBallot(open, meeting.roster, MeetingFixture::memberId(0),
            meeting.memberKeys.at(0), 1, choices, meeting.t0.addSecs(60), text);
    };
    CHECK(make({ Other }, QStringLiteral("   ")).error().contains(u"cannot be empty"));
    CHECK(make({ Yes }, QStringLiteral("thêm ý")).error().contains(u"does not choose"));
    CHECK(make({ Other }, QString(PollDefinition::maximumOtherTextLength + 1, u'a'))
              .error()
              .contains(u"at most 500"));
    CHECK(make({ Other }, QStringLiteral("a\u0007b")).error().contains(u"control character"));
    CHECK(make({ Other }, QString(PollDefinition::maximumOtherTextLength, u'ệ')).ok());

    // A ballot signed by hand with the text but another choice.
    QJsonObject payload = make({ Yes }, {})->payload();
    payload.insert(QStringLiteral("otherText"), QStringLiteral("lén thêm"));
    const BallotFile forged {
        MeetingFixture::folderOf(meeting.memberKeys.at(0)), QStringLiteral("f.json"),
        SignedRecord::create(QStringLiteral("ballot"), payload, meeting.memberKeys.at(0)).toBytes()
    };
    const BallotCollection c = collectBallots(open, meeting.roster, { forged }, std::nullopt);
    CHECK(c.accepted.isEmpty());
    CHECK(reportOf(c, BallotProblem::InvalidChoices));

    // The option belongs to approval and yes/no polls, once.
    PollDefinition twice = withOther(QStringLiteral("p2"));
    twice.options << PollOption { QStringLiteral("Ý kiến riêng"), OptionMeaning::Other };
    CHECK_FALSE(twice.validate().ok());
    PollDefinition election;
    election.id = QStringLiteral("p3");
    election.kind = PollKind::Choice;
    election.options
        = { { QStringLiteral("A"), OptionMeaning::Candidate }, PollDefinition::otherOption() };
    CHECK_FALSE(election.validate().ok());
    // And it reads from a poll definition's JSON by its meaning.
    const Result<PollDefinition> parsed
        = PollDefinition::fromJson(QJsonObject { { QStringLiteral("id"), QStringLiteral("p4") },
            { QStringLiteral("options"),
                QJsonArray { QStringLiteral("Tán thành"), QStringLiteral("Không tán thành"),
                    QStringLiteral("Không biểu quyết"),
                    QJsonObject { { QStringLiteral("label"), QStringLiteral("Ý kiến khác") },
                        { QStringLiteral("meaning"), QStringLiteral("other") } } } } });
    REQUIRE(parsed.ok());
    CHECK(parsed->otherOptionIndex() == 3);
}

TEST_CASE("Ý kiến khác in a secret poll: sealed with the choices, shown without a name",
    "[voting][other][secret]")
{
    MeetingFixture meeting(3);
    const PollOpen open = meeting.open(withOther(QStringLiteral("p1"), true));
    const QString opinion = QStringLiteral("Cần lấy thêm ý kiến nhân dân");
    const Result<SignedRecord> withText
        = makeBallot(open, meeting.roster, MeetingFixture::memberId(0), meeting.memberKeys.at(0), 1,
            { Other }, meeting.t0.addSecs(60), opinion);
    REQUIRE(withText.ok());
    const BallotFile plain = meeting.memberBallot(open, 1, { Yes });
    // Nothing of the text in the clear, and the same size as a ballot without one.
    CHECK_FALSE(withText->toBytes().contains(opinion.toUtf8()));
    CHECK_FALSE(withText->payload().contains(u"otherText"));
    CHECK(withText->payload().value(u"sealed").toString().size()
        == SignedRecord::fromBytes(plain.bytes)->payload().value(u"sealed").toString().size());

    const QList<BallotFile> files { { MeetingFixture::folderOf(meeting.memberKeys.at(0)),
                                        QStringLiteral("b.json"), withText->toBytes() },
        plain };
    // Without the chair's key nobody reads it.
    for (const AcceptedBallot &b :
        collectBallots(open, meeting.roster, files, std::nullopt).accepted)
        CHECK(b.otherText.isEmpty());
    const BallotCollection c
        = collectBallots(open, meeting.roster, files, std::nullopt, &meeting.chairKey);
    REQUIRE(c.accepted.size() == 2);
    const Result<ClosedPoll> closed
        = closePoll(open, meeting.roster, {}, c, meeting.t0.addSecs(600), meeting.chairKey);
    REQUIRE(closed.ok());
    bool found = false;
    for (const CountedEntry &e : closed->close.entries) {
        CHECK(e.voter.isEmpty());
        found = found || e.otherText == opinion;
    }
    CHECK(found);
    const QString csv
        = QString::fromUtf8(exportResultCsv(open, meeting.roster, closed->close, closed->tally));
    CHECK(csv.contains(opinion));
    CHECK_FALSE(csv.contains(QStringLiteral("Ủy viên 1")));
    CHECK(verifyPollClose(closed->record.toBytes(), open, meeting.roster, std::nullopt).ok());
}

TEST_CASE("The directory's proxy rules reach the roster, a directory without them reads as before",
    "[voting][proxy][roster]")
{
    PeopleDirectory directory;
    directory.revision = 1;
    QJsonObject old = directory.toJson();
    old.remove(QStringLiteral("proxyVoting"));
    old.remove(QStringLiteral("countProxiesForQuorum"));
    const Result<PeopleDirectory> read = PeopleDirectory::fromJson(old);
    REQUIRE(read.ok());
    CHECK_FALSE(read->proxyVoting);
    CHECK(read->countProxiesForQuorum);
    QJsonObject bad = old;
    bad.insert(QStringLiteral("countProxiesForQuorum"), 1);
    CHECK_FALSE(PeopleDirectory::fromJson(bad).ok());

    Meeting meeting;
    meeting.id = QStringLiteral("ubnd-xa-2026-12");
    Participant chair;
    chair.id = QStringLiteral("chu-tich");
    chair.fullName = QStringLiteral("Nguyễn Văn An");
    chair.role = Role::Chair;
    meeting.participants << chair;
    const QDateTime now = QDateTime(QDate(2026, 12, 7), QTime(8, 0), Qt::UTC);
    CHECK_FALSE(buildRoster(meeting, read.value(), 1, now).proxyVoting);
    PeopleDirectory strict = read.value();
    strict.proxyVoting = true;
    strict.countProxiesForQuorum = false;
    const Roster roster = buildRoster(meeting, strict, 1, now);
    CHECK(roster.proxyVoting);
    CHECK_FALSE(roster.countProxiesForQuorum);
}
