#pragma once

// Real signing components for the "signing" tests (docs/signatures.md): a CA and signer
// certificates made with openssl, SoftHSM2 as the token (its own configuration and token
// folder), NSS databases made with certutil, modutil and pk12util, and pdfsig. Built once per
// test program (SigningWorld::get()), in a temporary folder.
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace phonghop::test {

struct ToolRun {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs a program; REQUIREs that it started and ended (not that it succeeded).
ToolRun runTool(const QString &program, const QStringList &arguments,
    const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
    const QString &workingDirectory = {});

class SigningWorld final {
public:
    static const SigningWorld &get();

    static constexpr auto tokenLabel = "PhongHop Test";
    static constexpr auto pin = "1234";
    // On the token: a current signer, and one whose certificate expired in 2021.
    static constexpr auto signerNickname = "PhongHop Test:chairsig";
    static constexpr auto expiredNickname = "PhongHop Test:expiredsig";
    static constexpr auto signerName = "Nguyen Van Chu Toa";

    QString softhsmModule; // /usr/lib/softhsm/libsofthsm2.so
    QString softhsmConf; // SOFTHSM2_CONF of the token
    QString emptySofthsmConf; // a SoftHSM with no token: the token is unplugged
    QString tokenDb; // the NSS database with SoftHSM registered (modutil) and the CA trusted
    QString bareDb; // the CA trusted, no module: the token comes with --pkcs11-module
    QString keyStoreDb; // no token: both signers' keys in the database itself (no password)
    QString verifyDb; // only the CA trusted: what a reader's machine has
    QString caPem;

    // The environment of a process using the token.
    QProcessEnvironment tokenEnvironment(const QString &conf = {}) const;
    // pdfsig's verdict on a file, with the reader's database.
    ToolRun pdfsig(const QString &pdf) const;
    // Signs with pdfsig from the key-store database (no token), e.g. with the expired
    // certificate our own signing refuses.
    ToolRun pdfsigSign(const QString &source, const QString &target, const QString &nickname) const;

private:
    SigningWorld();
    QTemporaryDir m_dir;
};

// Flips one byte of a file inside the range a PDF signature covers (the binary comment on
// the second line), so the file still opens but no longer matches its signature.
void changeOneSignedByte(const QString &path);

} // namespace phonghop::test
