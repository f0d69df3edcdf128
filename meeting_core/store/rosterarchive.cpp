#include "rosterarchive.h"

#include "meeting_core/store/database.h"
#include "meeting_core/store/migrations.h"

#include <QDateTime>

namespace phonghop {

namespace {
constexpr Migration rosterMigrations[] = {
    { 1, R"sql(
CREATE TABLE roster_revisions (
  meeting_id TEXT NOT NULL,
  revision INTEGER NOT NULL,
  record_hash TEXT NOT NULL,
  bytes BLOB NOT NULL,
  verified_at TEXT NOT NULL,
  PRIMARY KEY (meeting_id, revision)
);
CREATE TRIGGER roster_revisions_no_update BEFORE UPDATE ON roster_revisions
BEGIN SELECT RAISE(ABORT, 'roster revisions are kept as verified'); END;
)sql" },
};
} // namespace

RosterArchive::RosterArchive(Database &db)
    : m_db(db)
{
    migrateComponent(m_db, QStringLiteral("roster-archive"), rosterMigrations);
}

bool RosterArchive::keep(const Entry &entry)
{
    m_db.execute(QStringLiteral("INSERT INTO roster_revisions "
                                "(meeting_id, revision, record_hash, bytes, verified_at) "
                                "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"),
        entry.meetingId, entry.revision, entry.recordHash, entry.bytes,
        QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    return m_db.changes() > 0;
}

QList<RosterArchive::Entry> RosterArchive::revisions(const QString &meetingId)
{
    QList<Entry> entries;
    Statement statement
        = m_db.query(QStringLiteral("SELECT revision, record_hash, bytes FROM roster_revisions "
                                    "WHERE meeting_id = ? ORDER BY revision"),
            meetingId);
    while (statement.next())
        entries << Entry { meetingId, statement.integer(0), statement.text(1), statement.blob(2) };
    return entries;
}

qint64 RosterArchive::highestRevision(const QString &meetingId)
{
    Statement statement = m_db.query(
        QStringLiteral("SELECT max(revision) FROM roster_revisions WHERE meeting_id = ?"),
        meetingId);
    return statement.next() ? statement.integer(0) : 0;
}

} // namespace phonghop
