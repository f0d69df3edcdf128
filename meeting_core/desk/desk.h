#pragma once

#include "meeting_core/annotations/documentcomments.h"
#include "meeting_core/domain/meeting.h"
#include "meeting_core/pdf/pdfdocument.h"
#include "meeting_core/pdf/watermark.h"
#include "meeting_core/publish/meetingdiff.h"
#include "meeting_core/util/result.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVector>
#include <functional>
#include <memory>
#include <optional>

namespace phonghop {

class AnnotationStore;
class MeetingCache;
class SearchFeeder;
class SearchIndexService;
class SessionService;
class SyncService;
struct SyncReport;

// One open cache and everything that works on it, coordinated in one place (in the spirit of
// Okular's Document with its observers): the cache, the sync service that fills it, the live
// session, the delegate's annotation store, the search feed of their own words and the
// comments to the secretary. Screens call it and follow its notifications, which say what
// changed: meetings (a sync brought new revisions), a document (a new version arrived), the
// session, annotations (carried over to a new version). It has no widgets.
//
// Storage errors stay here: every call a screen makes returns a Result or Status with the
// store's message, never a DatabaseError.
class Desk final : public QObject {
    Q_OBJECT
public:
    // Opens the cache in cacheDirectory and a sync service for sharePath; the desk owns both.
    static Result<std::unique_ptr<Desk>> open(
        const QString &cacheDirectory, const QString &sharePath);
    // Works over a cache and a sync service that outlive it (the window as the application and
    // the tests build it).
    Desk(MeetingCache &cache, SyncService &sync, QObject *parent = nullptr);
    ~Desk() override;

    MeetingCache &cache() { return *m_cache; }
    SyncService &sync() { return *m_sync; }
    SessionService &session() { return *m_session; }
    // Null when its tables could not be opened; annotationsProblem() says why.
    AnnotationStore *annotationStore() { return m_annotations.get(); }
    const QString &annotationsProblem() const { return m_annotationsProblem; }
    // Whose annotations and notes these are: the account signed in to this computer.
    const QString &owner() const { return m_owner; }

    // Meetings as cached: upcoming first, then past ones.
    Result<QList<MeetingSummary>> meetings();
    Result<std::optional<Meeting>> meeting(const QString &meetingId);
    // The revision this seat had before the cached one (none for a first revision, or when the
    // cache cannot say): what "new" and "updated" are measured against.
    std::optional<Meeting> previousMeeting(const QString &meetingId);
    // The badges of what changed since that previous revision; none without one.
    MeetingBadges changesSincePrevious(const Meeting &meeting);
    QString documentPath(const DocumentRef &document) const;
    // Issue 16 (docs/cache.md): the document's file is not in the cache because eviction deleted
    // it, or because its meeting is past the days this seat keeps documents (so the sync did
    // not copy it). Such a document can be fetched again.
    bool isEvicted(const Meeting &meeting, const DocumentRef &document) const;
    // Copies that document's file again from the shared folder the sync uses, verified by its
    // SHA-256, in two steps (sync/documentfetch.h): the copy as a job that touches only files,
    // for a worker thread (a translated failure when the share cannot give it), then the record
    // that keeps it from eviction, on this thread.
    std::function<Status(const CancellationToken &)> copyDocumentAgainJob(
        const DocumentRef &document) const;
    Status recordFetchedAgain(const DocumentRef &document);
    // A confidential document (issue 16) decrypted into memory for this seat's device; a
    // translated failure on a seat that is not a recipient (notRecipientMessage()), or when it
    // is not synced yet or damaged. Nothing decrypted is written to disk.
    Result<QByteArray> readConfidential(const DocumentRef &document) const;
    // The same document as a source for PdfRenderService::openSource(): refused at once for the
    // same reasons, otherwise decrypted chunk by chunk on the render worker (never whole, never on
    // the screen's thread), each chunk authenticated as it is read (trust/sealedfiledevice.h).
    Result<PdfDeviceSource> confidentialSource(const DocumentRef &document) const;
    // The reader's watermark on every page of a confidential document on this seat (issue 16):
    // this device's participant of the meeting, their position and today's date (the desk's
    // clock). Empty for a clear document.
    Watermark confidentialWatermark(const Meeting &meeting, const DocumentRef &document) const;
    // Replaces the clock of confidentialWatermark() (tests).
    void setToday(std::function<QDate()> today) { m_today = std::move(today); }
    // The file of an earlier version of a document, while the object store still has it
    // (carried-over annotations are reviewed beside it); empty otherwise.
    QString earlierVersionPath(const QString &meetingId, const QString &documentId, int version);
    // The meeting the person is looking at: the session follows it.
    void setCurrentMeeting(const QString &meetingId);

    // The share: a new folder for the sync service and the session; a sync and a session read now.
    void setSharePath(const QString &sharePath);
    QString sharePath() const;
    void syncAndRefresh();

    // The last page read of a document (by checksum), -1 when none.
    Result<int> lastReadPage(const QString &documentSha256);
    Status setLastReadPage(const QString &documentSha256, int page);

    // "Ghi chú cá nhân" of owner(): on a meeting (agendaItemId empty) or one agenda item.
    Result<QString> personalNote(const QString &meetingId, const QString &agendaItemId);
    Status setPersonalNote(
        const QString &meetingId, const QString &agendaItemId, const QString &text);

    // A document opened in a new version: owner()'s annotations of the version before are
    // carried over once, on a worker thread (both PDFs are read). The outcome comes with
    // annotationsCarriedOver() or annotationsCarryOverFailed().
    void carryOverAnnotations(const QString &meetingId, const DocumentRef &document);

    // Keeps this index current with owner()'s annotations and notes and the session's
    // conclusions, and brings it up to date after every sync that changed something. The
    // service may go before the desk.
    void setSearchService(SearchIndexService *service);

    // A comment to the secretary on a document, signed as the participant the session acts as
    // (its own device, or the demo participant it acts as) and named after them; queued in the
    // outbox and delivered at once when the share is there.
    Status sendComment(const QString &meetingId, const DocumentRef &document, int page,
        const QString &quote, const QString &text);
    // Reads every delegate's comments on a document from the share on a worker thread, each
    // named after the roster participant whose key signed it. Returns a ticket; the comments
    // arrive with commentsRead() carrying it.
    quint64 readComments(const QString &meetingId, const QString &documentId);

Q_SIGNALS:
    // A sync put new revisions of these meetings in the cache.
    void meetingsChanged(const QStringList &meetingIds);
    // A new or changed document in a new revision of a meeting (emitted before meetingsChanged).
    void documentChanged(const QString &meetingId, const QString &documentId);
    // The session's state or this seat's identity in it changed.
    void sessionChanged();
    // Annotations were carried over to this version of the document; needingReview of them
    // wait for the person to place them.
    void annotationsCarriedOver(const phonghop::DocumentRef &document, int needingReview);
    void annotationsCarryOverFailed(const phonghop::DocumentRef &document, const QString &message);
    void commentsRead(quint64 ticket, const QVector<phonghop::DocumentComment> &comments);

private:
    Desk(std::unique_ptr<MeetingCache> cache, std::unique_ptr<SyncService> sync);
    void setUp();
    void syncFinished(const SyncReport &report);
    Result<SigningKey> actingKey() const;

    // Owned only when the desk opened them (open()); m_cache and m_sync point to them or to
    // the ones given.
    std::unique_ptr<MeetingCache> m_ownedCache;
    std::unique_ptr<SyncService> m_ownedSync;
    MeetingCache *m_cache;
    SyncService *m_sync;
    QString m_owner;
    SessionService *m_session = nullptr; // a child of the desk
    std::unique_ptr<AnnotationStore> m_annotations;
    QString m_annotationsProblem;
    QPointer<SearchIndexService> m_search;
    std::unique_ptr<SearchFeeder>
        m_searchFeeder; // declared after the store it observes: goes first
    quint64 m_commentTicket = 0;
    std::function<QDate()> m_today = [] { return QDate::currentDate(); };
};

} // namespace phonghop
