// Issue 15, through phonghop-cli processes on a real folder: polls prepared in MEETING.json go
// through publication, sync and a session (the chair opens one by its id alone); a meeting
// postponed or cancelled by the secretary is shown so on every seat; a prepared poll naming an
// unknown item or an invalid rule, and a status record not signed by the organisation key, are
// refused and reported.
#include "cli_run.h"

#include "meeting_core/share/meetingstatusrecord.h"
#include "meeting_core/share/shareformat.h"
#include "meeting_core/trust/signingkey.h"

using namespace phonghop;
using namespace phonghop::test;

namespace {

const QString meetingId = QStringLiteral("hop-thuong-ky-thang-12");

// A MEETING.json with the staff list's people and the given polls[].
QByteArray meetingWithPolls(const QString &polls)
{
    QByteArray json = meetingJson(meetingId, QStringLiteral(R"([
        {"id": "chu-tich", "role": "chair", "voteWeight": 1},
        {"id": "thu-ky", "role": "secretary", "voteWeight": 0},
        {"id": "pho-chu-tich", "role": "delegate", "voteWeight": 1},
        {"id": "uy-vien", "role": "delegate", "voteWeight": 1}])"));
    json.replace("\"documents\": []", "\"documents\": [], \"polls\": " + polls.toUtf8());
    return json;
}

const QString twoPolls = QStringLiteral(R"([
    {"id": "bq-nghi-quyet", "item": "i2", "title": "Thông qua Dự thảo Nghị quyết",
     "kind": "approval", "preset": "uy-ban-nhan-dan"},
    {"id": "bq-bau", "item": "i1", "title": "Bầu Tổ trưởng tổ công tác", "kind": "choice",
     "options": ["Lê Văn Cường", "Phạm Thị Dung", "Hoàng Văn Em"], "minChoices": 1,
     "maxChoices": 1, "secret": true, "rule": {"preset": "da-so-phieu"}}
])");

struct SeatCache {
    QString person;
    QString cache;
};

// The organisation, its staff, and seats enrolled as the given people (every seat confirms
// the fingerprint when it first syncs).
struct Organisation {
    Office office;
    std::vector<SeatCache> seats;

    explicit Organisation(const QStringList &people)
    {
        office.import(staffCsv());
        for (const QString &person : people) {
            const QString cache = office.path(QStringLiteral("may-") + person);
            const QString fingerprint
                = office.cli
                      .ok({ QStringLiteral("enrol"), QStringLiteral("request"),
                          QStringLiteral("--share"), office.share, QStringLiteral("--cache"), cache,
                          QStringLiteral("--person"), person, QStringLiteral("--json") })
                      .json()
                      .object()
                      .value(u"fingerprint")
                      .toString();
            office.cli.ok({ QStringLiteral("enrol"), QStringLiteral("approve"),
                QStringLiteral("--share"), office.share, QStringLiteral("--key"), office.key,
                QStringLiteral("--device"), fingerprint });
            seats.push_back({ person, cache });
        }
    }
    CliRun publish(const QByteArray &json) const
    {
        const QString file = office.path(QStringLiteral("van-phong/hop.json"));
        writeText(file, json);
        return office.cli.run({ QStringLiteral("publish"), file, QStringLiteral("--share"),
            office.share, QStringLiteral("--key"), office.key, QStringLiteral("--quiet") });
    }
    CliRun sync(const SeatCache &seat) const
    {
        return office.cli.run({ QStringLiteral("sync"), QStringLiteral("--share"), office.share,
            QStringLiteral("--cache"), seat.cache, QStringLiteral("--expect-fingerprint"),
            office.fingerprint });
    }
    QJsonObject listed(const SeatCache &seat) const
    {
        const QJsonArray meetings = office.cli
                                        .ok({ QStringLiteral("list"), QStringLiteral("--cache"),
                                            seat.cache, QStringLiteral("--json") })
                                        .json()
                                        .object()
                                        .value(u"meetings")
                                        .toArray();
        return findById(meetings, QStringLiteral("id"), meetingId);
    }
    CliRun session(const SeatCache &seat, const QStringList &arguments) const
    {
        return office.cli.run(QStringList { QStringLiteral("session") } + arguments
            + QStringList { QStringLiteral("--share"), office.share, QStringLiteral("--cache"),
                seat.cache, QStringLiteral("--meeting"), meetingId });
    }
    CliRun setStatus(const QStringList &arguments, const QString &key = {}) const
    {
        return office.cli.run(
            QStringList { QStringLiteral("meeting"), QStringLiteral("status"), meetingId }
            + arguments
            + QStringList { QStringLiteral("--share"), office.share, QStringLiteral("--key"),
                key.isEmpty() ? office.key : key });
    }
};

void requireOk(const CliRun &run)
{
    INFO("stdout: " << run.out.toStdString() << "\nstderr: " << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
}

} // namespace

TEST_CASE("Prepared polls go from MEETING.json through publish, sync and the chair's open-poll",
    "[status][polls][cli]")
{
    Organisation org(
        { QStringLiteral("chu-tich"), QStringLiteral("pho-chu-tich"), QStringLiteral("uy-vien") });
    requireOk(org.publish(meetingWithPolls(twoPolls)));
    const SeatCache &chair = org.seats[0];
    const SeatCache &d1 = org.seats[1];
    const SeatCache &d2 = org.seats[2];
    for (const SeatCache &seat : org.seats)
        requireOk(org.sync(seat));

    // The manifest carries them; every seat's cache kept them as published.
    for (const SeatCache &seat : org.seats) {
        const QJsonArray polls = org.listed(seat).value(u"polls").toArray();
        REQUIRE(polls.size() == 2);
        const QJsonObject resolution
            = findById(polls, QStringLiteral("id"), QStringLiteral("bq-nghi-quyet"));
        CHECK(resolution.value(u"item").toString() == u"i2");
        CHECK(resolution.value(u"title").toString() == u"Thông qua Dự thảo Nghị quyết");
        CHECK(resolution.value(u"preset").toString() == u"uy-ban-nhan-dan");
        const QJsonObject election
            = findById(polls, QStringLiteral("id"), QStringLiteral("bq-bau"));
        CHECK(election.value(u"kind").toString() == u"choice");
        CHECK(election.value(u"secret").toBool());
        CHECK(election.value(u"options").toArray().size() == 3);
    }

    for (const SeatCache &seat : org.seats)
        requireOk(org.session(seat, { QStringLiteral("check-in") }));
    // Opened by its id alone, as prepared: title, kind, options and rule from the manifest.
    const CliRun opened
        = org.session(chair, { QStringLiteral("open-poll"), QStringLiteral("bq-nghi-quyet") });
    requireOk(opened);
    CHECK(opened.out.contains(QStringLiteral("Thông qua Dự thảo Nghị quyết")));
    CHECK(opened.out.contains(QStringLiteral("0 = Tán thành")));
    const CliRun election
        = org.session(chair, { QStringLiteral("open-poll"), QStringLiteral("bq-bau") });
    requireOk(election);
    CHECK(election.out.contains(QStringLiteral("2 = Hoàng Văn Em")));

    const QJsonObject status
        = org.session(d1, { QStringLiteral("status"), QStringLiteral("--json") }).json().object();
    const QJsonObject poll = findById(
        status.value(u"polls").toArray(), QStringLiteral("id"), QStringLiteral("bq-bau"));
    CHECK(poll.value(u"title").toString() == u"Bầu Tổ trưởng tổ công tác");
    CHECK(poll.value(u"kind").toString() == u"choice");
    CHECK(poll.value(u"secret").toBool());
    CHECK(poll.value(u"status").toString() == u"open");

    requireOk(org.session(d1,
        { QStringLiteral("vote"), QStringLiteral("bq-nghi-quyet"), QStringLiteral("Tán thành") }));
    requireOk(org.session(d2,
        { QStringLiteral("vote"), QStringLiteral("bq-nghi-quyet"), QStringLiteral("Tán thành") }));
    const CliRun closed
        = org.session(chair, { QStringLiteral("close-poll"), QStringLiteral("bq-nghi-quyet") });
    requireOk(closed);
    CHECK(closed.out.contains(QStringLiteral("passed")));

    // An id the meeting did not prepare: refused, naming the prepared ones; opened twice:
    // refused; spot-poll options without --title: a usage error.
    const CliRun unknown
        = org.session(chair, { QStringLiteral("open-poll"), QStringLiteral("bq-khac") });
    CHECK(unknown.exitCode == 4);
    CHECK(unknown.err.contains(QStringLiteral("bq-nghi-quyet")));
    CHECK(org.session(chair, { QStringLiteral("open-poll"), QStringLiteral("bq-bau") }).exitCode
        == 4);
    CHECK(org.session(chair,
                 { QStringLiteral("open-poll"), QStringLiteral("bq-bau"), QStringLiteral("--kind"),
                     QStringLiteral("yes-no") })
              .exitCode
        == 2);
    // A delegate cannot open a prepared poll either.
    CHECK(
        org.session(d1, { QStringLiteral("open-poll"), QStringLiteral("bq-khac") }).exitCode == 4);
}

TEST_CASE("A prepared poll naming an unknown item, or with an invalid rule, is refused at "
          "validation with a message that names it",
    "[status][polls][cli][validation]")
{
    Organisation org({});
    const CliRun unknownItem = org.publish(meetingWithPolls(QStringLiteral(R"([
        {"id": "bq1", "item": "i9", "title": "Thông qua Kế hoạch", "kind": "approval"}])")));
    CHECK(unknownItem.exitCode == 4);
    CHECK(unknownItem.err.contains(QStringLiteral("Thông qua Kế hoạch")));
    CHECK(unknownItem.err.contains(QStringLiteral("i9")));

    const CliRun badRule = org.publish(meetingWithPolls(QStringLiteral(R"([
        {"id": "bq1", "item": "i1", "title": "Thông qua Kế hoạch", "preset": "da-so-dong"}])")));
    CHECK(badRule.exitCode == 4);
    CHECK(badRule.err.contains(QStringLiteral("Thông qua Kế hoạch")));
    CHECK(badRule.err.contains(QStringLiteral("da-so-dong")));

    const CliRun badThreshold = org.publish(meetingWithPolls(QStringLiteral(R"([
        {"id": "bq1", "item": "i1", "title": "Thông qua Kế hoạch",
         "rule": {"base": "cast", "threshold": "nine-tenths"}}])")));
    CHECK(badThreshold.exitCode == 4);
    CHECK(badThreshold.err.contains(QStringLiteral("threshold")));

    const CliRun twice = org.publish(meetingWithPolls(QStringLiteral(R"([
        {"id": "bq1", "item": "i1", "title": "A"}, {"id": "bq1", "item": "i2", "title": "B"}])")));
    CHECK(twice.exitCode == 4);
    CHECK(twice.err.contains(QStringLiteral("bq1")));

    // Nothing was published by any of them.
    CHECK_FALSE(QDir(org.office.share + QStringLiteral("/meetings/") + meetingId).exists());
}

TEST_CASE("A postponed, then cancelled meeting is shown so on every seat, and a status record not "
          "signed by the organisation key is refused and reported",
    "[status][cli]")
{
    Organisation org({});
    requireOk(org.publish(meetingWithPolls(QStringLiteral("[]"))));
    const std::vector<SeatCache> seats { { {}, org.office.path(QStringLiteral("may-1")) },
        { {}, org.office.path(QStringLiteral("may-2")) } };
    for (const SeatCache &seat : seats) {
        requireOk(org.sync(seat));
        const QJsonObject meeting = org.listed(seat);
        CHECK(meeting.value(u"status").toString() == u"scheduled");
        CHECK(meeting.value(u"statusReason").toString().isEmpty());
    }

    const CliRun postponed = org.setStatus({ QStringLiteral("postponed"), QStringLiteral("--until"),
        QStringLiteral("2026-12-15T08:00:00+07:00"), QStringLiteral("--reason"),
        QStringLiteral("Chủ tịch đi công tác") });
    requireOk(postponed);
    CHECK(QFileInfo::exists(org.office.share + QStringLiteral("/meetings/") + meetingId
        + QStringLiteral("/status-000001.json")));
    for (const SeatCache &seat : seats) {
        requireOk(org.sync(seat));
        const QJsonObject meeting = org.listed(seat);
        CHECK(meeting.value(u"status").toString() == u"postponed");
        CHECK(meeting.value(u"statusReason").toString() == u"Chủ tịch đi công tác");
        CHECK(meeting.value(u"statusUntil").toString() == u"2026-12-15T08:00:00+07:00");
        // The plain listing says it in words, with the new time in the meeting's own offset.
        const CliRun text
            = org.office.cli.ok({ QStringLiteral("list"), QStringLiteral("--cache"), seat.cache });
        CHECK(text.out.contains(QStringLiteral("08:00 15/12/2026")));
    }

    requireOk(org.setStatus(
        { QStringLiteral("cancelled"), QStringLiteral("--reason"), QStringLiteral("Bão số 9") }));
    for (const SeatCache &seat : seats) {
        requireOk(org.sync(seat));
        const QJsonObject meeting = org.listed(seat);
        CHECK(meeting.value(u"status").toString() == u"cancelled");
        CHECK(meeting.value(u"statusReason").toString() == u"Bão số 9");
        CHECK_FALSE(meeting.contains(u"statusUntil"));
    }

    // A cancellation needs a reason; a status word that is not one is a usage error; another
    // organisation's key may not publish here at all.
    CHECK(org.setStatus({ QStringLiteral("cancelled") }).exitCode == 4);
    CHECK(org.setStatus({ QStringLiteral("hoan") }).exitCode == 2);
    const QString otherKey = org.office.path(QStringLiteral("khac/khac.key"));
    {
        Office other;
        REQUIRE(QDir().mkpath(QFileInfo(otherKey).absolutePath()));
        REQUIRE(QFile::copy(other.key, otherKey));
    }
    CHECK(org.setStatus({ QStringLiteral("scheduled") }, otherKey).exitCode == 4);

    // Someone with write access to the folder signs "scheduled again" with a key of their own:
    // every seat refuses it, says so, and keeps the cancellation.
    const SigningKey forger = SigningKey::generate();
    MeetingStatus forged;
    forged.kind = MeetingStatusKind::Scheduled;
    writeText(org.office.share + QStringLiteral("/meetings/") + meetingId + u'/'
            + shareformat::statusRecordFileName(3),
        meetingstatusrecord::create(meetingId, 3, forged, forger).toBytes());
    for (const SeatCache &seat : seats) {
        const CliRun sync = org.sync(seat);
        CHECK(sync.exitCode == 1);
        CHECK(sync.all().contains(QStringLiteral("status-000003.json")));
        CHECK(sync.all().contains(QStringLiteral("not signed by the organisation")));
        CHECK(org.listed(seat).value(u"status").toString() == u"cancelled");
    }
    // The next genuine record goes past the forged number and is taken.
    requireOk(org.setStatus({ QStringLiteral("finished") }));
    CHECK(QFileInfo::exists(org.office.share + QStringLiteral("/meetings/") + meetingId
        + QStringLiteral("/status-000004.json")));
    for (const SeatCache &seat : seats) {
        requireOk(org.sync(seat));
        CHECK(org.listed(seat).value(u"status").toString() == u"finished");
    }
}
