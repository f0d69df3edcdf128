#include "meeting_core/pdf/pdfsignatures.h"

#include "meeting_core/pdf/nsssession.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <poppler-form.h>
#include <poppler-qt6.h>

namespace phonghop {

namespace {
// The context of this file's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::PdfSignatures)
};

PdfSignatureState stateOf(const Poppler::SignatureValidationInfo &v)
{
    using V = Poppler::SignatureValidationInfo;
    switch (v.signatureStatus()) {
    case V::SignatureValid:
        break;
    case V::SignatureDigestMismatch:
        return PdfSignatureState::Altered;
    default:
        return PdfSignatureState::Invalid;
    }
    // The signed bytes are intact; now the certificate, then anything added after it.
    switch (v.certificateStatus()) {
    case V::CertificateTrusted:
        break;
    case V::CertificateUnknownIssuer:
        return PdfSignatureState::UnknownIssuer;
    case V::CertificateUntrustedIssuer:
        return PdfSignatureState::UntrustedIssuer;
    case V::CertificateRevoked:
        return PdfSignatureState::Revoked;
    case V::CertificateExpired:
        return PdfSignatureState::Expired;
    default:
        return PdfSignatureState::Unverified;
    }
    return v.signsTotalDocument() ? PdfSignatureState::Valid : PdfSignatureState::ChangedSince;
}

// The page of each signature field's widget, by its full name.
QHash<QString, int> signaturePages(const Poppler::Document &document)
{
    QHash<QString, int> pages;
    for (int i = 0; i < document.numPages(); ++i) {
        const std::unique_ptr<Poppler::Page> page = document.page(i);
        if (!page)
            continue;
        for (const std::unique_ptr<Poppler::FormField> &field : page->formFields())
            if (field->type() == Poppler::FormField::FormSignature)
                pages.insert(field->fullyQualifiedName(), i);
    }
    return pages;
}
} // namespace

Result<QList<PdfSignatureInfo>> readPdfSignatures(const QString &path)
{
    using R = Result<QList<PdfSignatureInfo>>;
    if (!QFileInfo(path).isFile())
        return R::failure(Tr::tr("%1 does not exist").arg(path));
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
    if (!document)
        return R::failure(Tr::tr("%1 cannot be read as a PDF").arg(path));
    QList<PdfSignatureInfo> list;
    if (document->isLocked())
        return list; // its signatures show once it is unlocked
    // Most documents are not signed: they cost no NSS and no walk over their pages.
    const std::vector<std::unique_ptr<Poppler::FormFieldSignature>> signatures
        = document->signatures();
    if (signatures.empty())
        return list;
    if (Status opened = nss::open(SigningSource::fromEnvironment(), nss::KeepEarlier); !opened)
        return R::failure(opened.error());
    const QHash<QString, int> pages = signaturePages(*document);
    for (const std::unique_ptr<Poppler::FormFieldSignature> &field : signatures) {
        if (field->signatureType() == Poppler::FormFieldSignature::UnsignedSignature)
            continue;
        // Poppler 22.12's ValidateWithoutOCSPRevocationCheck fails every chain (a generic
        // certificate error), so the check may ask the certificate's OCSP responder; it fails
        // soft (no network: not revoked as far as known) and runs off the GUI thread.
        // docs/signatures.md says what that leaves unchecked.
        const Poppler::SignatureValidationInfo v
            = field->validate(Poppler::FormFieldSignature::ValidateVerifyCertificate,
                QDateTime::currentDateTimeUtc());
        PdfSignatureInfo info;
        info.fieldName = field->fullyQualifiedName();
        info.signerName = v.signerName();
        info.signerDn = v.signerSubjectDN();
        if (v.signingTime() > 0)
            info.signedAt = QDateTime::fromSecsSinceEpoch(v.signingTime(), Qt::UTC);
        info.reason = v.reason();
        info.location = v.location();
        info.page = pages.value(info.fieldName, -1);
        info.state = stateOf(v);
        list << info;
    }
    return list;
}

QString signatureStateText(PdfSignatureState state)
{
    switch (state) {
    case PdfSignatureState::Valid:
        return Tr::tr("valid");
    case PdfSignatureState::Altered:
        return Tr::tr("altered after signing: the document is not the one signed");
    case PdfSignatureState::ChangedSince:
        return Tr::tr("valid for the signed part, but the file was added to after signing");
    case PdfSignatureState::UnknownIssuer:
        return Tr::tr("intact, but the certificate's issuer is unknown (its CA is not installed)");
    case PdfSignatureState::UntrustedIssuer:
        return Tr::tr("intact, but the certificate's issuer is not trusted");
    case PdfSignatureState::Expired:
        return Tr::tr("intact, but the certificate has expired");
    case PdfSignatureState::Revoked:
        return Tr::tr("the certificate was revoked");
    case PdfSignatureState::Invalid:
        return Tr::tr("invalid signature");
    case PdfSignatureState::Unverified:
        return Tr::tr("intact, but the certificate could not be checked");
    }
    return {};
}

} // namespace phonghop
