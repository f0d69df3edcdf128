#pragma once

#include "meeting_core/util/result.h"

#include <QByteArray>
#include <QString>

namespace phonghop {

// An Ed25519 key pair (libsodium). The secret half never leaves the device that made it;
// only public keys and signatures travel through the share.
class SigningKey final {
public:
    static SigningKey generate();
    // Derives a key from a 32-byte seed: the demo share's well-known keys, and tests.
    static SigningKey fromSeed(const QByteArray &seed);
    // Device key files (an installation's own key, which must sign without a person at the
    // keyboard) hold the 32-byte seed in hex, readable by the owner only.
    static Result<SigningKey> load(const QString &path);
    Status save(const QString &path) const;

    // The organisation's key file (docs/trust.md, "Key files"): the seed encrypted with
    // crypto_secretbox under a key derived from a passphrase with Argon2id (crypto_pwhash);
    // the public key and the organisation's name are kept beside it in clear, so the file can
    // be recognised without the passphrase. The raw seed is never written. saveProtected()
    // refuses to replace an existing file.
    enum class KeyFileProblem { None, Unreadable, NotAKeyFile, Damaged, WrongPassphrase };
    static Result<SigningKey> loadProtected(
        const QString &path, const QString &passphrase, KeyFileProblem *problem = nullptr);
    Status saveProtected(
        const QString &path, const QString &passphrase, const QString &organisationName) const;

    QByteArray publicKey() const { return m_publicKey; } // 32 bytes
    QByteArray sign(const QByteArray &message) const; // 64-byte detached signature
    // Opens a box sealed with sealForKey() to this key's public key (secret ballots); returns
    // an empty array when the box was not sealed for this key or was altered.
    QByteArray openSealed(const QByteArray &sealedBox) const;

private:
    SigningKey() = default;
    QByteArray m_publicKey;
    QByteArray m_secretKey; // libsodium's 64-byte form (seed + public key)
};

// What a protected key file says about itself without its passphrase.
struct KeyFileInfo {
    QByteArray publicKey;
    QString organisationName;
    bool protectedByPassphrase = true; // false: an older file holding the bare seed
};
Result<KeyFileInfo> inspectKeyFile(const QString &path);

bool verifySignature(
    const QByteArray &message, const QByteArray &signature, const QByteArray &publicKey);

// Encrypts plaintext so that only the holder of the Ed25519 key publicKey can read it
// (libsodium sealed box on the key's X25519 form). Empty when publicKey is not a valid key.
QByteArray sealForKey(const QByteArray &plaintext, const QByteArray &publicKey);

// A short, readable identity of a public key: the first 16 bytes of its SHA-256, in hex
// groups of four ("3f2a-9c1d-..."), for pinning and for people comparing keys by eye.
QString keyFingerprint(const QByteArray &publicKey);

// The version of libsodium in use (for the About dialog and `phonghop-cli --version`).
QString sodiumLibraryVersion();

} // namespace phonghop
