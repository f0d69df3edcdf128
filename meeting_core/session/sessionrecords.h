#pragma once

#include "meeting_core/trust/roster.h"
#include "meeting_core/trust/signedrecord.h"
#include "meeting_core/util/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace phonghop {

// The live-session records a seat writes into its own device folder (docs/session.md).
// Every one is a SignedRecord whose payload carries "meeting" (the roster's meeting id) and
// "at" (ISO 8601 UTC), so a record can never be replayed into another meeting.
namespace sessionkinds {
inline const QString checkIn = QStringLiteral("check-in"); // participant (self or by secretary)
inline const QString absence = QStringLiteral("absence"); // participant, reason
inline const QString proxy = QStringLiteral("proxy"); // participant gives proxy to "to"
inline const QString speakRequest = QStringLiteral("speak-request"); // item, type speak|question
inline const QString floor = QStringLiteral("floor"); // chair: action call|start|stop, request
inline const QString agendaItem = QStringLiteral("agenda-item"); // chair: item
inline const QString presenter = QStringLiteral("presenter"); // chair: document sha256, page
inline const QString minutesSigned = QStringLiteral("minutes-signed"); // chair: pdf sha256
// secretary (or chair): item, conclusion, polls, document (a cited file's sha256, optional) —
// the chair confirms it into the decision chain
inline const QString conclusionDraft = QStringLiteral("conclusion-draft");
// the speakers' list (docs/session.md, "The speakers' list"):
inline const QString speakWithdraw = QStringLiteral("speak-withdraw"); // request (one's own)
// chair: action close|reopen|order|remove, item; order: type, requests; remove: request
inline const QString speakersList = QStringLiteral("speakers-list");
inline const QString speakingLimit = QStringLiteral("speaking-limit"); // chair: item, seconds
// chair: item, status done|deferred|withdrawn|open (open takes a mark back)
inline const QString itemStatus = QStringLiteral("item-status");
} // namespace sessionkinds

// The longest topic a speaking request may carry (its `text`), in characters.
constexpr int maxSpeakTextLength = 200;
// The longest speaking time the chair may set per speaker (four hours), in seconds.
constexpr int maxSpeakingLimitSecs = 4 * 60 * 60;

// Makes a signed session record; fields are added to {"meeting","at"}.
SignedRecord makeSessionRecord(const QString &kind, const QString &meetingId, const QDateTime &at,
    QJsonObject fields, const SigningKey &key);

// The file name a record gets in devices/<device>/: "<kind>-<yyyyMMddhhmmsszzz>-<tag>.json",
// the tag from the record's own signature (recordFileTag), so that nobody with write access to
// the share can take the name before the record exists. Names only have to be unique per
// device; readers never rely on them (except that ballot files start with "ballot-<poll id>-",
// see ballotFileName()). Format 1.0 writers ended the name with 8 hex digits of the record hash.
QString sessionRecordFileName(const SignedRecord &record, const QDateTime &at);

} // namespace phonghop
