#include "meeting_core/session/sessionservice.h"

#include "meeting_core/session/sessionrecords.h"

#include <QJsonArray>

// SessionService: the speakers' list beyond asking for the floor — a delegate withdrawing their
// own request, and the chair's hold on the list (close, reopen, order, remove) and on the
// speaking time per speaker. Each is a signed record, kept in the outbox and audited.
namespace phonghop {

Status SessionService::withdrawRequest(const QString &requestHash)
{
    if (Status ok = requireEnrolled(); !ok)
        return ok;
    const SpeakRequest *request = m_state.request(requestHash);
    if (!request)
        return Status::failure(tr("No such request to speak"));
    if (request->participantId != self()->id)
        return Status::failure(tr("Only %1, who asked, may withdraw this request to speak")
                                   .arg(m_state.participantName(request->participantId)));
    if (request->called)
        return Status::failure(tr("The chair has already given the floor for this request"));
    if (!request->waiting())
        return Status::failure(tr("This request to speak is no longer waiting"));
    return publishSessionRecord(sessionkinds::speakWithdraw,
        { { QStringLiteral("request"), requestHash } }, QStringLiteral("speak-withdraw"),
        request->itemId, speakTypeId(request->type));
}

Status SessionService::speakersListAction(const QString &action, const QString &itemId,
    QJsonObject fields, const QString &auditAction, const QString &subject)
{
    if (Status ok = requireRole(Role::Chair); !ok)
        return ok;
    if (itemId.isEmpty())
        return Status::failure(tr("Choose the agenda item whose speakers' list this is"));
    fields.insert(QStringLiteral("action"), action);
    fields.insert(QStringLiteral("item"), itemId);
    return publishSessionRecord(sessionkinds::speakersList, fields, auditAction, subject, {});
}

Status SessionService::closeSpeakerList(const QString &itemId)
{
    if (m_state.speakerListClosed(itemId))
        return Status::failure(tr("The speakers' list of this item is already closed"));
    return speakersListAction(
        QStringLiteral("close"), itemId, {}, QStringLiteral("speakers-list-closed"), itemId);
}

Status SessionService::reopenSpeakerList(const QString &itemId)
{
    if (!m_state.speakerListClosed(itemId))
        return Status::failure(tr("The speakers' list of this item is open"));
    return speakersListAction(
        QStringLiteral("reopen"), itemId, {}, QStringLiteral("speakers-list-reopened"), itemId);
}

Status SessionService::removeSpeakRequest(const QString &requestHash)
{
    const SpeakRequest *request = m_state.request(requestHash);
    if (!request || !request->waiting())
        return Status::failure(tr("This request to speak is no longer waiting"));
    return speakersListAction(QStringLiteral("remove"), request->itemId,
        { { QStringLiteral("request"), requestHash } }, QStringLiteral("speaker-removed"),
        request->participantId);
}

Status SessionService::reorderSpeakers(
    const QString &itemId, SpeakType type, const QStringList &hashes)
{
    for (const QString &hash : hashes) {
        const SpeakRequest *request = m_state.request(hash);
        if (!request || !request->waiting() || request->itemId != itemId || request->type != type)
            return Status::failure(tr("The list has changed meanwhile; look at it again"));
    }
    return speakersListAction(QStringLiteral("order"), itemId,
        { { QStringLiteral("type"), speakTypeId(type) },
            { QStringLiteral("requests"), QJsonArray::fromStringList(hashes) } },
        QStringLiteral("speakers-reordered"), itemId);
}

Status SessionService::setSpeakingLimit(const QString &itemId, int seconds)
{
    if (Status ok = requireRole(Role::Chair); !ok)
        return ok;
    if (seconds < 0 || seconds > maxSpeakingLimitSecs)
        return Status::failure(
            tr("A speaking time is from 0 (none) to %1 minutes").arg(maxSpeakingLimitSecs / 60));
    return publishSessionRecord(sessionkinds::speakingLimit,
        { { QStringLiteral("item"), itemId }, { QStringLiteral("seconds"), seconds } },
        QStringLiteral("speaking-limit"), itemId.isEmpty() ? m_meetingId : itemId,
        QString::number(seconds));
}

} // namespace phonghop
