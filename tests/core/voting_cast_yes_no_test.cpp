#include <catch2/catch.hpp>

#include "meeting_core/voting/tally.h"

#include <QJsonDocument>

// The base "ballots for and against only" (cast-yes-no, OpenSlides' YN base): abstentions and
// other opinions are counted as ballots but left out of the base the threshold is measured on.
using namespace phonghop;

namespace {
constexpr int Yes = 0, No = 1, Abstain = 2;

QString member(int i)
{
    return QStringLiteral("m%1").arg(i + 1);
}

TallyInput yesNoBase(Threshold threshold, int members, int present)
{
    TallyInput input;
    input.poll.id = QStringLiteral("p1");
    input.poll.kind = PollKind::Approval;
    input.poll.options = PollDefinition::defaultOptions(PollKind::Approval);
    input.poll.rule.base = VoteBase::CastYesNo;
    input.poll.rule.threshold = threshold;
    for (int i = 0; i < members; ++i)
        input.members << Member { member(i), QStringLiteral("Thành viên %1").arg(i + 1), 1,
            i < present };
    input.chairId = member(0);
    return input;
}

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

struct Vector {
    Threshold threshold;
    int yes, no, abstain;
    qint64 base;
    bool passed;
    const char *decidedBy;
};
} // namespace

TEST_CASE("cast-yes-no: tally vectors with and without abstentions", "[voting][tally]")
{
    // 12 members, all present. The base is yes + no whatever the abstentions.
    const Vector vectors[] = {
        // Without abstentions: the base is every ballot.
        { Threshold::MoreThanHalf, 7, 5, 0, 12, true, "threshold" },
        { Threshold::MoreThanHalf, 6, 6, 0, 12, false, "threshold" }, // exact half: not more
        { Threshold::TwoThirds, 8, 4, 0, 12, true, "threshold" }, // exactly two thirds
        { Threshold::TwoThirds, 7, 5, 0, 12, false, "threshold" },
        { Threshold::ThreeQuarters, 9, 3, 0, 12, true, "threshold" }, // exactly three quarters
        // With abstentions: left out of the base.
        { Threshold::MoreThanHalf, 4, 3, 5, 7, true, "threshold" }, // 4/7, though 4/12 of cast
        { Threshold::MoreThanHalf, 3, 3, 6, 6, false, "threshold" }, // a tie is exactly half
        { Threshold::TwoThirds, 4, 2, 6, 6, true, "threshold" }, // 4/6 = exactly two thirds
        { Threshold::TwoThirds, 3, 2, 7, 5, false, "threshold" }, // 3/5 < 2/3
        { Threshold::ThreeQuarters, 3, 1, 8, 4, true, "threshold" }, // 3/4 exactly
        { Threshold::MoreThanHalf, 1, 0, 11, 1, true, "threshold" }, // one for, the rest abstain
        // Everyone abstains: nothing to count against.
        { Threshold::MoreThanHalf, 0, 0, 12, 0, false, "no-votes" },
    };
    for (const Vector &v : vectors) {
        TallyInput input = yesNoBase(v.threshold, 12, 12);
        vote(input, v.yes, v.no, v.abstain);
        const TallyResult result = computeTally(input);
        INFO(QJsonDocument(result.toJson()).toJson().toStdString());
        CHECK(result.baseWeight == v.base);
        CHECK(result.castWeight == v.yes + v.no + v.abstain);
        CHECK(result.passed == v.passed);
        CHECK(result.decidedBy == QLatin1String(v.decidedBy));
        CHECK(result.options.at(Abstain).weight == v.abstain);
    }
}

TEST_CASE("cast-yes-no: percentages are of the ballots for and against", "[voting][tally]")
{
    TallyInput input = yesNoBase(Threshold::MoreThanHalf, 10, 10);
    vote(input, 3, 1, 6);
    const TallyResult result = computeTally(input);
    CHECK(result.baseWeight == 4);
    CHECK(result.options.at(Yes).percent == Approx(75.0));
    CHECK(result.options.at(No).percent == Approx(25.0));
    // An abstention's share of a base it is not part of is still shown, over 100 %.
    CHECK(result.options.at(Abstain).percent == Approx(150.0));
    CHECK(result.passed);
}

TEST_CASE(
    "cast-yes-no: weights, the quorum and the chair's tie break still apply", "[voting][tally]")
{
    TallyInput input = yesNoBase(Threshold::MoreThanHalf, 6, 6);
    input.poll.rule.tieBreak = TieBreak::ChairSide;
    input.members[1].weight = 3; // m2 votes with a weight of 3
    input.votes << CastVote { member(0), { Yes } } << CastVote { member(1), { No } }
                << CastVote { member(2), { Yes } } << CastVote { member(3), { Yes } }
                << CastVote { member(4), { Abstain } };
    const TallyResult tie = computeTally(input);
    CHECK(tie.baseWeight == 6); // 3 for + 3 against; the abstention is not in it
    CHECK(tie.passed); // level at 3, and the chair (m1) voted for
    CHECK(tie.decidedBy == u"chair-tie-break");

    TallyInput few = yesNoBase(Threshold::MoreThanHalf, 6, 2);
    few.poll.rule.quorum = Quorum::TwoThirds;
    vote(few, 2, 0, 0);
    const TallyResult noQuorum = computeTally(few);
    CHECK_FALSE(noQuorum.quorumMet);
    CHECK_FALSE(noQuorum.passed);
    CHECK(noQuorum.decidedBy == u"quorum");
}

TEST_CASE("cast-yes-no: the id round-trips, the description says it, a choice poll refuses it",
    "[voting][tally]")
{
    const Result<VotingRule> rule = VotingRule::fromJson(
        QJsonObject { { QStringLiteral("base"), QStringLiteral("cast-yes-no") } });
    REQUIRE(rule.ok());
    CHECK(rule->base == VoteBase::CastYesNo);
    CHECK(rule->toJson().value(u"base").toString() == u"cast-yes-no");
    CHECK(voteBaseId(VoteBase::CastYesNo) == u"cast-yes-no");
    CHECK(rule->describe().contains(u"abstentions not counted"));

    // A preset changed to this base is no longer that preset.
    const Result<VotingRule> changed = VotingRule::fromJson(
        QJsonObject { { QStringLiteral("preset"), QStringLiteral("da-so-phieu") },
            { QStringLiteral("base"), QStringLiteral("cast-yes-no") } });
    REQUIRE(changed.ok());
    CHECK(changed->preset.isEmpty());

    PollDefinition election;
    election.id = QStringLiteral("bau-cu");
    election.kind = PollKind::Choice;
    election.options = { { QStringLiteral("A"), OptionMeaning::Candidate },
        { QStringLiteral("B"), OptionMeaning::Candidate } };
    election.rule.base = VoteBase::CastYesNo;
    const Status refused = election.validate();
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(u"cast-yes-no"));
}

TEST_CASE("An invalid rule is refused with a message naming what is wrong", "[voting][tally]")
{
    const auto refusal = [](const QJsonObject &rule) {
        const Result<VotingRule> parsed = VotingRule::fromJson(rule);
        REQUIRE_FALSE(parsed.ok());
        return parsed.error();
    };
    CHECK(refusal({ { QStringLiteral("base"), QStringLiteral("yes-no") } }).contains(u"yes-no"));
    CHECK(
        refusal({ { QStringLiteral("base"), QStringLiteral("yes-no") } }).contains(u"cast-yes-no"));
    CHECK(refusal({ { QStringLiteral("base"), 3 } }).contains(u"base"));
    CHECK(refusal({ { QStringLiteral("preset"), QStringLiteral("quoc-hoi") } })
              .contains(u"quoc-hoi"));
    CHECK(refusal({ { QStringLiteral("threshold"), QStringLiteral("half") } })
              .contains(u"threshold"));
    CHECK(refusal({ { QStringLiteral("basis"), QStringLiteral("cast") } }).contains(u"basis"));

    // In a poll definition: a rule that is neither a preset name nor an object.
    const Result<PollDefinition> poll = PollDefinition::fromJson(QJsonObject {
        { QStringLiteral("id"), QStringLiteral("p1") }, { QStringLiteral("rule"), 42 } });
    REQUIRE_FALSE(poll.ok());
    CHECK(poll.error().contains(u"rule"));
}
