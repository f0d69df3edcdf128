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
// The Poly1305 tag that ends every sealed chunk (the rest of chunkOverhead is the sealed tag byte).
inline constexpr qint64 chunkMacBytes = crypto_onetimeauth_poly1305_BYTES;

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

// The stream state after a chunk, from the chunk's Poly1305 tag alone (its last chunkMacBytes
// bytes), without decrypting it. This is libsodium's secretstream construction, done by pull
// after each message: the tag's first 8 bytes XORed into the inner nonce, the 32-bit counter
// incremented, a rekey when the counter wraps (2^32 chunks: 256 TiB, never reached) or when
// the chunk's tag asks for one. Ours never does but the final one, after which nothing is read;
// a chunk that did would leave the next one undecryptable, so a forged file fails closed.
// tests/core/sealed_index_test.cpp holds this to the states the decrypting pass sees.
void advancePastChunk(StreamState &state, const unsigned char *mac);

// The decrypted bytes the verifying pass holds at once: two batches of 16 chunks (one being
// decrypted, the one before it being hashed on another thread).
inline constexpr qint64 verifyingPlainBytes = 2 * 16 * chunkSize;

// "the confidential document is damaged or was altered (%1); …", translated.
QString damagedMessage(const QString &why);
// "%1 cannot be read: %2" (the file's path, why), translated.
QString unreadableMessage(const QString &path, const QString &why);
// "a part of it does not decrypt", translated.
QString undecryptableMessage();
// Why a sealed file is refused before its chunks are read, translated (for damagedMessage(),
// except cancelled and the library).
QString sizeUnknownMessage();
QString shorterMessage();
QString longerMessage();
QString notSealedMessage();
QString invalidHeaderMessage();
QString cancelledMessage();
QString libraryFailedMessage();

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
