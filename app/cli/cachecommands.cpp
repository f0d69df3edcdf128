#include "commands.h"
#include "passphrase.h"

#include "meeting_core/confidential/documentreader.h"
#include "meeting_core/demo/demoshare.h"
#include "meeting_core/settings/appsettings.h"
#include "meeting_core/share/sharereader.h"
#include "meeting_core/store/meetingcache.h"
#include "meeting_core/sync/syncengine.h"
#include "meeting_core/trust/organisationpin.h"
#include "meeting_core/trust/signingkey.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace phonghop::cli {

namespace {

// The context of this file's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::cli::CacheCommands)
};

int usage(Streams &streams, const QString &synopsis)
{
    streams.err << Tr::tr("Usage: phonghop-cli %1").arg(synopsis) << '\n';
    streams.err.flush();
    return UsageError;
}

int fail(Streams &streams, int code, const QString &message)
{
    streams.err << message << '\n';
    streams.err.flush();
    return code;
}

QString isoText(const QDateTime &time)
{
    return time.isValid() ? time.toString(Qt::ISODate) : QString();
}

} // namespace

int runDemoShare(const QStringList &arguments, Streams &streams)
{
    const QStringList positional = positionalArguments(arguments);
    if (positional.size() != 1)
        return usage(streams, QStringLiteral("demo-share DIR [--secretary-key FILE]"));
    // The demo's publishing key, for trying the secretary's workspace (demo only), in the
    // protected format of every organisation key: its passphrase is asked for first, so that
    // nothing is written without one.
    const QString secretaryKey = optionValue(arguments, QStringLiteral("--secretary-key"));
    std::optional<QString> passphrase;
    if (!secretaryKey.isEmpty()) {
        if (QFileInfo::exists(secretaryKey)) {
            // An earlier demo's key file may be replaced (the demo key is public); nothing else.
            const Result<KeyFileInfo> existing = inspectKeyFile(secretaryKey);
            if (!existing || existing->publicKey != demoshare::organisationKey().publicKey())
                return fail(streams, Rejected,
                    Tr::tr("%1 exists and is not the demo's key; it was left as it is")
                        .arg(QDir::toNativeSeparators(secretaryKey)));
        }
        int code = Success;
        passphrase = readPassphrase(
            { passphraseVariable,
                Tr::tr("New passphrase for the demo key %1: ")
                    .arg(QDir::toNativeSeparators(secretaryKey)),
                Tr::tr("The same passphrase again: "), QDir::toNativeSeparators(secretaryKey) },
            streams, &code);
        if (!passphrase)
            return code;
    }
    const Status written = demoshare::write(
        positional.first(), QDateTime::currentDateTime(), [&streams](const QString &line) {
            streams.err << line << '\n';
            streams.err.flush();
        });
    if (!written)
        return fail(streams, Failure, written.error());
    if (passphrase) {
        const Result<ShareInfo> info = ShareReader(positional.first()).readInfo();
        QFile::remove(secretaryKey);
        if (const Status saved = demoshare::organisationKey().saveProtected(
                secretaryKey, *passphrase, info ? info->organisationName : QString());
            !saved)
            return fail(streams, Failure, saved.error());
    }
    streams.out
        << Tr::tr("Demo share written to %1").arg(QDir::toNativeSeparators(positional.first()))
        << '\n';
    streams.out.flush();
    return Success;
}

int runSync(const QStringList &arguments, Streams &streams)
{
    const QString share = optionValue(arguments, QStringLiteral("--share"));
    const QString cacheDirectory = optionValue(arguments, QStringLiteral("--cache"));
    const QString synopsis = QStringLiteral(
        "sync --share DIR --cache DIR [--expect-fingerprint FP] [--scope own|all] [--days N]");
    if (share.isEmpty() || cacheDirectory.isEmpty())
        return usage(streams, synopsis);
    const QString given = optionValue(arguments, QStringLiteral("--expect-fingerprint"));
    const QString expected = normaliseFingerprint(given);
    if (hasFlag(arguments, QStringLiteral("--expect-fingerprint")) && expected.isEmpty()) {
        streams.err << Tr::tr("\"%1\" is not a key fingerprint: it has 32 hexadecimal digits, "
                              "in groups of four (3f2a-9c1d-...)")
                           .arg(given)
                    << '\n';
        return usage(streams, synopsis);
    }
    // The fingerprint IT put in the system configuration binds the command line too.
    const AppSettings settings;
    // The seat's scope and the days it keeps past meetings' documents: the settings', unless
    // given (docs/cache.md).
    const QString scopeText = hasFlag(arguments, QStringLiteral("--scope"))
        ? optionValue(arguments, QStringLiteral("--scope"))
        : settings.syncScope();
    const std::optional<SyncScope> scope = syncScopeFromKey(scopeText);
    if (!scope) {
        streams.err << Tr::tr("\"%1\" is not a sync scope: own or all").arg(scopeText) << '\n';
        return usage(streams, synopsis);
    }
    const std::optional<int> keepDays = keepDaysOption(arguments, streams, synopsis);
    if (!keepDays)
        return UsageError;
    const QString configured = settings.organisationKeyFingerprint();
    if (!expected.isEmpty() && !configured.isEmpty() && expected != configured)
        return fail(streams, Rejected,
            Tr::tr("The fingerprint given (%1) differs from the one this computer is set up "
                   "to trust (%2). Nothing was read.")
                .arg(expected, configured));
    auto cache = MeetingCache::open(cacheDirectory);
    if (!cache)
        return fail(streams, Failure, cache.error());
    SyncEngine engine(*cache.value(), share);
    engine.setRequiredOrganisationFingerprint(expected.isEmpty() ? configured : expected);
    engine.setScope(*scope);
    engine.setKeepPastDocumentsDays(*keepDays);
    const SyncReport report = engine.run();
    for (const SyncProblem &problem : report.problems)
        streams.err << problem.message << '\n';
    streams.err.flush();
    switch (report.outcome) {
    case SyncReport::Outcome::Success:
        break;
    case SyncReport::Outcome::Unreachable:
        return fail(streams, Unreachable, report.message);
    case SyncReport::Outcome::OrganisationUnconfirmed: {
        const QString name = report.offered ? report.offered->name : QString();
        const QString fingerprint = report.offered ? report.offered->fingerprint : QString();
        streams.out << Tr::tr("Organisation: %1").arg(name) << '\n'
                    << Tr::tr("Key fingerprint: %1").arg(fingerprint) << '\n';
        streams.out.flush();
        return fail(streams, Rejected,
            Tr::tr("This seat does not trust the organisation \"%1\" yet; nothing was read. "
                   "Its key fingerprint is %2: run again with --expect-fingerprint %2 after "
                   "comparing it with the one your IT staff gave you.")
                .arg(name, fingerprint));
    }
    case SyncReport::Outcome::NotAShare:
    case SyncReport::Outcome::NewerFormat:
    case SyncReport::Outcome::UntrustedShare:
        return fail(streams, Rejected, report.message);
    default:
        return fail(streams, Failure, report.message);
    }
    streams.out << Tr::tr("%1 meeting(s) updated, %2 document(s) copied (%3 MB)")
                       .arg(report.updatedMeetings.size())
                       .arg(report.objectsCopied)
                       .arg(QLocale().toString(
                           double(report.bytesCopied) / 1e6, 'f', 1)) // "20,3" in Vietnamese
                << '\n';
    if (report.meetingsOutOfScope > 0)
        streams.out << Tr::tr("%1 meeting(s) outside this seat's scope not copied (its person "
                              "takes no part; sync --scope all copies them)")
                           .arg(report.meetingsOutOfScope)
                    << '\n';
    if (report.meetingsLeftScope > 0)
        streams.out << Tr::tr("%1 meeting(s) left this seat's scope: their documents left the "
                              "cache (annotations and notes stay)")
                           .arg(report.meetingsLeftScope)
                    << '\n';
    if (report.objectsEvicted > 0)
        streams.out << Tr::tr("%1 document file(s) of past meetings evicted (%2 MB freed)")
                           .arg(report.objectsEvicted)
                           .arg(QLocale().toString(double(report.bytesEvicted) / 1e6, 'f', 1))
                    << '\n';
    if (report.deviceRevoked)
        streams.err << report.summary() << '\n';
    streams.out.flush();
    streams.err.flush();
    // Revisions kept out (rejected, not arrived yet) make the run incomplete.
    return report.problems.isEmpty() ? Success : Failure;
}

int runList(const QStringList &arguments, Streams &streams)
{
    const QString cacheDirectory = optionValue(arguments, QStringLiteral("--cache"));
    if (cacheDirectory.isEmpty())
        return usage(streams, QStringLiteral("list --cache DIR [--json]"));
    auto opened = MeetingCache::open(cacheDirectory);
    if (!opened)
        return fail(streams, Failure, opened.error());
    MeetingCache &cache = *opened.value();
    const bool json = hasFlag(arguments, QStringLiteral("--json"));
    const DocumentReader reader(cache);

    QJsonArray meetings;
    for (const MeetingSummary &summary : cache.meetings()) {
        const std::optional<Meeting> meeting = cache.meeting(summary.id);
        if (!meeting)
            continue;
        QJsonArray agenda;
        for (const AgendaItem &item : meeting->agenda) {
            QJsonArray documents;
            for (const DocumentRef &document : meeting->documentsOf(item.id)) {
                documents.append(QJsonObject {
                    { QStringLiteral("id"), document.id },
                    { QStringLiteral("title"), document.title },
                    { QStringLiteral("kind"), document.kind },
                    { QStringLiteral("sha256"), document.sha256 },
                    { QStringLiteral("size"), static_cast<double>(document.size) },
                    { QStringLiteral("version"), document.version },
                    { QStringLiteral("path"), cache.documentPath(document) },
                    // Issue 16: a confidential document is readable only on a recipient seat.
                    { QStringLiteral("confidential"), document.confidential },
                    { QStringLiteral("classification"), document.classification },
                    { QStringLiteral("readable"), reader.readable(document) },
                    // The office forbids its export and printing (`document save` exits 4).
                    { QStringLiteral("noExport"), document.confidential && document.noExport },
                });
            }
            agenda.append(QJsonObject {
                { QStringLiteral("id"), item.id },
                { QStringLiteral("parent"), item.parentId },
                { QStringLiteral("number"), item.number },
                { QStringLiteral("title"), item.title },
                { QStringLiteral("presenter"), item.presenter },
                { QStringLiteral("documents"), documents },
            });
        }
        QJsonArray polls;
        for (const PreparedPoll &poll : meeting->polls)
            polls.append(poll.toJson());
        QJsonObject entry {
            { QStringLiteral("id"), meeting->id },
            { QStringLiteral("revision"), meeting->revision },
            { QStringLiteral("title"), meeting->title },
            { QStringLiteral("organisation"), meeting->organisation },
            { QStringLiteral("location"), meeting->location },
            { QStringLiteral("start"), isoText(meeting->start) },
            { QStringLiteral("end"), isoText(meeting->end) },
            { QStringLiteral("agenda"), agenda },
            { QStringLiteral("polls"), polls },
            // The newest status record the organisation signed ("scheduled" when none).
            { QStringLiteral("status"), meetingStatusKey(meeting->status.kind) },
            { QStringLiteral("statusReason"), meeting->status.reason },
        };
        if (meeting->status.until.isValid())
            entry.insert(
                QStringLiteral("statusUntil"), meeting->status.until.toString(Qt::ISODate));
        meetings.append(entry);
        if (!json) {
            streams.out << meeting->start.toString(QStringLiteral("dd/MM/yyyy HH:mm")) << "  "
                        << meeting->title << '\n';
            if (const QString status = meeting->status.describe(); !status.isEmpty())
                streams.out << "    [" << status << "]\n";
            for (const AgendaItem &item : meeting->agenda) {
                streams.out << "    " << item.number << ". " << item.title << '\n';
                for (const DocumentRef &document : meeting->documentsOf(item.id)) {
                    streams.out << "        - " << document.title;
                    if (document.confidential)
                        streams.out << " [" << document.classification << ']';
                    streams.out << '\n';
                }
            }
        }
    }
    if (json)
        streams.out
            << QJsonDocument(QJsonObject { { QStringLiteral("meetings"), meetings } }).toJson();
    streams.out.flush();
    return Success;
}

} // namespace phonghop::cli
