#include "commands.h"

#include "meeting_core/i18n/localeformat.h"
#include "meeting_core/i18n/translationloader.h"
#include "meeting_core/settings/appsettings.h"
#include "meeting_core/stats/statistics.h"
#include "meeting_core/store/database.h"
#include "meeting_core/store/meetingcache.h"
#include "meeting_core/util/atomicfile.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>
#include <algorithm>

// phonghop-cli stats: the statistics of a period (docs/statistics.md). The session summary
// archive is first brought up to date from the share for the meetings of the period, then
// everything is computed from the cache alone.
namespace phonghop::cli {

namespace {
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::cli::StatsCommands)
};

const QString synopsis = QStringLiteral(
    "stats --cache DIR --from DATE --to DATE [--json] [--share DIR] [--unit TEXT] [--csv FILE] "
    "[--pdf FILE] [--offline]");

int fail(Streams &streams, int code, const QString &message)
{
    streams.err << message << '\n';
    streams.err.flush();
    return code;
}

// A table as text: columns padded to their widest cell (numbers to the right).
void printTable(QTextStream &out, const StatisticsTable &table)
{
    out << table.title << '\n';
    if (table.rows.isEmpty()) {
        out << "  " << Tr::tr("(none)") << "\n\n";
        return;
    }
    QList<qsizetype> widths;
    for (qsizetype c = 0; c < table.columns.size(); ++c) {
        qsizetype w = table.columns[c].size();
        for (const QStringList &row : table.rows)
            w = std::max(w, row.value(c).size());
        widths << std::min<qsizetype>(w, 48);
    }
    auto line = [&](const QStringList &cells, bool header) {
        QStringList padded;
        for (qsizetype c = 0; c < widths.size(); ++c) {
            QString cell = cells.value(c);
            if (cell.size() > widths[c])
                cell = cell.left(widths[c] - 1) + QStringLiteral("…");
            static const QRegularExpression number(QStringLiteral("^[0-9.,  %]+$"));
            const bool numeric = !header && number.match(cell).hasMatch();
            padded << (numeric ? cell.rightJustified(widths[c]) : cell.leftJustified(widths[c]));
        }
        out << "  " << padded.join(QStringLiteral("  ")).trimmed() << '\n';
    };
    line(table.columns, true);
    for (const QStringList &row : table.rows)
        line(row, false);
    out << '\n';
}
} // namespace

int runStats(const QStringList &arguments, Streams &streams)
{
    if (hasFlag(arguments, QStringLiteral("--help")) || hasFlag(arguments, QStringLiteral("-h"))) {
        streams.out << Tr::tr("Usage: phonghop-cli %1").arg(synopsis) << '\n'
                    << Tr::tr("DATE: YYYY-MM-DD (inclusive, the meeting's own date) or a full ISO "
                              "8601 date and time. --unit: the organisation holding the meetings, "
                              "as the meetings name it. --offline: compute from the cache without "
                              "reading the share.")
                    << '\n';
        streams.out.flush();
        return Success;
    }
    const QString cacheDirectory = optionValue(arguments, QStringLiteral("--cache"));
    const QString fromText = optionValue(arguments, QStringLiteral("--from"));
    const QString toText = optionValue(arguments, QStringLiteral("--to"));
    const QStringList flags { QStringLiteral("--json"), QStringLiteral("--offline"),
        QStringLiteral("--help") };
    if (cacheDirectory.isEmpty() || fromText.isEmpty() || toText.isEmpty()
        || !positionalArguments(arguments, flags).isEmpty())
        return fail(streams, UsageError, Tr::tr("Usage: phonghop-cli %1").arg(synopsis));
    StatisticsQuery query;
    const Result<PeriodBound> from = PeriodBound::parse(fromText);
    if (!from)
        return fail(streams, UsageError, from.error());
    const Result<PeriodBound> to = PeriodBound::parse(toText);
    if (!to)
        return fail(streams, UsageError, to.error());
    query.from = from.value();
    query.to = to.value();
    if (arguments.contains(QStringLiteral("--unit"))) {
        query.unit = optionValue(arguments, QStringLiteral("--unit")).trimmed();
        if (query.unit.isEmpty())
            return fail(streams, UsageError, Tr::tr("--unit needs the name of a unit"));
    }
    const bool fromAfterTo = query.from.date.isValid() && query.to.date.isValid()
        ? query.from.date > query.to.date
        : (query.from.instant.isValid() && query.to.instant.isValid()
            && query.from.instant > query.to.instant);
    if (fromAfterTo)
        return fail(streams, UsageError, Tr::tr("--from is after --to"));
    const QString csvPath = optionValue(arguments, QStringLiteral("--csv"));
    const QString pdfPath = optionValue(arguments, QStringLiteral("--pdf"));
    if ((arguments.contains(QStringLiteral("--csv")) && csvPath.isEmpty())
        || (arguments.contains(QStringLiteral("--pdf")) && pdfPath.isEmpty()))
        return fail(streams, UsageError, Tr::tr("Usage: phonghop-cli %1").arg(synopsis));

    auto opened = MeetingCache::open(cacheDirectory);
    if (!opened)
        return fail(streams, Failure, opened.error());
    MeetingCache &cache = *opened.value();

    // The archive first, for the meetings of the period; what cannot be read is said, and the
    // figures come from what the archive holds.
    if (!hasFlag(arguments, QStringLiteral("--offline"))) {
        QString share = optionValue(arguments, QStringLiteral("--share"));
        if (share.isEmpty()) {
            const Result<QString> kept = cache.readValue(cachekeys::sharePath);
            if (!kept)
                return fail(streams, Failure, kept.error());
            share = kept.value();
        }
        const SummaryUpdate update = updateSessionSummaries(cache, share, query);
        for (const QString &message : update.messages)
            streams.err << message << '\n';
        if (!update.shareReachable)
            streams.err << Tr::tr("The figures are computed from the session summaries this "
                                  "cache holds.")
                        << '\n';
        streams.err.flush();
    }

    Statistics statistics;
    try {
        statistics = computeStatistics(cache.database(), query);
    } catch (const DatabaseError &error) {
        return fail(streams, Failure,
            Tr::tr("The cache cannot be read: %1").arg(QString::fromUtf8(error.what())));
    }
    if (!statistics.missingSessions.isEmpty()) {
        streams.err << Tr::tr("No session summary for %n meeting(s); their attendance, speeches "
                              "and polls are not in the figures: %1",
            nullptr, static_cast<int>(statistics.missingSessions.size()))
                           .arg(statistics.missingSessions.join(QStringLiteral(", ")))
                    << '\n';
        streams.err.flush();
    }

    const LocaleFormat format(TranslationLoader::languageFor(AppSettings()));
    if (!csvPath.isEmpty()) {
        if (const Status written
            = atomicfile::writeReplacing(csvPath, exportStatisticsCsv(statistics));
            !written)
            return fail(streams, Failure, written.error());
    }
    if (!pdfPath.isEmpty()) {
        if (const Status written = writeStatisticsPdf(statistics, pdfPath, format); !written)
            return fail(streams, Failure, written.error());
    }

    if (hasFlag(arguments, QStringLiteral("--json"))) {
        streams.out << QString::fromUtf8(
            QJsonDocument(statisticsToJson(statistics)).toJson(QJsonDocument::Indented));
        streams.out.flush();
        return Success;
    }
    streams.out
        << Tr::tr("Statistics from %1 to %2").arg(query.from.toString(), query.to.toString());
    if (!query.unit.isEmpty())
        streams.out << " · " << query.unit;
    streams.out << " · " << Tr::tr("%n meeting(s)", nullptr, statistics.meetings) << "\n\n";
    for (const StatisticsTable &table : statisticsTables(statistics, &format)) {
        printTable(streams.out, table);
    }
    streams.out.flush();
    return Success;
}

} // namespace phonghop::cli
