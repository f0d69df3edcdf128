#pragma once

#include "meeting_core/trust/signedrecord.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace phonghop {

// A conclusion ("kết luận") recorded for an agenda item. Decisions of a meeting form a hash
// chain: each record carries the hash of the one before it and is signed by the chair, so
// nobody can drop, reorder or rewrite one without every client noticing.
struct DecisionRecord {
    static constexpr auto recordKind = "decision";

    QString meetingId;
    qint64 height = 0; // 0 for the first decision
    QString previousHash; // empty at height 0
    QString agendaItemId;
    QString conclusion; // "Thông qua Tờ trình số 12/TTr-UBND ..."
    QStringList pollCloseHashes; // the close records of the polls it rests on
    QDateTime recordedAt;
    QString draftHash; // the secretary's conclusion draft it confirms (optional)
    // A correction: the record hash of an earlier decision of the chain this one replaces (for
    // the same agenda item). The corrected decision stays in the chain, shown as superseded.
    QString supersedes;
    QString documentSha256; // a document the conclusion cites (a file on the share; optional)

    QJsonObject toJson() const;
    static Result<DecisionRecord> fromJson(const QJsonObject &object);
};

// Makes the next decision of a chain (height and previousHash filled in from previous, or a
// first decision when previous is nullptr) and signs it.
SignedRecord appendDecision(
    const SignedRecord *previous, DecisionRecord decision, const SigningKey &chairKey);

// What a client remembers of the chain between two looks at the share.
struct ChainCheckpoint {
    qint64 length = 0; // number of decisions seen
    QString headHash; // hash of the last of them
};

enum class ChainProblemKind {
    Unreadable, // truncated, garbled or badly signed file
    NotAuthorised, // a valid signature, but not by a key allowed to record decisions
    Fork, // two different decisions at one height, or a rewritten history
    Rollback, // fewer decisions than were seen before
    BrokenLink, // a decision whose previous hash is not the decision before it
    Gap, // a missing height before later decisions
    BadCorrection, // supersedes a decision that is not an earlier, current one of its item
};

struct ChainProblem {
    ChainProblemKind kind;
    qint64 height = -1;
    QString message; // translated
};

struct ChainReport {
    QList<DecisionRecord> decisions; // the verified chain, height 0 first
    QStringList hashes; // record hash of each decision
    QList<ChainProblem> problems;
    ChainCheckpoint checkpoint; // to remember; unchanged from `seen` when problems exist

    bool ok() const { return problems.isEmpty(); }
    bool hasProblem(ChainProblemKind kind) const;

    // Per decision: the record hash of the later decision that corrects it, empty while it is
    // current. The minutes and the conclusion notice print the current ones.
    QStringList supersededBy;
    bool isCurrent(qsizetype index) const { return supersededBy.value(index).isEmpty(); }
    qsizetype indexOf(const QString &hash) const { return hashes.indexOf(hash); }
    QList<DecisionRecord> currentDecisions() const; // chain order
};

// Verifies every decision record found (in any order) against the keys allowed to sign
// decisions (the chair's devices in the roster) and against what was seen before.
ChainReport verifyDecisionChain(const QList<QByteArray> &records,
    const QList<QByteArray> &allowedSignerKeys, const ChainCheckpoint &seen);

} // namespace phonghop
