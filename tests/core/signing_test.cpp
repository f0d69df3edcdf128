#include <catch2/catch.hpp>

#include "meeting_core/trust/signingkey.h"

#include <QTemporaryDir>

using namespace phonghop;

TEST_CASE("A signature verifies with its own public key only", "[trust]")
{
    const SigningKey key = SigningKey::generate();
    const QByteArray message = QByteArrayLiteral("Biên bản họp UBND");
    const QByteArray signature = key.sign(message);
    CHECK(verifySignature(message, signature, key.publicKey()));
    CHECK_FALSE(verifySignature(message + ' ', signature, key.publicKey()));
    CHECK_FALSE(verifySignature(message, signature, SigningKey::generate().publicKey()));
    CHECK_FALSE(verifySignature(message, signature.left(10), key.publicKey()));
}

TEST_CASE("A saved key loads back as the same key", "[trust]")
{
    QTemporaryDir dir;
    const SigningKey key = SigningKey::generate();
    const QString path = dir.filePath(QStringLiteral("device.key"));
    REQUIRE(key.save(path).ok());
    const Result<SigningKey> loaded = SigningKey::load(path);
    REQUIRE(loaded.ok());
    CHECK(loaded->publicKey() == key.publicKey());
    CHECK(keyFingerprint(key.publicKey()).size() == 39);
}

TEST_CASE("A file that is not a key is refused with a message", "[trust]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.key"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("not a key");
    file.close();
    const Result<SigningKey> loaded = SigningKey::load(path);
    CHECK_FALSE(loaded.ok());
    CHECK(loaded.error().contains(path));
}
