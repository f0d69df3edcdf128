#include "passphrase.h"
#include "sessioncommon.h"

#include "meeting_core/pdf/pdfsigning.h"
#include "meeting_core/util/sha256.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

// phonghop-cli session sign-minutes FILE.pdf --certificate NICKNAME: the chair's PDF signature
// with the certificate of a token or an NSS database (docs/signatures.md), written into a
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
} // namespace

int runSignMinutesWithCertificate(const QStringList &arguments, Streams &streams)
{
    const QStringList positional = positionalArguments(arguments, sessionFlags);
    const QString nickname = optionValue(arguments, QStringLiteral("--certificate"));
    if (positional.size() != 2 || nickname.isEmpty())
        return sessionUsageError(streams);
    const QString path = positional.at(1);
    if (!QFileInfo(path).isFile())
        return fail(streams, UsageError, Tr::tr("The file %1 does not exist").arg(path));
    QString output = optionValue(arguments, QStringLiteral("--output"));
    if (output.isEmpty())
        output = defaultSignedPath(path);
    if (QFileInfo::exists(output))
        return fail(streams, Rejected,
            Tr::tr("%1 exists already; remove it or give another --output").arg(output));

    Seat seat;
    if (const int code = openSeatAs(arguments, streams, seat, { Role::Chair },
            Tr::tr("Only the chair may sign the minutes"));
        code != Success)
        return code;
    SessionService &service = *seat.service;
    if (!service.state().minutesSha256.isEmpty())
        return fail(streams, Rejected,
            Tr::tr("The minutes are already signed (SHA-256 %1)")
                .arg(service.state().minutesSha256));

    const SigningSource source { optionValue(arguments, QStringLiteral("--nss-dir")),
        optionValue(arguments, QStringLiteral("--pkcs11-module")) };
    if (const Status opened = useSigningSource(source); !opened)
        return fail(streams, Failure, opened.error());
    int code = Success;
    const std::optional<QString> pin = tokenPin(nickname, streams, &code);
    if (!pin)
        return code;

    const Result<PdfSignaturePlace> place = decreeSignaturePlace(path);
    if (!place)
        return fail(streams, Failure, place.error());
    PdfSignatureRequest request;
    request.certificateNickname = nickname;
    request.pin = *pin;
    request.page = place->page;
    request.rect = place->rect;
    const std::optional<Meeting> meeting = service.meeting();
    request.reason = meeting ? Tr::tr("Minutes of %1").arg(meeting->title) : Tr::tr("Minutes");
    request.location = meeting ? meeting->location : QString();
    if (const Status done = signPdf(path, output, request); !done)
        return fail(streams, Failure, done.error());

    // The record names the signed copy; without the record the copy is not the minutes.
    if (const Status recorded = service.signMinutes(output); !recorded) {
        QFile::remove(output);
        return fail(streams, Failure, recorded.error());
    }
    streams.out << Tr::tr("Minutes signed with the certificate \"%1\": %2 (SHA-256 %3); they are "
                          "locked")
                       .arg(nickname, QDir::toNativeSeparators(output), Sha256::hexOfFile(output))
                << '\n';
    streams.out.flush();
    return Success;
}

} // namespace phonghop::cli::session
