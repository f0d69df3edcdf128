// The percentages of a vote's explanation follow the interface language (issue 14):
// Vietnamese writes "57,14 %", English "57.14%".
#include <catch2/catch.hpp>

#include "meeting_core/i18n/translationloader.h"
#include "meeting_core/voting/tally.h"

#include <QLocale>

using namespace phonghop;

namespace {
// Seven members present, all of weight 1; four vote Tán thành and three against, so Tán
// thành has 4 of 7 ballots cast: 57.14 %.
TallyResult fourOfSeven()
{
    TallyInput input;
    input.poll.id = QStringLiteral("p1");
    input.poll.kind = PollKind::Approval;
    input.poll.options = PollDefinition::defaultOptions(PollKind::Approval);
    input.poll.rule = *VotingRule::fromPreset(QStringLiteral("da-so-phieu"));
    for (int i = 0; i < 7; ++i) {
        const QString id = QStringLiteral("m%1").arg(i + 1);
        input.members << Member { id, QStringLiteral("Thành viên %1").arg(i + 1), 1, true };
        input.votes << CastVote { id, { i < 4 ? 0 : 1 } };
    }
    input.chairId = QStringLiteral("m1");
    return computeTally(input);
}

struct DefaultLocale {
    QLocale before;
    ~DefaultLocale() { QLocale::setDefault(before); }
};
} // namespace

TEST_CASE("A vote's explanation writes its percentage the Vietnamese way in Vietnamese",
    "[voting][tally][i18n]")
{
    const DefaultLocale restore;
    TranslationLoader language;
    REQUIRE(language.load(QStringLiteral("vi"))); // also makes QLocale's default Vietnamese
    const TallyResult result = fourOfSeven();
    REQUIRE(result.passed);
    INFO(result.explanation.toStdString());
    CHECK(result.explanation.contains(QStringLiteral("(57,14 %)")));
    CHECK_FALSE(result.explanation.contains(QStringLiteral("57.14")));
    CHECK_FALSE(result.explanation.contains(QStringLiteral("57,14%")));
    CHECK(result.explanation.contains(QStringLiteral("phiếu"))); // the sentence is Vietnamese
}

TEST_CASE("A vote's explanation writes its percentage the English way in English",
    "[voting][tally][i18n]")
{
    const DefaultLocale restore;
    TranslationLoader language;
    REQUIRE(language.load(QStringLiteral("en")));
    const TallyResult result = fourOfSeven();
    INFO(result.explanation.toStdString());
    CHECK(result.explanation.contains(QStringLiteral("4 of 7 votes (57.14%)")));
}
