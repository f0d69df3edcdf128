#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>
#include <chrono>

class QFile;

namespace phonghop {

// The one place where files become durable (docs/architecture.md, share rule 2): data is written
// under a temporary sibling name, flushed to the disk, then moved to its final name, so a final
// name always holds a complete file. Temporary names start with ".phonghop-tmp-", which every
// reader of the share and of the cache ignores and which start-up clean-up removes.
namespace atomicfile {

inline constexpr QLatin1StringView temporaryPrefix(".phonghop-tmp-");

QString temporarySiblingPath(const QString &finalPath);
bool isTemporaryName(QStringView fileName);

// Flushes an open file's data to the device.
bool flushToDisk(QFile &file);
// Flushes a directory entry (after a rename) where the platform supports it.
void flushDirectory(const QString &directoryPath);

// Starts writing a range of an open file to the disk without waiting (Linux
// sync_file_range; length 0 means to the end), so the disk works while the copy goes on and
// a later flush has little left to do. A no-op elsewhere.
void startWriteBack(QFile &file, qint64 offset, qint64 length);

// Flushes everything written to the file system that holds `path` (Linux syncfs). One call
// makes a whole batch durable for the price of about one fsync; returns false where the
// platform cannot, and the caller then flushes file by file.
bool flushFileSystemOf(const QString &path);

// Moves a complete temporary file to its final name. Never replaces an existing file:
// returns false (and leaves both in place) when finalPath exists. `flushEntry` makes the
// new name durable at once; batches pass false and flush the file system afterwards.
bool publishWithoutReplacing(
    const QString &temporaryPath, const QString &finalPath, bool flushEntry = true);

// Moves a complete temporary file over finalPath in one step, replacing what is there (a file,
// or the link itself, never its target): rename(2) on Unix; on Windows ReplaceFileW when
// finalPath exists (the old file stays whole until the new one has its name) and
// MoveFileExW(MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH) otherwise. Never a delete
// followed by a rename: a crash in between must not lose both. Returns false, leaving both in
// place, when it cannot (finalPath is a folder, permissions).
bool replaceExisting(const QString &temporaryPath, const QString &finalPath);

// After a failed write: when the disk holding folder has less than `needed` bytes free, a
// message saying the disk is full (sizes included); otherwise empty.
QString diskFullMessage(const QString &folder, qint64 needed);

// Writes bytes to finalPath; fails if finalPath already exists (immutable files).

Status writeNew(const QString &finalPath, const QByteArray &bytes);
// Writes bytes to finalPath, replacing what was there in one step (local files only).
Status writeReplacing(const QString &finalPath, const QByteArray &bytes);

// Removes leftover temporary files in a directory (not recursive); returns how many. Only
// files untouched for `minimumAge` go: another thread or process may be writing the younger
// ones right now (a sync staging documents while the GUI opens the cache).
int removeStaleTemporaries(
    const QString &directoryPath, std::chrono::seconds minimumAge = std::chrono::minutes(30));

} // namespace atomicfile
} // namespace phonghop
