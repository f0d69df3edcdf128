#include <catch2/catch.hpp>

#include "meeting_core/trust/signingkey.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace phonghop;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

QByteArray seedOf(const QString &deviceKeyPath)
{
    return readAll(deviceKeyPath).trimmed();
}

const QString passphrase = QStringLiteral("Mật khẩu của văn phòng 2026");

} // namespace

TEST_CASE("A protected key file loads back as the same key with its passphrase", "[trust][keyfile]")
{
    QTemporaryDir dir;
    const SigningKey key = SigningKey::generate();
    const QString path = dir.filePath(QStringLiteral("org.key"));
    REQUIRE(key.saveProtected(path, passphrase, QStringLiteral("UBND xã Hòa Bình")).ok());

    CHECK(QFileInfo(path).permissions()
        == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
            | QFileDevice::WriteUser));

    SigningKey::KeyFileProblem problem = SigningKey::KeyFileProblem::Damaged;
    const Result<SigningKey> loaded = SigningKey::loadProtected(path, passphrase, &problem);
    REQUIRE(loaded.ok());
    CHECK(problem == SigningKey::KeyFileProblem::None);
    CHECK(loaded->publicKey() == key.publicKey());
    const QByteArray message("Biên bản");
    CHECK(verifySignature(message, loaded->sign(message), key.publicKey()));

    const Result<KeyFileInfo> info = inspectKeyFile(path);
    REQUIRE(info.ok());
    CHECK(info->publicKey == key.publicKey());
    CHECK(info->organisationName == QStringLiteral("UBND xã Hòa Bình"));
    CHECK(info->protectedByPassphrase);

    const QJsonObject object = QJsonDocument::fromJson(readAll(path)).object();
    CHECK(object.value(u"format").toString() == u"phonghop-key");
    CHECK(object.value(u"version").toInt() == 1);
    CHECK(object.value(u"kdf").toString() == u"argon2id13");
    CHECK(object.value(u"opslimit").toDouble() > 0);
    CHECK(object.value(u"memlimit").toDouble() > 0);
}

TEST_CASE("The raw seed is never written to a protected key file", "[trust][keyfile]")
{
    QTemporaryDir dir;
    const SigningKey key = SigningKey::generate();
    const QString plainPath = dir.filePath(QStringLiteral("plain.key"));
    REQUIRE(key.save(plainPath).ok()); // the device format: the seed in hex
    const QByteArray seedHex = seedOf(plainPath);
    REQUIRE(seedHex.size() == 64);
    const QByteArray seed = QByteArray::fromHex(seedHex);

    const QString path = dir.filePath(QStringLiteral("org.key"));
    REQUIRE(key.saveProtected(path, passphrase, QStringLiteral("UBND")).ok());
    const QByteArray bytes = readAll(path);
    CHECK_FALSE(bytes.contains(seedHex));
    CHECK_FALSE(bytes.toLower().contains(seedHex.toLower()));
    CHECK_FALSE(bytes.contains(seed));
    CHECK_FALSE(bytes.contains(seed.toBase64()));
    CHECK_FALSE(bytes.contains(passphrase.toUtf8()));
}

TEST_CASE("A wrong passphrase is refused with a clear message", "[trust][keyfile]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("org.key"));
    REQUIRE(SigningKey::generate().saveProtected(path, passphrase, QStringLiteral("UBND")).ok());
    SigningKey::KeyFileProblem problem = SigningKey::KeyFileProblem::None;
    const Result<SigningKey> loaded
        = SigningKey::loadProtected(path, QStringLiteral("mat khau sai"), &problem);
    CHECK_FALSE(loaded.ok());
    CHECK(problem == SigningKey::KeyFileProblem::WrongPassphrase);
    CHECK(loaded.error().contains(u"passphrase"));
    CHECK(loaded.error().contains(QFileInfo(path).fileName()));
    CHECK_FALSE(SigningKey::loadProtected(path, QString()).ok());
}

TEST_CASE("A truncated or garbage key file is refused as damaged or not a key", "[trust][keyfile]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("org.key"));
    REQUIRE(SigningKey::generate().saveProtected(path, passphrase, QStringLiteral("UBND")).ok());
    const QByteArray whole = readAll(path);

    using P = SigningKey::KeyFileProblem;
    for (const qsizetype length :
        { qsizetype(0), qsizetype(1), qsizetype(20), whole.size() / 2, whole.size() - 3 }) {
        const QString cut = dir.filePath(QStringLiteral("cut-%1.key").arg(length));
        writeAll(cut, whole.left(length));
        P problem = P::None;
        const Result<SigningKey> loaded = SigningKey::loadProtected(cut, passphrase, &problem);
        INFO("length " << length);
        CHECK_FALSE(loaded.ok());
        CHECK((problem == P::Damaged || problem == P::NotAKeyFile));
        CHECK_FALSE(loaded.error().isEmpty());
        CHECK_FALSE(inspectKeyFile(cut).ok());
    }

    const QString garbage = dir.filePath(QStringLiteral("garbage.key"));
    writeAll(garbage, QByteArray("PK\x03\x04 this is a zip file, not a key"));
    P problem = P::None;
    CHECK_FALSE(SigningKey::loadProtected(garbage, passphrase, &problem).ok());
    CHECK(problem == P::NotAKeyFile);

    P missingProblem = P::None;
    CHECK_FALSE(SigningKey::loadProtected(
        dir.filePath(QStringLiteral("none.key")), passphrase, &missingProblem)
                    .ok());
    CHECK(missingProblem == P::Unreadable);

    // A sealed seed that decrypts but to another key than the stored public key is damage.
    QJsonObject object = QJsonDocument::fromJson(whole).object();
    object.insert(QStringLiteral("publicKey"),
        QString::fromLatin1(SigningKey::generate().publicKey().toBase64()));
    const QString swapped = dir.filePath(QStringLiteral("swapped.key"));
    writeAll(swapped, QJsonDocument(object).toJson());
    P swappedProblem = P::None;
    CHECK_FALSE(SigningKey::loadProtected(swapped, passphrase, &swappedProblem).ok());
    CHECK(swappedProblem == P::Damaged);
}

TEST_CASE("A hostile key file cannot ask for unbounded memory or time", "[trust][keyfile]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("org.key"));
    REQUIRE(SigningKey::generate().saveProtected(path, passphrase, QStringLiteral("UBND")).ok());
    QJsonObject object = QJsonDocument::fromJson(readAll(path)).object();
    object.insert(QStringLiteral("memlimit"), 100.0 * 1024 * 1024 * 1024);
    const QString greedy = dir.filePath(QStringLiteral("greedy.key"));
    writeAll(greedy, QJsonDocument(object).toJson());
    SigningKey::KeyFileProblem problem = SigningKey::KeyFileProblem::None;
    CHECK_FALSE(SigningKey::loadProtected(greedy, passphrase, &problem).ok());
    CHECK(problem == SigningKey::KeyFileProblem::Damaged);

    object = QJsonDocument::fromJson(readAll(path)).object();
    object.insert(QStringLiteral("opslimit"), 1.0e9);
    writeAll(greedy, QJsonDocument(object).toJson());
    CHECK_FALSE(SigningKey::loadProtected(greedy, passphrase, &problem).ok());
    CHECK(problem == SigningKey::KeyFileProblem::Damaged);
}

TEST_CASE("Another organisation's key file is recognisable by its public key", "[trust][keyfile]")
{
    QTemporaryDir dir;
    const SigningKey ours = SigningKey::generate();
    const SigningKey theirs = SigningKey::generate();
    const QString path = dir.filePath(QStringLiteral("theirs.key"));
    REQUIRE(theirs.saveProtected(path, passphrase, QStringLiteral("UBND xã bên cạnh")).ok());
    const Result<KeyFileInfo> info = inspectKeyFile(path);
    REQUIRE(info.ok());
    CHECK(info->publicKey == theirs.publicKey());
    CHECK(info->publicKey != ours.publicKey());
    CHECK(keyFingerprint(info->publicKey) != keyFingerprint(ours.publicKey()));
    CHECK(info->organisationName == QStringLiteral("UBND xã bên cạnh"));
}

TEST_CASE("An existing key file is never replaced", "[trust][keyfile]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("org.key"));
    const SigningKey first = SigningKey::generate();
    REQUIRE(first.saveProtected(path, passphrase, QStringLiteral("UBND")).ok());
    const QByteArray before = readAll(path);
    const Status again
        = SigningKey::generate().saveProtected(path, passphrase, QStringLiteral("UBND"));
    CHECK_FALSE(again.ok());
    CHECK(again.error().contains(QFileInfo(path).fileName()));
    CHECK(readAll(path) == before);
    CHECK(SigningKey::loadProtected(path, passphrase)->publicKey() == first.publicKey());
    CHECK_FALSE(first
                    .saveProtected(dir.filePath(QStringLiteral("x.key")), QString(),
                        QStringLiteral("UBND"))
                    .ok()); // no empty passphrase
}

TEST_CASE("An older bare-seed key file is accepted and reported as unprotected", "[trust][keyfile]")
{
    QTemporaryDir dir;
    const SigningKey key = SigningKey::generate();
    const QString path = dir.filePath(QStringLiteral("old.key"));
    REQUIRE(key.save(path).ok());
    SigningKey::KeyFileProblem problem = SigningKey::KeyFileProblem::Damaged;
    const Result<SigningKey> loaded
        = SigningKey::loadProtected(path, QStringLiteral("anything"), &problem);
    REQUIRE(loaded.ok());
    CHECK(problem == SigningKey::KeyFileProblem::None);
    CHECK(loaded->publicKey() == key.publicKey());
    const Result<KeyFileInfo> info = inspectKeyFile(path);
    REQUIRE(info.ok());
    CHECK_FALSE(info->protectedByPassphrase);
    CHECK(info->publicKey == key.publicKey());
}
