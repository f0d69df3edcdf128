#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace phonghop {

class Database;

// Every roster revision this seat has verified, kept in its cache, so that a restart, a
// roster file deleted from the share or an old copy of the folder put back can never take the
// seat back to an earlier revision, nor bring back a device a later revision revoked
// (docs/session.md). Records are stored as they were signed; the session verifies them again
// against the pinned organisation key each time it reads them.
class RosterArchive final {
public:
    struct Entry {
        QString meetingId;
        qint64 revision = 0;
        QString recordHash;
        QByteArray bytes; // the signed roster record
    };

    explicit RosterArchive(Database &db); // creates its table when needed

    // Keeps a verified revision; a revision already kept is never replaced (the first one
    // verified wins, a different record with the same revision is the share's problem).
    // Returns whether it was new.
    bool keep(const Entry &entry);
    // Every kept revision of the meeting, lowest first.
    QList<Entry> revisions(const QString &meetingId);
    // The highest kept revision of the meeting, 0 when none.
    qint64 highestRevision(const QString &meetingId);

private:
    Database &m_db;
};

} // namespace phonghop
