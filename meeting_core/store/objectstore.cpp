#include "objectstore.h"

#include "meeting_core/util/atomicfile.h"
#include "meeting_core/util/boundedfile.h"
#include "meeting_core/util/hashingcopy.h"
#include "meeting_core/util/sha256.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace phonghop {

namespace {
// The context of this file's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::ObjectStore)
};
} // namespace

ObjectStore::ObjectStore(QString rootPath)
    : m_root(std::move(rootPath))
{
}

Status ObjectStore::prepare()
{
    QDir root(m_root);
    if (!root.mkpath(QStringLiteral(".")))
        return Status::failure(Tr::tr("Cannot create the document store %1").arg(m_root));
    atomicfile::removeStaleTemporaries(m_root);
    const QStringList shards = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &shard : shards)
        atomicfile::removeStaleTemporaries(root.filePath(shard));
    return Status::success();
}

QString ObjectStore::pathFor(const QString &sha256) const
{
    return m_root + u'/' + sha256.left(2) + u'/' + sha256;
}

bool ObjectStore::contains(const QString &sha256) const
{
    return Sha256::isValidHex(sha256) && QFileInfo::exists(pathFor(sha256));
}

Status ObjectStore::importFile(const QString &sourcePath, const QString &expectedSha256,
    qint64 expectedSize, const CancellationToken &cancel) const
{
    if (contains(expectedSha256))
        return Status::success();
    Result<StagedObject> staged = stageFile(sourcePath, expectedSha256, expectedSize, cancel);
    if (!staged)
        return Status::failure(staged.error());
    return commitStaged({ staged.value() });
}

Result<StagedObject> ObjectStore::stageFile(const QString &sourcePath,
    const QString &expectedSha256, qint64 expectedSize, const CancellationToken &cancel) const
{
    using R = Result<StagedObject>;
    if (!Sha256::isValidHex(expectedSha256))
        return R::failure(Tr::tr("Invalid document identifier %1").arg(expectedSha256));

    // The source is a file of the share: never a link, a pipe or a device (boundedfile), and
    // never read past the size its manifest states.
    QFile source;
    boundedfile::Refusal refusal = boundedfile::Refusal::None;
    if (const Status opened = boundedfile::open(source, sourcePath, expectedSize, &refusal);
        !opened)
        return R::failure(refusal == boundedfile::Refusal::TooLarge
                ? Tr::tr("%1 is larger than the %2 bytes its manifest states (damaged or replaced)")
                      .arg(QFileInfo(sourcePath).fileName())
                      .arg(expectedSize)
                : Tr::tr("Cannot read %1: %2").arg(sourcePath, opened.error()));

    const QString finalPath = pathFor(expectedSha256);
    QDir().mkpath(QFileInfo(finalPath).absolutePath());
    const QString temporaryPath = atomicfile::temporarySiblingPath(finalPath);
    QFile target(temporaryPath);
    if (!target.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return R::failure(
            Tr::tr("Cannot write to the document store: %1").arg(target.errorString()));

    // Whatever goes wrong below, the temporary file must not stay behind.
    auto fail = [&](const QString &message) {
        target.close();
        QFile::remove(temporaryPath);
        return R::failure(message);
    };

    const HashingCopy copy = HashingCopy::run(source, target, cancel, expectedSize);
    switch (copy.problem) {
    case HashingCopy::Problem::Cancelled:
        return fail(Tr::tr("Cancelled"));
    case HashingCopy::Problem::ReadFailed:
        return fail(Tr::tr("Reading %1 failed: %2").arg(sourcePath, source.errorString()));
    case HashingCopy::Problem::WriteFailed: {
        const QString reason = target.errorString();
        target.close();
        QFile::remove(temporaryPath);
        const QString full
            = atomicfile::diskFullMessage(QFileInfo(finalPath).absolutePath(), expectedSize);
        return fail(
            full.isEmpty() ? Tr::tr("Writing to the document store failed: %1").arg(reason) : full);
    }
    case HashingCopy::Problem::None:
        break;
    }
    if (copy.bytes != expectedSize)
        return fail(Tr::tr("%1 has %2 bytes instead of %3 (incomplete or still being copied)")
                        .arg(QFileInfo(sourcePath).fileName())
                        .arg(copy.bytes)
                        .arg(expectedSize));
    if (copy.sha256 != expectedSha256)
        return fail(Tr::tr("%1 does not match its checksum (damaged or replaced)")
                        .arg(QFileInfo(sourcePath).fileName()));
    target.close();
    return StagedObject { temporaryPath, finalPath };
}

Status ObjectStore::commitStaged(const std::vector<StagedObject> &staged) const
{
    if (staged.empty())
        return Status::success();
    // Data first: a final name must never point at bytes still in the page cache.
    const bool batched = atomicfile::flushFileSystemOf(m_root);
    if (!batched) {
        for (const StagedObject &object : staged) {
            QFile file(object.temporaryPath);
            if (!file.open(QIODevice::ReadWrite) || !atomicfile::flushToDisk(file)) {
                discardStaged(staged);
                return Status::failure(
                    Tr::tr("Writing to the document store failed: %1").arg(file.errorString()));
            }
        }
    }
    Status result = Status::success();
    for (const StagedObject &object : staged) {
        if (!atomicfile::publishWithoutReplacing(
                object.temporaryPath, object.finalPath, !batched)) {
            QFile::remove(object.temporaryPath); // the same bytes were stored meanwhile
            if (!QFileInfo::exists(object.finalPath) && result.ok())
                result = Status::failure(
                    Tr::tr("Cannot store %1").arg(QFileInfo(object.finalPath).fileName()));
        }
    }
    // Then the names, before anything in the database refers to them.
    if (batched)
        atomicfile::flushFileSystemOf(m_root);
    return result;
}

void ObjectStore::discardStaged(const std::vector<StagedObject> &staged) const
{
    for (const StagedObject &object : staged)
        QFile::remove(object.temporaryPath);
}

Status ObjectStore::importBytes(const QByteArray &bytes, const QString &expectedSha256) const
{
    if (Sha256::hexOf(bytes) != expectedSha256)
        return Status::failure(Tr::tr("The data does not match its checksum"));
    if (contains(expectedSha256))
        return Status::success();
    const QString finalPath = pathFor(expectedSha256);
    QDir().mkpath(QFileInfo(finalPath).absolutePath());
    Status written = atomicfile::writeNew(finalPath, bytes);
    return written || contains(expectedSha256) ? Status::success() : written;
}

} // namespace phonghop
