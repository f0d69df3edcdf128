// Issue 15 in the core: prepared polls in the manifest, the cache and the validator; meeting
// status records written, verified, refused when forged, and kept by the cache.
#include <catch2/catch.hpp>

#include "meeting_core/publish/publishvalidator.h"
#include "meeting_core/share/manifestcodec.h"
#include "meeting_core/share/meetingstatusrecord.h"
#include "meeting_core/share/shareformat.h"
#include "meeting_core/share/sharereader.h"
#include "meeting_core/share/sharewriter.h"
#include "meeting_core/store/meetingcache.h"
#include "meeting_core/sync/syncengine.h"
#include "meeting_core/voting/preparedpoll.h"
#include "publish_fixtures.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QTemporaryDir>

using namespace phonghop;

namespace {

PreparedPoll prepared(const QString &id, const QString &item, const QJsonObject &definition)
{
    QJsonObject object = definition;
    object.insert(QStringLiteral("id"), id);
    object.insert(QStringLiteral("item"), item);
    object.insert(QStringLiteral("title"), QStringLiteral("Thông qua ") + id);
    return PreparedPoll::fromJson(object);
}

QList<ValidationProblem> problemsOf(
    const QList<ValidationProblem> &all, ValidationProblem::Kind kind)
{
    QList<ValidationProblem> found;
    for (const ValidationProblem &problem : all)
        if (problem.kind == kind)
            found << problem;
    return found;
}

} // namespace

TEST_CASE(
    "Prepared polls survive the manifest and the cache exactly, and a poll on an unknown item "
    "keeps the revision out",
    "[status][polls]")
{
    test::TestShare share;
    Meeting meeting = share.makeMeeting(QStringLiteral("hop-bq"), 1);
    const QString item = meeting.agenda.first().id;
    meeting.polls << prepared(QStringLiteral("bq1"), item,
        { { QStringLiteral("kind"), QStringLiteral("approval") },
            { QStringLiteral("preset"), QStringLiteral("hdnd") } });
    meeting.polls << prepared(QStringLiteral("bq2"), item,
        { { QStringLiteral("kind"), QStringLiteral("choice") },
            { QStringLiteral("options"),
                QJsonArray { QStringLiteral("Lê Văn Cường"), QStringLiteral("Phạm Thị Dung") } },
            { QStringLiteral("maxChoices"), 1 }, { QStringLiteral("secret"), true } });
    const Result<Meeting> decoded = decodeManifest(encodeManifest(meeting));
    REQUIRE(decoded.ok());
    CHECK(decoded->polls == meeting.polls);
    // A meeting without polls writes no "polls" at all: 1.1 manifests are unchanged.
    Meeting plain = meeting;
    plain.polls.clear();
    CHECK_FALSE(encodeManifest(plain).contains("\"polls\""));

    const int revision = share.publish(meeting);
    QTemporaryDir cacheDir;
    auto cache = MeetingCache::open(cacheDir.path());
    REQUIRE(cache.ok());
    test::pinTestOrganisation(*cache.value());
    REQUIRE(SyncEngine(*cache.value(), share.root()).run().complete());
    const std::optional<Meeting> cached = cache.value()->meeting(meeting.id);
    REQUIRE(cached);
    CHECK(cached->revision == revision);
    CHECK(cached->polls == meeting.polls);
    CHECK(cached->pollsOf(item).size() == 2);
    const Result<PollDefinition> election
        = preparedPollDefinition(*cached->poll(QStringLiteral("bq2")));
    REQUIRE(election.ok());
    CHECK(election->kind == PollKind::Choice);
    CHECK(election->secret);
    CHECK(election->options.size() == 2);
    // No rule given: the People's Committee's, as for a poll made on the spot.
    CHECK(election->rule.preset == QStringLiteral("uy-ban-nhan-dan"));
    CHECK(preparedPollDefinition(*cached->poll(QStringLiteral("bq1")))->rule.preset
        == QStringLiteral("hdnd"));

    Meeting broken = meeting;
    broken.polls << prepared(QStringLiteral("bq3"), QStringLiteral("khong-co"), {});
    const Result<Meeting> refused = decodeManifest(encodeManifest(broken));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("khong-co")));
}

TEST_CASE("The validator names a prepared poll on an unknown item, with an invalid rule, "
          "options that do not fit, or an id used twice",
    "[status][polls][validation]")
{
    QTemporaryDir dir;
    DraftMeeting draft = test::publish::validDraft(dir.path());
    const QString item = draft.agenda.first().id;
    draft.polls << prepared(QStringLiteral("bq1"), item, {});
    CHECK(PublishValidator().validate(draft).isEmpty());

    draft.polls << prepared(QStringLiteral("bq2"), QStringLiteral("i99"), {});
    draft.polls << prepared(QStringLiteral("bq3"), item,
        { { QStringLiteral("rule"),
            QJsonObject { { QStringLiteral("quorum"), QStringLiteral("all") } } } });
    draft.polls << prepared(QStringLiteral("bq4"), item,
        { { QStringLiteral("kind"), QStringLiteral("choice") } }); // no candidates
    draft.polls << prepared(QStringLiteral("bq1"), item, {});
    draft.polls << prepared(QStringLiteral("bq5"), item,
        { { QStringLiteral("rule"), QStringLiteral("hdnd") },
            { QStringLiteral("preset"), QStringLiteral("hdnd") } });
    const QList<ValidationProblem> problems = PublishValidator().validate(draft);
    CHECK(PublishValidator::hasBlocking(problems));
    using K = ValidationProblem::Kind;
    const QList<ValidationProblem> unknownItem = problemsOf(problems, K::PollWithoutItem);
    REQUIRE(unknownItem.size() == 1);
    CHECK(unknownItem.first().subjectId == QStringLiteral("bq2"));
    CHECK(unknownItem.first().message.contains(QStringLiteral("Thông qua bq2")));
    CHECK(unknownItem.first().message.contains(QStringLiteral("i99")));
    QStringList invalid;
    for (const ValidationProblem &problem : problemsOf(problems, K::InvalidPoll))
        invalid << problem.subjectId;
    CHECK(invalid
        == QStringList { QStringLiteral("bq3"), QStringLiteral("bq4"), QStringLiteral("bq5") });
    CHECK(problemsOf(problems, K::InvalidPoll).first().message.contains(QStringLiteral("quorum")));
    CHECK(problemsOf(problems, K::DuplicatePoll).size() == 1);

    // Removing an item removes its polls with it.
    draft.removeAgendaItem(item);
    for (const PreparedPoll &poll : draft.polls)
        CHECK(poll.agendaItemId != item);
}

TEST_CASE("Status records: numbered, verified against the organisation key, a forged one "
          "refused and reported, the cache keeps the newest",
    "[status]")
{
    test::TestShare share;
    const Meeting meeting = share.makeMeeting(QStringLiteral("hop-tt"), 1);
    const SigningKey organisation = test::testOrganisationKey();
    ShareWriter writer(share.root());
    MeetingStatus postponed;
    postponed.kind = MeetingStatusKind::Postponed;
    postponed.until
        = QDateTime::fromString(QStringLiteral("2026-12-15T08:00:00+07:00"), Qt::ISODate);
    postponed.reason = QStringLiteral("Chủ tịch đi công tác");
    // Not published yet: nothing to say a status about.
    CHECK_FALSE(writer.publishMeetingStatus(meeting.id, postponed, organisation).ok());
    share.publish(meeting);
    MeetingStatus noReason;
    noReason.kind = MeetingStatusKind::Cancelled;
    CHECK_FALSE(writer.publishMeetingStatus(meeting.id, noReason, organisation).ok());
    const Result<int> first = writer.publishMeetingStatus(meeting.id, postponed, organisation);
    REQUIRE(first.ok());
    CHECK(first.value() == 1);

    const ShareReader reader(share.root());
    const Result<MeetingStatus> read
        = reader.readMeetingStatus(meeting.id, 1, organisation.publicKey());
    REQUIRE(read.ok());
    CHECK(read->kind == MeetingStatusKind::Postponed);
    CHECK(read->reason == postponed.reason);
    CHECK(read->until == postponed.until);
    CHECK(read->until.toString(Qt::ISODate) == QStringLiteral("2026-12-15T08:00:00+07:00"));
    CHECK(read->describe()
        == QStringLiteral("Postponed to 08:00 15/12/2026 \u2014 Chủ tịch đi công tác"));

    // A record copied under another number, or signed by another key, is refused.
    const QString folder = share.root() + QStringLiteral("/meetings/") + meeting.id + u'/';
    test::writeFile(folder + shareformat::statusRecordFileName(2),
        test::readFile(folder + shareformat::statusRecordFileName(1)));
    CHECK_FALSE(reader.readMeetingStatus(meeting.id, 2, organisation.publicKey()).ok());
    const SigningKey forger = SigningKey::generate();
    MeetingStatus scheduled;
    test::writeFile(folder + shareformat::statusRecordFileName(3),
        meetingstatusrecord::create(meeting.id, 3, scheduled, forger).toBytes());
    const Result<MeetingStatus> forged
        = reader.readMeetingStatus(meeting.id, 3, organisation.publicKey());
    REQUIRE_FALSE(forged.ok());
    CHECK(forged.error().contains(QStringLiteral("not signed by the organisation")));
    CHECK(reader.statusRecordNumbers(meeting.id) == QList<int> { 3, 2, 1 });

    QTemporaryDir cacheDir;
    auto opened = MeetingCache::open(cacheDir.path());
    REQUIRE(opened.ok());
    MeetingCache &cache = *opened.value();
    test::pinTestOrganisation(cache);
    const SyncReport report = SyncEngine(cache, share.root()).run();
    CHECK(report.reachedShare());
    REQUIRE(report.problems.size() == 2); // numbers 3 and 2, newest first
    CHECK(report.problems.first().message.contains(QStringLiteral("status-000003.json")));
    CHECK(cache.meetingStatus(meeting.id).kind == MeetingStatusKind::Postponed);
    CHECK(cache.meetings().first().status.reason == postponed.reason);

    // The next genuine record skips the numbers in use; an older one never replaces it.
    MeetingStatus cancelled;
    cancelled.kind = MeetingStatusKind::Cancelled;
    cancelled.reason = QStringLiteral("Bão số 9");
    const Result<int> next = writer.publishMeetingStatus(meeting.id, cancelled, organisation);
    REQUIRE(next.ok());
    CHECK(next.value() == 4);
    CHECK(SyncEngine(cache, share.root()).run().complete());
    CHECK(cache.meeting(meeting.id)->status.kind == MeetingStatusKind::Cancelled);
    MeetingStatus older = postponed;
    older.number = 1;
    cache.storeMeetingStatus(meeting.id, older);
    CHECK(cache.meetingStatus(meeting.id).kind == MeetingStatusKind::Cancelled);
    // A new revision of the manifest keeps the status.
    share.publish(meeting);
    CHECK(SyncEngine(cache, share.root()).run().complete());
    CHECK(cache.meetingStatus(meeting.id).number == 4);
}
