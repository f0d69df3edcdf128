// Issue 13, attack 4: a delegate signs records with a time of their choosing — a speaking request
// backdated to jump the queue, a check-in post-dated to outlast the secretary's later absence
// record. A seat orders them by when it first saw them (its own arrival log, kept in its cache
// across runs), the signed time only breaking ties, and refuses times outside a plausible window.
#include "hostile_session_fixture.h"

#include "meeting_core/session/sessionrecords.h"

using namespace phonghop;
using namespace phonghop::test;

namespace {
struct OrderRoom {
    SessionShare share { 3 };
    HostileSeat chair { share, share.m.chairKey };
    HostileSeat d1 { share, share.m.memberKeys[0] };

    // A record signed by key with the time it chooses, put straight into its own folder.
    QString sign(const SigningKey &key, const QString &kind, const QDateTime &at,
        const QJsonObject &fields) const
    {
        const SignedRecord record = makeSessionRecord(kind, share.meetingId(), at, fields, key);
        const QString name = sessionRecordFileName(record, at);
        share.put(key, name, record.toBytes());
        return name;
    }
    QString statusOf(const HostileSeat &seat, const QString &participant) const
    {
        return findById(
            seat.status().value(u"attendance").toObject().value(u"participants").toArray(),
            QStringLiteral("id"), participant)
            .value(u"status")
            .toString();
    }
};
} // namespace

TEST_CASE("A speaking request backdated by an hour does not jump the queue on a seat that saw the "
          "others first",
    "[hostile][session][order]")
{
    OrderRoom room;
    room.d1.ok({ QStringLiteral("request-to-speak"), QStringLiteral("i1") });
    CHECK(room.chair.status().value(u"floor").isNull()); // the chair's seat has seen d1's request

    const QDateTime hourAgo = QDateTime::currentDateTimeUtc().addSecs(-3600);
    room.sign(room.share.m.memberKeys[1], sessionkinds::speakRequest, hourAgo,
        { { QStringLiteral("item"), QStringLiteral("i1") },
            { QStringLiteral("type"), QStringLiteral("speak") } });

    room.chair.ok({ QStringLiteral("call-next"), QStringLiteral("i1") });
    const QJsonObject floor = room.chair.status().value(u"floor").toObject();
    CHECK(floor.value(u"participant").toString() == MeetingFixture::memberId(0));
    // And the next call goes to the latecomer.
    room.chair.ok({ QStringLiteral("call-next"), QStringLiteral("i1") });
    CHECK(room.chair.status().value(u"floor").toObject().value(u"participant").toString()
        == MeetingFixture::memberId(1));
}

TEST_CASE("A check-in post-dated to outlast the secretary's absence record loses to it, and one "
          "dated far ahead is refused",
    "[hostile][session][order]")
{
    OrderRoom room;
    // d1's device signs a check-in twenty minutes ahead (within the clocks' tolerance).
    room.sign(room.share.m.memberKeys[0], sessionkinds::checkIn,
        QDateTime::currentDateTimeUtc().addSecs(20 * 60),
        { { QStringLiteral("participant"), MeetingFixture::memberId(0) } });
    CHECK(room.statusOf(room.chair, MeetingFixture::memberId(0)) == u"present");

    // The secretary, in the room, records d1 absent afterwards: by signed time the check-in
    // would still win; by arrival the later record does.
    auto secretary = room.share.seat(room.share.m.secretaryKey);
    REQUIRE((*secretary)
                ->reportAbsence(
                    MeetingFixture::memberId(0), QStringLiteral("Không có mặt tại phòng họp"))
                .ok());
    CHECK(room.statusOf(room.chair, MeetingFixture::memberId(0)) == u"absent");
    CHECK(room.chair.verify().first == 0); // within the window: nothing to report

    // Two hours ahead is outside any clock's error: refused and reported, by every seat.
    const QString far = room.sign(room.share.m.memberKeys[0], sessionkinds::checkIn,
        QDateTime::currentDateTimeUtc().addSecs(2 * 3600),
        { { QStringLiteral("participant"), MeetingFixture::memberId(0) } });
    for (const HostileSeat *seat : { &room.chair, &room.d1 }) {
        const auto [code, report] = seat->verify();
        INFO(allMessages(report).toStdString());
        CHECK(code == 1);
        const QJsonArray found
            = problemsContaining(report, QStringLiteral("a time in the future is refused"));
        REQUIRE(found.size() == 1);
        CHECK(found.at(0).toObject().value(u"source").toString().endsWith(far));
    }
    CHECK(room.statusOf(room.chair, MeetingFixture::memberId(0)) == u"absent");
}

TEST_CASE(
    "A record dated before the meeting's roster was issued is refused", "[hostile][session][order]")
{
    OrderRoom room;
    const QString old = room.sign(room.share.m.memberKeys[0], sessionkinds::checkIn,
        room.share.m.roster.issuedAt.addDays(-30),
        { { QStringLiteral("participant"), MeetingFixture::memberId(0) } });
    const auto [code, report] = room.chair.verify();
    INFO(allMessages(report).toStdString());
    CHECK(code == 1);
    const QJsonArray found
        = problemsContaining(report, QStringLiteral("before the meeting's roster was issued"));
    REQUIRE(found.size() == 1);
    CHECK(found.at(0).toObject().value(u"source").toString().endsWith(old));
    CHECK(room.statusOf(room.chair, MeetingFixture::memberId(0)) == u"not-checked-in");
}

TEST_CASE("The fold orders requests by first seen, the signed time breaking ties, and without an "
          "arrival log by signed time",
    "[hostile][session][order]")
{
    MeetingFixture m;
    const auto request = [&](int member, const QDateTime &at) {
        const SignedRecord r = makeSessionRecord(sessionkinds::speakRequest, m.roster.meetingId, at,
            { { QStringLiteral("item"), QStringLiteral("i1") },
                { QStringLiteral("type"), QStringLiteral("speak") } },
            m.memberKeys.at(static_cast<size_t>(member)));
        return SessionFile { MeetingFixture::folderOf(m.memberKeys.at(static_cast<size_t>(member))),
            sessionRecordFileName(r, at), r.toBytes() };
    };
    const SessionFile early = request(0, m.t0.addSecs(600)); // signed first
    const SessionFile late = request(1, m.t0.addSecs(60)); // signed earlier still, seen later
    const SessionFile tie = request(2, m.t0.addSecs(30));
    const auto order = [&](const SessionContext &ctx) {
        QStringList who;
        for (const SpeakRequest &r : foldSession(m.verified, { late, early, tie }, ctx).requests)
            who << r.participantId;
        return who;
    };
    CHECK(order({})
        == QStringList { MeetingFixture::memberId(2), MeetingFixture::memberId(1),
            MeetingFixture::memberId(0) });
    SessionContext ctx;
    ctx.firstSeen.insert(recordOf(early)->hash(), m.t0.addSecs(700));
    ctx.firstSeen.insert(recordOf(late)->hash(), m.t0.addSecs(900));
    ctx.firstSeen.insert(recordOf(tie)->hash(), m.t0.addSecs(900));
    CHECK(order(ctx)
        == QStringList { MeetingFixture::memberId(0), MeetingFixture::memberId(2),
            MeetingFixture::memberId(1) });
}

TEST_CASE("A delegate's comment on a document in their device folder is no session record and is "
          "not reported as one",
    "[hostile][session]")
{
    OrderRoom room;
    const SigningKey &key = room.share.m.memberKeys[0];
    const SignedRecord comment = SignedRecord::create(QStringLiteral("document-comment"),
        QJsonObject { { QStringLiteral("meeting"), room.share.meetingId() },
            { QStringLiteral("document"), QStringLiteral("d1") },
            { QStringLiteral("text"), QStringLiteral("Đề nghị làm rõ số liệu trang 3") } },
        key);
    room.share.put(
        key, QStringLiteral("comment-0123456789abcdef0123456789abcdef.json"), comment.toBytes());
    // Something else of an unknown kind still is.
    const SignedRecord stranger = SignedRecord::create(
        QStringLiteral("not-a-session-kind"), QJsonObject { { QStringLiteral("x"), 1 } }, key);
    room.share.put(key, QStringLiteral("stranger.json"), stranger.toBytes());
    const auto [code, report] = room.chair.verify();
    INFO(allMessages(report).toStdString());
    CHECK(problemsContaining(report, QStringLiteral("document-comment")).isEmpty());
    CHECK(problemsContaining(report, QStringLiteral("not-a-session-kind")).size() == 1);
    CHECK(code == 1);
}
