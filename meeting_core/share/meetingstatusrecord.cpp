#include "meetingstatusrecord.h"

#include "meeting_core/trust/signingkey.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace phonghop::meetingstatusrecord {

namespace {

// The context of this file's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::MeetingStatusRecord)
};

// The new time keeps its offset (the meeting's), so every seat shows the same hour.
QString offsetTimeText(const QDateTime &time)
{
    return time.isValid() ? time.toString(Qt::ISODate) : QString();
}

} // namespace

Status check(const MeetingStatus &status)
{
    const bool needsReason = status.kind == MeetingStatusKind::Postponed
        || status.kind == MeetingStatusKind::Cancelled;
    if (needsReason && status.reason.trimmed().isEmpty())
        return Status::failure(
            Tr::tr("Say why the meeting is %1: a postponement or a cancellation needs a reason.")
                .arg(meetingStatusDisplayName(status.kind).toLower()));
    if (status.kind != MeetingStatusKind::Postponed && status.until.isValid())
        return Status::failure(Tr::tr("Only a postponed meeting has a new date."));
    return Status::success();
}

SignedRecord create(
    const QString &meetingId, int number, const MeetingStatus &status, const SigningKey &key)
{
    QJsonObject payload {
        { QStringLiteral("meetingId"), meetingId },
        { QStringLiteral("number"), number },
        { QStringLiteral("status"), meetingStatusKey(status.kind) },
        { QStringLiteral("reason"), status.reason.trimmed() },
        { QStringLiteral("issuedAt"),
            toIsoUtc(
                status.issuedAt.isValid() ? status.issuedAt : QDateTime::currentDateTimeUtc()) },
    };
    if (status.until.isValid())
        payload.insert(QStringLiteral("until"), offsetTimeText(status.until));
    return SignedRecord::create(kind, payload, key);
}

Result<MeetingStatus> read(const QByteArray &bytes, const QString &meetingId, int number,
    const QByteArray &organisationKey)
{
    using R = Result<MeetingStatus>;
    const Result<SignedRecord> record = SignedRecord::fromBytes(bytes, kind);
    if (!record)
        return R::failure(record.error());
    if (record->signerPublicKey() != organisationKey)
        return R::failure(Tr::tr("it is not signed by the organisation's key"));
    const QJsonObject payload = record->payload();
    if (payload.value(u"meetingId").toString() != meetingId
        || payload.value(u"number").toInt(-1) != number)
        return R::failure(Tr::tr("it names another meeting or number than its file name"));
    MeetingStatus status;
    const QString key = payload.value(u"status").toString();
    const std::optional<MeetingStatusKind> parsed = meetingStatusFromKey(key);
    if (!parsed)
        return R::failure(Tr::tr("unknown status \"%1\"").arg(key));
    status.kind = *parsed;
    status.reason = payload.value(u"reason").toString();
    status.issuedAt = fromIsoUtc(payload.value(u"issuedAt").toString());
    const QString until = payload.value(u"until").toString();
    if (!until.isEmpty()) {
        status.until = QDateTime::fromString(until, Qt::ISODate);
        if (!status.until.isValid())
            return R::failure(Tr::tr("\"until\" is not a date and time"));
    }
    status.number = number;
    if (const Status valid = check(status); !valid)
        return R::failure(valid.error());
    return status;
}

} // namespace phonghop::meetingstatusrecord
