#include "sessionrecords.h"

#include "meeting_core/trust/devicekey.h"
#include "meeting_core/voting/pollrecords.h"

namespace phonghop {

SignedRecord makeSessionRecord(const QString &kind, const QString &meetingId, const QDateTime &at,
    QJsonObject fields, const SigningKey &key)
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

} // namespace phonghop
