// phonghop-bench stats [--meetings M] [--people N] [--rounds R]
// The statistics screen over five years of an office's meetings (issue 17): M meetings
// (default 240, one every week or so over five years) of N people (default 60: the chair and
// N-1 delegates), each with a session really on a local share (signed records: roll call with
// absences and proxies, speakers called and timed, polls opened, voted and closed) and its
// documents in a real cache. It prints one JSON line per measurement, with the machine's load
// (/proc/loadavg):
//  - "archive-fill": `stats` bringing the session summary archive up to date for the first
//    time (every session read from the share, verified and folded, as SessionService does);
//  - "archive-unchanged": the same again with nothing new (what every later `stats` run pays);
//  - "compute": computeStatistics over the five years, median of R rounds (default 7), beside
//    "baselineOneQueryMs", one SQL query reading the same rows (attendance, speeches, polls,
//    documents of those meetings) with nothing computed, median of R rounds in the same run;
//  - "compute-and-tables": computeStatistics and the tables as the screen shows them (numbers
//    formatted, charts' groups), median of R rounds: what fills the screen (aim: < 300 ms).
#include "bench/benchmarks.h"
#include "bench/benchstats.h"

#include "meeting_core/i18n/localeformat.h"
#include "meeting_core/org/rosterbuilder.h"
#include "meeting_core/session/sessionrecords.h"
#include "meeting_core/share/sharewriter.h"
#include "meeting_core/stats/statistics.h"
#include "meeting_core/store/database.h"
#include "meeting_core/store/meetingcache.h"
#include "meeting_core/sync/organisationtrust.h"
#include "meeting_core/trust/devicekey.h"
#include "meeting_core/voting/ballotbox.h"
#include "meeting_core/voting/pollrecords.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <functional>

namespace phonghop::bench {

namespace {
double elapsedMs(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).section(u' ', 0, 2)
                                          : QString();
}

const QString unitName = QStringLiteral("UBND huyện Sơn Hà");

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

// One meeting's session written into the share as the seats would have written it.
int writeSession(ShareWriter &writer, const Meeting &meeting, const Roster &roster,
    const VerifiedRoster &verified, QRandomGenerator &random)
{
    int records = 0;
    const SigningKey chair = benchKey(QStringLiteral("chair"));
    QDateTime at = QDateTime::currentDateTimeUtc().addSecs(-3600);
    const auto put = [&](const SigningKey &key, const SignedRecord &r, const QString &name) {
        requireDone(writer.writeDeviceRecord(deviceIdOf(key.publicKey()), name, r.toBytes()));
        ++records;
    };
    const auto session = [&](const SigningKey &key, const QString &kind, const QJsonObject &f) {
        at = at.addMSecs(7);
        const SignedRecord r = makeSessionRecord(kind, meeting.id, at, f, key);
        put(key, r, sessionRecordFileName(r, at));
        return r.hash();
    };
    // Roll call: most check in, some are excused or absent, a few give their proxy.
    QStringList present { QStringLiteral("chu-toa") };
    QList<BallotFile> noFiles;
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
        } // else: never checked in
    }
    // Speakers: a dozen speeches and questions over the agenda, each called and timed.
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
    // Two polls, each voted by those present and closed by the chair.
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
    return records;
}

void print(QTextStream &out, const QString &measure, double ms, const QJsonObject &extra)
{
    QJsonObject line { { QStringLiteral("benchmark"), QStringLiteral("stats") },
        { QStringLiteral("measure"), measure }, { QStringLiteral("ms"), ms },
        { QStringLiteral("loadavg"), loadAverage() } };
    for (auto it = extra.begin(); it != extra.end(); ++it)
        line.insert(it.key(), it.value());
    out << QJsonDocument(line).toJson(QJsonDocument::Compact) << '\n';
    out.flush();
}

// One SQL query reading the rows the statistics rest on, every column stepped through.
qint64 readSameRows(Database &db, const QByteArray &ids)
{
    Statement s = db.query(QStringLiteral(R"sql(
SELECT a.meeting_id, a.person_id, a.category, a.name, 1 FROM json_each(?1) j
  JOIN session_attendance a ON a.meeting_id = j.value
UNION ALL
SELECT p.meeting_id, p.person_id, p.kind, p.item_id, p.count FROM json_each(?1) j
  JOIN session_speeches p ON p.meeting_id = j.value
UNION ALL
SELECT p.meeting_id, p.poll_id, p.title, p.decided_by, p.ballots FROM json_each(?1) j
  JOIN session_polls p ON p.meeting_id = j.value
UNION ALL
SELECT d.meeting_id, d.id, d.kind, d.title, d.version FROM json_each(?1) j
  JOIN documents d ON d.meeting_id = j.value
)sql"),
        ids);
    qint64 rows = 0;
    while (s.next()) {
        (void)s.text(0);
        (void)s.text(1);
        (void)s.text(2);
        (void)s.text(3);
        rows += s.integer(4) >= 0 ? 1 : 0;
    }
    return rows;
}
} // namespace

int runStatsBenchmark(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const auto option = [&arguments](const QString &name, int fallback) {
        const qsizetype i = arguments.indexOf(name);
        return i >= 0 ? arguments.value(i + 1).toInt() : fallback;
    };
    const int meetings = option(QStringLiteral("--meetings"), 240);
    const int people = option(QStringLiteral("--people"), 60);
    const int rounds = option(QStringLiteral("--rounds"), 7);
    if (meetings < 1 || people < 2 || rounds < 1) {
        err << "Usage: phonghop-bench stats [--meetings M] [--people N] [--rounds R]\n";
        return 2;
    }
    QTemporaryDir shareDir, cacheDir;
    const SigningKey organisation = benchKey(QStringLiteral("organisation"));
    ShareWriter writer(shareDir.path());
    requireDone(writer.initialise(unitName, organisation));
    auto opened = MeetingCache::open(cacheDir.path());
    requireDone(opened ? Status::success() : Status::failure(opened.error()));
    MeetingCache &cache = *opened.value();
    requireDone(pinOrganisation(cache, unitName, organisation.publicKey()));

    QRandomGenerator random(2021);
    int records = 0;
    const double generateMs = elapsedMs([&] {
        for (int k = 0; k < meetings; ++k) {
            const Meeting meeting = benchMeeting(k);
            cache.storeMeeting(meeting, QByteArrayLiteral("{}"));
            const Roster roster = benchRoster(meeting.id, people - 1);
            requireDone(writeRosterToShare(shareDir.path(), roster, organisation));
            const Result<VerifiedRoster> verified
                = verifyRoster(signRoster(roster, organisation).toBytes(),
                    keyFingerprint(organisation.publicKey()));
            requireDone(verified ? Status::success() : Status::failure(verified.error()));
            records += writeSession(writer, meeting, roster, verified.value(), random);
        }
    });
    const QJsonObject size { { QStringLiteral("meetings"), meetings },
        { QStringLiteral("people"), people }, { QStringLiteral("records"), records } };
    print(out, QStringLiteral("generate"), generateMs, size);

    StatisticsQuery query;
    query.from = PeriodBound::parse(QStringLiteral("2021-01-01")).value();
    query.to = PeriodBound::parse(QStringLiteral("2025-12-31")).value();
    SummaryUpdate update;
    const double fillMs
        = elapsedMs([&] { update = updateSessionSummaries(cache, shareDir.path(), query); });
    if (!update.failed.isEmpty()) {
        err << "Sessions not read: " << update.messages.join(u'\n') << '\n';
        return 1;
    }
    print(out, QStringLiteral("archive-fill"), fillMs,
        { { QStringLiteral("updated"), int(update.updated.size()) },
            { QStringLiteral("meetings"), meetings }, { QStringLiteral("records"), records } });
    const double unchangedMs
        = elapsedMs([&] { update = updateSessionSummaries(cache, shareDir.path(), query); });
    print(out, QStringLiteral("archive-unchanged"), unchangedMs,
        { { QStringLiteral("unchanged"), int(update.unchanged.size()) },
            { QStringLiteral("meetings"), meetings } });

    Statistics statistics;
    QByteArray ids;
    {
        QJsonArray list;
        for (int k = 0; k < meetings; ++k)
            list.append(benchMeeting(k).id);
        ids = QJsonDocument(list).toJson(QJsonDocument::Compact);
    }
    QList<double> compute, tables, baseline;
    qint64 rows = 0;
    const LocaleFormat format(QStringLiteral("vi"));
    for (int r = 0; r < rounds; ++r) {
        baseline << elapsedMs([&] { rows = readSameRows(cache.database(), ids); });
        compute << elapsedMs([&] { statistics = computeStatistics(cache.database(), query); });
        tables << elapsedMs([&] {
            statistics = computeStatistics(cache.database(), query);
            (void)statisticsTables(statistics, &format);
        });
    }
    if (statistics.meetings != meetings || !statistics.missingSessions.isEmpty()) {
        err << "The statistics did not cover every meeting\n";
        return 1;
    }
    const QJsonObject figures { { QStringLiteral("meetings"), statistics.meetings },
        { QStringLiteral("people"), int(statistics.attendance.size()) },
        { QStringLiteral("polls"), int(statistics.polls.size()) }, { QStringLiteral("rows"), rows },
        { QStringLiteral("rounds"), rounds },
        { QStringLiteral("baselineOneQueryMs"), median(baseline) } };
    print(out, QStringLiteral("compute"), median(compute), figures);
    print(out, QStringLiteral("compute-and-tables"), median(tables), figures);
    return 0;
}

} // namespace phonghop::bench
