#pragma once

#include "meeting_core/trust/documentcipher.h"
#include "meeting_core/util/cancellation.h"
#include "meeting_core/util/result.h"

#include <QFile>
#include <QIODevice>
#include <QString>
#include <memory>

namespace phonghop {

// A sealed file (documentcipher.h) read as its plaintext, on demand, without the plaintext ever
// being held whole (issue 16: a 200 MB scan costs a few megabytes, not 200 more).
//
// open() makes one streaming pass over the whole ciphertext: it verifies every chunk's tag, the
// final tag, the plaintext's size and its SHA-256, refusing with the messages of
// openSealedFile(), and copies the secretstream state at each chunk boundary (a plain struct:
// 52 bytes per 64 KiB chunk, 166 KB for 200 MB). Afterwards chunk k is decrypted alone: the
// state before it restored, its ciphertext read from the file, its tag checked again (a file
// changed after open fails the read, never gives other bytes). Random reads are served from a
// small cache of decrypted chunks, least recently used dropped first, bounded by cacheBytes;
// decrypted bytes are never written anywhere and are wiped (sodium_memzero) when dropped, as
// are the states when the device is destroyed.
//
// Created on one thread and read on another (Poppler reads it on the render service's worker
// thread): a mutex guards the file, the cache and the counters, which any thread may ask. Like
// every QIODevice, it has one position: one reader at a time.
class SealedFileDevice final : public QIODevice {
    Q_OBJECT
public:
    static constexpr qint64 defaultCacheBytes = 4 * 1024 * 1024;

    // Verifies and opens sealedPath (read-only, unbuffered). Fails with a translated message,
    // as openSealedFile() does; cancel is polled between chunks of the verifying pass.
    static Result<std::unique_ptr<SealedFileDevice>> openVerified(const QString &sealedPath,
        const DocumentKey &key, qint64 expectedPlainSize, const QString &expectedPlainSha256 = {},
        qint64 cacheBytes = defaultCacheBytes, const CancellationToken &cancel = {});
    ~SealedFileDevice() override;

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
    struct Private;
    std::unique_ptr<Private> d;
    qint64 m_plainSize = 0;
    qint64 m_cacheChunks = 1;
};

} // namespace phonghop
