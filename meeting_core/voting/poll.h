#pragma once

#include "meeting_core/util/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace phonghop {

// How a poll is asked.
enum class PollKind {
    Approval, // Tán thành / Không tán thành / Không biểu quyết (the default)
    YesNo, // Có / Không
    Choice, // choose between minChoices and maxChoices of N options (elections)
};

// What choosing an option means for the rule. Approval and yes/no polls have exactly one Yes
// and one No option; Approval polls may add an Abstain option. Other ("Ý kiến khác", approval
// and yes/no polls, at most one) carries a free text kept with the ballot; for the rule it
// counts as an abstention: a ballot cast, neither for nor against (docs/poll-format.md).
enum class OptionMeaning { Yes, No, Abstain, Candidate, Other };

struct PollOption {
    QString label; // shown on every seat: "Tán thành", "Nguyễn Văn An"
    OptionMeaning meaning = OptionMeaning::Candidate;
};

// Against what the "yes" side (or a candidate) is measured.
enum class VoteBase {
    Entitled, // the weight of all members entitled to vote (tổng số thành viên)
    Present, // the weight of members present
    Cast, // the weight of ballots cast, abstentions included
    // The weight of the ballots for and against only: abstentions (and other opinions) are
    // left out of the base (OpenSlides' "YN" base).
    CastYesNo,
};

// How much of the base is needed. MoreThanHalf is strict (> 1/2, "quá nửa"); the others are
// "at least" (≥ 2/3, ≥ 3/4: "ít nhất hai phần ba", "ít nhất ba phần tư").
enum class Threshold { MoreThanHalf, TwoThirds, ThreeQuarters };

// How many of the entitled members (by weight) must be present for a valid vote.
enum class Quorum { None, MoreThanHalf, TwoThirds };

// What decides when the Yes and No sides are level without either reaching the threshold.
enum class TieBreak {
    None,
    ChairSide, // the side the chair voted with wins (Law on LGO 2015, People's Committee)
};

struct VotingRule {
    QString preset; // the preset it came from, or empty for a custom rule
    VoteBase base = VoteBase::Cast;
    Threshold threshold = Threshold::MoreThanHalf;
    Quorum quorum = Quorum::None;
    TieBreak tieBreak = TieBreak::None;

    // Presets, by id (see docs/poll-format.md):
    //  "uy-ban-nhan-dan"  People's Committee: ≥ 2/3 of members present; more than half of all
    //                     members vote Tán thành; on a tie the chair's side wins.
    //  "hdnd"             People's Council: ≥ 2/3 of delegates present; more than half of all
    //                     delegates.
    //  "hdnd-mien-nhiem"  People's Council, dismissal: ≥ 2/3 of all delegates.
    //  "da-so-phieu"      Simple majority of ballots cast, no quorum.
    static QStringList presetIds();
    static std::optional<VotingRule> fromPreset(const QString &id);

    QJsonObject toJson() const;
    static Result<VotingRule> fromJson(const QJsonObject &object);
    QString describe() const; // translated, one sentence
};

struct PollDefinition {
    QString id; // unique within the meeting
    QString title; // "Thông qua dự thảo Nghị quyết về ..."
    PollKind kind = PollKind::Approval;
    QList<PollOption> options;
    int minChoices = 1;
    int maxChoices = 1;
    bool secret = false; // pseudonymous: no screen or export links a choice to a person
    VotingRule rule;

    static QList<PollOption> defaultOptions(PollKind kind);
    // "Ý kiến khác": the option a delegate picks to give an opinion of their own in words.
    static PollOption otherOption();
    // The longest other-opinion text a ballot may carry, in UTF-16 code units.
    static constexpr int maximumOtherTextLength = 500;
    // The index of the Other option, or -1.
    int otherOptionIndex() const;
    // Checks the options, min/max choices and the rule fit the kind.
    Status validate() const;
    // Checks one ballot's choices (option indexes): in range, no repeats, min..max of them.
    Status checkChoices(const QList<int> &choices) const;
    // Checks a ballot's other-opinion text against its choices: present (not blank, at most
    // maximumOtherTextLength, no control characters but line breaks) exactly when the Other
    // option is chosen.
    Status checkOtherText(const QList<int> &choices, const QString &otherText) const;

    QJsonObject toJson() const;
    // Options may be given as labels ("Tán thành") or objects {"label","meaning"}; missing
    // options take the kind's defaults.
    static Result<PollDefinition> fromJson(const QJsonObject &object);
};

QString pollKindId(PollKind kind); // "approval", "yes-no", "choice"
QString optionMeaningId(OptionMeaning m); // "yes", "no", "abstain", "candidate", "other"
QString voteBaseId(VoteBase base); // "entitled", "present", "cast", "cast-yes-no"
QString thresholdId(Threshold t); // "more-than-half", "two-thirds", "three-quarters"
QString quorumId(Quorum q); // "none", "more-than-half", "two-thirds"
QString tieBreakId(TieBreak t); // "none", "chair"

} // namespace phonghop
