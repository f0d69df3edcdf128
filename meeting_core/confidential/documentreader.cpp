#include "documentreader.h"

#include "meeting_core/store/meetingcache.h"
#include "meeting_core/trust/devicekey.h"
#include "meeting_core/util/atomicfile.h"
#include "meeting_core/util/sha256.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace phonghop {

namespace {

// The context of this file's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::DocumentReader)
};

} // namespace

DocumentReader::DocumentReader(const MeetingCache &cache)
    : m_cache(cache)
{
    // Loaded, never created: a seat without a key has no confidential document to open. A key
    // locked by its PIN still says which device this is (its documents are listed as this
    // seat's), but opens nothing until it is unlocked.
    const QByteArray publicKey = DeviceKey::publicKeyIn(cache.directory());
    if (publicKey.isEmpty())
        return;
    m_deviceId = deviceIdOf(publicKey);
    if (Result<SigningKey> key = DeviceKey::load(cache.directory()))
        m_deviceKey = std::move(key).value();
    else
        m_keyProblem = key.error();
}

DocumentAccess DocumentReader::access(const DocumentRef &document) const
{
    return documentAccess(document, m_deviceId);
}

bool DocumentReader::readable(const DocumentRef &document) const
{
    switch (access(document)) {
    case DocumentAccess::Clear:
        return m_cache.objects().contains(document.sha256);
    case DocumentAccess::Recipient:
        return !m_cache.sealedObjectPath(document).isEmpty();
    case DocumentAccess::NotRecipient:
        break;
    }
    return false;
}

Result<QByteArray> DocumentReader::read(const DocumentRef &document) const
{
    using R = Result<QByteArray>;
    switch (access(document)) {
    case DocumentAccess::NotRecipient:
        return R::failure(notRecipientMessage());
    case DocumentAccess::Recipient:
        if (!m_deviceKey)
            return R::failure(m_keyProblem);
        return openSealedDocument(document, m_cache.sealedObjectPath(document), *m_deviceKey);
    case DocumentAccess::Clear:
        break;
    }
    if (!m_cache.objects().contains(document.sha256))
        return R::failure(Tr::tr("The document \u201C%1\u201D is not in the cache yet: sync, "
                                 "then try again.")
                              .arg(document.title));
    QFile file(m_cache.documentPath(document));
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(Tr::tr("The cached document cannot be read: %1").arg(file.errorString()));
    QByteArray bytes = file.readAll();
    if (Sha256::hexOf(bytes) != document.sha256)
        return R::failure(
            Tr::tr("The cached document is damaged (its checksum does not match); sync again."));
    return bytes;
}

Watermark DocumentReader::watermark(
    const Meeting &meeting, const DocumentRef &document, QDate date) const
{
    if (access(document) != DocumentAccess::Recipient)
        return {};
    const DocumentRecipient *recipient = document.recipientFor(m_deviceId);
    Watermark mark;
    mark.date = date;
    for (const Participant &participant : meeting.participants) {
        if (participant.id == recipient->personId) {
            mark.name = participant.fullName;
            mark.position = participant.position;
        }
    }
    if (mark.name.isEmpty()) // a roster without the name still says whose copy it is
        mark.name = recipient->personId;
    return mark;
}

Result<PdfDeviceSource> DocumentReader::source(const DocumentRef &document) const
{
    using R = Result<PdfDeviceSource>;
    switch (access(document)) {
    case DocumentAccess::NotRecipient:
        return R::failure(notRecipientMessage());
    case DocumentAccess::Recipient: {
        if (!m_deviceKey)
            return R::failure(m_keyProblem);
        const QString sealedPath = m_cache.sealedObjectPath(document);
        if (sealedPath.isEmpty())
            return R::failure(notInCacheMessage(document));
        return R([document, sealedPath, key = *m_deviceKey](const CancellationToken &cancel) {
            using D = Result<std::unique_ptr<QIODevice>>;
            auto opened = openSealedDocumentDevice(document, sealedPath, key, cancel);
            if (!opened)
                return D::failure(opened.error());
            return D(std::unique_ptr<QIODevice>(std::move(opened).value()));
        });
    }
    case DocumentAccess::Clear:
        break;
    }
    if (!m_cache.objects().contains(document.sha256))
        return R::failure(Tr::tr("The document \u201C%1\u201D is not in the cache yet: sync, "
                                 "then try again.")
                              .arg(document.title));
    return R([path = m_cache.documentPath(document)](const CancellationToken &) {
        using D = Result<std::unique_ptr<QIODevice>>;
        auto file = std::make_unique<QFile>(path);
        if (!file->open(QIODevice::ReadOnly))
            return D::failure(
                Tr::tr("The cached document cannot be read: %1").arg(file->errorString()));
        return D(std::unique_ptr<QIODevice>(std::move(file)));
    });
}

Result<std::unique_ptr<QIODevice>> DocumentReader::openDevice(const DocumentRef &document) const
{
    Result<PdfDeviceSource> opener = source(document);
    if (!opener)
        return Result<std::unique_ptr<QIODevice>>::failure(opener.error());
    return opener.value()(CancellationToken());
}

Status DocumentReader::saveAs(const DocumentRef &document, const QString &target) const
{
    Result<std::unique_ptr<QIODevice>> opened = openDevice(document);
    if (!opened)
        return Status::failure(opened.error());
    QIODevice &input = *opened.value();
    const bool clear = access(document) == DocumentAccess::Clear;
    const QString temporary = atomicfile::temporarySiblingPath(target);
    QFile output(temporary);
    const auto failed = [&](const QString &message) {
        output.close();
        QFile::remove(temporary);
        return Status::failure(message);
    };
    const auto writeFailed = [&] {
        return failed(Tr::tr("%1 cannot be written: %2")
                          .arg(QDir::toNativeSeparators(target), output.errorString()));
    };
    if (!output.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return writeFailed();
    Sha256 hash;
    QByteArray buffer(64 * 1024, Qt::Uninitialized);
    for (;;) {
        const qint64 got = input.read(buffer.data(), buffer.size());
        if (got < 0) {
            buffer.fill('\0');
            return failed(clear
                    ? Tr::tr("The cached document cannot be read: %1").arg(input.errorString())
                    : input.errorString());
        }
        if (got == 0)
            break;
        hash.add(buffer.constData(), got);
        if (output.write(buffer.constData(), got) != got) {
            buffer.fill('\0');
            return writeFailed();
        }
    }
    buffer.fill('\0');
    // A confidential document's checksum was verified when its device opened.
    if (clear && hash.finishHex() != document.sha256)
        return failed(
            Tr::tr("The cached document is damaged (its checksum does not match); sync again."));
    if (!atomicfile::flushToDisk(output))
        return writeFailed();
    output.close();
    if (!atomicfile::replaceExisting(temporary, target)) {
        QFile::remove(temporary);
        return Status::failure(
            Tr::tr("%1 cannot be written.").arg(QDir::toNativeSeparators(target)));
    }
    return Status::success();
}

} // namespace phonghop
