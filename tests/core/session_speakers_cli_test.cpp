// The speakers' list across separate processes (issue 15): each seat a cache folder with its
// own device key, each action one phonghop-cli run against a real share folder, and what one
// seat did read back by another: a request with its topic, a withdrawal of one's own (and a
// forged withdrawal of someone else's, refused and reported), the chair closing the list
// (requests refused with a message, and one written anyway refused by every seat's fold),
// reopening it, reordering and removing, and the speaking time.
#include "cli_seat.h"
#include "session_fixture.h"

using namespace phonghop;
using namespace phonghop::test;

namespace {

struct SpeakerSeat : CliSeat {
    using CliSeat::CliSeat;
    QJsonObject speakers() const { return status().value(u"speakers").toObject(); }
};

struct SpeakersRoom {
    SessionShare share { 3 };
    SpeakerSeat chair { share, share.m.chairKey };
    SpeakerSeat secretary { share, share.m.secretaryKey };
    SpeakerSeat d1 { share, share.m.memberKeys[0] };
    SpeakerSeat d2 { share, share.m.memberKeys[1] };
    SpeakerSeat d3 { share, share.m.memberKeys[2] };

    // A record signed with a delegate's own key and put in its own folder, as a modified client
    // would write it: the CLI refuses these before writing, the fold must refuse them too.
    void forge(const SigningKey &key, const QString &kind, const QJsonObject &fields) const
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const SignedRecord r = makeSessionRecord(kind, share.meetingId(), now, fields, key);
        share.put(key, sessionRecordFileName(r, now), r.toBytes());
    }
};

// The participants of a list in status --json's "speakers", in order.
QStringList participantsIn(const QJsonObject &speakers, const char *list)
{
    QStringList who;
    for (const QJsonValue &v : speakers.value(QLatin1String(list)).toArray())
        who << v.toObject().value(u"participant").toString();
    return who;
}

QString requestOf(const QJsonObject &speakers, const QString &participant)
{
    for (const QJsonValue &v : speakers.value(u"requests").toArray())
        if (v.toObject().value(u"participant").toString() == participant)
            return v.toObject().value(u"request").toString();
    return {};
}

void checkRefused(const CliRun &r, const QString &reason)
{
    INFO("stdout: " << r.out.toStdString() << "\nstderr: " << r.err.toStdString());
    CHECK(r.exitCode == 4);
    CHECK(r.err.contains(reason));
}

CliRun verifyProblems(const SpeakerSeat &seat)
{
    const CliRun r = seat.run({ QStringLiteral("verify") });
    INFO("stdout: " << r.out.toStdString() << "\nstderr: " << r.err.toStdString());
    CHECK(r.exitCode == 1);
    return r;
}

const QString i1 = QStringLiteral("i1");
const QString member1 = QStringLiteral("uy-vien-1");
const QString member2 = QStringLiteral("uy-vien-2");
const QString member3 = QStringLiteral("uy-vien-3");

} // namespace

TEST_CASE("session speak with a topic as a speech or a question and every seat sees it in its list",
    "[session][cli][speakers]")
{
    SpeakersRoom room;
    REQUIRE(MeetingFixture::memberId(0) == member1);
    room.d1.ok({ QStringLiteral("speak"), i1, QStringLiteral("--text"),
        QStringLiteral("Kinh phí sửa đường liên thôn") });
    room.d2.ok({ QStringLiteral("speak"), i1, QStringLiteral("--question") });
    const QJsonObject speakers = room.d3.speakers();
    CHECK(participantsIn(speakers, "speeches") == QStringList { member1 });
    CHECK(participantsIn(speakers, "questions") == QStringList { member2 });
    CHECK(speakers.value(u"speeches").toArray().at(0).toObject().value(u"text").toString()
        == u"Kinh phí sửa đường liên thôn");
    const CliRun listed = room.chair.ok({ QStringLiteral("speakers"), i1 });
    CHECK(listed.out.contains(QStringLiteral("Kinh phí sửa đường liên thôn")));

    // A topic over the limit is refused before anything is written.
    const CliRun tooLong = room.d3.run(
        { QStringLiteral("speak"), i1, QStringLiteral("--text"), QString(201, u'x') });
    CHECK(tooLong.exitCode == 2);
    CHECK(participantsIn(room.chair.speakers(), "speeches") == QStringList { member1 });
}

TEST_CASE("session withdraw takes back one's own request and a withdrawal of someone else's is "
          "refused and reported by every seat",
    "[session][cli][speakers]")
{
    SpeakersRoom room;
    room.d1.ok({ QStringLiteral("speak"), i1 });
    room.d2.ok({ QStringLiteral("speak"), i1 });
    room.d1.ok({ QStringLiteral("withdraw"), i1 });
    QJsonObject speakers = room.d3.speakers();
    CHECK(participantsIn(speakers, "speeches") == QStringList { member2 });

    // Nothing of d3's waits: nothing to withdraw, and nothing of anyone else's is touched.
    checkRefused(room.d3.run({ QStringLiteral("withdraw"), i1 }), QStringLiteral("no request"));

    // A modified client of d3 signs a withdrawal of d2's request.
    const QString d2Request = requestOf(speakers, member2);
    REQUIRE_FALSE(d2Request.isEmpty());
    room.forge(room.share.m.memberKeys[2], sessionkinds::speakWithdraw,
        { { QStringLiteral("request"), d2Request } });
    CHECK(participantsIn(room.chair.speakers(), "speeches") == QStringList { member2 });
    CHECK(verifyProblems(room.secretary).out.contains(QStringLiteral("may not withdraw")));
}

TEST_CASE("session close-list: requests on the item are refused with a message (and one written "
          "anyway is refused by the fold) and reopen-list takes them again (the chair only)",
    "[session][cli][speakers]")
{
    SpeakersRoom room;
    room.d1.ok({ QStringLiteral("speak"), i1 });
    checkRefused(
        room.d1.run({ QStringLiteral("close-list"), i1 }), QStringLiteral("Only the chair"));
    checkRefused(
        room.secretary.run({ QStringLiteral("close-list"), i1 }), QStringLiteral("Only the chair"));

    const CliRun closed = room.chair.ok({ QStringLiteral("close-list"), i1 });
    CHECK(closed.out.contains(QStringLiteral("closed")));
    CHECK(room.d2.speakers().value(u"closedItems").toArray() == QJsonArray { i1 });
    checkRefused(room.d2.run({ QStringLiteral("speak"), i1 }), QStringLiteral("closed"));
    checkRefused(room.chair.run({ QStringLiteral("close-list"), i1 }), QStringLiteral("already"));
    // Another item's list stays open.
    room.d2.ok({ QStringLiteral("speak"), QStringLiteral("i2") });

    // A modified client writes its request anyway: every seat's fold refuses it.
    room.forge(room.share.m.memberKeys[2], sessionkinds::speakRequest,
        { { QStringLiteral("item"), i1 }, { QStringLiteral("type"), QStringLiteral("speak") } });
    CHECK(participantsIn(room.d1.speakers(), "speeches")
        == QStringList { member1, member2 }); // d1 on i1 (before the close), d2 on i2
    CHECK(verifyProblems(room.chair).out.contains(QStringLiteral("closed the speakers' list")));

    room.chair.ok({ QStringLiteral("reopen-list"), i1 });
    CHECK(room.d3.speakers().value(u"closedItems").toArray().isEmpty());
    room.d2.ok({ QStringLiteral("speak"), i1, QStringLiteral("--question") });
    CHECK(participantsIn(room.d1.speakers(), "questions") == QStringList { member2 });
}

TEST_CASE("session move-speaker and remove-speaker: the chair's order and removal seen by another "
          "seat and the floor given in that order",
    "[session][cli][speakers]")
{
    SpeakersRoom room;
    room.d1.ok({ QStringLiteral("speak"), i1 });
    room.d2.ok({ QStringLiteral("speak"), i1 });
    room.d3.ok({ QStringLiteral("speak"), i1 });
    checkRefused(room.d3.run({ QStringLiteral("move-speaker"), i1, member3, QStringLiteral("1") }),
        QStringLiteral("Only the chair"));

    const CliRun moved
        = room.chair.ok({ QStringLiteral("move-speaker"), i1, member3, QStringLiteral("1") });
    CHECK(moved.out.contains(QStringLiteral("1. Ủy viên 3")));
    CHECK(participantsIn(room.d1.speakers(), "speeches")
        == QStringList { member3, member1, member2 });

    room.chair.ok({ QStringLiteral("remove-speaker"), i1, member1 });
    CHECK(participantsIn(room.d2.speakers(), "speeches") == QStringList { member3, member2 });
    checkRefused(room.chair.run({ QStringLiteral("remove-speaker"), i1, member1 }),
        QStringLiteral("not waiting"));
    checkRefused(room.d2.run({ QStringLiteral("remove-speaker"), i1, member3 }),
        QStringLiteral("Only the chair"));

    room.chair.ok({ QStringLiteral("call-next"), i1 });
    CHECK(room.d1.ok({ QStringLiteral("status"), QStringLiteral("--json") })
              .json()
              .object()
              .value(u"floor")
              .toObject()
              .value(u"participant")
              .toString()
        == member3);
}

TEST_CASE("session time-limit: the speaking time per speaker for the meeting and for an item "
          "seen by another seat with the floor",
    "[session][cli][speakers]")
{
    SpeakersRoom room;
    checkRefused(room.d1.run({ QStringLiteral("time-limit"), QStringLiteral("3:00") }),
        QStringLiteral("Only the chair"));
    CHECK(
        room.chair.run({ QStringLiteral("time-limit"), QStringLiteral("ba phút") }).exitCode == 2);
    room.chair.ok({ QStringLiteral("time-limit"), QStringLiteral("3:00") });
    room.chair.ok({ QStringLiteral("time-limit"), QStringLiteral("90"), QStringLiteral("--item"),
        QStringLiteral("i2") });
    const QJsonObject limits = room.d2.speakers().value(u"limitSeconds").toObject();
    CHECK(limits.value(u"meeting").toInt() == 180);
    CHECK(limits.value(u"items").toObject().value(u"i2").toInt() == 90);

    room.d1.ok({ QStringLiteral("speak"), QStringLiteral("i2") });
    room.chair.ok({ QStringLiteral("call-next"), QStringLiteral("i2") });
    QJsonObject floor = room.d3.ok({ QStringLiteral("status"), QStringLiteral("--json") })
                            .json()
                            .object()
                            .value(u"floor")
                            .toObject();
    CHECK(floor.value(u"participant").toString() == member1);
    CHECK(floor.value(u"limitSeconds").toInt() == 90);
    CHECK(floor.value(u"startedAt").isNull()); // called, not started: no countdown yet

    room.chair.ok({ QStringLiteral("time-limit"), QStringLiteral("none"), QStringLiteral("--item"),
        QStringLiteral("i2") });
    floor = room.d3.ok({ QStringLiteral("status"), QStringLiteral("--json") })
                .json()
                .object()
                .value(u"floor")
                .toObject();
    CHECK(floor.value(u"limitSeconds").toInt() == 180); // the meeting's again
}
