#include "sessionservice.h"

#include "meeting_core/demo/demoshare.h"
#include "meeting_core/session/minutes.h"
#include "meeting_core/session/sessionrecords.h"
#include "meeting_core/share/sharereader.h"
#include "meeting_core/share/sharewriter.h"
#include "meeting_core/store/auditlog.h"
#include "meeting_core/store/database.h"
#include "meeting_core/store/meetingcache.h"
#include "meeting_core/store/outbox.h"
#include "meeting_core/store/rosterarchive.h"
#include "meeting_core/sync/organisationtrust.h"
#include "meeting_core/trust/devicekey.h"
#include "meeting_core/session/sessionscanner.h"
#include "meeting_core/util/sha256.h"

#include <QtConcurrent>

#include <QJsonArray>
#include <QJsonDocument>

namespace phonghop {

namespace {
const QString actAsKey = QStringLiteral("session/demo-act-as");

QString choicesText(const QList<int> &choices)
{
    QStringList parts;
    for (int c : choices)
        parts << QString::number(c);
    return parts.join(u',');
}

QList<int> choicesFrom(const QString &text)
{
    QList<int> choices;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts))
        choices << part.toInt();
    return choices;
}
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
    , m_scanner(std::make_shared<SessionScanner>())
{
    m_pool.setMaxThreadCount(1);
    connect(&m_timer, &QTimer::timeout, this, &SessionService::requestRefresh);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &SessionService::backgroundScanFinished);
    loadIdentity();
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
    loadIdentity();
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
        return Status::failure(tr("Acting as another participant is only possible on the demo share"));
    try {
        m_cache.setValue(actAsKey, participantId);
    } catch (const DatabaseError &error) {
        return cacheFailure(error);
    }
    const Status loaded = loadIdentity();
    Q_EMIT identityChanged();
    afterAction();
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
    return m_cache.meeting(m_meetingId);
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

QHash<QString, QList<int>> SessionService::ownChoices()
{
    QHash<QString, QList<int>> choices;
    const QJsonObject stored
        = QJsonDocument::fromJson(m_cache.value(valueKey(QStringLiteral("own-ballots"))).toUtf8()).object();
    for (auto it = stored.begin(); it != stored.end(); ++it)
        choices.insert(it.key(), choicesFrom(it.value().toString()));
    return choices;
}

void SessionService::rememberOwnChoices(const QString &ballotHash, const QList<int> &choices)
{
    const QString key = valueKey(QStringLiteral("own-ballots"));
    QJsonObject stored = QJsonDocument::fromJson(m_cache.value(key).toUtf8()).object();
    stored.insert(ballotHash, choicesText(choices));
    m_cache.setValue(key, QString::fromUtf8(QJsonDocument(stored).toJson(QJsonDocument::Compact)));
}

// Everything the scan needs, copied: the worker must not touch the cache's database.
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
        loadIdentity();
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
    // Remembered for the rollback check; written only when it moved (each write is a commit).
    if (m_state.chain.ok() && m_state.chain.checkpoint.headHash != result.seenChainHead) {
        m_cache.setValue(valueKey(QStringLiteral("chain-length")),
            QString::number(m_state.chain.checkpoint.length));
        m_cache.setValue(valueKey(QStringLiteral("chain-head")), m_state.chain.checkpoint.headHash);
    }
    Q_EMIT stateChanged();
    if (result.closeRecord) {
        return publishRecord(*result.closeRecord,
            sessionRecordFileName(*result.closeRecord, result.closedAt), QStringLiteral("poll-closed"),
            result.closedPollId, result.closePassed ? tr("passed") : tr("not passed"));
    }
    return result.closeStatus;
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
        again.append(QJsonObject { { QStringLiteral("device"), deviceId() }, { QStringLiteral("file"), d.fileName },
            { QStringLiteral("at"), toIsoUtc(QDateTime::currentDateTimeUtc()) } });
        added = true;
    }
    if (added)
        m_cache.setValue(key, QString::fromUtf8(QJsonDocument(again).toJson(QJsonDocument::Compact)));
    QSet<QString> said;
    for (const SessionProblem &p : std::as_const(m_state.problems))
        said.insert(p.deviceFolder + u'/' + p.fileName);
    for (const QJsonValue &v : std::as_const(again)) {
        const QJsonObject e = v.toObject();
        const QString device = e.value(u"device").toString(), file = e.value(u"file").toString();
        if (said.contains(device + u'/' + file))
            continue;
        m_state.problems << SessionProblem { device, file,
            tr("This seat's record %1 had disappeared from the shared folder (deleted, or replaced by "
               "another file) and was delivered again at %2")
                .arg(file, fromIsoUtc(e.value(u"at").toString()).toLocalTime().toString(QStringLiteral("HH:mm:ss dd/MM/yyyy"))) };
    }
}

Status SessionService::refresh()
{
    if (!m_scanApplied) { // a background scan under way: take its result first
        m_watcher.waitForFinished();
        m_scanApplied = true;
        applyScan(m_watcher.result(), m_scanGeneration);
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
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [scanner, input] { return scanner->scan(input); }));
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
            Q_EMIT problemOccurred(m_shareReachable
                    ? s.error()
                    : tr("The poll was not closed: %1").arg(s.error()));
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

Status SessionService::requireEnrolled() const
{
    if (!m_key)
        return Status::failure(tr("This device has no key"));
    if (!m_roster)
        return Status::failure(tr("The roster of this meeting has not reached this seat yet"));
    if (!self())
        return Status::failure(tr("This device is not enrolled in the meeting roster yet; ask the "
                                  "secretary to add its key (fingerprint %1)")
                .arg(keyFingerprint(m_key->publicKey())));
    return Status::success();
}

Status SessionService::requireRole(Role role) const
{
    if (Status enrolled = requireEnrolled(); !enrolled)
        return enrolled;
    if (self()->role != role)
        return Status::failure(tr("Only the %1 may do this").arg(roleDisplayName(role)));
    return Status::success();
}

// This seat's cache could not store what it must keep first: nothing was recorded.
Status SessionService::cacheFailure(const DatabaseError &error)
{
    if (error.isDiskFull())
        return Status::failure(tr("The disk is full: this was not recorded. Free some space on "
                                  "this device and try again"));
    return Status::failure(tr("This seat's cache could not record this: %1")
                               .arg(QString::fromUtf8(error.what())));
}

Status SessionService::publishRecord(const SignedRecord &record, const QString &fileName,
    const QString &action, const QString &subject, const QString &details)
{
    // Durable first: the record and its audit entry, together or not at all.
    try {
        Transaction transaction(m_cache.database());
        m_outbox->enqueue(deviceId(), fileName, record.toBytes());
        if (!action.isEmpty())
            m_audit->append(self() ? self()->id : deviceId(), action, subject, details);
        transaction.commit();
    } catch (const DatabaseError &error) {
        return cacheFailure(error);
    }
    const Status read = afterAction();
    if (!read && !m_shareReachable)
        return Status::failure(tr("Kept on this seat: the shared folder cannot be reached, so it "
                                  "will be delivered when the folder is back"));
    return read;
}

Status SessionService::publishSessionRecord(const QString &kind, const QJsonObject &fields,
    const QString &action, const QString &subject, const QString &details)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const SignedRecord record = makeSessionRecord(kind, m_meetingId, now, fields, *m_key);
    return publishRecord(record, sessionRecordFileName(record, now), action, subject, details);
}

Status SessionService::checkIn(const QString &participantId)
{
    if (Status ok = requireEnrolled(); !ok)
        return ok;
    const QString who = participantId.isEmpty() ? self()->id : participantId;
    if (who != self()->id && self()->role != Role::Secretary)
        return Status::failure(tr("Only the secretary may check in someone else"));
    return publishSessionRecord(sessionkinds::checkIn, { { QStringLiteral("participant"), who } },
        QStringLiteral("check-in"), who, {});
}

Status SessionService::reportAbsence(const QString &participantId, const QString &reason)
{
    if (Status ok = requireEnrolled(); !ok)
        return ok;
    const QString who = participantId.isEmpty() ? self()->id : participantId;
    if (who != self()->id && self()->role != Role::Secretary)
        return Status::failure(tr("Only the secretary may record someone else's absence"));
    return publishSessionRecord(sessionkinds::absence,
        { { QStringLiteral("participant"), who }, { QStringLiteral("reason"), reason } },
        QStringLiteral("absence"), who, reason);
}

Status SessionService::giveProxy(const QString &participantId, const QString &to, const QString &reason)
{
    if (Status ok = requireEnrolled(); !ok)
        return ok;
    const QString who = participantId.isEmpty() ? self()->id : participantId;
    if (who != self()->id && self()->role != Role::Secretary)
        return Status::failure(tr("Only the secretary may record a proxy for someone else"));
    if (!m_roster->roster.participant(to) || to == who)
        return Status::failure(tr("A proxy must name another participant of the meeting"));
    return publishSessionRecord(sessionkinds::proxy,
        { { QStringLiteral("participant"), who }, { QStringLiteral("to"), to },
            { QStringLiteral("reason"), reason } },
        QStringLiteral("proxy"), who, tr("to %1").arg(to));
}

Status SessionService::requestToSpeak(const QString &itemId, SpeakType type)
{
    if (Status ok = requireEnrolled(); !ok)
        return ok;
    return publishSessionRecord(sessionkinds::speakRequest,
        { { QStringLiteral("item"), itemId }, { QStringLiteral("type"), speakTypeId(type) } },
        QStringLiteral("speak-request"), itemId, speakTypeId(type));
}

Status SessionService::callSpeaker(const QString &requestHash)
{
    if (Status ok = requireRole(Role::Chair); !ok)
        return ok;
    return publishSessionRecord(sessionkinds::floor,
        { { QStringLiteral("action"), QStringLiteral("call") }, { QStringLiteral("request"), requestHash } },
        QStringLiteral("speaker-called"), requestHash, {});
}

Status SessionService::callNextSpeaker()
{
    QList<SpeakRequest> queue = m_state.queue(m_state.currentItemId);
    if (queue.isEmpty())
        queue = m_state.queue();
    if (queue.isEmpty())
        return Status::failure(tr("Nobody is waiting to speak"));
    return callSpeaker(queue.first().hash);
}

Status SessionService::startSpeakingTime()
{
    return timeFloor(QStringLiteral("start"), QStringLiteral("speaking-started"));
}

Status SessionService::stopSpeakingTime()
{
    return timeFloor(QStringLiteral("stop"), QStringLiteral("speaking-stopped"));
}

Status SessionService::timeFloor(const QString &floorAction, const QString &auditAction)
{
    if (Status ok = requireRole(Role::Chair); !ok)
        return ok;
    if (!m_state.floor)
        return Status::failure(tr("Nobody has the floor"));
    return publishSessionRecord(sessionkinds::floor,
        { { QStringLiteral("action"), floorAction }, { QStringLiteral("request"), m_state.floor->requestHash } },
        auditAction, m_state.floor->participantId, {});
}

Status SessionService::setCurrentItem(const QString &itemId)
{
    if (Status ok = requireRole(Role::Chair); !ok)
        return ok;
    return publishSessionRecord(sessionkinds::agendaItem, { { QStringLiteral("item"), itemId } },
        QStringLiteral("agenda-item"), itemId, {});
}

Status SessionService::broadcastPage(const QString &documentSha256, int page)
{
    if (Status ok = requireRole(Role::Chair); !ok)
        return ok;
    // Page turns are frequent and carry no decision: not worth an audit entry each.
    return publishSessionRecord(sessionkinds::presenter,
        { { QStringLiteral("document"), documentSha256 }, { QStringLiteral("page"), page } }, {}, {}, {});
}

Result<QString> SessionService::openPoll(const PollDefinition &poll)
{
    if (Status ok = requireRole(Role::Chair); !ok)
        return Result<QString>::failure(ok.error());
    if (Status valid = poll.validate(); !valid)
        return Result<QString>::failure(valid.error());
    if (m_state.poll(poll.id) || m_openedPollIds.contains(poll.id))
        return Result<QString>::failure(tr("A poll with this id was already opened"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const SignedRecord r = makePollOpen(m_meetingId, poll, m_roster->recordHash, now, *m_key);
    m_openedPollIds.insert(poll.id);
    if (Status s = publishRecord(r, sessionRecordFileName(r, now), QStringLiteral("poll-opened"),
            poll.id, poll.title);
        !s)
        return Result<QString>::failure(s.error());
    return poll.id;
}

QString SessionService::nextPollId() const
{
    for (int n = int(m_state.polls.size()) + 1;; ++n) {
        const QString id = QStringLiteral("bq-%1").arg(n);
        if (!m_state.poll(id) && !m_openedPollIds.contains(id))
            return id;
    }
}

Status SessionService::castVote(const QString &pollId, const QList<int> &choices)
{
    if (Status ok = requireEnrolled(); !ok)
        return ok;
    if (!m_background)
        refresh(); // a close that arrived meanwhile (the app reads it in the background)
    const PollState *poll = m_state.poll(pollId);
    if (!poll)
        return Status::failure(tr("No such poll"));
    if (poll->closed)
        return Status::failure(tr("The poll is closed"));
    // Every ballot this seat cast counts for the sequence, on the share or not (one deleted
    // from the share must not make the next ballot reuse its number).
    QList<SessionFile> files = ballotFilesOf(m_files, pollId);
    for (const OwnRecord &own : ownRecords())
        if (own.record && own.record->kind() == QLatin1String(Ballot::recordKind))
            files << SessionFile { own.item.deviceId, own.item.fileName, own.item.bytes, own.record };
    // A poll is voted under the roster it was opened with (docs/session.md).
    const Roster &pollRoster = poll->roster.roster;
    if (!pollRoster.deviceForKey(m_key->publicKey()))
        return Status::failure(tr("This device was enrolled after poll %1 was opened; it can vote "
                                  "from the next poll on")
                                   .arg(pollId));
    const qint64 sequence = nextBallotSequence(poll->open, pollRoster, self()->id, files);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Result<SignedRecord> ballot
        = makeBallot(poll->open, pollRoster, self()->id, *m_key, sequence, choices, now);
    if (!ballot)
        return Status::failure(ballot.error());
    // Kept on this device only: lets it recognise its own secret ballot in the close record.
    try {
        rememberOwnChoices(ballot->hash(), choices);
    } catch (const DatabaseError &error) {
        return cacheFailure(error);
    }
    return publishRecord(ballot.value(), ballotFileName(poll->open, ballot.value()), QStringLiteral("ballot-cast"),
        pollId, poll->open.poll.secret ? tr("secret ballot") : choicesText(choices));
}

// The close is made by the scan that reads the latest ballots (on the worker in the app).
Status SessionService::closePoll(const QString &pollId)
{
    if (Status ok = requireRole(Role::Chair); !ok)
        return ok;
    const PollState *poll = m_state.poll(pollId);
    if (!poll)
        return Status::failure(tr("No such poll"));
    if (poll->closed)
        return Status::failure(tr("The poll is already closed"));
    if (poll->open.poll.secret && m_key->publicKey() != poll->open.chairKey)
        return Status::failure(secretCloseDeviceMessage(poll->open, poll->roster.roster));
    m_pendingClose = pollId;
    return afterAction();
}

QByteArray SessionService::exportPollCsv(const QString &pollId) const
{
    const PollState *poll = m_state.poll(pollId);
    if (!poll || !poll->closed)
        return {};
    return exportResultCsv(poll->open, poll->roster.roster, poll->verification.close, poll->result);
}

Status SessionService::recordConclusion(
    const QString &itemId, const QString &conclusion, const QStringList &pollIds)
{
    return recordDecision(itemId, conclusion, pollIds, {});
}

Status SessionService::confirmConclusion(const QString &draftHash)
{
    if (Status ok = requireRole(Role::Chair); !ok)
        return ok;
    const ConclusionDraft *draft = m_state.conclusionDraft(draftHash);
    if (!draft)
        return Status::failure(tr("No such draft conclusion"));
    if (draft->confirmed)
        return Status::failure(tr("This conclusion is already in the decision record"));
    return recordDecision(draft->itemId, draft->conclusion, draft->pollIds, draft->hash);
}

Status SessionService::recordDecision(const QString &itemId, const QString &conclusion,
    const QStringList &pollIds, const QString &draftHash)
{
    if (Status ok = requireEnrolled(); !ok)
        return ok;
    if (self()->role != Role::Chair && self()->role != Role::Secretary)
        return Status::failure(tr("Only the chair or the secretary may record a conclusion"));
    if (conclusion.trimmed().isEmpty())
        return Status::failure(tr("The conclusion is empty"));
    for (const QString &id : pollIds) {
        const PollState *p = m_state.poll(id);
        if (!p || !p->closed)
            return Status::failure(tr("Poll %1 is not closed").arg(id));
    }
    if (self()->role == Role::Secretary) {
        return publishSessionRecord(sessionkinds::conclusionDraft,
            { { QStringLiteral("item"), itemId }, { QStringLiteral("conclusion"), conclusion },
                { QStringLiteral("polls"), QJsonArray::fromStringList(pollIds) } },
            QStringLiteral("conclusion-draft"), itemId, conclusion);
    }
    if (!m_state.chain.ok())
        return Status::failure(tr("The decision chain on the share has problems; resolve them first"));
    DecisionRecord d;
    d.meetingId = m_meetingId;
    d.agendaItemId = itemId;
    d.conclusion = conclusion;
    d.draftHash = draftHash;
    for (const QString &id : pollIds)
        d.pollCloseHashes << m_state.poll(id)->closeHash;
    d.recordedAt = QDateTime::currentDateTimeUtc();
    std::optional<SignedRecord> previous;
    const qint64 known = m_state.chain.decisions.size();
    if (m_ownDecisionHead && m_ownDecisionHead->payload().value(u"height").toInteger() == known) {
        previous = m_ownDecisionHead; // written a moment ago, not read back from the share yet
    } else if (known > 0) {
        for (const SessionFile &f : std::as_const(m_files)) {
            const Result<SignedRecord> r = SignedRecord::fromBytes(f.bytes);
            if (r && r->hash() == m_state.chain.hashes.last())
                previous = r.value();
        }
        if (!previous)
            return Status::failure(tr("The last decision could not be read again"));
    }
    const SignedRecord r = appendDecision(previous ? &*previous : nullptr, d, *m_key);
    m_ownDecisionHead = r;
    return publishRecord(r, sessionRecordFileName(r, d.recordedAt), QStringLiteral("decision"), itemId,
        conclusion);
}

Status SessionService::writeMinutes(const QString &pdfPath, const MinutesInfo &info) const
{
    if (!m_state.minutesSha256.isEmpty())
        return Status::failure(tr("The chair has signed the minutes; they are locked"));
    MinutesContent content = minutesContentFor(meeting().value_or(Meeting {}), m_state);
    content.number = info.number;
    content.place = info.place;
    return minutes::writePdf(pdfPath, content, m_state);
}

Status SessionService::signMinutes(const QString &pdfPath)
{
    if (Status ok = requireRole(Role::Chair); !ok)
        return ok;
    if (!m_state.minutesSha256.isEmpty())
        return Status::failure(tr("The minutes are already signed"));
    const QString sha = Sha256::hexOfFile(pdfPath);
    if (sha.isEmpty())
        return Status::failure(tr("Cannot read %1").arg(pdfPath));
    return publishSessionRecord(sessionkinds::minutesSigned, { { QStringLiteral("sha256"), sha } },
        QStringLiteral("minutes-signed"), m_meetingId, sha);
}

Status SessionService::writeAttendancePdf(const QString &pdfPath) const
{
    return minutes::writeAttendancePdf(
        pdfPath, minutesContentFor(meeting().value_or(Meeting {}), m_state), m_state);
}

} // namespace phonghop
