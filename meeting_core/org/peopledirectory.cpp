#include "peopledirectory.h"

#include "meeting_core/publish/draftmeeting.h"
#include "meeting_core/trust/devicekey.h"
#include "meeting_core/trust/signedrecord.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <optional>

namespace phonghop {

namespace {

// The context of this file's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::PeopleDirectory)
};

// The same ids a roster accepts (trust/roster.cpp), so every person can take part in a meeting.
bool isPersonId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"));
    return pattern.match(id).hasMatch();
}

std::optional<QByteArray> decodeKey(const QJsonValue &value)
{
    if (!value.isString())
        return std::nullopt;
    auto decoded = QByteArray::fromBase64Encoding(
        value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != 32)
        return std::nullopt;
    return decoded.decoded;
}

QJsonObject deviceToJson(const DirectoryDevice &device)
{
    QJsonObject object {
        { QStringLiteral("id"), device.id },
        { QStringLiteral("publicKey"), QString::fromLatin1(device.publicKey.toBase64()) },
        { QStringLiteral("label"), device.label },
        { QStringLiteral("approvedAt"), toIsoUtc(device.approvedAt) },
        { QStringLiteral("request"), device.requestHash },
    };
    if (device.revokedAt.isValid())
        object.insert(QStringLiteral("revokedAt"), toIsoUtc(device.revokedAt));
    return object;
}

QJsonObject personToJson(const DirectoryPerson &person)
{
    QJsonArray devices;
    for (const DirectoryDevice &device : person.devices)
        devices << deviceToJson(device);
    QJsonObject object {
        { QStringLiteral("id"), person.id },
        { QStringLiteral("fullName"), person.fullName },
        { QStringLiteral("position"), person.position },
        { QStringLiteral("unit"), person.unit },
        { QStringLiteral("role"), roleKey(person.defaultRole) },
        { QStringLiteral("weight"), double(person.weight) },
        { QStringLiteral("devices"), devices },
    };
    if (person.retired)
        object.insert(QStringLiteral("retired"), true);
    return object;
}

bool isWholeNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    return number >= 0 && number <= 1e9 && number == double(qint64(number));
}

} // namespace

QList<DirectoryDevice> DirectoryPerson::activeDevices() const
{
    QList<DirectoryDevice> active;
    for (const DirectoryDevice &device : devices) {
        if (device.active())
            active << device;
    }
    return active;
}

const DirectoryPerson *PeopleDirectory::person(const QString &id) const
{
    for (const DirectoryPerson &p : people) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

DirectoryPerson *PeopleDirectory::person(const QString &id)
{
    for (DirectoryPerson &p : people) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

const DirectoryPerson *PeopleDirectory::personWithDevice(const QString &deviceId) const
{
    for (const DirectoryPerson &p : people) {
        for (const DirectoryDevice &d : p.devices) {
            if (d.id == deviceId || QString::fromLatin1(d.publicKey.toBase64()) == deviceId)
                return &p;
        }
    }
    return nullptr;
}

const DirectoryDevice *PeopleDirectory::device(const QString &deviceId) const
{
    for (const DirectoryPerson &p : people) {
        for (const DirectoryDevice &d : p.devices) {
            if (d.id == deviceId || QString::fromLatin1(d.publicKey.toBase64()) == deviceId)
                return &d;
        }
    }
    return nullptr;
}

Status PeopleDirectory::validate() const
{
    QSet<QString> ids;
    QSet<QByteArray> keys;
    for (const DirectoryPerson &p : people) {
        if (!isPersonId(p.id))
            return Status::failure(Tr::tr("\"%1\" is not a valid person id (letters, digits, '-', "
                                          "'.' or '_', at most 64)")
                                       .arg(p.id));
        if (ids.contains(p.id))
            return Status::failure(Tr::tr("Two people have the id \"%1\"").arg(p.id));
        ids.insert(p.id);
        if (p.fullName.trimmed().isEmpty())
            return Status::failure(Tr::tr("The person \"%1\" has no name").arg(p.id));
        if (p.weight < 0)
            return Status::failure(Tr::tr("The vote weight of %1 is negative").arg(p.fullName));
        for (const DirectoryDevice &d : p.devices) {
            if (d.publicKey.size() != 32 || d.id != deviceIdOf(d.publicKey))
                return Status::failure(Tr::tr("A device of %1 has an invalid key").arg(p.fullName));
            if (keys.contains(d.publicKey))
                return Status::failure(
                    Tr::tr("The device %1 is listed twice in the directory").arg(d.id));
            keys.insert(d.publicKey);
        }
    }
    return Status::success();
}

QJsonObject PeopleDirectory::toJson() const
{
    QJsonArray peopleArray;
    for (const DirectoryPerson &p : people)
        peopleArray << personToJson(p);
    return QJsonObject {
        { QStringLiteral("revision"), double(revision) },
        { QStringLiteral("issuedAt"), toIsoUtc(issuedAt) },
        { QStringLiteral("people"), peopleArray },
        { QStringLiteral("answeredRequests"), QJsonArray::fromStringList(answeredRequests) },
        { QStringLiteral("proxyVoting"), proxyVoting },
        { QStringLiteral("countProxiesForQuorum"), countProxiesForQuorum },
    };
}

Result<PeopleDirectory> PeopleDirectory::fromJson(const QJsonObject &object)
{
    using R = Result<PeopleDirectory>;
    auto bad = [](const QString &what) {
        return R::failure(Tr::tr("The directory is malformed: %1").arg(what));
    };
    PeopleDirectory directory;
    if (!isWholeNumber(object.value(u"revision")) || object.value(u"revision").toDouble() < 1)
        return bad(QStringLiteral("revision"));
    directory.revision = qint64(object.value(u"revision").toDouble());
    directory.issuedAt = fromIsoUtc(object.value(u"issuedAt").toString());
    if (!object.value(u"people").isArray())
        return bad(QStringLiteral("people"));
    for (const auto &[name, target] :
        { std::pair { QStringLiteral("proxyVoting"), &directory.proxyVoting },
            std::pair {
                QStringLiteral("countProxiesForQuorum"), &directory.countProxiesForQuorum } }) {
        const QJsonValue value = object.value(name);
        if (!value.isUndefined() && !value.isBool())
            return bad(name);
        if (value.isBool())
            *target = value.toBool();
    }
    for (const QJsonValue &value : object.value(u"people").toArray()) {
        if (!value.isObject())
            return bad(QStringLiteral("people"));
        const QJsonObject p = value.toObject();
        DirectoryPerson person;
        person.id = p.value(u"id").toString();
        person.fullName = p.value(u"fullName").toString();
        person.position = p.value(u"position").toString();
        person.unit = p.value(u"unit").toString();
        const auto role = roleFromKey(p.value(u"role").toString());
        if (!role)
            return bad(QStringLiteral("role of %1").arg(person.id));
        person.defaultRole = *role;
        if (!isWholeNumber(p.value(u"weight")))
            return bad(QStringLiteral("weight of %1").arg(person.id));
        person.weight = qint64(p.value(u"weight").toDouble());
        person.retired = p.value(u"retired").toBool(false);
        if (!p.value(u"devices").isArray())
            return bad(QStringLiteral("devices of %1").arg(person.id));
        for (const QJsonValue &deviceValue : p.value(u"devices").toArray()) {
            const QJsonObject d = deviceValue.toObject();
            DirectoryDevice device;
            const auto key = decodeKey(d.value(u"publicKey"));
            if (!key)
                return bad(QStringLiteral("device key of %1").arg(person.id));
            device.publicKey = *key;
            device.id = d.value(u"id").toString();
            device.label = d.value(u"label").toString();
            device.approvedAt = fromIsoUtc(d.value(u"approvedAt").toString());
            if (d.contains(u"revokedAt")) {
                device.revokedAt = fromIsoUtc(d.value(u"revokedAt").toString());
                if (!device.revokedAt.isValid())
                    return bad(QStringLiteral("revokedAt of %1").arg(device.id));
            }
            device.requestHash = d.value(u"request").toString();
            person.devices << device;
        }
        directory.people << person;
    }
    if (!object.value(u"answeredRequests").isArray())
        return bad(QStringLiteral("answeredRequests"));
    for (const QJsonValue &value : object.value(u"answeredRequests").toArray()) {
        if (!value.isString())
            return bad(QStringLiteral("answeredRequests"));
        directory.answeredRequests << value.toString();
    }
    if (Status valid = directory.validate(); !valid)
        return R::failure(valid.error());
    return directory;
}

QString personIdFromName(const QString &fullName, const QStringList &taken)
{
    QString base = draft::slug(fullName).left(56);
    while (base.endsWith(u'-'))
        base.chop(1);
    if (base.isEmpty())
        base = QStringLiteral("nguoi");
    QString id = base;
    for (int n = 2; taken.contains(id); ++n)
        id = base + u'-' + QString::number(n);
    return id;
}

} // namespace phonghop
