#include <catch2/catch.hpp>

#include "meeting_core/share/manifestcodec.h"
#include "meeting_core/share/shareformat.h"
#include "meeting_core/share/sharewriter.h"
#include "meeting_core/store/meetingcache.h"
#include "meeting_core/store/outbox.h"
#include "meeting_core/sync/organisationtrust.h"
#include "meeting_core/sync/syncengine.h"
#include "meeting_core/util/sha256.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace phonghop;

namespace {

struct Fixture {
    test::TestShare share;
    QTemporaryDir cacheDir;
    std::unique_ptr<MeetingCache> cache;

    // pinned: the seat trusts the share's organisation key already, as once a person
    // confirmed its fingerprint; otherwise it is a fresh seat that has confirmed nothing.
    explicit Fixture(bool pinned = true)
    {
        auto opened = MeetingCache::open(cacheDir.path());
        REQUIRE(opened.ok());
        cache = std::move(opened).value();
        if (pinned)
            test::pinTestOrganisation(*cache);
    }
    SyncReport sync(const SyncEngine::ProgressCallback &progress = {})
    {
        return SyncEngine(*cache, share.root()).run({}, progress);
    }
    int cachedRevision(const QString &id) { return cache->cachedRevisions().value(id, 0); }
};

// Overwrites a published manifest with other content, signed properly by the organisation
// (a schema problem that only validation can catch).
void replaceSignedManifest(
    test::TestShare &share, const QString &meetingId, int revision, const QByteArray &bytes)
{
    const QString folder = share.root() + QStringLiteral("/meetings/") + meetingId + u'/';
    test::writeFile(folder + shareformat::manifestFileName(revision), bytes);
    const QJsonObject signature { { QStringLiteral("signer"),
                                      QString::fromLatin1(
                                          test::testOrganisationKey().publicKey().toBase64()) },
        { QStringLiteral("signature"),
            QString::fromLatin1(test::testOrganisationKey().sign(bytes).toBase64()) } };
    test::writeFile(
        folder + shareformat::signatureFileName(revision), QJsonDocument(signature).toJson());
}

} // namespace

TEST_CASE("A first sync brings meetings and verified documents into the cache", "[sync]")
{
    Fixture f;
    const Meeting meeting = f.share.makeMeeting(QStringLiteral("m1"), 6, 50000);
    f.share.publish(meeting);
    const SyncReport report = f.sync();
    REQUIRE(report.complete());
    CHECK(report.updatedMeetings == QStringList { QStringLiteral("m1") });
    CHECK(report.objectsCopied == 6);
    const std::optional<Meeting> cached = f.cache->meeting(QStringLiteral("m1"));
    REQUIRE(cached.has_value());
    CHECK(cached->revision == 1);
    CHECK(cached->documents.size() == 6);
    for (const DocumentRef &document : cached->documents)
        CHECK(Sha256::hexOfFile(f.cache->documentPath(document)) == document.sha256);
    CHECK_FALSE(f.cache->value(cachekeys::lastSyncAt).isEmpty());
}

TEST_CASE("A re-sync copies only what changed", "[sync]")
{
    Fixture f;
    Meeting meeting = f.share.makeMeeting(QStringLiteral("m1"), 5);
    f.share.publish(meeting);
    REQUIRE(f.sync().complete());

    const SyncReport unchanged = f.sync();
    CHECK(unchanged.complete());
    CHECK(unchanged.updatedMeetings.isEmpty());
    CHECK(unchanged.objectsCopied == 0);

    meeting.documents << f.share.addDocument(
        QStringLiteral("d-new"), QStringLiteral("i2"), test::pseudoRandomBytes(1234, 99));
    f.share.publish(meeting);
    const SyncReport changed = f.sync();
    CHECK(changed.complete());
    CHECK(changed.objectsCopied == 1);
    CHECK(f.cachedRevision(QStringLiteral("m1")) == 2);
}

TEST_CASE("A document that has not arrived keeps the meeting's last good revision", "[sync]")
{
    Fixture f;
    Meeting meeting = f.share.makeMeeting(QStringLiteral("m1"), 2);
    f.share.publish(meeting);
    REQUIRE(f.sync().complete());

    const DocumentRef late = f.share.addDocument(
        QStringLiteral("d-late"), QStringLiteral("i1"), test::pseudoRandomBytes(5000, 5));
    meeting.documents << late;
    f.share.publish(meeting);
    const QString objectPath = f.share.objectPath(late.sha256);
    const QString hiddenPath = objectPath + QStringLiteral(".away");
    REQUIRE(QFile::rename(objectPath, hiddenPath));

    const SyncReport report = f.sync();
    CHECK(report.reachedShare());
    REQUIRE(report.problems.size() == 1);
    CHECK(report.problems.first().kind == SyncProblem::Kind::NotArrivedYet);
    CHECK(report.problems.first().message.contains(late.title));
    CHECK(f.cachedRevision(QStringLiteral("m1")) == 1);

    REQUIRE(QFile::rename(hiddenPath, objectPath));
    CHECK(f.sync().complete());
    CHECK(f.cachedRevision(QStringLiteral("m1")) == 2);
}

TEST_CASE("A damaged or half-written document is refused and never enters the cache", "[sync]")
{
    Fixture f;
    const Meeting meeting = f.share.makeMeeting(QStringLiteral("m1"), 1, 100000);
    f.share.publish(meeting);
    const DocumentRef document = meeting.documents.first();
    QByteArray bytes = test::readFile(f.share.objectPath(document.sha256));

    SECTION("truncated (still being copied by a sync tool)")
    {
        test::writeFile(f.share.objectPath(document.sha256), bytes.left(bytes.size() / 2));
        const SyncReport report = f.sync();
        REQUIRE(report.problems.size() == 1);
        CHECK(report.problems.first().message.contains(QStringLiteral("incomplete")));
    }
    SECTION("same size, altered bytes")
    {
        bytes[10] = static_cast<char>(bytes[10] ^ 1);
        test::writeFile(f.share.objectPath(document.sha256), bytes);
        const SyncReport report = f.sync();
        REQUIRE(report.problems.size() == 1);
        CHECK(report.problems.first().message.contains(QStringLiteral("checksum")));
    }
    CHECK_FALSE(f.cache->objects().contains(document.sha256));
    CHECK_FALSE(f.cache->meeting(QStringLiteral("m1")).has_value());
}

TEST_CASE("Temporary files, conflict copies and lock files in the share are ignored", "[sync]")
{
    Fixture f;
    const Meeting meeting = f.share.makeMeeting(QStringLiteral("m1"), 2);
    f.share.publish(meeting);
    const QString folder = f.share.root() + QStringLiteral("/meetings/m1/");
    test::writeFile(
        folder + QStringLiteral(".phonghop-tmp-k2x-00000002.manifest.json"), QByteArray("{\"half"));
    test::writeFile(
        folder + QStringLiteral("00000002.manifest.sync-conflict-20261127-101112-ABCDEF.json"),
        QByteArray("garbage"));
    test::writeFile(
        folder + QStringLiteral("00000003.manifest (conflicted copy).json"), QByteArray("x"));
    test::writeFile(folder + QStringLiteral("~$00000004.manifest.json"), QByteArray("x"));
    test::writeFile(f.share.root() + QStringLiteral("/meetings/.~lock.m2#"), QByteArray("x"));
    test::writeFile(f.share.root() + QStringLiteral("/meetings/Thumbs.db"), QByteArray("x"));
    QDir().mkpath(f.share.root() + QStringLiteral("/meetings/M2 (copy)"));

    const SyncReport report = f.sync();
    CHECK(report.complete());
    CHECK(report.updatedMeetings == QStringList { QStringLiteral("m1") });
    CHECK(f.cache->meetings().size() == 1);
}

TEST_CASE("An invalid manifest is rejected, named, and the previous revision kept", "[sync]")
{
    Fixture f;
    const Meeting meeting = f.share.makeMeeting(QStringLiteral("m1"), 1);
    f.share.publish(meeting);
    REQUIRE(f.sync().complete());
    const int revision = f.share.publish(meeting);

    SECTION("not valid JSON")
    {
        replaceSignedManifest(
            f.share, QStringLiteral("m1"), revision, QByteArray("{\"format\": \"phonghop-"));
        const SyncReport report = f.sync();
        REQUIRE(report.problems.size() == 1);
        CHECK(report.problems.first().kind == SyncProblem::Kind::Rejected);
        CHECK(report.problems.first().message.contains(QStringLiteral("JSON")));
    }
    SECTION("a required field missing")
    {
        QJsonObject root = QJsonDocument::fromJson(
            test::readFile(f.share.manifestPath(QStringLiteral("m1"), revision)))
                               .object();
        root.remove(QStringLiteral("documents"));
        replaceSignedManifest(
            f.share, QStringLiteral("m1"), revision, QJsonDocument(root).toJson());
        const SyncReport report = f.sync();
        REQUIRE(report.problems.size() == 1);
        CHECK(report.problems.first().message.contains(QStringLiteral("documents")));
    }
    SECTION("half-written: the bytes no longer match the signature")
    {
        const QByteArray bytes
            = test::readFile(f.share.manifestPath(QStringLiteral("m1"), revision));
        test::writeFile(
            f.share.manifestPath(QStringLiteral("m1"), revision), bytes.left(bytes.size() / 3));
        const SyncReport report = f.sync();
        REQUIRE(report.problems.size() == 1);
        CHECK(report.problems.first().message.contains(QStringLiteral("signature")));
    }
    SECTION("signed by someone else")
    {
        const QByteArray bytes
            = test::readFile(f.share.manifestPath(QStringLiteral("m1"), revision));
        const SigningKey intruder = SigningKey::generate();
        const QJsonObject signature { { QStringLiteral("signer"),
                                          QString::fromLatin1(intruder.publicKey().toBase64()) },
            { QStringLiteral("signature"), QString::fromLatin1(intruder.sign(bytes).toBase64()) } };
        test::writeFile(f.share.root() + QStringLiteral("/meetings/m1/")
                + shareformat::signatureFileName(revision),
            QJsonDocument(signature).toJson());
        const SyncReport report = f.sync();
        REQUIRE(report.problems.size() == 1);
        CHECK(report.problems.first().message.contains(QStringLiteral("organisation")));
    }
    CHECK(f.cachedRevision(QStringLiteral("m1")) == 1);
    CHECK(f.cache->meeting(QStringLiteral("m1")).has_value());
}

TEST_CASE("A share written by a newer major format version is refused whole", "[sync]")
{
    Fixture f;
    f.share.publish(f.share.makeMeeting(QStringLiteral("m1"), 1));
    const QString descriptorPath = f.share.path(shareformat::descriptorFileName);
    QJsonObject descriptor = QJsonDocument::fromJson(test::readFile(descriptorPath)).object();
    descriptor.insert(QStringLiteral("version"), QStringLiteral("3.0"));
    test::writeFile(descriptorPath, QJsonDocument(descriptor).toJson());

    const SyncReport report = f.sync();
    CHECK(report.outcome == SyncReport::Outcome::NewerFormat);
    CHECK(report.message.contains(QStringLiteral("newer")));
    CHECK(f.cache->meetings().isEmpty());
}

TEST_CASE("A share that presents another organisation key is refused", "[sync]")
{
    Fixture f;
    f.share.publish(f.share.makeMeeting(QStringLiteral("m1"), 1));
    REQUIRE(f.sync().complete());
    f.cache->setValue(cachekeys::organisationKey,
        QString::fromLatin1(SigningKey::generate().publicKey().toBase64()));
    const SyncReport report = f.sync();
    CHECK(report.outcome == SyncReport::Outcome::UntrustedShare);
}

TEST_CASE("An unreachable share leaves the cache as it was", "[sync]")
{
    Fixture f;
    f.share.publish(f.share.makeMeeting(QStringLiteral("m1"), 1));
    REQUIRE(f.sync().complete());
    const SyncReport report = SyncEngine(*f.cache, f.share.root() + QStringLiteral("/gone")).run();
    CHECK(report.outcome == SyncReport::Outcome::Unreachable);
    CHECK_FALSE(report.message.isEmpty());
    CHECK(f.cache->meeting(QStringLiteral("m1")).has_value());
}

TEST_CASE("The share vanishing in the middle of a sync keeps the last good state", "[sync]")
{
    Fixture f;
    Meeting meeting = f.share.makeMeeting(QStringLiteral("m1"), 2);
    f.share.publish(meeting);
    REQUIRE(f.sync().complete());

    for (int i = 0; i < 12; ++i)
        meeting.documents << f.share.addDocument(QStringLiteral("x%1").arg(i), QStringLiteral("i1"),
            test::pseudoRandomBytes(200000, 500 + i));
    f.share.publish(meeting);
    const QString root = f.share.root();
    const QString away = root + QStringLiteral("-unmounted");
    bool pulled = false;
    // The "network" drops after the first document arrives.
    const SyncReport report = SyncEngine(*f.cache, root).run({}, [&](const SyncProgress &) {
        if (!pulled)
            pulled = QDir().rename(root, away);
    });
    REQUIRE(pulled);
    CHECK(report.outcome == SyncReport::Outcome::Unreachable);
    CHECK(f.cachedRevision(QStringLiteral("m1")) == 1);
    CHECK(f.cache->meeting(QStringLiteral("m1"))->documents.size() == 2);

    REQUIRE(QDir().rename(away, root));
    const SyncReport resumed = f.sync();
    CHECK(resumed.complete());
    CHECK(resumed.objectsCopied < 12); // what arrived before the drop is not copied again
    CHECK(f.cachedRevision(QStringLiteral("m1")) == 2);
}

TEST_CASE("A share whose key differs from the one IT configured is refused on first sync", "[sync]")
{
    Fixture f(/*pinned=*/false);
    f.share.publish(f.share.makeMeeting(QStringLiteral("m1"), 1));
    SyncEngine engine(*f.cache, f.share.root());
    engine.setRequiredOrganisationFingerprint(keyFingerprint(SigningKey::generate().publicKey()));
    const SyncReport refused = engine.run();
    CHECK(refused.outcome == SyncReport::Outcome::UntrustedShare);
    CHECK(f.cache->meetings().isEmpty());
    CHECK(f.cache->value(cachekeys::organisationKey).isEmpty());

    engine.setRequiredOrganisationFingerprint(
        keyFingerprint(test::testOrganisationKey().publicKey()));
    CHECK(engine.run().complete());
    CHECK(pinnedOrganisationKey(*f.cache) == test::testOrganisationKey().publicKey());
}

TEST_CASE("A fresh seat pins nothing on its own: the first sync reads nothing and offers the "
          "organisation to confirm",
    "[sync][trust]")
{
    Fixture f(/*pinned=*/false);
    f.share.publish(f.share.makeMeeting(QStringLiteral("m1"), 2));
    const QString device = QStringLiteral("0123456789abcdef0123456789abcdef");
    Outbox(f.cache->database())
        .enqueue(device, QStringLiteral("check-in-1.json"), QByteArray("{}"));

    const SyncReport first = f.sync();
    CHECK(first.outcome == SyncReport::Outcome::OrganisationUnconfirmed);
    REQUIRE(first.offered.has_value());
    CHECK(first.offered->name == QStringLiteral("UBND xã Tân Phú"));
    CHECK(first.offered->key == test::testOrganisationKey().publicKey());
    CHECK(first.offered->fingerprint == test::testOrganisationFingerprint());
    CHECK(first.message.contains(test::testOrganisationFingerprint()));
    CHECK(first.message.contains(QStringLiteral("UBND xã Tân Phú")));
    CHECK(first.summary() == first.message);
    CHECK_FALSE(first.reachedShare());
    // Nothing read, nothing pinned, nothing delivered to a share nobody confirmed.
    CHECK(f.cache->meetings().isEmpty());
    CHECK(pinnedOrganisationKey(*f.cache).isEmpty());
    CHECK(f.cache->value(cachekeys::organisationKey).isEmpty());
    CHECK(Outbox(f.cache->database()).pendingCount() == 1);
    CHECK_FALSE(QDir(f.share.path(QStringLiteral("devices/") + device)).exists());
    CHECK(f.sync().outcome == SyncReport::Outcome::OrganisationUnconfirmed); // and again

    // A person compared the fingerprint and confirmed it.
    REQUIRE(pinOrganisation(*f.cache, first.offered->name, first.offered->key).ok());
    const SyncReport confirmed = f.sync();
    CHECK(confirmed.complete());
    CHECK(confirmed.recordsDelivered == 1);
    CHECK(f.cache->meeting(QStringLiteral("m1")).has_value());
    CHECK(f.cache->value(cachekeys::organisationName) == QStringLiteral("UBND xã Tân Phú"));
}

TEST_CASE(
    "pinOrganisation keeps the key it pinned and refuses another in its place", "[sync][trust]")
{
    Fixture f(/*pinned=*/false);
    const QByteArray key = test::testOrganisationKey().publicKey();
    CHECK_FALSE(pinOrganisation(*f.cache, QStringLiteral("X"), QByteArray("short")).ok());
    CHECK(pinnedOrganisationKey(*f.cache).isEmpty());
    REQUIRE(pinOrganisation(*f.cache, QStringLiteral("UBND xã Tân Phú"), key).ok());
    CHECK(pinOrganisation(*f.cache, QStringLiteral("UBND xã Tân Phú"), key).ok()); // again: fine
    const QByteArray other = SigningKey::generate().publicKey();
    const Status refused = pinOrganisation(*f.cache, QStringLiteral("Kẻ giả mạo"), other);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(keyFingerprint(key)));
    CHECK(refused.error().contains(keyFingerprint(other)));
    CHECK(pinnedOrganisationKey(*f.cache) == key);
    CHECK(f.cache->value(cachekeys::organisationName) == QStringLiteral("UBND xã Tân Phú"));
}

TEST_CASE(
    "A required fingerprint in any spelling pins the matching key, a malformed one reads nothing",
    "[sync][trust]")
{
    Fixture f(/*pinned=*/false);
    f.share.publish(f.share.makeMeeting(QStringLiteral("m1"), 1));
    SyncEngine engine(*f.cache, f.share.root());
    engine.setRequiredOrganisationFingerprint(QStringLiteral("not a fingerprint"));
    const SyncReport malformed = engine.run();
    CHECK(malformed.outcome == SyncReport::Outcome::UntrustedShare);
    CHECK(pinnedOrganisationKey(*f.cache).isEmpty());

    QString typed = test::testOrganisationFingerprint().toUpper();
    typed.replace(u'-', u' ');
    engine.setRequiredOrganisationFingerprint(typed);
    CHECK(engine.run().complete());
    CHECK(pinnedOrganisationKey(*f.cache) == test::testOrganisationKey().publicKey());
}
