#pragma once

#include "meeting_core/voting/poll.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace phonghop {

struct Member {
    QString id;
    QString name;
    qint64 weight = 1; // whole number; members with weight 0 are not entitled and not counted
    bool present = false;
    // Represented by proxy (and not present in person): counts for the quorum, and for the
    // base "present", only when TallyInput::countProxiesForQuorum says so.
    bool byProxy = false;
};

struct CastVote {
    QString voter; // a member id, or a pseudonym in a pseudonymous tally
    QList<int> choices; // option indexes
    qint64 weight = 0; // used only in a pseudonymous tally (the member is not named)
    bool byProxy = false; // cast by a proxy holder: counted, but does not make the voter present
};

// Everything a tally needs. Pure data, so the chair, every delegate and phonghop-cli compute
// the same result from the same input.
struct TallyInput {
    PollDefinition poll;
    QList<Member> members; // everyone entitled to vote (and others, who are ignored)
    QString chairId; // whose side wins a tie under TieBreak::ChairSide
    QList<CastVote> votes;
    // Secret polls: votes name pseudonyms and carry their own weight; presence comes only from
    // Member::present (the caller marks voters present), and the chair's side is unknown.
    bool pseudonymous = false;
    // The body's rule (Roster::countProxiesForQuorum): members represented by proxy count as
    // present for the quorum and the base "present".
    bool countProxiesForQuorum = false;
};

struct OptionResult {
    PollOption option;
    qint64 weight = 0; // sum of the weights of the ballots that chose it
    int ballots = 0; // number of ballots that chose it
    double percent = 0; // weight / base × 100, two decimals
    bool reachesThreshold = false;
    bool elected = false; // choice polls
};

struct RejectedVote {
    QString voter;
    QString reason; // translated
};

struct TallyResult {
    QList<OptionResult> options;
    qint64 entitledWeight = 0;
    qint64 presentWeight = 0;
    qint64 proxyWeight = 0; // represented by proxy, not present in person (counted or not)
    qint64 castWeight = 0;
    qint64 baseWeight = 0;
    int ballotsCounted = 0;
    bool quorumMet = true;
    bool passed = false;
    // "threshold" (the rule decided), "chair-tie-break", "quorum" (not met), "no-votes".
    QString decidedBy;
    QString explanation; // translated, one or two sentences
    QList<RejectedVote> rejected;

    // The figures only: what a close record stores and a recount compares (no translated
    // text, so clients in different languages agree).
    QJsonObject countsJson() const;
    // countsJson() plus the explanation and the rejected votes (phonghop-cli tally).
    QJsonObject toJson() const;
};

TallyResult computeTally(const TallyInput &input);

} // namespace phonghop
