#pragma once

// A sealed file (trust/documentcipher.h) made from given bytes in a temporary folder, for the
// tests of SealedFileDevice's two ways to open (sealed_device_test, sealed_index_test).
#include "meeting_core/demo/documentgenerator.h"
#include "meeting_core/trust/documentcipher.h"
#include "meeting_core/trust/sealedfiledevice.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace phonghop::test::sealed {

inline constexpr qint64 chunkBytes = documentcipher::chunkSize;

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

inline void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

inline QByteArray randomBytes(qint64 size, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (qint64 i = 0; i < size; ++i)
        bytes[i] = char(random.bounded(256));
    return bytes;
}

inline QByteArray readAt(QIODevice &device, qint64 offset, qint64 size)
{
    REQUIRE(device.seek(offset));
    return device.read(size);
}

// A scanned-looking PDF of `pages` pages at `dpi` (JPEG page images: a file of several chunks)
// written at path; its bytes.
inline QByteArray writeScannedPdf(const QString &path, int pages, int dpi)
{
    GeneratedDocument content;
    content.agency = QStringLiteral("ỦY BAN NHÂN DÂN XÃ TÂN PHÚ");
    content.kindTitle = QStringLiteral("TỜ TRÌNH");
    content.subject = QStringLiteral("Về công tác cán bộ");
    REQUIRE(documentgenerator::writeScannedDocument(path, content, pages, dpi).ok());
    return readAll(path);
}

struct SealedFile {
    QTemporaryDir dir;
    QByteArray plain;
    QString sealedPath;
    DocumentKey key = DocumentKey::generate();
    QString sha;

    explicit SealedFile(const QByteArray &bytes)
        : plain(bytes)
    {
        REQUIRE(dir.isValid());
        const QString plainPath = dir.filePath(QStringLiteral("plain.bin"));
        writeAll(plainPath, plain);
        sealedPath = dir.filePath(QStringLiteral("sealed.bin"));
        const Result<SealedFileInfo> info = sealFile(plainPath, sealedPath, key);
        REQUIRE(info.ok());
        sha = info->plainSha256;
        QFile::remove(plainPath);
    }

    Result<std::unique_ptr<SealedFileDevice>> openVerified(
        qint64 cacheBytes = SealedFileDevice::defaultCacheBytes) const
    {
        return SealedFileDevice::openVerified(sealedPath, key, plain.size(), sha, cacheBytes);
    }

    Result<std::unique_ptr<SealedFileDevice>> openIndexed(qint64 cacheBytes = chunkBytes) const
    {
        return SealedFileDevice::openIndexed(sealedPath, key, plain.size(), cacheBytes);
    }

    // Flips one bit of the sealed file at offset (the file stays the size it was).
    void flip(qint64 offset) const
    {
        QByteArray bytes = readAll(sealedPath);
        REQUIRE(offset < bytes.size());
        bytes[offset] = char(bytes.at(offset) ^ 0x01);
        writeAll(sealedPath, bytes);
    }
};

} // namespace phonghop::test::sealed
