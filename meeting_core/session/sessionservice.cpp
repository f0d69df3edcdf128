#include "sessionservice.h"

#include "demo/demoshare.h"
#include "session/minutes.h"
#include "session/sessionrecords.h"
#include "share/sharereader.h"
#include "share/sharewriter.h"
#include "store/auditlog.h"
#include "store/meetingcache.h"
#include "store/outbox.h"
#include "trust/devicekey.h"
#include "util/sha256.h"

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
{
    connect(&m_timer, &QTimer::timeout, this, [this] { refresh(); });
    loadIdentity();
}

SessionService::~SessionService() = default;

void SessionService::setSharePath(const QString &sharePath)
{
    m_sharePath = sharePath;
    loadIdentity();
}

void SessionService::setMeetingId(const QString &meetingId)
{
    m_meetingId = meetingId;
    m_roster.reset();
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

QString SessionService::valueKey(const QString &name) const
{
    return QStringLiteral("session/") + m_meetingId + u'/' + name;
}

bool SessionService::isDemoShare() const
{
    const Result<ShareInfo> info = ShareReader(m_sharePath).readInfo();
    return info && info->organisationKey == demoshare::organisationKey().publicKey();
}

QString SessionService::actingAs() const
{
    return m_cache.value(actAsKey);
}

Status SessionService::actAs(const QString &participantId)
{
    if (!participantId.isEmpty() && !isDemoShare())
        return Status::failure(tr("Acting as another participant is only possible on the demo share"));
    m_cache.setValue(actAsKey, participantId);
    const Status loaded = loadIdentity();
    Q_EMIT identityChanged();
    refresh();
    return loaded;
}

Status SessionService::loadIdentity()
{
    const QString demo = m_cache.value(actAsKey);
    if (!demo.isEmpty() && isDemoShare()) {
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

Status SessionService::loadRoster()
{
    const ShareReader reader(m_sharePath);
    QString pin;
    const QString pinned = m_cache.value(cachekeys::organisationKey);
    if (!pinned.isEmpty()) {
        pin = keyFingerprint(QByteArray::fromBase64(pinned.toLatin1()));
    } else {
        const Result<ShareInfo> info = reader.readInfo();
        if (!info)
            return Status::failure(info.error());
        pin = keyFingerprint(info->organisationKey);
    }
    std::optional<VerifiedRoster> best;
    const QString prefix = QStringLiteral("roster-") + m_meetingId + u'-';
    for (const QString &device : reader.deviceIds()) {
        for (const QString &name : reader.deviceRecordNames(device)) {
            if (!name.startsWith(prefix))
                continue;
            const Result<QByteArray> bytes = reader.readDeviceRecord(device, name);
            if (!bytes)
                continue;
            Result<VerifiedRoster> roster = verifyRoster(bytes.value(), pin);
            if (!roster || roster->roster.meetingId != m_meetingId)
                continue;
            if (!best || roster->roster.revision > best->roster.revision)
                best = std::move(roster).value();
        }
    }
    if (!best)
        return Status::failure(tr("The share holds no roster signed by the organisation for this meeting yet"));
    if (m_roster) {
        if (best->recordHash == m_roster->recordHash)
            return Status::success();
        if (Status next = checkRosterSuccession(m_roster->roster, best->roster); !next)
            return next; // keep the roster we have
    }
    m_roster = std::move(best);
    return Status::success();
}

QList<SessionFile> SessionService::readShare()
{
    QList<SessionFile> files;
    const ShareReader reader(m_sharePath);
    for (const QString &device : reader.deviceIds()) {
        for (const QString &name : reader.deviceRecordNames(device)) {
            if (name.startsWith(QStringLiteral("roster-")))
                continue;
            const Result<QByteArray> bytes = reader.readDeviceRecord(device, name);
            if (bytes)
                files << SessionFile { device, name, bytes.value() };
        }
    }
    return files;
}

Status SessionService::refresh()
{
    // Deliver first, so this seat's own records are part of what it reads.
    ShareWriter writer(m_sharePath);
    for (const Outbox::Item &item : m_outbox->pending()) {
        if (writer.writeDeviceRecord(item.deviceId, item.fileName, item.bytes))
            m_outbox->markDelivered(item.id);
    }
    if (Status roster = loadRoster(); !roster && !m_roster) {
        Q_EMIT stateChanged();
        return roster;
    }
    m_files = readShare();
    SessionContext ctx;
    const RosterParticipant *me = self();
    ctx.ownParticipantId = me ? me->id : QString();
    ctx.ownKey = m_key ? &*m_key : nullptr;
    ctx.chairKey = isChair() ? &*m_key : nullptr;
    ctx.seenChain.length = m_cache.value(valueKey(QStringLiteral("chain-length"))).toLongLong();
    ctx.seenChain.headHash = m_cache.value(valueKey(QStringLiteral("chain-head")));
    for (const SessionFile &f : std::as_const(m_files)) {
        if (f.fileName.startsWith(QStringLiteral("ballot-")) && f.deviceFolder == deviceId()) {
            const Result<SignedRecord> r = SignedRecord::fromBytes(f.bytes);
            if (r) {
                const QString stored = m_cache.value(QStringLiteral("session/own-ballot/") + r->hash());
                if (!stored.isEmpty())
                    ctx.ownChoices.insert(r->hash(), choicesFrom(stored));
            }
        }
    }
    m_state = foldSession(*m_roster, m_files, ctx);
    if (m_state.chain.ok()) {
        m_cache.setValue(valueKey(QStringLiteral("chain-length")),
            QString::number(m_state.chain.checkpoint.length));
        m_cache.setValue(valueKey(QStringLiteral("chain-head")), m_state.chain.checkpoint.headHash);
    }
    Q_EMIT stateChanged();
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

Status SessionService::publishRecord(const SignedRecord &record, const QString &fileName,
    const QString &action, const QString &subject, const QString &details)
{
    m_outbox->enqueue(deviceId(), fileName, record.toBytes()); // durable first
    m_audit->append(self() ? self()->id : deviceId(), action, subject, details);
    return refresh();
}

Status SessionService::checkIn(const QString &participantId)
{
    if (Status ok = requireEnrolled(); !ok)
        return ok;
    const QString who = participantId.isEmpty() ? self()->id : participantId;
    if (who != self()->id && self()->role != Role::Secretary)
        return Status::failure(tr("Only the secretary may check in someone else"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const SignedRecord r = makeSessionRecord(sessionkinds::checkIn, m_meetingId, now,
        { { QStringLiteral("participant"), who } }, *m_key);
    return publishRecord(r, sessionRecordFileName(r, now), QStringLiteral("check-in"), who, {});
}

Status SessionService::reportAbsence(const QString &participantId, const QString &reason)
{
    if (Status ok = requireEnrolled(); !ok)
        return ok;
    const QString who = participantId.isEmpty() ? self()->id : participantId;
    if (who != self()->id && self()->role != Role::Secretary)
        return Status::failure(tr("Only the secretary may record someone else's absence"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const SignedRecord r = makeSessionRecord(sessionkinds::absence, m_meetingId, now,
        { { QStringLiteral("participant"), who }, { QStringLiteral("reason"), reason } }, *m_key);
    return publishRecord(r, sessionRecordFileName(r, now), QStringLiteral("absence"), who, reason);
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
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const SignedRecord r = makeSessionRecord(sessionkinds::proxy, m_meetingId, now,
        { { QStringLiteral("participant"), who }, { QStringLiteral("to"), to },
            { QStringLiteral("reason"), reason } },
        *m_key);
    return publishRecord(r, sessionRecordFileName(r, now), QStringLiteral("proxy"), who,
        tr("to %1").arg(to));
}

Status SessionService::requestToSpeak(const QString &itemId, SpeakType type)
{
    if (Status ok = requireEnrolled(); !ok)
        return ok;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const SignedRecord r = makeSessionRecord(sessionkinds::speakRequest, m_meetingId, now,
        { { QStringLiteral("item"), itemId }, { QStringLiteral("type"), speakTypeId(type) } }, *m_key);
    return publishRecord(r, sessionRecordFileName(r, now), QStringLiteral("speak-request"), itemId,
        speakTypeId(type));
}

Status SessionService::callSpeaker(const QString &requestHash)
{
    if (Status ok = requireRole(Role::Chair); !ok)
        return ok;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const SignedRecord r = makeSessionRecord(sessionkinds::floor, m_meetingId, now,
        { { QStringLiteral("action"), QStringLiteral("call") }, { QStringLiteral("request"), requestHash } },
        *m_key);
    return publishRecord(r, sessionRecordFileName(r, now), QStringLiteral("speaker-called"), requestHash, {});
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
    if (Status ok = requireRole(Role::Chair); !ok)
        return ok;
    if (!m_state.floor)
        return Status::failure(tr("Nobody has the floor"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const SignedRecord r = makeSessionRecord(sessionkinds::floor, m_meetingId, now,
        { { QStringLiteral("action"), QStringLiteral("start") },
            { QStringLiteral("request"), m_state.floor->requestHash } },
        *m_key);
    return publishRecord(r, sessionRecordFileName(r, now), QStringLiteral("speaking-started"),
        m_state.floor->participantId, {});
}

Status SessionService::stopSpeakingTime()
{
    if (Status ok = requireRole(Role::Chair); !ok)
        return ok;
    if (!m_state.floor)
        return Status::failure(tr("Nobody has the floor"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const SignedRecord r = makeSessionRecord(sessionkinds::floor, m_meetingId, now,
        { { QStringLiteral("action"), QStringLiteral("stop") },
            { QStringLiteral("request"), m_state.floor->requestHash } },
        *m_key);
    return publishRecord(r, sessionRecordFileName(r, now), QStringLiteral("speaking-stopped"),
        m_state.floor->participantId, {});
}

Status SessionService::setCurrentItem(const QString &itemId)
{
    if (Status ok = requireRole(Role::Chair); !ok)
        return ok;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const SignedRecord r = makeSessionRecord(
        sessionkinds::agendaItem, m_meetingId, now, { { QStringLiteral("item"), itemId } }, *m_key);
    return publishRecord(r, sessionRecordFileName(r, now), QStringLiteral("agenda-item"), itemId, {});
}

Status SessionService::broadcastPage(const QString &documentSha256, int page)
{
    if (Status ok = requireRole(Role::Chair); !ok)
        return ok;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const SignedRecord r = makeSessionRecord(sessionkinds::presenter, m_meetingId, now,
        { { QStringLiteral("document"), documentSha256 }, { QStringLiteral("page"), page } }, *m_key);
    // Page turns are frequent and carry no decision: not worth an audit entry each.
    m_outbox->enqueue(deviceId(), sessionRecordFileName(r, now), r.toBytes());
    return refresh();
}

Result<QString> SessionService::openPoll(const PollDefinition &poll)
{
    if (Status ok = requireRole(Role::Chair); !ok)
        return Result<QString>::failure(ok.error());
    if (Status valid = poll.validate(); !valid)
        return Result<QString>::failure(valid.error());
    if (m_state.poll(poll.id))
        return Result<QString>::failure(tr("A poll with this id was already opened"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const SignedRecord r = makePollOpen(m_meetingId, poll, m_roster->recordHash, now, *m_key);
    if (Status s = publishRecord(r, sessionRecordFileName(r, now), QStringLiteral("poll-opened"),
            poll.id, poll.title);
        !s)
        return Result<QString>::failure(s.error());
    return poll.id;
}

QList<SessionFile> SessionService::ballotFilesOf(const PollOpen &open) const
{
    QList<SessionFile> files;
    const QString prefix = QStringLiteral("ballot-") + open.poll.id + u'-';
    for (const SessionFile &f : m_files)
        if (f.fileName.startsWith(prefix))
            files << f;
    return files;
}

Status SessionService::castVote(const QString &pollId, const QList<int> &choices)
{
    if (Status ok = requireEnrolled(); !ok)
        return ok;
    refresh(); // a close that arrived meanwhile
    const PollState *poll = m_state.poll(pollId);
    if (!poll)
        return Status::failure(tr("No such poll"));
    if (poll->closed)
        return Status::failure(tr("The poll is closed"));
    QList<SessionFile> files = ballotFilesOf(poll->open);
    for (const Outbox::Item &item : m_outbox->pending()) // not yet on the share
        files << SessionFile { item.deviceId, item.fileName, item.bytes };
    const qint64 sequence = nextBallotSequence(poll->open, m_roster->roster, self()->id, files);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Result<SignedRecord> ballot
        = makeBallot(poll->open, m_roster->roster, self()->id, *m_key, sequence, choices, now);
    if (!ballot)
        return Status::failure(ballot.error());
    // Kept on this device only: lets it recognise its own secret ballot in the close record.
    m_cache.setValue(QStringLiteral("session/own-ballot/") + ballot->hash(), choicesText(choices));
    return publishRecord(ballot.value(), ballotFileName(pollId, sequence), QStringLiteral("ballot-cast"),
        pollId, poll->open.poll.secret ? tr("secret ballot") : choicesText(choices));
}

Status SessionService::closePoll(const QString &pollId)
{
    if (Status ok = requireRole(Role::Chair); !ok)
        return ok;
    refresh(); // the latest ballots
    const PollState *poll = m_state.poll(pollId);
    if (!poll)
        return Status::failure(tr("No such poll"));
    if (poll->closed)
        return Status::failure(tr("The poll is already closed"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const BallotCollection ballots
        = collectBallots(poll->open, m_roster->roster, ballotFilesOf(poll->open), now, &*m_key);
    QStringList present;
    for (const AttendanceEntry &e : m_state.attendance)
        if (e.status == AttendanceStatus::Present)
            present << e.participantId;
    const Result<ClosedPoll> closed
        = phonghop::closePoll(poll->open, m_roster->roster, present, ballots, now, *m_key);
    if (!closed)
        return Status::failure(closed.error());
    return publishRecord(closed->record, sessionRecordFileName(closed->record, now),
        QStringLiteral("poll-closed"), pollId,
        closed->tally.passed ? tr("passed") : tr("not passed"));
}

QByteArray SessionService::exportPollCsv(const QString &pollId) const
{
    const PollState *poll = m_state.poll(pollId);
    if (!poll || !poll->closed || !m_roster)
        return {};
    return exportResultCsv(poll->open, m_roster->roster, poll->verification.close, poll->result);
}

Status SessionService::recordConclusion(
    const QString &itemId, const QString &conclusion, const QStringList &pollIds)
{
    if (Status ok = requireRole(Role::Chair); !ok)
        return ok;
    if (!m_state.chain.ok())
        return Status::failure(tr("The decision chain on the share has problems; resolve them first"));
    DecisionRecord d;
    d.meetingId = m_meetingId;
    d.agendaItemId = itemId;
    d.conclusion = conclusion;
    for (const QString &id : pollIds) {
        const PollState *p = m_state.poll(id);
        if (!p || !p->closed)
            return Status::failure(tr("Poll %1 is not closed").arg(id));
        d.pollCloseHashes << p->closeHash;
    }
    d.recordedAt = QDateTime::currentDateTimeUtc();
    std::optional<SignedRecord> previous;
    if (!m_state.chain.hashes.isEmpty()) {
        for (const SessionFile &f : std::as_const(m_files)) {
            const Result<SignedRecord> r = SignedRecord::fromBytes(f.bytes);
            if (r && r->hash() == m_state.chain.hashes.last())
                previous = r.value();
        }
        if (!previous)
            return Status::failure(tr("The last decision could not be read again"));
    }
    const SignedRecord r = appendDecision(previous ? &*previous : nullptr, d, *m_key);
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
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const SignedRecord r = makeSessionRecord(
        sessionkinds::minutesSigned, m_meetingId, now, { { QStringLiteral("sha256"), sha } }, *m_key);
    return publishRecord(r, sessionRecordFileName(r, now), QStringLiteral("minutes-signed"), m_meetingId, sha);
}

Status SessionService::writeAttendancePdf(const QString &pdfPath) const
{
    return minutes::writeAttendancePdf(
        pdfPath, minutesContentFor(meeting().value_or(Meeting {}), m_state), m_state);
}

} // namespace phonghop
