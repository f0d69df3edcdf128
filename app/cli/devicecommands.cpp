#include "commands.h"
#include "passphrase.h"

#include "meeting_core/trust/devicekey.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

// phonghop-cli device …: this seat's own key at rest (issue 16, docs/trust.md "The device key at
// rest"): whether a PIN protects it, and setting, changing or removing the PIN.
namespace phonghop::cli {

namespace {

// The context of this file's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::cli::DeviceCommands)
};

// device change-pin: the PIN the key will have (the current one comes from PHONGHOP_DEVICE_PIN).
constexpr auto newPinVariable = "PHONGHOP_NEW_DEVICE_PIN";

const QString statusSynopsis = QStringLiteral("status --cache DIR [--json]");
const QString protectSynopsis = QStringLiteral("protect --cache DIR [--keystore]");
const QString changeSynopsis = QStringLiteral("change-pin --cache DIR");
const QString removeSynopsis = QStringLiteral("remove-pin --cache DIR");

int fail(Streams &streams, int code, const QString &message)
{
    streams.err << message << '\n';
    streams.err.flush();
    return code;
}

// The cache folder holding the key, or an exit code with the reason printed.
int keyFolder(
    const QStringList &arguments, Streams &streams, const QString &synopsis, QString &folder)
{
    folder = optionValue(arguments, QStringLiteral("--cache"));
    if (folder.isEmpty())
        return fail(streams, UsageError, Tr::tr("Usage: phonghop-cli device %1").arg(synopsis));
    if (!DeviceKey::exists(folder))
        return fail(streams, Failure,
            Tr::tr("There is no device key in %1").arg(QDir::toNativeSeparators(folder)));
    return Success;
}

std::optional<QString> readPin(const char *variable, const QString &prompt,
    const QString &confirmPrompt, Streams &streams, int *code)
{
    return readPassphrase(
        { variable, prompt, confirmPrompt, Tr::tr("the PIN of this device's key"), false }, streams,
        code);
}

int runStatus(const QStringList &arguments, Streams &streams)
{
    QString folder;
    if (const int code = keyFolder(arguments, streams, statusSynopsis, folder); code != Success)
        return code;
    const QByteArray publicKey = DeviceKey::publicKeyIn(folder);
    if (publicKey.isEmpty())
        return fail(streams, Rejected,
            Tr::tr("The device key in %1 cannot be read").arg(QDir::toNativeSeparators(folder)));
    const DeviceKey::Protection protection = DeviceKey::protection(folder);
    const bool isProtected = protection == DeviceKey::Protection::Pin;
    const bool keptByKeyStore = protection == DeviceKey::Protection::SystemKeyStore;
    if (hasFlag(arguments, QStringLiteral("--json"))) {
        const QJsonObject status {
            { QStringLiteral("device"), deviceIdOf(publicKey) },
            { QStringLiteral("fingerprint"), keyFingerprint(publicKey) },
            { QStringLiteral("pinProtected"), isProtected },
            { QStringLiteral("protection"),
                keptByKeyStore    ? QStringLiteral("system-key-store")
                    : isProtected ? QStringLiteral("pin")
                                  : QStringLiteral("none") },
        };
        streams.out << QJsonDocument(status).toJson(QJsonDocument::Indented);
    } else {
        streams.out << Tr::tr("Device %1 (fingerprint %2)")
                           .arg(deviceIdOf(publicKey), keyFingerprint(publicKey))
                    << '\n'
                    << (keptByKeyStore ? Tr::tr("Its key is kept by the system key store "
                                                "(opened by the desktop's login).")
                               : isProtected
                               ? Tr::tr("Its key is protected by a PIN.")
                               : Tr::tr("Its key has no PIN: whoever can read this folder "
                                        "can sign as this device and open its confidential "
                                        "documents."))
                    << '\n';
    }
    streams.out.flush();
    return Success;
}

int runProtect(const QStringList &arguments, Streams &streams)
{
    QString folder;
    if (const int code = keyFolder(arguments, streams, protectSynopsis, folder); code != Success)
        return code;
    if (hasFlag(arguments, QStringLiteral("--keystore"))) {
        const Status kept = DeviceKey::protectWithSystemKeyStore(folder);
        if (!kept)
            return fail(streams, Rejected, kept.error());
        streams.out << Tr::tr("This device's key is now kept by the system key store: the "
                              "desktop's login opens it, no PIN is asked.")
                    << '\n';
        streams.out.flush();
        return Success;
    }
    if (DeviceKey::protection(folder) == DeviceKey::Protection::SystemKeyStore)
        return fail(streams, Rejected,
            Tr::tr("This device's key is kept by the system key store; remove that first "
                   "(device remove-pin)."));
    if (DeviceKey::isProtected(folder))
        return fail(streams, Rejected,
            Tr::tr("This device's key is already protected by a PIN; change the PIN instead."));
    int code = Success;
    const std::optional<QString> pin = readPin(DeviceKey::pinVariable, Tr::tr("New PIN: "),
        Tr::tr("The same PIN again: "), streams, &code);
    if (!pin)
        return code;
    const Status protectedNow = DeviceKey::protect(folder, *pin);
    if (!protectedNow)
        return fail(streams, Rejected, protectedNow.error());
    streams.out << Tr::tr("This device's key is now protected by the PIN; it is asked when the app "
                          "starts (and read from %1 by phonghop-cli).")
                       .arg(QString::fromLatin1(DeviceKey::pinVariable))
                << '\n';
    streams.out.flush();
    return Success;
}

int runChangePin(const QStringList &arguments, Streams &streams)
{
    QString folder;
    if (const int code = keyFolder(arguments, streams, changeSynopsis, folder); code != Success)
        return code;
    int code = Success;
    const std::optional<QString> current
        = readPin(DeviceKey::pinVariable, Tr::tr("Current PIN: "), {}, streams, &code);
    if (!current)
        return code;
    const std::optional<QString> pin = readPin(
        newPinVariable, Tr::tr("New PIN: "), Tr::tr("The same PIN again: "), streams, &code);
    if (!pin)
        return code;
    const Status changed = DeviceKey::changePin(folder, *current, *pin);
    if (!changed)
        return fail(streams, Rejected, changed.error());
    streams.out << Tr::tr("The PIN of this device's key was changed.") << '\n';
    streams.out.flush();
    return Success;
}

int runRemovePin(const QStringList &arguments, Streams &streams)
{
    QString folder;
    if (const int code = keyFolder(arguments, streams, removeSynopsis, folder); code != Success)
        return code;
    // A key the system key store keeps: the desktop's login was the proof, no PIN to ask.
    if (DeviceKey::protection(folder) == DeviceKey::Protection::SystemKeyStore) {
        const Status removed = DeviceKey::removeSystemKeyStoreProtection(folder);
        if (!removed)
            return fail(streams, Rejected, removed.error());
        streams.out << Tr::tr("This device's key is no longer kept by the system key store.")
                    << '\n';
        streams.out.flush();
        return Success;
    }
    int code = Success;
    const std::optional<QString> current
        = readPin(DeviceKey::pinVariable, Tr::tr("Current PIN: "), {}, streams, &code);
    if (!current)
        return code;
    const Status removed = DeviceKey::removePin(folder, *current);
    if (!removed)
        return fail(streams, Rejected, removed.error());
    streams.out << Tr::tr("This device's key no longer has a PIN.") << '\n';
    streams.out.flush();
    return Success;
}

} // namespace

int runDevice(const QStringList &arguments, Streams &streams)
{
    const QList<Subcommand> subcommands {
        { QStringLiteral("status"), statusSynopsis,
            Tr::tr("This seat's device id and whether a PIN protects its key"), runStatus },
        { QStringLiteral("protect"), protectSynopsis,
            Tr::tr("Protect this seat's device key with a PIN (from %1, or asked), or with "
                   "--keystore by the system key store")
                .arg(QString::fromLatin1(DeviceKey::pinVariable)),
            runProtect },
        { QStringLiteral("change-pin"), changeSynopsis,
            Tr::tr("Change the PIN (the current one from %1, the new one from %2, or asked)")
                .arg(QString::fromLatin1(DeviceKey::pinVariable),
                    QString::fromLatin1(newPinVariable)),
            runChangePin },
        { QStringLiteral("remove-pin"), removeSynopsis,
            Tr::tr("Keep this seat's device key without a PIN (or key store) again"),
            runRemovePin },
    };
    return runSubcommands(QStringLiteral("device"), subcommands, arguments, streams,
        { QStringLiteral("--json"), QStringLiteral("--keystore") });
}

} // namespace phonghop::cli
