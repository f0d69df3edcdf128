#pragma once

#include "meeting_core/util/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace phonghop {

// The state of one signature in a PDF, as Poppler's validation through NSS finds it against
// the CA certificates the NSS database trusts (useSigningSource, docs/signatures.md). Checked
// offline: no OCSP request, no revocation list fetched.
enum class PdfSignatureState {
    Valid, // intact, and the certificate chains to a trusted CA and is current
    Altered, // the signed bytes were changed after signing
    ChangedSince, // the signed part is intact, but content was added after the signature
    UnknownIssuer, // intact; the certificate does not chain to a CA the database trusts
    UntrustedIssuer, // intact; the issuer is marked as not trusted
    Expired, // intact; the certificate is outside its validity now
    Revoked, // intact; the certificate was revoked
    Invalid, // the signature itself is broken or cannot be decoded
    Unverified, // intact, but the certificate could not be checked
};

struct PdfSignatureInfo {
    QString fieldName;
    QString signerName; // the certificate's CN
    QString signerDn;
    QDateTime signedAt; // as the signer's clock claims it
    QString reason;
    QString location;
    int page = -1; // where its visible block is, -1 when it has none
    PdfSignatureState state = PdfSignatureState::Unverified;

    bool isValid() const { return state == PdfSignatureState::Valid; }
};

// Every signature of the PDF, in document order; an empty list for an unsigned PDF. Fails
// only when the file cannot be opened. Opens the NSS database of SigningSource::
// fromEnvironment() when no source was chosen earlier in the process. Safe off the GUI thread.
Result<QList<PdfSignatureInfo>> readPdfSignatures(const QString &path);

// "Hợp lệ", "Đã bị sửa sau khi ký", …: the state in words, translated.
QString signatureStateText(PdfSignatureState state);

} // namespace phonghop
