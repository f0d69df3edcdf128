// Fuzz target: a seat's enrolment request (devices/<device>/enrolment-request-<hash8>.json).
// The input is the payload of an "enrolment-request" record, signed by a delegate's device
// key and put in that device's folder of a real share; the secretary's scan reads it against
// a directory of the fuzzing meeting's people, and approving what is pending keeps the
// directory valid.
#include "fuzzsupport.h"

#include "meeting_core/org/enrolment.h"
#include "meeting_core/trust/devicekey.h"

using namespace phonghop;

namespace {
const PeopleDirectory &directory()
{
    static const PeopleDirectory made = [] {
        PeopleDirectory d;
        d.revision = 1;
        d.issuedAt = fuzz::roster().issuedAt;
        for (const RosterParticipant &p : fuzz::roster().participants) {
            DirectoryPerson person;
            person.id = p.id;
            person.fullName = p.name;
            person.position = p.title;
            person.defaultRole = p.role;
            person.weight = p.weight;
            d.people << person;
        }
        // uy-vien-2 already has its device.
        const QByteArray key = fuzz::keyOf('2').publicKey();
        d.person(fuzz::participantIdOf('2'))->devices << DirectoryDevice { deviceIdOf(key), key,
            QStringLiteral("Máy tính bảng"), d.issuedAt, {}, {} };
        if (!d.validate())
            fuzz::fail("enrolment_request", "the fixture directory is valid");
        return d;
    }();
    return made;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray payload = fuzz::bytesOf(data, size);
    const SigningKey &device = fuzz::keyOf('1');
    const QByteArray record
        = fuzz::signedEnvelope(QLatin1StringView(EnrolmentRequest::recordKind), payload, device);
    const Result<EnrolmentRequest> request = parseEnrolmentRequest(record);
    if (request) {
        PHONGHOP_FUZZ_CHECK("enrolment_request", request->publicKey == device.publicKey());
        PHONGHOP_FUZZ_CHECK(
            "enrolment_request", request->deviceId == deviceIdOf(device.publicKey()));
    }

    static const QString share = fuzz::freshFolder(QStringLiteral("share"));
    const QString deviceId = deviceIdOf(device.publicKey());
    fuzz::writeFile(share + QStringLiteral("/devices/") + deviceId
            + QStringLiteral("/enrolment-request-fuzz.json"),
        record);
    const EnrolmentScan scan = scanEnrolmentRequests(share, directory());
    const EnrolmentScan one = scanEnrolmentRequestsOf(share, directory(), deviceId);
    PHONGHOP_FUZZ_CHECK("enrolment_request", scan.pending.size() == one.pending.size());
    PHONGHOP_FUZZ_CHECK("enrolment_request", scan.pending.size() <= 1);
    if (!request)
        PHONGHOP_FUZZ_CHECK("enrolment_request", scan.pending.isEmpty());
    for (const PendingEnrolment &pending : scan.pending) {
        PHONGHOP_FUZZ_CHECK("enrolment_request", request.ok());
        PHONGHOP_FUZZ_CHECK("enrolment_request", findPending(scan, deviceId) != nullptr);
        PeopleDirectory approved = directory();
        if (approveEnrolment(approved, pending, fuzz::roster().issuedAt)) {
            PHONGHOP_FUZZ_CHECK("enrolment_request", approved.validate().ok());
            PHONGHOP_FUZZ_CHECK(
                "enrolment_request", approved.personWithDevice(deviceId) != nullptr);
        }
        PeopleDirectory rejected = directory();
        (void)rejectEnrolment(rejected, pending);
        (void)enrolmentComparisonCode(pending.request.publicKey);
    }
    return 0;
}
