#include "commands.h"
#include "orgaccess.h"

#include "meeting_core/org/organisationadmin.h"
#include "meeting_core/publish/peoplecsv.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// phonghop-cli people …: the organisation's directory of people ("danh bạ"), signed with the
// organisation key and kept on the share (docs/deployment.md, "The organisation's people").
namespace phonghop::cli {

namespace {

// The context of this file's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::cli::PeopleCommands)
};

const QString importSynopsis = QStringLiteral("import FILE.csv --share DIR --key FILE");
const QString listSynopsis = QStringLiteral("list --share DIR [--cache DIR] [--json]");
const QString addSynopsis
    = QStringLiteral("add --share DIR --key FILE --name NAME [--id ID] [--position TEXT] [--unit "
                     "TEXT] [--role ROLE] [--weight N]");
const QString retireSynopsis = QStringLiteral("retire ID --share DIR --key FILE");
const QString rulesSynopsis = QStringLiteral("rules --share DIR --key FILE [--proxy-voting yes|no] "
                                             "[--count-proxies-for-quorum yes|no]");

int fail(Streams &streams, int code, const QString &message)
{
    streams.err << message << '\n';
    streams.err.flush();
    return code;
}

int usage(Streams &streams, const QString &synopsis)
{
    return fail(streams, UsageError, Tr::tr("Usage: phonghop-cli people %1").arg(synopsis));
}

QJsonObject personJson(const DirectoryPerson &person)
{
    QJsonArray devices;
    for (const DirectoryDevice &device : person.devices)
        devices.append(QJsonObject {
            { QStringLiteral("device"), device.id },
            { QStringLiteral("fingerprint"), keyFingerprint(device.publicKey) },
            { QStringLiteral("label"), device.label },
            { QStringLiteral("approvedAt"), isoTime(device.approvedAt) },
            { QStringLiteral("revokedAt"), isoTime(device.revokedAt) },
        });
    return QJsonObject {
        { QStringLiteral("id"), person.id },
        { QStringLiteral("name"), person.fullName },
        { QStringLiteral("position"), person.position },
        { QStringLiteral("unit"), person.unit },
        { QStringLiteral("role"), roleKey(person.defaultRole) },
        { QStringLiteral("weight"), static_cast<double>(person.weight) },
        { QStringLiteral("retired"), person.retired },
        { QStringLiteral("devices"), devices },
    };
}

std::optional<Role> roleFromArgument(const QString &text)
{
    if (const std::optional<Role> role = roleFromKey(text.trimmed().toLower()))
        return role;
    return peoplecsv::roleFromText(text);
}

int runImport(const QStringList &arguments, Streams &streams)
{
    const QStringList positional = positionalArguments(arguments);
    const QString share = optionValue(arguments, QStringLiteral("--share"));
    const QString keyPath = optionValue(arguments, QStringLiteral("--key"));
    if (positional.size() != 2 || share.isEmpty() || keyPath.isEmpty())
        return usage(streams, importSynopsis);
    const QString listPath = positional.at(1);
    if (!QFileInfo(listPath).isFile())
        return fail(streams, UsageError,
            Tr::tr("The file %1 does not exist").arg(QDir::toNativeSeparators(listPath)));
    QStringList notes;
    const Result<QList<DirectoryPerson>> people = readPeopleList(listPath, &notes);
    for (const QString &note : std::as_const(notes))
        streams.err << note << '\n';
    streams.err.flush();
    if (!people)
        return fail(streams, Rejected, people.error());
    if (people->isEmpty())
        return fail(streams, Rejected,
            Tr::tr("%1 lists nobody; the directory was left as it is")
                .arg(QDir::toNativeSeparators(listPath)));

    std::optional<OrganisationAdmin> admin;
    if (const int code = openOrganisation(share, keyPath, streams, admin); code != Success)
        return code;
    const Result<OrganisationAdmin::ImportSummary> imported = admin->importPeople(people.value());
    if (!imported)
        return fail(streams, Rejected, imported.error());
    streams.out << Tr::tr(
        "People imported: %1 added, %2 updated; the directory is now at revision %3 "
        "with %4 people")
                       .arg(imported->added)
                       .arg(imported->updated)
                       .arg(imported->directory.revision)
                       .arg(imported->directory.people.size())
                << '\n';
    streams.out.flush();
    return Success;
}

int runListPeople(const QStringList &arguments, Streams &streams)
{
    const QString share = optionValue(arguments, QStringLiteral("--share"));
    if (share.isEmpty())
        return usage(streams, listSynopsis);
    QByteArray key;
    if (const int code = trustedOrganisationKey(
            share, optionValue(arguments, QStringLiteral("--cache")), streams, key);
        code != Success)
        return code;
    PeopleDirectory directory;
    if (const int code = readDirectory(share, key, streams, directory); code != Success)
        return code;
    if (hasFlag(arguments, QStringLiteral("--json"))) {
        QJsonArray people;
        for (const DirectoryPerson &person : std::as_const(directory.people))
            people.append(personJson(person));
        streams.out << QString::fromUtf8(QJsonDocument(people).toJson(QJsonDocument::Indented));
        streams.out.flush();
        return Success;
    }
    if (directory.people.isEmpty())
        streams.out << Tr::tr(
            "The directory lists nobody yet (phonghop-cli people import adds people)")
                    << '\n';
    for (const DirectoryPerson &person : std::as_const(directory.people)) {
        QStringList parts { person.id, person.fullName };
        if (!person.position.isEmpty())
            parts << person.position;
        if (!person.unit.isEmpty())
            parts << person.unit;
        parts << roleDisplayName(person.defaultRole) << Tr::tr("weight %1").arg(person.weight);
        if (person.retired)
            parts << Tr::tr("retired");
        streams.out << parts.join(QStringLiteral(" · ")) << '\n';
        for (const DirectoryDevice &device : person.devices) {
            streams.out << "    " << keyFingerprint(device.publicKey) << "  " << device.label
                        << "  "
                        << (device.active() ? Tr::tr("enrolled %1").arg(isoTime(device.approvedAt))
                                            : Tr::tr("revoked %1").arg(isoTime(device.revokedAt)))
                        << '\n';
        }
    }
    streams.out.flush();
    return Success;
}

int runAdd(const QStringList &arguments, Streams &streams)
{
    const QString share = optionValue(arguments, QStringLiteral("--share"));
    const QString keyPath = optionValue(arguments, QStringLiteral("--key"));
    const QString name = optionValue(arguments, QStringLiteral("--name")).trimmed();
    if (share.isEmpty() || keyPath.isEmpty() || name.isEmpty())
        return usage(streams, addSynopsis);
    DirectoryPerson person;
    person.fullName = name;
    person.position = optionValue(arguments, QStringLiteral("--position")).trimmed();
    person.unit = optionValue(arguments, QStringLiteral("--unit")).trimmed();
    if (const QString role = optionValue(arguments, QStringLiteral("--role")); !role.isEmpty()) {
        const std::optional<Role> parsed = roleFromArgument(role);
        if (!parsed)
            return fail(streams, UsageError,
                Tr::tr("Unknown role: %1 (chair, secretary, delegate or guest)").arg(role));
        person.defaultRole = *parsed;
    }
    if (const QString weight = optionValue(arguments, QStringLiteral("--weight"));
        !weight.isEmpty()) {
        bool number = false;
        person.weight = weight.toLongLong(&number);
        if (!number || person.weight < 0)
            return fail(streams, UsageError,
                Tr::tr("The weight must be a whole number, 0 or more: %1").arg(weight));
    }
    std::optional<OrganisationAdmin> admin;
    if (const int code = openOrganisation(share, keyPath, streams, admin); code != Success)
        return code;
    const Result<DirectoryStore::Reading> current = admin->directory();
    if (!current)
        return fail(streams, Failure, current.error());
    QStringList taken;
    for (const DirectoryPerson &p : current->directory.people)
        taken << p.id;
    person.id = optionValue(arguments, QStringLiteral("--id")).trimmed();
    if (person.id.isEmpty())
        person.id = personIdFromName(name, taken);
    else if (taken.contains(person.id))
        return fail(streams, Rejected,
            Tr::tr("The directory already has %1 (%2); nothing was changed")
                .arg(person.id, current->directory.person(person.id)->fullName));
    const Result<PeopleDirectory> saved = admin->savePerson(person);
    if (!saved)
        return fail(streams, Rejected, saved.error());
    streams.out << Tr::tr("Added %1 (%2); the directory is now at revision %3")
                       .arg(person.fullName, person.id)
                       .arg(saved->revision)
                << '\n';
    streams.out.flush();
    return Success;
}

int runRetire(const QStringList &arguments, Streams &streams)
{
    const QStringList positional = positionalArguments(arguments);
    const QString share = optionValue(arguments, QStringLiteral("--share"));
    const QString keyPath = optionValue(arguments, QStringLiteral("--key"));
    if (positional.size() != 2 || share.isEmpty() || keyPath.isEmpty())
        return usage(streams, retireSynopsis);
    const QString id = positional.at(1);
    std::optional<OrganisationAdmin> admin;
    if (const int code = openOrganisation(share, keyPath, streams, admin); code != Success)
        return code;
    const Result<DirectoryStore::Reading> current = admin->directory();
    if (!current)
        return fail(streams, Failure, current.error());
    const DirectoryPerson *person = current->directory.person(id);
    if (!person)
        return fail(streams, Rejected, Tr::tr("The directory has nobody with the id %1").arg(id));
    const QString name = person->fullName;
    const Result<PeopleDirectory> saved = admin->retirePerson(id);
    if (!saved)
        return fail(streams, Rejected, saved.error());
    streams.out << Tr::tr(
        "%1 (%2) is retired: kept on record, no longer invited to new meetings; the "
        "directory is now at revision %3")
                       .arg(name, id)
                       .arg(saved->revision)
                << '\n';
    streams.out.flush();
    return Success;
}

// "yes"/"no" (also "on"/"off", "true"/"false", "có"/"không"); nullopt for anything else.
std::optional<bool> yesNoArgument(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"yes" || t == u"on" || t == u"true" || t == u"có")
        return true;
    if (t == u"no" || t == u"off" || t == u"false" || t == u"không")
        return false;
    return std::nullopt;
}

// The body's rules about proxies, kept in the directory and copied into every roster: shown,
// or changed (a new directory revision, then the rosters of meetings to come).
int runRules(const QStringList &arguments, Streams &streams)
{
    const QString share = optionValue(arguments, QStringLiteral("--share"));
    const QString keyPath = optionValue(arguments, QStringLiteral("--key"));
    if (positionalArguments(arguments).size() != 1 || share.isEmpty() || keyPath.isEmpty())
        return usage(streams, rulesSynopsis);
    std::optional<bool> proxyVoting;
    std::optional<bool> countProxies;
    for (const auto &[option, target] :
        { std::pair { QStringLiteral("--proxy-voting"), &proxyVoting },
            std::pair { QStringLiteral("--count-proxies-for-quorum"), &countProxies } }) {
        if (!arguments.contains(option))
            continue;
        const QString value = optionValue(arguments, option);
        *target = yesNoArgument(value);
        if (!*target)
            return fail(
                streams, UsageError, Tr::tr("%1 takes yes or no, not \"%2\"").arg(option, value));
    }
    std::optional<OrganisationAdmin> admin;
    if (const int code = openOrganisation(share, keyPath, streams, admin); code != Success)
        return code;
    const Result<DirectoryStore::Reading> current = admin->directory();
    if (!current)
        return fail(streams, Failure, current.error());
    PeopleDirectory directory = current->directory;
    if (proxyVoting || countProxies) {
        const Result<PeopleDirectory> saved
            = admin->setProxyRules(proxyVoting.value_or(directory.proxyVoting),
                countProxies.value_or(directory.countProxiesForQuorum));
        if (!saved)
            return fail(streams, Rejected, saved.error());
        directory = saved.value();
        streams.out << Tr::tr("The directory is now at revision %1").arg(directory.revision)
                    << '\n';
    }
    streams.out << (directory.proxyVoting
            ? Tr::tr("A proxy holder may vote for the member they represent")
            : Tr::tr("A proxy holder may not vote for the member they represent"))
                << '\n'
                << (directory.countProxiesForQuorum
                           ? Tr::tr("Members represented by proxy count towards the quorum")
                           : Tr::tr("Members represented by proxy do not count towards the quorum"))
                << '\n';
    streams.out.flush();
    if ((proxyVoting || countProxies) && !republishRosters(*admin, directory, streams))
        return fail(streams, Failure, Tr::tr("Publish the meetings again to update their rosters"));
    return Success;
}

} // namespace

int runPeople(const QStringList &arguments, Streams &streams)
{
    const QList<Subcommand> subcommands {
        { QStringLiteral("import"), importSynopsis,
            Tr::tr("Add and update the directory's people from a staff list (CSV, or Excel's CSV "
                   "export)"),
            runImport },
        { QStringLiteral("list"), listSynopsis,
            Tr::tr(
                "The directory's people and their devices, verified against the organisation key"),
            runListPeople },
        { QStringLiteral("add"), addSynopsis, Tr::tr("Add one person to the directory"), runAdd },
        { QStringLiteral("retire"), retireSynopsis,
            Tr::tr("Retire a person: kept on record, no longer invited"), runRetire },
        { QStringLiteral("rules"), rulesSynopsis,
            Tr::tr("Show or set the body's rules about proxies: may a proxy holder vote, do "
                   "proxies count towards the quorum"),
            runRules },
    };
    return runSubcommands(
        QStringLiteral("people"), subcommands, arguments, streams, { QStringLiteral("--json") });
}

} // namespace phonghop::cli
