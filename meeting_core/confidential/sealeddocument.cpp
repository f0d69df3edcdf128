#include "sealeddocument.h"

#include "meeting_core/trust/devicekey.h"
#include "meeting_core/util/sha256.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QPair>
#include <QSet>

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

const DocumentRef *reusableSeal(const QList<DocumentRef> &published, const QString &documentId,
    const QString &pdfPath, const QList<RecipientDevice> &devices,
    const std::function<QString(const QString &sha256)> &objectPathOf)
{
    const DocumentRef *before = nullptr;
    for (const DocumentRef &document : published) {
        if (document.id == documentId)
            before = &document;
    }
    if (!before || !before->confidential || before->plainSha256.isEmpty())
        return nullptr;
    if (!sealedForDevices(*before, devices) || QFileInfo(pdfPath).size() != before->plainSize
        || Sha256::hexOfFile(pdfPath) != before->plainSha256)
        return nullptr;
    const QString object = objectPathOf(before->sha256);
    const QFileInfo info(object);
    if (object.isEmpty() || !info.isFile() || info.isSymLink() || info.size() != before->size
        || Sha256::hexOfFile(object) != before->sha256)
        return nullptr;
    return before;
}

bool sealedForDevices(const DocumentRef &document, const QList<RecipientDevice> &devices)
{
    QSet<QPair<QString, QString>> wanted;
    for (const RecipientDevice &device : devices)
        wanted.insert({ device.personId, deviceIdOf(device.publicKey) });
    QSet<QPair<QString, QString>> had;
    for (const DocumentRecipient &recipient : document.recipients)
        had.insert({ recipient.personId, recipient.deviceId });
    return document.confidential && wanted == had;
}

void applySeal(DocumentRef &document, const SealedDocument &sealed)
{
    document.confidential = true;
    document.plainSha256 = sealed.file.plainSha256;
    document.plainSize = sealed.file.plainSize;
    document.recipients = sealed.recipients;
}

QString sealedDocumentShareProblem(const QString &title, int major, int minor)
{
    // Sealed documents are share format 2.1: a 1.x seat would copy the ciphertext and try to
    // open it as a PDF, so the organisation upgrades the share first.
    if (major >= 2)
        return {};
    return Tr::tr("the confidential document \u201C%1\u201D needs a shared folder in format 2.1 "
                  "or later, and this one is in format %2.%3. Upgrade the shared folder first "
                  "(phonghop-cli org upgrade-share), once every seat runs PhòngHọp 2.1.")
        .arg(title)
        .arg(major)
        .arg(minor);
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
    R device = SealedFileDevice::openIndexed(
        sealedPath, key.value(), document.plainSize, SealedFileDevice::defaultCacheBytes, cancel);
    if (!device)
        return R::failure(Tr::tr("The document \u201C%1\u201D cannot be opened: %2")
                              .arg(document.title, device.error()));
    return device;
}

} // namespace phonghop
