#include "poll.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace phonghop {

namespace {
// The context of this file's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::Poll)
};

template <typename Enum, std::size_t N>
std::optional<Enum> fromId(const QString &id, const Enum (&values)[N], QString (*toId)(Enum))
{
    for (Enum value : values) {
        if (toId(value) == id)
            return value;
    }
    return std::nullopt;
}

constexpr PollKind allKinds[] = { PollKind::Approval, PollKind::YesNo, PollKind::Choice };
constexpr OptionMeaning allMeanings[]
    = { OptionMeaning::Yes, OptionMeaning::No, OptionMeaning::Abstain, OptionMeaning::Candidate };
constexpr VoteBase allBases[] = { VoteBase::Entitled, VoteBase::Present, VoteBase::Cast };
constexpr Threshold allThresholds[]
    = { Threshold::MoreThanHalf, Threshold::TwoThirds, Threshold::ThreeQuarters };
constexpr Quorum allQuorums[] = { Quorum::None, Quorum::MoreThanHalf, Quorum::TwoThirds };
constexpr TieBreak allTieBreaks[] = { TieBreak::None, TieBreak::ChairSide };
} // namespace

QString pollKindId(PollKind kind)
{
    switch (kind) {
    case PollKind::Approval:
        return QStringLiteral("approval");
    case PollKind::YesNo:
        return QStringLiteral("yes-no");
    case PollKind::Choice:
        return QStringLiteral("choice");
    }
    return {};
}

QString optionMeaningId(OptionMeaning m)
{
    switch (m) {
    case OptionMeaning::Yes:
        return QStringLiteral("yes");
    case OptionMeaning::No:
        return QStringLiteral("no");
    case OptionMeaning::Abstain:
        return QStringLiteral("abstain");
    case OptionMeaning::Candidate:
        return QStringLiteral("candidate");
    }
    return {};
}

QString voteBaseId(VoteBase base)
{
    switch (base) {
    case VoteBase::Entitled:
        return QStringLiteral("entitled");
    case VoteBase::Present:
        return QStringLiteral("present");
    case VoteBase::Cast:
        return QStringLiteral("cast");
    }
    return {};
}

QString thresholdId(Threshold t)
{
    switch (t) {
    case Threshold::MoreThanHalf:
        return QStringLiteral("more-than-half");
    case Threshold::TwoThirds:
        return QStringLiteral("two-thirds");
    case Threshold::ThreeQuarters:
        return QStringLiteral("three-quarters");
    }
    return {};
}

QString quorumId(Quorum q)
{
    switch (q) {
    case Quorum::None:
        return QStringLiteral("none");
    case Quorum::MoreThanHalf:
        return QStringLiteral("more-than-half");
    case Quorum::TwoThirds:
        return QStringLiteral("two-thirds");
    }
    return {};
}

QString tieBreakId(TieBreak t)
{
    switch (t) {
    case TieBreak::None:
        return QStringLiteral("none");
    case TieBreak::ChairSide:
        return QStringLiteral("chair");
    }
    return {};
}

QStringList VotingRule::presetIds()
{
    return { QStringLiteral("uy-ban-nhan-dan"), QStringLiteral("hdnd"),
        QStringLiteral("hdnd-mien-nhiem"), QStringLiteral("da-so-phieu") };
}

std::optional<VotingRule> VotingRule::fromPreset(const QString &id)
{
    VotingRule rule;
    rule.preset = id;
    if (id == u"uy-ban-nhan-dan") {
        // Law on Local Government Organisation 2015: the committee meets with at least two
        // thirds of its members; a decision needs more than half of all members; on a tie
        // the side the Chair voted with wins.
        rule.base = VoteBase::Entitled;
        rule.threshold = Threshold::MoreThanHalf;
        rule.quorum = Quorum::TwoThirds;
        rule.tieBreak = TieBreak::ChairSide;
    } else if (id == u"hdnd") {
        // People's Council: at least two thirds of delegates present; more than half of all
        // delegates.
        rule.base = VoteBase::Entitled;
        rule.threshold = Threshold::MoreThanHalf;
        rule.quorum = Quorum::TwoThirds;
    } else if (id == u"hdnd-mien-nhiem") {
        // People's Council, dismissal (miễn nhiệm, bãi nhiệm): two thirds of all delegates.
        rule.base = VoteBase::Entitled;
        rule.threshold = Threshold::TwoThirds;
        rule.quorum = Quorum::TwoThirds;
    } else if (id == u"da-so-phieu") {
        rule.base = VoteBase::Cast;
        rule.threshold = Threshold::MoreThanHalf;
        rule.quorum = Quorum::None;
    } else {
        return std::nullopt;
    }
    return rule;
}

QJsonObject VotingRule::toJson() const
{
    QJsonObject object {
        { QStringLiteral("base"), voteBaseId(base) },
        { QStringLiteral("threshold"), thresholdId(threshold) },
        { QStringLiteral("quorum"), quorumId(quorum) },
        { QStringLiteral("tieBreak"), tieBreakId(tieBreak) },
    };
    if (!preset.isEmpty())
        object.insert(QStringLiteral("preset"), preset);
    return object;
}

Result<VotingRule> VotingRule::fromJson(const QJsonObject &object)
{
    using R = Result<VotingRule>;
    VotingRule rule;
    const QString preset = object.value(u"preset").toString();
    if (!preset.isEmpty()) {
        const auto fromPresetRule = fromPreset(preset);
        if (!fromPresetRule)
            return R::failure(Tr::tr("Unknown rule preset \"%1\" (known: %2)")
                                  .arg(preset, presetIds().join(QStringLiteral(", "))));
        rule = *fromPresetRule;
    }
    // Explicit fields override the preset's; a changed preset is then no longer that preset.
    auto field = [&](QStringView name, auto &target, const auto &values, auto toId) -> bool {
        const QJsonValue value = object.value(name);
        if (value.isUndefined())
            return true;
        const auto parsed = fromId(value.toString(), values, toId);
        if (!parsed)
            return false;
        if (*parsed != target && !preset.isEmpty())
            rule.preset.clear();
        target = *parsed;
        return true;
    };
    if (!field(u"base", rule.base, allBases, voteBaseId))
        return R::failure(Tr::tr("Unknown base; use entitled, present or cast"));
    if (!field(u"threshold", rule.threshold, allThresholds, thresholdId))
        return R::failure(
            Tr::tr("Unknown threshold; use more-than-half, two-thirds or three-quarters"));
    if (!field(u"quorum", rule.quorum, allQuorums, quorumId))
        return R::failure(Tr::tr("Unknown quorum; use none, more-than-half or two-thirds"));
    if (!field(u"tieBreak", rule.tieBreak, allTieBreaks, tieBreakId))
        return R::failure(Tr::tr("Unknown tie break; use none or chair"));
    return rule;
}

QString VotingRule::describe() const
{
    QString threshold;
    switch (this->threshold) {
    case Threshold::MoreThanHalf:
        threshold = Tr::tr("more than half");
        break;
    case Threshold::TwoThirds:
        threshold = Tr::tr("at least two thirds");
        break;
    case Threshold::ThreeQuarters:
        threshold = Tr::tr("at least three quarters");
        break;
    }
    QString base;
    switch (this->base) {
    case VoteBase::Entitled:
        base = Tr::tr("of all members entitled to vote");
        break;
    case VoteBase::Present:
        base = Tr::tr("of the members present");
        break;
    case VoteBase::Cast:
        base = Tr::tr("of the ballots cast");
        break;
    }
    QString text = Tr::tr("Needs %1 %2").arg(threshold, base);
    switch (quorum) {
    case Quorum::None:
        break;
    case Quorum::MoreThanHalf:
        text += Tr::tr(", with more than half of the members present");
        break;
    case Quorum::TwoThirds:
        text += Tr::tr(", with at least two thirds of the members present");
        break;
    }
    if (tieBreak == TieBreak::ChairSide)
        text += Tr::tr("; on a tie the side the chair voted with wins");
    return text + u'.';
}

QList<PollOption> PollDefinition::defaultOptions(PollKind kind)
{
    switch (kind) {
    case PollKind::Approval:
        return { { QStringLiteral("Tán thành"), OptionMeaning::Yes },
            { QStringLiteral("Không tán thành"), OptionMeaning::No },
            { QStringLiteral("Không biểu quyết"), OptionMeaning::Abstain } };
    case PollKind::YesNo:
        return { { QStringLiteral("Có"), OptionMeaning::Yes },
            { QStringLiteral("Không"), OptionMeaning::No } };
    case PollKind::Choice:
        return {};
    }
    return {};
}

Status PollDefinition::validate() const
{
    if (id.isEmpty())
        return Status::failure(Tr::tr("The poll has no id"));
    if (options.isEmpty())
        return Status::failure(Tr::tr("The poll has no options"));
    QSet<QString> labels;
    int yes = 0, no = 0, abstain = 0, candidates = 0;
    for (const PollOption &option : options) {
        if (option.label.trimmed().isEmpty() || labels.contains(option.label))
            return Status::failure(Tr::tr("Option labels must be present and distinct"));
        labels.insert(option.label);
        yes += option.meaning == OptionMeaning::Yes;
        no += option.meaning == OptionMeaning::No;
        abstain += option.meaning == OptionMeaning::Abstain;
        candidates += option.meaning == OptionMeaning::Candidate;
    }
    if (kind == PollKind::Choice) {
        if (yes + no + abstain > 0)
            return Status::failure(Tr::tr("A choice poll's options are all candidates"));
        if (minChoices < 0 || maxChoices < 1 || minChoices > maxChoices
            || maxChoices > options.size())
            return Status::failure(Tr::tr("The poll allows %1 to %2 choices of %3 options")
                                       .arg(minChoices)
                                       .arg(maxChoices)
                                       .arg(options.size()));
    } else {
        if (yes != 1 || no != 1 || candidates > 0 || abstain > (kind == PollKind::Approval ? 1 : 0))
            return Status::failure(
                Tr::tr("An approval or yes/no poll has one Yes and one No option (and, for "
                       "approval, at most one Abstain option)"));
        if (minChoices != 1 || maxChoices != 1)
            return Status::failure(Tr::tr("An approval or yes/no ballot has exactly one choice"));
    }
    return Status::success();
}

Status PollDefinition::checkChoices(const QList<int> &choices) const
{
    QSet<int> seen;
    for (int choice : choices) {
        if (choice < 0 || choice >= options.size())
            return Status::failure(Tr::tr("The ballot names an option the poll does not have"));
        if (seen.contains(choice))
            return Status::failure(Tr::tr("The ballot names one option twice"));
        seen.insert(choice);
    }
    if (choices.size() < minChoices)
        return Status::failure(Tr::tr("The ballot names %1 options; at least %2 are needed")
                                   .arg(choices.size())
                                   .arg(minChoices));
    if (choices.size() > maxChoices)
        return Status::failure(Tr::tr("The ballot names %1 options; at most %2 are allowed")
                                   .arg(choices.size())
                                   .arg(maxChoices));
    return Status::success();
}

QJsonObject PollDefinition::toJson() const
{
    QJsonArray list;
    for (const PollOption &option : options)
        list.append(QJsonObject { { QStringLiteral("label"), option.label },
            { QStringLiteral("meaning"), optionMeaningId(option.meaning) } });
    return QJsonObject {
        { QStringLiteral("id"), id },
        { QStringLiteral("title"), title },
        { QStringLiteral("kind"), pollKindId(kind) },
        { QStringLiteral("options"), list },
        { QStringLiteral("minChoices"), minChoices },
        { QStringLiteral("maxChoices"), maxChoices },
        { QStringLiteral("secret"), secret },
        { QStringLiteral("rule"), rule.toJson() },
    };
}

Result<PollDefinition> PollDefinition::fromJson(const QJsonObject &object)
{
    using R = Result<PollDefinition>;
    PollDefinition poll;
    poll.id = object.value(u"id").toString();
    poll.title = object.value(u"title").toString();
    const QString kind = object.value(u"kind").toString(QStringLiteral("approval"));
    const auto parsedKind = fromId(kind, allKinds, pollKindId);
    if (!parsedKind)
        return R::failure(
            Tr::tr("Unknown poll kind \"%1\"; use approval, yes-no or choice").arg(kind));
    poll.kind = *parsedKind;
    const QJsonValue options = object.value(u"options");
    if (options.isUndefined()) {
        poll.options = defaultOptions(poll.kind);
    } else {
        const QList<PollOption> defaults = defaultOptions(poll.kind);
        const QJsonArray array = options.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonValue value = array.at(i);
            PollOption option;
            if (value.isString()) {
                option.label = value.toString();
                // Relabelled default options keep their meaning by position.
                option.meaning
                    = i < defaults.size() ? defaults.at(i).meaning : OptionMeaning::Candidate;
            } else {
                const QJsonObject o = value.toObject();
                option.label = o.value(u"label").toString();
                const QJsonValue meaning = o.value(u"meaning");
                const auto parsed = meaning.isUndefined()
                    ? std::optional<OptionMeaning>(
                        i < defaults.size() ? defaults.at(i).meaning : OptionMeaning::Candidate)
                    : fromId(meaning.toString(), allMeanings, optionMeaningId);
                if (!parsed)
                    return R::failure(
                        Tr::tr("Unknown option meaning \"%1\"").arg(meaning.toString()));
                option.meaning = *parsed;
            }
            poll.options << option;
        }
    }
    poll.minChoices = object.value(u"minChoices").toInt(1);
    poll.maxChoices
        = object.value(u"maxChoices").toInt(poll.kind == PollKind::Choice ? poll.minChoices : 1);
    poll.secret = object.value(u"secret").toBool(false);
    const QJsonValue rule = object.value(u"rule");
    if (!rule.isUndefined()) {
        Result<VotingRule> parsedRule = rule.isString() ? Result<VotingRule>(VotingRule::fromJson(
                                            QJsonObject { { QStringLiteral("preset"), rule } }))
                                                        : VotingRule::fromJson(rule.toObject());
        if (!parsedRule)
            return R::failure(parsedRule.error());
        poll.rule = parsedRule.value();
    }
    const Status valid = poll.validate();
    if (!valid)
        return R::failure(valid.error());
    return poll;
}

} // namespace phonghop
