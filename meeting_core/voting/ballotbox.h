#pragma once

#include "meeting_core/voting/pollrecords.h"

#include <QList>
#include <QSet>
#include <QString>
#include <memory>
#include <optional>

namespace phonghop {

// A ballot file as the share reader found it: the device folder it sits in, its name, and
// its bytes. The ballot box never touches the file system. A reader that already parsed and
// verified the bytes (the session scanner keeps every record it read) passes the record along,
// so a refresh does not verify the same signature again.
struct BallotFile {
    QString deviceFolder;
    QString fileName;
    QByteArray bytes;
    std::shared_ptr<const SignedRecord> record; // SignedRecord::fromBytes(bytes), or null
};

// The file's signed record: the one its reader verified, or parsed from its bytes now; with
// expectedKind, also requires that kind.
Result<SignedRecord> recordOf(const BallotFile &file, const QString &expectedKind = {});

enum class BallotProblem {
    Garbled, // truncated, not JSON, bad signature, not a ballot, fields missing
    UnknownKey, // signed by a key the roster does not list
    WrongFolder, // found in a folder other than its signing device's own
    Impersonation, // signed by one participant's device but naming another voter or device
    OtherPoll, // bound to another poll or poll-open record (a replay)
    NotEntitled, // the signer's participant has no vote (guest, weight 0)
    AfterClose, // cast after the poll was closed
    InvalidChoices, // outside the options, repeated, fewer than min or more than max
    Unsealable, // a secret ballot the chair's key cannot open, or whose inside disagrees
    Duplicate, // the same ballot again (a copy); counted once
    Superseded, // replaced by the voter's later ballot (sequence rule); not counted
    Revoked, // signed by a device a later roster revision no longer lists (lost, stolen)
    ProxyRefused, // cast by proxy where the body does not allow it, or without the proxy
};
QString ballotProblemId(BallotProblem problem); // "garbled", "unknown-key", ...

struct BallotReport {
    QString deviceFolder;
    QString fileName;
    BallotProblem problem;
    QString message; // translated
    QString ballotHash; // empty when unreadable
};

struct AcceptedBallot {
    QString hash;
    QString voter;
    QString device;
    qint64 sequence = 0;
    QDateTime castAt;
    qint64 weight = 0;
    QList<int> choices; // empty for a secret ballot read without the chair's key
    QString pseudonym; // secret polls, when opened
    QString otherText; // the other opinion (secret polls: only when opened)
    QString proxyHolder; // who cast it by proxy for voter; empty for one's own ballot
};

struct BallotCollection {
    QList<AcceptedBallot> accepted; // at most one per voter, sorted by voter
    QList<BallotReport> reports; // everything not accepted, and why
    int count(BallotProblem problem) const;
};

// Validates every ballot file of a poll and keeps, for each voter, the one that counts.
// The written rule for several valid ballots of one voter (docs/trust.md): the highest
// sequence number wins; on equal sequence numbers the later castAt; then the greater
// ballot hash (so that every client picks the same one).
// closedAt: ballots cast later are rejected. chairKey: opens secret ballots (the chair only);
// without it secret ballots are checked for everything but their choices. roster is the one
// the poll's opening cites; revokedKeys are devices it lists that a later revision no longer
// does: their ballots are rejected as Revoked, whatever time they carry (docs/trust.md).
// proxies: who holds whose proxy; a ballot a holder casts for the member represented counts
// only when the roster allows voting by proxy and proxies names that holder (ProxyRefused).
BallotCollection collectBallots(const PollOpen &open, const Roster &roster,
    const QList<BallotFile> &files, const std::optional<QDateTime> &closedAt,
    const SigningKey *chairKey = nullptr, const QSet<QByteArray> &revokedKeys = {},
    const ProxyGrants &proxies = {});

// The chair closes the poll: tallies the accepted ballots and signs the close record.
// presentIds: the roll call (voters count as present anyway, unless they voted by proxy);
// proxies: those in force now, kept in the close (for the quorum and the proxy ballots).
struct ClosedPoll {
    SignedRecord record;
    PollClose close;
    TallyResult tally;
};
Result<ClosedPoll> closePoll(const PollOpen &open, const Roster &roster,
    const QStringList &presentIds, const BallotCollection &ballots, const QDateTime &closedAt,
    const SigningKey &chairKey, const ProxyGrants &proxies = {});

// Why a secret poll cannot be closed from a chair device other than the one that opened it
// (its ballots are sealed to that device's key): translated, naming that device.
QString secretCloseDeviceMessage(const PollOpen &open, const Roster &roster);

// The tally a close record implies, recomputed from its entries and the roster.
TallyResult recountClose(const PollOpen &open, const Roster &roster, const PollClose &close);

// What a delegate's client knows of its own last ballot.
struct OwnBallot {
    QString ballotHash;
    QString voter; // named polls; in secret polls (optional) to check the entry's weight
    QString pseudonym; // secret polls (ballotPseudonym)
    QList<int> choices;
    // The other opinion as cast; compared with the close's entry when known (a secret ballot's
    // text is not kept on the seat, so it is not known there).
    std::optional<QString> otherText;
};

struct CloseVerification {
    bool signedByChair = false;
    bool boundToOpen = false;
    bool ownBallotCounted = false; // false too when no own ballot was given
    bool recountMatches = false;
    QStringList problems; // translated
    PollClose close;
    TallyResult recount;

    bool ok() const { return problems.isEmpty(); }
    QString summary() const; // translated, for the delegate's screen
};

// Run by every delegate's client when the close record arrives.
CloseVerification verifyPollClose(const QByteArray &closeRecordBytes, const PollOpen &open,
    const Roster &roster, const std::optional<OwnBallot> &own);

// A deeper check any client can run when it also has the ballot files: every accepted
// hash is a valid ballot of this poll, each named entry carries its ballot's choices, and
// no valid ballot cast before the close is missing (for a missing ballot the file may only
// have reached the chair late, so the message says so). Returns translated problems.
// revokedKeys as for collectBallots: a revoked device's ballot the close left out is not
// missing (the caller reports it as revoked).
QStringList checkCloseAgainstBallots(const PollOpen &open, const Roster &roster,
    const PollClose &close, const QList<BallotFile> &files,
    const QSet<QByteArray> &revokedKeys = {});

// The sequence number for a voter's next ballot in this poll: 1 + the highest sequence of
// the voter's valid ballots among files (those of all the voter's devices that the device
// can see), so that a changed vote wins under the rule of collectBallots.
// proxies as for collectBallots, so that a proxy holder's earlier ballots for voterId count.
qint64 nextBallotSequence(const PollOpen &open, const Roster &roster, const QString &voterId,
    const QList<BallotFile> &files, const ProxyGrants &proxies = {});

// Entitled participants without an accepted ballot, in roster order: what the chair of a
// named poll sees as "not voted yet". Participation is not secret (choices are), so it works
// for secret polls too.
QStringList pendingVoters(const Roster &roster, const BallotCollection &ballots);

// The other opinions ("Ý kiến khác") a close counts: "Name: text" in a named poll (with "by
// proxy" when cast so), the texts alone in alphabetical order in a secret poll. For the
// chair's and secretary's result and the minutes.
QStringList otherOpinions(const PollOpen &open, const Roster &roster, const PollClose &close);

// The result as CSV (UTF-8 with a byte-order mark, for spreadsheet programs): the poll, the
// rule, the counts and the outcome; for a named poll also each voter's choice. A secret
// poll's export never names a voter.
QByteArray exportResultCsv(
    const PollOpen &open, const Roster &roster, const PollClose &close, const TallyResult &tally);

} // namespace phonghop
