#include "devicekey.h"

#include "meeting_core/util/sha256.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace phonghop {

namespace {
// The context of this file's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::DeviceKey)
};
} // namespace

Result<SigningKey> DeviceKey::loadOrCreate(const QString &directory)
{
    using R = Result<SigningKey>;
    if (!QDir().mkpath(directory))
        return R::failure(Tr::tr("Cannot create the key directory %1").arg(directory));
    QFile::setPermissions(
        directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString path = QDir(directory).filePath(QLatin1StringView(fileName));
    if (QFileInfo::exists(path))
        return SigningKey::load(path);
    const SigningKey key = SigningKey::generate();
    const Status saved = key.save(path);
    if (!saved)
        return R::failure(saved.error());
    return key;
}

QString deviceIdOf(const QByteArray &publicKey)
{
    return Sha256::hexOf(publicKey).left(32);
}

SignedRecord makeEnrolmentRequest(const QString &participantId, const QString &label,
    const SigningKey &deviceKey, const QDateTime &requestedAt)
{
    const QJsonObject payload {
        { QStringLiteral("participant"), participantId },
        { QStringLiteral("device"), deviceIdOf(deviceKey.publicKey()) },
        { QStringLiteral("label"), label },
        { QStringLiteral("requestedAt"), toIsoUtc(requestedAt) },
    };
    return SignedRecord::create(
        QLatin1StringView(EnrolmentRequest::recordKind), payload, deviceKey);
}

Result<EnrolmentRequest> parseEnrolmentRequest(const QByteArray &recordBytes)
{
    using R = Result<EnrolmentRequest>;
    const Result<SignedRecord> record
        = SignedRecord::fromBytes(recordBytes, QLatin1StringView(EnrolmentRequest::recordKind));
    if (!record)
        return R::failure(record.error());
    const QJsonObject p = record->payload();
    EnrolmentRequest request;
    request.participantId = p.value(u"participant").toString();
    request.deviceId = p.value(u"device").toString();
    request.label = p.value(u"label").toString();
    request.publicKey = record->signerPublicKey();
    request.requestedAt = fromIsoUtc(p.value(u"requestedAt").toString());
    if (request.participantId.isEmpty() || request.deviceId != deviceIdOf(request.publicKey))
        return R::failure(Tr::tr("The enrolment request does not name its participant and device"));
    return request;
}

} // namespace phonghop
