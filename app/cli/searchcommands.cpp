#include "commands.h"

#include "meeting_core/search/searchindex.h"
#include "meeting_core/store/meetingcache.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace phonghop::cli {

namespace {

// The context of this file's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::cli::SearchCommands)
};

const QString synopsis = QStringLiteral("search QUERY --cache DIR [--json] [--meeting ID] [--kind "
                                        "KIND] [--from DATE] [--to DATE] [--limit N]");

// Every value of a repeatable option: --meeting a --meeting b.
QStringList optionValues(const QStringList &arguments, const QString &name)
{
    QStringList values;
    for (qsizetype i = 0; i + 1 < arguments.size(); ++i) {
        if (arguments.at(i) == name)
            values.append(arguments.at(i + 1));
    }
    return values;
}

QDateTime parseDate(const QString &text)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid())
        return date.startOfDay();
    return QDateTime::fromString(text, Qt::ISODate);
}

} // namespace

int runSearch(const QStringList &arguments, Streams &streams)
{
    const QString cacheDirectory = optionValue(arguments, QStringLiteral("--cache"));
    const QStringList positional = positionalArguments(arguments, { QStringLiteral("--json") });
    if (cacheDirectory.isEmpty() || positional.isEmpty()) {
        streams.err << Tr::tr("Usage: phonghop-cli %1").arg(synopsis) << '\n';
        streams.err.flush();
        return UsageError;
    }
    SearchQuery query;
    query.text = positional.join(QLatin1Char(' '));
    query.meetingIds = optionValues(arguments, QStringLiteral("--meeting"));
    query.documentKinds = optionValues(arguments, QStringLiteral("--kind"));
    query.limit = 50;
    if (const QString limit = optionValue(arguments, QStringLiteral("--limit")); !limit.isEmpty())
        query.limit = std::max(1, limit.toInt());
    for (const auto &[option, target] : { std::pair { QStringLiteral("--from"), &query.from },
             std::pair { QStringLiteral("--to"), &query.to } }) {
        const QString text = optionValue(arguments, option);
        if (text.isEmpty())
            continue;
        *target = parseDate(text);
        if (!target->isValid()) {
            streams.err << Tr::tr("Not a date: %1 (expected YYYY-MM-DD)").arg(text) << '\n';
            streams.err.flush();
            return UsageError;
        }
    }

    auto cache = MeetingCache::open(cacheDirectory);
    if (!cache) {
        streams.err << cache.error() << '\n';
        streams.err.flush();
        return Failure;
    }
    auto index = SearchIndex::open(cacheDirectory);
    if (!index) {
        streams.err << index.error() << '\n';
        streams.err.flush();
        return Failure;
    }
    // Index what is missing first, so demo-share, sync, search works on a fresh cache.
    const IndexReport report = index.value()->update(*cache.value());
    if (!report.error.isEmpty()) {
        streams.err << report.error << '\n';
        streams.err.flush();
        return Failure;
    }
    for (const QString &problem : report.problems)
        streams.err << problem << '\n';

    const QList<SearchHit> hits = index.value()->search(query);
    const bool json = hasFlag(arguments, QStringLiteral("--json"));
    QJsonArray array;
    for (const SearchHit &hit : hits) {
        QJsonObject object {
            { QStringLiteral("kind"), hit.kind },
            { QStringLiteral("meeting"),
                QJsonObject {
                    { QStringLiteral("id"), hit.meetingId },
                    { QStringLiteral("title"), hit.meetingTitle },
                    // With its UTC offset, so the time means the same on every machine.
                    { QStringLiteral("start"),
                        hit.meetingStart.isValid()
                            ? hit.meetingStart.toOffsetFromUtc(hit.meetingStart.offsetFromUtc())
                                  .toString(Qt::ISODate)
                            : QString() },
                } },
            { QStringLiteral("document"),
                hit.documentId.isEmpty() ? QJsonValue()
                                         : QJsonValue(QJsonObject {
                                             { QStringLiteral("id"), hit.documentId },
                                             { QStringLiteral("title"), hit.documentTitle },
                                             { QStringLiteral("kind"), hit.documentKind },
                                             { QStringLiteral("sha256"), hit.documentSha256 },
                                         }) },
            // Page numbers as printed for people: the first page is 1.
            { QStringLiteral("page"), hit.page >= 0 ? QJsonValue(hit.page + 1) : QJsonValue() },
            { QStringLiteral("agendaItem"),
                hit.agendaItemId.isEmpty() ? QJsonValue() : QJsonValue(hit.agendaItemId) },
            { QStringLiteral("label"), hit.label },
            { QStringLiteral("snippet"), hit.snippet },
            { QStringLiteral("exact"), hit.exactMatch },
        };
        array.append(object);
        if (!json) {
            streams.out << hit.meetingTitle;
            if (!hit.documentTitle.isEmpty())
                streams.out << " — " << hit.documentTitle;
            if (hit.page >= 0)
                streams.out << " — " << Tr::tr("page %1").arg(hit.page + 1);
            streams.out << "\n    " << hit.snippet << '\n';
        }
    }
    if (json) {
        streams.out << QJsonDocument(QJsonObject { { QStringLiteral("query"), query.text },
                                         { QStringLiteral("hits"), array } })
                           .toJson();
    } else if (hits.isEmpty()) {
        streams.out << Tr::tr("No results for %1").arg(query.text) << '\n';
    }
    streams.out.flush();
    streams.err.flush();
    return Success;
}

} // namespace phonghop::cli
