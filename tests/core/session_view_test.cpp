// What a seat shows of the session, decided in the core (issue 19): which poll, and
// "item N of M" of the agenda.
#include <catch2/catch.hpp>

#include "meeting_core/session/sessionstate.h"

using namespace phonghop;

namespace {
PollState poll(const char *id, bool closed)
{
    PollState p;
    p.open.poll.id = QString::fromLatin1(id);
    p.closed = closed;
    return p;
}

AgendaItem item(const char *id, const char *parent = "")
{
    AgendaItem i;
    i.id = QString::fromLatin1(id);
    i.parentId = QString::fromLatin1(parent);
    return i;
}
} // namespace

TEST_CASE("The poll shown: an open poll wins, the shown one stays, the one just opened comes first",
    "[session][view]")
{
    SessionState state;
    CHECK(state.pollToShow({}).isEmpty());
    CHECK(state.pollToShow(QStringLiteral("p1")).isEmpty()); // no polls: nothing to show

    state.polls = { poll("p1", true), poll("p2", true) };
    CHECK(state.pollToShow({}) == QStringLiteral("p2")); // none open: the last one
    CHECK(state.pollToShow(QStringLiteral("p1")) == QStringLiteral("p1")); // kept

    state.polls = { poll("p1", true), poll("p2", false), poll("p3", false), poll("p4", true) };
    CHECK(state.pollToShow({}) == QStringLiteral("p3")); // the last open one
    CHECK(state.pollToShow(QStringLiteral("p1")) == QStringLiteral("p3")); // a closed one gives way
    CHECK(state.pollToShow(QStringLiteral("p2")) == QStringLiteral("p2")); // an open one stays
    CHECK(state.pollToShow(QStringLiteral("gone")) == QStringLiteral("p1")); // unknown: the first

    // The poll this seat just opened, once the state has it.
    CHECK(state.pollToShow(QStringLiteral("p2"), QStringLiteral("p4")) == QStringLiteral("p4"));
    CHECK(state.pollToShow(QStringLiteral("p2"), QStringLiteral("p9")) == QStringLiteral("p2"));
}

TEST_CASE("Item N of M counts the agenda's top-level items", "[session][view]")
{
    const QList<AgendaItem> agenda { item("i1"), item("i1a", "i1"), item("i2"), item("i3"),
        item("i3a", "i3") };
    SessionState state;
    CHECK(state.agendaPosition(agenda) == AgendaPosition { 0, 3 }); // no item current yet
    state.currentItemId = QStringLiteral("i1");
    CHECK(state.agendaPosition(agenda) == AgendaPosition { 1, 3 });
    state.currentItemId = QStringLiteral("i3");
    CHECK(state.agendaPosition(agenda) == AgendaPosition { 3, 3 });
    state.currentItemId = QStringLiteral("i1a"); // a sub-item is not counted
    CHECK(state.agendaPosition(agenda) == AgendaPosition { 0, 3 });
    CHECK(state.agendaPosition({}) == AgendaPosition { 0, 0 });
}

TEST_CASE(
    "Names come from the roster, and a conclusion cites the closed polls no decision cites yet",
    "[session][view]")
{
    SessionState state;
    RosterParticipant an;
    an.id = QStringLiteral("nguyen-van-an");
    an.name = QStringLiteral("Nguyễn Văn An");
    state.roster.roster.participants << an;
    CHECK(
        state.participantName(QStringLiteral("nguyen-van-an")) == QStringLiteral("Nguyễn Văn An"));
    CHECK(state.participantName(QStringLiteral("ai-do"))
        == QStringLiteral("ai-do")); // not listed: the id

    state.polls = { poll("p1", true), poll("p2", true), poll("p3", false), poll("p4", true) };
    state.polls[0].closeHash = QStringLiteral("close-1");
    state.polls[1].closeHash = QStringLiteral("close-2");
    state.polls[3].closeHash = QStringLiteral("close-4");
    CHECK(state.closedPollsWithoutDecision()
        == QStringList { QStringLiteral("p1"), QStringLiteral("p2"), QStringLiteral("p4") });
    DecisionRecord decision;
    decision.pollCloseHashes = { QStringLiteral("close-2") };
    state.chain.decisions << decision;
    CHECK(state.closedPollsWithoutDecision()
        == QStringList { QStringLiteral("p1"), QStringLiteral("p4") });
}
