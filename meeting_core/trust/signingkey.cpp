#include "signingkey.h"

#include "meeting_core/util/atomicfile.h"
#include "meeting_core/util/sha256.h"

#include <QCoreApplication>
#include <QFile>
#include <sodium.h>
#include <stdexcept>

namespace phonghop {

namespace {
void ensureSodium()
{
    static const int initialised = sodium_init();
    if (initialised < 0)
        throw std::runtime_error("libsodium could not be initialised");
}
} // namespace

SigningKey SigningKey::generate()
{
    ensureSodium();
    QByteArray seed(crypto_sign_SEEDBYTES, Qt::Uninitialized);
    randombytes_buf(seed.data(), static_cast<size_t>(seed.size()));
    SigningKey key = fromSeed(seed);
    sodium_memzero(seed.data(), static_cast<size_t>(seed.size()));
    return key;
}

SigningKey SigningKey::fromSeed(const QByteArray &seed)
{
    ensureSodium();
    if (seed.size() != crypto_sign_SEEDBYTES)
        throw std::invalid_argument("an Ed25519 seed has 32 bytes");
    SigningKey key;
    key.m_publicKey.resize(crypto_sign_PUBLICKEYBYTES);
    key.m_secretKey.resize(crypto_sign_SECRETKEYBYTES);
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char *>(key.m_publicKey.data()),
        reinterpret_cast<unsigned char *>(key.m_secretKey.data()),
        reinterpret_cast<const unsigned char *>(seed.constData()));
    return key;
}

Result<SigningKey> SigningKey::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<SigningKey>::failure(
            QCoreApplication::translate("SigningKey", "Cannot read the key file %1: %2")
                .arg(path, file.errorString()));
    const QByteArray seed = QByteArray::fromHex(file.readAll().trimmed());
    if (seed.size() != crypto_sign_SEEDBYTES)
        return Result<SigningKey>::failure(
            QCoreApplication::translate("SigningKey", "%1 is not a PhòngHọp key file").arg(path));
    return fromSeed(seed);
}

Status SigningKey::save(const QString &path) const
{
    // The seed is the first half of libsodium's secret key.
    const QByteArray seedHex = m_secretKey.left(crypto_sign_SEEDBYTES).toHex() + '\n';
    Status written = atomicfile::writeReplacing(path, seedHex);
    if (written)
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return written;
}

QByteArray SigningKey::sign(const QByteArray &message) const
{
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
        reinterpret_cast<const unsigned char *>(message.constData()),
        static_cast<unsigned long long>(message.size()),
        reinterpret_cast<const unsigned char *>(m_secretKey.constData()));
    return signature;
}

QByteArray SigningKey::openSealed(const QByteArray &sealedBox) const
{
    if (sealedBox.size() < static_cast<qsizetype>(crypto_box_SEALBYTES))
        return {};
    unsigned char boxPublic[crypto_box_PUBLICKEYBYTES];
    unsigned char boxSecret[crypto_box_SECRETKEYBYTES];
    if (crypto_sign_ed25519_pk_to_curve25519(
            boxPublic, reinterpret_cast<const unsigned char *>(m_publicKey.constData()))
            != 0
        || crypto_sign_ed25519_sk_to_curve25519(
               boxSecret, reinterpret_cast<const unsigned char *>(m_secretKey.constData()))
            != 0)
        return {};
    QByteArray plain(
        sealedBox.size() - static_cast<qsizetype>(crypto_box_SEALBYTES), Qt::Uninitialized);
    const int opened = crypto_box_seal_open(reinterpret_cast<unsigned char *>(plain.data()),
        reinterpret_cast<const unsigned char *>(sealedBox.constData()),
        static_cast<unsigned long long>(sealedBox.size()), boxPublic, boxSecret);
    sodium_memzero(boxSecret, sizeof boxSecret);
    return opened == 0 ? plain : QByteArray();
}

QByteArray sealForKey(const QByteArray &plaintext, const QByteArray &publicKey)
{
    ensureSodium();
    if (publicKey.size() != crypto_sign_PUBLICKEYBYTES)
        return {};
    unsigned char boxPublic[crypto_box_PUBLICKEYBYTES];
    if (crypto_sign_ed25519_pk_to_curve25519(
            boxPublic, reinterpret_cast<const unsigned char *>(publicKey.constData()))
        != 0)
        return {};
    QByteArray sealed(
        plaintext.size() + static_cast<qsizetype>(crypto_box_SEALBYTES), Qt::Uninitialized);
    crypto_box_seal(reinterpret_cast<unsigned char *>(sealed.data()),
        reinterpret_cast<const unsigned char *>(plaintext.constData()),
        static_cast<unsigned long long>(plaintext.size()), boxPublic);
    return sealed;
}

bool verifySignature(
    const QByteArray &message, const QByteArray &signature, const QByteArray &publicKey)
{
    ensureSodium();
    if (signature.size() != crypto_sign_BYTES || publicKey.size() != crypto_sign_PUBLICKEYBYTES)
        return false;
    return crypto_sign_verify_detached(
               reinterpret_cast<const unsigned char *>(signature.constData()),
               reinterpret_cast<const unsigned char *>(message.constData()),
               static_cast<unsigned long long>(message.size()),
               reinterpret_cast<const unsigned char *>(publicKey.constData()))
        == 0;
}

QString keyFingerprint(const QByteArray &publicKey)
{
    const QString hex = Sha256::hexOf(publicKey).left(32);
    QStringList groups;
    for (int i = 0; i < hex.size(); i += 4)
        groups << hex.mid(i, 4);
    return groups.join(u'-');
}

QString sodiumLibraryVersion()
{
    return QString::fromLatin1(sodium_version_string());
}

} // namespace phonghop
