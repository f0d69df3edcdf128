#include "devicekey.h"

#include "meeting_core/trust/systemkeystore.h"

#include "meeting_core/util/atomicfile.h"
#include "meeting_core/util/sha256.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QMutexLocker>
#include <QSaveFile>
#include <functional>
#include <map>
#include <optional>
#include <sodium.h>

namespace phonghop {

namespace {
// The context of this file's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::DeviceKey)
};
} // namespace

namespace {

// The label a protected device key file carries in clear (the organisation key file's
// "organisation" field), so a person who finds the file knows what it is.
const QString protectedKeyLabel = QStringLiteral("PhòngHọp device key");

QString keyPath(const QString &directory)
{
    return QDir(directory).filePath(QLatin1StringView(DeviceKey::fileName));
}

QString markerPath(const QString &directory)
{
    return QDir(directory).filePath(QLatin1StringView(DeviceKey::keyStoreMarkerName));
}

// The label of a key file sealed under the key store's secret (seen by whoever finds the file).
const QString keyStoreKeyLabel = QStringLiteral("PhòngHọp device key (system key store)");

// Keys unlocked in this process, by their folder: in memory only, never written.
struct UnlockedKeys {
    QMutex mutex;
    std::map<QString, SigningKey> keys;
};

UnlockedKeys &unlockedKeys()
{
    static UnlockedKeys instance;
    return instance;
}

QString folderKey(const QString &directory)
{
    const QFileInfo info(directory);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : canonical;
}

std::optional<SigningKey> unlockedKeyOf(const QString &directory)
{
    UnlockedKeys &unlocked = unlockedKeys();
    const QMutexLocker locker(&unlocked.mutex);
    const auto found = unlocked.keys.find(folderKey(directory));
    if (found == unlocked.keys.end())
        return std::nullopt;
    return found->second;
}

void keepUnlocked(const QString &directory, const SigningKey &key)
{
    UnlockedKeys &unlocked = unlockedKeys();
    const QMutexLocker locker(&unlocked.mutex);
    unlocked.keys.insert_or_assign(folderKey(directory), key);
}

// Writes the key file anew through a temporary sibling moved over it in one step: a crash
// leaves the old file or the new one, never none.
Status replaceKeyFile(const QString &directory, const std::function<Status(const QString &)> &write)
{
    const QString path = keyPath(directory);
    const QString temporary = atomicfile::temporarySiblingPath(path);
    QFile::remove(temporary);
    const Status written = write(temporary);
    if (!written) {
        QFile::remove(temporary);
        return written;
    }
    if (!atomicfile::replaceExisting(temporary, path)) {
        QFile::remove(temporary);
        return Status::failure(
            Tr::tr("The device key %1 cannot be replaced").arg(QDir::toNativeSeparators(path)));
    }
    atomicfile::flushDirectory(directory);
    return Status::success();
}

// The key of a protected file, opened with pin (nothing is kept).
Result<SigningKey> openWithPin(
    const QString &directory, const QString &pin, SigningKey::KeyFileProblem *problem = nullptr)
{
    SigningKey::KeyFileProblem found = SigningKey::KeyFileProblem::None;
    Result<SigningKey> key = SigningKey::loadProtected(keyPath(directory), pin, &found);
    if (problem)
        *problem = found;
    if (!key && found == SigningKey::KeyFileProblem::WrongPassphrase)
        return Result<SigningKey>::failure(Tr::tr("The PIN is wrong."));
    return key;
}

QString keptByKeyStoreMessage()
{
    return Tr::tr("This device's key is kept by the system key store, not by a PIN; stop using "
                  "the key store first.");
}

} // namespace

Result<SigningKey> DeviceKey::loadOrCreate(const QString &directory)
{
    using R = Result<SigningKey>;
    if (!QDir().mkpath(directory))
        return R::failure(Tr::tr("Cannot create the key directory %1").arg(directory));
    QFile::setPermissions(
        directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (exists(directory))
        return load(directory);
    const SigningKey key = SigningKey::generate();
    const Status saved = key.save(keyPath(directory));
    if (!saved)
        return R::failure(saved.error());
    return key;
}

Result<SigningKey> DeviceKey::load(const QString &directory)
{
    using R = Result<SigningKey>;
    const QString path = keyPath(directory);
    if (!exists(directory))
        return R::failure(
            Tr::tr("There is no device key in %1").arg(QDir::toNativeSeparators(directory)));
    const Result<KeyFileInfo> info = inspectKeyFile(path);
    if (!info)
        return R::failure(info.error());
    if (!info->protectedByPassphrase)
        return SigningKey::load(path);
    if (std::optional<SigningKey> unlocked = unlockedKeyOf(directory))
        return *unlocked;
    if (protection(directory) == Protection::SystemKeyStore) {
        const Status opened = unlockFromSystemKeyStore(directory);
        if (!opened)
            return R::failure(opened.error());
        return *unlockedKeyOf(directory);
    }
    const QString pin = qEnvironmentVariable(pinVariable);
    if (pin.isEmpty())
        return R::failure(lockedMessage());
    const Status opened = unlock(directory, pin);
    if (!opened)
        return R::failure(opened.error());
    return *unlockedKeyOf(directory);
}

QByteArray DeviceKey::publicKeyIn(const QString &directory)
{
    if (!exists(directory))
        return {};
    const Result<KeyFileInfo> info = inspectKeyFile(keyPath(directory));
    return info ? info->publicKey : QByteArray();
}

bool DeviceKey::exists(const QString &directory)
{
    return QFileInfo::exists(keyPath(directory));
}

bool DeviceKey::isProtected(const QString &directory)
{
    if (!exists(directory))
        return false;
    const Result<KeyFileInfo> info = inspectKeyFile(keyPath(directory));
    return info && info->protectedByPassphrase;
}

bool DeviceKey::isUnlocked(const QString &directory)
{
    return exists(directory) && (!isProtected(directory) || unlockedKeyOf(directory).has_value());
}

DeviceKey::Protection DeviceKey::protection(const QString &directory)
{
    if (!isProtected(directory))
        return Protection::None;
    return QFileInfo::exists(markerPath(directory)) ? Protection::SystemKeyStore : Protection::Pin;
}

Status DeviceKey::protectWithSystemKeyStore(const QString &directory)
{
    if (isProtected(directory))
        return Status::failure(protection(directory) == Protection::SystemKeyStore
                ? Tr::tr("This device's key is already kept by the system key store.")
                : Tr::tr("This device's key is protected by a PIN; remove the PIN first."));
    const Result<SigningKey> key = load(directory);
    if (!key)
        return Status::failure(key.error());
    const QString deviceId = deviceIdOf(key->publicKey());
    QByteArray secret(32, Qt::Uninitialized);
    randombytes_buf(secret.data(), size_t(secret.size()));
    const QString passphrase = QString::fromLatin1(secret.toBase64());
    // The store keeps the secret and gives it back before the only copy of the key changes.
    const Status stored = systemkeystore::store(deviceId, secret);
    sodium_memzero(secret.data(), size_t(secret.size()));
    if (!stored)
        return stored;
    const Result<QByteArray> back = systemkeystore::lookup(deviceId);
    if (!back || QString::fromLatin1(back->toBase64()) != passphrase) {
        (void)systemkeystore::remove(deviceId); // best effort: it opens nothing now
        return Status::failure(
            back ? Tr::tr("The system key store gave back another secret.") : back.error());
    }
    const QJsonObject marker { { QStringLiteral("store"), QStringLiteral("secret-service") },
        { QStringLiteral("device"), deviceId } };
    QSaveFile markerFile(markerPath(directory));
    const bool markerWritten = markerFile.open(QIODevice::WriteOnly)
        && markerFile.write(QJsonDocument(marker).toJson()) >= 0 && markerFile.commit();
    if (!markerWritten) {
        (void)systemkeystore::remove(deviceId); // best effort: it opens nothing now
        return Status::failure(Tr::tr("The note that the system key store keeps the device key "
                                      "cannot be written in %1")
                                   .arg(QDir::toNativeSeparators(directory)));
    }
    const Status replaced = replaceKeyFile(directory, [&](const QString &temporary) {
        const Status saved = key->saveProtected(temporary, passphrase, keyStoreKeyLabel);
        if (!saved)
            return saved;
        const Result<SigningKey> reread = SigningKey::loadProtected(temporary, passphrase);
        if (!reread || reread->publicKey() != key->publicKey())
            return Status::failure(Tr::tr("The protected device key could not be read back"));
        return Status::success();
    });
    if (!replaced) {
        QFile::remove(markerPath(directory));
        (void)systemkeystore::remove(deviceId); // best effort: it opens nothing now
        return replaced;
    }
    keepUnlocked(directory, key.value());
    return Status::success();
}

Status DeviceKey::unlockFromSystemKeyStore(const QString &directory)
{
    if (protection(directory) != Protection::SystemKeyStore)
        return Status::failure(Tr::tr("This device's key is not kept by the system key store."));
    const QByteArray publicKey = publicKeyIn(directory);
    const Result<QByteArray> secret = systemkeystore::lookup(deviceIdOf(publicKey));
    if (!secret)
        return Status::failure(Tr::tr("This device's key stays locked: %1").arg(secret.error()));
    const Result<SigningKey> key
        = SigningKey::loadProtected(keyPath(directory), QString::fromLatin1(secret->toBase64()));
    if (!key || key->publicKey() != publicKey)
        return Status::failure(Tr::tr("This device's key stays locked: the secret the system key "
                                      "store holds does not open it."));
    keepUnlocked(directory, key.value());
    return Status::success();
}

Status DeviceKey::removeSystemKeyStoreProtection(const QString &directory)
{
    if (protection(directory) != Protection::SystemKeyStore)
        return Status::failure(Tr::tr("This device's key is not kept by the system key store."));
    const Result<SigningKey> key = load(directory);
    if (!key)
        return Status::failure(key.error());
    const Status replaced
        = replaceKeyFile(directory, [&](const QString &temporary) { return key->save(temporary); });
    if (!replaced)
        return replaced;
    QFile::remove(markerPath(directory));
    lock(directory);
    // The key is clear again either way; an item left in the store opens nothing any more.
    (void)systemkeystore::remove(deviceIdOf(key->publicKey()));
    return Status::success();
}

Status DeviceKey::unlock(
    const QString &directory, const QString &pin, SigningKey::KeyFileProblem *problem)
{
    const Result<SigningKey> key = openWithPin(directory, pin, problem);
    if (!key)
        return Status::failure(key.error());
    keepUnlocked(directory, key.value());
    return Status::success();
}

void DeviceKey::lock(const QString &directory)
{
    UnlockedKeys &unlocked = unlockedKeys();
    const QMutexLocker locker(&unlocked.mutex);
    unlocked.keys.erase(folderKey(directory));
}

Status DeviceKey::protect(const QString &directory, const QString &pin)
{
    if (const QString problem = pinProblem(pin); !problem.isEmpty())
        return Status::failure(problem);
    if (protection(directory) == Protection::SystemKeyStore)
        return Status::failure(keptByKeyStoreMessage());
    if (isProtected(directory))
        return Status::failure(
            Tr::tr("This device's key is already protected by a PIN; change the PIN instead."));
    const Result<SigningKey> key = load(directory);
    if (!key)
        return Status::failure(key.error());
    const Status replaced = replaceKeyFile(directory, [&](const QString &temporary) {
        const Status saved = key->saveProtected(temporary, pin, protectedKeyLabel);
        if (!saved)
            return saved;
        // Read back before it replaces the only copy of the key.
        const Result<SigningKey> back = SigningKey::loadProtected(temporary, pin);
        if (!back || back->publicKey() != key->publicKey())
            return Status::failure(Tr::tr("The protected device key could not be read back"));
        return Status::success();
    });
    if (replaced)
        keepUnlocked(directory, key.value());
    return replaced;
}

Status DeviceKey::changePin(const QString &directory, const QString &currentPin, const QString &pin)
{
    if (protection(directory) == Protection::SystemKeyStore)
        return Status::failure(keptByKeyStoreMessage());
    if (const QString problem = pinProblem(pin); !problem.isEmpty())
        return Status::failure(problem);
    if (!isProtected(directory))
        return Status::failure(Tr::tr("This device's key has no PIN yet."));
    const Result<SigningKey> key = openWithPin(directory, currentPin);
    if (!key)
        return Status::failure(key.error());
    const Status replaced = replaceKeyFile(directory, [&](const QString &temporary) {
        const Status saved = key->saveProtected(temporary, pin, protectedKeyLabel);
        if (!saved)
            return saved;
        const Result<SigningKey> back = SigningKey::loadProtected(temporary, pin);
        if (!back || back->publicKey() != key->publicKey())
            return Status::failure(Tr::tr("The protected device key could not be read back"));
        return Status::success();
    });
    if (replaced)
        keepUnlocked(directory, key.value());
    return replaced;
}

Status DeviceKey::removePin(const QString &directory, const QString &currentPin)
{
    if (protection(directory) == Protection::SystemKeyStore)
        return Status::failure(keptByKeyStoreMessage());
    if (!isProtected(directory))
        return Status::failure(Tr::tr("This device's key has no PIN yet."));
    const Result<SigningKey> key = openWithPin(directory, currentPin);
    if (!key)
        return Status::failure(key.error());
    const Status replaced
        = replaceKeyFile(directory, [&](const QString &temporary) { return key->save(temporary); });
    if (replaced)
        lock(directory);
    return replaced;
}

QString DeviceKey::pinProblem(const QString &pin)
{
    if (pin.size() < minimumPinLength)
        return Tr::tr("The PIN needs at least %n characters.", nullptr, minimumPinLength);
    if (pin.count(pin.front()) == pin.size())
        return Tr::tr("The PIN cannot be one character repeated.");
    return {};
}

QString DeviceKey::lockedMessage()
{
    return Tr::tr("This device's key is protected by a PIN: enter the PIN to sign and to open "
                  "confidential documents.");
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
