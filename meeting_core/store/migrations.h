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

} // namespace phonghop
