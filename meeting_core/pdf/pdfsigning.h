#pragma once

#include "meeting_core/util/result.h"

#include <QDateTime>
#include <QList>
#include <QRectF>
#include <QString>

namespace phonghop {

// PDF signatures with the signer's certificate (PAdES, docs/signatures.md): the certificate
// and its key live on a PKCS#11 token (a USB token of Ban Cơ yếu Chính phủ or a commercial CA)
// or in an NSS database, and Poppler writes the signature into the PDF through NSS. Poppler
// and NSS stay in the .cpp.
//
// NSS is one per process, and Poppler opens its database once: the first useSigningSource()
// fixes the database for the life of the process (the viewer's verification uses it too, for
// the CA certificates it trusts). A token's module can be added at any time.

// Where the certificates are.
struct SigningSource {
    // The NSS database folder ("sql:" prefix optional). Empty: Poppler's default, the user's
    // ~/.pki/nssdb (then /etc/pki/nssdb).
    QString nssDir;
    // A token's PKCS#11 module (a .so or .dll) to load besides those the database lists
    // (modutil -add). Empty: only the database's.
    QString pkcs11Module;

    // PHONGHOP_NSS_DIR and PHONGHOP_PKCS11_MODULE, for the app (docs/signatures.md).
    static SigningSource fromEnvironment();
};

// Opens the NSS database (once per process) and loads the module. Fails with a message when
// the module file is missing or is not a PKCS#11 module, or when another database was opened
// earlier in this process.
Status useSigningSource(const SigningSource &source);

// A token (or the database's own key store) that can hold signing keys.
struct SigningToken {
    QString name; // the token's label: "PhongHop Test", "VGCA Token"
    bool needsPin = false;
};

// The tokens present now, in the modules loaded. Empty when every token is unplugged.
QList<SigningToken> presentSigningTokens();

// A certificate with its private key, as Poppler lists it.
struct SigningCertificate {
    QString nickname; // what --certificate names: "Token label:nickname" on a token
    QString subjectName; // CN
    QString subjectDn;
    QString issuerName;
    QString issuerDn;
    QDateTime validFrom;
    QDateTime validUntil;

    bool isValidAt(const QDateTime &moment) const
    {
        return moment >= validFrom && moment <= validUntil;
    }
};

// Logs into every present token that needs a PIN with pin (an empty pin logs into none), then
// lists the certificates whose keys can sign. Fails on a wrong PIN, naming the token.
Result<QList<SigningCertificate>> signingCertificates(const QString &pin);

// What is written into the PDF.
struct PdfSignatureRequest {
    QString certificateNickname;
    QString pin; // the token's PIN (or the NSS database's password); may be empty
    int page = 0; // 0-based
    QRectF rect; // the visible block, normalized to the page (0..1, origin top-left)
    QString signatureText; // inside the block, right: "Ký bởi: …\nNgày ký: …"
    QString reason; // "/Reason": "Ký biên bản phiên họp"
    QString location; // "/Location": the place of the meeting
};

// Signs sourcePdf into targetPath. Refuses an unknown, expired or not yet valid certificate, a
// wrong PIN, a token that is not present, an existing targetPath; targetPath appears only
// when the signature was written and reads back, whole.
Status signPdf(
    const QString &sourcePdf, const QString &targetPath, const PdfSignatureRequest &request);

// Where the chair signs a Decree 30 document made by the session (minutes, conclusion
// notice): below the heading and the "(Ký, ghi rõ họ tên)" line of the right-hand signature
// column of the last page that has one, above the signer's name. Found in the PDF itself, so
// it follows the layout whatever drew it; a PDF without such a column gets the lower right
// of its last page.
struct PdfSignaturePlace {
    int page = 0;
    QRectF rect; // normalized
};
Result<PdfSignaturePlace> decreeSignaturePlace(const QString &pdfPath);

} // namespace phonghop
