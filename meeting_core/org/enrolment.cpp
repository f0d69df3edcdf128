#include "enrolment.h"

#include "meeting_core/share/sharereader.h"
#include "meeting_core/share/sharewriter.h"
#include "meeting_core/trust/organisationpin.h"
#include "meeting_core/util/sha256.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <algorithm>

namespace phonghop {

namespace {

// The context of this file's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::Enrolment)
};

const QString requestPrefix = QStringLiteral("enrolment-request-");

// A device id and a key fingerprint are the same 32 hex digits (trust/devicekey.h,
// keyFingerprint), one with dashes: both, in any spelling, come down to the bare digits.
QString bareDigits(const QString &deviceOrFingerprint)
{
    return normaliseFingerprint(deviceOrFingerprint).remove(u'-');
}

bool matchesDevice(const QString &deviceOrFingerprint, const QString &deviceId)
{
    const QString digits = bareDigits(deviceOrFingerprint);
    return !digits.isEmpty() && digits == deviceId;
}

} // namespace

QString enrolmentComparisonCode(const QByteArray &devicePublicKey)
{
    // Its own hash (not the fingerprint's digits), so that the code adds something to compare.
    const QByteArray digest = QByteArray::fromHex(
        Sha256::hexOf(QByteArrayLiteral("phonghop-comparison-code\n") + devicePublicKey)
            .toLatin1());
    quint32 value = 0;
    for (int i = 0; i < 4; ++i)
        value = (value << 8) | quint8(digest.at(i));
    const quint32 code = value % 1000000;
    return QStringLiteral("%1 %2")
        .arg(code / 1000, 3, 10, QLatin1Char('0'))
        .arg(code % 1000, 3, 10, QLatin1Char('0'));
}

QString enrolmentRequestFileName(const SignedRecord &request)
{
    return requestPrefix + request.hash().left(8) + QStringLiteral(".json");
}

namespace {

// The requests in one device's folder: its pending one (if any) goes to scan.pending, refused
// ones to scan.problems.
void scanDeviceFolder(const ShareReader &reader, const QString &deviceId,
    const PeopleDirectory &directory, const QSet<QString> &answered, EnrolmentScan &scan)
{
    {
        QList<PendingEnrolment> requests; // this device's valid, unanswered requests
        QDateTime lastAnswered; // the newest request of this device already answered
        for (const QString &name : reader.deviceRecordNames(deviceId)) {
            if (!name.startsWith(requestPrefix))
                continue;
            const QString where = QStringLiteral("devices/%1/%2").arg(deviceId, name);
            const Result<QByteArray> bytes = reader.readDeviceRecord(deviceId, name);
            if (!bytes) {
                scan.problems << Tr::tr("%1 was refused: %2").arg(where, bytes.error());
                continue;
            }
            const Result<EnrolmentRequest> request = parseEnrolmentRequest(bytes.value());
            if (!request) {
                scan.problems << Tr::tr("%1 was refused: %2").arg(where, request.error());
                continue;
            }
            const Result<SignedRecord> record = SignedRecord::fromBytes(bytes.value());
            if (!record) // cannot happen once parsed; kept so that nothing unverified is used
                continue;
            if (answered.contains(record->hash())) {
                if (!lastAnswered.isValid() || request->requestedAt > lastAnswered)
                    lastAnswered = request->requestedAt;
                continue;
            }
            if (request->deviceId != deviceId) {
                scan.problems << Tr::tr("%1 was refused: it is signed by the key of another device "
                                        "(%2)")
                                     .arg(where, keyFingerprint(request->publicKey));
                continue;
            }
            if (const DirectoryPerson *owner = directory.personWithDevice(deviceId)) {
                // Already enrolled (or revoked): not pending. A key never moves to another person.
                if (owner->id != request->participantId)
                    scan.problems << Tr::tr(
                        "%1 was refused: this device is already enrolled for %2")
                                         .arg(where, owner->fullName);
                continue;
            }
            const DirectoryPerson *person = directory.person(request->participantId);
            if (!person) {
                scan.problems << Tr::tr("%1 was refused: nobody with the id \"%2\" is in the "
                                        "organisation's directory")
                                     .arg(where, request->participantId);
                continue;
            }
            if (person->retired) {
                scan.problems << Tr::tr("%1 was refused: %2 has left the organisation")
                                     .arg(where, person->fullName);
                continue;
            }
            PendingEnrolment pending;
            pending.request = request.value();
            pending.recordHash = record->hash();
            pending.deviceFolder = deviceId;
            pending.fileName = name;
            pending.personName = person->fullName;
            pending.fingerprint = keyFingerprint(request->publicKey);
            pending.comparisonCode = enrolmentComparisonCode(request->publicKey);
            requests << pending;
        }
        // One pending request per device: its newest, and only when it is newer than the
        // last one the secretary answered (an old request is not asked again).
        const PendingEnrolment *newest = nullptr;
        for (const PendingEnrolment &candidate : requests) {
            if (lastAnswered.isValid() && !(candidate.request.requestedAt > lastAnswered))
                continue;
            if (!newest || candidate.request.requestedAt > newest->request.requestedAt
                || (candidate.request.requestedAt == newest->request.requestedAt
                    && candidate.recordHash > newest->recordHash))
                newest = &candidate;
        }
        if (newest)
            scan.pending << *newest;
    }
}

void sortOldestFirst(EnrolmentScan &scan)
{
    std::sort(scan.pending.begin(), scan.pending.end(),
        [](const PendingEnrolment &a, const PendingEnrolment &b) {
            if (a.request.requestedAt != b.request.requestedAt)
                return a.request.requestedAt < b.request.requestedAt;
            return a.recordHash < b.recordHash;
        });
}

} // namespace

EnrolmentScan scanEnrolmentRequests(const QString &shareRoot, const PeopleDirectory &directory)
{
    EnrolmentScan scan;
    const ShareReader reader(shareRoot);
    const QSet<QString> answered(
        directory.answeredRequests.cbegin(), directory.answeredRequests.cend());
    for (const QString &deviceId : reader.deviceIds())
        scanDeviceFolder(reader, deviceId, directory, answered, scan);
    sortOldestFirst(scan);
    return scan;
}

EnrolmentScan scanEnrolmentRequestsOf(
    const QString &shareRoot, const PeopleDirectory &directory, const QString &deviceOrFingerprint)
{
    EnrolmentScan scan;
    const QString deviceId = bareDigits(deviceOrFingerprint);
    if (deviceId.isEmpty())
        return scan;
    const QSet<QString> answered(
        directory.answeredRequests.cbegin(), directory.answeredRequests.cend());
    scanDeviceFolder(ShareReader(shareRoot), deviceId, directory, answered, scan);
    sortOldestFirst(scan);
    return scan;
}

Result<SignedRecord> requestEnrolment(const QString &shareRoot, const PeopleDirectory &directory,
    const QString &personId, const QString &label, const SigningKey &deviceKey,
    const QDateTime &now)
{
    using R = Result<SignedRecord>;
    const DirectoryPerson *person = directory.person(personId);
    if (!person)
        return R::failure(Tr::tr("Nobody with the id \"%1\" is in the organisation's directory; "
                                 "ask the secretariat to add them first")
                              .arg(personId));
    if (person->retired)
        return R::failure(
            Tr::tr("%1 has left the organisation and cannot enrol a device").arg(person->fullName));
    const QString deviceId = deviceIdOf(deviceKey.publicKey());
    if (const DirectoryPerson *owner = directory.personWithDevice(deviceId)) {
        const DirectoryDevice *device = directory.device(deviceId);
        if (device && !device->active())
            return R::failure(Tr::tr("This device's key was revoked; it cannot be enrolled again"));
        return R::failure(Tr::tr("This device is already enrolled for %1").arg(owner->fullName));
    }
    const SignedRecord record = makeEnrolmentRequest(personId, label, deviceKey, now);
    const Status written = ShareWriter(shareRoot).writeDeviceRecord(
        deviceId, enrolmentRequestFileName(record), record.toBytes());
    if (!written)
        return R::failure(written.error());
    return record;
}

Status approveEnrolment(
    PeopleDirectory &directory, const PendingEnrolment &request, const QDateTime &now)
{
    if (directory.answeredRequests.contains(request.recordHash))
        return Status::failure(Tr::tr("The request of %1 (%2) has already been answered")
                                   .arg(request.personName, request.fingerprint));
    DirectoryPerson *person = directory.person(request.request.participantId);
    if (!person)
        return Status::failure(
            Tr::tr("Nobody with the id \"%1\" is in the organisation's directory")
                .arg(request.request.participantId));
    if (person->retired)
        return Status::failure(
            Tr::tr("%1 has left the organisation; the request cannot be approved")
                .arg(person->fullName));
    if (const DirectoryPerson *owner = directory.personWithDevice(request.request.deviceId)) {
        const DirectoryDevice *device = directory.device(request.request.deviceId);
        if (device && !device->active())
            return Status::failure(Tr::tr("The device %1 was revoked; it cannot be enrolled again")
                                       .arg(request.fingerprint));
        return Status::failure(Tr::tr("The device %1 is already enrolled for %2")
                                   .arg(request.fingerprint, owner->fullName));
    }
    DirectoryDevice device;
    device.id = request.request.deviceId;
    device.publicKey = request.request.publicKey;
    device.label = request.request.label;
    device.approvedAt = now.toUTC();
    device.requestHash = request.recordHash;
    person->devices << device;
    directory.answeredRequests << request.recordHash;
    return Status::success();
}

Status rejectEnrolment(PeopleDirectory &directory, const PendingEnrolment &request)
{
    if (directory.answeredRequests.contains(request.recordHash))
        return Status::failure(Tr::tr("The request of %1 (%2) has already been answered")
                                   .arg(request.personName, request.fingerprint));
    directory.answeredRequests << request.recordHash;
    return Status::success();
}

Status revokeDevice(
    PeopleDirectory &directory, const QString &deviceOrFingerprint, const QDateTime &now)
{
    for (DirectoryPerson &person : directory.people) {
        for (DirectoryDevice &device : person.devices) {
            if (!matchesDevice(deviceOrFingerprint, device.id))
                continue;
            if (!device.active())
                return Status::failure(Tr::tr("The device %1 of %2 was already revoked")
                                           .arg(keyFingerprint(device.publicKey), person.fullName));
            device.revokedAt = now.toUTC();
            return Status::success();
        }
    }
    return Status::failure(
        Tr::tr("No enrolled device has the fingerprint %1").arg(deviceOrFingerprint.trimmed()));
}

const PendingEnrolment *findPending(const EnrolmentScan &scan, const QString &deviceOrFingerprint)
{
    for (const PendingEnrolment &pending : scan.pending) {
        if (matchesDevice(deviceOrFingerprint, pending.request.deviceId))
            return &pending;
    }
    return nullptr;
}

} // namespace phonghop
