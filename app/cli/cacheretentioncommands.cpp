// cache size|evict|fetch (issue 16, docs/cache.md): what the local cache holds on disk and what
// eviction would free, evicting past meetings' documents now, and fetching one document again.
#include "commands.h"

#include "meeting_core/settings/appsettings.h"
#include "meeting_core/store/cacheretention.h"
#include "meeting_core/store/meetingcache.h"
#include "meeting_core/sync/documentfetch.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace phonghop::cli {

namespace {

// The context of this file's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::cli::CacheRetentionCommands)
};

const QString sizeSynopsis = QStringLiteral("size --cache DIR [--days N] [--json]");
const QString evictSynopsis = QStringLiteral("evict --cache DIR [--days N]");
const QString fetchSynopsis
    = QStringLiteral("fetch --cache DIR --share DIR --meeting ID --document ID");

int fail(Streams &streams, int code, const QString &message)
{
    streams.err << message << '\n';
    streams.err.flush();
    return code;
}

QString megabytes(qint64 bytes)
{
    return QLocale().toString(double(bytes) / 1e6, 'f', 1); // "20,3" in Vietnamese
}

int runSize(const QStringList &arguments, Streams &streams)
{
    const QString cacheDirectory = optionValue(arguments, QStringLiteral("--cache"));
    if (cacheDirectory.isEmpty())
        return fail(streams, UsageError, Tr::tr("Usage: phonghop-cli cache %1").arg(sizeSynopsis));
    const std::optional<int> days
        = keepDaysOption(arguments, streams, QStringLiteral("cache ") + sizeSynopsis);
    if (!days)
        return UsageError;
    auto opened = MeetingCache::open(cacheDirectory);
    if (!opened)
        return fail(streams, Failure, opened.error());
    const Result<CacheFigures> figures = CacheRetention(*opened.value()).figures(*days);
    if (!figures)
        return fail(streams, Failure, figures.error());
    if (hasFlag(arguments, QStringLiteral("--json"))) {
        streams.out << QString::fromUtf8(QJsonDocument(
            QJsonObject {
                { QStringLiteral("totalBytes"), double(figures->totalBytes) },
                { QStringLiteral("documentBytes"), double(figures->documentBytes) },
                { QStringLiteral("evictableBytes"), double(figures->evictableBytes) },
                { QStringLiteral("evictableObjects"), figures->evictableObjects },
                { QStringLiteral("pastMeetings"), figures->pastMeetingsWithDocuments },
                { QStringLiteral("keepDays"), figures->keepDays },
            })
                                             .toJson(QJsonDocument::Indented));
    } else {
        streams.out << Tr::tr("Cache: %1 MB, of which documents %2 MB")
                           .arg(megabytes(figures->totalBytes), megabytes(figures->documentBytes))
                    << '\n';
        if (figures->keepDays == 0)
            streams.out << Tr::tr("Documents of past meetings are kept (never evicted)") << '\n';
        else
            streams.out << Tr::tr("Eviction of documents of meetings that ended more than %1 "
                                  "day(s) ago would free %2 MB (%3 file(s) of %4 meeting(s))")
                               .arg(figures->keepDays)
                               .arg(megabytes(figures->evictableBytes))
                               .arg(figures->evictableObjects)
                               .arg(figures->pastMeetingsWithDocuments)
                        << '\n';
    }
    streams.out.flush();
    return Success;
}

int runEvict(const QStringList &arguments, Streams &streams)
{
    const QString cacheDirectory = optionValue(arguments, QStringLiteral("--cache"));
    if (cacheDirectory.isEmpty())
        return fail(streams, UsageError, Tr::tr("Usage: phonghop-cli cache %1").arg(evictSynopsis));
    const std::optional<int> days
        = keepDaysOption(arguments, streams, QStringLiteral("cache ") + evictSynopsis);
    if (!days)
        return UsageError;
    if (*days == 0)
        return fail(streams, UsageError,
            Tr::tr("With 0 days documents are never evicted: give --days N (N > 0)."));
    auto opened = MeetingCache::open(cacheDirectory);
    if (!opened)
        return fail(streams, Failure, opened.error());
    const Result<EvictionResult> evicted = CacheRetention(*opened.value()).evict(*days);
    if (!evicted)
        return fail(streams, Failure, evicted.error());
    streams.out << Tr::tr("%1 document file(s) of meetings that ended more than %2 day(s) ago "
                          "deleted from the cache (%3 MB freed); they can be fetched again "
                          "from the share")
                       .arg(evicted->objectsDeleted)
                       .arg(*days)
                       .arg(megabytes(evicted->bytesFreed))
                << '\n';
    streams.out.flush();
    return Success;
}

int runFetch(const QStringList &arguments, Streams &streams)
{
    const QString cacheDirectory = optionValue(arguments, QStringLiteral("--cache"));
    const QString share = optionValue(arguments, QStringLiteral("--share"));
    const QString meetingId = optionValue(arguments, QStringLiteral("--meeting"));
    const QString documentId = optionValue(arguments, QStringLiteral("--document"));
    if (cacheDirectory.isEmpty() || share.isEmpty() || meetingId.isEmpty() || documentId.isEmpty())
        return fail(streams, UsageError, Tr::tr("Usage: phonghop-cli cache %1").arg(fetchSynopsis));
    auto opened = MeetingCache::open(cacheDirectory);
    if (!opened)
        return fail(streams, Failure, opened.error());
    MeetingCache &cache = *opened.value();
    const std::optional<Meeting> meeting = cache.meeting(meetingId);
    if (!meeting)
        return fail(streams, Failure,
            Tr::tr("The meeting \u201C%1\u201D is not in the cache: sync first.").arg(meetingId));
    for (const DocumentRef &document : meeting->documents) {
        if (document.id != documentId)
            continue;
        if (const Status fetched = fetchDocumentAgain(cache, share, document); !fetched)
            return fail(streams, Failure, fetched.error());
        streams.out << Tr::tr("\u201C%1\u201D fetched again from the share").arg(document.title)
                    << '\n';
        streams.out.flush();
        return Success;
    }
    return fail(
        streams, Failure, Tr::tr("The meeting has no document \u201C%1\u201D.").arg(documentId));
}

} // namespace

std::optional<int> keepDaysOption(
    const QStringList &arguments, Streams &streams, const QString &usageLine)
{
    if (!hasFlag(arguments, QStringLiteral("--days"))) {
        // Only what the office configured: a script that syncs an old share keeps every document
        // unless it asks otherwise (the app's dialog shows the default of 90 days).
        const AppSettings settings;
        return settings.source(AppSettings::Key::KeepPastDocumentsDays)
                == AppSettings::Source::Default
            ? 0
            : settings.keepPastDocumentsDays();
    }
    const QString text = optionValue(arguments, QStringLiteral("--days"));
    bool ok = false;
    const int days = text.toInt(&ok);
    if (!ok || days < 0 || days > AppSettings::maximumKeepDays) {
        streams.err << Tr::tr("\"%1\" is not a number of days (0 to %2; 0: never evict)")
                           .arg(text)
                           .arg(AppSettings::maximumKeepDays)
                    << '\n'
                    << Tr::tr("Usage: phonghop-cli %1").arg(usageLine) << '\n';
        streams.err.flush();
        return std::nullopt;
    }
    return days;
}

int runCache(const QStringList &arguments, Streams &streams)
{
    const QList<Subcommand> subcommands {
        { QStringLiteral("size"), sizeSynopsis,
            Tr::tr("The cache's size on disk, its documents, and what eviction would free"),
            runSize },
        { QStringLiteral("evict"), evictSynopsis,
            Tr::tr("Delete the documents of meetings that ended more than N days ago (their "
                   "agendas, annotations and notes stay)"),
            runEvict },
        { QStringLiteral("fetch"), fetchSynopsis,
            Tr::tr("Fetch one document again from the share (verified by its SHA-256)"), runFetch },
    };
    return runSubcommands(
        QStringLiteral("cache"), subcommands, arguments, streams, { QStringLiteral("--json") });
}

} // namespace phonghop::cli
