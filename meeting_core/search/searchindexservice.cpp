#include "search/searchindexservice.h"

#include "store/meetingcache.h"

namespace phonghop {

class SearchIndexService::Worker final : public QObject {
public:
    explicit Worker(QString cacheDirectory) : m_cacheDirectory(std::move(cacheDirectory)) {}

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

SearchIndexService::SearchIndexService(QString cacheDirectory, QObject *parent)
    : QObject(parent), m_cacheDirectory(std::move(cacheDirectory))
{
    qRegisterMetaType<IndexReport>();
    m_thread.setObjectName(QStringLiteral("phonghop-search-index"));
    m_worker = new Worker(m_cacheDirectory);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
}

SearchIndexService::~SearchIndexService()
{
    m_cancel.cancel();
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

void SearchIndexService::addEntry(const SearchEntry &entry)
{
    if (SearchIndex *index = reader()) {
        try {
            index->addEntry(entry);
        } catch (const DatabaseError &) {
            // Derived data: a lost entry comes back when its owner feeds it again.
        }
    }
}

void SearchIndexService::removeEntry(const QString &kind, const QString &key)
{
    if (SearchIndex *index = reader()) {
        try {
            index->removeEntry(kind, key);
        } catch (const DatabaseError &) {
        }
    }
}

} // namespace phonghop
