#pragma once

#include "util/cancellation.h"
#include "util/result.h"

#include <QString>

namespace phonghop {

// Content-addressed files beside the cache database: objects/<first two hex>/<sha256>.
// A file under its final name has been verified against its hash, so looking one up is a
// stat, never a re-hash (that keeps re-syncs cheap).
class ObjectStore final {
public:
    explicit ObjectStore(QString rootPath);

    // Creates the folders and removes temporary files a killed import left behind.
    Status prepare();

    bool contains(const QString &sha256) const;
    QString pathFor(const QString &sha256) const;

    // Copies `sourcePath` into the store while hashing it; the object appears under its
    // final name only if the size and the SHA-256 match and the data is on disk.
    Status importFile(const QString &sourcePath, const QString &expectedSha256,
                      qint64 expectedSize, const CancellationToken &cancel = {}) const;
    Status importBytes(const QByteArray &bytes, const QString &expectedSha256) const;

    const QString &rootPath() const { return m_root; }

private:
    QString m_root;
};

} // namespace phonghop
