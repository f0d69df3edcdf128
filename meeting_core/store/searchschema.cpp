#include "searchschema.h"

#include "database.h"
#include "migrations.h"

#include <QFile>

namespace phonghop::searchschema {

namespace {

constexpr Migration searchMigrations[] = {
    { 1, R"sql(
CREATE TABLE units (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  key TEXT NOT NULL,
  meeting_id TEXT,
  agenda_item_id TEXT,
  sha256 TEXT,
  page INTEGER,
  label TEXT,
  UNIQUE (kind, key)
);
CREATE INDEX units_by_sha256 ON units(sha256);
CREATE INDEX units_by_meeting ON units(meeting_id);
CREATE VIRTUAL TABLE unit_text USING fts5(folded, original, tokenize = 'unicode61 remove_diacritics 0');
CREATE TABLE indexed_documents (
  sha256 TEXT PRIMARY KEY,
  page_count INTEGER NOT NULL,
  problem TEXT
);
CREATE TABLE indexed_meetings (
  meeting_id TEXT PRIMARY KEY,
  revision INTEGER NOT NULL,
  title TEXT NOT NULL,
  starts_at TEXT
);
CREATE TABLE meeting_documents (
  meeting_id TEXT NOT NULL,
  document_id TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  agenda_item_id TEXT,
  title TEXT,
  kind TEXT,
  PRIMARY KEY (meeting_id, document_id)
);
CREATE INDEX meeting_documents_by_sha256 ON meeting_documents(sha256);
)sql" },
    // Prefix indexes: search-as-you-type asks for "nhan d*", and without them FTS5 merges the
    // doclists of every word starting with d (0.1 s instead of 0.03 s on 10,000 pages). The
    // text is indexed again from the cache.
    { 2, R"sql(
DROP TABLE unit_text;
CREATE VIRTUAL TABLE unit_text USING fts5(folded, original, tokenize = 'unicode61 remove_diacritics 0', prefix = '1 2 3');
DELETE FROM units;
DELETE FROM indexed_documents;
DELETE FROM indexed_meetings;
DELETE FROM meeting_documents;
)sql" },
    // The meeting's own UTC offset beside its start (kept in UTC for ordering), so that the
    // results' header says 08:00 for a meeting at 08:00 +07:00 on any computer. Meetings are
    // indexed again to fill it.
    { 3, R"sql(
ALTER TABLE indexed_meetings ADD COLUMN start_offset INTEGER;
UPDATE indexed_meetings SET revision = -1;
)sql" },
};

constexpr int sqliteCorrupt = 11; // SQLITE_CORRUPT

} // namespace

QString fileName()
{
    return QStringLiteral("search.sqlite");
}

Database open(const QString &path)
{
    Database db = Database::open(path);
    const QString check = db.quickCheck();
    if (check != u"ok")
        throw DatabaseError(sqliteCorrupt, check);
    migrate(db, searchMigrations, fileName());
    return db;
}

void removeFiles(const QString &path)
{
    for (const QString &suffix :
        { QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal") })
        QFile::remove(path + suffix);
}

} // namespace phonghop::searchschema
