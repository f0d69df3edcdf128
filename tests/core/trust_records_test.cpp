#include <catch2/catch.hpp>

#include "meeting_core/trust/organisationpin.h"
#include "voting_fixture.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace phonghop;
using phonghop::test::MeetingFixture;

namespace {
QJsonObject samplePayload()
{
    return QJsonObject { { QStringLiteral("meeting"), QStringLiteral("ubnd-xa") },
        { QStringLiteral("kết luận"), QStringLiteral("Thống nhất thông qua") },
        { QStringLiteral("n"), 3 } };
}
} // namespace

TEST_CASE("A signed record survives re-serialisation of its envelope with the same hash",
    "[trust][record]")
{
    const SigningKey key = SigningKey::fromSeed(test::seedOf(7));
    const SignedRecord record
        = SignedRecord::create(QStringLiteral("decision"), samplePayload(), key);
    // A tool rewrites the file compactly, with its keys in another order.
    QJsonObject envelope = QJsonDocument::fromJson(record.toBytes()).object();
    const QByteArray rewritten = QJsonDocument(envelope).toJson(QJsonDocument::Compact);
    REQUIRE(rewritten != record.toBytes());
    const Result<SignedRecord> back = SignedRecord::fromBytes(rewritten);
    REQUIRE(back.ok());
    CHECK(back->hash() == record.hash());
    CHECK(back->payload() == samplePayload());
    CHECK(back->signerPublicKey() == key.publicKey());
}

TEST_CASE("A record whose payload, kind or signature was altered is refused", "[trust][record]")
{
    const SigningKey key = SigningKey::fromSeed(test::seedOf(7));
    const SignedRecord record
        = SignedRecord::create(QStringLiteral("decision"), samplePayload(), key);
    QJsonObject envelope = QJsonDocument::fromJson(record.toBytes()).object();
    const auto refused
        = [](QJsonObject e) { return !SignedRecord::fromBytes(QJsonDocument(e).toJson()).ok(); };

    QJsonObject payloadChanged = envelope;
    QJsonObject p = samplePayload();
    p.insert(QStringLiteral("n"), 4);
    payloadChanged.insert(QStringLiteral("payload"),
        QString::fromLatin1(QJsonDocument(p).toJson(QJsonDocument::Compact).toBase64()));
    CHECK(refused(payloadChanged));

    QJsonObject kindChanged = envelope;
    kindChanged.insert(QStringLiteral("kind"), QStringLiteral("ballot"));
    CHECK(refused(kindChanged));

    QJsonObject signerChanged = envelope;
    signerChanged.insert(QStringLiteral("signer"),
        QString::fromLatin1(SigningKey::generate().publicKey().toBase64()));
    CHECK(refused(signerChanged));

    QJsonObject notBase64 = envelope;
    notBase64.insert(QStringLiteral("payload"), QStringLiteral("{not base64}"));
    CHECK(refused(notBase64));

    QJsonObject newer = envelope;
    newer.insert(QStringLiteral("format"), 2);
    const Result<SignedRecord> newerResult = SignedRecord::fromBytes(QJsonDocument(newer).toJson());
    CHECK_FALSE(newerResult.ok());
    CHECK(newerResult.error().contains(u"newer"));

    QByteArray truncated = record.toBytes();
    truncated.truncate(truncated.size() - 5);
    CHECK_FALSE(SignedRecord::fromBytes(truncated).ok());
    CHECK_FALSE(SignedRecord::fromBytes({}).ok());
    CHECK_FALSE(SignedRecord::fromBytes(record.toBytes(), QStringLiteral("ballot")).ok());
}

TEST_CASE("A roster verifies only under the pinned organisation key", "[trust][roster]")
{
    MeetingFixture meeting(3);
    const QByteArray bytes = signRoster(meeting.roster, meeting.organisation).toBytes();
    const QString pin = keyFingerprint(meeting.organisation.publicKey());

    const Result<VerifiedRoster> ok = verifyRoster(bytes, pin);
    REQUIRE(ok.ok());
    CHECK(ok->roster.participants.size() == 6);
    CHECK(ok->roster.chair()->id == u"chu-tich");
    CHECK(ok->roster.participant(QStringLiteral("khach"))->entitledToVote() == false);

    SECTION("the pin may be typed in upper case or without dashes")
    {
        QString typed = pin.toUpper();
        typed.remove(u'-');
        CHECK(verifyRoster(bytes, typed).ok());
    }
    SECTION("a roster signed by another key is refused, even the secretary's device key")
    {
        const QByteArray bySecretary = signRoster(meeting.roster, meeting.secretaryKey).toBytes();
        const Result<VerifiedRoster> refused = verifyRoster(bySecretary, pin);
        CHECK_FALSE(refused.ok());
        CHECK(refused.error().contains(keyFingerprint(meeting.secretaryKey.publicKey())));
    }
    SECTION("no pin, or a pin for another key, refuses")
    {
        CHECK_FALSE(verifyRoster(bytes, QString()).ok());
        CHECK_FALSE(verifyRoster(bytes, keyFingerprint(meeting.chairKey.publicKey())).ok());
        CHECK_FALSE(
            checkOrganisationPin(meeting.organisation.publicKey(), QStringLiteral("3f2a-zz")).ok());
    }
    SECTION("a tampered roster is refused")
    {
        QJsonObject envelope = QJsonDocument::fromJson(bytes).object();
        QJsonObject payload = meeting.roster.toJson();
        payload.insert(QStringLiteral("revision"), 7);
        envelope.insert(QStringLiteral("payload"),
            QString::fromLatin1(QJsonDocument(payload).toJson(QJsonDocument::Compact).toBase64()));
        CHECK_FALSE(verifyRoster(QJsonDocument(envelope).toJson(), pin).ok());
    }
    SECTION("a roster with a key shared by two people or two chairs is refused")
    {
        Roster shared = meeting.roster;
        shared.participants[4].devices.first().publicKey
            = shared.participants[3].devices.first().publicKey;
        CHECK_FALSE(verifyRoster(signRoster(shared, meeting.organisation).toBytes(), pin).ok());
        Roster twoChairs = meeting.roster;
        twoChairs.participants[3].role = Role::Chair;
        CHECK_FALSE(verifyRoster(signRoster(twoChairs, meeting.organisation).toBytes(), pin).ok());
    }
}

TEST_CASE("An older roster revision put back on the share is a rollback", "[trust][roster]")
{
    MeetingFixture meeting(2);
    Roster newer = meeting.roster;
    newer.revision = 3;
    CHECK(checkRosterSuccession(meeting.roster, newer).ok());
    CHECK_FALSE(checkRosterSuccession(newer, meeting.roster).ok());
    Roster otherMeeting = newer;
    otherMeeting.meetingId = QStringLiteral("hdnd-tinh");
    CHECK_FALSE(checkRosterSuccession(meeting.roster, otherMeeting).ok());
    Roster sameRevisionDifferent = meeting.roster;
    sameRevisionDifferent.participants[3].weight = 5;
    CHECK_FALSE(checkRosterSuccession(meeting.roster, sameRevisionDifferent).ok());
    CHECK(checkRosterSuccession(meeting.roster, meeting.roster).ok());
}

TEST_CASE(
    "The device key is created once, owner-only, and loaded back afterwards", "[trust][devicekey]")
{
    QTemporaryDir dir;
    const QString keys = dir.filePath(QStringLiteral("keys"));
    const Result<SigningKey> first = DeviceKey::loadOrCreate(keys);
    REQUIRE(first.ok());
    const QFileInfo file(QDir(keys).filePath(QStringLiteral("device.key")));
    REQUIRE(file.exists());
    const auto groupOrOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther;
    CHECK((file.permissions() & groupOrOther) == 0);
    CHECK(file.permissions() & QFileDevice::ReadOwner);
    const QFileInfo directory(keys);
    CHECK_FALSE(directory.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther));

    const Result<SigningKey> second = DeviceKey::loadOrCreate(keys);
    REQUIRE(second.ok());
    CHECK(second->publicKey() == first->publicKey());
    CHECK(deviceIdOf(first->publicKey()).size() == 32);
}

TEST_CASE("An enrolment request proves the device holds its key", "[trust][devicekey]")
{
    const SigningKey device = SigningKey::fromSeed(test::seedOf(42));
    const SignedRecord request = makeEnrolmentRequest(QStringLiteral("uy-vien-2"),
        QStringLiteral("Máy tính bảng"), device, QDateTime::currentDateTimeUtc());
    const Result<EnrolmentRequest> parsed = parseEnrolmentRequest(request.toBytes());
    REQUIRE(parsed.ok());
    CHECK(parsed->publicKey == device.publicKey());
    CHECK(parsed->deviceId == deviceIdOf(device.publicKey()));

    // Someone else's key cannot be enrolled by naming its device id.
    QJsonObject payload = request.payload();
    payload.insert(QStringLiteral("device"), deviceIdOf(SigningKey::generate().publicKey()));
    CHECK_FALSE(parseEnrolmentRequest(
        SignedRecord::create(QStringLiteral("enrolment-request"), payload, device).toBytes())
                    .ok());
}

TEST_CASE("A sealed box opens only with the key it was sealed for", "[trust]")
{
    const SigningKey chair = SigningKey::fromSeed(test::seedOf(2));
    const SigningKey other = SigningKey::fromSeed(test::seedOf(3));
    const QByteArray secret = QByteArrayLiteral("{\"choices\":[1]}");
    const QByteArray sealed = sealForKey(secret, chair.publicKey());
    CHECK_FALSE(sealed.contains(secret));
    CHECK(chair.openSealed(sealed) == secret);
    CHECK(other.openSealed(sealed).isEmpty());
    QByteArray damaged = sealed;
    damaged[damaged.size() - 1] = static_cast<char>(damaged.at(damaged.size() - 1) ^ 1);
    CHECK(chair.openSealed(damaged).isEmpty());
}
