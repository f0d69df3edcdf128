#include "sealedfiledevice.h"

#include "sealedstream_p.h"

#include <QCoreApplication>
#include <QDir>
#include <cstring>
#include <list>
#include <mutex>
#include <vector>

namespace phonghop {

namespace {

// The messages are the cipher's (documentcipher.cpp), in its context.
using namespace documentcipher::detail;
using documentcipher::chunkSize;

struct CachedChunk {
    qint64 index = 0;
    QByteArray plain;
};

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), size_t(bytes.size()));
}

} // namespace

struct SealedFileDevice::Private {
    QString path;
    QFile file;
    std::vector<StreamState> states; // before each chunk
    qint64 plainSize = 0;
    qint64 cacheChunks = 1;

    mutable std::mutex mutex; // the file, the cache and the counters
    std::list<CachedChunk> cache; // most recently used first
    qint64 held = 0;
    qint64 peak = 0;
    qint64 decrypted = 0;
    QString failure; // the first read that failed; every later read fails too

    ~Private()
    {
        for (CachedChunk &chunk : cache)
            wipe(chunk.plain);
        if (!states.empty())
            sodium_memzero(states.data(), states.size() * sizeof(StreamState));
    }

    void drop(std::list<CachedChunk>::iterator at)
    {
        held -= at->plain.size();
        wipe(at->plain);
        cache.erase(at);
    }

    // The chunk holding plaintext byte `index * chunkSize`, decrypted alone or from the cache;
    // null with error set when it cannot be read or no longer decrypts.
    const QByteArray *chunk(qint64 index, QString *error)
    {
        for (auto it = cache.begin(); it != cache.end(); ++it) {
            if (it->index == index) {
                if (it != cache.begin())
                    cache.splice(cache.begin(), cache, it);
                return &cache.front().plain;
            }
        }
        while (qint64(cache.size()) >= cacheChunks)
            drop(std::prev(cache.end()));
        const qint64 plainLength = chunkPlainSize(index, plainSize);
        const qint64 sealedLength = plainLength + chunkOverhead;
        QByteArray sealed(sealedLength, Qt::Uninitialized);
        if (!file.seek(chunkOffset(index))
            || file.read(sealed.data(), sealedLength) != sealedLength) {
            *error = unreadableMessage(path, file.errorString());
            return nullptr;
        }
        StreamState state = states[size_t(index)];
        CachedChunk entry { index, QByteArray(plainLength, Qt::Uninitialized) };
        unsigned long long length = 0;
        unsigned char tag = 0;
        const int pulled = crypto_secretstream_xchacha20poly1305_pull(&state,
            reinterpret_cast<unsigned char *>(entry.plain.data()), &length, &tag,
            reinterpret_cast<const unsigned char *>(sealed.constData()),
            static_cast<unsigned long long>(sealedLength), nullptr, 0);
        sodium_memzero(&state, sizeof state);
        const bool last = index + 1 == qint64(states.size());
        if (pulled != 0 || qint64(length) != plainLength
            || last != (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL)) {
            wipe(entry.plain);
            *error = damagedMessage(undecryptableMessage());
            return nullptr;
        }
        ++decrypted;
        held += entry.plain.size();
        peak = std::max(peak, held);
        cache.push_front(std::move(entry));
        return &cache.front().plain;
    }
};

SealedFileDevice::SealedFileDevice()
    : d(std::make_unique<Private>())
{
}

SealedFileDevice::~SealedFileDevice()
{
    close();
}

Result<std::unique_ptr<SealedFileDevice>> SealedFileDevice::create(const QString &sealedPath,
    qint64 expectedPlainSize, qint64 cacheBytes, QIODevice::OpenMode fileMode)
{
    using R = Result<std::unique_ptr<SealedFileDevice>>;
    std::unique_ptr<SealedFileDevice> device(new SealedFileDevice());
    Private &p = *device->d;
    p.path = sealedPath;
    p.file.setFileName(sealedPath);
    if (!p.file.open(fileMode))
        return R::failure(unreadableMessage(sealedPath, p.file.errorString()));
    if (expectedPlainSize >= 0)
        p.states.reserve(
            size_t(std::max<qint64>(1, (expectedPlainSize + chunkSize - 1) / chunkSize)));
    p.plainSize = expectedPlainSize;
    p.cacheChunks = std::max<qint64>(1, cacheBytes / chunkSize);
    device->m_plainSize = expectedPlainSize;
    device->m_cacheChunks = p.cacheChunks;
    return R(std::move(device));
}

void SealedFileDevice::finishOpen()
{
    // Unbuffered: QIODevice would otherwise keep a copy of its own of what was read.
    QIODevice::open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

Result<std::unique_ptr<SealedFileDevice>> SealedFileDevice::openVerified(const QString &sealedPath,
    const DocumentKey &key, qint64 expectedPlainSize, const QString &expectedPlainSha256,
    qint64 cacheBytes, const CancellationToken &cancel)
{
    using R = Result<std::unique_ptr<SealedFileDevice>>;
    R created = create(sealedPath, expectedPlainSize, cacheBytes, QIODevice::ReadOnly);
    if (!created)
        return created;
    std::unique_ptr<SealedFileDevice> device = std::move(created).value();
    Private &p = *device->d;
    const Status pulled = pullSealedFile(
        p.file, sealedPath, key, expectedPlainSize, expectedPlainSha256,
        [&](const StreamState &before, qint64, const char *, qint64) {
            p.states.push_back(before);
        },
        cancel);
    if (!pulled)
        return R::failure(pulled.error());
    device->finishOpen();
    return R(std::move(device));
}

Result<std::unique_ptr<SealedFileDevice>> SealedFileDevice::openIndexed(const QString &sealedPath,
    const DocumentKey &key, qint64 expectedPlainSize, qint64 cacheBytes,
    const CancellationToken &cancel)
{
    using R = Result<std::unique_ptr<SealedFileDevice>>;
    if (!sodiumReady())
        return R::failure(libraryFailedMessage());
    if (expectedPlainSize < 0)
        return R::failure(damagedMessage(sizeUnknownMessage()));
    // Unbuffered: the tags are 16 bytes every 64 KiB, and QFile would read 16 KiB for each.
    R created = create(
        sealedPath, expectedPlainSize, cacheBytes, QIODevice::ReadOnly | QIODevice::Unbuffered);
    if (!created)
        return created;
    std::unique_ptr<SealedFileDevice> device = std::move(created).value();
    Private &p = *device->d;
    const qint64 expectedSealedSize = sealedSizeFor(expectedPlainSize);
    if (p.file.size() != expectedSealedSize)
        return R::failure(damagedMessage(
            p.file.size() < expectedSealedSize ? shorterMessage() : longerMessage()));

    QByteArray start(magicBytes + headerBytes, Qt::Uninitialized);
    if (p.file.read(start.data(), start.size()) != start.size()
        || std::memcmp(start.constData(), documentcipher::magic, size_t(magicBytes)) != 0)
        return R::failure(damagedMessage(notSealedMessage()));
    StreamState state;
    if (crypto_secretstream_xchacha20poly1305_init_pull(&state,
            reinterpret_cast<const unsigned char *>(start.constData()) + magicBytes,
            reinterpret_cast<const unsigned char *>(key.bytes().constData()))
        != 0)
        return R::failure(damagedMessage(invalidHeaderMessage()));

    const qint64 chunkCount = std::max<qint64>(1, (expectedPlainSize + chunkSize - 1) / chunkSize);
    unsigned char mac[chunkMacBytes];
    for (qint64 index = 0; index < chunkCount; ++index) {
        p.states.push_back(state);
        if (index + 1 == chunkCount)
            break;
        if (index % 1024 == 0 && cancel.isCancelled()) {
            sodium_memzero(&state, sizeof state);
            return R::failure(cancelledMessage());
        }
        const qint64 macAt = chunkOffset(index + 1) - chunkMacBytes;
        if (!p.file.seek(macAt)
            || p.file.read(reinterpret_cast<char *>(mac), chunkMacBytes) != chunkMacBytes) {
            sodium_memzero(&state, sizeof state);
            return R::failure(unreadableMessage(sealedPath, p.file.errorString()));
        }
        advancePastChunk(state, mac);
    }
    sodium_memzero(&state, sizeof state);

    // The final chunk decrypts under the state the tags lead to, with the final tag and the
    // document's last bytes: the file is the whole stream, its chain of tags intact.
    QString error;
    if (!p.chunk(chunkCount - 1, &error))
        return R::failure(error);
    device->finishOpen();
    return R(std::move(device));
}

QString SealedFileDevice::readFailure() const
{
    std::lock_guard lock(d->mutex);
    return d->failure;
}

qint64 SealedFileDevice::heldBytes() const
{
    std::lock_guard lock(d->mutex);
    return d->held;
}

qint64 SealedFileDevice::peakHeldBytes() const
{
    std::lock_guard lock(d->mutex);
    return d->peak;
}

qint64 SealedFileDevice::chunksDecrypted() const
{
    std::lock_guard lock(d->mutex);
    return d->decrypted;
}

qint64 SealedFileDevice::readData(char *data, qint64 maxSize)
{
    std::lock_guard lock(d->mutex);
    qint64 position = pos();
    qint64 copied = 0;
    while (copied < maxSize && position < m_plainSize) {
        const qint64 index = position / chunkSize;
        QString error;
        const QByteArray *plain = d->chunk(index, &error);
        if (!plain) {
            if (d->failure.isEmpty())
                d->failure = error;
            setErrorString(error);
            return copied > 0 ? copied : -1;
        }
        const qint64 within = position - index * chunkSize;
        const qint64 take = std::min(maxSize - copied, qint64(plain->size()) - within);
        std::memcpy(data + copied, plain->constData() + within, size_t(take));
        copied += take;
        position += take;
    }
    return copied;
}

qint64 SealedFileDevice::writeData(const char *, qint64)
{
    return -1;
}

} // namespace phonghop
