#include "hashingcopy.h"

#include "meeting_core/util/atomicfile.h"
#include "meeting_core/util/sha256.h"

#include <QFile>

namespace phonghop {

namespace {
constexpr qint64 bufferSize = 1 << 20;
constexpr qint64 writeBackChunk = 8 << 20;
} // namespace

HashingCopy HashingCopy::run(QFile &source, QFile &target, const CancellationToken &cancel,
    qint64 stopAfter, const std::function<void(qint64)> &progress)
{
    HashingCopy copy;
    Sha256 hash;
    QByteArray buffer(bufferSize, Qt::Uninitialized);
    for (;;) {
        if (cancel.isCancelled()) {
            copy.problem = Problem::Cancelled;
            return copy;
        }
        const qint64 got = source.read(buffer.data(), buffer.size());
        if (got < 0) {
            copy.problem = Problem::ReadFailed;
            return copy;
        }
        if (got == 0)
            break;
        hash.add(buffer.constData(), got);
        if (target.write(buffer.constData(), got) != got) {
            copy.problem = Problem::WriteFailed;
            return copy;
        }
        copy.bytes += got;
        if (progress)
            progress(copy.bytes);
        if (stopAfter >= 0 && copy.bytes > stopAfter)
            break;
        if (copy.bytes % writeBackChunk == 0 && target.flush())
            atomicfile::startWriteBack(target, copy.bytes - writeBackChunk, writeBackChunk);
    }
    if (!target.flush()) {
        copy.problem = Problem::WriteFailed;
        return copy;
    }
    atomicfile::startWriteBack(target, copy.bytes - copy.bytes % writeBackChunk, 0);
    copy.sha256 = hash.finishHex();
    return copy;
}

} // namespace phonghop
