#pragma once

#include "meeting_core/annotations/annotationstore.h"
#include "meeting_core/domain/meeting.h"
#include "meeting_core/trust/decisionchain.h"

#include <QObject>
#include <QPointer>
#include <QSet>

namespace phonghop {

class MeetingCache;
class SearchIndexService;
struct IndexReport;

// Keeps the search index current with the delegate's own words: the text of their annotations
// and their personal notes (the AnnotationStore tells every change) and the session's
// conclusions (fed from the decision chain). The entries come from the core's SearchFeed.
// The store must outlive the feeder; the service may go first.
class SearchFeeder final : public QObject {
    Q_OBJECT
public:
    SearchFeeder(SearchIndexService *service, MeetingCache &cache, AnnotationStore &store,
        QString owner, QObject *parent = nullptr);
    ~SearchFeeder() override;

    // Every annotation and note of the cached meetings, replacing what the index had of them.
    void feedAll();
    // Decisions not fed yet (the chain only grows: each is fed once).
    void feedConclusions(const ChainReport &chain);
    // After each index update: the meetings may have changed, or the index started afresh.
    void indexUpdated(const IndexReport &report);

private:
    void reloadMeetings();
    const Meeting *meeting(const QString &meetingId);
    void annotationSaved(const AnnotationScope &scope, const Annotation &annotation);
    void annotationRemoved(const AnnotationScope &scope, const QString &id);
    void noteSaved(const QString &owner, const QString &meetingId, const QString &agendaItemId,
        const QString &text);

    QPointer<SearchIndexService> m_service;
    MeetingCache &m_cache;
    AnnotationStore &m_store;
    QString m_owner;
    QList<Meeting> m_meetings;
    QSet<QString> m_fedConclusions;
    ChainReport m_lastChain;
};

} // namespace phonghop
