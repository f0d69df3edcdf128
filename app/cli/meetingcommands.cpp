#include "commands.h"
#include "orgaccess.h"

#include "meeting_core/share/sharereader.h"
#include "meeting_core/share/sharewriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

// phonghop-cli meeting …: what the secretary says about a published meeting as a whole — that
// it is postponed, cancelled or finished (docs/share-format.md, "Meeting status").
namespace phonghop::cli {

namespace {

// The context of this file's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::cli::MeetingCommands)
};

const QString statusSynopsis = QStringLiteral(
    "status ID scheduled|postponed|cancelled|finished [--until ISO] [--reason TEXT] "
    "--share DIR --key FILE [--json]");

int fail(Streams &streams, int code, const QString &message)
{
    streams.err << message << '\n';
    streams.err.flush();
    return code;
}

int usage(Streams &streams, const QString &synopsis)
{
    return fail(streams, UsageError, Tr::tr("Usage: phonghop-cli meeting %1").arg(synopsis));
}

int runStatus(const QStringList &arguments, Streams &streams)
{
    const QStringList positional = positionalArguments(arguments, { QStringLiteral("--json") });
    const QString share = optionValue(arguments, QStringLiteral("--share"));
    const QString keyPath = optionValue(arguments, QStringLiteral("--key"));
    if (positional.size() != 3 || share.isEmpty() || keyPath.isEmpty())
        return usage(streams, statusSynopsis);
    const QString meetingId = positional.at(1);
    MeetingStatus status;
    const std::optional<MeetingStatusKind> kind = meetingStatusFromKey(positional.at(2));
    if (!kind)
        return fail(streams, UsageError,
            Tr::tr("Unknown status \"%1\": use scheduled, postponed, cancelled or finished")
                .arg(positional.at(2)));
    status.kind = *kind;
    status.reason = optionValue(arguments, QStringLiteral("--reason")).trimmed();
    if (const QString until = optionValue(arguments, QStringLiteral("--until")); !until.isEmpty()) {
        status.until = QDateTime::fromString(until, Qt::ISODate);
        if (!status.until.isValid() || status.until.timeSpec() == Qt::LocalTime)
            return fail(streams, UsageError,
                Tr::tr("--until needs a date and time with its offset, such as "
                       "2026-12-15T08:00:00+07:00: %1")
                    .arg(until));
    }
    status.issuedAt = QDateTime::currentDateTimeUtc();

    std::optional<OrganisationAdmin> admin;
    if (const int code = openOrganisation(share, keyPath, streams, admin); code != Success)
        return code;
    const Result<int> number
        = ShareWriter(share).publishMeetingStatus(meetingId, status, admin->key());
    if (!number)
        return fail(streams, Rejected, number.error());
    status.number = number.value();

    if (hasFlag(arguments, QStringLiteral("--json"))) {
        QJsonObject object {
            { QStringLiteral("meetingId"), meetingId },
            { QStringLiteral("number"), status.number },
            { QStringLiteral("status"), meetingStatusKey(status.kind) },
            { QStringLiteral("statusReason"), status.reason },
        };
        if (status.until.isValid())
            object.insert(QStringLiteral("until"), status.until.toString(Qt::ISODate));
        streams.out << QJsonDocument(object).toJson();
    } else {
        const QString said = status.describe();
        streams.out << Tr::tr("Meeting %1: status record %2 published: %3")
                           .arg(meetingId)
                           .arg(status.number)
                           .arg(said.isEmpty() ? meetingStatusDisplayName(status.kind) : said)
                    << '\n';
    }
    streams.out.flush();
    return Success;
}

} // namespace

int runMeeting(const QStringList &arguments, Streams &streams)
{
    const QList<Subcommand> subcommands {
        { QStringLiteral("status"), statusSynopsis,
            Tr::tr("Publish that a meeting is postponed (new time, reason), cancelled (reason), "
                   "finished or scheduled again, signed with the organisation key"),
            runStatus },
    };
    return runSubcommands(
        QStringLiteral("meeting"), subcommands, arguments, streams, { QStringLiteral("--json") });
}

} // namespace phonghop::cli
