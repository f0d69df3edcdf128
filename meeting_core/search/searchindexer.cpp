#include "meeting_core/search/searchindexer.h"

#include "meeting_core/search/textfolding.h"
#include "meeting_core/store/database.h"
#include "meeting_core/store/meetingcache.h"
#include "meeting_core/store/searchtables.h"

#include <QHash>

namespace phonghop {

void SearchIndexer::insertUnit(const SearchEntry &entry)
{
    const QString original = entry.text.normalized(QString::NormalizationForm_C);
    m_tables.insertUnit({ entry.kind, entry.key, entry.meetingId, entry.agendaItemId,
        entry.documentSha256, entry.page, entry.label, textfolding::fold(original), original });
}

void SearchIndexer::addEntry(const SearchEntry &entry)
{
    Transaction transaction(m_db);
    removeEntry(entry.kind, entry.key);
    insertUnit(entry);
    transaction.commit();
}

void SearchIndexer::removeEntry(const QString &kind, const QString &key)
{
    m_tables.removeUnit(kind, key);
}

void SearchIndexer::replaceEntries(const QStringList &kinds, const QList<SearchEntry> &entries)
{
    Transaction transaction(m_db);
    for (const QString &kind : kinds)
        m_tables.removeUnitsOfKind(kind);
    for (const SearchEntry &entry : entries) {
        if (kinds.contains(entry.kind))
            insertUnit(entry);
    }
    transaction.commit();
}

void SearchIndexer::syncMeetings(MeetingCache &cache, IndexReport &report)
{
    const QHash<QString, int> indexed = m_tables.indexedMeetingRevisions();
    const QHash<QString, int> cached = cache.cachedRevisions();

    Transaction transaction(m_db);
    for (auto it = indexed.cbegin(); it != indexed.cend(); ++it) {
        if (cached.contains(it.key()))
            continue;
        // The meeting left the cache: so do its titles, notes and annotations.
        m_tables.removeUnitsOfMeeting(it.key());
        m_tables.forgetMeeting(it.key());
        ++report.meetingsRemoved;
    }
    for (auto it = cached.cbegin(); it != cached.cend(); ++it) {
        if (indexed.value(it.key(), -1) == it.value())
            continue;
        const std::optional<Meeting> meeting = cache.meeting(it.key());
        if (!meeting)
            continue;
        m_tables.removeUnitsOfMeeting(
            meeting->id, { searchkinds::meeting, searchkinds::agendaItem });
        m_tables.removeMeetingDocuments(meeting->id);

        SearchEntry title;
        title.kind = searchkinds::meeting;
        title.key = meeting->id;
        title.meetingId = meeting->id;
        title.label = meeting->title;
        title.text = QStringList { meeting->title, meeting->organisation, meeting->location }.join(
            QLatin1Char('\n'));
        insertUnit(title);
        for (const AgendaItem &item : meeting->agenda) {
            SearchEntry entry;
            entry.kind = searchkinds::agendaItem;
            entry.key = meeting->id + QLatin1Char('/') + item.id;
            entry.meetingId = meeting->id;
            entry.agendaItemId = item.id;
            entry.label = item.number;
            entry.text = item.presenter.isEmpty() ? item.title
                                                  : item.title + QLatin1Char('\n') + item.presenter;
            insertUnit(entry);
        }
        for (const DocumentRef &document : meeting->documents) {
            // A confidential document's text is never indexed, on any seat (issue 16): a
            // recipient's cache holds only its ciphertext, and the index is not encrypted.
            if (document.confidential)
                continue;
            m_tables.putMeetingDocument(meeting->id, document);
        }
        m_tables.putIndexedMeeting(*meeting);
        ++report.meetingsUpdated;
    }
    transaction.commit();
}

void SearchIndexer::dropUnreferencedDocuments(IndexReport &report)
{
    const QStringList unreferenced = m_tables.unreferencedDocuments();
    if (unreferenced.isEmpty())
        return;
    Transaction transaction(m_db);
    for (const QString &sha256 : unreferenced) {
        m_tables.removeUnitsOfDocument(sha256, searchkinds::documentPage);
        m_tables.forgetDocument(sha256);
        ++report.documentsRemoved;
    }
    transaction.commit();
}

void SearchIndexer::update(MeetingCache &cache, const TextExtractionLimits &limits,
    const CancellationToken &cancel, const ProgressCallback &progress, IndexReport &report)
{
    syncMeetings(cache, report);
    dropUnreferencedDocuments(report);

    const QStringList pending = m_tables.pendingDocuments();
    const int total = static_cast<int>(pending.size());
    if (progress)
        progress(0, total);
    int done = 0;
    for (const QString &sha256 : pending) {
        if (cancel.isCancelled()) {
            report.cancelled = true;
            break;
        }
        DocumentRef reference;
        reference.sha256 = sha256;
        const QString path = cache.documentPath(reference);
        if (!cache.objects().contains(sha256)) {
            // Not synced yet: try again after the next sync.
            ++report.documentsPending;
        } else {
            QStringList limited; // what the limits kept out: said once, never retried
            const Result<QStringList> pages
                = PdfTextExtractor::extractPages(path, cancel, limits, &limited);
            if (cancel.isCancelled()) {
                report.cancelled = true;
                break;
            }
            Transaction transaction(m_db);
            // Earlier pages of this object may remain from an interrupted run.
            m_tables.removeUnitsOfDocument(sha256, searchkinds::documentPage);
            if (pages) {
                for (int page = 0; page < pages.value().size(); ++page) {
                    const QString &text = pages.value().at(page);
                    if (text.trimmed().isEmpty())
                        continue; // a scanned page: nothing to find (no OCR)
                    SearchEntry entry;
                    entry.kind = searchkinds::documentPage;
                    entry.key = sha256 + QLatin1Char('#') + QString::number(page);
                    entry.documentSha256 = sha256;
                    entry.page = page;
                    entry.text = text;
                    insertUnit(entry);
                    ++report.pagesIndexed;
                }
                if (!limited.isEmpty())
                    report.problems.append(limited.join(u' '));
            } else {
                report.problems.append(pages.error());
            }
            m_tables.markDocumentIndexed(sha256,
                pages ? static_cast<qint64>(pages.value().size()) : qint64(0),
                pages ? limited.join(u' ') : pages.error());
            transaction.commit();
            ++report.documentsIndexed;
        }
        ++done;
        if (progress)
            progress(done, total);
    }
}

} // namespace phonghop
