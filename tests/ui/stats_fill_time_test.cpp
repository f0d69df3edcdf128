// How long the statistics screen takes to fill over a generated cache (issue 17: aim < 300 ms),
// printed, never asserted. The generator is the one of `phonghop-bench stats`
// (app/bench/statsbenchmark.cpp, not linkable from the tests), smaller by default: M meetings
// (PHONGHOP_STATS_SCREEN_MEETINGS, default 30) of 30 people, each with a session written into a
// real share as the seats write it (roll call, a dozen speeches and questions, two polls voted
// and closed), and 8 documents each.
#include "meeting_core/org/rosterbuilder.h"
#include "meeting_core/session/sessionrecords.h"
#include "meeting_core/share/sharewriter.h"
#include "meeting_core/stats/statistics.h"
#include "meeting_core/store/meetingcache.h"
#include "meeting_core/sync/organisationtrust.h"
#include "meeting_core/trust/devicekey.h"
#include "meeting_core/util/sha256.h"
#include "meeting_core/voting/ballotbox.h"
#include "meeting_core/voting/pollrecords.h"
#include "stats/statisticspage.h"
#include "stats/statisticstablemodel.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <iostream>

using namespace phonghop;
using phonghop::ui::StatisticsPage;

namespace {

const QString unitName = QStringLiteral("UBND huyện Sơn Hà");

void requireDone(const Status &step)
{
    INFO(step.error().toStdString());
    REQUIRE(step.ok());
}

SigningKey benchKey(const QString &name)
{
    return SigningKey::fromSeed(QByteArray::fromHex(
        Sha256::hexOf(QByteArrayLiteral("phonghop-bench-") + name.toUtf8()).toLatin1()));
}

QString delegateId(int i)
{
    return QStringLiteral("dai-bieu-%1").arg(i + 1, 3, 10, QLatin1Char('0'));
}

Roster benchRoster(const QString &meetingId, int delegates)
{
    Roster roster;
    roster.meetingId = meetingId;
    roster.revision = 1;
    roster.issuedAt = QDateTime::currentDateTimeUtc();
    const auto add = [&roster](const QString &id, Role role, const SigningKey &key) {
        RosterParticipant p;
        p.id = id;
        p.name = id;
        p.role = role;
        p.devices << RosterDevice { deviceIdOf(key.publicKey()), key.publicKey(),
            QStringLiteral("Máy tính") };
        roster.participants << p;
    };
    add(QStringLiteral("chu-toa"), Role::Chair, benchKey(QStringLiteral("chair")));
    for (int i = 0; i < delegates; ++i)
        add(delegateId(i), Role::Delegate, benchKey(delegateId(i)));
    return roster;
}

Meeting benchMeeting(int k)
{
    Meeting m;
    m.id = QStringLiteral("hop-%1").arg(k + 1, 3, 10, QLatin1Char('0'));
    m.revision = 1;
    m.title = QStringLiteral("Phiên họp thường kỳ số %1").arg(k + 1);
    m.organisation = unitName;
    m.start = QDateTime(
        QDate(2021, 1, 4).addDays(7 * k + k / 8), QTime(8, 0), Qt::OffsetFromUTC, 7 * 3600);
    m.end = m.start.addSecs(4 * 3600);
    for (int i = 0; i < 5; ++i)
        m.agenda << AgendaItem { QStringLiteral("muc-%1").arg(i + 1), {}, i, QString::number(i + 1),
            QStringLiteral("Nội dung thứ %1").arg(i + 1), {}, 30 };
    static const QStringList kinds { QStringLiteral("to-trinh"), QStringLiteral("bao-cao"),
        QStringLiteral("du-thao-quyet-dinh"), QStringLiteral("du-thao-nghi-quyet"),
        QStringLiteral("tai-lieu-khac") };
    for (int i = 0; i < 8; ++i) {
        DocumentRef d;
        d.id = QStringLiteral("tl-%1").arg(i + 1);
        d.agendaItemId = QStringLiteral("muc-%1").arg(i % 5 + 1);
        d.title = QStringLiteral("Tài liệu số %1").arg(i + 1);
        d.kind = kinds[(k + i) % kinds.size()];
        d.sha256 = QString::fromLatin1(
            QCryptographicHash::hash((m.id + d.id).toUtf8(), QCryptographicHash::Sha256).toHex());
        d.size = 250000;
        d.version = 1 + (k * 3 + i) % 4 / 3;
        m.documents << d;
    }
    return m;
}

void writeSession(ShareWriter &writer, const Meeting &meeting, const Roster &roster,
    const VerifiedRoster &verified, QRandomGenerator &random)
{
    const SigningKey chair = benchKey(QStringLiteral("chair"));
    QDateTime at = QDateTime::currentDateTimeUtc().addSecs(-3600);
    const auto put = [&](const SigningKey &key, const SignedRecord &r, const QString &name) {
        requireDone(writer.writeDeviceRecord(deviceIdOf(key.publicKey()), name, r.toBytes()));
    };
    const auto session = [&](const SigningKey &key, const QString &kind, const QJsonObject &f) {
        at = at.addMSecs(7);
        const SignedRecord r = makeSessionRecord(kind, meeting.id, at, f, key);
        put(key, r, sessionRecordFileName(r, at));
        return r.hash();
    };
    QStringList present { QStringLiteral("chu-toa") };
    session(chair, sessionkinds::checkIn,
        { { QStringLiteral("participant"), QStringLiteral("chu-toa") } });
    for (qsizetype i = 1; i < roster.participants.size(); ++i) {
        const RosterParticipant &p = roster.participants[i];
        const SigningKey key = benchKey(p.id);
        const quint32 dice = random.bounded(100);
        if (dice < 80) {
            session(key, sessionkinds::checkIn, { { QStringLiteral("participant"), p.id } });
            present << p.id;
        } else if (dice < 88) {
            session(key, sessionkinds::absence,
                { { QStringLiteral("participant"), p.id },
                    { QStringLiteral("reason"), QStringLiteral("Đi công tác") } });
        } else if (dice < 92) {
            session(key, sessionkinds::absence,
                { { QStringLiteral("participant"), p.id },
                    { QStringLiteral("reason"), QString() } });
        } else if (dice < 96) {
            session(key, sessionkinds::proxy,
                { { QStringLiteral("participant"), p.id },
                    { QStringLiteral("to"), QStringLiteral("chu-toa") },
                    { QStringLiteral("reason"), QStringLiteral("Ốm") } });
        }
    }
    for (int s = 0; s < 12; ++s) {
        const QString item = QStringLiteral("muc-%1").arg(s * 5 / 12 + 1);
        if (s == 0 || s * 5 / 12 != (s - 1) * 5 / 12)
            session(chair, sessionkinds::agendaItem, { { QStringLiteral("item"), item } });
        const QString who = present[1 + random.bounded(present.size() - 1)];
        const QString request = session(benchKey(who), sessionkinds::speakRequest,
            { { QStringLiteral("item"), item },
                { QStringLiteral("type"),
                    random.bounded(3) == 0 ? QStringLiteral("question")
                                           : QStringLiteral("speak") } });
        for (const char *action : { "call", "start", "stop" })
            session(chair, sessionkinds::floor,
                { { QStringLiteral("action"), QString::fromLatin1(action) },
                    { QStringLiteral("request"), request } });
    }
    for (int p = 0; p < 2; ++p) {
        PollDefinition poll;
        poll.id = QStringLiteral("bq-%1").arg(p + 1);
        poll.title = QStringLiteral("Thông qua Tờ trình số %1/TTr-UBND").arg(p + 1);
        poll.kind = PollKind::Approval;
        poll.options = PollDefinition::defaultOptions(PollKind::Approval);
        poll.rule = *VotingRule::fromPreset(QStringLiteral("da-so-phieu"));
        at = at.addMSecs(7);
        const SignedRecord open = makePollOpen(meeting.id, poll, verified.recordHash, at, chair);
        put(chair, open, sessionRecordFileName(open, at));
        const PollOpen opened = pollOpenFrom(open);
        QList<BallotFile> ballots;
        for (const QString &voter : std::as_const(present)) {
            const SigningKey key = voter == u"chu-toa" ? chair : benchKey(voter);
            at = at.addMSecs(7);
            const Result<SignedRecord> ballot
                = makeBallot(opened, roster, voter, key, 1, { random.bounded(10) < 7 ? 0 : 1 }, at);
            requireDone(ballot ? Status::success() : Status::failure(ballot.error()));
            put(key, ballot.value(), ballotFileName(opened, 1));
            ballots << BallotFile { deviceIdOf(key.publicKey()), ballotFileName(opened, 1),
                ballot->toBytes() };
        }
        at = at.addMSecs(7);
        const BallotCollection collected = collectBallots(opened, roster, ballots, at, &chair);
        const Result<ClosedPoll> closed = closePoll(opened, roster, present, collected, at, chair);
        requireDone(closed ? Status::success() : Status::failure(closed.error()));
        put(chair, closed->record, sessionRecordFileName(closed->record, at));
    }
}

struct Fill {
    qint64 shown = 0, computing = 0, read = 0;
};

Fill fill(StatisticsPage &page)
{
    QSignalSpy computed(&page, &StatisticsPage::computed);
    page.showButton()->click();
    REQUIRE(computed.wait(600000));
    return { page.lastFillMs(), page.lastComputeMs(), page.lastUpdateMs() };
}

} // namespace

TEST_CASE("How long the statistics screen takes to fill over generated years (printed)")
{
    const int meetings = qEnvironmentVariableIsSet("PHONGHOP_STATS_SCREEN_MEETINGS")
        ? qEnvironmentVariableIntValue("PHONGHOP_STATS_SCREEN_MEETINGS")
        : 30;
    constexpr int people = 30;
    QTemporaryDir shareDir, cacheDir;
    const SigningKey organisation = benchKey(QStringLiteral("organisation"));
    ShareWriter writer(shareDir.path());
    requireDone(writer.initialise(unitName, organisation));
    auto opened = MeetingCache::open(cacheDir.path());
    REQUIRE(opened.ok());
    MeetingCache &cache = *opened.value();
    requireDone(pinOrganisation(cache, unitName, organisation.publicKey()));
    QRandomGenerator random(2021);
    for (int k = 0; k < meetings; ++k) {
        const Meeting meeting = benchMeeting(k);
        cache.storeMeeting(meeting, QByteArrayLiteral("{}"));
        const Roster roster = benchRoster(meeting.id, people - 1);
        requireDone(writeRosterToShare(shareDir.path(), roster, organisation));
        const Result<VerifiedRoster> verified = verifyRoster(
            signRoster(roster, organisation).toBytes(), keyFingerprint(organisation.publicKey()));
        REQUIRE(verified.ok());
        writeSession(writer, meeting, roster, verified.value(), random);
    }

    StatisticsPage page(cache, shareDir.path());
    page.resize(1366, 700);
    page.show();
    page.setPeriod(QDate(2021, 1, 1), QDate(2025, 12, 31));
    const Fill first = fill(page);
    CHECK(page.statistics().meetings == meetings);
    CHECK(page.tableModel(StatisticsTableId::Documents)->rowCount() == meetings);
    // Every session read and kept (the generator's polls are filed under no agenda item).
    INFO(page.summaryUpdate().messages.join(u'\n').toStdString());
    CHECK(page.summaryUpdate().failed.isEmpty());
    CHECK(page.statistics().missingSessions.isEmpty());
    CHECK(page.tableModel(StatisticsTableId::Attendance)->rowCount() == people);
    CHECK(page.tableModel(StatisticsTableId::Polls)->rowCount() == 2 * meetings);
    const auto read = page.summaryUpdate().updated.size();
    const auto notKept = page.summaryUpdate().failed.size();
    const Fill again = fill(page); // every later visit: nothing new on the share
    StatisticsPage offline(cache, {}); // the figures kept on this seat, no share read
    offline.setPeriod(QDate(2021, 1, 1), QDate(2025, 12, 31));
    const Fill local = fill(offline);
    const auto say = [](const char *what, const Fill &f) {
        std::cout << "  " << what << ": filled from the cache " << f.shown << " ms (computing "
                  << f.computing << " ms), share read by " << f.read << " ms\n";
    };
    std::cout << "Statistics screen over " << meetings << " generated meetings of " << people
              << " people (" << read << " sessions kept, " << notKept << " not):\n";
    say("first Show", first);
    say("Show again", again);
    say("no share", local);
}
