#pragma once

#include "meeting_core/pdf/pdftextextractor.h"
#include "meeting_core/search/searchquery.h"
#include "meeting_core/store/database.h"
#include "meeting_core/util/cancellation.h"
#include "meeting_core/util/result.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>
#include <functional>
#include <memory>

namespace phonghop {

class MeetingCache;

// Kinds of searchable text. Document pages, meeting titles and agenda items are indexed
// from the cache by update(); other areas feed their own kinds through addEntry().
namespace searchkinds {
inline const QString documentPage = QStringLiteral("document-page");
inline const QString meeting = QStringLiteral("meeting");
inline const QString agendaItem = QStringLiteral("agenda-item");
inline const QString note = QStringLiteral("note");
inline const QString annotation = QStringLiteral("annotation");
inline const QString conclusion = QStringLiteral("conclusion");
} // namespace searchkinds

// A piece of text someone else owns (a personal note, an annotation's text, a conclusion)
// that search should find. (kind, key) identifies it: adding it again replaces it.
struct SearchEntry {
    QString kind;
    QString key;            // stable id in its owner's terms, e.g. the annotation id
    QString meetingId;      // required: results are grouped by meeting
    QString agendaItemId;   // optional
    QString documentSha256; // optional: the document (version) the text belongs to
    int page = -1;          // optional, 0-based
    QString label;          // short title shown above the snippet
    QString text;
};

// One place where the query was found, best first in a result list.
struct SearchHit {
    QString kind;
    QString meetingId;
    QString meetingTitle;
    QDateTime meetingStart;
    QString agendaItemId;
    QString documentId;     // empty unless the hit is in (or about) a document
    QString documentSha256;
    QString documentTitle;
    QString documentKind;
    int page = -1;          // 0-based page index; -1 when the hit is not on a page
    QString label;
    QString snippet;        // plain text around the hit, single line
    QVector<QPair<int, int>> highlights; // (start, length) in snippet
    bool exactMatch = false; // the words were found with the marks the reader typed
    double score = 0;        // lower is better (bm25)
};

// Hits grouped for display: meetings in the order of their best hit, inside each the
// documents (and other kinds) in the order of their best hit.
struct SearchHitGroup {
    QString documentId;     // empty for hits not in a document (agenda items, notes)
    QString title;
    QList<SearchHit> hits;
};
struct SearchMeetingGroup {
    QString meetingId;
    QString meetingTitle;
    QDateTime meetingStart;
    QList<SearchHitGroup> groups;
};
QList<SearchMeetingGroup> groupSearchHits(const QList<SearchHit> &hits);

struct IndexReport {
    int meetingsUpdated = 0;
    int meetingsRemoved = 0;
    int documentsIndexed = 0;
    int pagesIndexed = 0;
    int documentsRemoved = 0;
    int documentsPending = 0; // objects not in the cache yet: indexed after a later sync
    QStringList problems;     // translated, one per document that could not be read, or
                              // not wholly (its text past a limit of TextExtractionLimits)
    bool rebuilt = false;     // the index was damaged and has been started afresh
    bool cancelled = false;
    QString error;            // translated; set when the index could not be written
};

// The full-text index of a cache, in its own SQLite file beside the cache
// (<cache>/search.sqlite). It is derived data: when the file is damaged it is deleted and
// rebuilt from the cache. One instance per thread (its own connection).
class SearchIndex final {
public:
    using ProgressCallback = std::function<void(int documentsDone, int documentsTotal)>;

    static QString pathFor(const QString &cacheDirectory);
    static Result<std::unique_ptr<SearchIndex>> open(const QString &cacheDirectory);

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
    SearchIndex(Database db, bool rebuilt) : m_db(std::move(db)), m_rebuilt(rebuilt) {}
    void syncMeetings(MeetingCache &cache, IndexReport &report);
    void dropUnreferencedDocuments(IndexReport &report);
    void deleteUnits(const QString &where, const QString &value);
    QList<SearchHit> searchByTiers(const QList<SearchTerm> &terms, const QStringList &tiers, int limit);
    static SearchHit readHit(const Statement &row, int first, const QList<SearchTerm> &terms, double score,
                             bool exact);
    qint64 insertUnit(const SearchEntry &entry);

    Database m_db;
    bool m_rebuilt = false;
    bool m_cheapRank = false; // phonghop_rank (bm25 without the full count) is registered
    TextExtractionLimits m_textLimits;
};

} // namespace phonghop
