#pragma once

// phonghop-cli run as a real process (PHONGHOP_CLI_PATH), as a script or a person at a
// terminal would run it: its exit code, standard output and standard error. Standard input is
// a pipe (never a terminal), so a command that needs a passphrase takes it from the
// environment or refuses.
#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <functional>

#include "meeting_core/org/directorystore.h"
#include "meeting_core/trust/signingkey.h"

namespace phonghop::test {

inline const QString cliPassphrase = QStringLiteral("mật khẩu dài của văn phòng");

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;

    QJsonDocument json() const
    {
        QJsonParseError error {};
        const QJsonDocument doc = QJsonDocument::fromJson(out.toUtf8(), &error);
        INFO("stdout: " << out.toStdString() << "\nstderr: " << err.toStdString());
        REQUIRE(error.error == QJsonParseError::NoError);
        return doc;
    }
    QString all() const { return out + err; }
};

// One environment for the runs: PHONGHOP_KEY_PASSPHRASE set unless told otherwise.
struct Cli {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();

    explicit Cli(const QString &passphrase = cliPassphrase)
    {
        env.remove(QStringLiteral("PHONGHOP_NEW_KEY_PASSPHRASE"));
        setPassphrase(passphrase);
    }
    void setPassphrase(const QString &passphrase)
    {
        if (passphrase.isNull())
            env.remove(QStringLiteral("PHONGHOP_KEY_PASSPHRASE"));
        else
            env.insert(QStringLiteral("PHONGHOP_KEY_PASSPHRASE"), passphrase);
    }
    CliRun run(const QStringList &arguments) const
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(PHONGHOP_CLI_PATH), arguments);
        REQUIRE(p.waitForStarted(30000));
        p.closeWriteChannel(); // end of input at once: nothing can be typed
        REQUIRE(p.waitForFinished(180000));
        REQUIRE(p.exitStatus() == QProcess::NormalExit);
        return CliRun { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError()) };
    }
    // Runs and REQUIREs exit 0, showing what was printed otherwise.
    CliRun ok(const QStringList &arguments) const
    {
        const CliRun r = run(arguments);
        INFO("phonghop-cli " << arguments.join(u' ').toStdString() << "\nstdout: "
                             << r.out.toStdString() << "\nstderr: " << r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return r;
    }
};

inline void writeText(const QString &path, const QByteArray &bytes)
{
    REQUIRE(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

inline QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Every file under root, relative ("people/directory-000001.json"), sorted.
inline QStringList filesUnder(const QString &root)
{
    QStringList files;
    const QDir base(root);
    const std::function<void(const QString &)> walk = [&](const QString &folder) {
        const QDir dir(folder);
        for (const QFileInfo &info :
            dir.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)) {
            if (info.isDir())
                walk(info.filePath());
            else
                files << base.relativeFilePath(info.filePath());
        }
    };
    walk(root);
    files.sort();
    return files;
}

// The staff list of a commune People's Committee, as Excel exports it (UTF-8 with a BOM).
inline QByteArray staffCsv()
{
    return QByteArrayLiteral(
        "\xEF\xBB\xBF"
        "Mã,Họ và tên,Chức vụ,Đơn vị,Vai trò,Trọng số\r\n"
        "chu-tich,Nguyễn Văn An,Chủ tịch UBND xã,UBND xã,Chủ tọa,1\r\n"
        "thu-ky,Trần Thị Bình,Chánh Văn phòng,Văn phòng HĐND và UBND,Thư ký,0\r\n"
        "pho-chu-tich,Lê Văn Cường,Phó Chủ tịch UBND xã,UBND xã,Đại biểu,1\r\n"
        "uy-vien,Phạm Thị Dung,Ủy viên UBND xã,Công an xã,Đại biểu,1\r\n");
}

inline QJsonObject findById(const QJsonArray &array, const QString &field, const QString &value)
{
    for (const QJsonValue &v : array)
        if (v.toObject().value(field).toString() == value)
            return v.toObject();
    return {};
}

// A MEETING.json that validates: participants by id, role and weight only (the directory
// gives their names), dated a year ahead so that it is a meeting to come.
inline QByteArray meetingJson(const QString &id,
    const QString &participants
    = QStringLiteral(R"([{"id": "chu-tich", "role": "chair", "voteWeight": 1}])"))
{
    const QDate day = QDate::currentDate().addYears(1);
    return QStringLiteral(R"({
  "format": "phonghop-draft", "version": "1.0", "meetingId": "%1",
  "title": "Phiên họp thường kỳ tháng 12", "organisation": "UBND xã Sơn Hà",
  "location": "Phòng họp tầng 2",
  "start": "%2T08:00:00+07:00", "end": "%2T11:00:00+07:00",
  "participants": %3,
  "agenda": [{"id": "i1", "parent": "", "title": "Kinh tế - xã hội"},
             {"id": "i2", "parent": "", "title": "Dự thảo Nghị quyết về kế hoạch đầu tư công"}],
  "documents": []
})")
        .arg(id, day.toString(Qt::ISODate), participants)
        .toUtf8();
}

// A folder for the share, one for the secretary's files, and the organisation set up there.
struct Office {
    QTemporaryDir dir;
    QString share;
    QString key;
    QString fingerprint;
    Cli cli;

    explicit Office(bool initialise = true)
    {
        REQUIRE(dir.isValid());
        share = dir.filePath(QStringLiteral("share"));
        key = dir.filePath(QStringLiteral("secretary/co-quan.key"));
        if (initialise) {
            cli.ok({ QStringLiteral("org"), QStringLiteral("init"), QStringLiteral("--share"),
                share, QStringLiteral("--name"), QStringLiteral("UBND xã Sơn Hà"),
                QStringLiteral("--key"), key });
            const Result<KeyFileInfo> info = inspectKeyFile(key);
            REQUIRE(info.ok());
            fingerprint = keyFingerprint(info->publicKey);
        }
    }
    QString path(const QString &name) const { return dir.filePath(name); }
    QByteArray publicKey() const { return inspectKeyFile(key)->publicKey; }
    qint64 directoryRevision() const
    {
        const Result<DirectoryStore::Reading> r = DirectoryStore(share).read(publicKey());
        REQUIRE(r.ok());
        return r->directory.revision;
    }
    CliRun import(const QByteArray &csv, const QString &keyPath = {}) const
    {
        const QString file = dir.filePath(QStringLiteral("can-bo.csv"));
        writeText(file, csv);
        return cli.run(
            { QStringLiteral("people"), QStringLiteral("import"), file, QStringLiteral("--share"),
                share, QStringLiteral("--key"), keyPath.isEmpty() ? key : keyPath });
    }
    QJsonArray people() const
    {
        return cli
            .ok({ QStringLiteral("people"), QStringLiteral("list"), QStringLiteral("--share"),
                share, QStringLiteral("--json") })
            .json()
            .array();
    }
};

} // namespace phonghop::test
