// The chair's and secretary's session commands run as real phonghop-cli processes, each seat a
// cache folder with its own device key, against a share with the meeting's roster: open-poll,
// close-poll, call-next, conclude, sign-minutes, check-in of another; each refused with exit 4
// on a seat whose role may not do it, or that is not enrolled.
#include "cli_seat.h"
#include "session_fixture.h"

#include "meeting_core/util/sha256.h"

using namespace phonghop;
using namespace phonghop::test;

namespace {

struct Room {
    SessionShare share { 3 };
    CliSeat chair { share, share.m.chairKey };
    CliSeat secretary { share, share.m.secretaryKey };
    CliSeat d1 { share, share.m.memberKeys[0] };
    CliSeat d2 { share, share.m.memberKeys[1] };
    SigningKey strangerKey = SigningKey::fromSeed(seedOf(77));
    CliSeat stranger { share, strangerKey };

    void everyoneChecksIn()
    {
        for (const CliSeat *seat : { &chair, &d1, &d2 })
            seat->ok({ QStringLiteral("check-in") });
    }
    void openAndClose(const QString &poll)
    {
        chair.ok({ QStringLiteral("open-poll"), poll, QStringLiteral("--title"),
            QStringLiteral("Thông qua Tờ trình số 12/TTr-UBND") });
        d1.ok({ QStringLiteral("vote"), poll, QStringLiteral("Tán thành") });
        d2.ok({ QStringLiteral("vote"), poll, QStringLiteral("Tán thành") });
        chair.ok({ QStringLiteral("close-poll"), poll });
    }
};

QJsonObject pollOf(const QJsonObject &status, const QString &id)
{
    return findById(status.value(u"polls").toArray(), QStringLiteral("id"), id);
}

void checkRefused(const CliRun &r, const QString &reason)
{
    INFO("stdout: " << r.out.toStdString() << "\nstderr: " << r.err.toStdString());
    CHECK(r.exitCode == 4);
    CHECK(r.err.contains(reason));
}

} // namespace

TEST_CASE("session open-poll opens the chair's poll as asked, other roles and strangers are "
          "refused with exit 4",
    "[session][cli][chair]")
{
    Room room;
    room.everyoneChecksIn();
    const CliRun opened = room.chair.ok({ QStringLiteral("open-poll"), QStringLiteral("p1"),
        QStringLiteral("--title"), QStringLiteral("Thông qua Tờ trình số 12/TTr-UBND") });
    CHECK(opened.out.contains(QStringLiteral("0 = Tán thành")));
    QJsonObject poll = pollOf(room.d1.status(), QStringLiteral("p1"));
    CHECK(poll.value(u"status").toString() == u"open");
    CHECK(poll.value(u"kind").toString() == u"approval");
    CHECK_FALSE(poll.value(u"secret").toBool());
    CHECK(poll.value(u"title").toString() == u"Thông qua Tờ trình số 12/TTr-UBND");

    // An election among candidates, secret, under a named rule; --secret takes no value.
    room.chair.ok({ QStringLiteral("open-poll"), QStringLiteral("p2"), QStringLiteral("--secret"),
        QStringLiteral("--title"), QStringLiteral("Bầu Trưởng ban"), QStringLiteral("--kind"),
        QStringLiteral("choice"), QStringLiteral("--options"),
        QStringLiteral("Lê Văn Cường,Phạm Thị Dung,Hoàng Văn Em"), QStringLiteral("--max"),
        QStringLiteral("2"), QStringLiteral("--rule"), QStringLiteral("da-so-phieu") });
    poll = pollOf(room.d2.status(), QStringLiteral("p2"));
    CHECK(poll.value(u"kind").toString() == u"choice");
    CHECK(poll.value(u"secret").toBool());
    room.d1.ok({ QStringLiteral("vote"), QStringLiteral("p2"),
        QStringLiteral("Phạm Thị Dung,Hoàng Văn Em") });
    room.chair.ok({ QStringLiteral("open-poll"), QStringLiteral("p3"), QStringLiteral("--title"),
        QStringLiteral("Có đồng ý không"), QStringLiteral("--kind"), QStringLiteral("yes-no") });
    CHECK(pollOf(room.d2.status(), QStringLiteral("p3")).value(u"kind").toString() == u"yes-no");

    checkRefused(room.d1.run({ QStringLiteral("open-poll"), QStringLiteral("p9"),
                     QStringLiteral("--title"), QStringLiteral("X") }),
        QStringLiteral("Only the chair"));
    checkRefused(room.secretary.run({ QStringLiteral("open-poll"), QStringLiteral("p9"),
                     QStringLiteral("--title"), QStringLiteral("X") }),
        QStringLiteral("Only the chair"));
    checkRefused(room.stranger.run({ QStringLiteral("open-poll"), QStringLiteral("p9"),
                     QStringLiteral("--title"), QStringLiteral("X") }),
        QStringLiteral("not enrolled"));
    checkRefused(room.chair.run({ QStringLiteral("open-poll"), QStringLiteral("p1"),
                     QStringLiteral("--title"), QStringLiteral("X") }),
        QStringLiteral("already opened"));
    CHECK_FALSE(pollOf(room.d1.status(), QStringLiteral("p9")).contains(u"id"));

    // Wrong command lines: usage errors.
    CHECK(room.chair.run({ QStringLiteral("open-poll"), QStringLiteral("p9") }).exitCode == 2);
    CHECK(room.chair
              .run({ QStringLiteral("open-poll"), QStringLiteral("p9"), QStringLiteral("--title"),
                  QStringLiteral("X"), QStringLiteral("--kind"), QStringLiteral("xổ-số") })
              .exitCode
        == 2);
    CHECK(room.chair
              .run({ QStringLiteral("open-poll"), QStringLiteral("p9"), QStringLiteral("--title"),
                  QStringLiteral("X"), QStringLiteral("--rule"), QStringLiteral("khong-co") })
              .exitCode
        == 2);
    CHECK(room.chair
              .run({ QStringLiteral("open-poll"), QStringLiteral("p9"), QStringLiteral("--title"),
                  QStringLiteral("X"), QStringLiteral("--kind"), QStringLiteral("choice") })
              .exitCode
        == 2);
}

TEST_CASE("session close-poll closes and signs the result on the chair's seat only",
    "[session][cli][chair]")
{
    Room room;
    room.everyoneChecksIn();
    room.chair.ok({ QStringLiteral("open-poll"), QStringLiteral("p1"), QStringLiteral("--title"),
        QStringLiteral("Thông qua Tờ trình"), QStringLiteral("--rule"),
        QStringLiteral("da-so-phieu") });
    room.d1.ok({ QStringLiteral("vote"), QStringLiteral("p1"), QStringLiteral("Tán thành") });
    room.d2.ok({ QStringLiteral("vote"), QStringLiteral("p1"), QStringLiteral("0") });

    checkRefused(room.d1.run({ QStringLiteral("close-poll"), QStringLiteral("p1") }),
        QStringLiteral("Only the chair"));
    checkRefused(room.secretary.run({ QStringLiteral("close-poll"), QStringLiteral("p1") }),
        QStringLiteral("Only the chair"));
    checkRefused(room.stranger.run({ QStringLiteral("close-poll"), QStringLiteral("p1") }),
        QStringLiteral("not enrolled"));
    CHECK(pollOf(room.d1.status(), QStringLiteral("p1")).value(u"status").toString() == u"open");

    const CliRun closed = room.chair.ok({ QStringLiteral("close-poll"), QStringLiteral("p1") });
    CHECK(closed.out.contains(QStringLiteral("closed")));
    CHECK(closed.out.contains(QStringLiteral("passed")));
    const QJsonObject poll = pollOf(room.d2.status(), QStringLiteral("p1"));
    CHECK(poll.value(u"status").toString() == u"closed");
    CHECK(poll.value(u"passed").toBool());
    CHECK(poll.value(u"verification").toObject().value(u"ok").toBool());
    CHECK(poll.value(u"verification").toObject().value(u"ownBallotCounted").toBool());

    checkRefused(room.chair.run({ QStringLiteral("close-poll"), QStringLiteral("p1") }),
        QStringLiteral("already closed"));
    checkRefused(room.chair.run({ QStringLiteral("close-poll"), QStringLiteral("khong-co") }),
        QStringLiteral("No poll"));
    CHECK(room.chair.run({ QStringLiteral("close-poll") }).exitCode == 2);
    CHECK(room.d1.ok({ QStringLiteral("verify") }).out.contains(QStringLiteral("clean")));
}

TEST_CASE(
    "session call-next makes the item current and gives the floor to the next speaker, in order",
    "[session][cli][chair]")
{
    Room room;
    room.everyoneChecksIn();
    room.d1.ok({ QStringLiteral("request-to-speak"), QStringLiteral("i1") });
    room.d2.ok(
        { QStringLiteral("request-to-speak"), QStringLiteral("i1"), QStringLiteral("--question") });

    checkRefused(room.d1.run({ QStringLiteral("call-next"), QStringLiteral("i1") }),
        QStringLiteral("Only the chair"));
    checkRefused(room.secretary.run({ QStringLiteral("call-next"), QStringLiteral("i1") }),
        QStringLiteral("Only the chair"));
    checkRefused(room.stranger.run({ QStringLiteral("request-to-speak"), QStringLiteral("i1") }),
        QStringLiteral("not enrolled"));

    const CliRun first = room.chair.ok({ QStringLiteral("call-next"), QStringLiteral("i1") });
    CHECK(first.out.contains(QStringLiteral("Ủy viên 1")));
    QJsonObject status = room.secretary.status();
    CHECK(status.value(u"currentItem").toString() == u"i1");
    CHECK(status.value(u"floor").toObject().value(u"participant").toString()
        == MeetingFixture::memberId(0));

    const CliRun second = room.chair.ok({ QStringLiteral("call-next"), QStringLiteral("i1") });
    CHECK(second.out.contains(QStringLiteral("Ủy viên 2")));
    status = room.d1.status();
    CHECK(status.value(u"floor").toObject().value(u"participant").toString()
        == MeetingFixture::memberId(1));
    CHECK(status.value(u"floor").toObject().value(u"type").toString() == u"question");

    const CliRun nobody = room.chair.run({ QStringLiteral("call-next"), QStringLiteral("i1") });
    CHECK(nobody.exitCode == 1);
    CHECK(nobody.err.contains(QStringLiteral("Nobody is waiting")));
    // Another item becomes current even when nobody waits on it.
    room.chair.run({ QStringLiteral("call-next"), QStringLiteral("i2") });
    CHECK(room.d2.status().value(u"currentItem").toString() == u"i2");
}

TEST_CASE("session conclude records the chair's conclusion in the decision chain, the secretary's "
          "as a draft",
    "[session][cli][chair]")
{
    Room room;
    room.everyoneChecksIn();
    room.openAndClose(QStringLiteral("p1"));
    room.chair.ok({ QStringLiteral("open-poll"), QStringLiteral("p2"), QStringLiteral("--title"),
        QStringLiteral("Còn mở") });

    checkRefused(room.d1.run({ QStringLiteral("conclude"), QStringLiteral("i1"),
                     QStringLiteral("Thông qua") }),
        QStringLiteral("Only the chair or the secretary"));
    checkRefused(room.stranger.run({ QStringLiteral("conclude"), QStringLiteral("i1"),
                     QStringLiteral("Thông qua") }),
        QStringLiteral("not enrolled"));
    checkRefused(
        room.chair.run({ QStringLiteral("conclude"), QStringLiteral("i1"),
            QStringLiteral("Thông qua"), QStringLiteral("--polls"), QStringLiteral("p2") }),
        QStringLiteral("not closed"));
    checkRefused(
        room.chair.run({ QStringLiteral("conclude"), QStringLiteral("i1"),
            QStringLiteral("Thông qua"), QStringLiteral("--polls"), QStringLiteral("p7") }),
        QStringLiteral("No poll"));
    CHECK(room.d1.status().value(u"decisions").toObject().value(u"count").toInt() == 0);

    const CliRun drafted = room.secretary.ok({ QStringLiteral("conclude"), QStringLiteral("i1"),
        QStringLiteral("Dự thảo: thông qua Tờ trình số 12"), QStringLiteral("--polls"),
        QStringLiteral("p1") });
    CHECK(drafted.out.contains(QStringLiteral("Draft")));
    CHECK(room.d1.status().value(u"decisions").toObject().value(u"count").toInt() == 0);

    room.chair.ok({ QStringLiteral("conclude"), QStringLiteral("i1"),
        QStringLiteral("Thông qua Tờ trình số 12/TTr-UBND"), QStringLiteral("--polls"),
        QStringLiteral("p1") });
    const QJsonObject decisions = room.d2.status().value(u"decisions").toObject();
    CHECK(decisions.value(u"count").toInt() == 1);
    CHECK(decisions.value(u"ok").toBool());
    CHECK(room.chair.run({ QStringLiteral("conclude"), QStringLiteral("i1") }).exitCode == 2);
}

TEST_CASE("session sign-minutes signs the minutes PDF on the chair's seat and locks them",
    "[session][cli][chair]")
{
    Room room;
    room.everyoneChecksIn();
    QTemporaryDir out;
    const QString pdf = out.filePath(QStringLiteral("bien-ban.pdf"));
    room.secretary.ok({ QStringLiteral("minutes"), pdf, QStringLiteral("--number"),
        QStringLiteral("Số: 15/BB-UBND") });

    checkRefused(room.secretary.run({ QStringLiteral("sign-minutes"), pdf }),
        QStringLiteral("Only the chair"));
    checkRefused(
        room.d1.run({ QStringLiteral("sign-minutes"), pdf }), QStringLiteral("Only the chair"));
    checkRefused(
        room.stranger.run({ QStringLiteral("sign-minutes"), pdf }), QStringLiteral("not enrolled"));
    CHECK(room.d1.status().value(u"minutesSha256").toString().isEmpty());

    const CliRun signedRun = room.chair.ok({ QStringLiteral("sign-minutes"), pdf });
    CHECK(signedRun.out.contains(Sha256::hexOfFile(pdf)));
    CHECK(room.d2.status().value(u"minutesSha256").toString() == Sha256::hexOfFile(pdf));
    checkRefused(
        room.chair.run({ QStringLiteral("sign-minutes"), pdf }), QStringLiteral("already signed"));
    CHECK(room.chair
              .run({ QStringLiteral("sign-minutes"), out.filePath(QStringLiteral("khong-co.pdf")) })
              .exitCode
        == 2);
}

TEST_CASE(
    "session check-in of someone else is the secretary's, another role is refused with exit 4",
    "[session][cli]")
{
    Room room;
    checkRefused(room.d1.run({ QStringLiteral("check-in"), MeetingFixture::memberId(1) }),
        QStringLiteral("Only the secretary"));
    checkRefused(room.chair.run({ QStringLiteral("check-in"), MeetingFixture::memberId(1) }),
        QStringLiteral("Only the secretary"));
    const CliRun r = room.secretary.ok({ QStringLiteral("check-in"), MeetingFixture::memberId(1) });
    CHECK(r.out.contains(QStringLiteral("Ủy viên 2")));
    const QJsonObject status = room.d1.status();
    CHECK(findById(status.value(u"attendance").toObject().value(u"participants").toArray(),
              QStringLiteral("id"), MeetingFixture::memberId(1))
              .value(u"status")
              .toString()
        == u"present");
}

TEST_CASE("session SUBCOMMAND --help prints the session usage on standard output and exits 0",
    "[session][cli]")
{
    Cli cli;
    for (const QString &sub :
        { QStringLiteral("open-poll"), QStringLiteral("close-poll"), QStringLiteral("call-next"),
            QStringLiteral("conclude"), QStringLiteral("sign-minutes"), QStringLiteral("check-in"),
            QStringLiteral("vote"), QStringLiteral("request-to-speak") }) {
        INFO(sub.toStdString());
        const CliRun r = cli.run({ QStringLiteral("session"), sub, QStringLiteral("--help") });
        CHECK(r.exitCode == 0);
        CHECK(r.out.contains(sub));
        CHECK(r.out.contains(QStringLiteral("Usage: phonghop-cli session")));
    }
    const CliRun r = cli.ok({ QStringLiteral("session"), QStringLiteral("--help") });
    for (const QString &synopsis :
        { QStringLiteral("open-poll POLL --title TEXT"), QStringLiteral("close-poll POLL"),
            QStringLiteral("call-next ITEM"), QStringLiteral("conclude ITEM TEXT [--polls P,...]"),
            QStringLiteral("sign-minutes FILE.pdf") })
        CHECK(r.out.contains(synopsis));
}
