#include "signedrecord.h"

#include "meeting_core/util/sha256.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>

namespace phonghop {

namespace {
// The context of this file's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::SignedRecord)
};

bool isValidKind(const QString &kind)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9-]{0,39}$"));
    return pattern.match(kind).hasMatch();
}

// Strict base64: QByteArray::fromBase64Encoding with AbortOnBase64DecodingErrors.
std::optional<QByteArray> decodeBase64(const QJsonValue &value)
{
    if (!value.isString())
        return std::nullopt;
    auto decoded = QByteArray::fromBase64Encoding(
        value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return *decoded;
}
} // namespace

QByteArray SignedRecord::signedMessage(const QString &kind, const QByteArray &payloadBytes)
{
    return QByteArrayLiteral("phonghop-record-v1\n") + kind.toUtf8() + '\n' + payloadBytes;
}

void SignedRecord::computeHash()
{
    m_hash = Sha256::hexOf(signedMessage(m_kind, m_payloadBytes) + m_signer);
}

SignedRecord SignedRecord::create(
    const QString &kind, const QJsonObject &payload, const SigningKey &key)
{
    SignedRecord record;
    record.m_kind = kind;
    record.m_payload = payload;
    record.m_payloadBytes = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    record.m_signer = key.publicKey();
    record.m_signature = key.sign(signedMessage(kind, record.m_payloadBytes));
    record.computeHash();
    return record;
}

QByteArray SignedRecord::toBytes() const
{
    QJsonObject envelope {
        { QStringLiteral("format"), formatVersion },
        { QStringLiteral("kind"), m_kind },
        { QStringLiteral("payload"), QString::fromLatin1(m_payloadBytes.toBase64()) },
        { QStringLiteral("signer"), QString::fromLatin1(m_signer.toBase64()) },
        { QStringLiteral("signature"), QString::fromLatin1(m_signature.toBase64()) },
    };
    return QJsonDocument(envelope).toJson(QJsonDocument::Indented);
}

Result<SignedRecord> SignedRecord::fromBytes(const QByteArray &bytes)
{
    using R = Result<SignedRecord>;
    if (bytes.isEmpty())
        return R::failure(Tr::tr("The record is empty (not fully written yet?)"));
    if (bytes.size() > maximumSize)
        return R::failure(Tr::tr("The record is larger than any valid record"));
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return R::failure(Tr::tr("The record is not valid JSON (truncated or damaged)"));
    const QJsonObject envelope = document.object();
    const QJsonValue format = envelope.value(u"format");
    if (!format.isDouble() || format.toDouble() < 1)
        return R::failure(Tr::tr("The record has no valid format number"));
    if (format.toInt() > formatVersion)
        return R::failure(Tr::tr("The record was written in format %1 by a newer version of "
                                 "PhòngHọp; this version reads format %2")
                              .arg(format.toInt())
                              .arg(formatVersion));
    SignedRecord record;
    record.m_kind = envelope.value(u"kind").toString();
    if (!isValidKind(record.m_kind))
        return R::failure(Tr::tr("The record has no valid kind"));
    const auto payloadBytes = decodeBase64(envelope.value(u"payload"));
    const auto signer = decodeBase64(envelope.value(u"signer"));
    const auto signature = decodeBase64(envelope.value(u"signature"));
    if (!payloadBytes || !signer || !signature)
        return R::failure(Tr::tr("The record misses its payload, signer or signature"));
    record.m_payloadBytes = *payloadBytes;
    record.m_signer = *signer;
    record.m_signature = *signature;
    if (!verifySignature(signedMessage(record.m_kind, record.m_payloadBytes), record.m_signature,
            record.m_signer))
        return R::failure(Tr::tr("The record's signature does not match its content"));
    const QJsonDocument payload = QJsonDocument::fromJson(record.m_payloadBytes, &error);
    if (error.error != QJsonParseError::NoError || !payload.isObject())
        return R::failure(Tr::tr("The record's payload is not a JSON object"));
    record.m_payload = payload.object();
    record.computeHash();
    return record;
}

Result<SignedRecord> SignedRecord::fromBytes(const QByteArray &bytes, const QString &expectedKind)
{
    Result<SignedRecord> record = fromBytes(bytes);
    if (!record)
        return record;
    return ofKind(record.value(), expectedKind);
}

Result<SignedRecord> SignedRecord::ofKind(const SignedRecord &record, const QString &expectedKind)
{
    if (record.kind() != expectedKind)
        return Result<SignedRecord>::failure(
            Tr::tr("Expected a record of kind \"%1\" but found \"%2\"")
                .arg(expectedKind, record.kind()));
    return record;
}

QString toIsoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIsoUtc(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

} // namespace phonghop
