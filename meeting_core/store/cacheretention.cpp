#include "cacheretention.h"

#include "meeting_core/domain/meeting.h"
#include "meeting_core/share/manifestcodec.h"
#include "meeting_core/store/meetingcache.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace phonghop {

namespace {

// The context of this file's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::CacheRetention)
};

QDateTime fromIsoText(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

struct CachedMeetingTimes {
    QString id;
    QDateTime start;
    QDateTime end;
};

QList<CachedMeetingTimes> meetingTimes(Database &db)
{
    QList<CachedMeetingTimes> meetings;
    Statement statement = db.prepare(QStringLiteral("SELECT id, starts_at, ends_at FROM meetings"));
    while (statement.next())
        meetings << CachedMeetingTimes { statement.text(0), fromIsoText(statement.text(1)),
            fromIsoText(statement.text(2)) };
    return meetings;
}

// Meeting id -> the objects its documents use (the PDF or sealed copy, and the original), in
// the cached revision and in the one before it, whose files are kept to carry annotations over
// to a new version (Desk::earlierVersionPath): a past meeting's earlier versions go with it.
QHash<QString, QStringList> documentObjects(Database &db)
{
    QHash<QString, QStringList> objects;
    Statement statement
        = db.prepare(QStringLiteral("SELECT meeting_id, sha256, original_sha256 FROM documents"));
    while (statement.next()) {
        QStringList &list = objects[statement.text(0)];
        list << statement.text(1);
        if (const QString original = statement.text(2); !original.isEmpty())
            list << original;
    }
    Statement previous = db.prepare(QStringLiteral(
        "SELECT id, previous_manifest FROM meetings WHERE previous_manifest IS NOT NULL"));
    while (previous.next()) {
        // Stored after it was verified; one that no longer decodes holds nothing to count.
        const Result<Meeting> earlier = decodeManifest(previous.blob(1));
        if (!earlier)
            continue;
        QStringList &list = objects[previous.text(0)];
        for (const DocumentRef &document : earlier->documents) {
            if (!list.contains(document.sha256))
                list << document.sha256;
            if (!document.original.isEmpty() && !list.contains(document.original.sha256))
                list << document.original.sha256;
        }
    }
    return objects;
}

// The signed records of the consultations the cache holds (their documents share the object
// store); none when the consultations' tables were never created in this cache.
QList<QByteArray> consultationRecords(Database &db)
{
    QList<QByteArray> records;
    Statement exists = db.query(QStringLiteral(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'consultations'"));
    if (!exists.next())
        return records;
    Statement statement = db.prepare(QStringLiteral("SELECT record FROM consultations"));
    while (statement.next())
        records << statement.blob(0);
    return records;
}

bool usedByConsultation(const QList<QByteArray> &records, const QString &sha256)
{
    const QByteArray needle = sha256.toLatin1();
    return std::any_of(records.cbegin(), records.cend(),
        [&needle](const QByteArray &record) { return record.contains(needle); });
}

qint64 fileSize(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() ? info.size() : 0;
}

qint64 folderSize(const QString &path)
{
    qint64 total = 0;
    QDirIterator files(
        path, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        files.next();
        total += files.fileInfo().size();
    }
    return total;
}

} // namespace

QString syncScopeKey(SyncScope scope)
{
    return scope == SyncScope::All ? QStringLiteral("all") : QStringLiteral("own");
}

std::optional<SyncScope> syncScopeFromKey(QStringView key)
{
    if (key == u"own")
        return SyncScope::Own;
    if (key == u"all")
        return SyncScope::All;
    return std::nullopt;
}

CacheRetention::CacheRetention(MeetingCache &cache)
    : m_cache(cache)
{
}

bool CacheRetention::isPast(
    const QDateTime &start, const QDateTime &end, int keepDays, const QDateTime &now)
{
    if (keepDays <= 0)
        return false;
    const QDateTime over = end.isValid() ? end : start;
    return over.isValid() && over.addDays(keepDays) < now;
}

bool CacheRetention::isPast(const Meeting &meeting, int keepDays, const QDateTime &now)
{
    return isPast(meeting.start, meeting.end, keepDays, now);
}

QHash<QString, int> CacheRetention::outOfScope(const QString &decidedFor)
{
    Database &db = m_cache.database();
    // A null QString would bind as NULL, and "<> NULL" deletes nothing.
    db.execute(QStringLiteral("DELETE FROM out_of_scope WHERE decided_for <> ?"),
        decidedFor.isNull() ? QStringLiteral("") : decidedFor);
    QHash<QString, int> revisions;
    Statement statement
        = db.prepare(QStringLiteral("SELECT meeting_id, revision FROM out_of_scope"));
    while (statement.next())
        revisions.insert(statement.text(0), static_cast<int>(statement.integer(1)));
    return revisions;
}

int CacheRetention::outOfScopeCount()
{
    Statement statement
        = m_cache.database().query(QStringLiteral("SELECT count(*) FROM out_of_scope"));
    return statement.next() ? static_cast<int>(statement.integer(0)) : 0;
}

bool CacheRetention::isOutOfScope(const QString &meetingId)
{
    return m_cache.database()
        .query(QStringLiteral("SELECT 1 FROM out_of_scope WHERE meeting_id = ?"), meetingId)
        .next();
}

QSet<QString> CacheRetention::objectsInUseOutside(const QString &meetingId)
{
    QSet<QString> used;
    const QHash<QString, QStringList> objects = documentObjects(m_cache.database());
    for (auto it = objects.cbegin(); it != objects.cend(); ++it) {
        if (it.key() != meetingId)
            used.unite(QSet<QString>(it.value().cbegin(), it.value().cend()));
    }
    return used;
}

Result<bool> CacheRetention::markOutOfScope(
    const QString &meetingId, int revision, const QString &decidedFor)
{
    using R = Result<bool>;
    Database &db = m_cache.database();
    QStringList leaving;
    bool wasCached = false;
    {
        Transaction transaction(db);
        wasCached
            = db.query(QStringLiteral("SELECT 1 FROM meetings WHERE id = ?"), meetingId).next();
        if (wasCached) {
            const QSet<QString> used = objectsInUseOutside(meetingId);
            const QList<QByteArray> consultations = consultationRecords(db);
            for (const QString &sha256 : documentObjects(db).value(meetingId)) {
                if (!used.contains(sha256) && !leaving.contains(sha256)
                    && !usedByConsultation(consultations, sha256))
                    leaving << sha256;
            }
            db.execute(QStringLiteral("DELETE FROM meetings WHERE id = ?"), meetingId);
        }
        db.execute(QStringLiteral("INSERT INTO out_of_scope (meeting_id, revision, decided_for) "
                                  "VALUES (?, ?, ?) ON CONFLICT(meeting_id) DO UPDATE SET "
                                  "revision = excluded.revision, "
                                  "decided_for = excluded.decided_for"),
            meetingId, revision, decidedFor);
        transaction.commit();
    }
    // The rows went first: a file left behind by a failure is only space, never a dangling row.
    if (const Status deleted = deleteObjects(leaving, nullptr, false); !deleted)
        return R::failure(deleted.error());
    return R(wasCached);
}

Result<QStringList> CacheRetention::evictable(int keepDays, const QDateTime &now)
{
    using R = Result<QStringList>;
    if (keepDays <= 0)
        return R(QStringList());
    try {
        Database &db = m_cache.database();
        const QHash<QString, QStringList> objects = documentObjects(db);
        QSet<QString> kept;
        QStringList candidates;
        for (const CachedMeetingTimes &meeting : meetingTimes(db)) {
            const QStringList &used = objects.value(meeting.id);
            if (isPast(meeting.start, meeting.end, keepDays, now))
                candidates << used;
            else
                kept.unite(QSet<QString>(used.cbegin(), used.cend()));
        }
        const QString since = now.addDays(-keepDays).toUTC().toString(Qt::ISODateWithMs);
        Statement fetched = db.query(
            QStringLiteral("SELECT sha256 FROM fetched_again WHERE fetched_at >= ?"), since);
        while (fetched.next())
            kept.insert(fetched.text(0));
        const QList<QByteArray> consultations = consultationRecords(db);
        QStringList evict;
        for (const QString &sha256 : std::as_const(candidates)) {
            if (kept.contains(sha256) || evict.contains(sha256)
                || !m_cache.objects().contains(sha256) || usedByConsultation(consultations, sha256))
                continue;
            evict << sha256;
        }
        return R(evict);
    } catch (const DatabaseError &error) {
        return R::failure(QString::fromUtf8(error.what()));
    }
}

Result<CacheFigures> CacheRetention::figures(int keepDays, const QDateTime &now)
{
    using R = Result<CacheFigures>;
    const Result<QStringList> objects = evictable(keepDays, now);
    if (!objects)
        return R::failure(objects.error());
    CacheFigures figures;
    figures.keepDays = std::max(0, keepDays);
    figures.totalBytes = folderSize(m_cache.directory());
    figures.documentBytes = folderSize(m_cache.objects().rootPath());
    for (const QString &sha256 : objects.value()) {
        figures.evictableBytes += fileSize(m_cache.objects().pathFor(sha256));
        ++figures.evictableObjects;
    }
    try {
        const QHash<QString, QStringList> used = documentObjects(m_cache.database());
        const QSet<QString> evicting(objects->cbegin(), objects->cend());
        for (const CachedMeetingTimes &meeting : meetingTimes(m_cache.database())) {
            const QStringList &list = used.value(meeting.id);
            if (std::any_of(list.cbegin(), list.cend(),
                    [&evicting](const QString &sha256) { return evicting.contains(sha256); }))
                ++figures.pastMeetingsWithDocuments;
        }
    } catch (const DatabaseError &error) {
        return R::failure(QString::fromUtf8(error.what()));
    }
    return R(figures);
}

Status CacheRetention::deleteObjects(
    const QStringList &objects, EvictionResult *result, bool recordEvicted)
{
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    for (const QString &sha256 : objects) {
        const QString path = m_cache.objects().pathFor(sha256);
        const qint64 size = fileSize(path);
        QFile file(path);
        // Objects are stored read-only; Windows refuses to delete such a file.
        if (file.exists())
            file.setPermissions(file.permissions() | QFileDevice::WriteOwner);
        if (file.exists() && !file.remove())
            return Status::failure(Tr::tr("A document could not be deleted from the cache: %1")
                                       .arg(file.errorString()));
        if (recordEvicted) {
            m_cache.database().execute(
                QStringLiteral(
                    "INSERT INTO evicted_objects (sha256, evicted_at) VALUES (?, ?) "
                    "ON CONFLICT(sha256) DO UPDATE SET evicted_at = excluded.evicted_at"),
                sha256, now);
            m_cache.database().execute(
                QStringLiteral("DELETE FROM fetched_again WHERE sha256 = ?"), sha256);
        }
        if (result) {
            ++result->objectsDeleted;
            result->bytesFreed += size;
        }
    }
    return Status::success();
}

Result<EvictionResult> CacheRetention::evict(int keepDays, const QDateTime &now)
{
    using R = Result<EvictionResult>;
    const Result<QStringList> objects = evictable(keepDays, now);
    if (!objects)
        return R::failure(objects.error());
    EvictionResult result;
    try {
        if (const Status deleted = deleteObjects(objects.value(), &result, true); !deleted)
            return R::failure(deleted.error());
    } catch (const DatabaseError &error) {
        return R::failure(QString::fromUtf8(error.what()));
    }
    return R(result);
}

bool CacheRetention::isEvicted(const QString &sha256)
{
    if (m_cache.objects().contains(sha256))
        return false;
    return m_cache.database()
        .query(QStringLiteral("SELECT 1 FROM evicted_objects WHERE sha256 = ?"), sha256)
        .next();
}

void CacheRetention::recordFetchedAgain(const QString &sha256)
{
    Database &db = m_cache.database();
    db.execute(QStringLiteral("DELETE FROM evicted_objects WHERE sha256 = ?"), sha256);
    db.execute(QStringLiteral("INSERT INTO fetched_again (sha256, fetched_at) VALUES (?, ?) "
                              "ON CONFLICT(sha256) DO UPDATE SET fetched_at = excluded.fetched_at"),
        sha256, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
}

} // namespace phonghop
