#include "passphrase.h"
#include "sessioncommon.h"

#include "meeting_core/pdf/pdfsigning.h"
#include "meeting_core/util/sha256.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

// phonghop-cli session sign-minutes / sign-notice FILE.pdf --certificate NICKNAME: the chair's PDF
// signature with the certificate of a token or an NSS database (docs/signatures.md), written into a
// signed copy in the Decree 30 signature place; the minutes-signed record then names that copy.
namespace phonghop::cli::session {

namespace {
// The context of the session commands' messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::cli::SessionCommands)
};

inline constexpr auto tokenPinVariable = "PHONGHOP_TOKEN_PIN";

// minutes.pdf → minutes-signed.pdf, beside it.
QString defaultSignedPath(const QString &path)
{
    const QFileInfo info(path);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral("-signed.pdf"));
}

// The PIN, when the certificate's token (or the database) asks for one: PHONGHOP_TOKEN_PIN,
// else asked on the terminal without echo. nullopt with the reason printed and *code set.
std::optional<QString> tokenPin(const QString &nickname, Streams &streams, int *code)
{
    const qsizetype colon = nickname.indexOf(u':');
    const QString tokenName = colon > 0 ? nickname.left(colon) : QString();
    bool needed = false;
    for (const SigningToken &token : presentSigningTokens())
        if (token.needsPin && (tokenName.isEmpty() || token.name == tokenName))
            needed = true;
    if (!needed)
        return QString();
    const QString subject = tokenName.isEmpty() ? Tr::tr("the NSS database")
                                                : Tr::tr("the token \"%1\"").arg(tokenName);
    return readPassphrase(
        { tokenPinVariable, Tr::tr("PIN of %1: ").arg(subject), {}, subject, false }, streams,
        code);
}

// The file to sign, the certificate and the signed copy's path, from the command line: a
// usage problem printed and its code returned otherwise.
struct SignArguments {
    QString path;
    QString nickname;
    QString output;
};
std::optional<SignArguments> signArguments(
    const QStringList &arguments, Streams &streams, int *code)
{
    const QStringList positional = positionalArguments(arguments, sessionFlags);
    SignArguments parsed { {}, optionValue(arguments, QStringLiteral("--certificate")),
        optionValue(arguments, QStringLiteral("--output")) };
    if (positional.size() != 2 || parsed.nickname.isEmpty()) {
        *code = sessionUsageError(streams);
        return std::nullopt;
    }
    parsed.path = positional.at(1);
    if (!QFileInfo(parsed.path).isFile()) {
        *code = fail(streams, UsageError, Tr::tr("The file %1 does not exist").arg(parsed.path));
        return std::nullopt;
    }
    if (parsed.output.isEmpty())
        parsed.output = defaultSignedPath(parsed.path);
    if (QFileInfo::exists(parsed.output)) {
        *code = fail(streams, Rejected,
            Tr::tr("%1 exists already; remove it or give another --output").arg(parsed.output));
        return std::nullopt;
    }
    return parsed;
}

// Signs a Decree 30 document the session made (minutes, conclusion notice) into its signed
// copy, in the chair's signature place: Success, or the problem printed and its code.
int signInDecreePlace(const QStringList &arguments, Streams &streams, const SignArguments &sign,
    const QString &reason, const QString &location)
{
    const SigningSource source { optionValue(arguments, QStringLiteral("--nss-dir")),
        optionValue(arguments, QStringLiteral("--pkcs11-module")) };
    if (const Status opened = useSigningSource(source); !opened)
        return fail(streams, Failure, opened.error());
    int code = Success;
    const std::optional<QString> pin = tokenPin(sign.nickname, streams, &code);
    if (!pin)
        return code;
    const Result<PdfSignaturePlace> place = decreeSignaturePlace(sign.path);
    if (!place)
        return fail(streams, Failure, place.error());
    PdfSignatureRequest request;
    request.certificateNickname = sign.nickname;
    request.pin = *pin;
    request.page = place->page;
    request.rect = place->rect;
    request.reason = reason;
    request.location = location;
    if (const Status done = signPdf(sign.path, sign.output, request); !done)
        return fail(streams, Failure, done.error());
    return Success;
}
} // namespace

int runSignMinutesWithCertificate(const QStringList &arguments, Streams &streams)
{
    int code = Success;
    const std::optional<SignArguments> sign = signArguments(arguments, streams, &code);
    if (!sign)
        return code;

    Seat seat;
    if (const int opened = openSeatAs(arguments, streams, seat, { Role::Chair },
            Tr::tr("Only the chair may sign the minutes"));
        opened != Success)
        return opened;
    SessionService &service = *seat.service;
    if (!service.state().minutesSha256.isEmpty())
        return fail(streams, Rejected,
            Tr::tr("The minutes are already signed (SHA-256 %1)")
                .arg(service.state().minutesSha256));

    const std::optional<Meeting> meeting = service.meeting();
    if (const int signedCode = signInDecreePlace(arguments, streams, *sign,
            meeting ? Tr::tr("Minutes of %1").arg(meeting->title) : Tr::tr("Minutes"),
            meeting ? meeting->location : QString());
        signedCode != Success)
        return signedCode;

    // The record names the signed copy; without the record the copy is not the minutes.
    if (const Status recorded = service.signMinutes(sign->output); !recorded) {
        QFile::remove(sign->output);
        return fail(streams, Failure, recorded.error());
    }
    streams.out << Tr::tr("Minutes signed with the certificate \"%1\": %2 (SHA-256 %3); they are "
                          "locked")
                       .arg(sign->nickname, QDir::toNativeSeparators(sign->output),
                           Sha256::hexOfFile(sign->output))
                << '\n';
    streams.out.flush();
    return Success;
}

int runSignNotice(const QStringList &arguments, Streams &streams)
{
    int code = Success;
    const std::optional<SignArguments> sign = signArguments(arguments, streams, &code);
    if (!sign)
        return code;
    Seat seat;
    // The notice is signed by the chair, or on the chair's behalf by the head of the office
    // (TL. CHỦ TỊCH, CHÁNH VĂN PHÒNG), whose signature block the notice prints.
    if (const int opened = openSeatAs(arguments, streams, seat, { Role::Chair, Role::Secretary },
            Tr::tr("Only the chair or the secretary may sign the conclusion notice"));
        opened != Success)
        return opened;
    const std::optional<Meeting> meeting = seat.service->meeting();
    if (const int signedCode = signInDecreePlace(arguments, streams, *sign,
            meeting ? Tr::tr("Conclusion notice of %1").arg(meeting->title)
                    : Tr::tr("Conclusion notice"),
            meeting ? meeting->location : QString());
        signedCode != Success)
        return signedCode;
    streams.out << Tr::tr("Conclusion notice signed with the certificate \"%1\": %2 (SHA-256 %3)")
                       .arg(sign->nickname, QDir::toNativeSeparators(sign->output),
                           Sha256::hexOfFile(sign->output))
                << '\n';
    streams.out.flush();
    return Success;
}

} // namespace phonghop::cli::session
