// phonghop-cli run as a real process speaks the language of the settings (docs/configuration.md,
// Language): its messages, and the minutes it writes. The settings come from a system file
// (PHONGHOP_SYSTEM_CONFIG) and a user folder (XDG_CONFIG_HOME) written by the test.
#include "session_fixture.h"

#include "pdf_reading.h"

#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>

using namespace phonghop;
using namespace phonghop::test;

namespace {
struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

void writeFile(const QString &path, const QByteArray &text)
{
    REQUIRE(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(text) == text.size());
}

// The settings one run of phonghop-cli sees: no system file and no user settings unless the
// test writes them.
struct Settings {
    QTemporaryDir dir;
    QString systemFile; // empty: none

    Settings() { REQUIRE(dir.isValid()); }
    void system(const QByteArray &ini)
    {
        systemFile = dir.filePath(QStringLiteral("system/phonghop.conf"));
        writeFile(systemFile, ini);
    }
    void user(const QByteArray &ini)
    {
        writeFile(dir.filePath(QStringLiteral("config/PhongHop/phonghop.conf")), ini);
    }
    Run run(const QStringList &arguments) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PHONGHOP_SYSTEM_CONFIG"), systemFile);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(PHONGHOP_CLI_PATH), arguments);
        REQUIRE(p.waitForFinished(120000));
        REQUIRE(p.exitStatus() == QProcess::NormalExit);
        return Run { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError()) };
    }
};

} // namespace

TEST_CASE(
    "phonghop-cli prints Vietnamese by default and English when the settings say so", "[i18n][cli]")
{
    Settings settings;
    SECTION("nothing set: Vietnamese, like the app")
    {
        const Run help = settings.run({ QStringLiteral("--help") });
        CHECK(help.exitCode == 0);
        CHECK(help.out.contains(QStringLiteral("Cách dùng: phonghop-cli LỆNH [TÙY CHỌN]")));
        CHECK_FALSE(help.out.contains(QStringLiteral("Usage:")));
        const Run unknown = settings.run({ QStringLiteral("frobnicate") });
        CHECK(unknown.exitCode == 2);
        CHECK(unknown.err.contains(QStringLiteral("Lệnh không xác định: frobnicate")));
    }
    SECTION("the user chose English")
    {
        settings.user("[General]\nLanguage=en\n");
        const Run help = settings.run({ QStringLiteral("--help") });
        CHECK(help.exitCode == 0);
        CHECK(help.out.contains(QStringLiteral("Usage: phonghop-cli COMMAND [OPTIONS]")));
        CHECK_FALSE(help.out.contains(QStringLiteral("Cách dùng")));
        const Run unknown = settings.run({ QStringLiteral("frobnicate") });
        CHECK(unknown.exitCode == 2);
        CHECK(unknown.err.contains(QStringLiteral("Unknown command: frobnicate")));
    }
    SECTION("IT set English for the machine")
    {
        settings.system("[General]\nLanguage=en\n");
        CHECK(settings.run({ QStringLiteral("--help") })
                  .out.contains(QStringLiteral("Usage: phonghop-cli")));
    }
    SECTION("IT locked Vietnamese: the user's English is ignored")
    {
        settings.system("[General]\nLanguage=vi\n[Policy]\nLocked=Language\n");
        settings.user("[General]\nLanguage=en\n");
        CHECK(settings.run({ QStringLiteral("--help") })
                  .out.contains(QStringLiteral("Cách dùng: phonghop-cli")));
    }
}

TEST_CASE("The minutes written by phonghop-cli state the voting rule in the settings' language",
    "[i18n][cli][session]")
{
    // A closed poll: the chair and d1 act in process (no translator here, so the record
    // itself carries no language); d2's cache writes the minutes through the CLI.
    SessionShare share;
    auto chair = share.seat(share.m.chairKey);
    auto d1 = share.seat(share.m.memberKeys[0]);
    REQUIRE((*chair)->checkIn().ok());
    REQUIRE((*d1)->checkIn().ok());
    REQUIRE((*chair)->refresh().ok());
    REQUIRE((*chair)->openPoll(MeetingFixture::approvalPoll(QStringLiteral("p1"))).ok());
    REQUIRE((*d1)->refresh().ok());
    REQUIRE((*d1)->castVote(QStringLiteral("p1"), { 0 }).ok());
    REQUIRE((*chair)->closePoll(QStringLiteral("p1")).ok());

    QTemporaryDir cache;
    REQUIRE(cache.isValid());
    REQUIRE(share.m.memberKeys[1].save(cache.filePath(QStringLiteral("device.key"))).ok());
    pinOrganisationIn(cache.path(), share.m.organisation);
    QTemporaryDir out;
    REQUIRE(out.isValid());
    const auto minutes = [&](const Settings &settings, const QString &name) {
        const QString path = out.filePath(name);
        const Run r = settings.run(
            { QStringLiteral("session"), QStringLiteral("minutes"), path, QStringLiteral("--share"),
                share.root(), QStringLiteral("--cache"), cache.path(), QStringLiteral("--meeting"),
                share.meetingId(), QStringLiteral("--place"), QStringLiteral("Sơn Hà") });
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return pdfText(path);
    };

    Settings vietnamese;
    const QString vi = minutes(vietnamese, QStringLiteral("bien-ban-vi.pdf"));
    INFO(vi.toStdString());
    CHECK(vi.contains(QStringLiteral("Thông qua Tờ trình số 12/TTr-UBND")));
    CHECK(vi.contains(QStringLiteral("Cần quá nửa số phiếu đã bỏ.")));
    CHECK_FALSE(vi.contains(QStringLiteral("Needs")));

    Settings english;
    english.user("[General]\nLanguage=en\n");
    const QString en = minutes(english, QStringLiteral("minutes-en.pdf"));
    INFO(en.toStdString());
    CHECK(en.contains(QStringLiteral("Needs more than half of the ballots cast.")));
    CHECK_FALSE(en.contains(QStringLiteral("Cần quá nửa")));
}
