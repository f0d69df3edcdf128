#pragma once

#include "meeting_core/trust/roster.h"
#include "meeting_core/trust/signedrecord.h"
#include "meeting_core/voting/poll.h"
#include "meeting_core/voting/tally.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace phonghop {

// Proxies given in the meeting: the member represented → the participant holding the proxy.
using ProxyGrants = QMap<QString, QString>;

// The chair's signed record that opens a poll. Ballots cite its hash, so a ballot can never
// be replayed into another poll (or into a reopened copy of this one).
struct PollOpen {
    static constexpr auto recordKind = "poll-open";

    QString meetingId;
    PollDefinition poll;
    QString rosterHash; // the roster record whose members may vote in this poll
    QDateTime openedAt;

    // Filled in when read from (or made as) a signed record.
    QString recordHash;
    QByteArray chairKey;
};

SignedRecord makePollOpen(const QString &meetingId, const PollDefinition &poll,
    const QString &rosterHash, const QDateTime &openedAt, const SigningKey &chairKey);
// Verifies that the record opens a poll of roster's meeting, cites roster, and is signed by a
// device of the roster's chair.
Result<PollOpen> parsePollOpen(const QByteArray &recordBytes, const VerifiedRoster &roster);
PollOpen pollOpenFrom(const SignedRecord &record); // for a record one just made

// A delegate's ballot (signed record of kind "ballot", written by the delegate's device into
// its own folder). In a secret poll the choices are sealed to the chair's key together with
// a per-poll pseudonym; the rest of the payload is in the clear.
struct Ballot {
    static constexpr auto recordKind = "ballot";

    QString pollId;
    QString pollOpenHash;
    QString voter; // participant id
    QString device; // device id (= the folder it must be found in)
    qint64 sequence = 1; // grows each time the delegate changes the vote (any device)
    QDateTime castAt;
    QList<int> choices; // named polls
    QByteArray sealed; // secret polls
    QString otherText; // the "other opinion" written with the Other option (named polls)
    // A ballot cast by proxy: the participant holding the absent voter's proxy, whose device
    // signs it (only where the roster's proxyVoting allows it); empty for one's own ballot.
    QString proxyHolder;
};

// The name a ballot file gets in devices/<device>/ (docs/trust.md):
// "ballot-<poll id>-<first 8 of the poll-open hash>-<sequence, 6 digits>-<recordFileTag>.json".
// Poll ids repeat from meeting to meeting ("bq-1"), the opening's hash does not, so a delegate's
// ballots in two meetings never collide in its folder; the tag comes from the ballot's own
// signature, so nobody can take the name on the share before the ballot exists. Readers rely
// only on the "ballot-<poll id>-" prefix.
QString ballotFileName(const PollOpen &open, const SignedRecord &ballot);
// The name format 1.0 writers gave a ballot (without the tag): predictable, so anyone with
// write access could take it first. Still read; written only by tools and tests.
QString ballotFileName(const PollOpen &open, qint64 sequence);
// 16 hex digits from a record's signature: part of every name a seat gives its records, so a
// name cannot be known (and squatted) before the record is signed.
QString recordFileTag(const SignedRecord &record);

// A per-poll pseudonym only the device itself can compute (a hash of its own signature over
// the poll-open hash), so it can later find its ballot in a secret poll's close record.
// A ballot the device casts by proxy for another member gets a pseudonym of its own (proxyFor:
// that member's id), so that the two entries of one device are told apart.
QString ballotPseudonym(
    const SigningKey &deviceKey, const QString &pollOpenHash, const QString &proxyFor = {});

// The size a secret ballot's choices are padded to before sealing: the same for every ballot
// of the poll, whatever it chose (docs/trust.md, "Secret polls").
qsizetype sealedChoicesSize(const PollDefinition &poll);

// Makes a signed ballot; fails (with a translated message) when the choices or the other
// opinion's text do not fit the poll or the voter is not entitled. A voterId other than the
// device's own participant makes a ballot by proxy, which only a roster with proxyVoting
// allows (whether that member gave this one the proxy is the ballot box's to check).
Result<SignedRecord> makeBallot(const PollOpen &open, const Roster &roster, const QString &voterId,
    const SigningKey &deviceKey, qint64 sequence, const QList<int> &choices,
    const QDateTime &castAt, const QString &otherText = {});

// One entry counted in a close record: named (voter) or secret (pseudonym).
struct CountedEntry {
    QString voter; // named polls
    QString pseudonym; // secret polls
    qint64 weight = 0;
    QList<int> choices;
    QString ballotHash; // named polls only (in secret polls it would link the entry to a folder)
    QString otherText; // the other opinion, when the Other option is chosen (as the choices)
    QString proxyHolder; // named polls: who cast this member's ballot by proxy
};

// The chair's signed record that closes a poll: which ballots were accepted, what each
// counted entry chose, who was present, and the tally figures.
struct PollClose {
    static constexpr auto recordKind = "poll-close";

    QString pollId;
    QString pollOpenHash;
    QDateTime closedAt;
    QStringList presentIds;
    QStringList acceptedBallotHashes; // sorted
    QList<CountedEntry> entries; // sorted by voter or pseudonym, never by arrival
    QJsonObject tally; // TallyResult::countsJson()
    // The proxies in force at the close, member represented → proxy holder (written only when
    // there are some): the members count for the quorum where the roster says so
    // (Roster::countProxiesForQuorum), and the holders' ballots for them count where the roster
    // allows voting by proxy (Roster::proxyVoting).
    ProxyGrants proxies;

    QString recordHash;
    QByteArray signer;

    QJsonObject toJson() const;
    static Result<PollClose> fromJson(const QJsonObject &object);
};

} // namespace phonghop
