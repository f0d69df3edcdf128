#pragma once

#include "meeting_core/util/cancellation.h"
#include "meeting_core/util/result.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace phonghop {

// The cipher of confidential documents (share format 2.1, docs/share-format.md, "Sealed
// documents"): libsodium's crypto_secretstream_xchacha20poly1305 under a random 32-byte key,
// in chunks of 64 KiB, streamed from file to file, so a 200 MB scan is never held whole.
//
// A sealed file is the 8 bytes "PHSEAL01", the stream's 24-byte header, then one encrypted
// chunk per 64 KiB of the document begun (at least one; each 17 bytes longer than its
// plaintext), the last one tagged final. A chunk altered, removed, reordered or appended, or a file
// cut short, fails to open: never half a document.
namespace documentcipher {
inline constexpr qint64 chunkSize = 64 * 1024;
inline constexpr int keySize = 32;
inline constexpr char magic[] = "PHSEAL01";
} // namespace documentcipher

// A document's key. Wiped from memory when destroyed.
class DocumentKey final {
public:
    static DocumentKey generate();
    // Nothing when bytes is not a key (documentcipher::keySize bytes).
    static std::optional<DocumentKey> fromBytes(const QByteArray &bytes);
    DocumentKey(const DocumentKey &other);
    DocumentKey &operator=(const DocumentKey &other);
    ~DocumentKey();

    const QByteArray &bytes() const { return m_bytes; }

private:
    DocumentKey() = default;
    QByteArray m_bytes;
};

struct SealedFileInfo {
    QString plainSha256; // of the document encrypted
    qint64 plainSize = 0;
    qint64 sealedSize = 0; // of the file written
};

// Encrypts plainPath into sealedPath (created or truncated), flushed to disk. On failure or
// cancellation sealedPath is removed.
Result<SealedFileInfo> sealFile(const QString &plainPath, const QString &sealedPath,
    const DocumentKey &key, const CancellationToken &cancel = {});

// Decrypts a sealed file into memory. The plaintext must have expectedPlainSize bytes and,
// when expectedPlainSha256 is given, that SHA-256; a file larger than a sealed file of that
// size can be is refused before it is read. Fails with a translated message.
Result<QByteArray> openSealedFile(const QString &sealedPath, const DocumentKey &key,
    qint64 expectedPlainSize, const QString &expectedPlainSha256 = {});

// The size of the sealed file of a document of plainSize bytes.
qint64 sealedSizeFor(qint64 plainSize);

} // namespace phonghop
