#include "tally.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QLocale>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace phonghop {

namespace {
// The context of this file's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::Tally)
};

// Exact comparisons in whole numbers: part/whole against the threshold's fraction.
bool meets(qint64 part, qint64 whole, Threshold threshold)
{
    if (whole <= 0)
        return false;
    switch (threshold) {
    case Threshold::MoreThanHalf:
        return 2 * part > whole;
    case Threshold::TwoThirds:
        return 3 * part >= 2 * whole;
    case Threshold::ThreeQuarters:
        return 4 * part >= 3 * whole;
    }
    return false;
}

bool quorumMet(qint64 present, qint64 entitled, Quorum quorum)
{
    switch (quorum) {
    case Quorum::None:
        return true;
    case Quorum::MoreThanHalf:
        return 2 * present > entitled;
    case Quorum::TwoThirds:
        return 3 * present >= 2 * entitled;
    }
    return false;
}

double percentOf(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return 0;
    return std::round(static_cast<double>(part) * 10000.0 / static_cast<double>(whole)) / 100.0;
}

// The number of a percentage as the interface language writes it (QLocale's default, which the
// TranslationLoader sets), for a sentence that supplies the sign itself ("(%4%)"): Vietnamese
// puts a space before the sign, "57,14 %", English none, "57.14%" (issue 14: one way
// everywhere, the session panel's result table writes the same).
QString percentText(double percent)
{
    const QLocale locale;
    QString text = locale.toString(percent, 'f', 2);
    if (locale.language() == QLocale::Vietnamese)
        text += u' ';
    return text;
}
} // namespace

TallyResult computeTally(const TallyInput &input)
{
    const PollDefinition &poll = input.poll;
    TallyResult result;
    for (const PollOption &option : poll.options)
        result.options << OptionResult { option };

    QHash<QString, const Member *> entitled;
    for (const Member &member : input.members) {
        if (member.weight > 0 && !entitled.contains(member.id)) {
            entitled.insert(member.id, &member);
            result.entitledWeight += member.weight;
        }
    }

    // Count the valid ballots.
    QSet<QString> voted;
    QSet<QString> votedByProxy;
    QHash<QString, QList<int>> choicesByVoter;
    for (const CastVote &vote : input.votes) {
        qint64 weight = 0;
        if (input.pseudonymous) {
            if (vote.weight <= 0) {
                result.rejected << RejectedVote { vote.voter,
                    Tr::tr("The ballot carries no weight") };
                continue;
            }
            weight = vote.weight;
        } else {
            const Member *member = entitled.value(vote.voter);
            if (!member) {
                result.rejected << RejectedVote { vote.voter,
                    Tr::tr("The voter is not a member entitled to vote") };
                continue;
            }
            weight = member->weight;
        }
        if (voted.contains(vote.voter)) {
            result.rejected << RejectedVote { vote.voter,
                Tr::tr("A second ballot from the same voter; only the "
                       "first is counted") };
            continue;
        }
        const Status valid = poll.checkChoices(vote.choices);
        if (!valid) {
            result.rejected << RejectedVote { vote.voter, valid.error() };
            continue;
        }
        voted.insert(vote.voter);
        if (vote.byProxy)
            votedByProxy.insert(vote.voter);
        choicesByVoter.insert(vote.voter, vote.choices);
        result.castWeight += weight;
        ++result.ballotsCounted;
        for (int choice : vote.choices) {
            result.options[choice].weight += weight;
            result.options[choice].ballots += 1;
        }
    }

    // A member who cast a valid ballot is present, whatever the roll call says; a ballot cast
    // by a proxy holder does not make the member represented present.
    for (const Member *member : std::as_const(entitled)) {
        if (member->present
            || (!input.pseudonymous && voted.contains(member->id)
                && !votedByProxy.contains(member->id)))
            result.presentWeight += member->weight;
        else if (member->byProxy)
            result.proxyWeight += member->weight;
    }
    // Present as the body counts it: in person, and by proxy where its rules say so.
    const qint64 countedPresent
        = result.presentWeight + (input.countProxiesForQuorum ? result.proxyWeight : 0);

    switch (poll.rule.base) {
    case VoteBase::Entitled:
        result.baseWeight = result.entitledWeight;
        break;
    case VoteBase::Present:
        result.baseWeight = countedPresent;
        break;
    case VoteBase::Cast:
        result.baseWeight = result.castWeight;
        break;
    case VoteBase::CastYesNo:
        // Only the ballots for and against: abstentions and other opinions are left out.
        for (const OptionResult &option : std::as_const(result.options)) {
            if (option.option.meaning == OptionMeaning::Yes
                || option.option.meaning == OptionMeaning::No)
                result.baseWeight += option.weight;
        }
        break;
    }
    for (OptionResult &option : result.options) {
        option.percent = percentOf(option.weight, result.baseWeight);
        option.reachesThreshold = meets(option.weight, result.baseWeight, poll.rule.threshold);
    }

    const QString rule = poll.rule.describe();
    result.quorumMet = quorumMet(countedPresent, result.entitledWeight, poll.rule.quorum);
    if (!result.quorumMet) {
        result.passed = false;
        result.decidedBy = QStringLiteral("quorum");
        result.explanation = Tr::tr("Not valid: members with %1 of %2 votes are present, which "
                                    "does not meet the quorum. %3")
                                 .arg(countedPresent)
                                 .arg(result.entitledWeight)
                                 .arg(rule);
        return result;
    }
    if (result.baseWeight <= 0) {
        result.passed = false;
        result.decidedBy = QStringLiteral("no-votes");
        result.explanation = Tr::tr("Not passed: there is nothing to count against. %1").arg(rule);
        return result;
    }

    if (poll.kind == PollKind::Choice) {
        QList<int> reaching;
        for (int i = 0; i < result.options.size(); ++i) {
            if (result.options.at(i).reachesThreshold)
                reaching << i;
        }
        std::stable_sort(reaching.begin(), reaching.end(), [&](int a, int b) {
            return result.options.at(a).weight > result.options.at(b).weight;
        });
        QStringList elected;
        bool tieAtCut = false;
        if (reaching.size() > poll.maxChoices) {
            // More options reach the threshold than there are seats: the strongest are
            // elected; options level with the last seat's are left undecided.
            const qint64 cut = result.options.at(reaching.at(poll.maxChoices)).weight;
            tieAtCut = result.options.at(reaching.at(poll.maxChoices - 1)).weight == cut;
            reaching = reaching.mid(0, poll.maxChoices);
            if (tieAtCut)
                reaching.erase(std::remove_if(reaching.begin(), reaching.end(),
                                   [&](int i) { return result.options.at(i).weight == cut; }),
                    reaching.end());
        }
        for (int i : std::as_const(reaching)) {
            result.options[i].elected = true;
            elected << result.options.at(i).option.label;
        }
        result.passed = !elected.isEmpty();
        result.decidedBy = QStringLiteral("threshold");
        result.explanation = elected.isEmpty()
            ? Tr::tr("No option reached the threshold. %1").arg(rule)
            : Tr::tr("Elected: %1. %2").arg(elected.join(QStringLiteral(", ")), rule);
        if (tieAtCut)
            result.explanation += u' ' + Tr::tr("Options level for the last seat are undecided.");
        return result;
    }

    const auto indexOf = [&](OptionMeaning meaning) {
        for (int i = 0; i < poll.options.size(); ++i) {
            if (poll.options.at(i).meaning == meaning)
                return i;
        }
        return -1;
    };
    const OptionResult &yes = result.options.at(indexOf(OptionMeaning::Yes));
    const OptionResult &no = result.options.at(indexOf(OptionMeaning::No));
    result.decidedBy = QStringLiteral("threshold");
    if (yes.reachesThreshold) {
        result.passed = true;
        result.explanation = Tr::tr("Passed: \"%1\" has %2 of %3 votes (%4%). %5")
                                 .arg(yes.option.label)
                                 .arg(yes.weight)
                                 .arg(result.baseWeight)
                                 .arg(percentText(yes.percent), rule);
        return result;
    }
    result.passed = false;
    result.explanation = Tr::tr("Not passed: \"%1\" has %2 of %3 votes (%4%). %5")
                             .arg(yes.option.label)
                             .arg(yes.weight)
                             .arg(result.baseWeight)
                             .arg(percentText(yes.percent), rule);
    if (poll.rule.tieBreak == TieBreak::ChairSide && yes.weight == no.weight && yes.weight > 0) {
        const QList<int> chairChoice
            = input.pseudonymous ? QList<int>() : choicesByVoter.value(input.chairId);
        const int yesIndex = indexOf(OptionMeaning::Yes);
        const int noIndex = indexOf(OptionMeaning::No);
        if (chairChoice == QList<int> { yesIndex } || chairChoice == QList<int> { noIndex }) {
            result.passed = chairChoice.first() == yesIndex;
            result.decidedBy = QStringLiteral("chair-tie-break");
            result.explanation
                = (result.passed ? Tr::tr("Passed: \"%1\" and \"%2\" are level at %3 votes and the "
                                          "chair voted \"%4\". %5")
                                 : Tr::tr("Not passed: \"%1\" and \"%2\" are level at %3 votes and "
                                          "the chair voted \"%4\". %5"))
                      .arg(yes.option.label, no.option.label)
                      .arg(yes.weight)
                      .arg(poll.options.at(chairChoice.first()).label, rule);
        } else {
            result.explanation += u' '
                + Tr::tr("The sides are level but the chair's side is not known (the chair did not "
                         "vote Yes or No, or the poll is secret).");
        }
    }
    return result;
}

QJsonObject TallyResult::countsJson() const
{
    QJsonArray list;
    for (const OptionResult &option : options) {
        QJsonObject o {
            { QStringLiteral("label"), option.option.label },
            { QStringLiteral("meaning"), optionMeaningId(option.option.meaning) },
            { QStringLiteral("votes"), option.weight },
            { QStringLiteral("ballots"), option.ballots },
            { QStringLiteral("percent"), option.percent },
        };
        if (option.option.meaning == OptionMeaning::Candidate)
            o.insert(QStringLiteral("elected"), option.elected);
        list.append(o);
    }
    QJsonObject counts {
        { QStringLiteral("options"), list },
        { QStringLiteral("entitled"), entitledWeight },
        { QStringLiteral("present"), presentWeight },
        { QStringLiteral("cast"), castWeight },
        { QStringLiteral("base"), baseWeight },
        { QStringLiteral("ballots"), ballotsCounted },
        { QStringLiteral("quorumMet"), quorumMet },
        { QStringLiteral("passed"), passed },
        { QStringLiteral("decidedBy"), decidedBy },
    };
    // Only when someone was represented by proxy, so that close records written before proxies
    // were known recount to the same figures.
    if (proxyWeight > 0)
        counts.insert(QStringLiteral("proxy"), proxyWeight);
    return counts;
}

QJsonObject TallyResult::toJson() const
{
    QJsonObject object = countsJson();
    object.insert(QStringLiteral("explanation"), explanation);
    QJsonArray list;
    for (const RejectedVote &vote : rejected)
        list.append(QJsonObject {
            { QStringLiteral("voter"), vote.voter }, { QStringLiteral("reason"), vote.reason } });
    object.insert(QStringLiteral("rejected"), list);
    return object;
}

} // namespace phonghop
