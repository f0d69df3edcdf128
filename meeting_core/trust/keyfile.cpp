// The organisation's protected key file (docs/trust.md, "Key files"):
//   {"format":"phonghop-key","version":1,"kdf":"argon2id13","opslimit":N,"memlimit":N,
//    "salt":b64,"nonce":b64,"sealedSeed":b64,"publicKey":b64,"organisation":name}
// The seed is sealed with crypto_secretbox under a key derived from the passphrase with
// Argon2id (crypto_pwhash); the public key and the organisation's name stay in clear so that
// the file can be recognised without its passphrase.
#include "signingkey.h"

#include "meeting_core/util/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <cctype>
#include <optional>
#include <sodium.h>
#include <stdexcept>
#include <variant>

namespace phonghop {

namespace {

// The context of this file's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::KeyFile)
};

constexpr auto formatName = "phonghop-key";
constexpr int formatVersion = 1;
constexpr auto kdfName = "argon2id13";
// A key file is a few hundred bytes; anything much larger is not one (and is not read whole).
constexpr qint64 maximumFileSize = 64 * 1024;
constexpr qsizetype seedBytes = crypto_sign_SEEDBYTES;

void ensureSodium()
{
    if (sodium_init() < 0)
        throw std::runtime_error("libsodium could not be initialised");
}

// Wipes a buffer holding a secret when it goes out of scope.
class SecretBytes final {
public:
    explicit SecretBytes(qsizetype size)
        : m_bytes(size, '\0')
    {
    }
    explicit SecretBytes(QByteArray bytes)
        : m_bytes(std::move(bytes))
    {
        m_bytes.detach();
    }
    ~SecretBytes() { sodium_memzero(m_bytes.data(), static_cast<size_t>(m_bytes.size())); }
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;

    unsigned char *data() { return reinterpret_cast<unsigned char *>(m_bytes.data()); }
    const QByteArray &bytes() const { return m_bytes; }
    qsizetype size() const { return m_bytes.size(); }

private:
    QByteArray m_bytes;
};

std::optional<QByteArray> decodeBase64(const QJsonValue &value, qsizetype expectedSize)
{
    if (!value.isString())
        return std::nullopt;
    auto decoded = QByteArray::fromBase64Encoding(
        value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != expectedSize)
        return std::nullopt;
    return decoded.decoded;
}

bool isLegacySeedFile(const QByteArray &bytes)
{
    // Counted in place: no copy of the seed's digits is made.
    qsizetype digits = 0;
    bool inside = false; // past the leading white space
    bool after = false; // in the trailing white space
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isspace(u)) {
            after = inside;
            continue;
        }
        if (after || !std::isxdigit(u))
            return false;
        inside = true;
        ++digits;
    }
    return digits == seedBytes * 2;
}

// What the file says in clear, checked, without the passphrase.
struct ParsedKeyFile {
    bool legacy = false;
    QByteArray legacySeed; // legacy files only (wiped by the caller)
    quint64 opslimit = 0;
    size_t memlimit = 0;
    QByteArray salt;
    QByteArray nonce;
    QByteArray sealedSeed;
    QByteArray publicKey;
    QString organisation;
};

struct ParseFailure {
    SigningKey::KeyFileProblem problem;
    QString message;
};

std::variant<ParsedKeyFile, ParseFailure> parseKeyFile(const QString &path)
{
    using P = SigningKey::KeyFileProblem;
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ParseFailure { P::Unreadable,
            Tr::tr("Cannot read the key file %1: %2").arg(shown, file.errorString()) };
    if (file.size() > maximumFileSize)
        return ParseFailure { P::NotAKeyFile, Tr::tr("%1 is not a PhòngHọp key file").arg(shown) };
    SecretBytes bytes(file.read(maximumFileSize + 1));
    if (file.error() != QFileDevice::NoError)
        return ParseFailure { P::Unreadable,
            Tr::tr("Cannot read the key file %1: %2").arg(shown, file.errorString()) };

    ParsedKeyFile parsed;
    if (isLegacySeedFile(bytes.bytes())) {
        SecretBytes hex(bytes.bytes().trimmed()); // the copy is wiped too
        parsed.legacy = true;
        parsed.legacySeed = QByteArray::fromHex(hex.bytes());
        return parsed;
    }

    const QJsonDocument document = QJsonDocument::fromJson(bytes.bytes());
    const QJsonObject root = document.object();
    if (!document.isObject()) {
        // A key file cut short (a copy interrupted, a full disk) still starts like one.
        if (bytes.bytes().contains(formatName) || bytes.bytes().trimmed().isEmpty())
            return ParseFailure {
                P::Damaged,
                Tr::tr("The key file %1 is damaged or incomplete; use your backup copy").arg(shown)
            };
        return ParseFailure { P::NotAKeyFile, Tr::tr("%1 is not a PhòngHọp key file").arg(shown) };
    }
    if (root.value(u"format").toString() != QLatin1StringView(formatName))
        return ParseFailure { P::NotAKeyFile, Tr::tr("%1 is not a PhòngHọp key file").arg(shown) };
    if (root.value(u"version").toInt(-1) != formatVersion)
        return ParseFailure { P::NotAKeyFile,
            Tr::tr("The key file %1 was written by a newer version of PhòngHọp").arg(shown) };

    auto damaged = [&shown] {
        return ParseFailure { P::Damaged,
            Tr::tr("The key file %1 is damaged or incomplete; use your backup copy").arg(shown) };
    };
    if (root.value(u"kdf").toString() != QLatin1StringView(kdfName))
        return damaged();
    // Bounds: a hostile file must not make us spend minutes or gigabytes before we refuse it.
    const double ops = root.value(u"opslimit").toDouble(-1);
    const double mem = root.value(u"memlimit").toDouble(-1);
    if (ops < double(crypto_pwhash_OPSLIMIT_MIN) || ops > double(crypto_pwhash_OPSLIMIT_SENSITIVE)
        || mem < double(crypto_pwhash_MEMLIMIT_MIN)
        || mem > double(crypto_pwhash_MEMLIMIT_SENSITIVE) || ops != double(quint64(ops))
        || mem != double(quint64(mem)))
        return damaged();
    parsed.opslimit = quint64(ops);
    parsed.memlimit = size_t(mem);
    const auto salt = decodeBase64(root.value(u"salt"), crypto_pwhash_SALTBYTES);
    const auto nonce = decodeBase64(root.value(u"nonce"), crypto_secretbox_NONCEBYTES);
    const auto sealed
        = decodeBase64(root.value(u"sealedSeed"), seedBytes + crypto_secretbox_MACBYTES);
    const auto publicKey = decodeBase64(root.value(u"publicKey"), crypto_sign_PUBLICKEYBYTES);
    if (!salt || !nonce || !sealed || !publicKey || !root.value(u"organisation").isString())
        return damaged();
    parsed.salt = *salt;
    parsed.nonce = *nonce;
    parsed.sealedSeed = *sealed;
    parsed.publicKey = *publicKey;
    parsed.organisation = root.value(u"organisation").toString();
    return parsed;
}

// Derives the secretbox key from the passphrase; false when Argon2id could not run (memory).
bool deriveKey(SecretBytes &key, const QString &passphrase, const QByteArray &salt,
    quint64 opslimit, size_t memlimit)
{
    SecretBytes phrase(passphrase.toUtf8());
    return crypto_pwhash(key.data(), static_cast<unsigned long long>(key.size()),
               reinterpret_cast<const char *>(phrase.bytes().constData()),
               static_cast<unsigned long long>(phrase.size()),
               reinterpret_cast<const unsigned char *>(salt.constData()), opslimit, memlimit,
               crypto_pwhash_ALG_ARGON2ID13)
        == 0;
}

} // namespace

Result<SigningKey> SigningKey::loadProtected(
    const QString &path, const QString &passphrase, KeyFileProblem *problem)
{
    using R = Result<SigningKey>;
    ensureSodium();
    auto fail = [problem](KeyFileProblem kind, const QString &message) {
        if (problem)
            *problem = kind;
        return R::failure(message);
    };
    if (problem)
        *problem = KeyFileProblem::None;
    auto parsedOrFailure = parseKeyFile(path);
    if (auto *failure = std::get_if<ParseFailure>(&parsedOrFailure))
        return fail(failure->problem, failure->message);
    ParsedKeyFile &parsed = std::get<ParsedKeyFile>(parsedOrFailure);
    const QString shown = QDir::toNativeSeparators(path);

    if (parsed.legacy) {
        // An older, unprotected file: the passphrase is not needed (inspectKeyFile tells
        // callers, who warn and suggest protecting it).
        SecretBytes seed(std::move(parsed.legacySeed));
        return fromSeed(seed.bytes());
    }

    SecretBytes boxKey(crypto_secretbox_KEYBYTES);
    if (!deriveKey(boxKey, passphrase, parsed.salt, parsed.opslimit, parsed.memlimit))
        return fail(KeyFileProblem::Unreadable,
            Tr::tr("Not enough memory to open the key file %1").arg(shown));
    SecretBytes seed(seedBytes);
    if (crypto_secretbox_open_easy(seed.data(),
            reinterpret_cast<const unsigned char *>(parsed.sealedSeed.constData()),
            static_cast<unsigned long long>(parsed.sealedSeed.size()),
            reinterpret_cast<const unsigned char *>(parsed.nonce.constData()), boxKey.data())
        != 0)
        return fail(KeyFileProblem::WrongPassphrase,
            Tr::tr("The passphrase is wrong for the key file %1").arg(shown));
    SigningKey key = fromSeed(seed.bytes());
    if (key.publicKey() != parsed.publicKey)
        return fail(KeyFileProblem::Damaged,
            Tr::tr("The key file %1 is damaged or incomplete; use your backup copy").arg(shown));
    return key;
}

Status SigningKey::saveProtected(
    const QString &path, const QString &passphrase, const QString &organisationName) const
{
    ensureSodium();
    const QString shown = QDir::toNativeSeparators(path);
    if (passphrase.isEmpty())
        return Status::failure(Tr::tr("The key file needs a passphrase"));
    if (QFileInfo::exists(path))
        return Status::failure(
            Tr::tr("%1 already exists; a key file is never replaced. Choose another name.")
                .arg(shown));

    const quint64 opslimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
    const size_t memlimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;
    QByteArray salt(crypto_pwhash_SALTBYTES, Qt::Uninitialized);
    randombytes_buf(salt.data(), static_cast<size_t>(salt.size()));
    QByteArray nonce(crypto_secretbox_NONCEBYTES, Qt::Uninitialized);
    randombytes_buf(nonce.data(), static_cast<size_t>(nonce.size()));

    SecretBytes boxKey(crypto_secretbox_KEYBYTES);
    if (!deriveKey(boxKey, passphrase, salt, opslimit, memlimit))
        return Status::failure(Tr::tr("Not enough memory to protect the key file"));
    QByteArray sealed(seedBytes + crypto_secretbox_MACBYTES, Qt::Uninitialized);
    // The seed is the first half of libsodium's secret key.
    crypto_secretbox_easy(reinterpret_cast<unsigned char *>(sealed.data()),
        reinterpret_cast<const unsigned char *>(m_secretKey.constData()),
        static_cast<unsigned long long>(seedBytes),
        reinterpret_cast<const unsigned char *>(nonce.constData()), boxKey.data());

    const QJsonObject object {
        { QStringLiteral("format"), QLatin1StringView(formatName) },
        { QStringLiteral("version"), formatVersion },
        { QStringLiteral("kdf"), QLatin1StringView(kdfName) },
        { QStringLiteral("opslimit"), double(opslimit) },
        { QStringLiteral("memlimit"), double(memlimit) },
        { QStringLiteral("salt"), QString::fromLatin1(salt.toBase64()) },
        { QStringLiteral("nonce"), QString::fromLatin1(nonce.toBase64()) },
        { QStringLiteral("sealedSeed"), QString::fromLatin1(sealed.toBase64()) },
        { QStringLiteral("publicKey"), QString::fromLatin1(m_publicKey.toBase64()) },
        { QStringLiteral("organisation"), organisationName },
    };
    const QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Indented);

    // Written owner-only from the start, under a temporary name, then moved to its name
    // without replacing anything (util/atomicfile).
    const QString temporaryPath = atomicfile::temporarySiblingPath(path);
    QFile file(temporaryPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return Status::failure(
            Tr::tr("Cannot write the key file %1: %2").arg(shown, file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const bool written = file.write(bytes) == bytes.size() && atomicfile::flushToDisk(file);
    const QString writeError = file.errorString();
    file.close();
    if (!written) {
        QFile::remove(temporaryPath);
        return Status::failure(Tr::tr("Cannot write the key file %1: %2").arg(shown, writeError));
    }
    if (!atomicfile::publishWithoutReplacing(temporaryPath, path)) {
        QFile::remove(temporaryPath);
        return Status::failure(
            Tr::tr("%1 already exists; a key file is never replaced. Choose another name.")
                .arg(shown));
    }
    return Status::success();
}

Result<KeyFileInfo> inspectKeyFile(const QString &path)
{
    using R = Result<KeyFileInfo>;
    ensureSodium();
    auto parsedOrFailure = parseKeyFile(path);
    if (auto *failure = std::get_if<ParseFailure>(&parsedOrFailure))
        return R::failure(failure->message);
    ParsedKeyFile &parsed = std::get<ParsedKeyFile>(parsedOrFailure);
    KeyFileInfo info;
    if (parsed.legacy) {
        SecretBytes seed(std::move(parsed.legacySeed));
        info.publicKey = SigningKey::fromSeed(seed.bytes()).publicKey();
        info.protectedByPassphrase = false;
        return info;
    }
    info.publicKey = parsed.publicKey;
    info.organisationName = parsed.organisation;
    return info;
}

} // namespace phonghop
