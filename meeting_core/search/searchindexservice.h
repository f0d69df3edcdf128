#pragma once

#include "meeting_core/search/searchindex.h"
#include "meeting_core/util/cancellation.h"

#include <QObject>
#include <QThread>
#include <memory>

namespace phonghop {

// Keeps the search index of a cache current off the GUI thread. The lead starts
// updateIndex() after each sync (and once at start-up); requests made while a run is busy
// are folded into one more run. The worker thread has its own connections to the cache
// and to the index; search() runs on the caller's thread with a connection of its own
// (WAL: reading never waits for the writer).
class SearchIndexService final : public QObject {
    Q_OBJECT
public:
    explicit SearchIndexService(QString cacheDirectory, QObject *parent = nullptr);
    ~SearchIndexService() override;

    void updateIndex();
    // Stops the current run between two documents; what was indexed stays indexed.
    void cancel();
    bool isIndexing() const { return m_running; }

    // Runs on the calling thread; an empty list when the index cannot be opened.
    QList<SearchHit> search(const SearchQuery &query);
    // Feed text owned by another area (notes, annotations, conclusions). They return at once:
    // the writes run in order on a thread of their own with its own connection, so the GUI
    // never waits for the indexer's transaction (up to ~1 s for a 200-page document).
    void addEntry(const SearchEntry &entry);
    void removeEntry(const QString &kind, const QString &key);
    // See SearchIndex::replaceEntries: one transaction, ~20 ms for 500 annotations
    // (docs/benchmarks-search.md).
    void replaceEntries(const QStringList &kinds, const QList<SearchEntry> &entries);
    // Blocks until every entry fed so far is written (tests; the destructor).
    void waitForEntries();

Q_SIGNALS:
    void indexingStarted();
    void indexingProgress(int documentsDone, int documentsTotal);
    void indexingFinished(const phonghop::IndexReport &report);

private:
    class Worker;
    class EntryWriter;
    void writeEntries(std::function<void(SearchIndex &)> change);
    void handleFinished(const IndexReport &report);
    SearchIndex *reader();

    QString m_cacheDirectory;
    QThread m_thread;
    Worker *m_worker = nullptr; // deleted by m_thread's finished signal
    QThread m_entryThread;
    EntryWriter *m_entryWriter = nullptr; // deleted by m_entryThread's finished signal
    CancellationToken m_cancel;
    std::unique_ptr<SearchIndex> m_reader;
    bool m_running = false;
    bool m_pending = false;
};

} // namespace phonghop

Q_DECLARE_METATYPE(phonghop::IndexReport)
