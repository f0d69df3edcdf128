// Reading the live session: incrementally (a record is read from the share once), and in the
// background (the app's screen never waits for the share), with actions and the chair's close
// working the same way there.
#include "session_fixture.h"

#include "meeting_core/session/sessionscanner.h"

#include <QSignalSpy>

using namespace phonghop;
using namespace phonghop::test;

namespace {
// Waits (on the event loop) until the seat's background refresh has delivered its state.
void settle(SessionService &seat)
{
    for (int round = 0; round < 200 && seat.refreshing(); ++round) {
        QSignalSpy arrived(&seat, &SessionService::stateChanged);
        arrived.wait(100);
    }
    REQUIRE_FALSE(seat.refreshing());
}

int recordFiles(const SessionShare &share)
{
    int n = 0;
    for (const QString &device : QDir(share.root() + QStringLiteral("/devices"))
                                     .entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        n += static_cast<int>(QDir(share.root() + QStringLiteral("/devices/") + device)
                                  .entryList(QDir::Files)
                                  .size());
    return n;
}
} // namespace

TEST_CASE("A refresh reads only the records it has not seen before")
{
    SessionShare share;
    auto d1 = share.seat(share.m.memberKeys[0]);
    auto d2 = share.seat(share.m.memberKeys[1]);
    REQUIRE((*d1)->checkIn().ok());
    REQUIRE((*d2)->checkIn().ok());

    auto chair = share.seat(share.m.chairKey); // its first look reads everything
    CHECK((*chair)->lastRecordsRead() == recordFiles(share));
    REQUIRE((*chair)->refresh().ok());
    CHECK((*chair)->lastRecordsRead() == 0); // nothing new: nothing read
    CHECK((*chair)->state().summary.present == 2);

    REQUIRE((*d2)->requestToSpeak(QStringLiteral("item-1"), SpeakType::Question).ok());
    REQUIRE((*chair)->refresh().ok());
    CHECK((*chair)->lastRecordsRead() == 1);
    CHECK((*chair)->state().requests.size() == 1);
}

TEST_CASE("A record still being copied in is read again until it is whole, then counted")
{
    SessionShare share;
    auto chair = share.seat(share.m.chairKey);
    auto d1 = share.seat(share.m.memberKeys[0]);
    REQUIRE((*d1)->checkIn().ok());
    const QString name = share.names(share.m.memberKeys[0], QStringLiteral("check-in")).value(0);
    REQUIRE_FALSE(name.isEmpty());
    const QByteArray whole = share.get(share.m.memberKeys[0], name);
    // Another tool is still writing the file: the chair sees half of it.
    QFile::remove(share.folder(share.m.memberKeys[0]) + u'/' + name);
    share.put(share.m.memberKeys[0], name, whole.left(whole.size() / 2));
    SessionScanner scanner;
    SessionScanInput input;
    input.sharePath = share.root();
    input.meetingId = share.meetingId();
    input.organisationPin = keyFingerprint(share.m.organisation.publicKey());
    SessionScanResult first = scanner.scan(input);
    REQUIRE(first.roster);
    CHECK(first.state.summary.present == 0);
    CHECK_FALSE(first.state.problems.isEmpty()); // the half file is reported
    QFile::remove(share.folder(share.m.memberKeys[0]) + u'/' + name);
    share.put(share.m.memberKeys[0], name, whole);
    const SessionScanResult second = scanner.scan(input);
    CHECK(second.recordsRead == 1); // the half file was not kept: read again
    CHECK(second.state.summary.present == 1);
    CHECK(scanner.scan(input).recordsRead == 0);
}

TEST_CASE("In the background a refresh returns at once and the state arrives from the event loop")
{
    SessionShare share;
    auto d1 = share.seat(share.m.memberKeys[0]);
    auto chair = share.seat(share.m.chairKey);
    REQUIRE((*d1)->checkIn().ok());
    SessionService &seat = **chair;
    seat.setBackgroundRefresh(true);
    QSignalSpy changed(&seat, &SessionService::stateChanged);
    seat.requestRefresh();
    // Nothing was read on this thread: the state is the one before the check-in.
    CHECK(changed.isEmpty());
    CHECK(seat.refreshing());
    CHECK(seat.state().summary.present == 0);
    settle(seat);
    CHECK(changed.size() >= 1);
    CHECK(seat.state().summary.present == 1);

    // An action is durable at once and shows up when the worker has read it back.
    REQUIRE(seat.checkIn().ok());
    CHECK(seat.state().summary.present == 1);
    settle(seat);
    CHECK(seat.state().summary.present == 2);
    CHECK(seat.pendingDeliveries() == 0);
}

TEST_CASE("In the background the chair's close counts the ballots the worker reads, and every seat "
          "verifies it")
{
    SessionShare share;
    auto chair = share.seat(share.m.chairKey);
    auto d1 = share.seat(share.m.memberKeys[0]);
    auto d2 = share.seat(share.m.memberKeys[1]);
    const QString pollId = QStringLiteral("bq-nen");
    REQUIRE((*chair)->openPoll(MeetingFixture::approvalPoll(pollId)).ok());
    REQUIRE((*d1)->refresh().ok());
    REQUIRE((*d2)->refresh().ok());
    (*chair)->setBackgroundRefresh(true);
    (*d1)->setBackgroundRefresh(true);
    REQUIRE((*d1)->castVote(pollId, { 0 }).ok());
    settle(**d1);
    // d2 votes after the chair last looked: the close must still count it.
    REQUIRE((*d2)->castVote(pollId, { 1 }).ok());
    REQUIRE((*chair)->closePoll(pollId).ok());
    CHECK_FALSE((*chair)->state().poll(pollId)->closed); // not yet: the worker closes it
    settle(**chair);
    const PollState *closed = (*chair)->state().poll(pollId);
    REQUIRE(closed);
    REQUIRE(closed->closed);
    CHECK(closed->verification.close.acceptedBallotHashes.size() == 2);
    (*d1)->requestRefresh();
    settle(**d1);
    const PollState *seen = (*d1)->state().poll(pollId);
    REQUIRE(seen);
    CHECK(seen->closed);
    CHECK(seen->verification.ownBallotCounted);
    CHECK(seen->verification.recountMatches);
}

TEST_CASE("A background read for the meeting the seat has left is dropped")
{
    SessionShare share;
    auto chair = share.seat(share.m.chairKey);
    SessionService &seat = **chair;
    seat.setMeetingId(QStringLiteral("another-meeting"));
    REQUIRE_FALSE(seat.hasRoster());
    seat.setMeetingId(share.meetingId());
    seat.setBackgroundRefresh(true);
    seat.requestRefresh(); // reads the roster of share.meetingId()…
    seat.setMeetingId(QStringLiteral("another-meeting")); // …but the seat moves on meanwhile
    seat.requestRefresh();
    settle(seat);
    CHECK_FALSE(seat.hasRoster());
    CHECK(seat.meetingId() == QStringLiteral("another-meeting"));
}

TEST_CASE(
    "In the background two conclusions recorded in quick succession follow each other in the chain")
{
    SessionShare share;
    auto chair = share.seat(share.m.chairKey);
    SessionService &seat = **chair;
    seat.setBackgroundRefresh(true);
    REQUIRE(seat.recordConclusion(QStringLiteral("item-1"), QStringLiteral("Thông qua"), {}).ok());
    // The first is not read back yet when the second is recorded.
    REQUIRE(seat.recordConclusion(
                    QStringLiteral("item-2"), QStringLiteral("Giao Văn phòng hoàn thiện"), {})
                .ok());
    settle(seat);
    seat.requestRefresh();
    settle(seat);
    const ChainReport &chain = seat.state().chain;
    CHECK(chain.ok());
    REQUIRE(chain.decisions.size() == 2);
    CHECK(chain.decisions.at(1).conclusion == QStringLiteral("Giao Văn phòng hoàn thiện"));
}

TEST_CASE("A vanished share keeps the last session on screen, says so, and delivers what was done "
          "meanwhile when it is back")
{
    SessionShare share;
    auto d1 = share.seat(share.m.memberKeys[0]);
    auto chair = share.seat(share.m.chairKey);
    REQUIRE((*d1)->checkIn().ok());
    REQUIRE((*chair)->refresh().ok());
    REQUIRE((*chair)->state().summary.present == 1);
    CHECK((*chair)->shareReachable());
    const QDateTime lastRead = (*chair)->lastReadAt();
    REQUIRE(lastRead.isValid());

    const QString away = share.root() + QStringLiteral("-unmounted");
    REQUIRE(QDir().rename(share.root(), away));
    const Status refreshed = (*chair)->refresh();
    CHECK_FALSE(refreshed.ok());
    CHECK(refreshed.error().contains(QStringLiteral("cannot be reached")));
    CHECK_FALSE((*chair)->shareReachable());
    CHECK((*chair)->state().summary.present == 1); // not "nobody is here"
    CHECK((*chair)->lastReadAt() == lastRead);
    // The chair moves to the next item meanwhile: kept on the seat, and it says so.
    const Status moved = (*chair)->setCurrentItem(QStringLiteral("item-2"));
    CHECK_FALSE(moved.ok());
    CHECK(moved.error().contains(QStringLiteral("Kept on this seat")));
    CHECK((*chair)->pendingDeliveries() == 1);

    REQUIRE(QDir().rename(away, share.root()));
    REQUIRE((*chair)->refresh().ok());
    CHECK((*chair)->shareReachable());
    CHECK((*chair)->pendingDeliveries() == 0);
    CHECK((*chair)->state().currentItemId == QStringLiteral("item-2"));
    CHECK((*chair)->state().summary.present == 1);
}

TEST_CASE(
    "In the background a close the vanished share stopped is reported, and the poll stays open",
    "[session]")
{
    SessionShare share;
    auto chair = share.seat(share.m.chairKey);
    const QString pollId = QStringLiteral("bq-mat");
    REQUIRE((*chair)->openPoll(MeetingFixture::approvalPoll(pollId)).ok());
    SessionService &seat = **chair;
    seat.setBackgroundRefresh(true);
    const QString away = share.root() + QStringLiteral("-away");
    REQUIRE(QDir().rename(share.root(), away));
    QSignalSpy problems(&seat, &SessionService::problemOccurred);
    REQUIRE(seat.closePoll(pollId).ok()); // asked; the worker finds the share gone
    settle(seat);
    REQUIRE(problems.size() == 1);
    CHECK(problems.at(0).at(0).toString().contains(QStringLiteral("not closed")));
    CHECK_FALSE(seat.state().poll(pollId)->closed);
    // A plain refresh of the vanished share is not reported again and again.
    seat.requestRefresh();
    settle(seat);
    CHECK(problems.size() == 1);
    REQUIRE(QDir().rename(away, share.root()));
}
