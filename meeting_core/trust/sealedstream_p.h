#pragma once

// Inside the trust layer only: the verifying pass over a sealed file shared by openSealedFile()
// and SealedFileDevice.
#include "meeting_core/trust/documentcipher.h"
#include "meeting_core/util/cancellation.h"
#include "meeting_core/util/result.h"

#include <QFile>
#include <functional>
#include <sodium.h>

namespace phonghop::documentcipher::detail {

using StreamState = crypto_secretstream_xchacha20poly1305_state;
inline constexpr qint64 headerBytes = crypto_secretstream_xchacha20poly1305_HEADERBYTES;
inline constexpr qint64 chunkOverhead = crypto_secretstream_xchacha20poly1305_ABYTES;
inline constexpr qint64 magicBytes = sizeof(documentcipher::magic) - 1;

bool sodiumReady();

// Where chunk `index` starts in a sealed file, and how many plaintext bytes it holds in a
// document of plainSize bytes.
inline qint64 chunkOffset(qint64 index)
{
    return magicBytes + headerBytes + index * (chunkSize + chunkOverhead);
}
inline qint64 chunkPlainSize(qint64 index, qint64 plainSize)
{
    return std::max<qint64>(0, std::min(chunkSize, plainSize - index * chunkSize));
}

// The decrypted bytes the verifying pass holds at once: two batches of 16 chunks (one being
// decrypted, the one before it being hashed on another thread).
inline constexpr qint64 verifyingPlainBytes = 2 * 16 * chunkSize;

// "the confidential document is damaged or was altered (%1); …", translated.
QString damagedMessage(const QString &why);
// "%1 cannot be read: %2" (the file's path, why), translated.
QString unreadableMessage(const QString &path, const QString &why);
// "a part of it does not decrypt", translated.
QString undecryptableMessage();

// Decrypts the whole of input (opened, at its start) chunk by chunk, checking the size the file
// must have, every tag, the final tag, the plaintext's size and, when given, its SHA-256. For
// each chunk, onChunk gets the stream state before it (the state that decrypts it alone), its
// index and its plaintext (wiped after the call). Fails with the translated messages of
// openSealedFile(); sealedPath only names the file in them.
using ChunkVisitor
    = std::function<void(const StreamState &before, qint64 index, const char *plain, qint64 size)>;
Status pullSealedFile(QFile &input, const QString &sealedPath, const DocumentKey &key,
    qint64 expectedPlainSize, const QString &expectedPlainSha256, const ChunkVisitor &onChunk,
    const CancellationToken &cancel = {});

} // namespace phonghop::documentcipher::detail
