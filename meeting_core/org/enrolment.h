#pragma once

#include "meeting_core/org/peopledirectory.h"
#include "meeting_core/trust/devicekey.h"
#include "meeting_core/trust/signingkey.h"
#include "meeting_core/util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace phonghop {

// A short code both screens show during enrolment, so that the secretary and the person
// holding the tablet can compare something shorter than the fingerprint: six digits from the
// device key's SHA-256, "482 913".
QString enrolmentComparisonCode(const QByteArray &devicePublicKey);

// The file a request gets in the device's own folder: "enrolment-request-<hash8>.json".
QString enrolmentRequestFileName(const SignedRecord &request);

// A request waiting on the share for the secretary.
struct PendingEnrolment {
    EnrolmentRequest request;
    QString recordHash;
    QString deviceFolder; // devices/<deviceFolder>/<fileName>
    QString fileName;
    QString personName; // from the directory
    QString fingerprint; // keyFingerprint(request.publicKey)
    QString comparisonCode;
};

struct EnrolmentScan {
    QList<PendingEnrolment> pending; // oldest first
    QStringList problems; // translated: requests refused (bad signature, unknown person, ...)
};

// Requests in the share's device folders that the directory has not answered yet; a request
// from a device already enrolled (or revoked) for that person is not pending.
EnrolmentScan scanEnrolmentRequests(const QString &shareRoot, const PeopleDirectory &directory);
// The same for one device's folder only (a device id or a fingerprint in any spelling): what
// approving one request needs, without reading every other seat's.
EnrolmentScan scanEnrolmentRequestsOf(
    const QString &shareRoot, const PeopleDirectory &directory, const QString &deviceOrFingerprint);

// A seat asks to be enrolled as personId: refused when the directory has no such person (or
// they are retired). Writes the self-signed request into the seat's own device folder.
Result<SignedRecord> requestEnrolment(const QString &shareRoot, const PeopleDirectory &directory,
    const QString &personId, const QString &label, const SigningKey &deviceKey,
    const QDateTime &now);

// Edits of the directory (for DirectoryStore::update). Each fails with a translated message
// and leaves the directory untouched when it does not apply.
Status approveEnrolment(
    PeopleDirectory &directory, const PendingEnrolment &request, const QDateTime &now);
Status rejectEnrolment(PeopleDirectory &directory, const PendingEnrolment &request);
// deviceOrFingerprint: a device id, or a key fingerprint in any spelling people type.
Status revokeDevice(
    PeopleDirectory &directory, const QString &deviceOrFingerprint, const QDateTime &now);

// The pending request whose key has this fingerprint (any spelling) or device id.
const PendingEnrolment *findPending(const EnrolmentScan &scan, const QString &deviceOrFingerprint);

} // namespace phonghop
