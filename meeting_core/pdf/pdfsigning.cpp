#include "meeting_core/pdf/pdfsigning.h"

#include "meeting_core/pdf/nsssession.h"
#include "meeting_core/pdf/pdfsignatures.h"
#include "meeting_core/util/atomicfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <algorithm>
#include <poppler-form.h>
#include <poppler-qt6.h>

namespace phonghop {

namespace {
// The context of this file's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::PdfSigning)
};

SigningCertificate fromPoppler(const Poppler::CertificateInfo &info)
{
    SigningCertificate c;
    c.nickname = info.nickName();
    c.subjectName = info.subjectInfo(Poppler::CertificateInfo::CommonName);
    c.subjectDn = info.subjectInfo(Poppler::CertificateInfo::DistinguishedName);
    c.issuerName = info.issuerInfo(Poppler::CertificateInfo::CommonName);
    c.issuerDn = info.issuerInfo(Poppler::CertificateInfo::DistinguishedName);
    c.validFrom = info.validityStart();
    c.validUntil = info.validityEnd();
    return c;
}

// The token a nickname names ("Token label:nick"); empty for the database's own key store.
QString tokenOfNickname(const QString &nickname)
{
    const qsizetype colon = nickname.indexOf(u':');
    if (colon <= 0)
        return {};
    return nickname.left(colon);
}

// Poppler lists a token's certificates only once the token is logged in.
QList<SigningCertificate> listedCertificates()
{
    QList<SigningCertificate> list;
    for (const Poppler::CertificateInfo &info : Poppler::getAvailableSigningCertificates())
        if (!info.isNull())
            list << fromPoppler(info);
    return list;
}

QString dateText(const QDateTime &moment)
{
    return QLocale().toString(moment.toLocalTime(), QLocale::ShortFormat);
}
} // namespace

SigningSource SigningSource::fromEnvironment()
{
    return SigningSource { qEnvironmentVariable("PHONGHOP_NSS_DIR"),
        qEnvironmentVariable("PHONGHOP_PKCS11_MODULE") };
}

Status useSigningSource(const SigningSource &source)
{
    return nss::open(source);
}

QList<SigningToken> presentSigningTokens()
{
    return nss::presentTokens();
}

Result<QList<SigningCertificate>> signingCertificates(const QString &pin)
{
    if (Status opened = nss::open(SigningSource::fromEnvironment(), nss::KeepEarlier); !opened)
        return Result<QList<SigningCertificate>>::failure(opened.error());
    if (!pin.isEmpty())
        for (const SigningToken &token : nss::presentTokens())
            if (token.needsPin)
                if (Status in = nss::logIn(token.name, pin); !in)
                    return Result<QList<SigningCertificate>>::failure(in.error());
    return listedCertificates();
}

Status signPdf(
    const QString &sourcePdf, const QString &targetPath, const PdfSignatureRequest &request)
{
    if (QFileInfo::exists(targetPath))
        return Status::failure(
            Tr::tr("%1 exists already; choose another name for the signed copy").arg(targetPath));
    if (Status opened = nss::open(SigningSource::fromEnvironment(), nss::KeepEarlier); !opened)
        return opened;

    // The token first: a wrong PIN or an unplugged token is said as such, before Poppler
    // (which would only say that signing failed).
    const QList<SigningToken> present = nss::presentTokens();
    const QString tokenName = tokenOfNickname(request.certificateNickname);
    if (!tokenName.isEmpty()) {
        const auto token = std::find_if(present.begin(), present.end(),
            [&](const SigningToken &t) { return t.name == tokenName; });
        if (token == present.end())
            return Status::failure(Tr::tr("The token \"%1\" is not present: plug it in (or "
                                          "check that its module is installed) and try again")
                                       .arg(tokenName));
        if (token->needsPin)
            if (Status in = nss::logIn(tokenName, request.pin); !in)
                return in;
    } else if (Status in = nss::logInToKeyStore(request.pin); !in) {
        return in;
    }

    const QList<SigningCertificate> available = listedCertificates();
    const auto chosen = std::find_if(available.begin(), available.end(),
        [&](const SigningCertificate &c) { return c.nickname == request.certificateNickname; });
    if (chosen == available.end()) {
        QStringList names;
        for (const SigningCertificate &c : available)
            names << c.nickname;
        return Status::failure(names.isEmpty()
                ? Tr::tr("No certificate \"%1\" with a signing key was found, and none other "
                         "either: is the token plugged in and its PIN right?")
                      .arg(request.certificateNickname)
                : Tr::tr("No certificate \"%1\" with a signing key was found; these can sign: %2")
                      .arg(request.certificateNickname, names.join(QStringLiteral(", "))));
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (now > chosen->validUntil)
        return Status::failure(
            Tr::tr("The certificate \"%1\" expired on %2; a signature made with it would not "
                   "count. Sign with a current certificate.")
                .arg(chosen->subjectName, dateText(chosen->validUntil)));
    if (now < chosen->validFrom)
        return Status::failure(Tr::tr("The certificate \"%1\" is valid only from %2")
                                   .arg(chosen->subjectName, dateText(chosen->validFrom)));

    std::unique_ptr<Poppler::Document> document = Poppler::Document::load(sourcePdf);
    if (!document || document->isLocked())
        return Status::failure(Tr::tr("Cannot open %1 as a PDF to sign it").arg(sourcePdf));
    if (request.page < 0 || request.page >= document->numPages())
        return Status::failure(Tr::tr("The PDF has no page %1").arg(request.page + 1));

    const QString temporary = atomicfile::temporarySiblingPath(targetPath);
    std::unique_ptr<Poppler::PDFConverter> converter = document->pdfConverter();
    converter->setOutputFileName(temporary);
    Poppler::PDFConverter::NewSignatureData data;
    data.setCertNickname(request.certificateNickname);
    data.setPassword(request.pin);
    data.setPage(request.page);
    data.setBoundingRectangle(request.rect);
    data.setSignatureText(!request.signatureText.isEmpty()
            ? request.signatureText
            : Tr::tr("Signed by: %1\nDate: %2").arg(chosen->subjectName, dateText(now)));
    data.setReason(request.reason);
    data.setLocation(request.location);
    data.setFontSize(8);
    data.setFontColor(QColor(0x1a, 0x3c, 0x8c));
    data.setBorderColor(QColor(0x1a, 0x3c, 0x8c));
    data.setBorderWidth(1.0);
    data.setBackgroundColor(QColor(0xf4, 0xf7, 0xfd));
    const bool signedOk = converter->sign(data);
    converter.reset();
    document.reset();

    // The copy counts only when it reads back with the new signature intact.
    const auto discard = [&](const QString &message) {
        QFile::remove(temporary);
        return Status::failure(message);
    };
    if (!signedOk)
        return discard(Tr::tr("The signature could not be written with the certificate \"%1\" "
                              "(the token may have been removed, or refused the key)")
                           .arg(chosen->subjectName));
    const Result<QList<PdfSignatureInfo>> readBack = readPdfSignatures(temporary);
    if (!readBack || readBack->isEmpty())
        return discard(Tr::tr("The signed copy of %1 does not read back").arg(sourcePdf));
    const PdfSignatureState state = readBack->last().state;
    if (state == PdfSignatureState::Altered || state == PdfSignatureState::Invalid)
        return discard(Tr::tr("The signed copy of %1 does not verify (%2)")
                           .arg(sourcePdf, signatureStateText(state)));
    {
        QFile written(temporary);
        if (!written.open(QIODevice::ReadWrite) || !atomicfile::flushToDisk(written))
            return discard(Tr::tr("Cannot write %1").arg(targetPath));
    }
    if (!atomicfile::publishWithoutReplacing(temporary, targetPath))
        return discard(Tr::tr("Cannot write %1").arg(targetPath));
    return Status::success();
}

Result<PdfSignaturePlace> decreeSignaturePlace(const QString &pdfPath)
{
    std::unique_ptr<Poppler::Document> document = Poppler::Document::load(pdfPath);
    if (!document || document->isLocked() || document->numPages() < 1)
        return Result<PdfSignaturePlace>::failure(Tr::tr("Cannot open %1 as a PDF").arg(pdfPath));
    const int last = document->numPages() - 1;
    for (int index = last; index >= 0; --index) {
        const std::unique_ptr<Poppler::Page> page = document->page(index);
        if (!page)
            continue;
        const QSizeF size = page->pageSizeF();
        const std::vector<std::unique_ptr<Poppler::TextBox>> words = page->textList();
        // The right-hand "(Ký, ghi rõ họ tên)": the chair's column in Decree 30's layout.
        const Poppler::TextBox *caption = nullptr;
        for (const auto &word : words)
            if (word->text().startsWith(QStringLiteral("(Ký"))
                && (!caption || word->boundingBox().left() > caption->boundingBox().left()))
                caption = word.get();
        if (!caption || size.isEmpty())
            continue;
        QRectF line = caption->boundingBox();
        for (const Poppler::TextBox *w = caption; w; w = w->nextWord()) {
            line |= w->boundingBox();
            if (w->text().endsWith(u')'))
                break;
        }
        // Below the caption, above the first word under it in the same column (the name).
        const double width = std::min(200.0, size.width() / 2 - 20);
        const double left
            = std::clamp(line.center().x() - width / 2, 10.0, size.width() - width - 10);
        const double top = line.bottom() + 3;
        double bottom = std::min(top + 64, size.height() - 10);
        for (const auto &word : words) {
            const QRectF box = word->boundingBox();
            if (box.top() > line.bottom() + 1 && box.right() > left && box.left() < left + width)
                bottom = std::min(bottom, box.top() - 2);
        }
        if (bottom - top < 24)
            bottom = std::min(top + 24, size.height());
        return PdfSignaturePlace { index,
            QRectF(left / size.width(), top / size.height(), width / size.width(),
                (bottom - top) / size.height()) };
    }
    return PdfSignaturePlace { last, QRectF(0.55, 0.80, 0.38, 0.09) };
}

} // namespace phonghop
