#include "meeting_core/search/searchmatch.h"

#include "meeting_core/search/searchranking.h"
#include "meeting_core/search/searchsnippet.h"
#include "meeting_core/search/textfolding.h"
#include "meeting_core/store/database.h"
#include "meeting_core/store/searchtables.h"

#include <QHash>
#include <algorithm>

namespace phonghop::searchmatch {

// Words hold letters and digits only, so quoting them is enough.
QString matchExpression(const QList<SearchTerm> &terms, bool exact)
{
    QStringList parts;
    for (const SearchTerm &term : terms) {
        const QStringList &words = exact ? term.exactWords : term.words;
        if (words.isEmpty())
            return {};
        QString phrase = (exact ? QStringLiteral("original : \"") : QStringLiteral("folded : \""))
            + words.join(QLatin1Char(' ')) + QLatin1Char('"');
        if (term.prefix)
            phrase += QStringLiteral(" *");
        parts.append(phrase);
    }
    return parts.join(QStringLiteral(" AND "));
}

QString adjacentExpression(const QList<SearchTerm> &terms)
{
    if (terms.size() < 2)
        return {};
    QStringList words;
    for (const SearchTerm &term : terms)
        words += term.words;
    QString phrase
        = QStringLiteral("folded : \"") + words.join(QLatin1Char(' ')) + QLatin1Char('"');
    if (terms.last().prefix)
        phrase += QStringLiteral(" *");
    return phrase;
}

SearchHit toHit(
    const SearchHitRecord &record, const QList<SearchTerm> &terms, double score, bool exact)
{
    SearchHit hit;
    hit.kind = record.kind;
    hit.meetingId = record.meetingId;
    hit.meetingTitle = record.meetingTitle;
    hit.meetingStart = record.meetingStart;
    hit.agendaItemId = record.agendaItemId;
    hit.documentId = record.documentId;
    hit.documentSha256 = record.documentSha256;
    hit.documentTitle = record.documentTitle;
    hit.documentKind = record.documentKind;
    hit.page = record.page;
    hit.label = record.label;
    const Snippet snippet = makeSnippet(record.original, terms);
    hit.snippet = snippet.text;
    hit.highlights = snippet.highlights;
    hit.score = score;
    hit.exactMatch = exact;
    return hit;
}

namespace {

// Only the candidates kept by the ranking are joined to their meetings and documents.
QList<SearchHit> rankedHits(SearchTables &tables, bool cheapRank, const QList<SearchTerm> &terms,
    const QStringList &tiers, int limit)
{
    const QList<RankedCandidate> candidates = rankByTiers(tables, cheapRank, tiers, limit);
    QList<qint64> units;
    QHash<qint64, RankedCandidate> byUnit;
    for (const RankedCandidate &candidate : candidates) {
        units.append(candidate.unit);
        byUnit.insert(candidate.unit, candidate);
    }
    QList<SearchHit> hits;
    for (const SearchHitRecord &record : tables.describeUnits(units, limit)) {
        const RankedCandidate &candidate = byUnit[record.unitId];
        hits.append(toHit(record, terms, candidate.rank, candidate.exact));
    }
    return hits;
}

} // namespace

QList<SearchHit> findHits(SearchTables &tables, bool cheapRank, const SearchQuery &query)
{
    QList<SearchHit> hits;
    const QList<SearchTerm> terms = parseSearchText(query.text, query.prefixLastWord);
    const QString folded = matchExpression(terms, false);
    if (folded.isEmpty())
        return hits;
    const bool wantExact = textfolding::hasDiacritics(query.text);
    const QString exact = wantExact ? matchExpression(terms, true) : QString();
    // Several words typed without quotes: places where they stand together, in that order,
    // come before pages that merely contain them all.
    const QString together = adjacentExpression(terms);

    const bool filtered = !query.meetingIds.isEmpty() || query.from.isValid() || query.to.isValid()
        || !query.documentKinds.isEmpty() || !query.entryKinds.isEmpty();
    if (!filtered) {
        try {
            return rankedHits(
                tables, cheapRank, terms, { exact, together, folded }, std::max(1, query.limit));
        } catch (const DatabaseError &) {
            return {};
        }
    }

    const SearchRowFilter filter { query.meetingIds, query.from, query.to, query.documentKinds,
        query.entryKinds };
    try {
        for (const SearchHitRecord &record :
            tables.findFiltered(exact, together, folded, filter, std::max(1, query.limit)))
            hits.append(toHit(record, terms, record.score, record.exact));
    } catch (const DatabaseError &) {
        // A query FTS5 refuses finds nothing rather than failing the search box.
        hits.clear();
    }
    return hits;
}

} // namespace phonghop::searchmatch
