#pragma once

#include "meeting_core/util/result.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

namespace phonghop {

class MeetingCache;
struct Meeting;

// Which meetings a seat copies (issue 16, docs/cache.md): "own" (the default) copies the
// meetings its person takes part in and those open to all staff; "all" copies every meeting,
// as the office's seat does.
enum class SyncScope { Own, All };
QString syncScopeKey(SyncScope scope); // "own", "all"
std::optional<SyncScope> syncScopeFromKey(QStringView key);

// What the cache holds on disk, and what eviction would free (`cache size`, the settings page).
struct CacheFigures {
    qint64 totalBytes = 0; // every file in the cache's folder (database, journal, objects)
    qint64 documentBytes = 0; // the object store: documents, originals, sealed copies
    qint64 evictableBytes = 0; // what evict() with the same days would free
    int evictableObjects = 0;
    int pastMeetingsWithDocuments = 0; // meetings whose documents eviction would delete
    int keepDays = 0; // the days the figures were computed for (0: never evict)
};

struct EvictionResult {
    int objectsDeleted = 0;
    qint64 bytesFreed = 0;
};

// Sync scope memory and the eviction of past meetings' documents, on one cache. Only the
// documents' objects go: meetings, agendas, annotations, personal notes, attendance, votes and
// decisions stay. An object another meeting still in range uses (content-addressed: the same
// file in two meetings is one object), one a consultation uses, and one a person fetched again
// less than `keepDays` ago are kept.
class CacheRetention final {
public:
    static constexpr int defaultKeepDays = 90;

    explicit CacheRetention(MeetingCache &cache);

    // Whether the meeting ended (or, without an end, started) more than keepDays before now;
    // never with keepDays <= 0.
    static bool isPast(const QDateTime &start, const QDateTime &end, int keepDays,
        const QDateTime &now = QDateTime::currentDateTimeUtc());
    static bool isPast(const Meeting &meeting, int keepDays,
        const QDateTime &now = QDateTime::currentDateTimeUtc());

    // Meeting id -> the revision this seat left out, for the scope `decidedFor` names
    // ("own:<person id>"). Entries decided for another scope are forgotten here (the seat's
    // person or scope changed: those meetings are looked at again).
    QHash<QString, int> outOfScope(const QString &decidedFor);
    // Remembers that the meeting is out of scope at this revision. When the cache has it (the
    // person was removed from it), the meeting leaves the cache with the objects no other
    // meeting uses; annotations and notes, kept apart, stay. True when it was in the cache.
    Result<bool> markOutOfScope(const QString &meetingId, int revision, const QString &decidedFor);
    int outOfScopeCount();
    // Whether this seat left the meeting out (its person is not a participant): to say so
    // instead of "not synced yet".
    bool isOutOfScope(const QString &meetingId);

    // The objects evict() would delete, by SHA-256.
    Result<QStringList> evictable(
        int keepDays, const QDateTime &now = QDateTime::currentDateTimeUtc());
    Result<CacheFigures> figures(
        int keepDays, const QDateTime &now = QDateTime::currentDateTimeUtc());
    Result<EvictionResult> evict(
        int keepDays, const QDateTime &now = QDateTime::currentDateTimeUtc());

    // Whether eviction deleted the object (and it was not fetched again since).
    bool isEvicted(const QString &sha256);
    // A person fetched the object again: eviction leaves it for keepDays from now.
    void recordFetchedAgain(const QString &sha256);

private:
    QSet<QString> objectsInUseOutside(const QString &meetingId);
    Status deleteObjects(const QStringList &objects, EvictionResult *result, bool recordEvicted);

    MeetingCache &m_cache;
};

} // namespace phonghop
