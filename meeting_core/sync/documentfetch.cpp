#include "documentfetch.h"

#include "meeting_core/domain/meeting.h"
#include "meeting_core/share/sharereader.h"
#include "meeting_core/store/cacheretention.h"
#include "meeting_core/store/meetingcache.h"
#include "meeting_core/trust/devicekey.h"

#include <QCoreApplication>
#include <QDir>

namespace phonghop {

namespace {
// The context of this file's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::DocumentFetch)
};
} // namespace

namespace {

QList<QPair<QString, qint64>> objectsOf(const DocumentRef &document)
{
    QList<QPair<QString, qint64>> objects { { document.sha256, document.size } };
    if (!document.original.isEmpty())
        objects.append({ document.original.sha256, document.original.size });
    return objects;
}

} // namespace

std::function<Status(const CancellationToken &)> copyDocumentAgainJob(
    const MeetingCache &cache, const QString &sharePath, const DocumentRef &document)
{
    return [objects = cache.objects(), cacheDirectory = cache.directory(), sharePath, document](
               const CancellationToken &cancel) {
        if (sharePath.isEmpty())
            return Status::failure(Tr::tr("No shared folder is set: the document \"%1\" cannot "
                                          "be fetched again.")
                                       .arg(document.title));
        const ShareReader reader(sharePath);
        if (!reader.isReachable())
            return Status::failure(Tr::tr("The shared folder %1 cannot be reached: the document "
                                          "\"%2\" can be fetched again once it is.")
                                       .arg(QDir::toNativeSeparators(sharePath), document.title));
        // A sealed document only to a recipient device, as the sync copies it (format 2.1).
        if (document.confidential) {
            const QByteArray publicKey = DeviceKey::publicKeyIn(cacheDirectory);
            if (document.plainSha256.isEmpty() || publicKey.isEmpty()
                || !document.recipientFor(deviceIdOf(publicKey)))
                return Status::failure(Tr::tr("The confidential document \"%1\" is not for "
                                              "this device: it is not copied to it.")
                                           .arg(document.title));
        }
        for (const auto &[sha256, size] : objectsOf(document)) {
            if (const Status imported
                = objects.importFile(reader.objectPath(sha256), sha256, size, cancel);
                !imported)
                return Status::failure(Tr::tr("The document \"%1\" could not be fetched "
                                              "again: %2")
                                           .arg(document.title, imported.error()));
        }
        return Status::success();
    };
}

Status recordDocumentFetchedAgain(MeetingCache &cache, const DocumentRef &document)
{
    CacheRetention retention(cache);
    try {
        for (const auto &[sha256, size] : objectsOf(document))
            retention.recordFetchedAgain(sha256);
    } catch (const DatabaseError &error) {
        return Status::failure(QString::fromUtf8(error.what()));
    }
    return Status::success();
}

Status fetchDocumentAgain(
    MeetingCache &cache, const QString &sharePath, const DocumentRef &document)
{
    if (const Status copied = copyDocumentAgainJob(cache, sharePath, document)({}); !copied)
        return copied;
    return recordDocumentFetchedAgain(cache, document);
}

} // namespace phonghop
