#include "commands.h"
#include "orgaccess.h"

#include "meeting_core/org/enrolment.h"
#include "meeting_core/org/organisationadmin.h"
#include "meeting_core/store/meetingcache.h"
#include "meeting_core/trust/devicekey.h"
#include "meeting_core/trust/organisationpin.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>

// phonghop-cli enrol …: a seat asks to be enrolled as a person of the directory; the secretary
// compares the code on both screens and approves or rejects the request, or revokes a device
// that was lost (docs/deployment.md, "Enrol the devices").
namespace phonghop::cli {

namespace {

// The context of this file's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::cli::EnrolCommands)
};

const QString requestSynopsis
    = QStringLiteral("request --share DIR --cache DIR --person ID [--label TEXT] [--json]");
const QString listSynopsis = QStringLiteral("list --share DIR [--cache DIR] [--json]");
const QString approveSynopsis
    = QStringLiteral("approve --share DIR --key FILE --device FINGERPRINT");
const QString rejectSynopsis = QStringLiteral("reject --share DIR --key FILE --device FINGERPRINT");
const QString revokeSynopsis = QStringLiteral("revoke --share DIR --key FILE --device FINGERPRINT");

int fail(Streams &streams, int code, const QString &message)
{
    streams.err << message << '\n';
    streams.err.flush();
    return code;
}

int usage(Streams &streams, const QString &synopsis)
{
    return fail(streams, UsageError, Tr::tr("Usage: phonghop-cli enrol %1").arg(synopsis));
}

bool sameDevice(const QString &typed, const DirectoryDevice &device)
{
    return typed.trimmed().toLower() == device.id
        || (!normaliseFingerprint(typed).isEmpty()
            && normaliseFingerprint(typed) == keyFingerprint(device.publicKey));
}

// The person and device the directory lists for a fingerprint or device id, revoked ones too.
std::pair<const DirectoryPerson *, const DirectoryDevice *> findDevice(
    const PeopleDirectory &directory, const QString &typed)
{
    for (const DirectoryPerson &person : directory.people)
        for (const DirectoryDevice &device : person.devices)
            if (sameDevice(typed, device))
                return { &person, &device };
    return { nullptr, nullptr };
}

int unknownDevice(Streams &streams, const QString &typed, bool pendingOnly)
{
    if (normaliseFingerprint(typed).isEmpty())
        return fail(streams, Rejected,
            Tr::tr("%1 is not a device fingerprint (eight groups of four: 3f2a-9c1d-…)")
                .arg(typed));
    return fail(streams, Rejected,
        pendingOnly
            ? Tr::tr("No enrolment request waits with the fingerprint %1 (phonghop-cli enrol "
                     "list shows those that do); nothing was changed")
                  .arg(typed)
            : Tr::tr("The directory has no device with the fingerprint %1; nothing was changed")
                  .arg(typed));
}

QJsonObject pendingJson(const PendingEnrolment &pending)
{
    return QJsonObject {
        { QStringLiteral("person"), pending.request.participantId },
        { QStringLiteral("name"), pending.personName },
        { QStringLiteral("label"), pending.request.label },
        { QStringLiteral("fingerprint"), pending.fingerprint },
        { QStringLiteral("device"), pending.request.deviceId },
        { QStringLiteral("code"), pending.comparisonCode },
        { QStringLiteral("requestedAt"), isoTime(pending.request.requestedAt) },
    };
}

int runRequest(const QStringList &arguments, Streams &streams)
{
    const QString share = optionValue(arguments, QStringLiteral("--share"));
    const QString cacheDirectory = optionValue(arguments, QStringLiteral("--cache"));
    const QString personId = optionValue(arguments, QStringLiteral("--person")).trimmed();
    if (share.isEmpty() || cacheDirectory.isEmpty() || personId.isEmpty())
        return usage(streams, requestSynopsis);
    QString label = optionValue(arguments, QStringLiteral("--label")).trimmed();
    if (label.isEmpty())
        label = QSysInfo::machineHostName();

    QByteArray organisationKey;
    QString organisationName;
    if (const int code = trustedOrganisationKey(
            share, cacheDirectory, streams, organisationKey, &organisationName);
        code != Success)
        return code;
    PeopleDirectory directory;
    if (const int code = readDirectory(share, organisationKey, streams, directory); code != Success)
        return code;
    const DirectoryPerson *person = directory.person(personId);
    if (!person)
        return fail(streams, Rejected,
            Tr::tr(
                "The organisation's directory has nobody with the id %1 (phonghop-cli people list "
                "shows who it has); no request was written")
                .arg(personId));
    if (person->retired)
        return fail(streams, Rejected,
            Tr::tr("%1 (%2) is retired from the directory; no request was written")
                .arg(person->fullName, personId));

    // The seat's own key, the one its session commands sign with (in the cache's folder).
    auto cache = MeetingCache::open(cacheDirectory);
    if (!cache)
        return fail(streams, Failure, cache.error());
    const Result<SigningKey> deviceKey = DeviceKey::loadOrCreate(cache.value()->directory());
    if (!deviceKey)
        return fail(streams, Failure, deviceKey.error());
    const QByteArray publicKey = deviceKey->publicKey();
    const QString fingerprint = keyFingerprint(publicKey);
    const QString code = enrolmentComparisonCode(publicKey);
    if (const auto [holder, device] = findDevice(directory, deviceIdOf(publicKey)); device) {
        if (!device->active())
            return fail(streams, Rejected,
                Tr::tr(
                    "This device (fingerprint %1) was revoked; a revoked device cannot be enrolled "
                    "again. Enrol another device, or this one with a new cache folder")
                    .arg(fingerprint));
        if (holder->id != personId)
            return fail(streams, Rejected,
                Tr::tr("This device (fingerprint %1) is already enrolled for %2 (%3)")
                    .arg(fingerprint, holder->fullName, holder->id));
        streams.out << Tr::tr("This device is already enrolled for %1 (%2); fingerprint %3")
                           .arg(holder->fullName, holder->id, fingerprint)
                    << '\n';
        streams.out.flush();
        return Success;
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Result<SignedRecord> request
        = requestEnrolment(share, directory, personId, label, deviceKey.value(), now);
    if (!request)
        return fail(streams, QFileInfo(share).isDir() ? Rejected : Unreachable, request.error());

    if (hasFlag(arguments, QStringLiteral("--json"))) {
        streams.out << QString::fromUtf8(QJsonDocument(
            QJsonObject {
                { QStringLiteral("person"), personId },
                { QStringLiteral("name"), person->fullName },
                { QStringLiteral("label"), label },
                { QStringLiteral("device"), deviceIdOf(publicKey) },
                { QStringLiteral("fingerprint"), fingerprint },
                { QStringLiteral("code"), code },
                { QStringLiteral("requestedAt"), isoTime(now) },
                { QStringLiteral("organisation"), organisationName },
                { QStringLiteral("organisationFingerprint"), keyFingerprint(organisationKey) },
            })
                                             .toJson(QJsonDocument::Indented));
    } else {
        streams.out << Tr::tr("Enrolment requested for %1 (%2) in %3")
                           .arg(person->fullName, personId, organisationName)
                    << '\n'
                    << Tr::tr("Device fingerprint: %1").arg(fingerprint) << '\n'
                    << Tr::tr("Comparison code: %1").arg(code) << '\n'
                    << Tr::tr("The secretary compares this code with their screen before approving "
                              "the request.")
                    << '\n';
    }
    streams.out.flush();
    return Success;
}

int runListRequests(const QStringList &arguments, Streams &streams)
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
    const EnrolmentScan scan = scanEnrolmentRequests(share, directory);
    for (const QString &problem : scan.problems)
        streams.err << problem << '\n';
    streams.err.flush();
    if (hasFlag(arguments, QStringLiteral("--json"))) {
        QJsonArray list;
        for (const PendingEnrolment &pending : scan.pending)
            list.append(pendingJson(pending));
        streams.out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
        streams.out.flush();
        return Success;
    }
    if (scan.pending.isEmpty())
        streams.out << Tr::tr("No enrolment request is waiting") << '\n';
    for (const PendingEnrolment &pending : scan.pending) {
        streams.out
            << Tr::tr("%1 (%2), \"%3\", asked %4")
                   .arg(pending.personName, pending.request.participantId, pending.request.label,
                       pending.request.requestedAt.toLocalTime().toString(
                           QStringLiteral("dd/MM/yyyy HH:mm")))
            << '\n'
            << "    "
            << Tr::tr("fingerprint %1, code %2").arg(pending.fingerprint, pending.comparisonCode)
            << '\n';
    }
    streams.out.flush();
    return Success;
}

struct Answer {
    std::optional<OrganisationAdmin> admin;
    QString device;
};

// Opens the organisation for approve, reject and revoke; Success or the exit code.
int openForAnswer(
    const QStringList &arguments, Streams &streams, const QString &synopsis, Answer &answer)
{
    const QString share = optionValue(arguments, QStringLiteral("--share"));
    const QString keyPath = optionValue(arguments, QStringLiteral("--key"));
    answer.device = optionValue(arguments, QStringLiteral("--device")).trimmed();
    if (share.isEmpty() || keyPath.isEmpty() || answer.device.isEmpty())
        return usage(streams, synopsis);
    return openOrganisation(share, keyPath, streams, answer.admin);
}

// After an approval or a revocation: the rosters of meetings to come follow the directory.
int republish(OrganisationAdmin &admin, Streams &streams)
{
    const Result<DirectoryStore::Reading> reading = admin.directory();
    if (!reading)
        return fail(streams, Failure,
            Tr::tr("The directory could not be read again to update the rosters: %1. Publish the "
                   "meetings again")
                .arg(reading.error()));
    if (!republishRosters(admin, reading->directory, streams))
        return fail(streams, Failure, Tr::tr("Publish the meetings again to update their rosters"));
    return Success;
}

int runApprove(const QStringList &arguments, Streams &streams)
{
    Answer answer;
    if (const int code = openForAnswer(arguments, streams, approveSynopsis, answer);
        code != Success)
        return code;
    OrganisationAdmin &admin = *answer.admin;
    const Result<EnrolmentScan> scan = admin.pendingEnrolments();
    if (!scan)
        return fail(streams, Failure, scan.error());
    const PendingEnrolment *pending = findPending(scan.value(), answer.device);
    if (!pending) {
        if (const Result<DirectoryStore::Reading> reading = admin.directory(); reading) {
            if (const auto [person, device] = findDevice(reading->directory, answer.device); device)
                return fail(streams, Rejected,
                    device->active()
                        ? Tr::tr("The device %1 is already enrolled for %2 (%3)")
                              .arg(keyFingerprint(device->publicKey), person->fullName, person->id)
                        : Tr::tr(
                            "The device %1 of %2 (%3) was revoked; it cannot be approved again")
                              .arg(
                                  keyFingerprint(device->publicKey), person->fullName, person->id));
        }
        return unknownDevice(streams, answer.device, true);
    }
    const QString name = pending->personName;
    const QString personId = pending->request.participantId;
    const Result<DirectoryDevice> approved = admin.approve(answer.device);
    if (!approved)
        return fail(streams, Rejected, approved.error());
    streams.out << Tr::tr("Approved: the device \"%1\" (fingerprint %2) is enrolled for %3 (%4)")
                       .arg(approved->label, keyFingerprint(approved->publicKey), name, personId)
                << '\n';
    streams.out.flush();
    return republish(admin, streams);
}

int runReject(const QStringList &arguments, Streams &streams)
{
    Answer answer;
    if (const int code = openForAnswer(arguments, streams, rejectSynopsis, answer); code != Success)
        return code;
    OrganisationAdmin &admin = *answer.admin;
    const Result<EnrolmentScan> scan = admin.pendingEnrolments();
    if (!scan)
        return fail(streams, Failure, scan.error());
    if (!findPending(scan.value(), answer.device))
        return unknownDevice(streams, answer.device, true);
    const Result<PendingEnrolment> rejected = admin.reject(answer.device);
    if (!rejected)
        return fail(streams, Rejected, rejected.error());
    streams.out << Tr::tr("Rejected: the request of the device \"%1\" (fingerprint %2) for %3 (%4)")
                       .arg(rejected->request.label, rejected->fingerprint, rejected->personName,
                           rejected->request.participantId)
                << '\n';
    streams.out.flush();
    return Success;
}

int runRevoke(const QStringList &arguments, Streams &streams)
{
    Answer answer;
    if (const int code = openForAnswer(arguments, streams, revokeSynopsis, answer); code != Success)
        return code;
    OrganisationAdmin &admin = *answer.admin;
    const Result<DirectoryStore::Reading> reading = admin.directory();
    if (!reading)
        return fail(streams, Failure, reading.error());
    const auto [person, device] = findDevice(reading->directory, answer.device);
    if (!device)
        return unknownDevice(streams, answer.device, false);
    if (!device->active())
        return fail(streams, Rejected,
            Tr::tr("The device %1 of %2 (%3) is already revoked")
                .arg(keyFingerprint(device->publicKey), person->fullName, person->id));
    const QString name = person->fullName;
    const QString personId = person->id;
    const Result<DirectoryDevice> revoked = admin.revoke(answer.device);
    if (!revoked)
        return fail(streams, Rejected, revoked.error());
    streams.out << Tr::tr(
        "Revoked: the device \"%1\" (fingerprint %2) of %3 (%4); what it writes from "
        "now on is refused")
                       .arg(revoked->label, keyFingerprint(revoked->publicKey), name, personId)
                << '\n';
    streams.out.flush();
    return republish(admin, streams);
}

} // namespace

int runEnrol(const QStringList &arguments, Streams &streams)
{
    const QList<Subcommand> subcommands {
        { QStringLiteral("request"), requestSynopsis,
            Tr::tr("Ask to enrol this seat (its cache's device key) as a person of the directory"),
            runRequest },
        { QStringLiteral("list"), listSynopsis,
            Tr::tr("The enrolment requests waiting for an answer"), runListRequests },
        { QStringLiteral("approve"), approveSynopsis,
            Tr::tr("Enrol the requesting device, after comparing the code; rosters of meetings to "
                   "come follow"),
            runApprove },
        { QStringLiteral("reject"), rejectSynopsis, Tr::tr("Refuse an enrolment request"),
            runReject },
        { QStringLiteral("revoke"), revokeSynopsis,
            Tr::tr("Revoke an enrolled device (a lost tablet); rosters of meetings to come follow"),
            runRevoke },
    };
    return runSubcommands(
        QStringLiteral("enrol"), subcommands, arguments, streams, { QStringLiteral("--json") });
}

} // namespace phonghop::cli
