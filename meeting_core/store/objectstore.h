#pragma once

#include "meeting_core/util/cancellation.h"
#include "meeting_core/util/result.h"

#include <QString>
#include <vector>

namespace phonghop {

// An object copied and verified under a temporary name, not yet durable nor visible.
struct StagedObject {
    QString temporaryPath;
    QString finalPath;
};

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
    // final name only if the size and the SHA-256 match and the data is on disk. The source
    // is opened as a file of the share (util/boundedfile.h): a link, a pipe, a device or a
    // file larger than `expectedSize` is refused without being read.
    Status importFile(const QString &sourcePath, const QString &expectedSha256, qint64 expectedSize,
        const CancellationToken &cancel = {}) const;

    // The same in two steps for a batch: stage each object (copy and verify; safe to run in
    // parallel), then commit them together: one flush of the file system makes the data
    // durable, the objects get their final names, and a second flush makes the names
    // durable — far cheaper than two fsyncs per object.
    Result<StagedObject> stageFile(const QString &sourcePath, const QString &expectedSha256,
        qint64 expectedSize, const CancellationToken &cancel = {}) const;
    Status commitStaged(const std::vector<StagedObject> &staged) const;
    void discardStaged(const std::vector<StagedObject> &staged) const;
    Status importBytes(const QByteArray &bytes, const QString &expectedSha256) const;

    const QString &rootPath() const { return m_root; }

private:
    QString m_root;
};

} // namespace phonghop
