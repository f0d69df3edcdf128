#pragma once

#include "meeting_core/trust/documentcipher.h"
#include "meeting_core/util/cancellation.h"
#include "meeting_core/util/readfailure.h"
#include "meeting_core/util/result.h"

#include <QFile>
#include <QIODevice>
#include <QString>
#include <memory>

namespace phonghop {

// A sealed file (documentcipher.h) read as its plaintext, on demand, without the plaintext ever
// being held whole (issue 16: a 200 MB scan costs a few megabytes, not 200 more).
//
// Two ways to open one:
// - openVerified() makes one streaming pass over the whole ciphertext: it verifies every chunk's
//   tag, the final tag, the plaintext's size and its SHA-256, refusing with the messages of
//   openSealedFile(), and copies the secretstream state at each chunk boundary (a plain struct:
//   52 bytes per 64 KiB chunk, 166 KB for 200 MB). For a copy made whole (save, export).
// - openIndexed() decrypts nothing but the last chunk: it checks the file's exact size, its
//   header and its final chunk, and derives the state at each chunk boundary from the tags that
//   end the chunks before it (advancePastChunk). For the viewer, which reads a few chunks of a
//   200 MB scan to show page 1: the whole-file pass cost more than the page (issue 16's aim).
//   Every chunk is still authenticated when it is read, under the document's key and at its
//   place in the chain; the cached file's ciphertext was checked against the signed manifest's
//   SHA-256 when sync copied it.
// Afterwards chunk k is decrypted alone: the state before it restored, its ciphertext read from
// the file, its tag checked (a chunk altered in the cache, or after open, fails the read, never
// gives other bytes). The first failed read is kept (readFailure()): the PDF layer asks after
// Poppler has read, and says the document is damaged rather than show half a page. Random reads are
// served from a small cache of decrypted chunks, least recently used dropped first, bounded by
// cacheBytes; decrypted bytes are never written anywhere and are wiped (sodium_memzero) when
// dropped, as are the states when the device is destroyed.
//
// Created on one thread and read on another (Poppler reads it on the render service's worker
// thread): a mutex guards the file, the cache and the counters, which any thread may ask. Like
// every QIODevice, it has one position: one reader at a time.
class SealedFileDevice final : public QIODevice, public ReadFailureSource {
    Q_OBJECT
public:
    static constexpr qint64 defaultCacheBytes = 4 * 1024 * 1024;

    // Verifies and opens sealedPath (read-only, unbuffered). Fails with a translated message,
    // as openSealedFile() does; cancel is polled between chunks of the verifying pass.
    static Result<std::unique_ptr<SealedFileDevice>> openVerified(const QString &sealedPath,
        const DocumentKey &key, qint64 expectedPlainSize, const QString &expectedPlainSha256 = {},
        qint64 cacheBytes = defaultCacheBytes, const CancellationToken &cancel = {});
    // Opens sealedPath as described above; the same messages; cancel is polled while the tags
    // are read.
    static Result<std::unique_ptr<SealedFileDevice>> openIndexed(const QString &sealedPath,
        const DocumentKey &key, qint64 expectedPlainSize, qint64 cacheBytes = defaultCacheBytes,
        const CancellationToken &cancel = {});
    ~SealedFileDevice() override;

    QString readFailure() const override;

    bool isSequential() const override { return false; }
    qint64 size() const override { return m_plainSize; }

    // The bound on decrypted bytes held at once (whole chunks: at least one), the bytes held now
    // and the most ever held since open (the verifying pass holds one chunk too).
    qint64 cacheBound() const { return m_cacheChunks * documentcipher::chunkSize; }
    qint64 heldBytes() const;
    qint64 peakHeldBytes() const;
    // Chunks decrypted after open (cache misses), for tests and the benchmark.
    qint64 chunksDecrypted() const;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    SealedFileDevice();
    // Opens the file and sizes the cache; shared by both ways to open.
    static Result<std::unique_ptr<SealedFileDevice>> create(const QString &sealedPath,
        qint64 expectedPlainSize, qint64 cacheBytes, QIODevice::OpenMode fileMode);
    void finishOpen();
    struct Private;
    std::unique_ptr<Private> d;
    qint64 m_plainSize = 0;
    qint64 m_cacheChunks = 1;
};

} // namespace phonghop
