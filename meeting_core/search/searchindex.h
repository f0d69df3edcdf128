#pragma once

#include "meeting_core/pdf/pdftextextractor.h"
#include "meeting_core/search/searchquery.h"
#include "meeting_core/search/searchtypes.h"
#include "meeting_core/store/database.h"
#include "meeting_core/store/searchtables.h"
#include "meeting_core/util/cancellation.h"
#include "meeting_core/util/result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

namespace phonghop {

class MeetingCache;

// The full-text index of a cache, in its own SQLite file beside the cache
// (<cache>/search.sqlite). It is derived data: when the file is damaged it is deleted and
// rebuilt from the cache. One instance per thread (its own connection).
// Its parts: the schema and every SQL statement in store/ (searchschema, searchtables,
// fts5rank), what goes in in searchindexer, what comes out in searchmatch (the query) and
// searchranking (the order of unfiltered results).
class SearchIndex final {
public:
    using ProgressCallback = std::function<void(int documentsDone, int documentsTotal)>;

    static QString pathFor(const QString &cacheDirectory);
    static Result<std::unique_ptr<SearchIndex>> open(const QString &cacheDirectory);
    SearchIndex(const SearchIndex &) = delete; // m_tables refers to m_db
    SearchIndex &operator=(const SearchIndex &) = delete;

    // True when open() found the file damaged and started a new one; entries fed with
    // addEntry() must then be fed again.
    bool wasRebuilt() const { return m_rebuilt; }

    // Brings the index up to date with the cache: meeting titles and agenda items of new
    // revisions, the text of every document object not indexed yet (each SHA-256 once),
    // and drops what no cached meeting refers to any more. Cancellable between documents.
    IndexReport update(MeetingCache &cache, const CancellationToken &cancel = {},
        const ProgressCallback &progress = {});
    // Documents referenced by cached meetings whose text is not indexed yet.
    int pendingDocumentCount();

    // The guards for reading a document's text (pages, characters, time): what a document
    // holds beyond them is not searchable, and is said once in IndexReport::problems.
    void setTextLimits(const TextExtractionLimits &limits) { m_textLimits = limits; }

    void addEntry(const SearchEntry &entry);
    void removeEntry(const QString &kind, const QString &key);
    // Every entry of these kinds becomes `entries`, in one transaction: a full feed at start-up
    // also forgets what was deleted while the index was not told.
    void replaceEntries(const QStringList &kinds, const QList<SearchEntry> &entries);

    // Best first: with diacritics typed, hits that carry exactly those marks come first;
    // then by relevance (bm25 over the folded text).
    QList<SearchHit> search(const SearchQuery &query);

    Database &database() { return m_db; }

private:
    SearchIndex(Database db, bool rebuilt)
        : m_db(std::move(db))
        , m_rebuilt(rebuilt)
    {
    }

    Database m_db;
    SearchTables m_tables { m_db };
    bool m_rebuilt = false;
    bool m_cheapRank = false; // phonghop_rank (bm25 without the full count) is registered
    TextExtractionLimits m_textLimits;
};

} // namespace phonghop
