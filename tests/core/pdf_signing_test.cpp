// The chair's PDF signature with real components (issue 18, docs/signatures.md): SoftHSM2 as
// the token, NSS databases, certificates made by openssl, `phonghop-cli session sign-minutes`
// run as a process, and pdfsig as the outside reader. This program's own NSS (for
// readPdfSignatures, the viewer's verification) is the reader's database: the CA only.
#include "session_fixture.h"
#include "signing_fixture.h"

#include "meeting_core/pdf/pdfsignatures.h"
#include "meeting_core/pdf/pdfsigning.h"
#include "meeting_core/util/sha256.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

using namespace phonghop;
using namespace phonghop::test;

namespace {
const SigningWorld &world()
{
    const SigningWorld &w = SigningWorld::get();
    // Once per process, before any verification: the reader's database.
    static const bool opened = useSigningSource(SigningSource { w.verifyDb, {} }).ok();
    REQUIRE(opened);
    return w;
}

// The chair's seat as phonghop-cli sees it (a cache folder with the device key), with the
// minutes drafted in process.
struct ChairAtTheCli {
    SessionShare share;
    std::unique_ptr<test::Seat> chair = share.seat(share.m.chairKey);
    QTemporaryDir cache;
    QTemporaryDir out;
    QString draft = out.filePath(QStringLiteral("bien-ban.pdf"));
    QString signedCopy = out.filePath(QStringLiteral("bien-ban-signed.pdf"));

    ChairAtTheCli()
    {
        REQUIRE(cache.isValid());
        REQUIRE(share.m.chairKey.save(cache.filePath(QStringLiteral("device.key"))).ok());
        pinOrganisationIn(cache.path(), share.m.organisation);
        REQUIRE((*chair)->checkIn().ok());
        REQUIRE((*chair)
                    ->writeMinutes(draft,
                        MinutesInfo { QStringLiteral("Số: 15/BB-UBND"), QStringLiteral("Sơn Hà") })
                    .ok());
    }
    ToolRun run(const QStringList &arguments, const QProcessEnvironment &environment) const
    {
        return runTool(QStringLiteral(PHONGHOP_CLI_PATH),
            QStringList { QStringLiteral("session") } + arguments
                + QStringList { QStringLiteral("--share"), share.root(), QStringLiteral("--cache"),
                    cache.path(), QStringLiteral("--meeting"), share.meetingId() },
            environment);
    }
    ToolRun sign(const QString &nickname, const QStringList &more,
        const QProcessEnvironment &environment) const
    {
        return run(QStringList { QStringLiteral("sign-minutes"), draft,
                       QStringLiteral("--certificate"), nickname }
                + more,
            environment);
    }
    QString recordedSha256() const
    {
        const ToolRun status = run({ QStringLiteral("status"), QStringLiteral("--json") },
            QProcessEnvironment::systemEnvironment());
        REQUIRE(status.exitCode == 0);
        return QJsonDocument::fromJson(status.out.toUtf8())
            .object()
            .value(u"minutesSha256")
            .toString();
    }
    // Nothing half-done: no signed copy, no temporary left, no record.
    void checkNothingWritten() const
    {
        CHECK_FALSE(QFileInfo::exists(signedCopy));
        CHECK(QDir(out.path()).entryList(QDir::Files | QDir::Hidden)
            == QStringList { QStringLiteral("bien-ban.pdf") });
        CHECK(recordedSha256().isEmpty());
    }
};

QProcessEnvironment withPin(QProcessEnvironment environment, const QString &pin)
{
    environment.insert(QStringLiteral("PHONGHOP_TOKEN_PIN"), pin);
    return environment;
}
} // namespace

TEST_CASE("sign-minutes signs with the token's certificate, pdfsig and the viewer find the "
          "signature valid, and altered once one byte changes",
    "[signing]")
{
    const SigningWorld &w = world();
    ChairAtTheCli chair;
    const ToolRun r = chair.sign(QString::fromLatin1(SigningWorld::signerNickname),
        { QStringLiteral("--nss-dir"), w.tokenDb }, withPin(w.tokenEnvironment(), w.pin));
    INFO(r.out.toStdString() << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    REQUIRE(QFileInfo::exists(chair.signedCopy));
    // The record names the signed copy; the Ed25519 record stays the session's own proof.
    CHECK(chair.recordedSha256() == Sha256::hexOfFile(chair.signedCopy));

    const ToolRun verdict = w.pdfsig(chair.signedCopy);
    INFO(verdict.out.toStdString());
    CHECK(verdict.out.contains(QStringLiteral("Signature is Valid.")));
    CHECK(verdict.out.contains(QStringLiteral("Certificate is Trusted.")));
    CHECK(verdict.out.contains(QStringLiteral("Total document signed")));
    CHECK(verdict.out.contains(QString::fromLatin1(SigningWorld::signerName)));

    const auto signatures = readPdfSignatures(chair.signedCopy);
    REQUIRE(signatures.ok());
    REQUIRE(signatures->size() == 1);
    const PdfSignatureInfo &signature = signatures->first();
    CHECK(signature.state == PdfSignatureState::Valid);
    CHECK(signature.signerName == QString::fromLatin1(SigningWorld::signerName));
    // The visible block is on the page of the chair's signature column.
    const auto place = decreeSignaturePlace(chair.draft);
    REQUIRE(place.ok());
    CHECK(signature.page == place->page);
    CHECK(place->rect.left() > 0.45); // the right-hand column: the chair's
    CHECK(readPdfSignatures(chair.draft)->isEmpty());

    changeOneSignedByte(chair.signedCopy);
    const ToolRun altered = w.pdfsig(chair.signedCopy);
    INFO(altered.out.toStdString());
    CHECK(altered.out.contains(QStringLiteral("Digest Mismatch")));
    const auto after = readPdfSignatures(chair.signedCopy);
    REQUIRE(after.ok());
    REQUIRE(after->size() == 1);
    CHECK(after->first().state == PdfSignatureState::Altered);
}

TEST_CASE("sign-minutes loads the token's module given by --pkcs11-module", "[signing]")
{
    const SigningWorld &w = world();
    ChairAtTheCli chair;
    const ToolRun r = chair.sign(QString::fromLatin1(SigningWorld::signerNickname),
        { QStringLiteral("--nss-dir"), w.bareDb, QStringLiteral("--pkcs11-module"),
            w.softhsmModule },
        withPin(w.tokenEnvironment(), w.pin));
    INFO(r.out.toStdString() << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(w.pdfsig(chair.signedCopy).out.contains(QStringLiteral("Signature is Valid.")));
    // Poppler 22.12 checks a certificate's chain right only the first time in a process (the
    // first test case did): here the signature must at least read as intact.
    const PdfSignatureState state = readPdfSignatures(chair.signedCopy)->value(0).state;
    CHECK(state != PdfSignatureState::Altered);
    CHECK(state != PdfSignatureState::Invalid);
}

TEST_CASE("sign-minutes signs with a certificate of an NSS database without a token", "[signing]")
{
    const SigningWorld &w = world();
    ChairAtTheCli chair;
    const ToolRun r = chair.sign(QStringLiteral("chairsig"),
        { QStringLiteral("--nss-dir"), w.keyStoreDb }, QProcessEnvironment::systemEnvironment());
    INFO(r.out.toStdString() << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(w.pdfsig(chair.signedCopy).out.contains(QStringLiteral("Signature is Valid.")));
}

TEST_CASE("A wrong PIN is refused, and nothing is signed", "[signing]")
{
    const SigningWorld &w = world();
    ChairAtTheCli chair;
    const ToolRun r = chair.sign(QString::fromLatin1(SigningWorld::signerNickname),
        { QStringLiteral("--nss-dir"), w.tokenDb }, withPin(w.tokenEnvironment(), u"9999"_qs));
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("PIN of the token \"PhongHop Test\" is wrong")));
    chair.checkNothingWritten();
    // No PIN given and no terminal to ask on: a usage error that names the variable.
    const ToolRun noPin = chair.sign(QString::fromLatin1(SigningWorld::signerNickname),
        { QStringLiteral("--nss-dir"), w.tokenDb }, w.tokenEnvironment());
    INFO(noPin.err.toStdString());
    CHECK(noPin.exitCode == 2);
    CHECK(noPin.err.contains(QStringLiteral("PHONGHOP_TOKEN_PIN")));
    chair.checkNothingWritten();
    // The token still signs with the right PIN afterwards (the wrong one was tried once).
    const ToolRun again = chair.sign(QString::fromLatin1(SigningWorld::signerNickname),
        { QStringLiteral("--nss-dir"), w.tokenDb }, withPin(w.tokenEnvironment(), w.pin));
    INFO(again.err.toStdString());
    CHECK(again.exitCode == 0);
}

TEST_CASE("A removed token: its module missing, or no token in its slots", "[signing]")
{
    const SigningWorld &w = world();
    ChairAtTheCli chair;
    SECTION("the module is not installed")
    {
        const ToolRun r = chair.sign(QString::fromLatin1(SigningWorld::signerNickname),
            { QStringLiteral("--nss-dir"), w.bareDb, QStringLiteral("--pkcs11-module"),
                QStringLiteral("/nonexistent/libtoken-pkcs11.so") },
            withPin(w.tokenEnvironment(), w.pin));
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QStringLiteral("/nonexistent/libtoken-pkcs11.so does not exist")));
    }
    SECTION("the token is unplugged")
    {
        const ToolRun r = chair.sign(QString::fromLatin1(SigningWorld::signerNickname),
            { QStringLiteral("--nss-dir"), w.tokenDb },
            withPin(w.tokenEnvironment(w.emptySofthsmConf), w.pin));
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QStringLiteral("\"PhongHop Test\" is not present")));
    }
    chair.checkNothingWritten();
}

TEST_CASE("An expired certificate is refused for signing, and shown expired on a PDF signed "
          "with it elsewhere",
    "[signing]")
{
    const SigningWorld &w = world();
    ChairAtTheCli chair;
    const ToolRun r = chair.sign(QString::fromLatin1(SigningWorld::expiredNickname),
        { QStringLiteral("--nss-dir"), w.tokenDb }, withPin(w.tokenEnvironment(), w.pin));
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("expired on")));
    chair.checkNothingWritten();

    // Another program (pdfsig) signs regardless; the reader is told.
    const QString signedElsewhere = chair.out.filePath(QStringLiteral("expired.pdf"));
    const ToolRun made = w.pdfsigSign(chair.draft, signedElsewhere, QStringLiteral("expiredsig"));
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    const auto signatures = readPdfSignatures(signedElsewhere);
    REQUIRE(signatures.ok());
    REQUIRE(signatures->size() == 1);
    CHECK(signatures->first().state == PdfSignatureState::Expired);
}

TEST_CASE("A certificate whose CA the reader does not trust is shown as of an unknown issuer",
    "[signing]")
{
    const SigningWorld &w = world();
    QTemporaryDir dir;
    ChairAtTheCli chair;
    const QString signedCopy = dir.filePath(QStringLiteral("signed.pdf"));
    REQUIRE(w.pdfsigSign(chair.draft, signedCopy, QStringLiteral("chairsig")).exitCode == 0);
    // pdfsig with an empty database does not trust the CA.
    const QString emptyDb = dir.filePath(QStringLiteral("empty-db"));
    REQUIRE(QDir().mkpath(emptyDb));
    REQUIRE(runTool(QStringLiteral("certutil"),
                { QStringLiteral("-N"), QStringLiteral("-d"), QStringLiteral("sql:") + emptyDb,
                    QStringLiteral("--empty-password") })
                .exitCode
        == 0);
    const ToolRun unknown
        = runTool(QStringLiteral("pdfsig"), { QStringLiteral("-nssdir"), emptyDb, signedCopy });
    CHECK(unknown.out.contains(QStringLiteral("Certificate issuer is unknown.")));
}

TEST_CASE("sign-notice signs the conclusion notice in its signature place, and pdfsig finds it "
          "valid",
    "[signing]")
{
    const SigningWorld &w = world();
    ChairAtTheCli chair;
    REQUIRE((*chair.chair)
                ->recordConclusion(QStringLiteral("i1"),
                    QStringLiteral("Thống nhất thông qua Kế hoạch số 12/KH-UBND"), {})
                .ok());
    REQUIRE((*chair.chair)->refresh().ok());
    const QString notice = chair.out.filePath(QStringLiteral("thong-bao.pdf"));
    const QString signedNotice = chair.out.filePath(QStringLiteral("thong-bao-signed.pdf"));
    REQUIRE((*chair.chair)
                ->writeNotice(notice,
                    NoticeInfo { QStringLiteral("Số: 16/TB-UBND"), QStringLiteral("Sơn Hà") })
                .ok());

    // A delegate cannot sign it (the chair or the secretary does): a delegate's seat is refused,
    // and nothing is written.
    QTemporaryDir delegateCache;
    REQUIRE(chair.share.m.memberKeys[0]
                .save(delegateCache.filePath(QStringLiteral("device.key")))
                .ok());
    pinOrganisationIn(delegateCache.path(), chair.share.m.organisation);
    const ToolRun refused = runTool(QStringLiteral(PHONGHOP_CLI_PATH),
        { QStringLiteral("session"), QStringLiteral("sign-notice"), notice,
            QStringLiteral("--certificate"), QString::fromLatin1(SigningWorld::signerNickname),
            QStringLiteral("--nss-dir"), w.tokenDb, QStringLiteral("--share"), chair.share.root(),
            QStringLiteral("--cache"), delegateCache.path(), QStringLiteral("--meeting"),
            chair.share.meetingId() },
        withPin(w.tokenEnvironment(), w.pin));
    INFO(refused.err.toStdString());
    CHECK(refused.exitCode == 4);
    CHECK_FALSE(QFileInfo::exists(signedNotice));

    const ToolRun r
        = chair.run({ QStringLiteral("sign-notice"), notice, QStringLiteral("--certificate"),
                        QString::fromLatin1(SigningWorld::signerNickname),
                        QStringLiteral("--nss-dir"), w.tokenDb },
            withPin(w.tokenEnvironment(), w.pin));
    INFO(r.out.toStdString() << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    REQUIRE(QFileInfo::exists(signedNotice));
    CHECK(r.out.contains(Sha256::hexOfFile(signedNotice)));
    const ToolRun verdict = w.pdfsig(signedNotice);
    INFO(verdict.out.toStdString());
    CHECK(verdict.out.contains(QStringLiteral("Signature is Valid.")));
    CHECK(verdict.out.contains(QString::fromLatin1(SigningWorld::signerName)));
    const auto signatures = readPdfSignatures(signedNotice);
    REQUIRE(signatures.ok());
    REQUIRE(signatures->size() == 1);
    const auto place = decreeSignaturePlace(notice);
    REQUIRE(place.ok());
    CHECK(signatures->first().page == place->page);
    CHECK(place->rect.left() > 0.45);
    // The minutes are not touched: no record names the notice.
    CHECK(chair.recordedSha256().isEmpty());
    // A second signing never replaces the signed copy.
    const ToolRun again
        = chair.run({ QStringLiteral("sign-notice"), notice, QStringLiteral("--certificate"),
                        QString::fromLatin1(SigningWorld::signerNickname),
                        QStringLiteral("--nss-dir"), w.tokenDb },
            withPin(w.tokenEnvironment(), w.pin));
    CHECK(again.exitCode == 4);

    // The secretary signs it on the chair's behalf (TL. CHỦ TỊCH, CHÁNH VĂN PHÒNG).
    QTemporaryDir secretaryCache;
    REQUIRE(chair.share.m.secretaryKey.save(secretaryCache.filePath(QStringLiteral("device.key")))
                .ok());
    pinOrganisationIn(secretaryCache.path(), chair.share.m.organisation);
    const QString bySecretary = chair.out.filePath(QStringLiteral("thong-bao-tl.pdf"));
    const ToolRun secretary = runTool(QStringLiteral(PHONGHOP_CLI_PATH),
        { QStringLiteral("session"), QStringLiteral("sign-notice"), notice,
            QStringLiteral("--certificate"), QString::fromLatin1(SigningWorld::signerNickname),
            QStringLiteral("--nss-dir"), w.tokenDb, QStringLiteral("--output"), bySecretary,
            QStringLiteral("--share"), chair.share.root(), QStringLiteral("--cache"),
            secretaryCache.path(), QStringLiteral("--meeting"), chair.share.meetingId() },
        withPin(w.tokenEnvironment(), w.pin));
    INFO(secretary.err.toStdString());
    CHECK(secretary.exitCode == 0);
    CHECK(w.pdfsig(bySecretary).out.contains(QStringLiteral("Signature is Valid.")));
}
