// The device key kept by the system's key store (issue 16, docs/trust.md "The device key at
// rest"): a real Secret Service (GNOME Keyring) on a private D-Bus session started by the test,
// and phonghop-cli run as separate processes.
#include "cli_run.h"
#include "private_keyring.h"

#include "meeting_core/trust/devicekey.h"
#include "meeting_core/trust/signedrecord.h"
#include "meeting_core/trust/systemkeystore.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace phonghop;
using namespace phonghop::test;

namespace {

SigningKey seatKey()
{
    return SigningKey::fromSeed(QByteArray(32, 'q'));
}

bool signsAs(const SigningKey &key, const QByteArray &publicKey)
{
    const SignedRecord record = SignedRecord::create(
        QStringLiteral("test-record"), QJsonObject { { QStringLiteral("x"), 1 } }, key);
    return key.publicKey() == publicKey && record.signerPublicKey() == publicKey
        && SignedRecord::fromBytes(record.toBytes()).ok();
}

} // namespace

TEST_CASE("the system key store keeps a seat's device key: the file alone opens nothing",
    "[device-keystore]")
{
    PrivateKeyring keyring;
    const SessionBusFor bus(keyring.address);
    QTemporaryDir seat;
    REQUIRE(seat.isValid());
    const SigningKey key = seatKey();
    const QString keyFile = seat.filePath(QLatin1StringView(DeviceKey::fileName));
    REQUIRE(key.save(keyFile).ok());
    REQUIRE(systemkeystore::available());

    Cli cli;
    cli.env = keyring.environment;
    const auto device = [&](const QStringList &more) {
        return cli.run(QStringList { QStringLiteral("device") } + more
            + QStringList { QStringLiteral("--cache"), seat.path() });
    };
    const QStringList status { QStringLiteral("status"), QStringLiteral("--json") };
    CHECK(cli.ok(QStringList { QStringLiteral("device") } + status
                 + QStringList { QStringLiteral("--cache"), seat.path() })
              .json()
              .object()
              .value(u"protection")
              .toString()
        == QStringLiteral("none"));

    const CliRun kept = device({ QStringLiteral("protect"), QStringLiteral("--keystore") });
    INFO(kept.all().toStdString());
    REQUIRE(kept.exitCode == 0);
    const QJsonObject shown = device(status).json().object();
    CHECK(shown.value(u"protection").toString() == QStringLiteral("system-key-store"));
    CHECK_FALSE(shown.value(u"pinProtected").toBool());
    CHECK(DeviceKey::protection(seat.path()) == DeviceKey::Protection::SystemKeyStore);
    // The file no longer opens as a bare key, nor with a guessed PIN; its public key stays
    // readable, so the seat still syncs while locked.
    CHECK_FALSE(SigningKey::load(keyFile).ok());
    CHECK_FALSE(SigningKey::loadProtected(keyFile, QStringLiteral("123456")).ok());
    CHECK(DeviceKey::publicKeyIn(seat.path()) == key.publicKey());
    // A second protection, or a PIN on top, is refused.
    CHECK(device({ QStringLiteral("protect"), QStringLiteral("--keystore") }).exitCode == 4);
    cli.env.insert(QString::fromLatin1(DeviceKey::pinVariable), QStringLiteral("481516"));
    const CliRun pinToo = device({ QStringLiteral("protect") });
    CHECK(pinToo.exitCode == 4);
    CHECK(pinToo.err.contains(QStringLiteral("system key store")));
    cli.env.remove(QString::fromLatin1(DeviceKey::pinVariable));

    // Another process of this login opens it with no PIN: same key, it signs.
    DeviceKey::lock(seat.path());
    const Result<SigningKey> opened = DeviceKey::load(seat.path());
    REQUIRE(opened.ok());
    CHECK(signsAs(opened.value(), key.publicKey()));

    // No key store reachable (the file copied off a lost laptop, another session): locked,
    // with the reason, and nothing changed.
    const QByteArray fileBefore = readBytes(keyFile);
    DeviceKey::lock(seat.path());
    {
        const SessionBusFor noBus(QString {});
        const Result<SigningKey> locked = DeviceKey::load(seat.path());
        REQUIRE_FALSE(locked.ok());
        CHECK(locked.error().contains(QStringLiteral("stays locked")));
        CHECK_FALSE(DeviceKey::isUnlocked(seat.path()));
    }
    CHECK(readBytes(keyFile) == fileBefore);

    // Back to a key without protection: the store's item is deleted with it.
    const CliRun removed = device({ QStringLiteral("remove-pin") });
    INFO(removed.all().toStdString());
    REQUIRE(removed.exitCode == 0);
    CHECK(DeviceKey::protection(seat.path()) == DeviceKey::Protection::None);
    const Result<SigningKey> clear = SigningKey::load(keyFile);
    REQUIRE(clear.ok());
    CHECK(clear->publicKey() == key.publicKey());
    CHECK_FALSE(QFile::exists(seat.filePath(QLatin1StringView(DeviceKey::keyStoreMarkerName))));
    CHECK_FALSE(systemkeystore::lookup(deviceIdOf(key.publicKey())).ok());
}

TEST_CASE("a device key whose secret left the system key store stays locked and says why",
    "[device-keystore]")
{
    PrivateKeyring keyring;
    const SessionBusFor bus(keyring.address);
    QTemporaryDir seat;
    REQUIRE(seat.isValid());
    const SigningKey key = seatKey();
    REQUIRE(key.save(seat.filePath(QLatin1StringView(DeviceKey::fileName))).ok());
    REQUIRE(DeviceKey::protectWithSystemKeyStore(seat.path()).ok());
    CHECK(DeviceKey::isUnlocked(seat.path())); // kept open in the process that protected it

    // Someone deletes the item in the desktop's key manager.
    REQUIRE(systemkeystore::remove(deviceIdOf(key.publicKey())).ok());
    DeviceKey::lock(seat.path());
    const Result<SigningKey> locked = DeviceKey::load(seat.path());
    REQUIRE_FALSE(locked.ok());
    CHECK(locked.error().contains(QStringLiteral("holds no secret")));
    CHECK(DeviceKey::publicKeyIn(seat.path()) == key.publicKey());

    // A wrong secret under the device's name opens nothing either.
    REQUIRE(systemkeystore::store(deviceIdOf(key.publicKey()), QByteArray(32, 'x')).ok());
    const Status wrong = DeviceKey::unlockFromSystemKeyStore(seat.path());
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().contains(QStringLiteral("does not open it")));
    CHECK_FALSE(DeviceKey::isUnlocked(seat.path()));
}

TEST_CASE("a PIN-protected device key is not handed to the system key store", "[device-keystore]")
{
    PrivateKeyring keyring;
    const SessionBusFor bus(keyring.address);
    QTemporaryDir seat;
    REQUIRE(seat.isValid());
    REQUIRE(seatKey().save(seat.filePath(QLatin1StringView(DeviceKey::fileName))).ok());
    REQUIRE(DeviceKey::protect(seat.path(), QStringLiteral("481516")).ok());
    const Status refused = DeviceKey::protectWithSystemKeyStore(seat.path());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("remove the PIN first")));
    CHECK(DeviceKey::protection(seat.path()) == DeviceKey::Protection::Pin);
}
