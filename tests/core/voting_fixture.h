#pragma once

// A People's Committee meeting with real keys, shared by the trust and voting tests.
#include <catch2/catch.hpp>

#include "meeting_core/trust/devicekey.h"
#include "meeting_core/trust/roster.h"
#include "meeting_core/voting/ballotbox.h"

#include <QDateTime>
#include <vector>

namespace phonghop::test {

inline QByteArray seedOf(int n)
{
    return QByteArray(32, static_cast<char>(n));
}

struct MeetingFixture {
    SigningKey organisation = SigningKey::fromSeed(seedOf(1));
    SigningKey chairKey = SigningKey::fromSeed(seedOf(2));
    SigningKey secretaryKey = SigningKey::fromSeed(seedOf(3));
    std::vector<SigningKey> memberKeys; // memberKeys[i] belongs to "uy-vien-<i+1>"
    SigningKey guestKey = SigningKey::fromSeed(seedOf(4));
    Roster roster;
    VerifiedRoster verified;
    QDateTime t0 = QDateTime(QDate(2026, 11, 27), QTime(8, 0), Qt::UTC);

    explicit MeetingFixture(int members = 4)
    {
        roster.meetingId = QStringLiteral("ubnd-xa-2026-11");
        roster.revision = 1;
        roster.issuedAt = t0;
        roster.participants << participant(
            QStringLiteral("chu-tich"), QStringLiteral("Nguyễn Văn An"), Role::Chair, 1, chairKey);
        roster.participants << participant(QStringLiteral("thu-ky"),
            QStringLiteral("Trần Thị Bình"), Role::Secretary, 0, secretaryKey);
        roster.participants << participant(
            QStringLiteral("khach"), QStringLiteral("Lê Văn Khách"), Role::Guest, 0, guestKey);
        for (int i = 0; i < members; ++i) {
            memberKeys.push_back(SigningKey::fromSeed(seedOf(10 + i)));
            roster.participants << participant(memberId(i), QStringLiteral("Ủy viên %1").arg(i + 1),
                Role::Delegate, 1, memberKeys.back());
        }
        resign();
    }

    static QString memberId(int i) { return QStringLiteral("uy-vien-%1").arg(i + 1); }

    static RosterParticipant participant(
        const QString &id, const QString &name, Role role, qint64 weight, const SigningKey &key)
    {
        RosterParticipant p;
        p.id = id;
        p.name = name;
        p.role = role;
        p.weight = weight;
        p.devices << RosterDevice { deviceIdOf(key.publicKey()), key.publicKey(),
            QStringLiteral("Máy tính") };
        return p;
    }

    void resign()
    {
        const Result<VerifiedRoster> v = verifyRoster(
            signRoster(roster, organisation).toBytes(), keyFingerprint(organisation.publicKey()));
        REQUIRE(v.ok());
        verified = v.value();
    }

    PollOpen open(const PollDefinition &poll)
    {
        const SignedRecord record
            = makePollOpen(roster.meetingId, poll, verified.recordHash, t0, chairKey);
        const Result<PollOpen> parsed = parsePollOpen(record.toBytes(), verified);
        REQUIRE(parsed.ok());
        return parsed.value();
    }

    static QString folderOf(const SigningKey &key) { return deviceIdOf(key.publicKey()); }

    BallotFile ballot(const PollOpen &open, const QString &voter, const SigningKey &key,
        QList<int> choices, qint64 sequence = 1, int minutesAfterOpen = 1)
    {
        const Result<SignedRecord> record = makeBallot(
            open, roster, voter, key, sequence, choices, t0.addSecs(60 * minutesAfterOpen));
        REQUIRE(record.ok());
        return BallotFile { folderOf(key), ballotFileName(open, sequence), record->toBytes() };
    }

    BallotFile memberBallot(const PollOpen &open, int member, QList<int> choices,
        qint64 sequence = 1, int minutesAfterOpen = 1)
    {
        return ballot(open, memberId(member), memberKeys.at(static_cast<size_t>(member)),
            std::move(choices), sequence, minutesAfterOpen);
    }

    static PollDefinition approvalPoll(const QString &id, bool secret = false)
    {
        PollDefinition poll;
        poll.id = id;
        poll.title = QStringLiteral("Thông qua Tờ trình số 12/TTr-UBND");
        poll.kind = PollKind::Approval;
        poll.options = PollDefinition::defaultOptions(PollKind::Approval);
        poll.secret = secret;
        poll.rule = *VotingRule::fromPreset(QStringLiteral("da-so-phieu"));
        return poll;
    }
};

} // namespace phonghop::test
