#pragma once

#include "meeting_core/domain/meeting.h"
#include "meeting_core/util/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace phonghop {

// One enrolled installation of a person. A revoked device stays listed (with revokedAt) so
// that no later revision, and no roster built from one, can bring it back by omission.
struct DirectoryDevice {
    QString id; // deviceIdOf(publicKey): the devices/<id>/ folder
    QByteArray publicKey; // Ed25519, 32 bytes
    QString label; // "Máy tính bảng phòng họp 2"
    QDateTime approvedAt;
    QDateTime revokedAt; // invalid while the device is enrolled
    QString requestHash; // the enrolment request it was approved from

    bool active() const { return !revokedAt.isValid(); }
};

// A person of the organisation ("danh bạ"): meetings refer to them by id.
struct DirectoryPerson {
    QString id; // stable: lower-case letters, digits and '-' ("nguyen-van-an")
    QString fullName; // "Nguyễn Văn An"
    QString position; // "Phó Chủ tịch UBND xã"
    QString unit; // "Văn phòng HĐND và UBND"
    Role defaultRole = Role::Delegate;
    qint64 weight = 1; // default vote weight; 0: takes part without a vote
    bool retired = false; // left the organisation: kept for the record, not for new meetings
    QList<DirectoryDevice> devices;

    QList<DirectoryDevice> activeDevices() const;
};

// The organisation's directory of people and their devices, a signed record of kind
// "people-directory" (docs/trust.md, "The people directory"). Every change is a new revision;
// revisions are never overwritten.
struct PeopleDirectory {
    static constexpr auto recordKind = "people-directory";

    qint64 revision = 0; // 0: the share has no directory yet
    QDateTime issuedAt;
    QList<DirectoryPerson> people;
    // Enrolment requests answered (approved or rejected), by record hash: not pending again.
    QStringList answeredRequests;
    // The body's rules about proxies, copied into every roster built from the directory
    // (Roster::proxyVoting, Roster::countProxiesForQuorum; docs/session.md). A directory
    // without them reads with the defaults: no voting by proxy, proxies count for the quorum.
    bool proxyVoting = false;
    bool countProxiesForQuorum = true;

    const DirectoryPerson *person(const QString &id) const;
    DirectoryPerson *person(const QString &id);
    // The person a device (by id or public key) is enrolled for, revoked devices included.
    const DirectoryPerson *personWithDevice(const QString &deviceId) const;
    const DirectoryDevice *device(const QString &deviceId) const;

    // Unique person ids of the right form, names present, weights >= 0, every device key valid
    // and listed once in the whole directory.
    Status validate() const;

    QJsonObject toJson() const;
    static Result<PeopleDirectory> fromJson(const QJsonObject &object);
};

// A person id made from a full name: "Nguyễn Văn An" -> "nguyen-van-an" (Vietnamese letters
// folded, đ -> d); "-2", "-3", ... appended while `taken` holds it.
QString personIdFromName(const QString &fullName, const QStringList &taken = {});

} // namespace phonghop
