#include "meeting_core/search/searchindexservice.h"

#include "meeting_core/store/meetingcache.h"

namespace phonghop {

class SearchIndexService::Worker final : public QObject {
public:
    explicit Worker(QString cacheDirectory)
        : m_cacheDirectory(std::move(cacheDirectory))
    {
    }

    void run(SearchIndexService *service, const CancellationToken &cancel)
    {
        IndexReport report;
        if (!m_cache) {
            auto cache = MeetingCache::open(m_cacheDirectory);
            if (!cache) {
                report.error = cache.error();
                deliver(service, report);
                return;
            }
            m_cache = std::move(cache).value();
        }
        if (!m_index) {
            auto index = SearchIndex::open(m_cacheDirectory);
            if (!index) {
                report.error = index.error();
                deliver(service, report);
                return;
            }
            m_index = std::move(index).value();
        }
        report = m_index->update(*m_cache, cancel, [service](int done, int total) {
            QMetaObject::invokeMethod(
                service, [service, done, total] { Q_EMIT service->indexingProgress(done, total); },
                Qt::QueuedConnection);
        });
        deliver(service, report);
    }

private:
    static void deliver(SearchIndexService *service, const IndexReport &report)
    {
        QMetaObject::invokeMethod(
            service, [service, report] { service->handleFinished(report); }, Qt::QueuedConnection);
    }

    QString m_cacheDirectory;
    std::unique_ptr<MeetingCache> m_cache;
    std::unique_ptr<SearchIndex> m_index;
};

// Writes the entries other areas feed, in the order they were fed.
class SearchIndexService::EntryWriter final : public QObject {
public:
    explicit EntryWriter(QString cacheDirectory)
        : m_cacheDirectory(std::move(cacheDirectory))
    {
    }

    void write(const std::function<void(SearchIndex &)> &change)
    {
        if (!m_index) {
            auto index = SearchIndex::open(m_cacheDirectory);
            if (!index)
                return;
            m_index = std::move(index).value();
        }
        try {
            change(*m_index);
        } catch (const DatabaseError &) {
            // Derived data: a lost entry comes back when its owner feeds it again.
        }
    }

private:
    QString m_cacheDirectory;
    std::unique_ptr<SearchIndex> m_index;
};

SearchIndexService::SearchIndexService(QString cacheDirectory, QObject *parent)
    : QObject(parent)
    , m_cacheDirectory(std::move(cacheDirectory))
{
    qRegisterMetaType<IndexReport>();
    m_thread.setObjectName(QStringLiteral("phonghop-search-index"));
    m_worker = new Worker(m_cacheDirectory);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
    m_entryThread.setObjectName(QStringLiteral("phonghop-search-entries"));
    m_entryWriter = new EntryWriter(m_cacheDirectory);
    m_entryWriter->moveToThread(&m_entryThread);
    connect(&m_entryThread, &QThread::finished, m_entryWriter, &QObject::deleteLater);
    m_entryThread.start();
}

SearchIndexService::~SearchIndexService()
{
    m_cancel.cancel();
    waitForEntries(); // the last note typed is written before the window goes
    m_entryThread.quit();
    m_entryThread.wait();
    m_thread.quit();
    m_thread.wait();
}

void SearchIndexService::updateIndex()
{
    if (m_running) {
        m_pending = true;
        return;
    }
    m_running = true;
    m_cancel = CancellationToken();
    Q_EMIT indexingStarted();
    Worker *worker = m_worker;
    const CancellationToken cancel = m_cancel;
    QMetaObject::invokeMethod(
        worker, [worker, this, cancel] { worker->run(this, cancel); }, Qt::QueuedConnection);
}

void SearchIndexService::cancel()
{
    m_pending = false;
    m_cancel.cancel();
}

void SearchIndexService::handleFinished(const IndexReport &report)
{
    m_running = false;
    Q_EMIT indexingFinished(report);
    if (m_pending && !report.cancelled) {
        m_pending = false;
        updateIndex();
    }
}

SearchIndex *SearchIndexService::reader()
{
    if (!m_reader) {
        auto index = SearchIndex::open(m_cacheDirectory);
        if (index)
            m_reader = std::move(index).value();
    }
    return m_reader.get();
}

QList<SearchHit> SearchIndexService::search(const SearchQuery &query)
{
    SearchIndex *index = reader();
    return index ? index->search(query) : QList<SearchHit>();
}

void SearchIndexService::writeEntries(std::function<void(SearchIndex &)> change)
{
    EntryWriter *writer = m_entryWriter;
    QMetaObject::invokeMethod(
        writer, [writer, change = std::move(change)] { writer->write(change); },
        Qt::QueuedConnection);
}

void SearchIndexService::addEntry(const SearchEntry &entry)
{
    writeEntries([entry](SearchIndex &index) { index.addEntry(entry); });
}

void SearchIndexService::removeEntry(const QString &kind, const QString &key)
{
    writeEntries([kind, key](SearchIndex &index) { index.removeEntry(kind, key); });
}

void SearchIndexService::replaceEntries(const QStringList &kinds, const QList<SearchEntry> &entries)
{
    writeEntries([kinds, entries](SearchIndex &index) { index.replaceEntries(kinds, entries); });
}

void SearchIndexService::waitForEntries()
{
    QMetaObject::invokeMethod(
        m_entryWriter, [] {}, Qt::BlockingQueuedConnection);
}

} // namespace phonghop
