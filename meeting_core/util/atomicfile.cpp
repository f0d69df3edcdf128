#include "atomicfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRandomGenerator>
#include <QStorageInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <unistd.h>
#else
#include <io.h>
#endif
#ifdef Q_OS_WIN
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
#endif

namespace phonghop::atomicfile {

QString temporarySiblingPath(const QString &finalPath)
{
    const QFileInfo info(finalPath);
    const QString random = QString::number(QRandomGenerator::global()->generate64(), 36);
    return info.dir().filePath(QString(temporaryPrefix) + random + u'-' + info.fileName());
}

bool isTemporaryName(QStringView fileName)
{
    return fileName.startsWith(temporaryPrefix);
}

bool flushToDisk(QFile &file)
{
    if (!file.flush())
        return false;
#ifdef Q_OS_UNIX
    return ::fsync(file.handle()) == 0;
#else
    return ::_commit(file.handle()) == 0;
#endif
}

void flushDirectory(const QString &directoryPath)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(directoryPath).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(directoryPath); // NTFS journals directory entries itself.
#endif
}

void startWriteBack(QFile &file, qint64 offset, qint64 length)
{
#ifdef Q_OS_LINUX
    ::sync_file_range(file.handle(), offset, length, SYNC_FILE_RANGE_WRITE);
#else
    Q_UNUSED(file);
    Q_UNUSED(offset);
    Q_UNUSED(length);
#endif
}

bool flushFileSystemOf(const QString &path)
{
#ifdef Q_OS_LINUX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0)
        return false;
    const bool flushed = ::syncfs(fd) == 0;
    ::close(fd);
    return flushed;
#else
    Q_UNUSED(path);
    return false;
#endif
}

bool publishWithoutReplacing(
    const QString &temporaryPath, const QString &finalPath, bool flushEntry)
{
#ifdef Q_OS_UNIX
    // A hard link is atomic and never replaces, also on NFS; where a share does not support
    // links (some SMB mounts) fall back to a rename after checking the name is free.
    const QByteArray from = QFile::encodeName(temporaryPath);
    const QByteArray to = QFile::encodeName(finalPath);
    if (::link(from.constData(), to.constData()) == 0) {
        ::unlink(from.constData());
        if (flushEntry)
            flushDirectory(QFileInfo(finalPath).absolutePath());
        return true;
    }
    if (errno == EEXIST)
        return false;
#endif
    if (QFileInfo::exists(finalPath))
        return false;
    const bool moved = QFile::rename(temporaryPath, finalPath);
    if (moved && flushEntry)
        flushDirectory(QFileInfo(finalPath).absolutePath());
    return moved;
}

namespace {

Status writeTemporary(const QString &temporaryPath, const QByteArray &bytes)
{
    QFile file(temporaryPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return Status::failure(QCoreApplication::translate("AtomicFile", "Cannot create %1: %2")
                                   .arg(temporaryPath, file.errorString()));
    if (file.write(bytes) != bytes.size() || !flushToDisk(file)) {
        const QString reason = file.errorString();
        file.close();
        QFile::remove(temporaryPath);
        if (const QString full
            = diskFullMessage(QFileInfo(temporaryPath).absolutePath(), bytes.size());
            !full.isEmpty())
            return Status::failure(full);
        return Status::failure(QCoreApplication::translate("AtomicFile", "Cannot write %1: %2")
                                   .arg(temporaryPath, reason));
    }
    file.close();
    return Status::success();
}

} // namespace

// Said plainly: "the disk is full" is something a delegate can act on.
QString diskFullMessage(const QString &folder, qint64 needed)
{
    const qint64 available = QStorageInfo(folder).bytesAvailable();
    if (available < 0 || available >= needed)
        return {};
    return QCoreApplication::translate("AtomicFile", "The disk is full: %1 needed in %2, %3 free")
        .arg(QLocale().formattedDataSize(needed), QDir::toNativeSeparators(folder),
            QLocale().formattedDataSize(available));
}

Status writeNew(const QString &finalPath, const QByteArray &bytes)
{
    const QString temporaryPath = temporarySiblingPath(finalPath);
    if (Status written = writeTemporary(temporaryPath, bytes); !written)
        return written;
    if (!publishWithoutReplacing(temporaryPath, finalPath)) {
        QFile::remove(temporaryPath);
        return Status::failure(
            QCoreApplication::translate("AtomicFile", "%1 already exists").arg(finalPath));
    }
    return Status::success();
}

bool replaceExisting(const QString &temporaryPath, const QString &finalPath)
{
#ifdef Q_OS_UNIX
    return ::rename(QFile::encodeName(temporaryPath).constData(),
               QFile::encodeName(finalPath).constData())
        == 0;
#elif defined(Q_OS_WIN)
    const std::wstring from = QDir::toNativeSeparators(temporaryPath).toStdWString();
    const std::wstring to = QDir::toNativeSeparators(finalPath).toStdWString();
    // ReplaceFileW swaps the new file in under the old name as one operation of the file
    // system; it fails when there is nothing to replace, and then a plain move is right.
    if (::ReplaceFileW(
            to.c_str(), from.c_str(), nullptr, REPLACEFILE_IGNORE_MERGE_ERRORS, nullptr, nullptr))
        return true;
    return ::MoveFileExW(
               from.c_str(), to.c_str(), MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH)
        != 0;
#else
    return QFile::rename(
        temporaryPath, finalPath); // no platform without an atomic replace is built
#endif
}

Status writeReplacing(const QString &finalPath, const QByteArray &bytes)
{
    const QString temporaryPath = temporarySiblingPath(finalPath);
    if (Status written = writeTemporary(temporaryPath, bytes); !written)
        return written;
    const bool moved = replaceExisting(temporaryPath, finalPath);
    if (!moved) {
        // The temporary copy goes only while the final name still holds a file: should the
        // platform have taken the old file away and failed to put the new one in its place,
        // the temporary copy is the only one left, and it stays.
        if (QFileInfo::exists(finalPath))
            QFile::remove(temporaryPath);
        return Status::failure(
            QCoreApplication::translate("AtomicFile", "Cannot replace %1").arg(finalPath));
    }
    flushDirectory(QFileInfo(finalPath).absolutePath());
    return Status::success();
}

int removeStaleTemporaries(const QString &directoryPath, std::chrono::seconds minimumAge)
{
    QDir dir(directoryPath);
    int removed = 0;
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addSecs(-minimumAge.count());
    const QFileInfoList files = dir.entryInfoList(
        { QString(temporaryPrefix) + u'*' }, QDir::Files | QDir::Hidden | QDir::System);
    for (const QFileInfo &file : files) {
        if (file.lastModified().toUTC() <= cutoff)
            removed += dir.remove(file.fileName()) ? 1 : 0;
    }
    return removed;
}

} // namespace phonghop::atomicfile
