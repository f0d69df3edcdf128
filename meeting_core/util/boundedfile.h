#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

class QFile;

namespace phonghop {

// The one way a file on the share is opened (docs/share-format.md, "Reading"). Everyone with
// write access to the share can put anything under a name a reader expects: a named pipe
// (opening it would wait for a writer forever), a symbolic link to /dev/zero (never ends) or
// to a file elsewhere, a device, a folder, or a file of many gigabytes. So a share file is
// opened without following a final symbolic link, without blocking, and only when it is a
// plain file no larger than the limit its kind allows; whole-file reads stop one byte past
// that limit, whatever the file system says about its size.
namespace boundedfile {

enum class Refusal {
    None,
    Missing, // no such file (yet)
    SymbolicLink, // a link (or, on Windows, a junction or shortcut): never followed
    NotAFile, // a named pipe, socket, device or folder
    TooLarge, // more bytes than its kind allows
    Unreadable, // permissions, I/O error
};

// What a refusal says to a person ("it is a named pipe, not a file"), translated.
QString describe(Refusal refusal, qint64 limit = 0);

// Reads a whole plain file of at most `limit` bytes into memory. `refusal` (when given) says
// why it failed; the error message says it too.
Result<QByteArray> read(const QString &path, qint64 limit, Refusal *refusal = nullptr);

// Opens a plain file of at most `limit` bytes for reading in pieces (documents); `file` must
// not be open. The caller still stops reading after `limit` bytes (the file may grow).
Status open(QFile &file, const QString &path, qint64 limit, Refusal *refusal = nullptr);

// Only looks (lstat, nothing opened): None when `path` is a plain file, not a link.
Refusal inspect(const QString &path);

} // namespace boundedfile
} // namespace phonghop
