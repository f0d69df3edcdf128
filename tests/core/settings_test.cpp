#include <catch2/catch.hpp>

#include "meeting_core/settings/appsettings.h"
#include "meeting_core/settings/buildinfo.h"

#include <QDate>
#include <QFile>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>

using namespace phonghop;

namespace {

const QString fingerprintA = QStringLiteral("3f2a-9c1d-0000-1111-2222-3333-4444-5555");
const QString fingerprintB = QStringLiteral("aaaa-bbbb-cccc-dddd-eeee-ffff-0000-9999");

// Writes an INI file the way an IT officer would, in UTF-8.
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(content);
    return path;
}

} // namespace

TEST_CASE("Without any settings file the built-in defaults apply", "[settings]")
{
    QTemporaryDir dir;
    AppSettings settings(
        dir.filePath(QStringLiteral("missing.conf")), dir.filePath(QStringLiteral("user.conf")));
    CHECK(settings.sharePath().isEmpty());
    CHECK(settings.organisationKeyFingerprint().isEmpty());
    CHECK(settings.language() == u"vi");
    CHECK_FALSE(settings.cachePath().isEmpty());
    CHECK(settings.source(AppSettings::Key::SharePath) == AppSettings::Source::Default);
    CHECK(settings.problems().isEmpty());
}

TEST_CASE("The system file gives the machine's values, including Vietnamese paths", "[settings]")
{
    QTemporaryDir dir;
    const QString system = writeFile(dir, QStringLiteral("phonghop.conf"),
        "[General]\nLanguage=en\n"
        "[Share]\nPath=/mnt/Phòng họp/UBND xã\n"
        "[Trust]\nOrganisationKeyFingerprint=3F2A9C1D 0000 1111 "
        "2222 3333 4444 5555\n");
    AppSettings settings(system, dir.filePath(QStringLiteral("user.conf")));
    CHECK(settings.sharePath() == QStringLiteral("/mnt/Phòng họp/UBND xã"));
    CHECK(settings.organisationKeyFingerprint() == fingerprintA);
    CHECK(settings.language() == u"en");
    CHECK(settings.source(AppSettings::Key::SharePath) == AppSettings::Source::System);
    CHECK(settings.problems().isEmpty());
}

TEST_CASE("A path with a comma in the system file is read whole", "[settings]")
{
    // QSettings splits unquoted INI values at commas; people rarely quote.
    const QByteArray line
        = GENERATE(QByteArray("Path=\"/mnt/họp, 2026\"\n"), QByteArray("Path=/mnt/họp, 2026\n"));
    QTemporaryDir dir;
    const QString system = writeFile(dir, QStringLiteral("phonghop.conf"), "[Share]\n" + line);
    AppSettings settings(system, dir.filePath(QStringLiteral("user.conf")));
    CHECK(settings.sharePath() == QStringLiteral("/mnt/họp, 2026"));
}

TEST_CASE("The user's own settings override the system file", "[settings]")
{
    QTemporaryDir dir;
    const QString system = writeFile(dir, QStringLiteral("phonghop.conf"),
        "[Share]\nPath=/mnt/system\n[General]\nLanguage=vi\n");
    const QString user = dir.filePath(QStringLiteral("user.conf"));
    {
        AppSettings settings(system, user);
        REQUIRE(settings.setSharePath(QStringLiteral("/home/dai-bieu/share")).ok());
        REQUIRE(settings.sync().ok());
    }
    AppSettings settings(system, user); // read back from disk
    CHECK(settings.sharePath() == u"/home/dai-bieu/share");
    CHECK(settings.source(AppSettings::Key::SharePath) == AppSettings::Source::User);
    CHECK(settings.language() == u"vi");

    SECTION("clearing the user's value falls back to the system value")
    {
        REQUIRE(settings.setSharePath(QString()).ok());
        CHECK(settings.sharePath() == u"/mnt/system");
    }
}

TEST_CASE("Saving the machine's own value does not pin it for the user", "[settings]")
{
    QTemporaryDir dir;
    const QString system
        = writeFile(dir, QStringLiteral("phonghop.conf"), "[Share]\nPath=/mnt/old-server\n");
    const QString user = dir.filePath(QStringLiteral("user.conf"));
    {
        AppSettings settings(system, user);
        // A settings dialog saves every field, unchanged ones included.
        REQUIRE(settings.setSharePath(settings.sharePath()).ok());
        REQUIRE(settings.setLanguage(settings.language()).ok());
        REQUIRE(settings.sync().ok());
    }
    // IT moves the share; the user sees the move. (A new path of another length: within one
    // process QSettings reuses a file it read in the same second if its size is unchanged.)
    writeFile(dir, QStringLiteral("phonghop.conf"), "[Share]\nPath=/mnt/server-2027\n");
    AppSettings settings(system, user);
    CHECK(settings.sharePath() == u"/mnt/server-2027");
    CHECK(settings.source(AppSettings::Key::SharePath) == AppSettings::Source::System);
    CHECK(settings.source(AppSettings::Key::Language) == AppSettings::Source::Default);
}

TEST_CASE("Changing a setting never writes into the system file", "[settings]")
{
    QTemporaryDir dir;
    const QByteArray content = "[Share]\nPath=/mnt/system\n";
    const QString system = writeFile(dir, QStringLiteral("phonghop.conf"), content);
    {
        AppSettings settings(system, dir.filePath(QStringLiteral("user.conf")));
        REQUIRE(settings.setSharePath(QStringLiteral("/elsewhere")).ok());
        REQUIRE(settings.setLanguage(QStringLiteral("en")).ok());
        REQUIRE(settings.sync().ok());
    }
    QFile file(system);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == content);
}

TEST_CASE("A key the system file locks keeps the system value", "[settings]")
{
    QTemporaryDir dir;
    const QString system = writeFile(dir, QStringLiteral("phonghop.conf"),
        "[Trust]\nOrganisationKeyFingerprint=" + fingerprintA.toUtf8()
            + "\n[Policy]\nLocked=trust/organisationkeyfingerprint, Share/Path\n");
    const QString user = dir.filePath(QStringLiteral("user.conf"));
    {
        // A value written before the lock (or by hand) is ignored.
        QSettings raw(user, QSettings::IniFormat);
        raw.setValue(
            AppSettings::keyName(AppSettings::Key::OrganisationKeyFingerprint), fingerprintB);
        raw.setValue(AppSettings::keyName(AppSettings::Key::SharePath), QStringLiteral("/x"));
    }
    AppSettings settings(system, user);
    CHECK(settings.isLocked(AppSettings::Key::OrganisationKeyFingerprint));
    CHECK(settings.organisationKeyFingerprint() == fingerprintA);
    CHECK(settings.sharePath().isEmpty()); // locked to the default
    CHECK_FALSE(settings.setOrganisationKeyFingerprint(fingerprintB).ok());
    CHECK(settings.organisationKeyFingerprint() == fingerprintA);
    CHECK_FALSE(settings.isLocked(AppSettings::Key::Language));
    CHECK(settings.setLanguage(QStringLiteral("en")).ok());
}

TEST_CASE("Invalid values in the system file are ignored and reported", "[settings]")
{
    QTemporaryDir dir;
    const QString system = writeFile(dir, QStringLiteral("phonghop.conf"),
        "[General]\nLanguage=klingon\n"
        "[Trust]\nOrganisationKeyFingerprint=not-a-key\n"
        "[Policy]\nLocked=Share/Colour\n");
    AppSettings settings(system, dir.filePath(QStringLiteral("user.conf")));
    CHECK(settings.language() == u"vi");
    CHECK(settings.organisationKeyFingerprint().isEmpty());
    const QStringList problems = settings.problems();
    CHECK(problems.size() == 3);
    CHECK(problems.join(u'\n').contains(u"klingon"));
    CHECK(problems.join(u'\n').contains(u"Share/Colour"));
}

TEST_CASE("Invalid values are refused when set", "[settings]")
{
    QTemporaryDir dir;
    AppSettings settings(QString(), dir.filePath(QStringLiteral("user.conf")));
    CHECK_FALSE(settings.setOrganisationKeyFingerprint(QStringLiteral("3f2a-9c1d")).ok());
    CHECK_FALSE(settings.setLanguage(QStringLiteral("fr")).ok());
    CHECK(settings.setLanguage(QStringLiteral("en_GB")).ok());
    CHECK(settings.language() == u"en");
    CHECK(settings.organisationKeyFingerprint().isEmpty());
}

TEST_CASE("A fingerprint is normalised to keyFingerprint's form", "[settings]")
{
    CHECK(AppSettings::normalisedFingerprint(
              QStringLiteral("3F2A:9C1D:0000:1111:2222:3333:4444:5555"))
        == fingerprintA);
    CHECK(AppSettings::normalisedFingerprint(fingerprintA) == fingerprintA);
    CHECK_FALSE(AppSettings::normalisedFingerprint(
        QStringLiteral("3f2a-9c1d-0000-1111-2222-3333-4444-555g")));
    CHECK_FALSE(AppSettings::normalisedFingerprint(fingerprintA + QStringLiteral("-0000")));
}

TEST_CASE("PHONGHOP_SYSTEM_CONFIG chooses the system file", "[settings]")
{
    const QByteArray previous = qgetenv("PHONGHOP_SYSTEM_CONFIG");
    const bool wasSet = qEnvironmentVariableIsSet("PHONGHOP_SYSTEM_CONFIG");
    qputenv("PHONGHOP_SYSTEM_CONFIG", "/srv/it/phonghop.conf");
    CHECK(AppSettings::systemConfigPath() == u"/srv/it/phonghop.conf");
    qputenv("PHONGHOP_SYSTEM_CONFIG", ""); // set but empty: no system file at all
    CHECK(AppSettings::systemConfigPath().isEmpty());
    if (wasSet)
        qputenv("PHONGHOP_SYSTEM_CONFIG", previous);
    else
        qunsetenv("PHONGHOP_SYSTEM_CONFIG");
}

TEST_CASE("Migration moves the first builds' flat keys once", "[settings]")
{
    QTemporaryDir dir;
    const QString user = dir.filePath(QStringLiteral("user.conf"));
    {
        QSettings raw(user, QSettings::IniFormat);
        raw.setValue(QStringLiteral("share"), QStringLiteral("/mnt/old-share"));
        raw.setValue(QStringLiteral("cache"), QStringLiteral("/var/tmp/old-cache"));
    }
    AppSettings settings(QString(), user);
    CHECK(settings.migrate() == 1);
    CHECK(settings.sharePath() == u"/mnt/old-share");
    CHECK(settings.cachePath() == u"/var/tmp/old-cache");
    REQUIRE(settings.sync().ok());

    QSettings raw(user, QSettings::IniFormat);
    CHECK_FALSE(raw.contains(QStringLiteral("share")));
    CHECK(raw.value(QStringLiteral("SettingsVersion")).toInt() == AppSettings::currentVersion);
    CHECK(settings.migrate() == 0);
}

TEST_CASE("Migration keeps a value already in the new place", "[settings]")
{
    QTemporaryDir dir;
    const QString user = dir.filePath(QStringLiteral("user.conf"));
    {
        QSettings raw(user, QSettings::IniFormat);
        raw.setValue(QStringLiteral("share"), QStringLiteral("/mnt/old"));
        raw.setValue(QStringLiteral("Share/Path"), QStringLiteral("/mnt/new"));
    }
    AppSettings settings(QString(), user);
    settings.migrate();
    CHECK(settings.sharePath() == u"/mnt/new");
}

TEST_CASE("Build information names the app version and every library", "[settings]")
{
    const BuildInfo info = BuildInfo::current();
    CHECK(info.applicationVersion == QStringLiteral(PHONGHOP_VERSION));
    CHECK(QDate::fromString(info.buildDate, Qt::ISODate).isValid());
    REQUIRE(info.libraries.size() == 4);
    const QStringList names { QStringLiteral("Qt"), QStringLiteral("Poppler"),
        QStringLiteral("SQLite"), QStringLiteral("libsodium") };
    for (qsizetype i = 0; i < names.size(); ++i) {
        CHECK(info.libraries.at(i).name == names.at(i));
        // A real version: digits and dots, at least "major.minor".
        CHECK(info.libraries.at(i).version.contains(
            QRegularExpression(QStringLiteral("^\\d+\\.\\d+"))));
    }
    CHECK(info.libraries.at(0).version.startsWith(QString::fromLatin1(qVersion())));
    const QString text = info.toText(QStringLiteral("phonghop-cli"));
    CHECK(text.startsWith(QStringLiteral("phonghop-cli ") + info.applicationVersion + u'\n'));
    CHECK(text.contains(info.buildDate));
}

TEST_CASE("Sync scope and the days past meetings' documents are kept: defaults, the system "
          "file, a lock, bad values refused",
    "[settings][cache]")
{
    QTemporaryDir dir;
    {
        AppSettings settings(QString(), dir.filePath(QStringLiteral("user.conf")));
        CHECK(settings.syncScope() == u"own");
        CHECK(settings.keepPastDocumentsDays() == 90);
        CHECK(settings.setSyncScope(QStringLiteral("ALL")).ok());
        CHECK(settings.syncScope() == u"all");
        CHECK(settings.setKeepPastDocumentsDays(0).ok());
        CHECK(settings.keepPastDocumentsDays() == 0);
        CHECK_FALSE(settings.setSyncScope(QStringLiteral("everything")).ok());
        CHECK_FALSE(settings.setKeepPastDocumentsDays(-1).ok());
        CHECK(settings.syncScope() == u"all");
        CHECK(settings.keepPastDocumentsDays() == 0);
    }
    const QString system = writeFile(dir, QStringLiteral("phonghop.conf"),
        "[Sync]\nScope=all\n[Cache]\nKeepPastDocumentsDays=many\n"
        "[Policy]\nLocked=Sync/Scope\n");
    AppSettings settings(system, dir.filePath(QStringLiteral("user2.conf")));
    CHECK(settings.syncScope() == u"all");
    CHECK(settings.isLocked(AppSettings::Key::SyncScope));
    CHECK_FALSE(settings.setSyncScope(QStringLiteral("own")).ok());
    CHECK(settings.keepPastDocumentsDays() == 90); // "many" is ignored, and said
    CHECK(settings.problems().join(u' ').contains(QStringLiteral("KeepPastDocumentsDays")));
}
