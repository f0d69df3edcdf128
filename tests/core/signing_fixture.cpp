#include "signing_fixture.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <catch2/catch.hpp>

namespace phonghop::test {

ToolRun runTool(const QString &program, const QStringList &arguments,
    const QProcessEnvironment &environment, const QString &workingDirectory)
{
    QProcess p;
    p.setProcessEnvironment(environment);
    if (!workingDirectory.isEmpty())
        p.setWorkingDirectory(workingDirectory);
    p.start(program, arguments);
    INFO(program.toStdString() << ' ' << arguments.join(u' ').toStdString());
    REQUIRE(p.waitForStarted(30000));
    REQUIRE(p.waitForFinished(180000));
    return ToolRun { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
        QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
}

namespace {
void writeText(const QString &path, const QByteArray &text)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(text) == text.size());
}

// Runs a tool that must succeed.
void must(const QString &program, const QStringList &arguments, const QString &workingDirectory,
    const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    const ToolRun r = runTool(program, arguments, environment, workingDirectory);
    INFO(program.toStdString() << ' ' << arguments.join(u' ').toStdString() << '\n'
                               << r.out.toStdString() << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
}

QString dbArg(const QString &dir)
{
    return QStringLiteral("sql:") + dir;
}
} // namespace

const SigningWorld &SigningWorld::get()
{
    static const SigningWorld world;
    return world;
}

SigningWorld::SigningWorld()
{
    REQUIRE(m_dir.isValid());
    const QString top = m_dir.path();
    const auto at = [&](const QString &name) { return m_dir.filePath(name); };
    softhsmModule = QStringLiteral("/usr/lib/softhsm/libsofthsm2.so");
    REQUIRE(QFile::exists(softhsmModule));

    // The token: SoftHSM with a configuration and token folder of its own.
    REQUIRE(QDir(top).mkpath(QStringLiteral("tokens")));
    REQUIRE(QDir(top).mkpath(QStringLiteral("no-tokens")));
    softhsmConf = at(QStringLiteral("softhsm2.conf"));
    emptySofthsmConf = at(QStringLiteral("softhsm2-empty.conf"));
    writeText(softhsmConf,
        "directories.tokendir = " + at(QStringLiteral("tokens")).toUtf8()
            + "\nobjectstore.backend = file\nlog.level = ERROR\n");
    writeText(emptySofthsmConf,
        "directories.tokendir = " + at(QStringLiteral("no-tokens")).toUtf8()
            + "\nobjectstore.backend = file\nlog.level = ERROR\n");
    must(QStringLiteral("softhsm2-util"),
        { QStringLiteral("--init-token"), QStringLiteral("--free"), QStringLiteral("--label"),
            QString::fromLatin1(tokenLabel), QStringLiteral("--pin"), QString::fromLatin1(pin),
            QStringLiteral("--so-pin"), QStringLiteral("5678") },
        top, tokenEnvironment());

    // The CA, a current signer and an expired one (openssl ca sets dates in the past).
    caPem = at(QStringLiteral("ca.pem"));
    must(QStringLiteral("openssl"),
        { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
            QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
            QStringLiteral("ca.key"), QStringLiteral("-out"), QStringLiteral("ca.pem"),
            QStringLiteral("-days"), QStringLiteral("3650"), QStringLiteral("-subj"),
            QStringLiteral("/CN=PhongHop Test CA/O=Test"), QStringLiteral("-addext"),
            QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
            QStringLiteral("keyUsage=critical,keyCertSign,cRLSign") },
        top);
    writeText(at(QStringLiteral("ca.cnf")),
        "[ca]\ndefault_ca = test_ca\n[test_ca]\ndatabase = index.txt\nnew_certs_dir = .\n"
        "serial = serial\ndefault_md = sha256\npolicy = any\nunique_subject = no\n"
        "x509_extensions = signer\n[any]\ncommonName = supplied\norganizationName = optional\n"
        "[signer]\nbasicConstraints = CA:FALSE\nkeyUsage = critical,digitalSignature,"
        "nonRepudiation\nextendedKeyUsage = emailProtection\n");
    writeText(at(QStringLiteral("index.txt")), "");
    writeText(at(QStringLiteral("serial")), "1000\n");
    const auto makeSigner = [&](const QString &name, const QString &commonName,
                                const QStringList &dates) {
        must(QStringLiteral("openssl"),
            { QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                QStringLiteral("-nodes"), QStringLiteral("-keyout"), name + QStringLiteral(".key"),
                QStringLiteral("-out"), name + QStringLiteral(".csr"), QStringLiteral("-subj"),
                QStringLiteral("/CN=%1/O=UBND xa Son Ha").arg(commonName) },
            top);
        must(QStringLiteral("openssl"),
            QStringList { QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-config"),
                QStringLiteral("ca.cnf"), QStringLiteral("-cert"), QStringLiteral("ca.pem"),
                QStringLiteral("-keyfile"), QStringLiteral("ca.key"), QStringLiteral("-in"),
                name + QStringLiteral(".csr"), QStringLiteral("-out"),
                name + QStringLiteral(".pem"), QStringLiteral("-notext") }
                + dates,
            top);
        must(QStringLiteral("openssl"),
            { QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-inkey"),
                name + QStringLiteral(".key"), QStringLiteral("-in"), name + QStringLiteral(".pem"),
                QStringLiteral("-name"), name, QStringLiteral("-out"),
                name + QStringLiteral(".p12"), QStringLiteral("-passout"),
                QStringLiteral("pass:p12") },
            top);
    };
    makeSigner(QStringLiteral("chairsig"), QString::fromLatin1(signerName),
        { QStringLiteral("-days"), QStringLiteral("365") });
    makeSigner(QStringLiteral("expiredsig"), QStringLiteral("Nguyen Van Het Han"),
        { QStringLiteral("-startdate"), QStringLiteral("20200101000000Z"),
            QStringLiteral("-enddate"), QStringLiteral("20210101000000Z") });

    // The databases.
    const auto newDb = [&](const QString &name) {
        REQUIRE(QDir(top).mkpath(name));
        must(QStringLiteral("certutil"),
            { QStringLiteral("-N"), QStringLiteral("-d"), dbArg(at(name)),
                QStringLiteral("--empty-password") },
            top);
        must(QStringLiteral("certutil"),
            { QStringLiteral("-A"), QStringLiteral("-d"), dbArg(at(name)), QStringLiteral("-n"),
                QStringLiteral("PhongHop Test CA"), QStringLiteral("-t"), QStringLiteral("CT,C,C"),
                QStringLiteral("-i"), caPem },
            top);
        return at(name);
    };
    tokenDb = newDb(QStringLiteral("token-db"));
    bareDb = newDb(QStringLiteral("bare-db"));
    keyStoreDb = newDb(QStringLiteral("keystore-db"));
    verifyDb = newDb(QStringLiteral("verify-db"));
    must(QStringLiteral("modutil"),
        { QStringLiteral("-dbdir"), dbArg(tokenDb), QStringLiteral("-add"),
            QStringLiteral("SoftHSM"), QStringLiteral("-libfile"), softhsmModule,
            QStringLiteral("-force") },
        top, tokenEnvironment());
    // The keys go into the token through the database's view of it (pk12util -h TOKEN).
    writeText(at(QStringLiteral("pin.txt")), QByteArray(pin) + '\n');
    for (const QString &name : { QStringLiteral("chairsig"), QStringLiteral("expiredsig") }) {
        must(QStringLiteral("pk12util"),
            { QStringLiteral("-i"), name + QStringLiteral(".p12"), QStringLiteral("-d"),
                dbArg(tokenDb), QStringLiteral("-h"), QString::fromLatin1(tokenLabel),
                QStringLiteral("-W"), QStringLiteral("p12"), QStringLiteral("-k"),
                QStringLiteral("pin.txt") },
            top, tokenEnvironment());
        must(QStringLiteral("pk12util"),
            { QStringLiteral("-i"), name + QStringLiteral(".p12"), QStringLiteral("-d"),
                dbArg(keyStoreDb), QStringLiteral("-W"), QStringLiteral("p12") },
            top);
    }
}

QProcessEnvironment SigningWorld::tokenEnvironment(const QString &conf) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SOFTHSM2_CONF"), conf.isEmpty() ? softhsmConf : conf);
    return environment;
}

ToolRun SigningWorld::pdfsig(const QString &pdf) const
{
    return runTool(QStringLiteral("pdfsig"), { QStringLiteral("-nssdir"), dbArg(verifyDb), pdf });
}

ToolRun SigningWorld::pdfsigSign(
    const QString &source, const QString &target, const QString &nickname) const
{
    return runTool(QStringLiteral("pdfsig"),
        { QStringLiteral("-nssdir"), dbArg(keyStoreDb), QStringLiteral("-add-signature"),
            QStringLiteral("-nick"), nickname, QStringLiteral("-reason"), QStringLiteral("test"),
            source, target });
}

void changeOneSignedByte(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    QByteArray bytes = f.readAll();
    // "%PDF-1.x\n%âãÏÓ": the second line is a comment of high bytes, inside the signed range.
    const qsizetype comment = bytes.indexOf("\n%") + 2;
    REQUIRE(comment > 2);
    REQUIRE(comment < 40);
    bytes[comment] = char(bytes.at(comment) ^ 0x01);
    REQUIRE(f.seek(0));
    REQUIRE(f.write(bytes) == bytes.size());
}

} // namespace phonghop::test
