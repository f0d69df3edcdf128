#include "documentcipher.h"
#include "sealedstream_p.h"

#include "meeting_core/util/atomicfile.h"
#include "meeting_core/util/sha256.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <algorithm>
#include <array>
#include <cstring>
#include <future>
#include <sodium.h>

namespace phonghop {

namespace {

// The context of this file's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::DocumentCipher)
};

using State = documentcipher::detail::StreamState;
using documentcipher::detail::cancelledMessage;
using documentcipher::detail::chunkOverhead;
using documentcipher::detail::headerBytes;
using documentcipher::detail::libraryFailedMessage;
using documentcipher::detail::magicBytes;

static_assert(documentcipher::keySize == crypto_secretstream_xchacha20poly1305_KEYBYTES);

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

const unsigned char *bytesOf(const QByteArray &array)
{
    return reinterpret_cast<const unsigned char *>(array.constData());
}

unsigned char *bytesOf(QByteArray &array)
{
    return reinterpret_cast<unsigned char *>(array.data());
}

// Reads up to size bytes (fewer only at the end of the file).
qint64 readFully(QFile &file, char *into, qint64 size)
{
    qint64 total = 0;
    while (total < size) {
        const qint64 got = file.read(into + total, size - total);
        if (got < 0)
            return -1;
        if (got == 0)
            break;
        total += got;
    }
    return total;
}

} // namespace

DocumentKey DocumentKey::generate()
{
    if (!sodiumReady())
        qFatal("libsodium could not be initialised");
    DocumentKey key;
    key.m_bytes = QByteArray(documentcipher::keySize, Qt::Uninitialized);
    crypto_secretstream_xchacha20poly1305_keygen(bytesOf(key.m_bytes));
    return key;
}

std::optional<DocumentKey> DocumentKey::fromBytes(const QByteArray &bytes)
{
    if (bytes.size() != documentcipher::keySize)
        return std::nullopt;
    DocumentKey key;
    key.m_bytes = QByteArray(bytes.constData(), bytes.size()); // a copy of its own to wipe
    return key;
}

DocumentKey::DocumentKey(const DocumentKey &other)
    : m_bytes(other.m_bytes.constData(), other.m_bytes.size())
{
}

DocumentKey &DocumentKey::operator=(const DocumentKey &other)
{
    if (this != &other) {
        if (!m_bytes.isEmpty())
            sodium_memzero(m_bytes.data(), size_t(m_bytes.size()));
        m_bytes = QByteArray(other.m_bytes.constData(), other.m_bytes.size());
    }
    return *this;
}

DocumentKey::~DocumentKey()
{
    // In place, even if a caller still shares the bytes (they are a key: nobody keeps them).
    if (!m_bytes.isEmpty())
        sodium_memzero(const_cast<char *>(m_bytes.constData()), size_t(m_bytes.size()));
}

qint64 sealedSizeFor(qint64 plainSize)
{
    // One chunk per 64 KiB begun, and at least one (an empty document is one empty chunk).
    const qint64 chunks = std::max<qint64>(
        1, (plainSize + documentcipher::chunkSize - 1) / documentcipher::chunkSize);
    return magicBytes + headerBytes + plainSize + chunks * chunkOverhead;
}

Result<SealedFileInfo> sealFile(const QString &plainPath, const QString &sealedPath,
    const DocumentKey &key, const CancellationToken &cancel)
{
    using R = Result<SealedFileInfo>;
    if (!sodiumReady())
        return R::failure(libraryFailedMessage());
    QFile input(plainPath);
    if (!input.open(QIODevice::ReadOnly))
        return R::failure(Tr::tr("%1 cannot be read: %2")
                              .arg(QDir::toNativeSeparators(plainPath), input.errorString()));
    QFile output(sealedPath);
    if (!output.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return R::failure(Tr::tr("%1 cannot be written: %2")
                              .arg(QDir::toNativeSeparators(sealedPath), output.errorString()));
    auto fail = [&](const QString &message) {
        output.close();
        QFile::remove(sealedPath);
        return R::failure(message);
    };
    auto writeFailed = [&] {
        return fail(Tr::tr("%1 cannot be written: %2")
                        .arg(QDir::toNativeSeparators(sealedPath), output.errorString()));
    };

    State state;
    QByteArray header(headerBytes, Qt::Uninitialized);
    crypto_secretstream_xchacha20poly1305_init_push(&state, bytesOf(header), bytesOf(key.bytes()));
    if (output.write(documentcipher::magic, magicBytes) != magicBytes
        || output.write(header) != header.size())
        return writeFailed();

    SealedFileInfo info;
    Sha256 hash;
    QByteArray plain(documentcipher::chunkSize, Qt::Uninitialized);
    QByteArray next(documentcipher::chunkSize, Qt::Uninitialized);
    QByteArray sealed(documentcipher::chunkSize + chunkOverhead, Qt::Uninitialized);
    // One chunk read ahead, so the last one is known (and tagged final) when it is encrypted.
    qint64 have = readFully(input, plain.data(), documentcipher::chunkSize);
    while (true) {
        if (have < 0)
            return fail(Tr::tr("%1 cannot be read: %2")
                            .arg(QDir::toNativeSeparators(plainPath), input.errorString()));
        if (cancel.isCancelled())
            return fail(cancelledMessage());
        qint64 following = 0;
        if (have == documentcipher::chunkSize) {
            following = readFully(input, next.data(), documentcipher::chunkSize);
            if (following < 0)
                return fail(Tr::tr("%1 cannot be read: %2")
                                .arg(QDir::toNativeSeparators(plainPath), input.errorString()));
        }
        const bool last = following == 0;
        hash.add(plain.constData(), have);
        info.plainSize += have;
        unsigned long long sealedLength = 0;
        crypto_secretstream_xchacha20poly1305_push(&state, bytesOf(sealed), &sealedLength,
            bytesOf(plain), static_cast<unsigned long long>(have), nullptr, 0,
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
        if (output.write(sealed.constData(), qint64(sealedLength)) != qint64(sealedLength))
            return writeFailed();
        if (last)
            break;
        std::swap(plain, next);
        have = following;
    }
    sodium_memzero(&state, sizeof state);
    sodium_memzero(plain.data(), size_t(plain.size()));
    sodium_memzero(next.data(), size_t(next.size()));
    if (!atomicfile::flushToDisk(output))
        return writeFailed();
    info.sealedSize = output.size();
    output.close();
    info.plainSha256 = hash.finishHex();
    return info;
}

namespace documentcipher::detail {

bool sodiumReady()
{
    return phonghop::sodiumReady();
}

void advancePastChunk(StreamState &state, const unsigned char *mac)
{
    // The state's nonce is the little-endian counter followed by the inner nonce
    // (crypto_secretstream_xchacha20poly1305.c: STATE_COUNTER, STATE_INONCE).
    constexpr size_t counterBytes = 4;
    constexpr size_t innerNonceBytes = 8;
    static_assert(sizeof(state.nonce) == counterBytes + innerNonceBytes);
    unsigned char *counter = state.nonce;
    unsigned char *innerNonce = state.nonce + counterBytes;
    for (size_t i = 0; i < innerNonceBytes; ++i)
        innerNonce[i] ^= mac[i];
    sodium_increment(counter, counterBytes);
    if (sodium_is_zero(counter, counterBytes))
        crypto_secretstream_xchacha20poly1305_rekey(&state);
}

QString sizeUnknownMessage()
{
    return Tr::tr("its size is not known");
}

QString shorterMessage()
{
    return Tr::tr("it is shorter than it should be");
}

QString longerMessage()
{
    return Tr::tr("it is longer than it should be");
}

QString notSealedMessage()
{
    return Tr::tr("it is not a sealed document");
}

QString invalidHeaderMessage()
{
    return Tr::tr("its header is invalid");
}

QString cancelledMessage()
{
    return Tr::tr("cancelled");
}

QString libraryFailedMessage()
{
    return Tr::tr("the encryption library could not be initialised");
}

QString damagedMessage(const QString &why)
{
    return Tr::tr("the confidential document is damaged or was altered (%1); "
                  "sync again, or ask the office to publish it again")
        .arg(why);
}

QString unreadableMessage(const QString &path, const QString &why)
{
    return Tr::tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), why);
}

QString undecryptableMessage()
{
    return Tr::tr("a part of it does not decrypt");
}

Status pullSealedFile(QFile &input, const QString &sealedPath, const DocumentKey &key,
    qint64 expectedPlainSize, const QString &expectedPlainSha256, const ChunkVisitor &onChunk,
    const CancellationToken &cancel)
{
    if (!sodiumReady())
        return Status::failure(libraryFailedMessage());
    if (expectedPlainSize < 0)
        return Status::failure(damagedMessage(sizeUnknownMessage()));
    const qint64 expectedSealedSize = sealedSizeFor(expectedPlainSize);
    if (input.size() < expectedSealedSize)
        return Status::failure(damagedMessage(shorterMessage()));
    if (input.size() > expectedSealedSize)
        return Status::failure(damagedMessage(longerMessage()));

    QByteArray start(magicBytes + headerBytes, Qt::Uninitialized);
    if (readFully(input, start.data(), start.size()) != start.size()
        || std::memcmp(start.constData(), documentcipher::magic, size_t(magicBytes)) != 0)
        return Status::failure(damagedMessage(notSealedMessage()));
    State state;
    if (crypto_secretstream_xchacha20poly1305_init_pull(
            &state, bytesOf(start) + magicBytes, bytesOf(key.bytes()))
        != 0)
        return Status::failure(damagedMessage(invalidHeaderMessage()));

    // The file has the size of the document's sealed file, so its chunks are where the format
    // puts them: read a batch of them at a time, decrypt them in order (the stream is a chain),
    // and hash the plaintext of one batch on another thread while the next one is decrypted.
    const qint64 chunkCount = std::max<qint64>(
        1, (expectedPlainSize + documentcipher::chunkSize - 1) / documentcipher::chunkSize);
    constexpr qint64 batchChunks = verifyingPlainBytes / documentcipher::chunkSize / 2; // 1 MB
    const qint64 sealedChunk = documentcipher::chunkSize + chunkOverhead;
    QByteArray sealed(batchChunks * sealedChunk, Qt::Uninitialized);
    std::array<QByteArray, 2> plain { QByteArray(batchChunks * documentcipher::chunkSize, '\0'),
        QByteArray(batchChunks * documentcipher::chunkSize, '\0') };
    std::array<std::future<void>, 2> hashing;
    Sha256 hash;
    State before;
    const auto settle = [&] {
        for (std::future<void> &pending : hashing) {
            if (pending.valid())
                pending.wait();
        }
    };
    const auto wipe = [&] {
        settle();
        sodium_memzero(&state, sizeof state);
        sodium_memzero(&before, sizeof before);
        for (QByteArray &buffer : plain)
            sodium_memzero(buffer.data(), size_t(buffer.size()));
    };
    const auto fail = [&](const QString &message) {
        wipe();
        return Status::failure(message);
    };
    qint64 done = 0;
    for (qint64 first = 0, batch = 0; first < chunkCount; first += batchChunks, ++batch) {
        if (cancel.isCancelled())
            return fail(cancelledMessage());
        const qint64 count = std::min(batchChunks, chunkCount - first);
        qint64 want = 0;
        for (qint64 i = first; i < first + count; ++i)
            want += chunkPlainSize(i, expectedPlainSize) + chunkOverhead;
        // Read, not mapped: a mapping would count the whole file in the process's resident
        // memory, and a file cut short under it would end the process (SIGBUS).
        const qint64 got = readFully(input, sealed.data(), want);
        if (got < 0)
            return fail(Tr::tr("%1 cannot be read: %2")
                            .arg(QDir::toNativeSeparators(sealedPath), input.errorString()));
        if (got < want)
            return fail(damagedMessage(Tr::tr("it is cut short")));
        const unsigned char *from = bytesOf(sealed);
        QByteArray &into = plain[size_t(batch % 2)];
        qint64 sealedAt = 0;
        qint64 plainAt = 0;
        for (qint64 i = first; i < first + count; ++i) {
            const qint64 length = chunkPlainSize(i, expectedPlainSize) + chunkOverhead;
            before = state;
            unsigned long long opened = 0;
            unsigned char tag = 0;
            if (crypto_secretstream_xchacha20poly1305_pull(&state, bytesOf(into) + plainAt, &opened,
                    &tag, from + sealedAt, static_cast<unsigned long long>(length), nullptr, 0)
                != 0)
                return fail(damagedMessage(undecryptableMessage()));
            const bool last = i + 1 == chunkCount;
            const bool final = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
            if (final && !last)
                return fail(damagedMessage(Tr::tr("its size does not match")));
            if (last && !final)
                return fail(damagedMessage(Tr::tr("it is cut short")));
            if (onChunk)
                onChunk(before, i, into.constData() + plainAt, qint64(opened));
            sealedAt += length;
            plainAt += qint64(opened);
        }
        done += plainAt;
        // In order: the previous batch's hashing ends before this one's begins.
        std::future<void> &previous = hashing[size_t((batch + 1) % 2)];
        if (previous.valid())
            previous.get();
        hashing[size_t(batch % 2)] = std::async(std::launch::async,
            [&hash, bytes = into.constData(), plainAt] { hash.add(bytes, plainAt); });
    }
    wipe();
    if (done != expectedPlainSize || !input.atEnd())
        return Status::failure(damagedMessage(Tr::tr("its size does not match")));
    const QString digest = hash.finishHex();
    if (!expectedPlainSha256.isEmpty() && digest != expectedPlainSha256)
        return Status::failure(damagedMessage(Tr::tr("its checksum does not match")));
    return Status::success();
}

} // namespace documentcipher::detail

Result<QByteArray> openSealedFile(const QString &sealedPath, const DocumentKey &key,
    qint64 expectedPlainSize, const QString &expectedPlainSha256)
{
    using R = Result<QByteArray>;
    QFile input(sealedPath);
    if (!input.open(QIODevice::ReadOnly))
        return R::failure(Tr::tr("%1 cannot be read: %2")
                              .arg(QDir::toNativeSeparators(sealedPath), input.errorString()));
    QByteArray plain(std::max<qint64>(0, expectedPlainSize), Qt::Uninitialized);
    const Status pulled
        = documentcipher::detail::pullSealedFile(input, sealedPath, key, expectedPlainSize,
            expectedPlainSha256, [&](const State &, qint64 index, const char *bytes, qint64 size) {
                std::memcpy(plain.data() + index * documentcipher::chunkSize, bytes, size_t(size));
            });
    if (!pulled) {
        if (!plain.isEmpty())
            sodium_memzero(plain.data(), size_t(plain.size()));
        return R::failure(pulled.error());
    }
    return plain;
}

} // namespace phonghop
