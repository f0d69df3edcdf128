#pragma once

#include "meeting_core/trust/signingkey.h"
#include "meeting_core/util/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace phonghop {

// A JSON object signed with an Ed25519 key: rosters, poll records, ballots, decisions.
// On disk (docs/trust.md, "Signed records"):
//   {"format":1,"kind":"ballot","payload":"<base64 of the payload's exact bytes>",
//    "signer":"<base64 public key>","signature":"<base64 signature>"}
// The payload travels as base64 of the bytes that were signed, so re-serialising the outer
// JSON (key order, spacing, a sync tool's rewrite) can never change what is verified.
// The signature covers "phonghop-record-v1\n" + kind + "\n" + payload bytes, so a record of
// one kind can never be passed off as another kind.
class SignedRecord final {
public:
    static constexpr int formatVersion = 1;
    // Larger files are refused before parsing (a hostile or broken file must stay cheap).
    static constexpr qsizetype maximumSize = 8 * 1024 * 1024;

    // Signs payload (serialised as compact JSON) with key.
    static SignedRecord create(
        const QString &kind, const QJsonObject &payload, const SigningKey &key);
    // Parses file bytes and verifies the signature; the message says what is wrong.
    static Result<SignedRecord> fromBytes(const QByteArray &bytes);
    // As fromBytes(), and also requires the given kind.
    static Result<SignedRecord> fromBytes(const QByteArray &bytes, const QString &expectedKind);
    // The record itself when it is of the given kind (for a record verified earlier).
    static Result<SignedRecord> ofKind(const SignedRecord &record, const QString &expectedKind);

    QByteArray toBytes() const;

    const QString &kind() const { return m_kind; }
    const QJsonObject &payload() const { return m_payload; }
    const QByteArray &payloadBytes() const { return m_payloadBytes; }
    const QByteArray &signerPublicKey() const { return m_signer; }
    const QByteArray &signature() const { return m_signature; }
    // Identity of the record: lower-case hex SHA-256 of the signed message followed by the
    // signer's public key. Independent of how the outer JSON is laid out.
    const QString &hash() const { return m_hash; }

    static QByteArray signedMessage(const QString &kind, const QByteArray &payloadBytes);

private:
    SignedRecord() = default;
    void computeHash();

    QString m_kind;
    QJsonObject m_payload;
    QByteArray m_payloadBytes;
    QByteArray m_signer;
    QByteArray m_signature;
    QString m_hash;
};

// Helpers for the payload fields every record uses.
QString toIsoUtc(const QDateTime &time);
QDateTime fromIsoUtc(const QString &text); // invalid QDateTime when text is not ISO 8601

} // namespace phonghop
