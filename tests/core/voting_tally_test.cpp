#include <catch2/catch.hpp>

#include "meeting_core/voting/tally.h"

using namespace phonghop;

namespace {
constexpr int Yes = 0, No = 1, Abstain = 2;

QString member(int i)
{
    return QStringLiteral("m%1").arg(i + 1);
}

// `members` members of weight 1, the first `present` of them present; m1 chairs.
TallyInput meeting(const QString &preset, int members, int present)
{
    TallyInput input;
    input.poll.id = QStringLiteral("p1");
    input.poll.kind = PollKind::Approval;
    input.poll.options = PollDefinition::defaultOptions(PollKind::Approval);
    input.poll.rule = *VotingRule::fromPreset(preset);
    for (int i = 0; i < members; ++i)
        input.members << Member { member(i), QStringLiteral("Thành viên %1").arg(i + 1), 1,
            i < present };
    input.chairId = member(0);
    return input;
}

// Members vote in order: the first `yes` vote Yes, then `no` vote No, then `abstain` abstain.
void vote(TallyInput &input, int yes, int no, int abstain)
{
    int next = 0;
    for (int i = 0; i < yes; ++i)
        input.votes << CastVote { member(next++), { Yes } };
    for (int i = 0; i < no; ++i)
        input.votes << CastVote { member(next++), { No } };
    for (int i = 0; i < abstain; ++i)
        input.votes << CastVote { member(next++), { Abstain } };
}

TallyInput custom(VoteBase base, Threshold threshold, int members, int present)
{
    TallyInput input = meeting(QStringLiteral("da-so-phieu"), members, present);
    input.poll.rule.preset.clear();
    input.poll.rule.base = base;
    input.poll.rule.threshold = threshold;
    return input;
}
} // namespace

TEST_CASE(
    "People's Committee: more than half of all members voting Tán thành passes", "[voting][tally]")
{
    TallyInput input = meeting(QStringLiteral("uy-ban-nhan-dan"), 9, 9);
    vote(input, 5, 3, 1);
    const TallyResult result = computeTally(input);
    CHECK(result.passed);
    CHECK(result.decidedBy == u"threshold");
    CHECK(result.options.at(Yes).weight == 5);
    CHECK(result.options.at(Yes).percent == Approx(55.56));
    CHECK(result.baseWeight == 9);
    CHECK(result.explanation.contains(u"5 of 9"));
}

TEST_CASE("People's Committee: a majority of those voting but not of all members fails",
    "[voting][tally]")
{
    // 7 of 9 present; 4 Tán thành, 2 against, 1 abstains: 4 is a majority of ballots cast but
    // not more than half of the 9 members.
    TallyInput input = meeting(QStringLiteral("uy-ban-nhan-dan"), 9, 7);
    vote(input, 4, 2, 1);
    const TallyResult result = computeTally(input);
    CHECK(result.quorumMet);
    CHECK_FALSE(result.passed);
    CHECK(result.decidedBy == u"threshold");
}

TEST_CASE("People's Committee: on a tie the side the chair voted with wins", "[voting][tally]")
{
    SECTION("chair votes Tán thành: passed")
    {
        TallyInput input = meeting(QStringLiteral("uy-ban-nhan-dan"), 9, 9);
        vote(input, 4, 4, 1); // m1 (the chair) is among the Yes votes
        const TallyResult result = computeTally(input);
        CHECK(result.passed);
        CHECK(result.decidedBy == u"chair-tie-break");
    }
    SECTION("chair votes Không tán thành: not passed")
    {
        TallyInput input = meeting(QStringLiteral("uy-ban-nhan-dan"), 9, 9);
        input.chairId = member(4); // m5 votes No
        vote(input, 4, 4, 1);
        const TallyResult result = computeTally(input);
        CHECK_FALSE(result.passed);
        CHECK(result.decidedBy == u"chair-tie-break");
    }
    SECTION("chair abstains: the tie is not broken")
    {
        TallyInput input = meeting(QStringLiteral("uy-ban-nhan-dan"), 9, 9);
        input.chairId = member(8); // m9 abstains
        vote(input, 4, 4, 1);
        const TallyResult result = computeTally(input);
        CHECK_FALSE(result.passed);
        CHECK(result.decidedBy == u"threshold");
    }
    SECTION("without the chair rule a tie simply fails")
    {
        TallyInput input = meeting(QStringLiteral("hdnd"), 9, 9);
        vote(input, 4, 4, 1);
        CHECK_FALSE(computeTally(input).passed);
    }
}

TEST_CASE(
    "People's Committee: fewer than two thirds of members present is no quorum", "[voting][tally]")
{
    TallyInput input = meeting(QStringLiteral("uy-ban-nhan-dan"), 9, 5);
    vote(input, 5, 0, 0); // all present vote yes: 5 of 9 would be more than half
    TallyResult result = computeTally(input);
    CHECK_FALSE(result.quorumMet);
    CHECK_FALSE(result.passed);
    CHECK(result.decidedBy == u"quorum");

    // Exactly two thirds present meets it.
    input = meeting(QStringLiteral("uy-ban-nhan-dan"), 9, 6);
    vote(input, 5, 0, 0);
    result = computeTally(input);
    CHECK(result.quorumMet);
    CHECK(result.passed);
}

TEST_CASE(
    "A member who votes counts as present even if the roll call missed them", "[voting][tally]")
{
    TallyInput input = meeting(QStringLiteral("uy-ban-nhan-dan"), 9, 0);
    vote(input, 6, 0, 0);
    const TallyResult result = computeTally(input);
    CHECK(result.presentWeight == 6);
    CHECK(result.quorumMet);
    CHECK(result.passed);
}

TEST_CASE("People's Council: more than half of all delegates, two thirds for a dismissal",
    "[voting][tally]")
{
    TallyInput input = meeting(QStringLiteral("hdnd"), 30, 30);
    vote(input, 16, 14, 0);
    CHECK(computeTally(input).passed);
    input = meeting(QStringLiteral("hdnd"), 30, 30);
    vote(input, 15, 15, 0);
    CHECK_FALSE(computeTally(input).passed);

    input = meeting(QStringLiteral("hdnd-mien-nhiem"), 30, 30);
    vote(input, 20, 10, 0);
    CHECK(computeTally(input).passed);
    input = meeting(QStringLiteral("hdnd-mien-nhiem"), 30, 30);
    vote(input, 19, 11, 0);
    CHECK_FALSE(computeTally(input).passed);
}

TEST_CASE("The same ballots pass or fail depending on the base", "[voting][tally]")
{
    // 10 members, 8 present, 6 vote: 4 yes, 2 no. Two present members do not vote.
    const auto result = [](VoteBase base) {
        TallyInput input = custom(base, Threshold::MoreThanHalf, 10, 8);
        vote(input, 4, 2, 0);
        return computeTally(input);
    };
    const TallyResult entitled = result(VoteBase::Entitled);
    const TallyResult present = result(VoteBase::Present);
    const TallyResult cast = result(VoteBase::Cast);
    CHECK(entitled.baseWeight == 10);
    CHECK(present.baseWeight == 8);
    CHECK(cast.baseWeight == 6);
    CHECK_FALSE(entitled.passed); // 4 of 10
    CHECK_FALSE(present.passed); // 4 of 8 is exactly half, not more
    CHECK(cast.passed); // 4 of 6
    CHECK(cast.options.at(Yes).percent == Approx(66.67));
}

TEST_CASE("Thresholds: more than half is strict, two thirds and three quarters are at least",
    "[voting][tally]")
{
    const auto passes = [](Threshold threshold, int members, int yes) {
        TallyInput input = custom(VoteBase::Entitled, threshold, members, members);
        vote(input, yes, members - yes, 0);
        return computeTally(input).passed;
    };
    CHECK_FALSE(passes(Threshold::MoreThanHalf, 10, 5));
    CHECK(passes(Threshold::MoreThanHalf, 10, 6));
    CHECK(passes(Threshold::TwoThirds, 9, 6));
    CHECK_FALSE(passes(Threshold::TwoThirds, 9, 5));
    CHECK_FALSE(passes(Threshold::TwoThirds, 10, 6));
    CHECK(passes(Threshold::ThreeQuarters, 8, 6));
    CHECK_FALSE(passes(Threshold::ThreeQuarters, 8, 5));
}

TEST_CASE("Vote weights count instead of heads", "[voting][tally]")
{
    TallyInput input = custom(VoteBase::Cast, Threshold::MoreThanHalf, 3, 3);
    input.members[0].weight = 3;
    input.votes << CastVote { member(0), { Yes } } << CastVote { member(1), { No } }
                << CastVote { member(2), { No } };
    const TallyResult result = computeTally(input);
    CHECK(result.entitledWeight == 5);
    CHECK(result.options.at(Yes).weight == 3);
    CHECK(result.options.at(Yes).ballots == 1);
    CHECK(result.options.at(No).weight == 2);
    CHECK(result.options.at(No).ballots == 2);
    CHECK(result.passed); // 3 of 5 votes, though 1 of 3 heads
}

TEST_CASE("Ballots of non-members, weightless members and repeat voters are not counted",
    "[voting][tally]")
{
    TallyInput input = custom(VoteBase::Cast, Threshold::MoreThanHalf, 3, 3);
    input.members << Member { QStringLiteral("khach"), QStringLiteral("Khách mời"), 0, true };
    input.votes << CastVote { member(0), { No } } << CastVote { member(0), { Yes } }
                << CastVote { QStringLiteral("nguoi-la"), { Yes } }
                << CastVote { QStringLiteral("khach"), { Yes } } << CastVote { member(1), { Yes } };
    const TallyResult result = computeTally(input);
    CHECK(result.ballotsCounted == 2);
    CHECK(result.rejected.size() == 3);
    CHECK(result.options.at(Yes).weight == 1);
    CHECK(result.options.at(No).weight == 1); // the first ballot of m1 counts
    CHECK_FALSE(result.passed);
}

TEST_CASE("Choice polls enforce min and max choices and elect by the threshold", "[voting][tally]")
{
    TallyInput input = custom(VoteBase::Cast, Threshold::MoreThanHalf, 7, 7);
    input.poll.kind = PollKind::Choice;
    input.poll.options.clear();
    for (const char *name : { "Phạm Văn Cường", "Hoàng Thị Dung", "Vũ Văn Em", "Đặng Thị Giang" })
        input.poll.options << PollOption { QString::fromUtf8(name), OptionMeaning::Candidate };
    input.poll.minChoices = 1;
    input.poll.maxChoices = 2;
    REQUIRE(input.poll.validate().ok());

    input.votes << CastVote { member(0), { 0, 1 } } << CastVote { member(1), { 0, 1 } }
                << CastVote { member(2), { 0, 2 } } << CastVote { member(3), { 0, 1 } }
                << CastVote { member(4), { 3 } };
    input.votes << CastVote { member(5), { 0, 1, 2 } }; // more than max
    input.votes << CastVote { member(6), {} }; // fewer than min
    TallyResult result = computeTally(input);
    CHECK(result.rejected.size() == 2);
    CHECK(result.ballotsCounted == 5);
    CHECK(result.options.at(0).weight == 4); // 4 of 5: elected
    CHECK(result.options.at(1).weight == 3); // 3 of 5: elected
    CHECK(result.options.at(2).weight == 1);
    CHECK(result.options.at(0).elected);
    CHECK(result.options.at(1).elected);
    CHECK_FALSE(result.options.at(2).elected);
    CHECK(result.passed);

    SECTION("an option repeated in one ballot or outside the list is rejected")
    {
        CHECK_FALSE(input.poll.checkChoices({ 1, 1 }).ok());
        CHECK_FALSE(input.poll.checkChoices({ 4 }).ok());
        CHECK(input.poll.checkChoices({ 3 }).ok());
    }
    SECTION("options level for the last seat are not elected")
    {
        // Two seats; A, B and C all pass the threshold, B and C are level for seat two.
        input.votes = { CastVote { member(0), { 0, 1 } }, CastVote { member(1), { 0, 1 } },
            CastVote { member(2), { 0, 2 } }, CastVote { member(3), { 1, 2 } },
            CastVote { member(4), { 0, 2 } } };
        result = computeTally(input);
        CHECK(result.options.at(0).weight == 4);
        CHECK(result.options.at(1).weight == 3);
        CHECK(result.options.at(2).weight == 3);
        CHECK(result.options.at(0).elected);
        CHECK_FALSE(result.options.at(1).elected);
        CHECK_FALSE(result.options.at(2).elected);
        CHECK(result.explanation.contains(u"undecided"));
    }
}

TEST_CASE(
    "A secret tally counts pseudonymous weights and cannot use the chair's side", "[voting][tally]")
{
    TallyInput input = meeting(QStringLiteral("uy-ban-nhan-dan"), 4, 4);
    input.pseudonymous = true;
    input.votes << CastVote { QStringLiteral("a1"), { Yes }, 1 }
                << CastVote { QStringLiteral("b2"), { Yes }, 1 }
                << CastVote { QStringLiteral("c3"), { No }, 1 }
                << CastVote { QStringLiteral("d4"), { No }, 1 };
    const TallyResult result = computeTally(input);
    CHECK(result.ballotsCounted == 4);
    CHECK_FALSE(result.passed);
    CHECK(result.decidedBy == u"threshold");
}

TEST_CASE("With no ballots and the cast base nothing passes", "[voting][tally]")
{
    TallyInput input = custom(VoteBase::Cast, Threshold::MoreThanHalf, 3, 3);
    const TallyResult result = computeTally(input);
    CHECK_FALSE(result.passed);
    CHECK(result.decidedBy == u"no-votes");
}

TEST_CASE(
    "Poll definitions round-trip through JSON and reject inconsistent options", "[voting][tally]")
{
    PollDefinition poll;
    poll.id = QStringLiteral("bau-cu");
    poll.kind = PollKind::Choice;
    poll.options = { { QStringLiteral("A"), OptionMeaning::Candidate },
        { QStringLiteral("B"), OptionMeaning::Candidate } };
    poll.minChoices = 1;
    poll.maxChoices = 2;
    poll.secret = true;
    poll.rule = *VotingRule::fromPreset(QStringLiteral("hdnd"));
    const Result<PollDefinition> back = PollDefinition::fromJson(poll.toJson());
    REQUIRE(back.ok());
    CHECK(back->toJson() == poll.toJson());

    poll.maxChoices = 3;
    CHECK_FALSE(poll.validate().ok());
    PollDefinition approval;
    approval.id = QStringLiteral("x");
    approval.options = { { QStringLiteral("Tán thành"), OptionMeaning::Yes } };
    CHECK_FALSE(approval.validate().ok()); // no "No" option
    CHECK_FALSE(
        VotingRule::fromJson(QJsonObject { { QStringLiteral("preset"), QStringLiteral("x") } })
            .ok());
}
