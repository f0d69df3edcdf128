#include "meeting_core/session/sessionservice.h"

#include "meeting_core/demo/demoshare.h"
#include "meeting_core/session/minutes.h"
#include "meeting_core/session/sessionrecords.h"
#include "meeting_core/session/sessionscanner.h"
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
#include <algorithm>

#include <QJsonArray>
#include <QJsonDocument>

// SessionService: a seat's actions other than voting, each signed, kept in the outbox and
// audited (attendance, the floor, the current item, the presenter's page, conclusions and
// decisions, the minutes), and the checks they share.
namespace phonghop {

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
    return Status::failure(
        tr("This seat's cache could not record this: %1").arg(QString::fromUtf8(error.what())));
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

Status SessionService::giveProxy(
    const QString &participantId, const QString &to, const QString &reason)
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

Status SessionService::requestToSpeak(const QString &itemId, SpeakType type, const QString &text)
{
    if (Status ok = requireEnrolled(); !ok)
        return ok;
    const QString topic = text.trimmed();
    if (topic.size() > maxSpeakTextLength)
        return Status::failure(tr("The topic is %1 characters long; at most %2 are kept with a "
                                  "request to speak")
                                   .arg(topic.size())
                                   .arg(maxSpeakTextLength));
    if (m_state.speakerListClosed(itemId))
        return Status::failure(tr("The chair has closed the speakers' list of this item: no more "
                                  "requests to speak are taken unless the chair reopens it"));
    QJsonObject fields { { QStringLiteral("item"), itemId },
        { QStringLiteral("type"), speakTypeId(type) } };
    if (!topic.isEmpty())
        fields.insert(QStringLiteral("text"), topic);
    return publishSessionRecord(sessionkinds::speakRequest, fields, QStringLiteral("speak-request"),
        itemId,
        topic.isEmpty() ? speakTypeId(type) : speakTypeId(type) + QStringLiteral(": ") + topic);
}

Status SessionService::callSpeaker(const QString &requestHash)
{
    if (Status ok = requireRole(Role::Chair); !ok)
        return ok;
    return publishSessionRecord(sessionkinds::floor,
        { { QStringLiteral("action"), QStringLiteral("call") },
            { QStringLiteral("request"), requestHash } },
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
        { { QStringLiteral("action"), floorAction },
            { QStringLiteral("request"), m_state.floor->requestHash } },
        auditAction, m_state.floor->participantId, {});
}

Status SessionService::setCurrentItem(const QString &itemId)
{
    if (Status ok = requireRole(Role::Chair); !ok)
        return ok;
    return publishSessionRecord(sessionkinds::agendaItem, { { QStringLiteral("item"), itemId } },
        QStringLiteral("agenda-item"), itemId, {});
}

Status SessionService::markAgendaItem(const QString &itemId, AgendaItemProgress progress)
{
    if (Status ok = requireRole(Role::Chair); !ok)
        return ok;
    if (const std::optional<Meeting> meeting = this->meeting()) {
        const bool known = std::any_of(meeting->agenda.begin(), meeting->agenda.end(),
            [&itemId](const AgendaItem &item) { return item.id == itemId; });
        if (!known)
            return Status::failure(tr("The agenda has no item %1").arg(itemId));
    }
    return publishSessionRecord(sessionkinds::itemStatus,
        { { QStringLiteral("item"), itemId },
            { QStringLiteral("status"), agendaItemProgressId(progress) } },
        QStringLiteral("item-status"), itemId, agendaItemProgressId(progress));
}

Status SessionService::broadcastPage(const QString &documentSha256, int page)
{
    if (Status ok = requireRole(Role::Chair); !ok)
        return ok;
    // Page turns are frequent and carry no decision: not worth an audit entry each.
    return publishSessionRecord(sessionkinds::presenter,
        { { QStringLiteral("document"), documentSha256 }, { QStringLiteral("page"), page } }, {},
        {}, {});
}
Status SessionService::recordConclusion(const QString &itemId, const QString &conclusion,
    const QStringList &pollIds, const QString &documentSha256)
{
    return recordDecision(itemId, conclusion, pollIds, {}, documentSha256);
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
    return recordDecision(
        draft->itemId, draft->conclusion, draft->pollIds, draft->hash, draft->documentSha256);
}

qsizetype SessionService::findDecision(const QString &hashOrPrefix) const
{
    const QString wanted = hashOrPrefix.trimmed().toLower();
    if (wanted.size() < 8)
        return -1;
    qsizetype found = -1;
    for (qsizetype i = 0; i < m_state.chain.hashes.size(); ++i) {
        if (!m_state.chain.hashes.at(i).startsWith(wanted))
            continue;
        if (found >= 0)
            return -1; // ambiguous
        found = i;
    }
    return found;
}

Status SessionService::supersedeConclusion(
    const QString &decisionHash, const QString &conclusion, const QString &documentSha256)
{
    if (Status ok = requireEnrolled(); !ok)
        return ok;
    if (self()->role != Role::Chair)
        return Status::failure(tr("Only the chair may correct a conclusion; nothing was recorded"));
    const qsizetype index = findDecision(decisionHash);
    if (index < 0)
        return Status::failure(
            tr("The decision record has no decision %1").arg(decisionHash.left(80)));
    if (!m_state.chain.isCurrent(index))
        return Status::failure(tr("Decision %1 has already been corrected; correct the decision "
                                  "that replaced it")
                                   .arg(index + 1));
    const DecisionRecord &corrected = m_state.chain.decisions.at(index);
    return recordDecision(corrected.agendaItemId, conclusion, {}, {}, documentSha256, index);
}

Result<QString> SessionService::checkedDocument(const QString &sha256) const
{
    const QString sha = sha256.trimmed().toLower();
    if (sha.isEmpty())
        return QString();
    if (!Sha256::isValidHex(sha))
        return Result<QString>::failure(
            tr("\"%1\" is not a SHA-256 (64 hexadecimal digits): cite a document by the "
               "SHA-256 of its file on the share")
                .arg(sha256.trimmed().left(80)));
    // A seat that has the meeting knows its documents: a hash it knows nothing of is a typo.
    if (const std::optional<Meeting> m = meeting()) {
        const bool listed = std::any_of(m->documents.cbegin(), m->documents.cend(),
            [&sha](const DocumentRef &d) { return d.sha256 == sha; });
        if (!listed && !m_cache.objects().contains(sha))
            return Result<QString>::failure(
                tr("No document of this meeting has the SHA-256 %1").arg(sha));
    }
    return sha;
}

Status SessionService::recordDecision(const QString &itemId, const QString &conclusion,
    const QStringList &pollIds, const QString &draftHash, const QString &documentSha256,
    qsizetype supersededIndex)
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
    const Result<QString> document = checkedDocument(documentSha256);
    if (!document)
        return Status::failure(document.error());
    if (self()->role == Role::Secretary) {
        QJsonObject fields { { QStringLiteral("item"), itemId },
            { QStringLiteral("conclusion"), conclusion },
            { QStringLiteral("polls"), QJsonArray::fromStringList(pollIds) } };
        if (!document->isEmpty())
            fields.insert(QStringLiteral("document"), document.value());
        return publishSessionRecord(sessionkinds::conclusionDraft, fields,
            QStringLiteral("conclusion-draft"), itemId, conclusion);
    }
    if (!m_state.chain.ok())
        return Status::failure(
            tr("The decision chain on the share has problems; resolve them first"));
    DecisionRecord d;
    d.meetingId = m_meetingId;
    d.agendaItemId = itemId;
    d.conclusion = conclusion;
    d.draftHash = draftHash;
    d.documentSha256 = document.value();
    for (const QString &id : pollIds)
        d.pollCloseHashes << m_state.poll(id)->closeHash;
    if (supersededIndex >= 0) { // a correction rests on what the corrected decision rested on
        d.supersedes = m_state.chain.hashes.at(supersededIndex);
        d.pollCloseHashes = m_state.chain.decisions.at(supersededIndex).pollCloseHashes;
    }
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
    return publishRecord(r, sessionRecordFileName(r, d.recordedAt),
        supersededIndex >= 0 ? QStringLiteral("decision-correction") : QStringLiteral("decision"),
        itemId, conclusion);
}

Status SessionService::writeMinutes(const QString &pdfPath, const MinutesInfo &info) const
{
    if (!m_state.minutesSha256.isEmpty())
        return Status::failure(tr("The chair has signed the minutes; they are locked"));
    MinutesContent content = minutesContentFor(meeting().value_or(Meeting {}), m_state);
    // What is not given is what was kept for this meeting (documentDetails).
    const DocumentDetails kept = documentDetails();
    content.number = !info.number.trimmed().isEmpty()
        ? info.number
        : (kept.kept ? kept.minutes.number : QString());
    content.place = !info.place.trimmed().isEmpty() ? info.place
                                                    : (kept.kept ? kept.minutes.place : QString());
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
