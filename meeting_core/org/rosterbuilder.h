#pragma once

#include "meeting_core/domain/meeting.h"
#include "meeting_core/org/peopledirectory.h"
#include "meeting_core/trust/roster.h"
#include "meeting_core/trust/signingkey.h"
#include "meeting_core/util/result.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace phonghop {

// Fills in what a meeting's participants leave out from the directory: the name and position
// of a participant given only by id (and the role and weight when those are missing too).
// Participants not in the directory are kept as they are.
void completeParticipantsFromDirectory(
    QList<Participant> &participants, const PeopleDirectory &directory);

// The meeting's roster: its participants with their roles and weights, and the enrolled
// (not revoked) devices the directory lists for each. Guests and secretaries get weight 0.
Roster buildRoster(const Meeting &meeting, const PeopleDirectory &directory, qint64 revision,
    const QDateTime &issuedAt);

// Rosters travel in the organisation key's own device folder:
// devices/<deviceIdOf(organisation key)>/roster-<meeting id>-<revision, 6 digits>.json.
QString rosterFileName(const Roster &roster);
Status writeRosterToShare(
    const QString &shareRoot, const Roster &roster, const SigningKey &organisationKey);

// The newest roster revision on the share for the meeting signed by the organisation key.
std::optional<VerifiedRoster> latestRosterOnShare(
    const QString &shareRoot, const QString &meetingId, const QByteArray &organisationKey);

// Writes the meeting's roster beside its manifest when it differs from the newest one on the
// share (participants, roles, weights or devices changed): a new revision, signed. Returns
// the revision now in force (the existing one when nothing changed).
Result<qint64> publishRoster(const QString &shareRoot, const Meeting &meeting,
    const PeopleDirectory &directory, const SigningKey &organisationKey,
    const QDateTime &now = QDateTime::currentDateTimeUtc());

} // namespace phonghop
