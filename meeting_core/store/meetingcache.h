#pragma once

#include "meeting_core/domain/meeting.h"
#include "meeting_core/store/database.h"
#include "meeting_core/store/objectstore.h"
#include "meeting_core/util/result.h"

#include <QHash>
#include <memory>
#include <optional>

namespace phonghop {

// The local cache a delegate works from, online or not: cache.sqlite (meetings as last
// synced) and the object store of documents beside it. One instance per thread: the sync
// worker and the GUI each open their own (WAL lets them read and write side by side).
class MeetingCache final {
public:
    // Opens or creates the cache in `directory`: migrates the schema, checks the database
    // (PRAGMA quick_check) and removes temporary files left by an interrupted sync.
    static Result<std::unique_ptr<MeetingCache>> open(const QString &directory);

    const QString &directory() const { return m_directory; }
    const ObjectStore &objects() const { return m_objects; }
    Database &database() { return m_db; }

    // Meeting id -> revision as cached.
    QHash<QString, int> cachedRevisions();
    // Replaces everything known about the meeting with this revision, in one transaction:
    // readers see the previous revision or this one, never a mixture.
    void storeMeeting(const Meeting &meeting, const QByteArray &manifestBytes);

    // The meeting's status as its newest verified status record says (numbers only grow: an
    // older record synced later changes nothing). Scheduled when none was synced.
    void storeMeetingStatus(const QString &meetingId, const MeetingStatus &status);
    MeetingStatus meetingStatus(const QString &meetingId);

    // Upcoming meetings first (soonest first), then past ones (latest first).
    QList<MeetingSummary> meetings(const QDateTime &now = QDateTime::currentDateTime());
    std::optional<Meeting> meeting(const QString &meetingId);
    // The PDF of a document that is not confidential (empty for a confidential one).
    QString documentPath(const DocumentRef &document) const;
    // Share format 2.1: the ciphertext of a confidential document, when this seat (a recipient)
    // copied it; empty otherwise. Opened with the device key (confidential/sealeddocument.h).
    QString sealedObjectPath(const DocumentRef &document) const;
    // Remote wipe (issue 16): deletes the sealed copy of every confidential document from the
    // object store (their titles and classifications stay); how many files went. The device
    // key is left alone: the seat can still be enrolled again.
    Result<int> removeConfidentialObjects();
    // The cached office file the document's PDF was converted from; empty when it has none.
    QString originalPath(const DocumentRef &document) const;
    // "Tải bản gốc": writes the document's original to `target`, checked against its SHA-256
    // on the way, under a temporary name renamed into place: on any failure nothing is left
    // at `target` (an existing file there stays as it was).
    Status saveOriginalAs(const DocumentRef &document, const QString &target) const;
    // The signed manifest of the revision this one replaced (empty for a first revision):
    // what a delegate compares with to see what is new or updated.
    QByteArray previousManifest(const QString &meetingId);

    // Small key/value state: last sync time, the share's path, the pinned organisation key.
    QString value(const QString &key) const;
    void setValue(const QString &key, const QString &value);
    // The same, for callers above the store: a cache that cannot be read or written is said as
    // a failure carrying SQLite's message, never thrown.
    Result<QString> readValue(const QString &key) const;
    Status writeValue(const QString &key, const QString &value);

    std::optional<int> lastReadPage(const QString &documentSha256);
    void setLastReadPage(const QString &documentSha256, int page);

private:
    MeetingCache(QString directory, Database db);
    QString m_directory;
    Database m_db;
    ObjectStore m_objects;
};

namespace cachekeys {
inline const QString lastSyncAt = QStringLiteral("sync/last-success");
inline const QString sharePath = QStringLiteral("sync/share-path");
// Share format 2.0: when every meeting folder was last listed (otherwise the index is enough).
inline const QString lastFullShareLookAt = QStringLiteral("sync/last-full-look");
inline const QString organisationKey = QStringLiteral("trust/organisation-key");
inline const QString organisationName = QStringLiteral("trust/organisation-name");
} // namespace cachekeys

} // namespace phonghop
