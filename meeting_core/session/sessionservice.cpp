#include "sessionservice.h"

#include "meeting_core/demo/demoshare.h"
#include "meeting_core/session/minutes.h"
#include "meeting_core/session/sessionrecords.h"
#include "meeting_core/session/sessionscanner.h"
#include "meeting_core/session/sessionsummary.h"
#include "meeting_core/share/sharereader.h"
#include "meeting_core/share/sharewriter.h"
#include "meeting_core/store/auditlog.h"
#include "meeting_core/store/database.h"
#include "meeting_core/store/meetingcache.h"
#include "meeting_core/store/outbox.h"
#include "meeting_core/store/rosterarchive.h"
#include "meeting_core/sync/organisationtrust.h"
#include "meeting_core/trust/devicekey.h"
#include "meeting_core/util/sha256.h"

#include <QtConcurrent>

#include <QJsonArray>
#include <QJsonDocument>

namespace phonghop {

namespace {
const QString actAsKey = QStringLiteral("session/demo-act-as");
} // namespace

SessionService::SessionService(
    MeetingCache &cache, QString sharePath, QString meetingId, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_sharePath(std::move(sharePath))
    , m_meetingId(std::move(meetingId))
    , m_outbox(std::make_unique<Outbox>(cache.database()))
    , m_audit(std::make_unique<AuditLog>(cache.database()))
    , m_rosters(std::make_unique<RosterArchive>(cache.database()))
    , m_arrivals(std::make_unique<ArrivalLog>(cache.database()))
    , m_summaries(std::make_unique<SessionSummaryArchive>(cache.database()))
    , m_scanner(std::make_shared<SessionScanner>())
{
    m_pool.setMaxThreadCount(1);
    connect(&m_timer, &QTimer::timeout, this, &SessionService::requestRefresh);
    connect(
        &m_watcher, &QFutureWatcherBase::finished, this, &SessionService::backgroundScanFinished);
    // A device without its key is said by every action that needs one (requireEnrolled).
    (void)loadIdentity();
}

// A scan still running keeps its own reference to the scanner; its result is dropped (the
// pool waits for it to end).
SessionService::~SessionService() = default;

void SessionService::setSharePath(const QString &sharePath)
{
    m_sharePath = sharePath;
    ++m_generation;
    m_ownDecisionHead.reset();
    m_demoShare = false;
    (void)loadIdentity(); // as in the constructor: every action says a missing key
}

void SessionService::setMeetingId(const QString &meetingId)
{
    m_meetingId = meetingId;
    ++m_generation;
    m_roster.reset();
    m_ownDecisionHead.reset();
    m_openedPollIds.clear();
    m_files.clear();
    m_state = SessionState {};
}

void SessionService::setRefreshInterval(int intervalMs)
{
    if (intervalMs <= 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(intervalMs);
}

void SessionService::setBackgroundRefresh(bool background)
{
    m_background = background;
}

QString SessionService::valueKey(const QString &name) const
{
    return QStringLiteral("session/") + m_meetingId + u'/' + name;
}

bool SessionService::isDemoShare() const
{
    return m_demoShare;
}

QString SessionService::actingAs() const
{
    return m_cache.value(actAsKey);
}

Status SessionService::actAs(const QString &participantId)
{
    if (!participantId.isEmpty() && !isDemoShare())
        return Status::failure(
            tr("Acting as another participant is only possible on the demo share"));
    try {
        m_cache.setValue(actAsKey, participantId);
    } catch (const DatabaseError &error) {
        return cacheFailure(error);
    }
    const Status loaded = loadIdentity();
    Q_EMIT identityChanged();
    // The seat acts as the new participant either way; a share that cannot be read now is
    // said by the next refresh, as any other time.
    (void)afterAction();
    return loaded;
}

// A seat acting as a demo participant takes that key at once; the first scan confirms that
// the share is the demo share (a demo key is enrolled on no other share anyway).
Status SessionService::loadIdentity()
{
    const QString demo = m_cache.value(actAsKey);
    if (!demo.isEmpty()) {
        m_key = demoshare::participantKey(demo);
        return Status::success();
    }
    Result<SigningKey> key = DeviceKey::loadOrCreate(m_cache.directory());
    if (!key) {
        m_key.reset();
        return Status::failure(key.error());
    }
    m_key = std::move(key).value();
    return Status::success();
}

QString SessionService::deviceId() const
{
    return m_key ? deviceIdOf(m_key->publicKey()) : QString();
}

QByteArray SessionService::publicKey() const
{
    return m_key ? m_key->publicKey() : QByteArray();
}

const RosterParticipant *SessionService::self() const
{
    return m_roster && m_key ? m_roster->roster.participantForKey(m_key->publicKey()) : nullptr;
}

bool SessionService::isChair() const
{
    const RosterParticipant *p = self();
    return p && p->role == Role::Chair;
}

bool SessionService::isSecretary() const
{
    const RosterParticipant *p = self();
    return p && p->role == Role::Secretary;
}

std::optional<Meeting> SessionService::meeting() const
{
    std::optional<Meeting> meeting = m_cache.meeting(m_meetingId);
    // The cache lists top-level items before sub-items; the session reads the agenda in order.
    if (meeting)
        meeting->agenda = agendaInOrder(meeting->agenda);
    return meeting;
}

AuditLog &SessionService::auditLog()
{
    return *m_audit;
}

int SessionService::pendingDeliveries() const
{
    return m_outbox->pendingCount();
}

QList<SessionService::Undelivered> SessionService::undelivered() const
{
    QList<Undelivered> list;
    for (const Outbox::Item &item : m_outbox->pending()) {
        const QJsonObject envelope = QJsonDocument::fromJson(item.bytes).object();
        list << Undelivered { item.fileName, envelope.value(u"kind").toString(), item.createdAt,
            m_deliveryErrors.value(item.id) };
    }
    return list;
}

const QList<OwnRecord> &SessionService::ownRecords()
{
    const QString device = deviceId();
    if (device != m_ownDevice) {
        m_own.clear();
        m_ownDevice = device;
    }
    if (device.isEmpty())
        return m_own;
    const qint64 after = m_own.isEmpty() ? 0 : m_own.constLast().item.id;
    for (Outbox::Item &item : m_outbox->items(device, after)) {
        Result<SignedRecord> record = SignedRecord::fromBytes(item.bytes);
        m_own << OwnRecord { std::move(item),
            record ? std::make_shared<const SignedRecord>(std::move(record).value()) : nullptr };
    }
    return m_own;
}
SessionScanInput SessionService::scanInput(const QString &closePollId)
{
    SessionScanInput input;
    input.sharePath = m_sharePath;
    input.meetingId = m_meetingId;
    const QByteArray pinned = pinnedOrganisationKey(m_cache);
    if (!pinned.isEmpty())
        input.organisationPin = keyFingerprint(pinned);
    input.roster = m_roster;
    for (const RosterArchive::Entry &kept : m_rosters->revisions(m_meetingId))
        input.keptRosters << kept.bytes;
    input.deliveries = m_outbox->pending();
    for (const OwnRecord &own : ownRecords()) {
        if (!own.record)
            continue;
        const QJsonObject &p = own.record->payload();
        // Ballots and closes name their poll's opening, not the meeting: the scan tells.
        if (p.value(u"meeting").toString() == m_meetingId || p.contains(u"pollOpen"))
            input.ownRecords << own;
    }
    input.key = m_key;
    input.ownChoices = ownChoices();
    input.seenChain.length = m_cache.value(valueKey(QStringLiteral("chain-length"))).toLongLong();
    input.seenChain.headHash = m_cache.value(valueKey(QStringLiteral("chain-head")));
    if (m_firstSeenMeeting != m_meetingId) {
        m_firstSeen = m_arrivals->firstSeen(m_meetingId);
        m_firstSeenMeeting = m_meetingId;
    }
    input.firstSeen = m_firstSeen;
    input.closePollId = closePollId;
    return input;
}

Status SessionService::applyScan(const SessionScanResult &result, quint64 generation)
{
    try {
        return applyScanResult(result, generation);
    } catch (const DatabaseError &error) {
        Q_EMIT stateChanged();
        return cacheFailure(error);
    }
}

Status SessionService::applyScanResult(const SessionScanResult &result, quint64 generation)
{
    if (generation != m_generation)
        return Status::success(); // read for another share or meeting
    for (const SessionScanResult::Delivery &d : result.deliveries) {
        if (d.delivered) {
            m_outbox->markDelivered(d.id, d.fileName);
            m_deliveryErrors.remove(d.id);
        } else {
            if (d.renamed)
                m_outbox->rename(d.id, d.fileName);
            m_deliveryErrors.insert(d.id, d.error);
        }
        for (OwnRecord &own : m_own) {
            if (own.item.id != d.id)
                continue;
            own.item.fileName = d.fileName;
            if (d.delivered && !own.item.delivered())
                own.item.deliveredAt = QDateTime::currentDateTimeUtc();
        }
    }
    m_lastRecordsRead = result.recordsRead;
    if (result.shareReachable != m_shareReachable) {
        m_shareReachable = result.shareReachable;
        Q_EMIT stateChanged(); // the state stays; what the seat says about it changes
    }
    if (!result.shareReachable)
        return result.rosterStatus; // keep the last good state
    m_lastReadAt = QDateTime::currentDateTimeUtc();
    // Kept before anything else: from now on this seat never goes back below these revisions.
    if (!result.rostersToKeep.isEmpty()) {
        Transaction transaction(m_cache.database());
        for (const KeptRoster &kept : result.rostersToKeep)
            m_rosters->keep({ kept.roster.roster.meetingId, kept.roster.roster.revision,
                kept.roster.recordHash, kept.bytes });
        transaction.commit();
    }
    const bool demo = !result.shareOrganisationKey.isEmpty()
        && result.shareOrganisationKey == demoshare::organisationKey().publicKey();
    if (demo != m_demoShare) {
        m_demoShare = demo;
        Q_EMIT identityChanged();
    }
    if (!demo && !m_cache.value(actAsKey).isEmpty() && !result.shareOrganisationKey.isEmpty()) {
        // Acting as a demo participant is for the demo share only.
        m_cache.setValue(actAsKey, QString());
        (void)loadIdentity(); // back to the device's own key; every action says a missing one
        Q_EMIT identityChanged();
        return afterAction();
    }
    if (!result.roster) {
        Q_EMIT stateChanged();
        return result.rosterStatus;
    }
    if (!result.arrivals.isEmpty() && m_firstSeenMeeting == m_meetingId) {
        m_arrivals->note(m_meetingId, result.arrivals);
        for (auto it = result.arrivals.cbegin(); it != result.arrivals.cend(); ++it)
            m_firstSeen.insert(it.key(), it.value());
    }
    m_roster = result.roster;
    m_files = result.files;
    m_state = result.state;
    keepSayingRedeliveries(result);
    keepSummary();
    // Remembered for the rollback check; written only when it moved (each write is a commit).
    if (m_state.chain.ok() && m_state.chain.checkpoint.headHash != result.seenChainHead) {
        m_cache.setValue(valueKey(QStringLiteral("chain-length")),
            QString::number(m_state.chain.checkpoint.length));
        m_cache.setValue(valueKey(QStringLiteral("chain-head")), m_state.chain.checkpoint.headHash);
    }
    Q_EMIT stateChanged();
    if (result.closeRecord) {
        return publishRecord(*result.closeRecord,
            sessionRecordFileName(*result.closeRecord, result.closedAt),
            QStringLiteral("poll-closed"), result.closedPollId,
            result.closePassed ? tr("passed") : tr("not passed"));
    }
    return result.closeStatus;
}

// The session summary archive (statistics) follows every state read from the share: replaced
// whole when the records changed, nothing written otherwise. Not for the demo share. A cache
// that cannot take it is said; the session itself goes on.
void SessionService::keepSummary()
{
    if (m_demoShare || !m_roster)
        return;
    try {
        const QString fingerprint
            = SessionSummaryArchive::recordsFingerprint(m_roster->recordHash, m_files);
        const std::optional<SessionSummaryArchive::Info> kept = m_summaries->info(m_meetingId);
        if (kept && kept->recordsSha256 == fingerprint)
            return;
        const std::optional<Meeting> cached = m_cache.meeting(m_meetingId);
        m_summaries->keep(m_meetingId, m_state, fingerprint, static_cast<int>(m_files.size()),
            QDateTime::currentDateTimeUtc(), cached ? &*cached : nullptr);
    } catch (const DatabaseError &error) {
        Q_EMIT problemOccurred(
            tr("The session's summary for the statistics could not be kept in the cache: %1")
                .arg(QString::fromUtf8(error.what())));
    }
}

// A record of this seat that was gone from the share and had to be delivered again is said on
// every later look too (someone with write access took it away), not only by the scan that
// found it missing.
void SessionService::keepSayingRedeliveries(const SessionScanResult &result)
{
    const QString key = valueKey(QStringLiteral("delivered-again"));
    QJsonArray again = QJsonDocument::fromJson(m_cache.value(key).toUtf8()).array();
    bool added = false;
    for (const SessionScanResult::Delivery &d : result.deliveries) {
        if (!d.again || !d.delivered)
            continue;
        again.append(QJsonObject { { QStringLiteral("device"), deviceId() },
            { QStringLiteral("file"), d.fileName },
            { QStringLiteral("at"), toIsoUtc(QDateTime::currentDateTimeUtc()) } });
        added = true;
    }
    if (added)
        m_cache.setValue(
            key, QString::fromUtf8(QJsonDocument(again).toJson(QJsonDocument::Compact)));
    QSet<QString> said;
    for (const SessionProblem &p : std::as_const(m_state.problems))
        said.insert(p.deviceFolder + u'/' + p.fileName);
    for (const QJsonValue &v : std::as_const(again)) {
        const QJsonObject e = v.toObject();
        const QString device = e.value(u"device").toString(), file = e.value(u"file").toString();
        if (said.contains(device + u'/' + file))
            continue;
        m_state.problems << SessionProblem { device, file,
            tr("This seat's record %1 had disappeared from the shared folder (deleted, or replaced "
               "by "
               "another file) and was delivered again at %2")
                .arg(file,
                    fromIsoUtc(e.value(u"at").toString())
                        .toLocalTime()
                        .toString(QStringLiteral("HH:mm:ss dd/MM/yyyy"))) };
    }
}

Status SessionService::refresh()
{
    if (!m_scanApplied) { // a background scan under way: take its result first
        m_watcher.waitForFinished();
        m_scanApplied = true;
        // Superseded at once: the scan below reads the share again, and what still fails is
        // what this refresh reports.
        (void)applyScan(m_watcher.result(), m_scanGeneration);
    }
    SessionScanInput input;
    try {
        input = scanInput(std::exchange(m_pendingClose, {}));
    } catch (const DatabaseError &error) {
        return cacheFailure(error);
    }
    return applyScan(m_scanner->scan(input), m_generation);
}

void SessionService::requestRefresh()
{
    if (!m_scanApplied) {
        m_refreshWanted = true;
        return;
    }
    startBackgroundScan();
}

void SessionService::startBackgroundScan()
{
    m_refreshWanted = false;
    SessionScanInput input;
    try {
        input = scanInput(std::exchange(m_pendingClose, {}));
    } catch (const DatabaseError &error) {
        Q_EMIT problemOccurred(cacheFailure(error).error());
        return;
    }
    m_scanApplied = false;
    m_scanGeneration = m_generation;
    auto scanner = m_scanner;
    m_watcher.setFuture(
        QtConcurrent::run(&m_pool, [scanner, input] { return scanner->scan(input); }));
}

void SessionService::backgroundScanFinished()
{
    if (!m_scanApplied) {
        m_scanApplied = true;
        const SessionScanResult result = m_watcher.result();
        const bool closeAsked = !result.requestedClose.isEmpty();
        // An unreachable share is shown by the panel, not repeated; a close it stopped is said.
        if (const Status s = applyScan(result, m_scanGeneration);
            !s && hasRoster() && (m_shareReachable || closeAsked))
            Q_EMIT problemOccurred(
                m_shareReachable ? s.error() : tr("The poll was not closed: %1").arg(s.error()));
    }
    if (m_refreshWanted || !m_pendingClose.isEmpty())
        requestRefresh();
}

// Blocking callers get the state their action made; the app gets it from the worker.
Status SessionService::afterAction()
{
    if (!m_background)
        return refresh();
    requestRefresh();
    return Status::success();
}

} // namespace phonghop
