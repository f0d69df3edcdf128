#pragma once

#include "meeting_core/pdf/pdftextextractor.h"
#include "meeting_core/search/searchtypes.h"
#include "meeting_core/util/cancellation.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace phonghop {

class Database;
class MeetingCache;
class SearchTables;

// What goes into the search index: meeting titles and agenda items of new revisions, the
// text of each document object once, the entries other areas feed; and what leaves it when
// the cache no longer refers to it. Text is stored folded (textfolding) and as written (NFC).
// Throws DatabaseError; SearchIndex turns that into a report.
class SearchIndexer final {
public:
    using ProgressCallback = std::function<void(int documentsDone, int documentsTotal)>;

    SearchIndexer(Database &db, SearchTables &tables)
        : m_db(db)
        , m_tables(tables)
    {
    }

    void update(MeetingCache &cache, const TextExtractionLimits &limits,
        const CancellationToken &cancel, const ProgressCallback &progress, IndexReport &report);

    void addEntry(const SearchEntry &entry);
    void removeEntry(const QString &kind, const QString &key);
    void replaceEntries(const QStringList &kinds, const QList<SearchEntry> &entries);

private:
    void syncMeetings(MeetingCache &cache, IndexReport &report);
    void dropUnreferencedDocuments(IndexReport &report);
    void insertUnit(const SearchEntry &entry);

    Database &m_db; // for transactions
    SearchTables &m_tables;
};

} // namespace phonghop
