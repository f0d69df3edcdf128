#include "meeting_core/desk/searchfeeder.h"

#include "meeting_core/search/searchfeed.h"
#include "meeting_core/search/searchindexservice.h"
#include "meeting_core/store/database.h"
#include "meeting_core/store/meetingcache.h"

namespace phonghop {

SearchFeeder::SearchFeeder(SearchIndexService *service, MeetingCache &cache, AnnotationStore &store,
    QString owner, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_cache(cache)
    , m_store(store)
    , m_owner(std::move(owner))
{
    AnnotationStore::Observer observer;
    observer.annotationSaved = [this](const AnnotationScope &scope, const Annotation &annotation) {
        annotationSaved(scope, annotation);
    };
    observer.annotationRemoved
        = [this](const AnnotationScope &scope, const QString &id) { annotationRemoved(scope, id); };
    observer.noteSaved
        = [this](const QString &owner, const QString &meetingId, const QString &agendaItemId,
              const QString &text) { noteSaved(owner, meetingId, agendaItemId, text); };
    m_store.setObserver(std::move(observer));
}

SearchFeeder::~SearchFeeder()
{
    m_store.setObserver({});
}

void SearchFeeder::reloadMeetings()
{
    m_meetings.clear();
    try {
        for (const MeetingSummary &summary : m_cache.meetings()) {
            if (std::optional<Meeting> meeting = m_cache.meeting(summary.id))
                m_meetings.append(std::move(*meeting));
        }
    } catch (const DatabaseError &) {
        // The window reports an unreadable cache; search simply misses these words for now.
    }
}

const Meeting *SearchFeeder::meeting(const QString &meetingId)
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        for (const Meeting &meeting : std::as_const(m_meetings)) {
            if (meeting.id == meetingId)
                return &meeting;
        }
        if (attempt == 0)
            reloadMeetings(); // a meeting that arrived since the last look
    }
    return nullptr;
}

void SearchFeeder::feedAll()
{
    if (!m_service)
        return;
    reloadMeetings();
    QList<SearchEntry> entries;
    try {
        entries = SearchFeed::gather(m_store, m_owner, m_meetings);
    } catch (const DatabaseError &) {
        return; // keep what the index has rather than forgetting every note
    }
    m_service->replaceEntries({ searchkinds::annotation, searchkinds::note }, entries);
}

void SearchFeeder::feedConclusions(const ChainReport &chain)
{
    m_lastChain = chain;
    if (!m_service)
        return;
    for (qsizetype i = 0; i < chain.decisions.size() && i < chain.hashes.size(); ++i) {
        const QString &hash = chain.hashes.at(i);
        if (m_fedConclusions.contains(hash))
            continue;
        const Meeting *owner = meeting(chain.decisions.at(i).meetingId);
        if (!owner)
            continue; // not cached (yet): fed again with the next state
        ChainReport one;
        one.decisions = { chain.decisions.at(i) };
        one.hashes = { hash };
        for (const SearchEntry &entry : SearchFeed::conclusionEntries(*owner, one))
            m_service->addEntry(entry);
        m_fedConclusions.insert(hash);
    }
}

void SearchFeeder::indexUpdated(const IndexReport &report)
{
    if (report.rebuilt) {
        // A damaged index started afresh: what was fed is gone.
        m_fedConclusions.clear();
        feedConclusions(m_lastChain);
    }
    // New document versions (annotations carried over by the worker, which this store does not
    // see), meetings arrived or gone: one transaction makes the index match the store again.
    feedAll();
}

void SearchFeeder::annotationSaved(const AnnotationScope &scope, const Annotation &annotation)
{
    if (!m_service || scope.owner != m_owner)
        return;
    const QString key = SearchFeed::annotationKey(scope.documentId, scope.version, annotation.id);
    for (int attempt = 0; attempt < 2; ++attempt) {
        for (const Meeting &meeting : std::as_const(m_meetings)) {
            const DocumentRef *document
                = SearchFeed::findDocument(meeting, scope.documentId, scope.version);
            if (!document)
                continue;
            if (std::optional<SearchEntry> entry
                = SearchFeed::annotationEntry(meeting, *document, annotation))
                m_service->addEntry(*entry);
            else
                m_service->removeEntry(searchkinds::annotation, key); // its words were cleared
            return;
        }
        if (attempt == 0)
            reloadMeetings();
    }
    // An older version than the agenda lists: not offered by search (see SearchFeed::gather).
}

void SearchFeeder::annotationRemoved(const AnnotationScope &scope, const QString &id)
{
    if (m_service && scope.owner == m_owner)
        m_service->removeEntry(searchkinds::annotation,
            SearchFeed::annotationKey(scope.documentId, scope.version, id));
}

void SearchFeeder::noteSaved(const QString &owner, const QString &meetingId,
    const QString &agendaItemId, const QString &text)
{
    if (!m_service || owner != m_owner)
        return;
    const Meeting *noted = meeting(meetingId);
    std::optional<SearchEntry> entry
        = noted ? SearchFeed::noteEntry(*noted, agendaItemId, text) : std::nullopt;
    if (entry)
        m_service->addEntry(*entry);
    else
        m_service->removeEntry(searchkinds::note, SearchFeed::noteKey(meetingId, agendaItemId));
}

} // namespace phonghop
