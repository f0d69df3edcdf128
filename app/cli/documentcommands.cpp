// document save: a cached document as this seat may have it (issue 16). A confidential
// document is decrypted only on a recipient device (its key in the cache folder); any other seat
// is refused with exit 4. A recipient's copy carries their watermark on every page (the pages as
// images at 150 dpi with the watermark drawn in), and a document the office forbids to export
// (`noExport`) is refused with exit 4 even for a recipient.
#include "commands.h"

#include "meeting_core/confidential/documentreader.h"
#include "meeting_core/pdf/watermark.h"
#include "meeting_core/store/cacheretention.h"
#include "meeting_core/store/meetingcache.h"

#include <QCoreApplication>
#include <QDir>

namespace phonghop::cli {

namespace {

// The context of this file's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::cli::DocumentCommands)
};

const QString saveSynopsis
    = QStringLiteral("document save --cache DIR --meeting ID --document ID --out FILE");

int fail(Streams &streams, int code, const QString &message)
{
    streams.err << message << '\n';
    streams.err.flush();
    return code;
}

int runSave(const QStringList &arguments, Streams &streams)
{
    const QString cacheDirectory = optionValue(arguments, QStringLiteral("--cache"));
    const QString meetingId = optionValue(arguments, QStringLiteral("--meeting"));
    const QString documentId = optionValue(arguments, QStringLiteral("--document"));
    const QString target = optionValue(arguments, QStringLiteral("--out"));
    if (cacheDirectory.isEmpty() || meetingId.isEmpty() || documentId.isEmpty() || target.isEmpty())
        return fail(streams, UsageError, Tr::tr("Usage: phonghop-cli %1").arg(saveSynopsis));
    auto opened = MeetingCache::open(cacheDirectory);
    if (!opened)
        return fail(streams, Failure, opened.error());
    MeetingCache &cache = *opened.value();
    const std::optional<Meeting> meeting = cache.meeting(meetingId);
    // Left out by the sync scope: this seat's person is not in the meeting, so none of its
    // documents is for this seat (a refusal, as for a confidential document's non-recipient).
    if (!meeting && CacheRetention(cache).isOutOfScope(meetingId))
        return fail(streams, Rejected,
            Tr::tr("The meeting \u201C%1\u201D is not for this seat: its person does not take "
                   "part in it.")
                .arg(meetingId));
    if (!meeting)
        return fail(streams, Failure,
            Tr::tr("The meeting \u201C%1\u201D is not in the cache: sync first.").arg(meetingId));
    const DocumentRef *document = nullptr;
    for (const DocumentRef &candidate : meeting->documents) {
        if (candidate.id == documentId)
            document = &candidate;
    }
    if (!document)
        return fail(streams, Failure,
            Tr::tr("The meeting has no document \u201C%1\u201D.").arg(documentId));
    const DocumentReader reader(cache);
    if (reader.access(*document) == DocumentAccess::NotRecipient)
        return fail(streams, Rejected, notRecipientMessage());
    if (document->confidential && document->noExport)
        return fail(streams, Rejected, noExportMessage());
    if (document->confidential) {
        // Decrypted chunk by chunk as the pages are drawn, never held whole.
        Result<std::unique_ptr<QIODevice>> device = reader.openDevice(*document);
        if (!device)
            return fail(streams, Failure, device.error());
        auto pdf = PdfDocument::openDevice(std::move(device).value(), document->title);
        if (!pdf)
            return fail(streams, Failure, pdf.error());
        const Watermark mark = reader.watermark(*meeting, *document, QDate::currentDate());
        if (const Status saved = writeWatermarkedPdf(*pdf.value(), mark, target); !saved)
            return fail(streams, Failure, saved.error());
    } else if (const Status saved = reader.saveAs(*document, target); !saved) {
        return fail(streams, Failure, saved.error());
    }
    streams.out << Tr::tr("Saved \u201C%1\u201D to %2")
                       .arg(document->title, QDir::toNativeSeparators(target))
                << '\n';
    streams.out.flush();
    return Success;
}

} // namespace

int runDocument(const QStringList &arguments, Streams &streams)
{
    const QList<Subcommand> subcommands {
        { QStringLiteral("save"), saveSynopsis,
            Tr::tr("Write a cached document to a file as this seat may read it (a confidential "
                   "one only on a recipient's device)"),
            runSave },
    };
    return runSubcommands(QStringLiteral("document"), subcommands, arguments, streams);
}

} // namespace phonghop::cli
