#pragma once

#include "meeting_core/util/cancellation.h"

#include <QString>
#include <functional>

class QFile;

namespace phonghop {

// Copies an open source into an open target and hashes the bytes on the way, so a document
// is read once whether it goes into the share or into the cache. Starts the disk writing
// every few megabytes (atomicfile::startWriteBack) so a later flush overlaps the copy.
struct HashingCopy {
    enum class Problem { None, Cancelled, ReadFailed, WriteFailed };
    Problem problem = Problem::None;
    qint64 bytes = 0;
    QString sha256; // lower-case hex, set when problem is None

    // Stops reading once more than `stopAfter` bytes were copied (< 0: no limit): a file longer
    // than announced need not be read to its end to be refused.
    static HashingCopy run(QFile &source, QFile &target, const CancellationToken &cancel,
        qint64 stopAfter = -1, const std::function<void(qint64 bytesDone)> &progress = {});
};

} // namespace phonghop
