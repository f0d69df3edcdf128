#include <catch2/catch.hpp>

#include "meeting_core/share/manifestcodec.h"
#include "meeting_core/share/shareformat.h"
#include "meeting_core/share/sharereader.h"
#include "meeting_core/share/sharewriter.h"
#include "testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

using namespace phonghop;

TEST_CASE("Readers accept only the format's exact names", "[share]")
{
    using namespace shareformat;
    CHECK(manifestRevision(u"00000003.manifest.json") == 3);
    CHECK_FALSE(manifestRevision(u"00000003.manifest.sync-conflict-20261127-101112-ABCDEF.json"));
    CHECK_FALSE(manifestRevision(u"00000003.manifest (conflicted copy).json"));
    CHECK_FALSE(manifestRevision(u".phonghop-tmp-x1-00000003.manifest.json"));
    CHECK_FALSE(manifestRevision(u"~$00000003.manifest.json"));
    CHECK_FALSE(manifestRevision(u"3.manifest.json"));
    CHECK_FALSE(manifestRevision(u"00000000.manifest.json"));
    CHECK(signatureRevision(u"00000012.manifest.sig") == 12);
    CHECK(isMeetingId(u"ubnd-2026-12-04"));
    CHECK_FALSE(isMeetingId(u".~lock.ubnd#"));
    CHECK_FALSE(isMeetingId(u"Thumbs.db"));
    CHECK_FALSE(isMeetingId(u"../etc"));
}

TEST_CASE("A manifest survives encoding and decoding unchanged", "[share]")
{
    test::TestShare share;
    Meeting meeting = share.makeMeeting(QStringLiteral("ubnd-2026-12-04"), 5);
    meeting.revision = 4;
    meeting.publishedAt = QDateTime(QDate(2026, 11, 27), QTime(9, 15), QTimeZone(7 * 3600));
    const Result<Meeting> decoded = decodeManifest(encodeManifest(meeting));
    REQUIRE(decoded.ok());
    CHECK(decoded.value() == meeting);
}

TEST_CASE("Open to all staff is written only when set, read back, and never in effect with a "
          "confidential document",
    "[share][scope]")
{
    test::TestShare share;
    Meeting meeting = share.makeMeeting(QStringLiteral("ubnd-2026-12-04"), 2);
    meeting.revision = 1;
    const QByteArray closed = encodeManifest(meeting);
    CHECK_FALSE(closed.contains("openToAllStaff")); // byte for byte as before
    meeting.openToAllStaff = true;
    const QByteArray open = encodeManifest(meeting);
    CHECK(open.contains("\"openToAllStaff\": true"));
    const Result<Meeting> decoded = decodeManifest(open);
    REQUIRE(decoded.ok());
    CHECK(decoded->openToAllStaff);
    CHECK(decoded->openToAllStaffInEffect());
    CHECK_FALSE(decodeManifest(closed)->openToAllStaff);
    meeting.documents.first().confidential = true;
    CHECK(meeting.openToAllStaff);
    CHECK_FALSE(meeting.openToAllStaffInEffect());
}

TEST_CASE("A broken manifest is refused with the field that is wrong", "[share]")
{
    test::TestShare share;
    Meeting meeting = share.makeMeeting(QStringLiteral("m1"), 2);
    meeting.revision = 1;
    QJsonObject root = QJsonDocument::fromJson(encodeManifest(meeting)).object();

    SECTION("not JSON")
    {
        const Result<Meeting> decoded = decodeManifest(QByteArray("{\"format\": \"phonghop-meet"));
        REQUIRE_FALSE(decoded.ok());
        CHECK(decoded.error().contains(QStringLiteral("JSON")));
    }
    SECTION("a missing title")
    {
        QJsonObject head = root.value(QStringLiteral("meeting")).toObject();
        head.remove(QStringLiteral("title"));
        root.insert(QStringLiteral("meeting"), head);
        const Result<Meeting> decoded = decodeManifest(QJsonDocument(root).toJson());
        REQUIRE_FALSE(decoded.ok());
        CHECK(decoded.error().contains(QStringLiteral("title")));
    }
    SECTION("a document pointing at no agenda item")
    {
        QJsonArray documents = root.value(QStringLiteral("documents")).toArray();
        QJsonObject first = documents.at(0).toObject();
        first.insert(QStringLiteral("agendaItem"), QStringLiteral("nowhere"));
        documents.replace(0, first);
        root.insert(QStringLiteral("documents"), documents);
        const Result<Meeting> decoded = decodeManifest(QJsonDocument(root).toJson());
        REQUIRE_FALSE(decoded.ok());
        CHECK(decoded.error().contains(QStringLiteral("nowhere")));
    }
    SECTION("a checksum that is not one")
    {
        QJsonArray documents = root.value(QStringLiteral("documents")).toArray();
        QJsonObject first = documents.at(0).toObject();
        first.insert(QStringLiteral("sha256"), QStringLiteral("../../etc/passwd"));
        documents.replace(0, first);
        root.insert(QStringLiteral("documents"), documents);
        const Result<Meeting> decoded = decodeManifest(QJsonDocument(root).toJson());
        REQUIRE_FALSE(decoded.ok());
        CHECK(decoded.error().contains(QStringLiteral("sha256")));
    }
    SECTION("a newer major format version")
    {
        root.insert(QStringLiteral("version"), QStringLiteral("3.0"));
        const Result<Meeting> decoded = decodeManifest(QJsonDocument(root).toJson());
        REQUIRE_FALSE(decoded.ok());
        CHECK(decoded.error().contains(QStringLiteral("3.0")));
    }
    SECTION("a newer minor version with unknown fields is read")
    {
        root.insert(QStringLiteral("version"), QStringLiteral("1.7"));
        root.insert(QStringLiteral("futureField"), QStringLiteral("ignored"));
        CHECK(decodeManifest(QJsonDocument(root).toJson()).ok());
    }
}

TEST_CASE("Publishing never overwrites a revision and detects a newer one", "[share]")
{
    test::TestShare share;
    const Meeting meeting = share.makeMeeting(QStringLiteral("m1"), 1);
    ShareWriter writer(share.root());
    const Result<int> first = writer.publish(meeting, test::testOrganisationKey(), 0);
    REQUIRE(first.ok());
    CHECK(first.value() == 1);
    // A second secretary still working from revision 0 is told, and writes nothing.
    const Result<int> stale = writer.publish(meeting, test::testOrganisationKey(), 0);
    CHECK_FALSE(stale.ok());
    CHECK(stale.error().contains(QStringLiteral("newer")));
    CHECK(ShareReader(share.root()).manifestRevisions(QStringLiteral("m1")) == QList<int> { 1 });
    const Result<int> second = writer.publish(meeting, test::testOrganisationKey(), 1);
    REQUIRE(second.ok());
    CHECK(second.value() == 2);
}

TEST_CASE("A lone signature from an interrupted publication is skipped, not reused", "[share]")
{
    test::TestShare share;
    const Meeting meeting = share.makeMeeting(QStringLiteral("m1"), 1);
    share.publish(meeting);
    test::writeFile(
        share.root() + QStringLiteral("/meetings/m1/00000002.manifest.sig"), QByteArray("{}"));
    CHECK(share.publish(meeting) == 3);
}

TEST_CASE("The share descriptor states its version, a newer major is refused", "[share]")
{
    test::TestShare share;
    ShareReader reader(share.root());
    REQUIRE(reader.readInfo().ok());
    CHECK(reader.readInfo()->organisationKey == test::testOrganisationKey().publicKey());

    QJsonObject descriptor
        = QJsonDocument::fromJson(test::readFile(share.path(shareformat::descriptorFileName)))
              .object();
    descriptor.insert(QStringLiteral("version"), QStringLiteral("3.1"));
    test::writeFile(
        share.path(shareformat::descriptorFileName), QJsonDocument(descriptor).toJson());
    ShareReader::InfoProblem problem;
    const Result<ShareInfo> info = reader.readInfo(&problem);
    CHECK_FALSE(info.ok());
    CHECK(problem == ShareReader::InfoProblem::NewerFormat);
    CHECK(info.error().contains(QStringLiteral("3.1")));
}
