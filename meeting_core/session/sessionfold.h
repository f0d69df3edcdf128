#pragma once

#include "meeting_core/session/sessionstate.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

// The steps of foldSession (sessionstate.cpp), one file each; not for use outside
// meeting_core/session.
//   sessionadmission.cpp  which records count: signer, folder, kind, time, roster revision
//   sessionevents.cpp     attendance and quorum, the floor, the current item, drafts, minutes
//   sessionpolls.cpp      polls: ballots, the close, this seat's own ballot
//   sessionspeakers.cpp   the speakers' list: requests, withdrawals, the chair's list, the floor
namespace phonghop::sessionfold {

inline QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

// A session record admitted into the fold.
struct Event {
    QString kind;
    QJsonObject payload;
    QDateTime at; // signed: the signer's own clock
    QString hash;
    const RosterParticipant *signer = nullptr;
    QDateTime seen; // when this seat first saw it (its arrival log); `at` when unknown
};

// A device an earlier roster revision listed and the current one does not.
struct RevokedDevice {
    QString participantName;
    QString deviceName; // its label, or its id
    QDateTime revokedAt; // issuedAt of the first revision of the run that no longer lists it
};

// The meeting's roster revisions this seat has verified, and what they say about keys.
struct RosterRevisions {
    QList<const VerifiedRoster *> revisions; // lowest first, the current one last
    QHash<QString, const VerifiedRoster *> byHash;
    QHash<QByteArray, RevokedDevice> revoked;
    // Decisions rest on the chair of the revision they were made under: replacing the chair's
    // device in a newer revision does not rewrite the chain.
    QList<QByteArray> chairKeys;
    // The meeting's first roster revision this seat knows: nothing is recorded before it.
    QDateTime earliestIssued;

    // current and ctx must outlive the result (it points into them).
    static RosterRevisions of(const VerifiedRoster &current, const SessionContext &ctx);

    QString revokedMessage(const QByteArray &key, const QString &what) const;
    // The chair's records rest on the revision in force when they were made: a device the
    // current revision dropped keeps what it signed before that revision was issued.
    bool revokedSince(const QByteArray &key, const QDateTime &at) const;
    // The device that signed a chair's record in any revision (newest first).
    const RosterDevice *listedDevice(const QByteArray &key) const;
    // The participant a key belongs to in any revision (newest first).
    const RosterParticipant *participantForKey(const QByteArray &key) const;
};

struct OpenedPoll {
    PollOpen open;
    const VerifiedRoster *roster = nullptr; // the revision it cites
};

// The records of this meeting that passed admission, by what reads them next.
struct AdmittedRecords {
    QList<Event> events; // in fold order
    QList<SessionFile> ballotFiles; // the ballot box checks signer, folder and binding
    QList<OpenedPoll> opens;
    QList<SessionFile> closeFiles; // checked against their poll's roster
    QList<QByteArray> decisions; // the chair's, for the decision chain
};

// Sorts the share's files of this meeting into what the next steps read; records refused are
// added to state.problems.
AdmittedRecords admitRecords(const RosterRevisions &rosters, const QList<SessionFile> &files,
    const SessionContext &ctx, SessionState &state);

// Attendance (and its summary against the quorum), speaking requests and the floor, the
// current item, the presenter's page, conclusion drafts, the minutes' signature.
void foldEvents(const QList<Event> &events, const SessionContext &ctx, SessionState &state);

// The polls, in opening order, each with the roster revision its opening cites.
void foldPolls(const AdmittedRecords &records, const RosterRevisions &rosters,
    const SessionContext &ctx, SessionState &state);

} // namespace phonghop::sessionfold

namespace phonghop::sessionfold {

// The speakers' list, one event at a time in fold order (sessionspeakers.cpp): requests (with
// their topic; refused on a list the chair had closed when the seat first saw them),
// withdrawals (only one's own), the chair's list records (close, reopen, order, remove), the
// speaking time per speaker, the floor, and the speeches, filed under the item current when
// they started. foldEvents hands it every event; it takes those that are its own.
class SpeakersFold final {
public:
    // events: all of them, to know when each list was closed before folding the requests.
    SpeakersFold(const QList<Event> &events, SessionState &state);
    // Folds ev when it is a record of the speakers' list; false when it is not one.
    bool fold(const Event &ev);

private:
    struct ListToggle {
        QDateTime seen;
        QDateTime at;
        QString hash;
        bool closed = false;
    };
    void request(const Event &ev);
    void withdraw(const Event &ev);
    void list(const Event &ev);
    void limit(const Event &ev);
    void floor(const Event &ev);
    void endFloor(const QDateTime &at);
    void reorder(const QString &itemId, SpeakType type, const QStringList &hashes);
    bool listClosedFor(const Event &request) const;
    void problem(const QString &message);

    SessionState &m_state;
    QHash<QString, int> m_requestIndex; // request hash → index in m_state.requests
    QHash<QString, QList<ListToggle>> m_toggles; // item → closes and reopens, in seen order
};

} // namespace phonghop::sessionfold
