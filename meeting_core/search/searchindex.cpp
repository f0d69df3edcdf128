#include "meeting_core/search/searchindex.h"

#include "meeting_core/search/searchindexer.h"
#include "meeting_core/search/searchmatch.h"
#include "meeting_core/store/fts5rank.h"
#include "meeting_core/store/searchschema.h"

#include <QCoreApplication>
#include <QDir>
#include <QThread>

namespace phonghop {

namespace {

// The context of this file's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::SearchIndex)
};

} // namespace

QString SearchIndex::pathFor(const QString &cacheDirectory)
{
    return QDir(cacheDirectory).filePath(searchschema::fileName());
}

Result<std::unique_ptr<SearchIndex>> SearchIndex::open(const QString &cacheDirectory)
{
    using R = Result<std::unique_ptr<SearchIndex>>;
    const QString path = pathFor(cacheDirectory);
    if (!QDir().mkpath(cacheDirectory))
        return R::failure(Tr::tr("Cannot create the folder %1.").arg(cacheDirectory));
    bool rebuilt = false;
    bool lookedAgain = false;
    int busy = 0;
    // Damage (quick_check, a file that is not a database, an unknown schema) means: start
    // afresh. The cache holds everything needed to fill it again.
    for (int attempt = 0; attempt < 2; ++attempt) {
        try {
            auto index
                = std::unique_ptr<SearchIndex>(new SearchIndex(searchschema::open(path), rebuilt));
            index->m_cheapRank = registerFts5Rank(index->m_db);
            return R(std::move(index));
        } catch (const DatabaseError &error) {
            // Another connection creating or migrating the file at this moment (the indexer and
            // the entry writer start together) is not damage: both read version 0, and the
            // second one's CREATE TABLE fails; or SQLite answers BUSY at once when a reader would
            // become a writer. Deleting the file then would leave the other connection writing
            // into a file nobody reads. Look again before calling it damage.
            const int primary = error.code() & 0xff;
            if (primary == 5 /* SQLITE_BUSY */ || primary == 6 /* SQLITE_LOCKED */) {
                if (++busy > 250)
                    return R::failure(
                        Tr::tr("The search index %1 is busy.").arg(QDir::toNativeSeparators(path)));
                QThread::msleep(20);
                --attempt;
                continue;
            }
            if (!lookedAgain) {
                lookedAgain = true;
                QThread::msleep(50);
                --attempt;
                continue;
            }
            if (attempt == 1)
                return R::failure(
                    Tr::tr("The search index %1 cannot be opened: %2")
                        .arg(QDir::toNativeSeparators(path), QString::fromUtf8(error.what())));
            searchschema::removeFiles(path);
            rebuilt = true;
        }
    }
    return R::failure(Tr::tr("The search index cannot be opened."));
}

void SearchIndex::addEntry(const SearchEntry &entry)
{
    SearchIndexer(m_db, m_tables).addEntry(entry);
}

void SearchIndex::removeEntry(const QString &kind, const QString &key)
{
    SearchIndexer(m_db, m_tables).removeEntry(kind, key);
}

void SearchIndex::replaceEntries(const QStringList &kinds, const QList<SearchEntry> &entries)
{
    SearchIndexer(m_db, m_tables).replaceEntries(kinds, entries);
}

int SearchIndex::pendingDocumentCount()
{
    return m_tables.pendingDocumentCount();
}

IndexReport SearchIndex::update(
    MeetingCache &cache, const CancellationToken &cancel, const ProgressCallback &progress)
{
    IndexReport report;
    report.rebuilt = m_rebuilt;
    try {
        SearchIndexer(m_db, m_tables).update(cache, m_textLimits, cancel, progress, report);
    } catch (const DatabaseError &error) {
        report.error = Tr::tr("The search index could not be updated: %1")
                           .arg(QString::fromUtf8(error.what()));
    }
    return report;
}

QList<SearchHit> SearchIndex::search(const SearchQuery &query)
{
    return searchmatch::findHits(m_tables, m_cheapRank, query);
}

} // namespace phonghop
