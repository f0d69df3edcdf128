#pragma once

#include "meeting_core/trust/signedrecord.h"
#include "meeting_core/trust/signingkey.h"
#include "meeting_core/util/result.h"

#include <QString>

namespace phonghop {

// The installation's own key: created on the device the first time it is needed and never
// copied anywhere. The caller chooses the directory (the app passes its data location).
// The directory is made owner-only (0700) and the key file owner-read/write (0600).
//
// At rest (issue 16, docs/trust.md "The device key at rest") the key file holds the bare seed,
// or — once a PIN protects it — the seed sealed under a key derived from the PIN with Argon2id,
// in the organisation key file's format. A protected key is unlocked once per process (the app's
// PIN dialog, `PHONGHOP_DEVICE_PIN` for the command line) and kept in memory only; until then
// everything that signs or opens a confidential document says the key is locked, while the
// device's id (its public key, in clear in the file) stays known, so a locked seat still syncs.
class DeviceKey final {
public:
    static constexpr auto fileName = "device.key";
    // Where the command line takes the PIN from (scripts, tests): read when a protected key is
    // first needed, never written anywhere.
    static constexpr auto pinVariable = "PHONGHOP_DEVICE_PIN";
    static constexpr int minimumPinLength = 6;
    // Beside the key file when the system's key store holds the secret that opens it.
    static constexpr auto keyStoreMarkerName = "device.keystore";

    // How the key file is kept at rest.
    enum class Protection {
        None, // the bare seed (owner-only file)
        Pin, // sealed under a PIN the person types
        SystemKeyStore, // sealed under a random secret the system's key store keeps
    };
    static Protection protection(const QString &directory);

    // Loads the key in directory, creating it (and the directory) when there is none. A
    // protected key must be unlocked (or PHONGHOP_DEVICE_PIN set): otherwise lockedMessage().
    static Result<SigningKey> loadOrCreate(const QString &directory);
    // The same, never creating one: a failure when the directory holds no key.
    static Result<SigningKey> load(const QString &directory);
    // The device's public key, also while a protected key is locked. Empty when there is none.
    static QByteArray publicKeyIn(const QString &directory);

    static bool exists(const QString &directory);
    static bool isProtected(const QString &directory);
    // A protected key opened in this process, or a key without PIN.
    static bool isUnlocked(const QString &directory);
    // Opens a protected key with the PIN and keeps it in memory for this process. Wrong PIN:
    // a failure saying so (problem = WrongPassphrase); every try costs a key derivation.
    static Status unlock(const QString &directory, const QString &pin,
        SigningKey::KeyFileProblem *problem = nullptr);
    // Forgets the unlocked key of this process.
    static void lock(const QString &directory);

    // Protects the key with a PIN (the key must be readable: without PIN, or unlocked); the
    // file is replaced in one step, and the key stays unlocked in this process.
    static Status protect(const QString &directory, const QString &pin);
    // Another PIN for a protected key (the current one is asked: a seat left open is not enough).
    static Status changePin(
        const QString &directory, const QString &currentPin, const QString &pin);
    // Back to a key without PIN (the current PIN is asked).
    static Status removePin(const QString &directory, const QString &currentPin);

    // Protects the key with a random secret kept in the system's key store (the Secret Service
    // of the desktop: GNOME Keyring, KWallet), so the person's login unlocks it and no PIN is
    // asked. The key must be readable and not protected yet. The secret is stored first and
    // read back, then the key file is replaced in one step: a failure leaves the key as it was.
    static Status protectWithSystemKeyStore(const QString &directory);
    // Opens a key kept by the system's key store and keeps it in memory for this process. A
    // failure says why (no store reachable, locked, the item deleted): the key stays locked.
    static Status unlockFromSystemKeyStore(const QString &directory);
    // Back to a key without protection, and the store's item deleted.
    static Status removeSystemKeyStoreProtection(const QString &directory);

    // A PIN of at least minimumPinLength characters, not all the same: a translated reason or
    // nothing.
    static QString pinProblem(const QString &pin);
    // "This device's key is protected by a PIN: …" (translated).
    static QString lockedMessage();
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
