#pragma once

#include "meeting_core/trust/signedrecord.h"
#include "meeting_core/trust/signingkey.h"
#include "meeting_core/util/result.h"

#include <QString>

namespace phonghop {

// The installation's own key: created on the device the first time it is needed and never
// copied anywhere. The caller chooses the directory (the app passes its data location).
// The directory is made owner-only (0700) and the key file owner-read/write (0600).
class DeviceKey final {
public:
    static constexpr auto fileName = "device.key";

    // Loads the key in directory, creating it (and the directory) when there is none.
    static Result<SigningKey> loadOrCreate(const QString &directory);
};

// The name of a device's folder on the share: 32 lower-case hex digits of its key's SHA-256.
QString deviceIdOf(const QByteArray &publicKey);

// Enrolment (docs/trust.md): a new device writes a self-signed request into its own folder;
// the secretary compares the fingerprint with the person, then publishes a roster revision
// that lists the key. Until then the device cannot vote.
struct EnrolmentRequest {
    static constexpr auto recordKind = "enrolment-request";
    QString participantId; // who the person says they are
    QString deviceId;
    QString label;
    QByteArray publicKey; // the signer: the request proves possession of the key
    QDateTime requestedAt;
};

SignedRecord makeEnrolmentRequest(const QString &participantId, const QString &label,
    const SigningKey &deviceKey, const QDateTime &requestedAt);
Result<EnrolmentRequest> parseEnrolmentRequest(const QByteArray &recordBytes);

} // namespace phonghop
