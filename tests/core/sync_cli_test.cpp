// `phonghop-cli sync` run as a real process on a fresh cache: nothing is pinned silently. The
// organisation's key is trusted only once it matches --expect-fingerprint or the fingerprint IT
// put in the system configuration (docs/trust.md, "Pinning the organisation key").
#include <catch2/catch.hpp>

#include "meeting_core/store/meetingcache.h"
#include "meeting_core/store/outbox.h"
#include "meeting_core/sync/organisationtrust.h"
#include "meeting_core/trust/signingkey.h"
#include "testsupport.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>

using namespace phonghop;

namespace {
struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

// One seat's cache and the settings its phonghop-cli sees: no system file and no user
// settings unless the test writes them.
struct Seat {
    QTemporaryDir cacheDir;
    QTemporaryDir settingsDir;
    QString systemFile;

    Seat()
    {
        REQUIRE(cacheDir.isValid());
        REQUIRE(settingsDir.isValid());
        systemFingerprint({});
    }
    // The system file IT prepares; English, so that the test reads the messages.
    void systemFingerprint(const QString &fingerprint)
    {
        systemFile = settingsDir.filePath(QStringLiteral("system/phonghop.conf"));
        QByteArray ini("[General]\nLanguage=en\n");
        if (!fingerprint.isEmpty())
            ini += "[Trust]\nOrganisationKeyFingerprint=" + fingerprint.toUtf8() + "\n";
        test::writeFile(systemFile, ini);
    }
    Run sync(const QString &share, const QStringList &extra = {}) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PHONGHOP_SYSTEM_CONFIG"), systemFile);
        env.insert(
            QStringLiteral("XDG_CONFIG_HOME"), settingsDir.filePath(QStringLiteral("config")));
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(PHONGHOP_CLI_PATH),
            QStringList { QStringLiteral("sync"), QStringLiteral("--share"), share,
                QStringLiteral("--cache"), cacheDir.path() }
                + extra);
        REQUIRE(p.waitForFinished(120000));
        REQUIRE(p.exitStatus() == QProcess::NormalExit);
        return Run { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError()) };
    }
    std::unique_ptr<MeetingCache> cache() const
    {
        auto opened = MeetingCache::open(cacheDir.path());
        REQUIRE(opened.ok());
        return std::move(opened).value();
    }
};

QString otherFingerprint()
{
    return keyFingerprint(SigningKey::fromSeed(QByteArray(32, '\x07')).publicKey());
}
} // namespace

TEST_CASE("sync of a fresh cache without a pin reads nothing, exits 4 and shows the organisation's "
          "fingerprint",
    "[sync][cli][trust]")
{
    test::TestShare share;
    share.publish(share.makeMeeting(QStringLiteral("m1"), 2));
    Seat seat;
    const Run run = seat.sync(share.root());
    INFO(run.out.toStdString() << run.err.toStdString());
    CHECK(run.exitCode == 4);
    const QString fingerprint = test::testOrganisationFingerprint();
    CHECK(run.out.contains(fingerprint));
    CHECK(run.out.contains(QStringLiteral("UBND xã Tân Phú")));
    CHECK(run.err.contains(QStringLiteral("UBND xã Tân Phú")));
    CHECK(run.err.contains(QStringLiteral("--expect-fingerprint ") + fingerprint));
    CHECK(run.err.contains(QStringLiteral("IT staff")));
    const auto cache = seat.cache();
    CHECK(cache->meetings().isEmpty());
    CHECK(pinnedOrganisationKey(*cache).isEmpty());
}

TEST_CASE(
    "sync --expect-fingerprint pins the key when it matches, in any spelling, and refuses another",
    "[sync][cli][trust]")
{
    test::TestShare share;
    share.publish(share.makeMeeting(QStringLiteral("m1"), 2));

    SECTION("a fingerprint that does not match is refused and nothing is pinned")
    {
        Seat seat;
        const Run run = seat.sync(
            share.root(), { QStringLiteral("--expect-fingerprint"), otherFingerprint() });
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 4);
        CHECK(run.err.contains(test::testOrganisationFingerprint()));
        CHECK(run.err.contains(otherFingerprint()));
        const auto cache = seat.cache();
        CHECK(cache->meetings().isEmpty());
        CHECK(pinnedOrganisationKey(*cache).isEmpty());
    }
    SECTION(
        "the right one, typed in capitals without dashes, pins the key; later syncs need no flag")
    {
        Seat seat;
        QString typed = test::testOrganisationFingerprint().toUpper();
        typed.remove(u'-');
        const Run run = seat.sync(share.root(), { QStringLiteral("--expect-fingerprint"), typed });
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 0);
        {
            const auto cache = seat.cache();
            CHECK(pinnedOrganisationKey(*cache) == test::testOrganisationKey().publicKey());
            CHECK(cache->value(cachekeys::organisationName) == QStringLiteral("UBND xã Tân Phú"));
            CHECK(cache->meeting(QStringLiteral("m1")).has_value());
        }
        CHECK(seat.sync(share.root()).exitCode == 0);
        // Once pinned, another fingerprint does not replace the pin.
        CHECK(
            seat.sync(share.root(), { QStringLiteral("--expect-fingerprint"), otherFingerprint() })
                .exitCode
            == 4);
        CHECK(pinnedOrganisationKey(*seat.cache()) == test::testOrganisationKey().publicKey());
    }
    SECTION("a malformed fingerprint is a usage error")
    {
        Seat seat;
        const Run run = seat.sync(
            share.root(), { QStringLiteral("--expect-fingerprint"), QStringLiteral("3f2a-9c1d") });
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("3f2a-9c1d")));
        CHECK(seat.sync(share.root(), { QStringLiteral("--expect-fingerprint") }).exitCode == 2);
        CHECK(pinnedOrganisationKey(*seat.cache()).isEmpty());
    }
}

TEST_CASE("sync honours the fingerprint IT put in the system configuration",
    "[sync][cli][trust][settings]")
{
    test::TestShare share;
    share.publish(share.makeMeeting(QStringLiteral("m1"), 1));

    SECTION("the configured fingerprint matches: the first sync pins the key")
    {
        Seat seat;
        seat.systemFingerprint(test::testOrganisationFingerprint());
        const Run run = seat.sync(share.root());
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 0);
        CHECK(pinnedOrganisationKey(*seat.cache()) == test::testOrganisationKey().publicKey());
    }
    SECTION("another share's key is refused, and a flag cannot overrule the configuration")
    {
        Seat seat;
        seat.systemFingerprint(otherFingerprint());
        CHECK(seat.sync(share.root()).exitCode == 4);
        const Run overruled = seat.sync(share.root(),
            { QStringLiteral("--expect-fingerprint"), test::testOrganisationFingerprint() });
        CHECK(overruled.exitCode == 4);
        CHECK(overruled.err.contains(otherFingerprint()));
        CHECK(pinnedOrganisationKey(*seat.cache()).isEmpty());
    }
}
