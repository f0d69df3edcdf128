#include "sessionrecords.h"

#include "meeting_core/share/sharewriter.h"
#include "meeting_core/trust/devicekey.h"
#include "meeting_core/voting/pollrecords.h"

namespace phonghop {

SignedRecord makeSessionRecord(const QString &kind, const QString &meetingId,
    const QDateTime &at, QJsonObject fields, const SigningKey &key)
{
    fields.insert(QStringLiteral("meeting"), meetingId);
    fields.insert(QStringLiteral("at"), toIsoUtc(at));
    return SignedRecord::create(kind, fields, key);
}

QString sessionRecordFileName(const SignedRecord &record, const QDateTime &at)
{
    return record.kind() + u'-' + at.toUTC().toString(QStringLiteral("yyyyMMddhhmmsszzz")) + u'-'
        + recordFileTag(record) + QStringLiteral(".json");
}

QString rosterFileName(const Roster &roster)
{
    return QStringLiteral("roster-%1-%2.json")
        .arg(roster.meetingId)
        .arg(roster.revision, 6, 10, QLatin1Char('0'));
}

Status writeRosterToShare(
    const QString &shareRoot, const Roster &roster, const SigningKey &organisationKey)
{
    const SignedRecord record = signRoster(roster, organisationKey);
    return ShareWriter(shareRoot).writeDeviceRecord(
        deviceIdOf(organisationKey.publicKey()), rosterFileName(roster), record.toBytes());
}

} // namespace phonghop
