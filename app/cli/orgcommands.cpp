#include "commands.h"
#include "passphrase.h"

#include "meeting_core/org/organisationadmin.h"
#include "meeting_core/share/shareformat.h"
#include "meeting_core/share/sharereader.h"
#include "meeting_core/share/sharewriter.h"
#include "meeting_core/trust/signingkey.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

// phonghop-cli org …: setting up an organisation's share and keeping its key (docs/deployment.md,
// "Set up the organisation"), for IT staff and the secretariat.
namespace phonghop::cli {

namespace {

// The context of this file's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::cli::OrgCommands)
};

const QString initSynopsis
    = QStringLiteral("init --share DIR --name NAME --key FILE [--backup FILE] [--json]");
const QString infoSynopsis = QStringLiteral("info --share DIR [--json]");
const QString backupSynopsis = QStringLiteral("backup-key --key FILE --to FILE");
const QString upgradeSynopsis = QStringLiteral("upgrade-share --share DIR --key FILE");

int fail(Streams &streams, int code, const QString &message)
{
    streams.err << message << '\n';
    streams.err.flush();
    return code;
}

int usage(Streams &streams, const QString &synopsis)
{
    return fail(streams, UsageError, Tr::tr("Usage: phonghop-cli org %1").arg(synopsis));
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// A folder that already holds a share (a descriptor, readable or not).
bool holdsShare(const QString &root)
{
    return QFileInfo::exists(QDir(root).filePath(shareformat::descriptorFileName));
}

bool isEmptyFolder(const QString &root)
{
    const QFileInfo info(root);
    if (!info.exists())
        return true;
    return info.isDir()
        && QDir(root)
               .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)
               .isEmpty();
}

int runInit(const QStringList &arguments, Streams &streams)
{
    const QString share = optionValue(arguments, QStringLiteral("--share"));
    const QString name = optionValue(arguments, QStringLiteral("--name")).trimmed();
    const QString keyPath = optionValue(arguments, QStringLiteral("--key"));
    const QString backupPath = optionValue(arguments, QStringLiteral("--backup"));
    if (share.isEmpty() || name.isEmpty() || keyPath.isEmpty()
        || (arguments.contains(QStringLiteral("--backup")) && backupPath.isEmpty()))
        return usage(streams, initSynopsis);
    if (!backupPath.isEmpty()
        && QFileInfo(backupPath).absoluteFilePath() == QFileInfo(keyPath).absoluteFilePath())
        return fail(
            streams, UsageError, Tr::tr("The backup copy must be another file than the key file"));

    // Refused before anything is written: an existing key is never replaced, an existing
    // share never re-initialised.
    if (QFileInfo::exists(keyPath))
        return fail(streams, Rejected,
            Tr::tr("The key file %1 already exists; it was left as it is (an organisation key is "
                   "never replaced). Choose another file name")
                .arg(shown(keyPath)));
    if (!backupPath.isEmpty() && QFileInfo::exists(backupPath))
        return fail(streams, Rejected,
            Tr::tr(
                "The backup file %1 already exists; it was left as it is. Choose another file name")
                .arg(shown(backupPath)));
    if (holdsShare(share)) {
        const Result<ShareInfo> existing = ShareReader(share).readInfo();
        return fail(streams, Rejected,
            existing
                ? Tr::tr("%1 already holds the share of the organisation \"%2\" (key fingerprint "
                         "%3); nothing was changed")
                      .arg(shown(share), existing->organisationName,
                          keyFingerprint(existing->organisationKey))
                : Tr::tr("%1 already holds a PhòngHọp share; nothing was changed")
                      .arg(shown(share)));
    }
    if (QFileInfo::exists(share) && !QFileInfo(share).isDir())
        return fail(streams, Rejected, Tr::tr("%1 is not a folder").arg(shown(share)));
    if (!isEmptyFolder(share))
        return fail(streams, Rejected,
            Tr::tr("%1 is not empty: an organisation's share is set up in an empty folder; nothing "
                   "was "
                   "changed")
                .arg(shown(share)));

    int code = Success;
    const std::optional<QString> passphrase = readPassphrase(
        { passphraseVariable,
            Tr::tr("New passphrase for the organisation key %1: ").arg(shown(keyPath)),
            Tr::tr("The same passphrase again: "), shown(keyPath) },
        streams, &code);
    if (!passphrase)
        return code;
    if (passphrase->size() < 8)
        streams.err << Tr::tr("Warning: the passphrase is short; whoever gets the key file can try "
                              "short passphrases quickly")
                    << '\n';

    const SigningKey key = SigningKey::generate();
    QDir().mkpath(QFileInfo(keyPath).absolutePath());
    if (const Status saved = key.saveProtected(keyPath, *passphrase, name); !saved)
        return fail(streams, Failure, saved.error());
    const Result<OrganisationAdmin> admin = OrganisationAdmin::initialise(share, name, key);
    if (!admin) {
        QFile::remove(keyPath); // written a moment ago, for this share only
        return fail(streams, holdsShare(share) || !isEmptyFolder(share) ? Rejected : Failure,
            admin.error());
    }
    const QString fingerprint = keyFingerprint(key.publicKey());
    QString backupProblem;
    if (!backupPath.isEmpty()) {
        QDir().mkpath(QFileInfo(backupPath).absolutePath());
        if (const Status saved = key.saveProtected(backupPath, *passphrase, name); !saved)
            backupProblem = saved.error();
    }

    if (hasFlag(arguments, QStringLiteral("--json"))) {
        streams.out << QString::fromUtf8(
            QJsonDocument(QJsonObject {
                              { QStringLiteral("name"), name },
                              { QStringLiteral("fingerprint"), fingerprint },
                              { QStringLiteral("share"), QFileInfo(share).absoluteFilePath() },
                              { QStringLiteral("key"), QFileInfo(keyPath).absoluteFilePath() },
                              { QStringLiteral("backup"),
                                  backupPath.isEmpty() || !backupProblem.isEmpty()
                                      ? QString()
                                      : QFileInfo(backupPath).absoluteFilePath() },
                          })
                .toJson(QJsonDocument::Indented));
    } else {
        streams.out << Tr::tr("Organisation \"%1\" set up in %2").arg(name, shown(share)) << '\n'
                    << Tr::tr("Key fingerprint: %1").arg(fingerprint) << '\n'
                    << Tr::tr("Key file: %1 (protected by its passphrase)").arg(shown(keyPath))
                    << '\n';
        if (!backupPath.isEmpty() && backupProblem.isEmpty())
            streams.out << Tr::tr(
                "Backup copy: %1 (the same passphrase); keep it apart from the key file")
                               .arg(shown(backupPath))
                        << '\n';
        streams.out << Tr::tr(
            "Print the fingerprint and keep it at IT: every machine is checked against it.")
                    << '\n';
    }
    streams.out.flush();
    if (!backupProblem.isEmpty())
        return fail(streams, Failure,
            Tr::tr("The backup copy was not written: %1. Make one with phonghop-cli org backup-key "
                   "--key %2 --to FILE")
                .arg(backupProblem, shown(keyPath)));
    return Success;
}

int runInfo(const QStringList &arguments, Streams &streams)
{
    const QString share = optionValue(arguments, QStringLiteral("--share"));
    if (share.isEmpty())
        return usage(streams, infoSynopsis);
    ShareReader::InfoProblem problem = ShareReader::InfoProblem::None;
    const Result<ShareInfo> info = ShareReader(share).readInfo(&problem);
    if (!info)
        return fail(streams,
            problem == ShareReader::InfoProblem::Unreachable ? Unreachable : Rejected,
            info.error());
    const QString fingerprint = keyFingerprint(info->organisationKey);
    const QString version = QStringLiteral("%1.%2").arg(info->majorVersion).arg(info->minorVersion);
    if (hasFlag(arguments, QStringLiteral("--json"))) {
        streams.out << QString::fromUtf8(
            QJsonDocument(QJsonObject {
                              { QStringLiteral("name"), info->organisationName },
                              { QStringLiteral("fingerprint"), fingerprint },
                              { QStringLiteral("publicKey"),
                                  QString::fromLatin1(info->organisationKey.toBase64()) },
                              { QStringLiteral("formatVersion"), version },
                          })
                .toJson(QJsonDocument::Indented));
    } else {
        streams.out << Tr::tr("Organisation: %1").arg(info->organisationName) << '\n'
                    << Tr::tr("Key fingerprint: %1").arg(fingerprint) << '\n'
                    << Tr::tr("Share format: %1").arg(version) << '\n'
                    << Tr::tr("This is what the share says: compare the fingerprint with the one "
                              "printed when the organisation was set up.")
                    << '\n';
    }
    streams.out.flush();
    return Success;
}

int runBackupKey(const QStringList &arguments, Streams &streams)
{
    const QString keyPath = optionValue(arguments, QStringLiteral("--key"));
    const QString toPath = optionValue(arguments, QStringLiteral("--to"));
    if (keyPath.isEmpty() || toPath.isEmpty())
        return usage(streams, backupSynopsis);
    if (QFileInfo(toPath).absoluteFilePath() == QFileInfo(keyPath).absoluteFilePath())
        return fail(
            streams, UsageError, Tr::tr("The backup copy must be another file than the key file"));
    if (QFileInfo::exists(toPath))
        return fail(streams, Rejected,
            Tr::tr(
                "The backup file %1 already exists; it was left as it is. Choose another file name")
                .arg(shown(toPath)));

    std::optional<SigningKey> key;
    KeyFileInfo info;
    QString passphrase;
    if (const int code = loadOrganisationKey(keyPath, streams, key, &info, &passphrase);
        code != Success)
        return code;
    // The copy's passphrase: its own variable, else asked (Enter keeps the key's), else the same.
    if (!qEnvironmentVariableIsEmpty(newPassphraseVariable)) {
        passphrase = qEnvironmentVariable(newPassphraseVariable);
    } else if (standardInputIsTerminal()) {
        PassphraseQuery query { newPassphraseVariable,
            passphrase.isEmpty()
                ? Tr::tr("Passphrase for the copy %1: ").arg(shown(toPath))
                : Tr::tr("Passphrase for the copy %1 (Enter: the same as the key's): ")
                      .arg(shown(toPath)),
            Tr::tr("The same passphrase again: "), shown(toPath) };
        query.allowEmpty = !passphrase.isEmpty();
        int code = Success;
        const std::optional<QString> given = readPassphrase(query, streams, &code);
        if (!given)
            return code;
        if (!given->isEmpty())
            passphrase = *given;
    }
    if (passphrase.isEmpty())
        return fail(streams, UsageError,
            Tr::tr("A passphrase is needed for the copy %1: set %2 or %3, or run the command on a "
                   "terminal")
                .arg(shown(toPath), QString::fromLatin1(newPassphraseVariable),
                    QString::fromLatin1(passphraseVariable)));
    const QString name = info.organisationName.isEmpty()
        ? optionValue(arguments, QStringLiteral("--name"))
        : info.organisationName;
    QDir().mkpath(QFileInfo(toPath).absolutePath());
    if (const Status saved = key->saveProtected(toPath, passphrase, name); !saved)
        return fail(streams, Failure, saved.error());
    // The copy is only worth keeping if it opens.
    const Result<SigningKey> reopened = SigningKey::loadProtected(toPath, passphrase);
    if (!reopened || reopened->publicKey() != key->publicKey()) {
        QFile::remove(toPath);
        return fail(streams, Failure,
            Tr::tr("The copy %1 could not be read back, so it was removed: %2")
                .arg(shown(toPath), reopened ? QString() : reopened.error()));
    }
    streams.out << Tr::tr(
        "Backup copy written to %1 (key fingerprint %2); keep it apart from the key file")
                       .arg(shown(toPath), keyFingerprint(key->publicKey()))
                << '\n';
    streams.out.flush();
    return Success;
}

// Share format 2.0 (docs/share-format.md, "Upgrading a share"): the organisation, holding its
// key, moves its share to the session log. Seats of older versions then refuse the share with
// the "newer format" message at their next sync instead of missing what 2.0 seats write.
int runUpgradeShare(const QStringList &arguments, Streams &streams)
{
    const QString share = optionValue(arguments, QStringLiteral("--share"));
    const QString keyPath = optionValue(arguments, QStringLiteral("--key"));
    if (share.isEmpty() || keyPath.isEmpty())
        return usage(streams, upgradeSynopsis);
    ShareReader::InfoProblem problem = ShareReader::InfoProblem::None;
    const Result<ShareInfo> info = ShareReader(share).readInfo(&problem);
    if (!info)
        return fail(streams,
            problem == ShareReader::InfoProblem::Unreachable ? Unreachable : Rejected,
            info.error());
    std::optional<SigningKey> key;
    if (const int code = loadOrganisationKey(keyPath, streams, key); code != Success)
        return code;
    if (key->publicKey() != info->organisationKey)
        return fail(streams, Rejected,
            Tr::tr("The key %1 is not the key of this share's organisation (fingerprint %2); "
                   "nothing was changed")
                .arg(shown(keyPath), keyFingerprint(info->organisationKey)));
    const bool already = info->majorVersion >= shareformat::majorVersion;
    if (const Status upgraded = ShareWriter(share).upgrade(*key); !upgraded)
        return fail(streams, Failure, upgraded.error());
    streams.out << (already ? Tr::tr("The share %1 already has format %2; its index was checked")
                                  .arg(shown(share), shareformat::versionText())
                            : Tr::tr("The share %1 now has format %2. Seats of an earlier "
                                     "PhòngHọp will ask to be updated at their next sync.")
                                  .arg(shown(share), shareformat::versionText()))
                << '\n';
    streams.out.flush();
    return Success;
}

} // namespace

int runOrg(const QStringList &arguments, Streams &streams)
{
    const QList<Subcommand> subcommands {
        { QStringLiteral("init"), initSynopsis,
            Tr::tr(
                "Set up a new organisation's share in an empty folder, with a new protected key"),
            runInit },
        { QStringLiteral("info"), infoSynopsis,
            Tr::tr("The share's organisation, key fingerprint and format version"), runInfo },
        { QStringLiteral("backup-key"), backupSynopsis,
            Tr::tr(
                "Write a second protected copy of the organisation key (its passphrase from %1, or "
                "asked; by default the same)")
                .arg(QString::fromLatin1(newPassphraseVariable)),
            runBackupKey },
        { QStringLiteral("upgrade-share"), upgradeSynopsis,
            Tr::tr("Move the share to format %1, where a seat reads only what changed (every seat "
                   "must run a PhòngHọp that reads it)")
                .arg(shareformat::versionText()),
            runUpgradeShare },
    };
    return runSubcommands(
        QStringLiteral("org"), subcommands, arguments, streams, { QStringLiteral("--json") });
}

} // namespace phonghop::cli
