// The speakers' list as the fold reads it (issue 15): topics, withdrawals (one's own only), the
// chair's close, reopen, order and removal (the chair's only), the speaking time per speaker,
// and speeches filed under the agenda item that was current when they were given.
#include "voting_fixture.h"

#include "meeting_core/session/sessionrecords.h"
#include "meeting_core/session/sessionstate.h"

#include <QJsonArray>

using namespace phonghop;
using namespace phonghop::test;

namespace {

struct SpeakersRoom {
    MeetingFixture m;
    QList<SessionFile> files;
    SessionContext ctx;

    // A record signed by key at t0 + seconds, first seen then too (unless seenAt says later).
    QString sign(const SigningKey &key, const QString &kind, int seconds, const QJsonObject &fields,
        int seenAt = -1)
    {
        const QDateTime at = m.t0.addSecs(seconds);
        const SignedRecord r = makeSessionRecord(kind, m.roster.meetingId, at, fields, key);
        files << SessionFile { MeetingFixture::folderOf(key), sessionRecordFileName(r, at),
            r.toBytes() };
        ctx.firstSeen.insert(r.hash(), m.t0.addSecs(seenAt < 0 ? seconds : seenAt));
        return r.hash();
    }
    QString ask(int member, const QString &item, int seconds, const QString &type = {},
        const QString &text = {})
    {
        QJsonObject fields { { QStringLiteral("item"), item },
            { QStringLiteral("type"), type.isEmpty() ? QStringLiteral("speak") : type } };
        if (!text.isEmpty())
            fields.insert(QStringLiteral("text"), text);
        return sign(m.memberKeys.at(static_cast<size_t>(member)), sessionkinds::speakRequest,
            seconds, fields);
    }
    QString chair(const QString &kind, int seconds, const QJsonObject &fields)
    {
        return sign(m.chairKey, kind, seconds, fields);
    }
    QString list(const QString &action, const QString &item, int seconds, QJsonObject more = {})
    {
        more.insert(QStringLiteral("action"), action);
        more.insert(QStringLiteral("item"), item);
        return chair(sessionkinds::speakersList, seconds, more);
    }
    QString floor(const QString &action, const QString &request, int seconds)
    {
        return chair(sessionkinds::floor, seconds,
            { { QStringLiteral("action"), action }, { QStringLiteral("request"), request } });
    }
    SessionState fold() const { return foldSession(m.verified, files, ctx); }
};

QStringList whoWaits(const SessionState &state, SpeakType type, const QString &item)
{
    QStringList who;
    for (const SpeakRequest &r : state.queue(type, item))
        who << r.participantId;
    return who;
}

QString problemsText(const SessionState &state)
{
    QStringList all;
    for (const SessionProblem &p : state.problems)
        all << p.message;
    return all.join(u'\n');
}

} // namespace

TEST_CASE(
    "Speakers' list fold: a request carries its topic and questions and speeches are two lists",
    "[session][speakers]")
{
    SpeakersRoom room;
    room.ask(0, QStringLiteral("i1"), 10, {}, QStringLiteral("Kinh phí sửa đường liên thôn"));
    room.ask(1, QStringLiteral("i1"), 20, QStringLiteral("question"));
    room.ask(2, QStringLiteral("i1"), 30);
    const SessionState state = room.fold();
    INFO(problemsText(state).toStdString());
    CHECK(state.problems.isEmpty());
    CHECK(whoWaits(state, SpeakType::Speak, QStringLiteral("i1"))
        == QStringList { MeetingFixture::memberId(0), MeetingFixture::memberId(2) });
    CHECK(whoWaits(state, SpeakType::Question, QStringLiteral("i1"))
        == QStringList { MeetingFixture::memberId(1) });
    CHECK(state.queue(SpeakType::Speak).first().text == u"Kinh phí sửa đường liên thôn");
}

TEST_CASE("Speakers' list fold: a topic longer than the limit is refused and reported",
    "[session][speakers]")
{
    SpeakersRoom room;
    room.ask(0, QStringLiteral("i1"), 10, {}, QString(maxSpeakTextLength + 1, u'a'));
    room.ask(1, QStringLiteral("i1"), 20, {}, QString(maxSpeakTextLength, u'b'));
    const SessionState state = room.fold();
    CHECK(whoWaits(state, SpeakType::Speak, QStringLiteral("i1"))
        == QStringList { MeetingFixture::memberId(1) });
    REQUIRE(state.problems.size() == 1);
    CHECK(state.problems.first().message.contains(QStringLiteral("longer than")));
}

TEST_CASE("Speakers' list fold: a delegate withdraws their own request and a withdrawal of "
          "someone else's is refused and reported",
    "[session][speakers]")
{
    SpeakersRoom room;
    const QString first = room.ask(0, QStringLiteral("i1"), 10);
    const QString second = room.ask(1, QStringLiteral("i1"), 20);
    room.sign(room.m.memberKeys[0], sessionkinds::speakWithdraw, 30,
        { { QStringLiteral("request"), first } });
    // Ủy viên 1 tries to take Ủy viên 2 off the list too.
    room.sign(room.m.memberKeys[0], sessionkinds::speakWithdraw, 40,
        { { QStringLiteral("request"), second } });
    const SessionState state = room.fold();
    CHECK(whoWaits(state, SpeakType::Speak, QStringLiteral("i1"))
        == QStringList { MeetingFixture::memberId(1) });
    REQUIRE(state.request(first));
    CHECK(state.request(first)->withdrawn);
    CHECK_FALSE(state.request(second)->withdrawn);
    REQUIRE(state.problems.size() == 1);
    CHECK(state.problems.first().message.contains(QStringLiteral("may not withdraw")));
    CHECK(state.problems.first().message.contains(QStringLiteral("Ủy viên 2")));
}

TEST_CASE("Speakers' list fold: a close signed by anyone but the chair is refused and the list "
          "stays open",
    "[session][speakers]")
{
    SpeakersRoom room;
    room.sign(room.m.memberKeys[0], sessionkinds::speakersList, 10,
        { { QStringLiteral("action"), QStringLiteral("close") },
            { QStringLiteral("item"), QStringLiteral("i1") } });
    room.sign(room.m.secretaryKey, sessionkinds::speakingLimit, 11,
        { { QStringLiteral("item"), QString() }, { QStringLiteral("seconds"), 30 } });
    room.ask(1, QStringLiteral("i1"), 20);
    const SessionState state = room.fold();
    CHECK_FALSE(state.speakerListClosed(QStringLiteral("i1")));
    CHECK(state.meetingSpeakingLimitSecs == 0);
    CHECK(whoWaits(state, SpeakType::Speak, QStringLiteral("i1"))
        == QStringList { MeetingFixture::memberId(1) });
    REQUIRE(state.problems.size() == 2);
    for (const SessionProblem &p : state.problems)
        CHECK(p.message.contains(QStringLiteral("Only the chair")));
}

TEST_CASE("Speakers' list fold: after the chair closes an item's list its requests are refused "
          "and reported (other items' are not) until it is reopened",
    "[session][speakers]")
{
    SpeakersRoom room;
    room.ask(0, QStringLiteral("i1"), 10); // before the close
    room.list(QStringLiteral("close"), QStringLiteral("i1"), 20);
    room.ask(1, QStringLiteral("i1"), 30); // refused
    room.ask(2, QStringLiteral("i2"), 31); // another item: taken
    // Signed before the close by its signer's clock, but first seen after it: refused too.
    room.sign(room.m.memberKeys[3], sessionkinds::speakRequest, 15,
        { { QStringLiteral("item"), QStringLiteral("i1") },
            { QStringLiteral("type"), QStringLiteral("question") } },
        25);
    SessionState state = room.fold();
    CHECK(state.speakerListClosed(QStringLiteral("i1")));
    CHECK(whoWaits(state, SpeakType::Speak, QStringLiteral("i1"))
        == QStringList { MeetingFixture::memberId(0) });
    CHECK(whoWaits(state, SpeakType::Question, QStringLiteral("i1")).isEmpty());
    CHECK(whoWaits(state, SpeakType::Speak, QStringLiteral("i2"))
        == QStringList { MeetingFixture::memberId(2) });
    REQUIRE(state.problems.size() == 2);
    CHECK(state.problems.at(0).message.contains(QStringLiteral("closed the speakers' list")));

    room.list(QStringLiteral("reopen"), QStringLiteral("i1"), 40);
    room.ask(1, QStringLiteral("i1"), 50);
    state = room.fold();
    CHECK_FALSE(state.speakerListClosed(QStringLiteral("i1")));
    CHECK(whoWaits(state, SpeakType::Speak, QStringLiteral("i1"))
        == QStringList { MeetingFixture::memberId(0), MeetingFixture::memberId(1) });
    CHECK(state.problems.size() == 2); // the two refused before stay refused
}

TEST_CASE("Speakers' list fold: the chair reorders a list and removes a request and later "
          "requests keep their place after the order",
    "[session][speakers]")
{
    SpeakersRoom room;
    const QString a = room.ask(0, QStringLiteral("i1"), 10);
    const QString b = room.ask(1, QStringLiteral("i1"), 20);
    const QString c = room.ask(2, QStringLiteral("i1"), 30);
    const QString q = room.ask(3, QStringLiteral("i1"), 35, QStringLiteral("question"));
    room.list(QStringLiteral("order"), QStringLiteral("i1"), 40,
        { { QStringLiteral("type"), QStringLiteral("speak") },
            { QStringLiteral("requests"), QJsonArray { c, a, b } } });
    room.ask(3, QStringLiteral("i1"), 50); // a speech too, after the order
    room.list(
        QStringLiteral("remove"), QStringLiteral("i1"), 60, { { QStringLiteral("request"), a } });
    const SessionState state = room.fold();
    INFO(problemsText(state).toStdString());
    CHECK(state.problems.isEmpty());
    CHECK(whoWaits(state, SpeakType::Speak, QStringLiteral("i1"))
        == QStringList { MeetingFixture::memberId(2), MeetingFixture::memberId(1),
            MeetingFixture::memberId(3) });
    CHECK(state.request(a)->removed);
    CHECK(whoWaits(state, SpeakType::Question, QStringLiteral("i1"))
        == QStringList { MeetingFixture::memberId(3) });
    CHECK(state.request(q)->waiting());
}

TEST_CASE("Speakers' list fold: the speaking time per speaker for the meeting and per item",
    "[session][speakers]")
{
    SpeakersRoom room;
    room.chair(sessionkinds::speakingLimit, 10,
        { { QStringLiteral("item"), QString() }, { QStringLiteral("seconds"), 180 } });
    room.chair(sessionkinds::speakingLimit, 20,
        { { QStringLiteral("item"), QStringLiteral("i2") }, { QStringLiteral("seconds"), 60 } });
    room.chair(sessionkinds::speakingLimit, 21,
        { { QStringLiteral("item"), QStringLiteral("i3") }, { QStringLiteral("seconds"), 90 } });
    room.chair(sessionkinds::speakingLimit, 30,
        { { QStringLiteral("item"), QStringLiteral("i3") }, { QStringLiteral("seconds"), 0 } });
    room.chair(sessionkinds::speakingLimit, 40,
        { { QStringLiteral("item"), QStringLiteral("i4") },
            { QStringLiteral("seconds"), maxSpeakingLimitSecs + 1 } });
    const SessionState state = room.fold();
    CHECK(state.speakingLimitSecs(QStringLiteral("i1")) == 180);
    CHECK(state.speakingLimitSecs(QStringLiteral("i2")) == 60);
    CHECK(state.speakingLimitSecs(QStringLiteral("i3")) == 180); // its own removed
    CHECK(state.speakingLimitSecs(QStringLiteral("i4")) == 180); // out of bounds: ignored
    CHECK(state.problems.size() == 1);
}

TEST_CASE("Speakers' list fold: a speech is filed under the agenda item current when it was "
          "given and not under the item the request named",
    "[session][speakers]")
{
    SpeakersRoom room;
    const QString early = room.ask(0, QStringLiteral("4a"), 10);
    const QString late = room.ask(1, QStringLiteral("4a"), 11);
    const QString third = room.ask(2, QStringLiteral("7"), 12);
    // Before any item is current: filed under the item asked about.
    room.floor(QStringLiteral("call"), early, 20);
    room.floor(QStringLiteral("start"), early, 21);
    room.floor(QStringLiteral("stop"), early, 30);
    room.chair(sessionkinds::agendaItem, 40, { { QStringLiteral("item"), QStringLiteral("3") } });
    room.floor(QStringLiteral("call"), late, 50);
    room.floor(QStringLiteral("start"), late, 51);
    // The chair moves on while Ủy viên 2 still speaks: the speech stays under item 3.
    room.chair(sessionkinds::agendaItem, 55, { { QStringLiteral("item"), QStringLiteral("5") } });
    room.floor(QStringLiteral("stop"), late, 60);
    room.floor(QStringLiteral("call"), third, 70);
    room.floor(QStringLiteral("start"), third, 71);
    room.floor(QStringLiteral("stop"), third, 80);
    const SessionState state = room.fold();
    REQUIRE(state.speeches.size() == 3);
    CHECK(state.speeches.at(0).itemId == u"4a");
    CHECK(state.speeches.at(1).itemId == u"3");
    CHECK(state.speeches.at(1).requestItemId == u"4a");
    CHECK(state.speeches.at(2).itemId == u"5");
    CHECK(state.speeches.at(2).requestItemId == u"7");
}
