#include "meeting_core/desk/desk.h"

#include "meeting_core/annotations/annotationstore.h"
#include "meeting_core/annotations/carryover.h"
#include "meeting_core/confidential/documentreader.h"
#include "meeting_core/demo/demoshare.h"
#include "meeting_core/desk/personalnotes.h"
#include "meeting_core/desk/searchfeeder.h"
#include "meeting_core/org/rosterbuilder.h"
#include "meeting_core/search/searchindexservice.h"
#include "meeting_core/session/sessionservice.h"
#include "meeting_core/share/manifestcodec.h"
#include "meeting_core/share/sharereader.h"
#include "meeting_core/store/cacheretention.h"
#include "meeting_core/store/database.h"
#include "meeting_core/store/meetingcache.h"
#include "meeting_core/store/outbox.h"
#include "meeting_core/sync/documentfetch.h"
#include "meeting_core/sync/organisationtrust.h"
#include "meeting_core/sync/syncservice.h"
#include "meeting_core/trust/devicekey.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QThreadPool>

namespace phonghop {

namespace {

// Annotations and notes belong to the person signed in to this computer; another account
// on the same machine has its own cache and never sees them.
QString localOwner()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("local") : user;
}

QString messageOf(const DatabaseError &error)
{
    return QString::fromUtf8(error.what());
}

} // namespace

Result<std::unique_ptr<Desk>> Desk::open(const QString &cacheDirectory, const QString &sharePath)
{
    auto cache = MeetingCache::open(cacheDirectory);
    if (!cache)
        return Result<std::unique_ptr<Desk>>::failure(cache.error());
    auto sync = std::make_unique<SyncService>(cacheDirectory, sharePath);
    return std::unique_ptr<Desk>(new Desk(std::move(cache).value(), std::move(sync)));
}

Desk::Desk(std::unique_ptr<MeetingCache> cache, std::unique_ptr<SyncService> sync)
    : m_ownedCache(std::move(cache))
    , m_ownedSync(std::move(sync))
    , m_cache(m_ownedCache.get())
    , m_sync(m_ownedSync.get())
{
    setUp();
}

Desk::Desk(MeetingCache &cache, SyncService &sync, QObject *parent)
    : QObject(parent)
    , m_cache(&cache)
    , m_sync(&sync)
{
    setUp();
}

void Desk::setUp()
{
    m_owner = localOwner();
    m_session = new SessionService(*m_cache, m_sync->sharePath(), QString(), this);
    try {
        m_annotations = std::make_unique<AnnotationStore>(m_cache->database());
    } catch (const DatabaseError &error) {
        m_annotationsProblem = messageOf(error);
    }
    connect(m_sync, &SyncService::syncFinished, this, &Desk::syncFinished);
    connect(m_session, &SessionService::stateChanged, this, &Desk::sessionChanged);
    connect(m_session, &SessionService::identityChanged, this, &Desk::sessionChanged);
}

Desk::~Desk()
{
    // The feeder observes the store; the session may still be reading on its own thread.
    m_searchFeeder.reset();
    delete m_session;
}

Result<QList<MeetingSummary>> Desk::meetings()
{
    try {
        return m_cache->meetings();
    } catch (const DatabaseError &error) {
        return Result<QList<MeetingSummary>>::failure(messageOf(error));
    }
}

Result<std::optional<Meeting>> Desk::meeting(const QString &meetingId)
{
    try {
        return m_cache->meeting(meetingId);
    } catch (const DatabaseError &error) {
        return Result<std::optional<Meeting>>::failure(messageOf(error));
    }
}

std::optional<Meeting> Desk::previousMeeting(const QString &meetingId)
{
    QByteArray bytes;
    try {
        bytes = m_cache->previousManifest(meetingId);
    } catch (const DatabaseError &) {
        return std::nullopt; // what changed is a hint; the meeting itself is read elsewhere
    }
    if (bytes.isEmpty())
        return std::nullopt;
    // The cache stored these bytes after verifying them; decoding is all that is left.
    Result<Meeting> previous = decodeManifest(bytes);
    return previous ? std::optional<Meeting>(std::move(previous).value()) : std::nullopt;
}

MeetingBadges Desk::changesSincePrevious(const Meeting &meeting)
{
    const std::optional<Meeting> previous = previousMeeting(meeting.id);
    return previous ? changeBadges(previous, meeting) : MeetingBadges();
}

QString Desk::documentPath(const DocumentRef &document) const
{
    return m_cache->documentPath(document);
}

bool Desk::isEvicted(const Meeting &meeting, const DocumentRef &document) const
{
    try {
        if (m_cache->objects().contains(document.sha256))
            return false;
        if (document.confidential) { // only a recipient device ever has its sealed copy
            const QByteArray key = DeviceKey::publicKeyIn(m_cache->directory());
            if (key.isEmpty() || document.plainSha256.isEmpty()
                || !document.recipientFor(deviceIdOf(key)))
                return false;
        }
        return CacheRetention::isPast(meeting, m_sync->keepPastDocumentsDays())
            || CacheRetention(*m_cache).isEvicted(document.sha256);
    } catch (const DatabaseError &) {
        return false; // the cache cannot say: opening the document says what is wrong
    }
}

std::function<Status(const CancellationToken &)> Desk::copyDocumentAgainJob(
    const DocumentRef &document) const
{
    return phonghop::copyDocumentAgainJob(*m_cache, m_sync->sharePath(), document);
}

Status Desk::recordFetchedAgain(const DocumentRef &document)
{
    return recordDocumentFetchedAgain(*m_cache, document);
}

Result<QByteArray> Desk::readConfidential(const DocumentRef &document) const
{
    return DocumentReader(*m_cache).read(document);
}

Result<PdfDeviceSource> Desk::confidentialSource(const DocumentRef &document) const
{
    return DocumentReader(*m_cache).source(document);
}

Watermark Desk::confidentialWatermark(const Meeting &meeting, const DocumentRef &document) const
{
    return DocumentReader(*m_cache).watermark(meeting, document, m_today());
}

QString Desk::earlierVersionPath(const QString &meetingId, const QString &documentId, int version)
{
    const std::optional<Meeting> previous = previousMeeting(meetingId);
    if (!previous)
        return {};
    for (const DocumentRef &old : previous->documents) {
        if (old.id != documentId || old.version != version)
            continue;
        // Objects are never deleted by a new revision, but a cache may have been cleaned.
        const QString path = m_cache->documentPath(old);
        return m_cache->objects().contains(QFileInfo(path).fileName()) ? path : QString();
    }
    return {};
}

void Desk::setCurrentMeeting(const QString &meetingId)
{
    if (m_session->meetingId() == meetingId)
        return;
    m_session->setMeetingId(meetingId);
    m_session->requestRefresh();
}

void Desk::setSharePath(const QString &sharePath)
{
    m_sync->setSharePath(sharePath);
    m_session->setSharePath(sharePath);
    m_session->requestRefresh();
}

QString Desk::sharePath() const
{
    return m_sync->sharePath();
}

void Desk::syncAndRefresh()
{
    m_sync->syncNow();
    m_session->requestRefresh();
}

void Desk::syncFinished(const SyncReport &report)
{
    if (!report.updatedMeetings.isEmpty()) {
        for (const QString &meetingId : report.updatedMeetings) {
            const Result<std::optional<Meeting>> current = meeting(meetingId);
            if (!current || !current.value())
                continue;
            const std::optional<Meeting> previous = previousMeeting(meetingId);
            const MeetingBadges badges
                = previous ? changeBadges(previous, *current.value()) : MeetingBadges();
            for (const DocumentRef &document : current.value()->documents) {
                if (!previous || badges.document(document.id) != ChangeBadge::None)
                    Q_EMIT documentChanged(meetingId, document.id);
            }
        }
        if (m_search)
            m_search->updateIndex();
        Q_EMIT meetingsChanged(report.updatedMeetings);
    }
    m_session->requestRefresh();
}

Result<int> Desk::lastReadPage(const QString &documentSha256)
{
    try {
        return m_cache->lastReadPage(documentSha256).value_or(-1);
    } catch (const DatabaseError &error) {
        return Result<int>::failure(messageOf(error));
    }
}

Status Desk::setLastReadPage(const QString &documentSha256, int page)
{
    try {
        m_cache->setLastReadPage(documentSha256, page);
    } catch (const DatabaseError &error) {
        return Status::failure(messageOf(error));
    }
    return Status::success();
}

Result<QString> Desk::personalNote(const QString &meetingId, const QString &agendaItemId)
{
    if (!m_annotations)
        return Result<QString>::failure(m_annotationsProblem);
    return PersonalNotes(*m_annotations, m_owner).note(meetingId, agendaItemId);
}

Status Desk::setPersonalNote(
    const QString &meetingId, const QString &agendaItemId, const QString &text)
{
    if (!m_annotations)
        return Status::failure(m_annotationsProblem);
    return PersonalNotes(*m_annotations, m_owner).setNote(meetingId, agendaItemId, text);
}

void Desk::carryOverAnnotations(const QString &meetingId, const DocumentRef &document)
{
    if (!m_annotations || document.version <= 1)
        return;
    // A new version of a document the delegate annotated: carry the notes over, once.
    QVector<int> versions;
    try {
        versions = m_annotations->annotatedVersions(m_owner, document.id);
    } catch (const DatabaseError &error) {
        Q_EMIT annotationsCarryOverFailed(document, messageOf(error));
        return;
    }
    if (versions.contains(document.version))
        return;
    int from = 0;
    for (int version : versions) {
        if (version < document.version)
            from = std::max(from, version);
    }
    if (from == 0)
        return;
    // The old file is still in the store: objects are never deleted by a new revision.
    const QString oldPath = earlierVersionPath(meetingId, document.id, from);
    if (oldPath.isEmpty())
        return;
    const QString cacheDirectory = m_cache->directory();
    const QString newPath = m_cache->documentPath(document);
    const QString owner = m_owner;
    QPointer<Desk> self(this);
    // Both PDFs are read with Poppler: off the calling thread, with its own database connection.
    QThreadPool::globalInstance()->start([=] {
        Result<int> result = Result<int>::failure(QString());
        auto cache = MeetingCache::open(cacheDirectory);
        if (!cache) {
            result = Result<int>::failure(cache.error());
        } else {
            try {
                AnnotationStore store(cache.value()->database());
                result = carryOverToVersion(
                    store, owner, document.id, from, oldPath, document.version, newPath);
            } catch (const DatabaseError &error) {
                result = Result<int>::failure(messageOf(error));
            }
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, result, document] {
                if (!self)
                    return;
                if (result)
                    Q_EMIT self->annotationsCarriedOver(document, result.value());
                else
                    Q_EMIT self->annotationsCarryOverFailed(document, result.error());
            },
            Qt::QueuedConnection);
    });
}

void Desk::setSearchService(SearchIndexService *service)
{
    if (!service || m_searchFeeder)
        return;
    m_search = service;
    // The delegate's annotations and notes, and the session's conclusions, are found by search
    // too; the feeder follows the store's changes and the decision chain.
    if (m_annotations) {
        m_searchFeeder = std::make_unique<SearchFeeder>(service, *m_cache, *m_annotations, m_owner);
        connect(service, &SearchIndexService::indexingFinished, m_searchFeeder.get(),
            &SearchFeeder::indexUpdated);
        connect(m_session, &SessionService::stateChanged, m_searchFeeder.get(),
            [this] { m_searchFeeder->feedConclusions(m_session->state().chain); });
        m_searchFeeder->feedAll();
        m_searchFeeder->feedConclusions(m_session->state().chain);
    }
    service->updateIndex();
}

Result<SigningKey> Desk::actingKey() const
{
    // As the session signs: the demo participant it acts as, or this device's own key.
    QString actingAs;
    try {
        actingAs = m_session->actingAs();
    } catch (const DatabaseError &error) {
        return Result<SigningKey>::failure(messageOf(error));
    }
    if (!actingAs.isEmpty())
        return demoshare::participantKey(actingAs);
    return DeviceKey::loadOrCreate(m_cache->directory());
}

Status Desk::sendComment(const QString &meetingId, const DocumentRef &document, int page,
    const QString &quote, const QString &text)
{
    const Result<SigningKey> key = actingKey();
    if (!key)
        return Status::failure(key.error());
    DocumentComment comment;
    comment.meetingId = meetingId;
    comment.documentId = document.id;
    comment.documentVersion = document.version;
    comment.page = page;
    comment.quote = quote;
    comment.text = text;
    // The acting participant (the demo's "act as" included), not the computer's account.
    // self() is the roster's participant for the very key chosen above.
    const RosterParticipant *self = m_session->self();
    if (self)
        comment.participantId = self->id;
    comment.authorName = self && !self->name.isEmpty() ? self->name : m_owner;
    comment.createdAt = QDateTime::currentDateTime();
    try {
        Outbox outbox(m_cache->database());
        const Result<QString> sent = submitDocumentComment(outbox, key.value(), comment);
        if (!sent)
            return Status::failure(sent.error());
    } catch (const DatabaseError &error) {
        return Status::failure(messageOf(error));
    }
    m_sync->syncNow(); // deliver it now if the share is there; it waits in the outbox if not
    return Status::success();
}

quint64 Desk::readComments(const QString &meetingId, const QString &documentId)
{
    const quint64 ticket = ++m_commentTicket;
    const QString shareRoot = m_sync->sharePath();
    const Result<QByteArray> pinned = readPinnedOrganisationKey(*m_cache);
    const QByteArray organisationKey = pinned ? pinned.value() : QByteArray();
    QPointer<Desk> self(this);
    // The share may be a slow or vanished mount: never read it on the calling (GUI) thread.
    QThreadPool::globalInstance()->start([=] {
        QVector<DocumentComment> comments
            = gatherDocumentComments(ShareReader(shareRoot), meetingId, documentId);
        // Named by the roster the organisation signed, when there is one this seat trusts.
        if (!organisationKey.isEmpty()) {
            if (const std::optional<VerifiedRoster> roster
                = latestRosterOnShare(shareRoot, meetingId, organisationKey))
                nameCommentAuthors(comments, roster->roster);
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, ticket, comments] {
                if (self)
                    Q_EMIT self->commentsRead(ticket, comments);
            },
            Qt::QueuedConnection);
    });
    return ticket;
}

} // namespace phonghop
