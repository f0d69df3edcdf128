#pragma once

#include <QString>
#include <span>

namespace phonghop {

class Database;

// One numbered schema step. Steps run in order, each in its own transaction, and the
// database's PRAGMA user_version records the last one applied.
struct Migration {
    int version;
    const char *sql;
};

// Applies the missing steps. Throws DatabaseError; a database newer than the steps known
// here is refused (an older PhòngHọp must not write into a newer schema).
void migrate(Database &db, std::span<const Migration> steps, const QString &databaseName);

// The same for a feature that owns its own tables in a shared database (the outbox, the
// audit log, annotations, the session record): each component keeps its own version in the
// table schema_components, so features can grow their schemas independently.
void migrateComponent(Database &db, const QString &component, std::span<const Migration> steps);

} // namespace phonghop
