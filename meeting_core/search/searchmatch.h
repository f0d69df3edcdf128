#pragma once

#include "meeting_core/search/searchquery.h"
#include "meeting_core/search/searchtypes.h"

#include <QList>
#include <QString>

namespace phonghop {

class SearchTables;
struct SearchHitRecord;

// The query side of the search index: from what the reader typed to hits, best first.
namespace searchmatch {

// One FTS5 phrase per term, on the folded column (or, `exact`, on the text as written):
// "w1 w2" with * when the last word is a prefix, the phrases joined by AND. Empty when a
// term has no words.
QString matchExpression(const QList<SearchTerm> &terms, bool exact);
// All the words of the unquoted terms as one phrase ("quyet dinh" -> folded : "quyet dinh"),
// or nothing when there is a single term.
QString adjacentExpression(const QList<SearchTerm> &terms);

// A stored hit as the result list shows it, with a snippet around the terms.
SearchHit toHit(
    const SearchHitRecord &record, const QList<SearchTerm> &terms, double score, bool exact);

// The search itself. With diacritics typed, hits that carry exactly those marks come first;
// then, for several words, places where they stand together; then by relevance. Without
// filters the order comes from searchranking; with filters, from one query over the
// filtered matches. A query FTS5 refuses finds nothing.
QList<SearchHit> findHits(SearchTables &tables, bool cheapRank, const SearchQuery &query);

} // namespace searchmatch
} // namespace phonghop
