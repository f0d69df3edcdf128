#pragma once

#include "meeting_core/domain/meetingstatus.h"
#include "meeting_core/trust/signedrecord.h"
#include "meeting_core/util/result.h"

#include <QByteArray>
#include <QString>

namespace phonghop {

class SigningKey;

// A meeting's status record (docs/share-format.md, "Meeting status"): a signed record of kind
// "meeting-status" in meetings/<id>/status-<number>.json, signed by the organisation key.
namespace meetingstatusrecord {

inline const QString kind = QStringLiteral("meeting-status");

// What a status must say before it is signed: a reason for a postponement or a cancellation.
Status check(const MeetingStatus &status);

SignedRecord create(
    const QString &meetingId, int number, const MeetingStatus &status, const SigningKey &key);

// The status a record's bytes carry, once its signature verifies, its signer is the
// organisation key and it names this meeting and number; otherwise why not (translated).
Result<MeetingStatus> read(const QByteArray &bytes, const QString &meetingId, int number,
    const QByteArray &organisationKey);

} // namespace meetingstatusrecord
} // namespace phonghop
