#pragma once

#include "meeting_core/domain/meeting.h"
#include "meeting_core/trust/decisionchain.h"
#include "meeting_core/trust/roster.h"
#include "meeting_core/voting/ballotbox.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <optional>

namespace phonghop {

// A record file as read from the share (the same triple the ballot box takes).
using SessionFile = BallotFile;

enum class AttendanceStatus { NotCheckedIn, Present, Absent, Proxy };
QString attendanceStatusId(AttendanceStatus status); // "not-checked-in", "present", ...
QString attendanceStatusName(AttendanceStatus status); // translated

struct AttendanceEntry {
    QString participantId;
    QString name;
    QString title;
    Role role = Role::Delegate;
    qint64 weight = 0;
    AttendanceStatus status = AttendanceStatus::NotCheckedIn;
    QString reason; // absence
    QString proxyTo; // participant id holding the proxy
    QString recordedBy; // participant id of the signer (self, or the secretary)
    QDateTime at;
};

// How the summary, the minutes, `session status` and the attendance export tell people apart
// (one category each, so the counts add up to the roster): an absence with a reason is excused
// ("vắng mặt có lý do"), one without a reason absent; nobody is absent for not checking in.
enum class AttendanceCategory { Present, Excused, Absent, Proxy, NotCheckedIn };
AttendanceCategory attendanceCategory(const AttendanceEntry &entry);
QString attendanceCategoryId(AttendanceCategory category); // "present", "excused", ...
QString attendanceCategoryName(AttendanceCategory category); // translated

// Counts are of people; weights are of votes. Only members entitled to vote count for the
// quorum. A member represented by proxy counts as present for the quorum when the roster's
// countProxiesForQuorum is set (the body's rule; the default; docs/session.md).
struct AttendanceSummary {
    int present = 0;
    int absent = 0; // absent without a reason (AttendanceCategory::Absent)
    int proxy = 0;
    int notCheckedIn = 0;
    qint64 entitledWeight = 0;
    qint64 presentWeight = 0;
    qint64 proxyWeight = 0;
    Quorum quorum = Quorum::TwoThirds;
    bool quorumMet = false;
    int excused = 0; // absent with a reason; present + excused + absent + proxy + notCheckedIn
                     // is everyone on the roster
};

enum class SpeakType { Speak, Question };
QString speakTypeId(SpeakType type); // "speak", "question"

struct SpeakRequest {
    QString hash; // the request record
    QString participantId;
    QString itemId;
    SpeakType type = SpeakType::Speak;
    QDateTime at;
    bool called = false; // the chair gave the floor
    bool finished = false; // the speaking time was stopped
    QString text; // the topic, at most maxSpeakTextLength characters
    bool withdrawn = false; // by the one who asked, before being called
    bool removed = false; // by the chair
    bool waiting() const { return !called && !withdrawn && !removed; }
};

struct Floor {
    QString requestHash;
    QString participantId;
    QString itemId;
    SpeakType type = SpeakType::Speak;
    QDateTime calledAt;
    QDateTime startedAt; // invalid until the chair starts the time
    QDateTime stoppedAt; // valid once stopped
    bool running() const { return startedAt.isValid() && !stoppedAt.isValid(); }
    // The agenda item current when the speech started (the request's item while none is):
    // where the minutes file the speech.
    QString filedUnder;
    // Seconds spoken by now (by the chair's start and stop, against this seat's clock while
    // running); 0 before the start.
    qint64 elapsedSecs(const QDateTime &now) const;
};

struct SpeechRecord { // for the minutes
    QString participantId;
    QString itemId;
    SpeakType type = SpeakType::Speak;
    QDateTime startedAt;
    QDateTime stoppedAt;
    QString requestItemId; // the item asked about; itemId is the one current at the start
};

struct PresenterView {
    QString documentSha256;
    int page = 0;
    QDateTime at;
    bool isSet() const { return !documentSha256.isEmpty(); }
};

// This seat's own last ballot of a poll, checked against what it cast (its Outbox), not only
// against what the share shows now (docs/trust.md, "Checking one's own ballot").
enum class OwnBallotStatus {
    None, // this seat cast no ballot in the poll
    Accepted, // open poll: the ballot the share counts for this voter is the last one cast here
    Counted, // closed: the close counts it with the choices made here
    NotDelivered, // still in this seat's Outbox: the shared folder has not got it yet
    Missing, // delivered, but no longer on the shared folder (and nothing of this voter counts)
    Superseded, // not on the shared folder; an older ballot of this voter counts in its place
    Refused, // on the shared folder, but refused (the reason is given)
    NotCounted, // closed: the close does not count it
    CountedDifferently, // closed: the close counts it, with other choices than were made here
};
QString ownBallotStatusId(OwnBallotStatus status); // "none", "accepted", "counted", ...
// Whether the status is one the seat must warn about (and `session verify` report).
bool isOwnBallotProblem(OwnBallotStatus status);

struct PollState {
    PollOpen open;
    // The roster revision the opening cites: who votes, with which weights and devices, and
    // whose chair closes it. A newer revision leaves the poll as it was (docs/session.md).
    VerifiedRoster roster;
    BallotCollection ballots; // what this seat could check (choices only with the chair's key)
    QList<BallotReport> reports; // problems with ballot files bound (by name) to this poll
    QStringList pendingVoters;
    bool closed = false;
    QByteArray closeBytes;
    QString closeHash;
    CloseVerification verification; // when closed
    TallyResult result; // the recount of the close record (when closed)
    QStringList closeProblems; // rejected close records, checks against the ballot files
    // This seat's last ballot: the last one it cast (its Outbox), or a later one of the same
    // voter the share shows (cast from the voter's other device).
    std::optional<OwnBallot> ownBallot;
    OwnBallotStatus ownBallotStatus = OwnBallotStatus::None;
    QStringList ownBallotProblems; // translated; set when isOwnBallotProblem(ownBallotStatus)
};

// A conclusion the secretary wrote down for an agenda item. Only the chair's signature puts a
// conclusion into the decision chain, so a draft waits for the chair to confirm it.
struct ConclusionDraft {
    QString hash; // the draft record; a decision confirming it cites it
    QString itemId;
    QString conclusion;
    QStringList pollIds; // the closed polls it rests on
    QString writtenBy; // participant id
    QDateTime at;
    bool confirmed = false; // a decision in the chain cites this draft
    QString documentSha256; // a document the conclusion cites (optional)
};

struct SessionProblem {
    QString deviceFolder;
    QString fileName;
    QString message; // translated
};

struct SessionContext {
    QString ownParticipantId;
    const SigningKey *ownKey = nullptr; // to find its own ballot in secret polls
    const SigningKey *chairKey = nullptr; // the chair's seat opens secret ballots
    // This seat's own secret choices, by ballot hash (kept on the device only): a secret
    // ballot cannot be read back from the share without the chair's key.
    QHash<QString, QList<int>> ownChoices;
    // Every ballot this seat cast (its Outbox, delivered or not), so that its own check rests
    // on what it cast and not on what the share shows: a deleted newest ballot must not let an
    // older one count unnoticed. undeliveredBallots: hashes of those not on the share yet.
    QList<SessionFile> ownBallots;
    QSet<QString> undeliveredBallots;
    // When this seat first saw each record (by record hash; its arrival log): speaking requests
    // and attendance records are ordered by it, the signed time only breaking ties, and a record
    // dated more than half an hour after it was first seen is refused. Records missing here are
    // taken as first seen at their signed time.
    QHash<QString, QDateTime> firstSeen;
    ChainCheckpoint seenChain;
    // Every earlier revision of the meeting's roster this seat has verified (its cache keeps
    // them). A poll is checked against the revision its opening cites; a device an earlier
    // revision lists and the current one does not is revoked (docs/trust.md).
    QList<VerifiedRoster> earlierRosters;
    Quorum quorum = Quorum::TwoThirds;
    // Whether members represented by proxy count for the quorum is the body's rule, in the
    // roster (Roster::countProxiesForQuorum), no longer a setting of the seat.
};

// Where the current agenda item stands among the meeting's top-level items: "Item 2 of 5".
// number is 1-based, 0 when no top-level item is current; total counts the top-level items.
struct AgendaPosition {
    int number = 0;
    int total = 0;
    bool operator==(const AgendaPosition &) const = default;
};

// What the chair marked an agenda item as (issue 15): handled items count in the progress bar.
enum class AgendaItemProgress { Open, Done, Deferred, Withdrawn };
QString agendaItemProgressId(AgendaItemProgress progress); // "open", "done", "deferred", ...
std::optional<AgendaItemProgress> agendaItemProgressFromId(QStringView id);
QString agendaItemProgressName(AgendaItemProgress progress); // translated: "Đã xong"

struct SessionState {
    VerifiedRoster roster;
    QList<AttendanceEntry> attendance; // roster order
    AttendanceSummary summary;
    QString currentItemId;
    QList<SpeakRequest> requests; // the order this seat first saw them (then signed time, hash)
    std::optional<Floor> floor;
    QList<SpeechRecord> speeches;
    PresenterView presenter;
    QList<PollState> polls; // opening order
    ChainReport chain;
    QList<ConclusionDraft> conclusionDrafts; // signed-time order
    QString minutesSha256; // set once the chair signed the minutes: they are locked
    QDateTime minutesSignedAt;
    QList<SessionProblem> problems; // records refused, and why
    // The speakers' list: items whose list the chair closed, and the speaking time per speaker
    // (seconds; 0: no limit) for the meeting and per item (an item's own wins).
    QSet<QString> closedSpeakerLists;
    int meetingSpeakingLimitSecs = 0;
    QHash<QString, int> itemSpeakingLimitSecs;
    // When the current item became current (the chair's record): remaining time counts from it.
    QDateTime currentItemSince;
    // The chair's marks per agenda item (item-status records; the last one counts).
    QHash<QString, AgendaItemProgress> itemProgress;

    const AttendanceEntry *attendanceOf(const QString &participantId) const;
    const PollState *poll(const QString &pollId) const;
    // Requests still waiting (not called, withdrawn or removed), in order (the queue the chair
    // calls from), for one item or all.
    QList<SpeakRequest> queue(const QString &itemId = {}) const;
    const ConclusionDraft *conclusionDraft(const QString &hash) const;
    // Drafts the chair has not confirmed yet, oldest first.
    QList<ConclusionDraft> unconfirmedDrafts() const;
    // The current item among the agenda's top-level items (items under another are not
    // counted; the current item being one of those gives number 0).
    AgendaPosition agendaPosition(const QList<AgendaItem> &agenda) const;
    // The poll a seat shows, given the one it shows now (empty: none yet) and the one it has
    // just opened itself (empty: none; it counts once the state has it). An open poll wins over
    // a closed one shown before it; the last open poll is taken when none was shown; else the
    // last poll. A poll this seat just opened wins over everything. A shown poll the state no
    // longer has gives the first poll. Empty when there are no polls.
    QString pollToShow(const QString &shown, const QString &justOpened = {}) const;
    // A participant's name from the roster; the id itself when the roster does not list it.
    QString participantName(const QString &participantId) const;
    // Closed polls no decision of the chain rests on yet, in opening order: the polls a
    // conclusion recorded now cites.
    QStringList closedPollsWithoutDecision() const;
    // Requests of one kind still waiting, in the order the chair calls them (the chair's
    // reordering included): the speeches' or the questions' list, for one item or all.
    QList<SpeakRequest> queue(SpeakType type, const QString &itemId = {}) const;
    const SpeakRequest *request(const QString &hash) const;
    // This participant's first request still waiting on the item, or nullptr.
    const SpeakRequest *openRequestOf(const QString &participantId, const QString &itemId) const;
    bool speakerListClosed(const QString &itemId) const;
    // The speaking time per speaker on an item: its own limit, else the meeting's; 0: none.
    int speakingLimitSecs(const QString &itemId) const;
    // The proxies in force: each member whose attendance is "by proxy" → the holder.
    ProxyGrants proxyGrants() const;
    AgendaItemProgress progressOf(const QString &itemId) const;
    // Top-level items marked done, deferred or withdrawn: what the progress bar counts.
    int handledItems(const QList<AgendaItem> &agenda) const;
    // Seconds left at `now` of the current item's planned minutes, counted from when it became
    // current (negative: over time); nothing when no item is current, the agenda plans no
    // minutes for it, or the time it became current is unknown.
    std::optional<qint64> remainingSeconds(
        const QList<AgendaItem> &agenda, const QDateTime &now) const;
};

// Folds every record found in the device folders into the session as this seat sees it.
// Pure: the same files and rosters give every seat the same state (own-ballot checks aside).
// Records that are unreadable, signed by an unknown or revoked key, in a folder not their
// signer's, for another meeting, or by a role that may not make them are refused and listed
// in problems. roster is the newest revision; context.earlierRosters the ones before it.
SessionState foldSession(
    const VerifiedRoster &roster, const QList<SessionFile> &files, const SessionContext &context);

// Devices pollRoster lists that current no longer does (revoked since the poll opened).
QSet<QByteArray> revokedDevicesOf(const Roster &pollRoster, const Roster &current);

// The attendance list as CSV (UTF-8 with a byte-order mark).
QByteArray exportAttendanceCsv(const SessionState &state);

} // namespace phonghop
