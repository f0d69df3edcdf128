#pragma once

#include "meeting_core/session/sessionstate.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace phonghop {

class Database;
struct Meeting;

// The session summary archive (issue 17, statistics): what a meeting's session came to, kept in
// cache.sqlite in normalised rows so that statistics over many meetings are a few SQL queries
// and not a read of the share. Its own schema component ("session-summary"), tables:
//   session_summaries(meeting_id, taken_at, record_count, records_sha256, roster_revision,
//                     minutes_signed)
//   session_attendance(meeting_id, person_id, name, role, category, reason, proxy_to)
//       category: present | excused | absent | proxy | not-checked-in, exactly as
//       attendanceCategory() tells them apart for `session status` and the minutes
//   session_speeches(meeting_id, person_id, item_id, kind, count)   kind: speech | question;
//       the speeches the minutes list (SessionState::speeches, filed under their item)
//   session_polls(meeting_id, poll_id, position, item_id, title, kind, secret, closed, passed,
//                 decided_by, ballots, counts)   counts: the close's figures (JSON)
// A summary is replaced whole, in one transaction, when the records it was taken from change
// (another record, a record gone, a new roster revision); never added twice.
//
// Filled by every SessionService refresh that read the share (chair, delegate and office
// seats alike; no extra read of the share) and by `phonghop-cli stats` for the meetings of
// its period.
class SessionSummaryArchive final {
public:
    explicit SessionSummaryArchive(Database &db); // creates its tables when needed

    struct Info {
        QString meetingId;
        QDateTime takenAt; // UTC
        int recordCount = 0;
        QString recordsSha256; // of the roster record and the session records' bytes
        int rosterRevision = 0;
        bool minutesSigned = false;
    };

    // The fingerprint of what a state is folded from: the roster record's hash and every
    // record file (folder, name and bytes), in a stable order.
    static QString recordsFingerprint(
        const QString &rosterRecordHash, const QList<SessionFile> &files);

    // Keeps the summary of `state` for the meeting unless the one kept was taken from the same
    // records (fingerprint). Returns true when it wrote. meeting (optional) gives the poll's
    // agenda item from the prepared polls when no decision or conclusion cites the poll.
    // Throws DatabaseError.
    bool keep(const QString &meetingId, const SessionState &state, const QString &fingerprint,
        int recordCount, const QDateTime &takenAt, const Meeting *meeting = nullptr);
    std::optional<Info> info(const QString &meetingId);
    // The meetings with a summary.
    QStringList meetingIds();
    void remove(const QString &meetingId);

private:
    Database &m_db;
};

} // namespace phonghop
