#pragma once

#include <QString>

namespace phonghop {

class Database;

// The search index's own SQLite file beside the cache (<cache>/search.sqlite): derived data,
// whose schema may change freely between versions (an unknown version means: rebuild).
namespace searchschema {

QString fileName(); // "search.sqlite"

// Opens the file, checks it (quick_check) and brings its schema up to date. Throws
// DatabaseError when the file is busy, damaged or of an unknown schema: the search layer
// decides whether that means waiting or starting afresh (see removeFiles).
Database open(const QString &path);

// Deletes the index file with its WAL, shared-memory and journal files.
void removeFiles(const QString &path);

} // namespace searchschema
} // namespace phonghop
