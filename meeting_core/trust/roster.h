#pragma once

#include "meeting_core/domain/meeting.h"
#include "meeting_core/trust/signedrecord.h"
#include "meeting_core/util/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace phonghop {

// Role, roleKey(), roleFromKey() and roleDisplayName() come from the domain (meeting.h).

// One installation of a participant: its folder name on the share and its public key.
struct RosterDevice {
    QString id; // the devices/<id>/ folder; deviceIdOf(publicKey) by default
    QByteArray publicKey; // Ed25519, 32 bytes
    QString label; // "Máy tính bảng", shown to people only
};

struct RosterParticipant {
    QString id; // stable within the meeting ("nguyen-van-an")
    QString name; // "Nguyễn Văn An"
    QString title; // "Phó Chủ tịch UBND xã"
    Role role = Role::Delegate;
    // Vote weight, a whole number; 0 = present without a vote (guests always have 0). Readers
    // refuse more than maximumWeight (as the people directory does), so sums never overflow.
    static constexpr qint64 maximumWeight = 1'000'000'000;
    qint64 weight = 1;
    QList<RosterDevice> devices;

    bool entitledToVote() const { return role != Role::Guest && weight > 0; }
};

// The meeting roster: who takes part, in which role, with which keys. Published by the
// secretary as a signed record of kind "roster"; a newer revision replaces an older one.
struct Roster {
    static constexpr auto recordKind = "roster";

    QString meetingId;
    qint64 revision = 1;
    QDateTime issuedAt;
    QList<RosterParticipant> participants;
    // Rules of the body about proxies ("ủy quyền", docs/session.md). A roster without these
    // fields reads as before they existed: a proxy holder does not vote for the absent member,
    // and members represented by proxy count towards the quorum.
    bool proxyVoting = false; // the proxy holder may cast the absent member's ballot
    bool countProxiesForQuorum = true; // members represented by proxy count as present

    const RosterParticipant *participant(const QString &id) const;
    const RosterParticipant *participantForKey(const QByteArray &publicKey) const;
    const RosterDevice *deviceForKey(const QByteArray &publicKey) const;
    const RosterDevice *device(const QString &deviceId) const;
    // The chair (the first participant with that role), or nullptr.
    const RosterParticipant *chair() const;
    // Public keys of every device of every participant with the role.
    QList<QByteArray> keysOfRole(Role role) const;
    bool keyHasRole(const QByteArray &publicKey, Role role) const;

    // Structural checks: unique ids, valid keys, no key shared by two devices, one chair.
    Status validate() const;

    QJsonObject toJson() const;
    static Result<Roster> fromJson(const QJsonObject &object);
};

// Signs a roster with the organisation's (secretariat's) key.
SignedRecord signRoster(const Roster &roster, const SigningKey &organisationKey);

struct VerifiedRoster {
    Roster roster;
    QString recordHash; // poll-open records cite it
};

// Parses and verifies a roster record: a valid signature, by the key whose fingerprint the
// installation pinned (checkOrganisationPin), and a well-formed roster.
Result<VerifiedRoster> verifyRoster(
    const QByteArray &recordBytes, const QString &pinnedOrganisationFingerprint);

// A newer roster must be for the same meeting and have a higher revision; a lower one is a
// rollback (an old file put back on the share) and is refused.
Status checkRosterSuccession(const Roster &current, const Roster &candidate);

} // namespace phonghop
