#include "roster.h"

#include "meeting_core/trust/devicekey.h"
#include "meeting_core/trust/organisationpin.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace phonghop {

namespace {
// The context of this file's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::Roster)
};

bool isSafeId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"));
    return pattern.match(id).hasMatch();
}
} // namespace

const RosterParticipant *Roster::participant(const QString &id) const
{
    for (const RosterParticipant &p : participants) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

const RosterParticipant *Roster::participantForKey(const QByteArray &publicKey) const
{
    for (const RosterParticipant &p : participants) {
        for (const RosterDevice &d : p.devices) {
            if (d.publicKey == publicKey)
                return &p;
        }
    }
    return nullptr;
}

const RosterDevice *Roster::deviceForKey(const QByteArray &publicKey) const
{
    for (const RosterParticipant &p : participants) {
        for (const RosterDevice &d : p.devices) {
            if (d.publicKey == publicKey)
                return &d;
        }
    }
    return nullptr;
}

const RosterDevice *Roster::device(const QString &deviceId) const
{
    for (const RosterParticipant &p : participants) {
        for (const RosterDevice &d : p.devices) {
            if (d.id == deviceId)
                return &d;
        }
    }
    return nullptr;
}

const RosterParticipant *Roster::chair() const
{
    for (const RosterParticipant &p : participants) {
        if (p.role == Role::Chair)
            return &p;
    }
    return nullptr;
}

QList<QByteArray> Roster::keysOfRole(Role role) const
{
    QList<QByteArray> keys;
    for (const RosterParticipant &p : participants) {
        if (p.role != role)
            continue;
        for (const RosterDevice &d : p.devices)
            keys << d.publicKey;
    }
    return keys;
}

bool Roster::keyHasRole(const QByteArray &publicKey, Role role) const
{
    const RosterParticipant *p = participantForKey(publicKey);
    return p && p->role == role;
}

Status Roster::validate() const
{
    if (meetingId.isEmpty())
        return Status::failure(Tr::tr("The roster names no meeting"));
    if (revision < 1)
        return Status::failure(Tr::tr("The roster has no valid revision number"));
    QSet<QString> ids;
    QSet<QString> deviceIds;
    QSet<QByteArray> keys;
    int chairs = 0;
    for (const RosterParticipant &p : participants) {
        if (!isSafeId(p.id) || ids.contains(p.id))
            return Status::failure(
                Tr::tr("Participant id \"%1\" is missing, malformed or repeated").arg(p.id));
        ids.insert(p.id);
        if (p.weight < 0 || p.weight > RosterParticipant::maximumWeight
            || (p.role == Role::Guest && p.weight != 0))
            return Status::failure(
                Tr::tr("Participant \"%1\" has an invalid vote weight").arg(p.id));
        if (p.role == Role::Chair)
            ++chairs;
        for (const RosterDevice &d : p.devices) {
            if (!isSafeId(d.id) || deviceIds.contains(d.id))
                return Status::failure(
                    Tr::tr("Device id \"%1\" is missing, malformed or repeated").arg(d.id));
            if (d.publicKey.size() != 32 || keys.contains(d.publicKey))
                return Status::failure(
                    Tr::tr("Device \"%1\" has an invalid or repeated public key").arg(d.id));
            deviceIds.insert(d.id);
            keys.insert(d.publicKey);
        }
    }
    if (chairs != 1)
        return Status::failure(Tr::tr("A roster names exactly one chair (found %1)").arg(chairs));
    return Status::success();
}

QJsonObject Roster::toJson() const
{
    QJsonArray list;
    for (const RosterParticipant &p : participants) {
        QJsonArray devices;
        for (const RosterDevice &d : p.devices)
            devices.append(QJsonObject {
                { QStringLiteral("id"), d.id },
                { QStringLiteral("publicKey"), QString::fromLatin1(d.publicKey.toBase64()) },
                { QStringLiteral("label"), d.label },
            });
        list.append(QJsonObject {
            { QStringLiteral("id"), p.id },
            { QStringLiteral("name"), p.name },
            { QStringLiteral("title"), p.title },
            { QStringLiteral("role"), roleKey(p.role) },
            { QStringLiteral("weight"), p.weight },
            { QStringLiteral("devices"), devices },
        });
    }
    return QJsonObject {
        { QStringLiteral("meeting"), meetingId },
        { QStringLiteral("revision"), revision },
        { QStringLiteral("issuedAt"), toIsoUtc(issuedAt) },
        { QStringLiteral("participants"), list },
        { QStringLiteral("proxyVoting"), proxyVoting },
        { QStringLiteral("countProxiesForQuorum"), countProxiesForQuorum },
    };
}

Result<Roster> Roster::fromJson(const QJsonObject &object)
{
    using R = Result<Roster>;
    Roster roster;
    roster.meetingId = object.value(u"meeting").toString();
    roster.revision = object.value(u"revision").toInteger(0);
    roster.issuedAt = fromIsoUtc(object.value(u"issuedAt").toString());
    if (!object.value(u"participants").isArray())
        return R::failure(Tr::tr("The roster lists no participants"));
    // Absent in rosters written before the body could choose: today's behaviour.
    for (const auto &[name, target] :
        { std::pair { QStringLiteral("proxyVoting"), &roster.proxyVoting },
            std::pair {
                QStringLiteral("countProxiesForQuorum"), &roster.countProxiesForQuorum } }) {
        const QJsonValue value = object.value(name);
        if (value.isUndefined())
            continue;
        if (!value.isBool())
            return R::failure(Tr::tr("The roster's \"%1\" must be true or false").arg(name));
        *target = value.toBool();
    }
    for (const QJsonValue &value : object.value(u"participants").toArray()) {
        const QJsonObject o = value.toObject();
        RosterParticipant p;
        p.id = o.value(u"id").toString();
        p.name = o.value(u"name").toString();
        p.title = o.value(u"title").toString();
        const auto role = roleFromKey(o.value(u"role").toString());
        if (!role)
            return R::failure(Tr::tr("Participant \"%1\" has an unknown role").arg(p.id));
        p.role = *role;
        const QJsonValue weight = o.value(u"weight");
        if (!weight.isUndefined()
            && (!weight.isDouble() || weight.toDouble() != weight.toInteger()))
            return R::failure(Tr::tr("Participant \"%1\" has an invalid vote weight").arg(p.id));
        p.weight = weight.isUndefined() ? (p.role == Role::Guest ? 0 : 1) : weight.toInteger();
        for (const QJsonValue &deviceValue : o.value(u"devices").toArray()) {
            const QJsonObject d = deviceValue.toObject();
            RosterDevice device;
            device.id = d.value(u"id").toString();
            device.label = d.value(u"label").toString();
            auto key = QByteArray::fromBase64Encoding(d.value(u"publicKey").toString().toLatin1(),
                QByteArray::AbortOnBase64DecodingErrors);
            if (!key)
                return R::failure(
                    Tr::tr("Device \"%1\" has an unreadable public key").arg(device.id));
            device.publicKey = *key;
            p.devices << device;
        }
        roster.participants << p;
    }
    const Status valid = roster.validate();
    if (!valid)
        return R::failure(valid.error());
    return roster;
}

SignedRecord signRoster(const Roster &roster, const SigningKey &organisationKey)
{
    return SignedRecord::create(
        QLatin1StringView(Roster::recordKind), roster.toJson(), organisationKey);
}

Result<VerifiedRoster> verifyRoster(
    const QByteArray &recordBytes, const QString &pinnedOrganisationFingerprint)
{
    using R = Result<VerifiedRoster>;
    const Result<SignedRecord> record
        = SignedRecord::fromBytes(recordBytes, QLatin1StringView(Roster::recordKind));
    if (!record)
        return R::failure(Tr::tr("Roster refused: %1").arg(record.error()));
    const Status pinned
        = checkOrganisationPin(record->signerPublicKey(), pinnedOrganisationFingerprint);
    if (!pinned)
        return R::failure(Tr::tr("Roster refused: %1").arg(pinned.error()));
    Result<Roster> roster = Roster::fromJson(record->payload());
    if (!roster)
        return R::failure(Tr::tr("Roster refused: %1").arg(roster.error()));
    return VerifiedRoster { std::move(roster).value(), record->hash() };
}

Status checkRosterSuccession(const Roster &current, const Roster &candidate)
{
    if (candidate.meetingId != current.meetingId)
        return Status::failure(Tr::tr("The new roster is for another meeting"));
    if (candidate.revision < current.revision)
        return Status::failure(Tr::tr("Roster revision %1 is older than revision %2 already seen: "
                                      "an old roster was put back on the share")
                                   .arg(candidate.revision)
                                   .arg(current.revision));
    if (candidate.revision == current.revision && candidate.toJson() != current.toJson())
        return Status::failure(
            Tr::tr("Two different rosters carry revision %1").arg(candidate.revision));
    return Status::success();
}

} // namespace phonghop
