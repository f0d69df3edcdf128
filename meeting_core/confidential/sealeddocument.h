#pragma once

#include "meeting_core/domain/meeting.h"
#include "meeting_core/trust/documentcipher.h"
#include "meeting_core/trust/sealedfiledevice.h"
#include "meeting_core/trust/signingkey.h"
#include "meeting_core/util/cancellation.h"
#include "meeting_core/util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace phonghop {

// Confidential ("Mật") documents, share format 2.1 (docs/share-format.md, "Sealed documents";
// docs/trust.md, "Confidential documents"). The office seals a document's PDF under a random
// key and seals that key to each enrolled device of each recipient; a seat opens it only with
// its own device key, read chunk by chunk as it is shown.

// A device the key is sealed to: the person it belongs to and its Ed25519 public key.
struct RecipientDevice {
    QString personId;
    QByteArray publicKey;
};

struct SealedDocument {
    SealedFileInfo file; // the PDF's hash and size, the sealed file's size
    QList<DocumentRecipient> recipients; // the key sealed to each device, in the order given
};

// Publisher side: encrypts pdfPath into sealedPath (streaming, chunk by chunk) under a new
// key, and seals the key to every device. Fails when there is no device, or a key is invalid.
Result<SealedDocument> sealDocument(const QString &pdfPath, const QString &sealedPath,
    const QList<RecipientDevice> &devices, const CancellationToken &cancel = {});

// What a seat may do with a document.
enum class DocumentAccess {
    Clear, // not confidential: an ordinary PDF
    Recipient, // confidential, sealed to this device
    NotRecipient, // confidential, not for this device (or not sealed at all: share format 2.0)
};
DocumentAccess documentAccess(const DocumentRef &document, const QString &deviceId);

// The key of a sealed document for this device; a translated failure when the device is not a
// recipient or its entry does not open with this key (sealed for another device, altered).
Result<DocumentKey> openDocumentKey(const DocumentRef &document, const SigningKey &deviceKey);

// Decrypts a confidential document's sealed file (the object of the share, as the cache keeps
// it) into memory with this device's key, checked against the PDF's size and SHA-256.
Result<QByteArray> openSealedDocument(
    const DocumentRef &document, const QString &sealedPath, const SigningKey &deviceKey);

// The same document as a device that decrypts it chunk by chunk as it is read, never whole
// (trust/sealedfiledevice.h): the whole ciphertext verified first (size, every chunk, the
// PDF's SHA-256), refused with the same messages. cancel is polled during that pass.
Result<std::unique_ptr<SealedFileDevice>> openSealedDocumentDevice(const DocumentRef &document,
    const QString &sealedPath, const SigningKey &deviceKey, const CancellationToken &cancel = {});

// "The confidential document “title” is not in the cache yet: sync, then try again.",
// translated.
QString notInCacheMessage(const DocumentRef &document);
// "Confidential document — only its recipients may read it", translated.
QString notRecipientMessage();
// "The office does not allow this confidential document to be exported or printed", translated:
// why a document with `noExport` cannot be saved, exported or printed.
QString noExportMessage();

} // namespace phonghop
