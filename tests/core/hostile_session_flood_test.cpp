// Issue 13, item 8 (the session scanner's bounds): someone with write access floods the share
// with junk — records signed by keys no roster lists, in folders of their own and inside a
// delegate's folder, and files that are no records at all. The seat's session is unchanged, the
// junk is kept only compactly and never read again while it does not change, its problems are
// summed up per folder instead of one line per file, and a key a later roster revision enrols
// has what it wrote read then. (The figures, with and without a flood, are measured by
// `phonghop-bench session`, docs/benchmarks.md.)
#include "hostile_session_fixture.h"

#include "meeting_core/session/sessionscanner.h"

using namespace phonghop;
using namespace phonghop::test;

namespace {
constexpr int memberIndex(int i)
{
    return 3 + i;
}

struct FloodRoom {
    SessionShare share { 3 };
    std::unique_ptr<Seat> chair = share.seat(share.m.chairKey);
    std::unique_ptr<Seat> d1 = share.seat(share.m.memberKeys[0]);
    std::unique_ptr<Seat> d2 = share.seat(share.m.memberKeys[1]);

    FloodRoom()
    {
        REQUIRE((*chair)->checkIn().ok());
        REQUIRE((*d1)->checkIn().ok());
        REQUIRE((*chair)->openPoll(MeetingFixture::approvalPoll(QStringLiteral("p1"))).ok());
        REQUIRE((*d1)->refresh().ok());
        REQUIRE((*d1)->castVote(QStringLiteral("p1"), { 0 }).ok());
    }
    SessionScanInput input() const
    {
        SessionScanInput in;
        in.sharePath = share.root();
        in.meetingId = share.meetingId();
        in.organisationPin = keyFingerprint(share.m.organisation.publicKey());
        in.key = share.m.chairKey;
        return in;
    }
    // A check-in of uy-vien-3 signed by a key no roster lists.
    SignedRecord junk(const SigningKey &stranger, int i) const
    {
        return makeSessionRecord(sessionkinds::checkIn, share.meetingId(),
            QDateTime::currentDateTimeUtc().addMSecs(i),
            { { QStringLiteral("participant"), MeetingFixture::memberId(2) } }, stranger);
    }
    void flood() const
    {
        for (int k = 0; k < 60; ++k) { // 60 strangers, 5 records each, in folders of their own
            const SigningKey stranger = SigningKey::fromSeed(QByteArray(32, char(100 + k)));
            for (int i = 0; i < 5; ++i) {
                const SignedRecord r = junk(stranger, i);
                share.put(stranger,
                    sessionRecordFileName(r, QDateTime::currentDateTimeUtc().addMSecs(i)),
                    r.toBytes());
            }
        }
        const SigningKey intruder = SigningKey::fromSeed(QByteArray(32, char(99)));
        for (int i = 0; i < 300; ++i) { // inside d1's folder
            const SignedRecord r = junk(intruder, i);
            share.put(share.m.memberKeys[0], QStringLiteral("check-in-flood-%1.json").arg(i),
                r.toBytes());
        }
        for (int i = 0; i < 100; ++i) // not records at all, inside d2's folder
            share.put(share.m.memberKeys[1], QStringLiteral("check-in-junk-%1.json").arg(i),
                QByteArray(200, 'x'));
        for (int i = 0; i < 20; ++i)
            share.put(share.m.memberKeys[1], QStringLiteral("ballot-p1-junk-%1.json").arg(i),
                QByteArrayLiteral("{\"kind\":"));
    }
};

int problemsAbout(const SessionState &state, const QString &folder)
{
    return static_cast<int>(std::count_if(state.problems.cbegin(), state.problems.cend(),
        [&folder](const SessionProblem &p) { return p.deviceFolder == folder; }));
}
} // namespace

TEST_CASE("A flood of junk leaves the session as it was, is kept only compactly, summed up per "
          "folder, and not read again",
    "[hostile][session][flood]")
{
    FloodRoom room;
    SessionScanner clean;
    const SessionScanResult before = clean.scan(room.input());
    REQUIRE(before.roster);
    const int records = clean.knownRecords();
    room.flood();

    SessionScanner scanner;
    const SessionScanResult first = scanner.scan(room.input());
    REQUIRE(first.roster);
    CHECK(first.state.summary.present == before.state.summary.present);
    REQUIRE(first.state.polls.size() == 1);
    CHECK(first.state.polls.first().ballots.accepted.size() == 1);
    CHECK(first.statistics.foreignFolders == 60);
    CHECK(first.statistics.foreignRecords == 300);
    CHECK(first.statistics.unreadableFiles == 120);
    CHECK(scanner.knownRecords() == records); // the junk's bytes are not kept
    CHECK(scanner.junkRemembered() == 300 + 120);

    // d1's folder: one line for 300 records; d2's: the first few, then one line for the rest.
    const QString d1Folder = MeetingFixture::folderOf(room.share.m.memberKeys[0]);
    const QString d2Folder = MeetingFixture::folderOf(room.share.m.memberKeys[1]);
    CHECK(problemsAbout(first.state, d1Folder) == 1);
    const auto d1Problem = std::find_if(first.state.problems.cbegin(), first.state.problems.cend(),
        [&](const SessionProblem &p) { return p.deviceFolder == d1Folder; });
    REQUIRE(d1Problem != first.state.problems.cend());
    CHECK(d1Problem->message.startsWith(
        QStringLiteral("300 record(s) in this folder are signed by keys no roster")));
    CHECK(problemsAbout(first.state, d2Folder) <= SessionScanner::junkListedPerFolder + 2);
    CHECK(first.state.problems.size() < 20);

    const SessionScanResult second = scanner.scan(room.input());
    CHECK(second.recordsRead == 0);
    CHECK(second.state.problems.size() == first.state.problems.size());
    CHECK(second.state.summary.present == before.state.summary.present);
}

TEST_CASE("A broken file that becomes whole is read again and counts, and a stranger a new roster "
          "revision enrols is heard from then",
    "[hostile][session][flood]")
{
    FloodRoom room;
    room.flood();
    SessionScanner scanner;
    REQUIRE(scanner.scan(room.input()).roster);

    // uy-vien-2's check-in arrives cut in half, then whole (the folder changes each time).
    const SignedRecord checkIn = makeSessionRecord(sessionkinds::checkIn, room.share.meetingId(),
        QDateTime::currentDateTimeUtc(),
        { { QStringLiteral("participant"), MeetingFixture::memberId(1) } },
        room.share.m.memberKeys[1]);
    const QString name = sessionRecordFileName(checkIn, QDateTime::currentDateTimeUtc());
    room.share.put(room.share.m.memberKeys[1], name, checkIn.toBytes().left(50));
    const SessionScanResult half = scanner.scan(room.input());
    CHECK(half.state.attendanceOf(MeetingFixture::memberId(1))->status
        == AttendanceStatus::NotCheckedIn);
    REQUIRE(QFile::remove(room.share.folder(room.share.m.memberKeys[1]) + u'/' + name));
    room.share.put(room.share.m.memberKeys[1], name, checkIn.toBytes());
    const SessionScanResult whole = scanner.scan(room.input());
    CHECK(whole.recordsRead == 1);
    CHECK(
        whole.state.attendanceOf(MeetingFixture::memberId(1))->status == AttendanceStatus::Present);

    // The first stranger turns out to be uy-vien-3's new tablet: revision 2 enrols it, and the
    // check-in it wrote before is read and counts.
    const SigningKey tablet = SigningKey::fromSeed(QByteArray(32, char(100)));
    Roster revision2 = room.share.m.roster;
    revision2.revision = 2;
    revision2.issuedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    revision2.participants[memberIndex(2)].devices << RosterDevice { deviceIdOf(tablet.publicKey()),
        tablet.publicKey(), QStringLiteral("Máy tính bảng") };
    REQUIRE(writeRosterToShare(room.share.root(), revision2, room.share.m.organisation).ok());
    const SessionScanResult enrolled = scanner.scan(room.input());
    REQUIRE(enrolled.roster);
    CHECK(enrolled.roster->roster.revision == 2);
    CHECK(enrolled.statistics.foreignFolders == 59);
    CHECK(enrolled.state.attendanceOf(MeetingFixture::memberId(2))->status
        == AttendanceStatus::Present);
}

TEST_CASE(
    "session verify on a flooded share sums the junk up per folder and keeps the session's figures",
    "[hostile][session][flood]")
{
    FloodRoom room;
    room.flood();
    HostileSeat seat(room.share, room.share.m.memberKeys[2]);
    const auto [code, report] = seat.verify();
    INFO(allMessages(report).toStdString());
    CHECK(code == 1);
    CHECK(report.value(u"problems").toArray().size() < 20);
    CHECK(
        problemsContaining(report, QStringLiteral("signed by keys no roster of the meeting lists"))
            .size()
        == 1);
    CHECK(problemsContaining(report, QStringLiteral("more file(s) in this folder are not records"))
              .size()
        == 1);
    const QJsonObject status = seat.status();
    CHECK(status.value(u"attendance").toObject().value(u"present").toInt() == 2);
    CHECK(pollIn(status, QStringLiteral("p1")).value(u"ballots").toInt() == 1);
}
