// Statistics (issue 17) over a generated year of 40 meetings whose sessions really happen: a
// share folder, the organisation's signed rosters, seats (chair, secretary, members) each with
// its own cache and SessionService doing the roll call, the speakers, the polls and the
// conclusions. The expected figures are counted here from what the test planned; then
// computeStatistics on the office's cache, `phonghop-cli stats --json` in its own process, and
// the archive the seats' own refreshes kept must all agree with them.
#include "cli_run.h"
#include "voting_fixture.h"

#include "meeting_core/org/rosterbuilder.h"
#include "meeting_core/session/sessionservice.h"
#include "meeting_core/session/sessionsummary.h"
#include "meeting_core/share/sharewriter.h"
#include "meeting_core/stats/statistics.h"
#include "meeting_core/store/database.h"
#include "meeting_core/store/meetingcache.h"
#include "meeting_core/sync/organisationtrust.h"

#include <QCryptographicHash>
#include <QMap>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <map>
#include <memory>

using namespace phonghop;
using namespace phonghop::test;

namespace {

const QString unitA = QStringLiteral("UBND xã Sơn Hà");
const QString unitB = QStringLiteral("UBND xã Sơn Thủy");
const QString chairId = QStringLiteral("chu-tich");
const QString secretaryId = QStringLiteral("thu-ky");
const QString guestId = QStringLiteral("khach");
constexpr int members = 6;
constexpr int meetingCount = 40;

struct Counts {
    int meetings = 0, present = 0, excused = 0, absent = 0, proxy = 0, notCheckedIn = 0;
    int speeches = 0, questions = 0;
    bool operator==(const Counts &) const = default;
};

struct PlannedSpeech {
    QString person;
    QString item;
    bool question = false;
};

struct PlannedPoll {
    QString id;
    QString item;
    bool yes = true; // everyone votes for (passed) or against (not passed)
    int ballots = 0;
};

struct PlannedMeeting {
    Meeting meeting;
    QMap<QString, QString> category; // person → present | excused | absent | proxy | ""
    QList<PlannedSpeech> speeches;
    QList<PlannedPoll> polls;
};

QString id(int k)
{
    return QStringLiteral("hop-2025-%1").arg(k + 1, 2, 10, QLatin1Char('0'));
}

Meeting meetingOf(int k)
{
    Meeting m;
    m.id = id(k);
    m.revision = 1;
    m.title = QStringLiteral("Phiên họp thường kỳ số %1").arg(k + 1);
    m.organisation = k % 4 == 3 ? unitB : unitA;
    m.start = QDateTime(QDate(2025, 1, 6).addDays(9 * k), QTime(8, 0), Qt::OffsetFromUTC, 7 * 3600);
    m.end = m.start.addSecs(3 * 3600);
    for (int i = 0; i < 3; ++i)
        m.agenda << AgendaItem { QStringLiteral("muc-%1").arg(i + 1), {}, i, QString::number(i + 1),
            QStringLiteral("Nội dung %1").arg(i + 1), {}, 0 };
    static const QStringList kinds { QStringLiteral("to-trinh"), QStringLiteral("bao-cao"),
        QStringLiteral("du-thao-quyet-dinh") };
    for (int i = 0; i < 1 + k % 4; ++i) {
        DocumentRef d;
        d.id = QStringLiteral("tl-%1").arg(i + 1);
        d.agendaItemId = QStringLiteral("muc-%1").arg(i % 3 + 1);
        d.title = QStringLiteral("Tài liệu %1").arg(i + 1);
        d.kind = kinds[(k + i) % 3];
        d.sha256 = QString::fromLatin1(
            QCryptographicHash::hash(m.id.toUtf8() + d.id.toUtf8(), QCryptographicHash::Sha256)
                .toHex());
        d.size = 1000;
        d.version = 1 + (k + 2 * i) % 3;
        m.documents << d;
    }
    return m;
}

// A seat: its own cache (its device key inside) with the year's meetings, and its service.
struct Seat {
    QTemporaryDir dir;
    std::unique_ptr<MeetingCache> cache;
    std::unique_ptr<SessionService> service;
    Seat(const QString &share, const SigningKey *key, const SigningKey &organisation,
        const QList<PlannedMeeting> &plan)
    {
        REQUIRE(dir.isValid());
        if (key)
            REQUIRE(key->save(dir.filePath(QStringLiteral("device.key"))).ok());
        auto opened = MeetingCache::open(dir.path());
        REQUIRE(opened.ok());
        cache = std::move(opened).value();
        REQUIRE(pinOrganisation(*cache, unitA, organisation.publicKey()).ok());
        for (const PlannedMeeting &p : plan)
            cache->storeMeeting(p.meeting, QByteArrayLiteral("{}"));
        cache->setValue(cachekeys::sharePath, share);
        if (key)
            service = std::make_unique<SessionService>(*cache, share, plan.first().meeting.id);
    }
    SessionService &join(const QString &meetingId)
    {
        service->setMeetingId(meetingId);
        REQUIRE(service->refresh().ok());
        return *service;
    }
};

void require(const Status &status)
{
    INFO(status.error().toStdString());
    REQUIRE(status.ok());
}

struct Year {
    MeetingFixture m { members };
    QTemporaryDir shareDir;
    QList<PlannedMeeting> plan;
    std::map<QString, Counts> expected; // person → counts over the year
    std::unique_ptr<Seat> chair, secretary;
    std::vector<std::unique_ptr<Seat>> member;

    QString share() const { return shareDir.path(); }

    Year()
    {
        REQUIRE(shareDir.isValid());
        REQUIRE(ShareWriter(share()).initialise(unitA, m.organisation).ok());
        QRandomGenerator random(20250106);
        for (int k = 0; k < meetingCount; ++k) {
            PlannedMeeting p;
            p.meeting = meetingOf(k);
            p.category[chairId] = QStringLiteral("present");
            p.category[secretaryId] = QStringLiteral("present");
            p.category[guestId] = k % 2 ? QStringLiteral("present") : QString();
            int away = 0;
            for (int i = 0; i < members; ++i) {
                static const QStringList others { QStringLiteral("excused"),
                    QStringLiteral("absent"), QStringLiteral("proxy"), QString() };
                const bool stays = away >= 2 || random.bounded(10) < 6;
                p.category[MeetingFixture::memberId(i)]
                    = stays ? QStringLiteral("present") : others[random.bounded(4)];
                away += stays ? 0 : 1;
            }
            QStringList presentMembers;
            for (int i = 0; i < members; ++i)
                if (p.category[MeetingFixture::memberId(i)] == u"present")
                    presentMembers << MeetingFixture::memberId(i);
            for (int s = 0; s < 1 + k % 3; ++s)
                p.speeches << PlannedSpeech { presentMembers[random.bounded(presentMembers.size())],
                    QStringLiteral("muc-%1").arg(random.bounded(3) + 1), random.bounded(3) == 0 };
            for (int j = 0; j < 1 + k % 2; ++j)
                // The second poll of a meeting rests on no conclusion: filed under no item.
                p.polls << PlannedPoll { QStringLiteral("bq-%1").arg(j + 1),
                    j == 0 ? QStringLiteral("muc-1") : QString(), (k + j) % 3 != 0,
                    1 + static_cast<int>(presentMembers.size()) };
            for (auto it = p.category.cbegin(); it != p.category.cend(); ++it) {
                Counts &c = expected[it.key()];
                ++c.meetings;
                const QString &cat = it.value();
                c.present += cat == u"present";
                c.excused += cat == u"excused";
                c.absent += cat == u"absent";
                c.proxy += cat == u"proxy";
                c.notCheckedIn += cat.isEmpty();
            }
            for (const PlannedSpeech &s : p.speeches)
                (s.question ? expected[s.person].questions : expected[s.person].speeches) += 1;
            plan << p;
        }
        chair = std::make_unique<Seat>(share(), &m.chairKey, m.organisation, plan);
        secretary = std::make_unique<Seat>(share(), &m.secretaryKey, m.organisation, plan);
        for (int i = 0; i < members; ++i)
            member.push_back(std::make_unique<Seat>(
                share(), &m.memberKeys.at(static_cast<size_t>(i)), m.organisation, plan));
        for (const PlannedMeeting &p : plan)
            hold(p);
    }

    Seat &seatOf(const QString &person)
    {
        if (person == chairId)
            return *chair;
        return *member.at(static_cast<size_t>(person.mid(8).toInt() - 1));
    }

    // The session of one meeting, through the seats' SessionServices.
    void hold(const PlannedMeeting &p)
    {
        Roster roster = m.roster;
        roster.meetingId = p.meeting.id;
        REQUIRE(writeRosterToShare(share(), roster, m.organisation).ok());
        SessionService &sec = secretary->join(p.meeting.id);
        for (auto it = p.category.cbegin(); it != p.category.cend(); ++it) {
            const QString &cat = it.value();
            if (cat == u"present")
                require(sec.checkIn(it.key()));
            else if (cat == u"excused")
                require(sec.reportAbsence(it.key(), QStringLiteral("Đi công tác")));
            else if (cat == u"absent")
                require(sec.reportAbsence(it.key(), QString()));
            else if (cat == u"proxy")
                require(sec.giveProxy(it.key(), chairId, QStringLiteral("Ốm")));
        }
        SessionService &ch = chair->join(p.meeting.id);
        for (const PlannedSpeech &s : p.speeches) {
            require(ch.setCurrentItem(s.item));
            SessionService &speaker = seatOf(s.person).join(p.meeting.id);
            require(speaker.requestToSpeak(
                s.item, s.question ? SpeakType::Question : SpeakType::Speak));
            require(ch.refresh());
            require(ch.callNextSpeaker());
            require(ch.startSpeakingTime());
            require(ch.stopSpeakingTime());
        }
        for (const PlannedPoll &poll : p.polls) {
            PollDefinition definition = MeetingFixture::approvalPoll(poll.id);
            const Result<QString> opened = ch.openPoll(definition);
            REQUIRE(opened.ok());
            const QList<int> choice { poll.yes ? 0 : 1 };
            for (auto it = p.category.cbegin(); it != p.category.cend(); ++it) {
                if (it.value() != u"present" || !it.key().startsWith(QStringLiteral("uy-vien-")))
                    continue;
                require(seatOf(it.key()).join(p.meeting.id).castVote(poll.id, choice));
            }
            require(ch.refresh());
            require(ch.castVote(poll.id, choice));
            require(ch.closePoll(poll.id));
            require(ch.refresh());
            if (!poll.item.isEmpty())
                require(ch.recordConclusion(poll.item, QStringLiteral("Thống nhất"), { poll.id }));
        }
        require(ch.refresh());
    }

    Counts counted(const QString &person) const
    {
        const auto it = expected.find(person);
        return it == expected.end() ? Counts {} : it->second;
    }
};

Counts fromStatistics(const Statistics &st, const QString &person)
{
    Counts c;
    for (const PersonAttendance &a : st.attendance)
        if (a.person == person)
            c = Counts { a.meetings, a.present, a.excused, a.absent, a.proxy, a.notCheckedIn, 0,
                0 };
    for (const PersonSpeeches &s : st.speeches)
        if (s.person == person) {
            c.speeches = s.speeches;
            c.questions = s.questions;
        }
    return c;
}

Counts fromJson(const QJsonObject &json, const QString &person)
{
    Counts c;
    for (const QJsonValue &v : json.value(u"attendance").toArray()) {
        const QJsonObject a = v.toObject();
        if (a.value(u"person").toString() == person)
            c = Counts { a.value(u"meetings").toInt(), a.value(u"present").toInt(),
                a.value(u"excused").toInt(), a.value(u"absent").toInt(), a.value(u"proxy").toInt(),
                a.value(u"notCheckedIn").toInt(), 0, 0 };
    }
    for (const QJsonValue &v : json.value(u"speeches").toArray()) {
        const QJsonObject s = v.toObject();
        if (s.value(u"person").toString() == person) {
            c.speeches = s.value(u"speeches").toInt();
            c.questions = s.value(u"questions").toInt();
        }
    }
    return c;
}

QStringList people()
{
    QStringList all { chairId, secretaryId, guestId };
    for (int i = 0; i < members; ++i)
        all << MeetingFixture::memberId(i);
    return all;
}

// What the test planned, restricted to some meetings: polls, items' speeches, documents.
void requireSameTables(const Statistics &st, const QList<PlannedMeeting> &plan)
{
    QStringList polls, expectedPolls;
    for (const PollOutcome &p : st.polls)
        polls << QStringLiteral("%1/%2 %3 %4 %5 %6 %7")
                     .arg(p.meeting, p.poll, p.item)
                     .arg(p.closed)
                     .arg(p.passed)
                     .arg(p.decidedBy)
                     .arg(p.ballots);
    QMap<QString, QPair<int, int>> items, expectedItems;
    for (const ItemSpeeches &i : st.speechesByItem)
        items[i.meeting + u'/' + i.item] = { i.speeches, i.questions };
    QStringList documents, expectedDocuments;
    for (const MeetingDocuments &d : st.documents)
        documents << QStringLiteral("%1 %2 %3 %4 %5")
                         .arg(d.meeting)
                         .arg(d.documents)
                         .arg(d.versions)
                         .arg(d.highestVersion)
                         .arg(d.revised);
    QMap<QString, int> kinds, expectedKinds;
    for (const KindDocuments &k : st.documentKinds)
        kinds[k.kind] = k.documents;
    for (const PlannedMeeting &p : plan) {
        for (const PlannedPoll &poll : p.polls)
            expectedPolls << QStringLiteral("%1/%2 %3 %4 %5 %6 %7")
                                 .arg(p.meeting.id, poll.id, poll.item)
                                 .arg(true)
                                 .arg(poll.yes)
                                 .arg(QStringLiteral("threshold"))
                                 .arg(poll.ballots);
        for (const PlannedSpeech &s : p.speeches) {
            auto &e = expectedItems[p.meeting.id + u'/' + s.item];
            (s.question ? e.second : e.first) += 1;
        }
        int versions = 0, highest = 0, revised = 0;
        for (const DocumentRef &d : p.meeting.documents) {
            versions += d.version;
            highest = std::max(highest, d.version);
            revised += d.version > 1;
            ++expectedKinds[d.kind];
        }
        expectedDocuments << QStringLiteral("%1 %2 %3 %4 %5")
                                 .arg(p.meeting.id)
                                 .arg(p.meeting.documents.size())
                                 .arg(versions)
                                 .arg(highest)
                                 .arg(revised);
    }
    CHECK(polls == expectedPolls);
    CHECK(items == expectedItems);
    CHECK(documents == expectedDocuments);
    CHECK(kinds == expectedKinds);
}

StatisticsQuery year2025(const QString &unit = {})
{
    StatisticsQuery q;
    q.from = PeriodBound::parse(QStringLiteral("2025-01-01")).value();
    q.to = PeriodBound::parse(QStringLiteral("2025-12-31")).value();
    q.unit = unit;
    return q;
}

} // namespace

TEST_CASE("Statistics of a year of 40 sessions match the counts made from what was held")
{
    // Held once per process: Catch runs this case again for each section.
    static Year year;
    REQUIRE(year.plan.size() == meetingCount);

    // The office's seat: the meetings in its cache, no session read yet.
    Seat office(year.share(), nullptr, year.m.organisation, year.plan);
    {
        const Statistics before = computeStatistics(office.cache->database(), year2025());
        CHECK(before.meetings == meetingCount);
        CHECK(before.missingSessions.size() == meetingCount);
        CHECK(before.attendance.isEmpty());
        CHECK(before.polls.isEmpty());
        CHECK(before.consultationsAvailable);
        CHECK(before.consultations.isEmpty());
    }

    // phonghop-cli stats in its own process: the archive brought up to date from the share
    // (its path kept in the cache), then the figures.
    const Cli cli;
    const CliRun run = cli.ok({ QStringLiteral("stats"), QStringLiteral("--cache"),
        office.dir.path(), QStringLiteral("--from"), QStringLiteral("2025-01-01"),
        QStringLiteral("--to"), QStringLiteral("2025-12-31"), QStringLiteral("--json") });
    const QJsonObject json = run.json().object();
    CHECK(json.value(u"from").toString() == u"2025-01-01");
    CHECK(json.value(u"meetings").toInt() == meetingCount);
    CHECK(json.value(u"missingSessions").toArray().isEmpty());
    for (const QString &person : people()) {
        INFO(person.toStdString());
        CHECK(fromJson(json, person) == year.counted(person));
    }
    CHECK(json.value(u"polls").toArray().size()
        == std::accumulate(year.plan.begin(), year.plan.end(), qsizetype(0),
            [](qsizetype n, const PlannedMeeting &p) { return n + p.polls.size(); }));

    // The same computation in this process, from the archive the command filled.
    const Statistics st = computeStatistics(office.cache->database(), year2025());
    CHECK(st.missingSessions.isEmpty());
    for (const QString &person : people()) {
        INFO(person.toStdString());
        CHECK(fromStatistics(st, person) == year.counted(person));
    }
    requireSameTables(st, year.plan);
    CHECK(statisticsToJson(st) == json);

    // The chair's own seat kept the summaries with every refresh (no stats run there).
    const Statistics chairs = computeStatistics(year.chair->cache->database(), year2025());
    CHECK(chairs.missingSessions.isEmpty());
    for (const QString &person : people()) {
        INFO(person.toStdString());
        CHECK(fromStatistics(chairs, person) == year.counted(person));
    }
    requireSameTables(chairs, year.plan);

    SECTION("A unit and a shorter period take only their meetings")
    {
        QList<PlannedMeeting> ofUnitB;
        for (const PlannedMeeting &p : year.plan)
            if (p.meeting.organisation == unitB)
                ofUnitB << p;
        const Statistics b = computeStatistics(office.cache->database(), year2025(unitB));
        CHECK(b.meetings == ofUnitB.size());
        requireSameTables(b, ofUnitB);
        int present = 0;
        for (const PlannedMeeting &p : ofUnitB)
            present += p.category.value(MeetingFixture::memberId(0)) == u"present";
        CHECK(fromStatistics(b, MeetingFixture::memberId(0)).present == present);
        CHECK(fromStatistics(b, chairId).meetings == ofUnitB.size());

        // March only: by the meetings' own dates, both ends included.
        StatisticsQuery march;
        march.from = PeriodBound::parse(QStringLiteral("2025-03-01")).value();
        march.to = PeriodBound::parse(QStringLiteral("2025-03-31")).value();
        QList<PlannedMeeting> inMarch;
        for (const PlannedMeeting &p : year.plan)
            if (p.meeting.start.date().month() == 3)
                inMarch << p;
        REQUIRE(inMarch.size() >= 3);
        const Statistics m = computeStatistics(office.cache->database(), march);
        CHECK(m.meetings == inMarch.size());
        requireSameTables(m, inMarch);

        // An instant: from the second meeting's start on (at 08:00+07:00, 01:00 UTC).
        StatisticsQuery fromSecond;
        fromSecond.from = PeriodBound::parse(QStringLiteral("2025-01-15T01:00:00Z")).value();
        fromSecond.to = PeriodBound::parse(QStringLiteral("2025-01-24")).value();
        const Statistics s = computeStatistics(office.cache->database(), fromSecond);
        REQUIRE(s.documents.size() == 2);
        CHECK(s.documents[0].meeting == id(1));
        CHECK(s.documents[1].meeting == id(2));
    }

    SECTION("The day is the meeting's own: a meeting at 06:00+07:00 on 1 January is not in 2025")
    {
        Meeting early = meetingOf(0);
        early.id = QStringLiteral("hop-2026-01");
        early.start = QDateTime(
            QDate(2026, 1, 1), QTime(6, 0), Qt::OffsetFromUTC, 7 * 3600); // 2025-12-31 23:00 UTC
        office.cache->storeMeeting(early, QByteArrayLiteral("{}"));
        CHECK(computeStatistics(office.cache->database(), year2025()).meetings == meetingCount);
        StatisticsQuery newYear;
        newYear.from = PeriodBound::parse(QStringLiteral("2026-01-01")).value();
        newYear.to = PeriodBound::parse(QStringLiteral("2026-01-01")).value();
        const Statistics n = computeStatistics(office.cache->database(), newYear);
        CHECK(n.meetings == 1);
        CHECK(n.missingSessions == QStringList { QStringLiteral("hop-2026-01") });
        CHECK(n.attendance.isEmpty());
    }

    SECTION("An unreachable share: the figures from the archive, the meetings without one said")
    {
        // Another office seat that read the sessions of the first half only.
        Seat late(year.share(), nullptr, year.m.organisation, year.plan);
        cli.ok({ QStringLiteral("stats"), QStringLiteral("--cache"), late.dir.path(),
            QStringLiteral("--from"), QStringLiteral("2025-01-01"), QStringLiteral("--to"),
            QStringLiteral("2025-06-30") });
        QList<PlannedMeeting> firstHalf;
        QStringList secondHalf;
        for (const PlannedMeeting &p : year.plan)
            if (p.meeting.start.date() <= QDate(2025, 6, 30))
                firstHalf << p;
            else
                secondHalf << p.meeting.id;
        const QString gone = late.dir.filePath(QStringLiteral("no-share-here"));
        const CliRun offline = cli.ok({ QStringLiteral("stats"), QStringLiteral("--cache"),
            late.dir.path(), QStringLiteral("--share"), gone, QStringLiteral("--from"),
            QStringLiteral("2025-01-01"), QStringLiteral("--to"), QStringLiteral("2025-12-31"),
            QStringLiteral("--json") });
        const QJsonObject o = offline.json().object();
        QStringList missing;
        for (const QJsonValue &v : o.value(u"missingSessions").toArray())
            missing << v.toString();
        CHECK(missing == secondHalf);
        CHECK(offline.err.contains(gone));
        for (const QString &m : std::as_const(secondHalf))
            CHECK(offline.err.contains(m));
        Counts expected;
        for (const PlannedMeeting &p : firstHalf) {
            const QString cat = p.category.value(MeetingFixture::memberId(2));
            ++expected.meetings;
            expected.present += cat == u"present";
            expected.excused += cat == u"excused";
            expected.absent += cat == u"absent";
            expected.proxy += cat == u"proxy";
            expected.notCheckedIn += cat.isEmpty();
            for (const PlannedSpeech &s : p.speeches)
                if (s.person == MeetingFixture::memberId(2))
                    (s.question ? expected.questions : expected.speeches) += 1;
        }
        CHECK(fromJson(o, MeetingFixture::memberId(2)) == expected);
        const Statistics half = computeStatistics(late.cache->database(), year2025());
        // Documents are of every meeting in the cache; polls and speeches of the first half.
        CHECK(half.polls.size()
            == std::accumulate(firstHalf.begin(), firstHalf.end(), qsizetype(0),
                [](qsizetype n, const PlannedMeeting &p) { return n + p.polls.size(); }));
        CHECK(half.documents.size() == meetingCount);
    }
    SECTION("A session that changed after its summary is replaced, not added twice")
    {
        const PlannedMeeting &first = year.plan.first();
        REQUIRE(first.category.value(guestId).isEmpty()); // meeting 1: the guest did not come
        const Counts guestBefore = year.counted(guestId);
        SessionSummaryArchive archive(office.cache->database());
        const auto before = archive.info(first.meeting.id);
        REQUIRE(before);
        require(year.secretary->join(first.meeting.id).checkIn(guestId));
        // The year as it is now (this section runs last: no later run holds it otherwise).
        year.plan.first().category[guestId] = QStringLiteral("present");
        ++year.expected[guestId].present;
        --year.expected[guestId].notCheckedIn;

        const CliRun again = cli.ok({ QStringLiteral("stats"), QStringLiteral("--cache"),
            office.dir.path(), QStringLiteral("--share"), year.share(), QStringLiteral("--from"),
            QStringLiteral("2025-01-01"), QStringLiteral("--to"), QStringLiteral("2025-12-31"),
            QStringLiteral("--json") });
        CHECK(fromJson(again.json().object(), guestId) == year.counted(guestId));
        CHECK(year.counted(guestId).present == guestBefore.present + 1);
        CHECK(fromJson(again.json().object(), chairId) == year.counted(chairId));
        const auto after = archive.info(first.meeting.id);
        REQUIRE(after);
        CHECK(after->recordsSha256 != before->recordsSha256);
        CHECK(after->recordCount == before->recordCount + 1);
        Statement rows = office.cache->database().query(
            QStringLiteral("SELECT count(*), count(DISTINCT person_id) FROM session_attendance "
                           "WHERE meeting_id = ?"),
            first.meeting.id);
        REQUIRE(rows.next());
        CHECK(rows.integer(0) == 3 + members);
        CHECK(rows.integer(1) == 3 + members);
        const Statistics now = computeStatistics(office.cache->database(), year2025());
        requireSameTables(now, year.plan);
    }
}
