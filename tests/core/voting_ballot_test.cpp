#include <catch2/catch.hpp>

#include "voting_fixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <random>

using namespace phonghop;
using phonghop::test::MeetingFixture;

namespace {
constexpr int Yes = 0, No = 1, Abstain = 2;

const BallotReport *reportFor(const BallotCollection &c, const BallotFile &file)
{
    for (const BallotReport &r : c.reports) {
        if (r.deviceFolder == file.deviceFolder && r.fileName == file.fileName)
            return &r;
    }
    return nullptr;
}

QString hashOf(const BallotFile &file)
{
    return SignedRecord::fromBytes(file.bytes).value().hash();
}
} // namespace

TEST_CASE(
    "Valid ballots are accepted, tallied, closed and verified by a delegate", "[voting][ballot]")
{
    MeetingFixture meeting(4);
    const PollOpen open = meeting.open(MeetingFixture::approvalPoll(QStringLiteral("p1")));
    QList<BallotFile> files { meeting.memberBallot(open, 0, { Yes }),
        meeting.memberBallot(open, 1, { Yes }), meeting.memberBallot(open, 2, { No }),
        meeting.ballot(open, QStringLiteral("chu-tich"), meeting.chairKey, { Yes }) };
    const BallotCollection ballots = collectBallots(open, meeting.roster, files, std::nullopt);
    CHECK(ballots.reports.isEmpty());
    REQUIRE(ballots.accepted.size() == 4);

    const QDateTime closedAt = meeting.t0.addSecs(600);
    const Result<ClosedPoll> closed
        = closePoll(open, meeting.roster, {}, ballots, closedAt, meeting.chairKey);
    REQUIRE(closed.ok());
    CHECK(closed->tally.passed);
    CHECK(closed->tally.options.at(Yes).weight == 3);
    CHECK(closed->close.acceptedBallotHashes.size() == 4);

    const OwnBallot own { hashOf(files.at(2)), MeetingFixture::memberId(2), {}, { No } };
    const CloseVerification v
        = verifyPollClose(closed->record.toBytes(), open, meeting.roster, own);
    CHECK(v.ok());
    CHECK(v.signedByChair);
    CHECK(v.boundToOpen);
    CHECK(v.ownBallotCounted);
    CHECK(v.recountMatches);
    CHECK(v.summary().contains(u"Your ballot was counted"));
}

TEST_CASE(
    "Each bad ballot is rejected with its reason and the good ones still count", "[voting][ballot]")
{
    MeetingFixture meeting(4);
    const PollOpen open = meeting.open(MeetingFixture::approvalPoll(QStringLiteral("p1")));
    const PollOpen otherPoll = meeting.open(MeetingFixture::approvalPoll(QStringLiteral("p2")));

    const BallotFile good = meeting.memberBallot(open, 0, { Yes });
    const BallotFile good2 = meeting.memberBallot(open, 3, { Yes });

    // Signed by a key the roster does not list, put in a folder named after it.
    const SigningKey stranger = SigningKey::fromSeed(test::seedOf(99));
    Roster strangerRoster = meeting.roster;
    strangerRoster.participants[3].devices << RosterDevice { deviceIdOf(stranger.publicKey()),
        stranger.publicKey(), QStringLiteral("lạ") };
    const Result<SignedRecord> strangerRecord = makeBallot(
        open, strangerRoster, MeetingFixture::memberId(0), stranger, 1, { No }, meeting.t0);
    REQUIRE(strangerRecord.ok());
    const BallotFile unknownKey { MeetingFixture::folderOf(stranger), QStringLiteral("b.json"),
        strangerRecord->toBytes() };

    // Member 2's valid ballot copied into member 3's folder.
    BallotFile wrongFolder = meeting.memberBallot(open, 1, { No });
    wrongFolder.deviceFolder = MeetingFixture::folderOf(meeting.memberKeys.at(2));

    // Member 3's ballot from poll p2, put among p1's ballots.
    const BallotFile replayed = meeting.memberBallot(otherPoll, 2, { No });

    // Cast after the close.
    const BallotFile late = meeting.memberBallot(open, 1, { No }, 1, 30);

    // The same file twice (a sync tool's conflict copy).
    BallotFile copy = good;
    copy.fileName = QStringLiteral("ballot-p1-000001.sync-conflict-20261127.json");

    // Truncated and garbled.
    BallotFile truncated = meeting.memberBallot(open, 2, { Yes });
    truncated.bytes.chop(truncated.bytes.size() / 2);
    truncated.fileName = QStringLiteral("truncated.json"); // wrongFolder has the usual name there
    BallotFile garbled = meeting.memberBallot(open, 2, { Yes }, 2);
    garbled.bytes.replace("\"payload\": \"", "\"payload\": \"AAAA");

    // A guest signs a ballot properly but has no vote.
    Roster guestRoster = meeting.roster;
    guestRoster.participants[2].role = Role::Delegate;
    guestRoster.participants[2].weight = 1;
    const Result<SignedRecord> guestRecord = makeBallot(
        open, guestRoster, QStringLiteral("khach"), meeting.guestKey, 1, { Yes }, meeting.t0);
    REQUIRE(guestRecord.ok());
    const BallotFile guest { MeetingFixture::folderOf(meeting.guestKey), QStringLiteral("g.json"),
        guestRecord->toBytes() };

    // A member's device signing a ballot that names another member.
    Roster impersonationRoster = meeting.roster;
    const Result<SignedRecord> impersonating = makeBallot(open, impersonationRoster,
        MeetingFixture::memberId(3), meeting.memberKeys.at(3), 5, { No }, meeting.t0);
    REQUIRE(impersonating.ok());
    QJsonObject payload = impersonating->payload();
    payload.insert(QStringLiteral("voter"), MeetingFixture::memberId(0));
    const BallotFile impersonation {
        MeetingFixture::folderOf(meeting.memberKeys.at(3)), QStringLiteral("i.json"),
        SignedRecord::create(QStringLiteral("ballot"), payload, meeting.memberKeys.at(3)).toBytes()
    };

    // Choices outside the poll.
    QJsonObject badChoices = SignedRecord::fromBytes(good2.bytes)->payload();
    badChoices.insert(QStringLiteral("choices"), QJsonArray { Yes, No });
    badChoices.insert(QStringLiteral("sequence"), 9);
    const BallotFile invalid { good2.deviceFolder, QStringLiteral("x.json"),
        SignedRecord::create(QStringLiteral("ballot"), badChoices, meeting.memberKeys.at(3))
            .toBytes() };

    const QList<BallotFile> files { good, good2, unknownKey, wrongFolder, replayed, late, copy,
        truncated, garbled, guest, impersonation, invalid };
    const QDateTime closedAt = meeting.t0.addSecs(600);
    const BallotCollection c = collectBallots(open, meeting.roster, files, closedAt);

    REQUIRE(c.accepted.size() == 2);
    CHECK(c.accepted.at(0).hash == hashOf(good));
    CHECK(c.accepted.at(1).hash == hashOf(good2)); // the invalid later ballot does not replace it
    const auto problemOf = [&](const BallotFile &f) {
        const BallotReport *r = reportFor(c, f);
        REQUIRE(r);
        CHECK_FALSE(r->message.isEmpty());
        return r->problem;
    };
    CHECK(problemOf(unknownKey) == BallotProblem::UnknownKey);
    CHECK(problemOf(wrongFolder) == BallotProblem::WrongFolder);
    CHECK(problemOf(replayed) == BallotProblem::OtherPoll);
    CHECK(problemOf(late) == BallotProblem::AfterClose);
    CHECK(problemOf(copy) == BallotProblem::Duplicate);
    CHECK(problemOf(truncated) == BallotProblem::Garbled);
    CHECK(problemOf(garbled) == BallotProblem::Garbled);
    CHECK(problemOf(guest) == BallotProblem::NotEntitled);
    CHECK(problemOf(impersonation) == BallotProblem::Impersonation);
    CHECK(problemOf(invalid) == BallotProblem::InvalidChoices);
    CHECK(c.reports.size() == files.size() - 2);
}

TEST_CASE("A changed vote replaces the earlier one, the highest sequence wins across devices",
    "[voting][ballot]")
{
    MeetingFixture meeting(3);
    // Member 1 also has a tablet.
    const SigningKey tablet = SigningKey::fromSeed(test::seedOf(77));
    meeting.roster.participants[3].devices << RosterDevice { deviceIdOf(tablet.publicKey()),
        tablet.publicKey(), QStringLiteral("Máy tính bảng") };
    meeting.resign();
    const PollOpen open = meeting.open(MeetingFixture::approvalPoll(QStringLiteral("p1")));
    const QString voter = MeetingFixture::memberId(0);

    SECTION("a higher sequence from the other device wins, whatever the file order")
    {
        const BallotFile laptop1
            = meeting.ballot(open, voter, meeting.memberKeys.at(0), { Yes }, 1, 1);
        const BallotFile tablet2 = meeting.ballot(open, voter, tablet, { No }, 2, 2);
        const BallotFile laptop3
            = meeting.ballot(open, voter, meeting.memberKeys.at(0), { Abstain }, 3, 3);
        for (const QList<BallotFile> &files : { QList<BallotFile> { laptop1, tablet2, laptop3 },
                 QList<BallotFile> { laptop3, tablet2, laptop1 } }) {
            const BallotCollection c = collectBallots(open, meeting.roster, files, std::nullopt);
            REQUIRE(c.accepted.size() == 1);
            CHECK(c.accepted.first().choices == QList<int> { Abstain });
            CHECK(c.count(BallotProblem::Superseded) == 2);
        }
    }
    SECTION("equal sequence numbers: the later cast counts, and the conflict is reported")
    {
        const BallotFile laptop
            = meeting.ballot(open, voter, meeting.memberKeys.at(0), { Yes }, 1, 5);
        const BallotFile tab = meeting.ballot(open, voter, tablet, { No }, 1, 2);
        const BallotCollection c
            = collectBallots(open, meeting.roster, { tab, laptop }, std::nullopt);
        REQUIRE(c.accepted.size() == 1);
        CHECK(c.accepted.first().choices == QList<int> { Yes });
        REQUIRE(c.reports.size() == 1);
        CHECK(c.reports.first().problem == BallotProblem::Superseded);
        CHECK(c.reports.first().message.contains(u"sequence number 1"));
    }
    SECTION("a later ballot cast after the close leaves the earlier one counted")
    {
        const BallotFile before
            = meeting.ballot(open, voter, meeting.memberKeys.at(0), { Yes }, 1, 1);
        const BallotFile after = meeting.ballot(open, voter, tablet, { No }, 2, 20);
        const BallotCollection c
            = collectBallots(open, meeting.roster, { before, after }, meeting.t0.addSecs(600));
        REQUIRE(c.accepted.size() == 1);
        CHECK(c.accepted.first().choices == QList<int> { Yes });
        CHECK(c.count(BallotProblem::AfterClose) == 1);
    }
}

TEST_CASE("A device that the roster does not list cannot vote until it is enrolled",
    "[voting][ballot][trust]")
{
    MeetingFixture meeting(2);
    const SigningKey newLaptop = SigningKey::fromSeed(test::seedOf(55));
    PollOpen open = meeting.open(MeetingFixture::approvalPoll(QStringLiteral("p1")));
    const Result<SignedRecord> refused = makeBallot(
        open, meeting.roster, MeetingFixture::memberId(1), newLaptop, 1, { Yes }, meeting.t0);
    CHECK_FALSE(refused.ok());
    CHECK(refused.error().contains(u"enrol"));

    const Result<EnrolmentRequest> request = parseEnrolmentRequest(makeEnrolmentRequest(
        MeetingFixture::memberId(1), QStringLiteral("Laptop mới"), newLaptop, meeting.t0)
                                                                       .toBytes());
    REQUIRE(request.ok());
    const Roster before = meeting.roster;
    meeting.roster.revision = 2;
    meeting.roster.participants[4].devices
        << RosterDevice { request->deviceId, request->publicKey, request->label };
    meeting.resign();
    CHECK(checkRosterSuccession(before, meeting.roster).ok());
    open = meeting.open(MeetingFixture::approvalPoll(QStringLiteral("p1")));
    const BallotFile file = meeting.ballot(open, MeetingFixture::memberId(1), newLaptop, { Yes });
    const BallotCollection c = collectBallots(open, meeting.roster, { file }, std::nullopt);
    CHECK(c.accepted.size() == 1);
}

TEST_CASE("Only the chair's key opens and closes polls", "[voting][ballot]")
{
    MeetingFixture meeting(2);
    const PollDefinition poll = MeetingFixture::approvalPoll(QStringLiteral("p1"));
    const SignedRecord bySecretary = makePollOpen(meeting.roster.meetingId, poll,
        meeting.verified.recordHash, meeting.t0, meeting.secretaryKey);
    CHECK_FALSE(parsePollOpen(bySecretary.toBytes(), meeting.verified).ok());

    const PollOpen open = meeting.open(poll);
    const BallotCollection ballots = collectBallots(
        open, meeting.roster, { meeting.memberBallot(open, 0, { Yes }) }, std::nullopt);
    CHECK_FALSE(
        closePoll(open, meeting.roster, {}, ballots, meeting.t0, meeting.memberKeys.at(0)).ok());

    // A close record forged by a delegate with a valid signature of their own.
    Result<ClosedPoll> closed
        = closePoll(open, meeting.roster, {}, ballots, meeting.t0, meeting.chairKey);
    REQUIRE(closed.ok());
    const SignedRecord forged = SignedRecord::create(
        QStringLiteral("poll-close"), closed->record.payload(), meeting.memberKeys.at(0));
    const CloseVerification v
        = verifyPollClose(forged.toBytes(), open, meeting.roster, std::nullopt);
    CHECK_FALSE(v.signedByChair);
    CHECK_FALSE(v.ok());
}

TEST_CASE("A delegate's client detects a wrong tally, a dropped ballot and a damaged close",
    "[voting][ballot]")
{
    MeetingFixture meeting(4);
    const PollOpen open = meeting.open(MeetingFixture::approvalPoll(QStringLiteral("p1")));
    const QList<BallotFile> files { meeting.memberBallot(open, 0, { Yes }),
        meeting.memberBallot(open, 1, { No }), meeting.memberBallot(open, 2, { No }) };
    const BallotCollection all = collectBallots(open, meeting.roster, files, std::nullopt);
    const OwnBallot mine { hashOf(files.at(1)), MeetingFixture::memberId(1), {}, { No } };

    SECTION("a tally that does not match the entries")
    {
        Result<ClosedPoll> closed
            = closePoll(open, meeting.roster, {}, all, meeting.t0, meeting.chairKey);
        QJsonObject payload = closed->record.payload();
        QJsonObject tally = payload.value(u"tally").toObject();
        tally.insert(QStringLiteral("passed"), true);
        payload.insert(QStringLiteral("tally"), tally);
        const SignedRecord lying
            = SignedRecord::create(QStringLiteral("poll-close"), payload, meeting.chairKey);
        const CloseVerification v = verifyPollClose(lying.toBytes(), open, meeting.roster, mine);
        CHECK(v.signedByChair);
        CHECK_FALSE(v.recountMatches);
        CHECK(v.ownBallotCounted);
        CHECK_FALSE(v.ok());
    }
    SECTION("my ballot left out")
    {
        BallotCollection withoutMine = all;
        withoutMine.accepted.removeIf(
            [&](const AcceptedBallot &b) { return b.hash == mine.ballotHash; });
        Result<ClosedPoll> closed
            = closePoll(open, meeting.roster, {}, withoutMine, meeting.t0, meeting.chairKey);
        const CloseVerification v
            = verifyPollClose(closed->record.toBytes(), open, meeting.roster, mine);
        CHECK(v.recountMatches);
        CHECK_FALSE(v.ownBallotCounted);
        CHECK_FALSE(v.ok());
    }
    SECTION("a truncated close record")
    {
        Result<ClosedPoll> closed
            = closePoll(open, meeting.roster, {}, all, meeting.t0, meeting.chairKey);
        QByteArray bytes = closed->record.toBytes();
        bytes.chop(40);
        const CloseVerification v = verifyPollClose(bytes, open, meeting.roster, mine);
        CHECK_FALSE(v.ok());
        CHECK_FALSE(v.signedByChair);
    }
    SECTION("a close record of another poll")
    {
        const PollOpen other = meeting.open(MeetingFixture::approvalPoll(QStringLiteral("p2")));
        Result<ClosedPoll> closed = closePoll(
            other, meeting.roster, {}, BallotCollection {}, meeting.t0, meeting.chairKey);
        const CloseVerification v
            = verifyPollClose(closed->record.toBytes(), open, meeting.roster, std::nullopt);
        CHECK_FALSE(v.boundToOpen);
        CHECK_FALSE(v.ok());
    }
}

TEST_CASE("A secret poll's ballots, close record and recount never name who chose what",
    "[voting][ballot][secret]")
{
    MeetingFixture meeting(4);
    const PollOpen open = meeting.open(MeetingFixture::approvalPoll(QStringLiteral("kin"), true));
    QList<BallotFile> files;
    const QList<int> choices { Yes, No, Yes, Abstain };
    for (int i = 0; i < 4; ++i)
        files << meeting.memberBallot(open, i, { choices.at(i) });

    // The ballot in the shared folder does not show the choice.
    const QJsonObject payload = SignedRecord::fromBytes(files.at(1).bytes)->payload();
    CHECK_FALSE(payload.contains(u"choices"));
    CHECK(payload.contains(u"sealed"));

    // Without the chair's key the choices cannot be read; a delegate's key cannot open them.
    const BallotCollection blind = collectBallots(open, meeting.roster, files, std::nullopt);
    REQUIRE(blind.accepted.size() == 4);
    CHECK(blind.accepted.first().choices.isEmpty());
    const BallotCollection wrongKey
        = collectBallots(open, meeting.roster, files, std::nullopt, &meeting.memberKeys.at(0));
    CHECK(wrongKey.count(BallotProblem::Unsealable) == 4);

    const BallotCollection opened
        = collectBallots(open, meeting.roster, files, std::nullopt, &meeting.chairKey);
    REQUIRE(opened.accepted.size() == 4);
    CHECK_FALSE(closePoll(open, meeting.roster, {}, blind, meeting.t0, meeting.chairKey).ok());
    const Result<ClosedPoll> closed
        = closePoll(open, meeting.roster, {}, opened, meeting.t0.addSecs(600), meeting.chairKey);
    REQUIRE(closed.ok());
    CHECK(closed->tally.options.at(Yes).weight == 2);

    // The close record names who was present, but no entry names a voter or a ballot file.
    for (const CountedEntry &entry : closed->close.entries) {
        CHECK(entry.voter.isEmpty());
        CHECK(entry.ballotHash.isEmpty());
    }
    const QJsonArray entries = closed->record.payload().value(u"entries").toArray();
    for (const QJsonValue &entry : entries) {
        const QByteArray text = QJsonDocument(entry.toObject()).toJson();
        for (int i = 0; i < 4; ++i)
            CHECK_FALSE(text.contains(MeetingFixture::memberId(i).toUtf8()));
    }

    // Member 2 finds their own ballot by the pseudonym only their device can compute.
    const OwnBallot mine { hashOf(files.at(1)), {},
        ballotPseudonym(meeting.memberKeys.at(1), open.recordHash), { No } };
    const CloseVerification v
        = verifyPollClose(closed->record.toBytes(), open, meeting.roster, mine);
    CHECK(v.ok());
    CHECK(v.ownBallotCounted);
    CHECK(v.recountMatches);

    const OwnBallot claimedWrongly { mine.ballotHash, {}, mine.pseudonym, { Yes } };
    CHECK_FALSE(verifyPollClose(closed->record.toBytes(), open, meeting.roster, claimedWrongly)
                    .ownBallotCounted);
}

TEST_CASE("A device's next sequence number outbids every ballot of its voter it can see",
    "[voting][ballot]")
{
    MeetingFixture meeting(2);
    const PollOpen open = meeting.open(MeetingFixture::approvalPoll(QStringLiteral("p1")));
    const QString voter = MeetingFixture::memberId(0);
    CHECK(nextBallotSequence(open, meeting.roster, voter, {}) == 1);
    const QList<BallotFile> files { meeting.memberBallot(open, 0, { Yes }, 1),
        meeting.memberBallot(open, 0, { No }, 4), meeting.memberBallot(open, 1, { No }, 9) };
    CHECK(nextBallotSequence(open, meeting.roster, voter, files) == 5);
}

TEST_CASE("The chair sees who has not voted yet", "[voting][ballot]")
{
    MeetingFixture meeting(3);
    const PollOpen open = meeting.open(MeetingFixture::approvalPoll(QStringLiteral("p1")));
    const BallotCollection c = collectBallots(
        open, meeting.roster, { meeting.memberBallot(open, 1, { Yes }) }, std::nullopt);
    CHECK(pendingVoters(meeting.roster, c)
        == QStringList {
            QStringLiteral("chu-tich"), MeetingFixture::memberId(0), MeetingFixture::memberId(2) });
}

TEST_CASE("A named poll's CSV lists each voter's choice, a secret poll's names nobody",
    "[voting][ballot][secret]")
{
    for (const bool secret : { false, true }) {
        MeetingFixture meeting(3);
        const PollOpen open
            = meeting.open(MeetingFixture::approvalPoll(QStringLiteral("p1"), secret));
        const BallotCollection c = collectBallots(open, meeting.roster,
            { meeting.memberBallot(open, 0, { Yes }), meeting.memberBallot(open, 1, { No }) },
            std::nullopt, &meeting.chairKey);
        const Result<ClosedPoll> closed
            = closePoll(open, meeting.roster, {}, c, meeting.t0.addSecs(600), meeting.chairKey);
        REQUIRE(closed.ok());
        const QString csv = QString::fromUtf8(
            exportResultCsv(open, meeting.roster, closed->close, closed->tally));
        CHECK(csv.contains(QStringLiteral("Tán thành,1,1,")));
        CHECK(csv.contains(QStringLiteral("Không tán thành,1,1,")));
        CHECK(csv.contains(QStringLiteral("Ủy viên 1,Tán thành")) == !secret);
        CHECK(csv.contains(QStringLiteral("Ủy viên 2")) == !secret);
    }
}

TEST_CASE("Randomly damaged ballot files are rejected, never counted as something else",
    "[voting][ballot]")
{
    MeetingFixture meeting(2);
    const PollOpen open = meeting.open(MeetingFixture::approvalPoll(QStringLiteral("p1")));
    const BallotFile original = meeting.memberBallot(open, 0, { No });
    const QString originalHash = hashOf(original);
    std::mt19937 random(20261127); // fixed seed: a failure reproduces
    for (int round = 0; round < 2000; ++round) {
        BallotFile damaged = original;
        damaged.fileName = QStringLiteral("d%1.json").arg(round);
        const int edits = 1 + static_cast<int>(random() % 4);
        for (int e = 0; e < edits && !damaged.bytes.isEmpty(); ++e) {
            const auto at = static_cast<qsizetype>(random() % damaged.bytes.size());
            switch (random() % 3) {
            case 0:
                damaged.bytes[at] = static_cast<char>(random() % 256);
                break;
            case 1:
                damaged.bytes.truncate(at);
                break;
            default:
                damaged.bytes.insert(at, static_cast<char>(random() % 256));
                break;
            }
        }
        const BallotCollection c = collectBallots(open, meeting.roster, { damaged }, std::nullopt);
        // Damage outside the signed strings (spacing) may leave the very same ballot.
        for (const AcceptedBallot &accepted : c.accepted) {
            CHECK(accepted.hash == originalHash);
            CHECK(accepted.choices == QList<int> { No });
        }
        CHECK(c.accepted.size() + c.reports.size() == 1);
    }
}

TEST_CASE("Any client holding the ballot files detects a close that misstates or omits them",
    "[voting][ballot]")
{
    MeetingFixture meeting(3);
    const PollOpen open = meeting.open(MeetingFixture::approvalPoll(QStringLiteral("p1")));
    const QList<BallotFile> files { meeting.memberBallot(open, 0, { Yes }),
        meeting.memberBallot(open, 1, { No }), meeting.memberBallot(open, 2, { No }) };
    const BallotCollection all = collectBallots(open, meeting.roster, files, std::nullopt);
    const QDateTime closedAt = meeting.t0.addSecs(600);
    const Result<ClosedPoll> honest
        = closePoll(open, meeting.roster, {}, all, closedAt, meeting.chairKey);
    REQUIRE(honest.ok());
    CHECK(checkCloseAgainstBallots(open, meeting.roster, honest->close, files).isEmpty());

    SECTION("a ballot counted with another choice")
    {
        BallotCollection altered = all;
        altered.accepted[1].choices = { Yes };
        const Result<ClosedPoll> closed
            = closePoll(open, meeting.roster, {}, altered, closedAt, meeting.chairKey);
        // The recount of the close's own entries agrees: only the files reveal the change.
        CHECK(verifyPollClose(closed->record.toBytes(), open, meeting.roster, std::nullopt)
                  .recountMatches);
        const QStringList problems
            = checkCloseAgainstBallots(open, meeting.roster, closed->close, files);
        REQUIRE(problems.size() == 1);
        CHECK(problems.first().contains(MeetingFixture::memberId(1)));
    }
    SECTION("a ballot left out")
    {
        BallotCollection fewer = all;
        fewer.accepted.removeLast();
        const Result<ClosedPoll> closed
            = closePoll(open, meeting.roster, {}, fewer, closedAt, meeting.chairKey);
        CHECK(checkCloseAgainstBallots(open, meeting.roster, closed->close, files).size() == 1);
    }
    SECTION("a ballot counted that is not on the share")
    {
        CHECK(checkCloseAgainstBallots(open, meeting.roster, honest->close, files.mid(0, 2)).size()
            == 1);
    }
}
