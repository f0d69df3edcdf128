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
#include <functional>

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

// Publisher side, shared by meetings and consultations (the two ways a document reaches the
// share sealed):

// The published entry of a confidential document whose sealed object can be kept in a new
// revision: the same PDF (pdfPath), sealed to exactly the same devices, and its object still on
// the share (objectPathOf(sha256)) with bytes that hash to its name. Otherwise nothing: the
// document is sealed again, under a new key.
const DocumentRef *reusableSeal(const QList<DocumentRef> &published, const QString &documentId,
    const QString &pdfPath, const QList<RecipientDevice> &devices,
    const std::function<QString(const QString &sha256)> &objectPathOf);

// Whether a published confidential document's key is sealed to exactly these devices (the same
// persons' same devices, no more, no fewer).
bool sealedForDevices(const DocumentRef &document, const QList<RecipientDevice> &devices);

// The sealed form of a published document entry: confidential, the PDF's hash and size, the
// recipients' sealed keys (sha256 and size stay those of the sealed object on the share).
void applySeal(DocumentRef &document, const SealedDocument &sealed);

// Why a share in format major.minor cannot hold the confidential document titled `title`
// (translated, "the confidential document … needs a shared folder in format 2.1 or later …"),
// or an empty text when it can. The caller says what was not published.
QString sealedDocumentShareProblem(const QString &title, int major, int minor);

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

// The same document as a device for the viewer, which decrypts it chunk by chunk as it is read,
// never whole (trust/sealedfiledevice.h, openIndexed): its size, header and final chunk checked
// at open, every other chunk authenticated when read; a chunk that fails is a read failure the
// viewer reports (pdf/pdfdocument.h), never half a page. Refused with the same messages.
// cancel is polled while its tags are read.
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
