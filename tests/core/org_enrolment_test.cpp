#include <catch2/catch.hpp>

#include "meeting_core/org/enrolment.h"
#include "meeting_core/org/organisationadmin.h"
#include "meeting_core/org/rosterbuilder.h"
#include "meeting_core/publish/meetingpublisher.h"
#include "meeting_core/session/sessionrecords.h"
#include "meeting_core/share/sharereader.h"
#include "meeting_core/share/sharewriter.h"
#include "meeting_core/trust/devicekey.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <atomic>
#include <thread>

using namespace phonghop;

namespace {

DirectoryPerson person(const QString &id, const QString &name, Role role = Role::Delegate)
{
    DirectoryPerson p;
    p.id = id;
    p.fullName = name;
    p.position = QStringLiteral("Ủy viên UBND xã");
    p.defaultRole = role;
    p.weight = role == Role::Delegate || role == Role::Chair ? 1 : 0;
    return p;
}

struct Organisation {
    QTemporaryDir dir;
    SigningKey key = SigningKey::generate();
    QString root = dir.filePath(QStringLiteral("share"));
    std::optional<OrganisationAdmin> admin;

    Organisation()
    {
        Result<OrganisationAdmin> made
            = OrganisationAdmin::initialise(root, QStringLiteral("UBND xã Hòa Bình"), key);
        REQUIRE(made.ok());
        admin = std::move(made).value();
        REQUIRE(
            admin
                ->importPeople({
                    person(
                        QStringLiteral("chu-tich"), QStringLiteral("Nguyễn Văn An"), Role::Chair),
                    person(
                        QStringLiteral("thu-ky"), QStringLiteral("Trần Thị Bình"), Role::Secretary),
                    person(QStringLiteral("uy-vien-1"), QStringLiteral("Lê Văn Cường")),
                    person(QStringLiteral("uy-vien-2"), QStringLiteral("Phạm Thị Dung")),
                    person(QStringLiteral("khach"), QStringLiteral("Hoàng Văn Em"), Role::Guest),
                })
                .ok());
    }

    PeopleDirectory directory() const { return admin->directory()->directory; }

    SigningKey request(
        const QString &personId, const QString &label = QStringLiteral("Máy tính bảng"))
    {
        const SigningKey device = SigningKey::generate();
        const Result<SignedRecord> written = requestEnrolment(
            root, directory(), personId, label, device, QDateTime::currentDateTimeUtc());
        REQUIRE(written.ok());
        return device;
    }
};

Meeting meetingOf(const QStringList &ids, const PeopleDirectory &directory)
{
    Meeting meeting;
    meeting.id = QStringLiteral("hop-2026-12-01-thuong-ky");
    for (const QString &id : ids) {
        Participant participant;
        participant.id = id;
        participant.role = directory.person(id)->defaultRole;
        participant.voteWeight = 1;
        meeting.participants << participant;
    }
    return meeting;
}

int rosterFiles(const Organisation &org)
{
    const QDir folder(org.root + QStringLiteral("/devices/") + deviceIdOf(org.key.publicKey()));
    return int(folder.entryList({ QStringLiteral("roster-*.json") }, QDir::Files).size());
}

} // namespace

TEST_CASE(
    "A seat's request is pending with its fingerprint and comparison code", "[org][enrolment]")
{
    Organisation org;
    const SigningKey device
        = org.request(QStringLiteral("uy-vien-1"), QStringLiteral("Máy phòng họp 2"));
    const Result<EnrolmentScan> scan = org.admin->pendingEnrolments();
    REQUIRE(scan.ok());
    REQUIRE(scan->pending.size() == 1);
    const PendingEnrolment &pending = scan->pending.first();
    CHECK(pending.request.participantId == u"uy-vien-1");
    CHECK(pending.personName == QStringLiteral("Lê Văn Cường"));
    CHECK(pending.request.label == QStringLiteral("Máy phòng họp 2"));
    CHECK(pending.fingerprint == keyFingerprint(device.publicKey()));
    CHECK(pending.deviceFolder == deviceIdOf(device.publicKey()));
    CHECK(pending.fileName.startsWith(u"enrolment-request-"));
    CHECK(QRegularExpression(QStringLiteral("^\\d{3} \\d{3}$"))
              .match(pending.comparisonCode)
              .hasMatch());
    CHECK(pending.comparisonCode == enrolmentComparisonCode(device.publicKey()));
    CHECK(pending.request.requestedAt.isValid());
    CHECK(scan->problems.isEmpty());
    CHECK(findPending(scan.value(), pending.fingerprint.toUpper()) != nullptr);
    CHECK(findPending(scan.value(), pending.deviceFolder) != nullptr);
    CHECK(findPending(scan.value(), QString(pending.fingerprint).remove(u'-')) != nullptr);
}

TEST_CASE("A request for a person not in the directory is refused and reported", "[org][enrolment]")
{
    Organisation org;
    const SigningKey device = SigningKey::generate();
    const Result<SignedRecord> refused = requestEnrolment(org.root, org.directory(),
        QStringLiteral("khong-co"), QString(), device, QDateTime::currentDateTimeUtc());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(u"khong-co"));

    REQUIRE(org.admin->retirePerson(QStringLiteral("uy-vien-2")).ok());
    const Result<SignedRecord> retired = requestEnrolment(org.root, org.directory(),
        QStringLiteral("uy-vien-2"), QString(), device, QDateTime::currentDateTimeUtc());
    REQUIRE_FALSE(retired.ok());
    CHECK(retired.error().contains(QStringLiteral("Phạm Thị Dung")));

    // Written anyway by an older or modified client: not pending, reported.
    const SignedRecord record = makeEnrolmentRequest(
        QStringLiteral("khong-co"), QString(), device, QDateTime::currentDateTimeUtc());
    REQUIRE(ShareWriter(org.root)
                .writeDeviceRecord(deviceIdOf(device.publicKey()), enrolmentRequestFileName(record),
                    record.toBytes())
                .ok());
    const Result<EnrolmentScan> scan = org.admin->pendingEnrolments();
    REQUIRE(scan.ok());
    CHECK(scan->pending.isEmpty());
    REQUIRE(scan->problems.size() == 1);
    CHECK(scan->problems.first().contains(u"khong-co"));
    const Result<DirectoryDevice> approved = org.admin->approve(keyFingerprint(device.publicKey()));
    CHECK_FALSE(approved.ok());
}

TEST_CASE(
    "A forged request, signed by a key other than the one it names, is refused", "[org][enrolment]")
{
    Organisation org;
    const SigningKey victim = SigningKey::generate();
    const SigningKey forger = SigningKey::generate();
    // The payload names the victim's device, but the forger signs it.
    const SignedRecord forged = SignedRecord::create(QStringLiteral("enrolment-request"),
        QJsonObject {
            { QStringLiteral("participant"), QStringLiteral("uy-vien-1") },
            { QStringLiteral("device"), deviceIdOf(victim.publicKey()) },
            { QStringLiteral("label"), QStringLiteral("x") },
            { QStringLiteral("requestedAt"), toIsoUtc(QDateTime::currentDateTimeUtc()) },
        },
        forger);
    CHECK_FALSE(parseEnrolmentRequest(forged.toBytes()).ok());
    REQUIRE(ShareWriter(org.root)
                .writeDeviceRecord(deviceIdOf(victim.publicKey()), enrolmentRequestFileName(forged),
                    forged.toBytes())
                .ok());
    // A genuine request of one key put in another device's folder.
    const SignedRecord moved = makeEnrolmentRequest(
        QStringLiteral("uy-vien-2"), QString(), forger, QDateTime::currentDateTimeUtc());
    REQUIRE(ShareWriter(org.root)
                .writeDeviceRecord(deviceIdOf(victim.publicKey()), enrolmentRequestFileName(moved),
                    moved.toBytes())
                .ok());
    // And a truncated one.
    const SigningKey third = SigningKey::generate();
    const SignedRecord cut = makeEnrolmentRequest(
        QStringLiteral("uy-vien-2"), QString(), third, QDateTime::currentDateTimeUtc());
    REQUIRE(ShareWriter(org.root)
                .writeDeviceRecord(deviceIdOf(third.publicKey()), enrolmentRequestFileName(cut),
                    cut.toBytes().left(40))
                .ok());

    const Result<EnrolmentScan> scan = org.admin->pendingEnrolments();
    REQUIRE(scan.ok());
    CHECK(scan->pending.isEmpty());
    CHECK(scan->problems.size() == 3);
    CHECK_FALSE(org.admin->approve(keyFingerprint(victim.publicKey())).ok());
    CHECK_FALSE(org.admin->approve(keyFingerprint(forger.publicKey())).ok());
}

TEST_CASE("Approving an unknown fingerprint fails with a clear message", "[org][enrolment]")
{
    Organisation org;
    org.request(QStringLiteral("uy-vien-1"));
    const QString unknown = keyFingerprint(SigningKey::generate().publicKey());
    const Result<DirectoryDevice> approved = org.admin->approve(unknown);
    REQUIRE_FALSE(approved.ok());
    CHECK(approved.error().contains(unknown));
    const Result<DirectoryDevice> garbage = org.admin->approve(QStringLiteral("not-a-fingerprint"));
    REQUIRE_FALSE(garbage.ok());
    CHECK(garbage.error().contains(u"not-a-fingerprint"));
    CHECK_FALSE(org.admin->reject(unknown).ok());
    CHECK_FALSE(org.admin->revoke(unknown).ok());
    CHECK(org.directory().revision == 2); // nothing written
}

TEST_CASE(
    "Approved, rejected and revoked devices are recorded in the directory", "[org][enrolment]")
{
    Organisation org;
    const SigningKey laptop = org.request(QStringLiteral("uy-vien-1"), QStringLiteral("Máy tính"));
    const SigningKey tablet
        = org.request(QStringLiteral("uy-vien-1"), QStringLiteral("Máy tính bảng"));
    const SigningKey stranger = org.request(QStringLiteral("uy-vien-2"));
    REQUIRE(org.admin->pendingEnrolments()->pending.size() == 3);

    const Result<DirectoryDevice> first = org.admin->approve(keyFingerprint(laptop.publicKey()));
    REQUIRE(first.ok());
    CHECK(first->publicKey == laptop.publicKey());
    CHECK(first->label == QStringLiteral("Máy tính"));
    CHECK(first->approvedAt.isValid());
    CHECK(first->active());
    REQUIRE(org.admin->approve(deviceIdOf(tablet.publicKey())).ok());
    const Result<PendingEnrolment> rejected
        = org.admin->reject(keyFingerprint(stranger.publicKey()));
    REQUIRE(rejected.ok());
    CHECK(rejected->request.participantId == u"uy-vien-2");
    CHECK(org.admin->pendingEnrolments()->pending.isEmpty());

    // Approving twice is refused, saying for whom the device is enrolled.
    const Result<DirectoryDevice> again = org.admin->approve(keyFingerprint(laptop.publicKey()));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().contains(QStringLiteral("Lê Văn Cường")));

    PeopleDirectory directory = org.directory();
    const DirectoryPerson *cuong = directory.person(QStringLiteral("uy-vien-1"));
    REQUIRE(cuong);
    CHECK(cuong->devices.size() == 2); // several devices for one person
    CHECK(directory.personWithDevice(deviceIdOf(tablet.publicKey())) == cuong);
    CHECK(directory.answeredRequests.size() == 3);

    // The tablet is lost.
    const Result<DirectoryDevice> revoked = org.admin->revoke(keyFingerprint(tablet.publicKey()));
    REQUIRE(revoked.ok());
    CHECK_FALSE(revoked->active());
    CHECK_FALSE(org.admin->revoke(keyFingerprint(tablet.publicKey())).ok());
    directory = org.directory();
    CHECK(directory.person(QStringLiteral("uy-vien-1"))->activeDevices().size() == 1);
    CHECK(directory.device(deviceIdOf(tablet.publicKey()))); // still listed, with revokedAt

    // The revoked key cannot come back through a new request.
    CHECK_FALSE(requestEnrolment(org.root, directory, QStringLiteral("uy-vien-1"), QString(),
        tablet, QDateTime::currentDateTimeUtc())
                    .ok());
    // A rejected device may ask again later; its new request is pending.
    const Result<SignedRecord> retry
        = requestEnrolment(org.root, directory, QStringLiteral("uy-vien-2"), QString(), stranger,
            QDateTime::currentDateTimeUtc().addSecs(5));
    REQUIRE(retry.ok());
    CHECK(org.admin->pendingEnrolments()->pending.size() == 1);
}

TEST_CASE(
    "Two secretaries approving different requests at once both keep theirs", "[org][enrolment]")
{
    Organisation org;
    constexpr int perSecretary = 10;
    QStringList first;
    QStringList second;
    for (int i = 0; i < perSecretary; ++i) {
        first << keyFingerprint(org.request(QStringLiteral("uy-vien-1")).publicKey());
        second << keyFingerprint(org.request(QStringLiteral("uy-vien-2")).publicKey());
    }
    std::atomic<int> failures { 0 };
    auto secretary = [&](const QStringList &fingerprints) {
        Result<OrganisationAdmin> admin = OrganisationAdmin::open(org.root, org.key);
        if (!admin) {
            ++failures;
            return;
        }
        for (const QString &fingerprint : fingerprints) {
            if (!admin.value().approve(fingerprint))
                ++failures;
        }
    };
    std::thread a(secretary, first);
    std::thread b(secretary, second);
    a.join();
    b.join();
    CHECK(failures == 0);
    const PeopleDirectory directory = org.directory();
    CHECK(directory.person(QStringLiteral("uy-vien-1"))->activeDevices().size() == perSecretary);
    CHECK(directory.person(QStringLiteral("uy-vien-2"))->activeDevices().size() == perSecretary);
    CHECK(directory.answeredRequests.size() == 2 * perSecretary);
    CHECK(org.admin->pendingEnrolments()->pending.isEmpty());
}

TEST_CASE("Several requests approved in one directory revision", "[org][enrolment]")
{
    Organisation org;
    QStringList fingerprints;
    for (const QString &id :
        { QStringLiteral("chu-tich"), QStringLiteral("thu-ky"), QStringLiteral("uy-vien-1") })
        fingerprints << keyFingerprint(org.request(id).publicKey());
    const qint64 before = org.directory().revision;
    const Result<QList<DirectoryDevice>> approved = org.admin->approveMany(fingerprints);
    REQUIRE(approved.ok());
    CHECK(approved->size() == 3);
    CHECK(org.directory().revision == before + 1);
    // One unknown among them: nothing is approved.
    const QString another = keyFingerprint(org.request(QStringLiteral("uy-vien-2")).publicKey());
    CHECK_FALSE(
        org.admin->approveMany({ another, keyFingerprint(SigningKey::generate().publicKey()) })
            .ok());
    CHECK(org.admin->pendingEnrolments()->pending.size() == 1);
}

TEST_CASE("A meeting's roster lists its participants with their enrolled devices", "[org][roster]")
{
    Organisation org;
    const SigningKey chair = org.request(QStringLiteral("chu-tich"));
    const SigningKey secretary = org.request(QStringLiteral("thu-ky"));
    const SigningKey delegate = org.request(QStringLiteral("uy-vien-1"));
    const SigningKey guest = org.request(QStringLiteral("khach"));
    for (const SigningKey *key : { &chair, &secretary, &delegate, &guest })
        REQUIRE(org.admin->approve(keyFingerprint(key->publicKey())).ok());

    const PeopleDirectory directory = org.directory();
    Meeting meeting = meetingOf(
        { QStringLiteral("chu-tich"), QStringLiteral("thu-ky"), QStringLiteral("uy-vien-1"),
            QStringLiteral("uy-vien-2"), QStringLiteral("khach") },
        directory);
    meeting.participants[2].voteWeight = 3;
    meeting.participants[1].voteWeight = 1; // a secretary never votes
    completeParticipantsFromDirectory(meeting.participants, directory);
    CHECK(meeting.participants[0].fullName == QStringLiteral("Nguyễn Văn An"));
    CHECK(meeting.participants[0].position == QStringLiteral("Ủy viên UBND xã"));

    const Roster roster = buildRoster(meeting, directory, 1, QDateTime::currentDateTimeUtc());
    REQUIRE(roster.validate().ok());
    REQUIRE(roster.participants.size() == 5);
    CHECK(roster.chair()->id == u"chu-tich");
    CHECK(roster.participant(QStringLiteral("chu-tich"))->devices.size() == 1);
    CHECK(roster.participant(QStringLiteral("chu-tich"))->devices.first().publicKey
        == chair.publicKey());
    CHECK(roster.participant(QStringLiteral("thu-ky"))->weight == 0);
    CHECK(roster.participant(QStringLiteral("khach"))->weight == 0);
    CHECK(roster.participant(QStringLiteral("uy-vien-1"))->weight == 3);
    CHECK(roster.participant(QStringLiteral("uy-vien-2"))->devices.isEmpty()); // not enrolled yet
    CHECK(roster.participant(QStringLiteral("uy-vien-2"))->name == QStringLiteral("Phạm Thị Dung"));
    CHECK(roster.participantForKey(delegate.publicKey())->id == u"uy-vien-1");
}

TEST_CASE("Republishing writes a roster revision only when something changed", "[org][roster]")
{
    Organisation org;
    REQUIRE(org.admin->approve(keyFingerprint(org.request(QStringLiteral("chu-tich")).publicKey()))
                .ok());
    const QStringList ids { QStringLiteral("chu-tich"), QStringLiteral("thu-ky"),
        QStringLiteral("uy-vien-1") };

    const Result<qint64> first
        = publishRoster(org.root, meetingOf(ids, org.directory()), org.directory(), org.key);
    REQUIRE(first.ok());
    CHECK(first.value() == 1);
    CHECK(rosterFiles(org) == 1);
    const Result<qint64> unchanged
        = publishRoster(org.root, meetingOf(ids, org.directory()), org.directory(), org.key);
    REQUIRE(unchanged.ok());
    CHECK(unchanged.value() == 1);
    CHECK(rosterFiles(org) == 1);

    // A delegate enrols: revision 2 lists the device.
    const SigningKey delegate = org.request(QStringLiteral("uy-vien-1"));
    REQUIRE(org.admin->approve(keyFingerprint(delegate.publicKey())).ok());
    const Result<qint64> enrolled
        = publishRoster(org.root, meetingOf(ids, org.directory()), org.directory(), org.key);
    REQUIRE(enrolled.ok());
    CHECK(enrolled.value() == 2);
    CHECK(rosterFiles(org) == 2);
    const std::optional<VerifiedRoster> latest
        = latestRosterOnShare(org.root, meetingOf(ids, org.directory()).id, org.key.publicKey());
    REQUIRE(latest);
    CHECK(latest->roster.revision == 2);
    CHECK(latest->roster.participantForKey(delegate.publicKey()));

    // Revoked: revision 3 no longer lists it. A change of participants: revision 4.
    REQUIRE(org.admin->revoke(keyFingerprint(delegate.publicKey())).ok());
    CHECK(publishRoster(org.root, meetingOf(ids, org.directory()), org.directory(), org.key).value()
        == 3);
    CHECK_FALSE(
        latestRosterOnShare(org.root, meetingOf(ids, org.directory()).id, org.key.publicKey())
            ->roster.participantForKey(delegate.publicKey()));
    const QStringList more = ids + QStringList { QStringLiteral("uy-vien-2") };
    CHECK(
        publishRoster(org.root, meetingOf(more, org.directory()), org.directory(), org.key).value()
        == 4);
    CHECK(
        publishRoster(org.root, meetingOf(more, org.directory()), org.directory(), org.key).value()
        == 4);
    CHECK(rosterFiles(org) == 4);

    // A roster without a chair is refused with a message, and nothing is written.
    const Result<qint64> noChair = publishRoster(org.root,
        meetingOf({ QStringLiteral("uy-vien-1") }, org.directory()), org.directory(), org.key);
    CHECK_FALSE(noChair.ok());
    CHECK(rosterFiles(org) == 4);
}

namespace {

DraftMeeting draftFor(const QList<DraftParticipant> &participants)
{
    DraftMeeting draft;
    draft.id = QStringLiteral("hop-2027-01-05-thuong-ky");
    draft.title = QStringLiteral("Phiên họp thường kỳ tháng 1");
    draft.start = QDateTime::currentDateTime().addDays(30);
    draft.end = draft.start.addSecs(3 * 3600);
    draft.agenda << DraftAgendaItem { QStringLiteral("i1"), QString(),
        QStringLiteral("Kinh tế - xã hội"), QString(), 0 };
    draft.participants = participants;
    return draft;
}

DraftParticipant byId(const QString &id, std::optional<Role> role, double weight = 1)
{
    DraftParticipant participant;
    participant.id = id;
    participant.role = role;
    participant.voteWeight = weight;
    return participant;
}

} // namespace

TEST_CASE("Publishing completes participants from the directory and writes the roster",
    "[org][roster][publish]")
{
    Organisation org;
    const SigningKey chair = org.request(QStringLiteral("chu-tich"));
    REQUIRE(org.admin->approve(keyFingerprint(chair.publicKey())).ok());

    DraftMeeting draft = draftFor({ byId(QStringLiteral("chu-tich"), Role::Chair),
        byId(QStringLiteral("uy-vien-1"), Role::Delegate, 2),
        byId(QStringLiteral("thu-ky"), std::nullopt) }); // role from the directory
    MeetingPublisher publisher(org.root, org.key);
    const PublishOutcome first = publisher.publish(draft);
    INFO(first.message.toStdString());
    REQUIRE(first.published());
    CHECK(first.rosterRevision == 1);
    CHECK(first.meeting.participants.at(0).fullName == QStringLiteral("Nguyễn Văn An"));
    CHECK(first.meeting.participants.at(0).position == QStringLiteral("Ủy viên UBND xã"));
    CHECK(first.meeting.participants.at(2).role == Role::Secretary);
    std::optional<VerifiedRoster> roster
        = latestRosterOnShare(org.root, draft.id, org.key.publicKey());
    REQUIRE(roster);
    CHECK(roster->roster.participantForKey(chair.publicKey())->id == u"chu-tich");
    CHECK(roster->roster.participant(QStringLiteral("uy-vien-1"))->weight == 2);
    CHECK(roster->roster.participant(QStringLiteral("thu-ky"))->weight == 0);

    // Published again unchanged: a new manifest revision, the same roster.
    MeetingPublisher::markPublished(draft, first);
    const PublishOutcome again = publisher.publish(draft);
    REQUIRE(again.published());
    CHECK(again.revision == 2);
    CHECK(again.rosterRevision == 1);
    CHECK(rosterFiles(org) == 1);

    // A delegate enrols: the next publication writes roster revision 2.
    const SigningKey delegate = org.request(QStringLiteral("uy-vien-1"));
    REQUIRE(org.admin->approve(keyFingerprint(delegate.publicKey())).ok());
    MeetingPublisher::markPublished(draft, again);
    const PublishOutcome enrolled = publisher.publish(draft);
    REQUIRE(enrolled.published());
    CHECK(enrolled.rosterRevision == 2);
    roster = latestRosterOnShare(org.root, draft.id, org.key.publicKey());
    REQUIRE(roster);
    CHECK(roster->roster.participantForKey(delegate.publicKey()));
}

TEST_CASE(
    "Publishing refuses a participant unknown to the directory, or a meeting without one chair",
    "[org][roster][publish]")
{
    Organisation org;
    MeetingPublisher publisher(org.root, org.key);
    const PublishOutcome unknown
        = publisher.publish(draftFor({ byId(QStringLiteral("chu-tich"), Role::Chair),
            byId(QStringLiteral("khong-co"), Role::Delegate) }));
    CHECK(unknown.kind == PublishOutcome::Kind::Invalid);
    CHECK(unknown.message.contains(u"khong-co"));

    const PublishOutcome twoChairs
        = publisher.publish(draftFor({ byId(QStringLiteral("chu-tich"), Role::Chair),
            byId(QStringLiteral("uy-vien-1"), Role::Chair) }));
    CHECK(twoChairs.kind == PublishOutcome::Kind::Invalid);
    CHECK(rosterFiles(org) == 0);
    CHECK(ShareReader(org.root).meetingIds().isEmpty()); // nothing written
}
