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
constexpr OptionMeaning allMeanings[] = { OptionMeaning::Yes, OptionMeaning::No,
    OptionMeaning::Abstain, OptionMeaning::Candidate, OptionMeaning::Other };
constexpr VoteBase allBases[]
    = { VoteBase::Entitled, VoteBase::Present, VoteBase::Cast, VoteBase::CastYesNo };
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
    case OptionMeaning::Other:
        return QStringLiteral("other");
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
    case VoteBase::CastYesNo:
        return QStringLiteral("cast-yes-no");
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
    // A misspelt field would otherwise leave the preset's value in force unnoticed.
    static const QStringList knownFields { QStringLiteral("preset"), QStringLiteral("base"),
        QStringLiteral("threshold"), QStringLiteral("quorum"), QStringLiteral("tieBreak"),
        QStringLiteral("description") };
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!knownFields.contains(it.key()))
            return R::failure(Tr::tr("Unknown rule field \"%1\"; a rule has preset, base, "
                                     "threshold, quorum and tieBreak")
                                  .arg(it.key()));
    }
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
        return R::failure(Tr::tr("Unknown base \"%1\"; use entitled, present, cast or cast-yes-no")
                              .arg(object.value(u"base").toVariant().toString()));
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
    case VoteBase::CastYesNo:
        base = Tr::tr("of the ballots for and against (abstentions not counted)");
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

PollOption PollDefinition::otherOption()
{
    return { QStringLiteral("Ý kiến khác"), OptionMeaning::Other };
}

int PollDefinition::otherOptionIndex() const
{
    for (int i = 0; i < options.size(); ++i) {
        if (options.at(i).meaning == OptionMeaning::Other)
            return i;
    }
    return -1;
}

Status PollDefinition::validate() const
{
    if (id.isEmpty())
        return Status::failure(Tr::tr("The poll has no id"));
    if (options.isEmpty())
        return Status::failure(Tr::tr("The poll has no options"));
    QSet<QString> labels;
    int yes = 0, no = 0, abstain = 0, candidates = 0, other = 0;
    for (const PollOption &option : options) {
        if (option.label.trimmed().isEmpty() || labels.contains(option.label))
            return Status::failure(Tr::tr("Option labels must be present and distinct"));
        labels.insert(option.label);
        yes += option.meaning == OptionMeaning::Yes;
        no += option.meaning == OptionMeaning::No;
        abstain += option.meaning == OptionMeaning::Abstain;
        candidates += option.meaning == OptionMeaning::Candidate;
        other += option.meaning == OptionMeaning::Other;
    }
    if (other > 0 && kind == PollKind::Choice)
        return Status::failure(
            Tr::tr("An \"other opinion\" option belongs to approval and yes/no polls; a choice "
                   "poll's options are all candidates"));
    if (other > 1)
        return Status::failure(Tr::tr("A poll has at most one \"other opinion\" option"));
    if (kind == PollKind::Choice && rule.base == VoteBase::CastYesNo)
        return Status::failure(Tr::tr("The base cast-yes-no counts the ballots for and against, "
                                      "which a choice poll does not have; use cast, present or "
                                      "entitled"));
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

Status PollDefinition::checkOtherText(const QList<int> &choices, const QString &otherText) const
{
    const int other = otherOptionIndex();
    const bool chosen = other >= 0 && choices.contains(other);
    if (!chosen) {
        if (!otherText.isEmpty())
            return Status::failure(
                Tr::tr("The ballot carries an opinion text but does not choose \"%1\"")
                    .arg(other >= 0 ? options.at(other).label : otherOption().label));
        return Status::success();
    }
    if (otherText.trimmed().isEmpty())
        return Status::failure(Tr::tr("Write your opinion for \"%1\" (it cannot be empty)")
                                   .arg(options.at(other).label));
    if (otherText.size() > maximumOtherTextLength)
        return Status::failure(Tr::tr("The opinion is %1 characters long; at most %2 are allowed")
                                   .arg(otherText.size())
                                   .arg(maximumOtherTextLength));
    for (const QChar c : otherText) {
        if ((c.category() == QChar::Other_Control && c != u'\n')
            || c.category() == QChar::Other_Format)
            return Status::failure(Tr::tr("The opinion contains a control character"));
    }
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
    if (!rule.isUndefined() && !rule.isString() && !rule.isObject())
        return R::failure(Tr::tr("The poll's rule must be a preset name or an object"));
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
