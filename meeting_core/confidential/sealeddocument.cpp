#include "sealeddocument.h"

#include "meeting_core/trust/devicekey.h"

#include <QCoreApplication>
#include <QFile>

namespace phonghop {

namespace {

// The context of this file's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::SealedDocument)
};

} // namespace

QString notRecipientMessage()
{
    return Tr::tr("Confidential document \u2014 only its recipients may read it");
}

QString notInCacheMessage(const DocumentRef &document)
{
    return Tr::tr("The confidential document \u201C%1\u201D is not in the cache yet: sync, then "
                  "try again.")
        .arg(document.title);
}

QString noExportMessage()
{
    return Tr::tr("The office does not allow this confidential document to be exported or "
                  "printed");
}

Result<SealedDocument> sealDocument(const QString &pdfPath, const QString &sealedPath,
    const QList<RecipientDevice> &devices, const CancellationToken &cancel)
{
    using R = Result<SealedDocument>;
    if (devices.isEmpty())
        return R::failure(Tr::tr("no recipient has an enrolled device to receive it"));
    const DocumentKey key = DocumentKey::generate();
    SealedDocument sealed;
    for (const RecipientDevice &device : devices) {
        QByteArray box = sealForKey(key.bytes(), device.publicKey);
        if (box.isEmpty())
            return R::failure(
                Tr::tr("the device key of %1 is not a valid key").arg(device.personId));
        sealed.recipients << DocumentRecipient { device.personId, deviceIdOf(device.publicKey),
            std::move(box) };
    }
    Result<SealedFileInfo> file = sealFile(pdfPath, sealedPath, key, cancel);
    if (!file)
        return R::failure(file.error());
    sealed.file = std::move(file).value();
    return sealed;
}

DocumentAccess documentAccess(const DocumentRef &document, const QString &deviceId)
{
    if (!document.confidential)
        return DocumentAccess::Clear;
    // A document marked confidential without its PDF's hash was never sealed (2.0's marker):
    // it is nobody's to open.
    if (document.plainSha256.isEmpty() || deviceId.isEmpty() || !document.recipientFor(deviceId))
        return DocumentAccess::NotRecipient;
    return DocumentAccess::Recipient;
}

Result<DocumentKey> openDocumentKey(const DocumentRef &document, const SigningKey &deviceKey)
{
    using R = Result<DocumentKey>;
    const DocumentRecipient *entry = document.recipientFor(deviceIdOf(deviceKey.publicKey()));
    if (documentAccess(document, deviceIdOf(deviceKey.publicKey())) != DocumentAccess::Recipient
        || !entry)
        return R::failure(notRecipientMessage());
    QByteArray opened = deviceKey.openSealed(entry->sealedKey);
    std::optional<DocumentKey> key = DocumentKey::fromBytes(opened);
    if (!opened.isEmpty())
        opened.fill('\0');
    if (!key)
        return R::failure(Tr::tr("The key of the confidential document \u201C%1\u201D does not "
                                 "open with this device's key: it was sealed for another device, "
                                 "or altered.")
                              .arg(document.title));
    return std::move(*key);
}

Result<QByteArray> openSealedDocument(
    const DocumentRef &document, const QString &sealedPath, const SigningKey &deviceKey)
{
    using R = Result<QByteArray>;
    Result<DocumentKey> key = openDocumentKey(document, deviceKey);
    if (!key)
        return R::failure(key.error());
    if (sealedPath.isEmpty() || !QFile::exists(sealedPath))
        return R::failure(notInCacheMessage(document));
    Result<QByteArray> plain
        = openSealedFile(sealedPath, key.value(), document.plainSize, document.plainSha256);
    if (!plain)
        return R::failure(Tr::tr("The document \u201C%1\u201D cannot be opened: %2")
                              .arg(document.title, plain.error()));
    return plain;
}

Result<std::unique_ptr<SealedFileDevice>> openSealedDocumentDevice(const DocumentRef &document,
    const QString &sealedPath, const SigningKey &deviceKey, const CancellationToken &cancel)
{
    using R = Result<std::unique_ptr<SealedFileDevice>>;
    Result<DocumentKey> key = openDocumentKey(document, deviceKey);
    if (!key)
        return R::failure(key.error());
    if (sealedPath.isEmpty() || !QFile::exists(sealedPath))
        return R::failure(notInCacheMessage(document));
    R device = SealedFileDevice::openVerified(sealedPath, key.value(), document.plainSize,
        document.plainSha256, SealedFileDevice::defaultCacheBytes, cancel);
    if (!device)
        return R::failure(Tr::tr("The document \u201C%1\u201D cannot be opened: %2")
                              .arg(document.title, device.error()));
    return device;
}

} // namespace phonghop
