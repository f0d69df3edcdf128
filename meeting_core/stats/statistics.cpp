#include "statistics.h"

#include "meeting_core/consult/consultationservice.h"
#include "meeting_core/session/sessionsummary.h"
#include "meeting_core/stats/statisticsperiod.h"
#include "meeting_core/store/database.h"
#include "meeting_core/trust/signedrecord.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <algorithm>

namespace phonghop {

namespace {
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::Statistics)
};

// The meetings of the period, in start order, as a JSON array of ids: every query below takes
// them with json_each(), its key giving the start order.
QByteArray idsJson(const QList<PeriodMeeting> &meetings)
{
    QJsonArray ids;
    for (const PeriodMeeting &m : meetings)
        ids.append(m.id);
    return QJsonDocument(ids).toJson(QJsonDocument::Compact);
}

int toInt(qint64 value)
{
    return static_cast<int>(value);
}

bool byName(const QString &a, const QString &b, const QString &idA, const QString &idB)
{
    const int c = QString::localeAwareCompare(a, b);
    return c != 0 ? c < 0 : idA < idB;
}
} // namespace

Result<PeriodBound> PeriodBound::parse(const QString &text)
{
    const QString t = text.trimmed();
    static const QRegularExpression day(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    PeriodBound bound;
    if (day.match(t).hasMatch()) {
        bound.date = QDate::fromString(t, Qt::ISODate);
        if (bound.date.isValid())
            return bound;
    } else if (t.contains(u'T')) {
        bound.instant = QDateTime::fromString(t, Qt::ISODateWithMs);
        if (!bound.instant.isValid())
            bound.instant = QDateTime::fromString(t, Qt::ISODate);
        if (bound.instant.isValid())
            return bound;
    }
    return Result<PeriodBound>::failure(
        Tr::tr("\"%1\" is not a date: give YYYY-MM-DD or a full ISO 8601 date and time "
               "(2026-03-01T08:00:00+07:00)")
            .arg(text));
}

QString PeriodBound::toString() const
{
    if (date.isValid())
        return date.toString(Qt::ISODate);
    if (instant.isValid())
        return instant.toString(Qt::ISODate);
    return {};
}

bool inPeriod(const StatisticsQuery &query, const QString &startsAt, const QDateTime &start)
{
    if (!query.from.isSet() && !query.to.isSet())
        return true;
    if (!start.isValid())
        return false;
    // The day in the meeting's own offset: the date its ISO text starts with.
    const QDate day = QDate::fromString(startsAt.left(10), Qt::ISODate);
    if (query.from.date.isValid() && !(day >= query.from.date))
        return false;
    if (query.to.date.isValid() && !(day <= query.to.date))
        return false;
    if (query.from.instant.isValid() && start < query.from.instant)
        return false;
    if (query.to.instant.isValid() && start > query.to.instant)
        return false;
    return true;
}

QList<PeriodMeeting> meetingsOfPeriod(Database &cacheDb, const StatisticsQuery &query)
{
    const QString unit = query.unit.trimmed();
    QList<PeriodMeeting> meetings;
    Statement s = cacheDb.prepare(
        QStringLiteral("SELECT id, title, coalesce(organisation, ''), coalesce(starts_at, '') "
                       "FROM meetings"));
    while (s.next()) {
        PeriodMeeting m { s.text(0), s.text(1), s.text(2), {} };
        if (!unit.isEmpty() && m.organisation.trimmed() != unit)
            continue;
        const QString startsAt = s.text(3);
        m.start = QDateTime::fromString(startsAt, Qt::ISODateWithMs);
        if (!inPeriod(query, startsAt, m.start))
            continue;
        meetings << m;
    }
    std::sort(meetings.begin(), meetings.end(), [](const PeriodMeeting &a, const PeriodMeeting &b) {
        if (a.start != b.start)
            return a.start < b.start;
        return a.id < b.id;
    });
    return meetings;
}

Result<Statistics> statisticsFromCache(Database &cacheDb, const StatisticsQuery &query)
{
    try {
        return computeStatistics(cacheDb, query);
    } catch (const DatabaseError &error) {
        return Result<Statistics>::failure(QString::fromUtf8(error.what()));
    }
}

Statistics computeStatistics(Database &cacheDb, const StatisticsQuery &query)
{
    SessionSummaryArchive archive(cacheDb); // its tables, on a cache that never had a session
    Statistics st;
    st.query = query;
    const QList<PeriodMeeting> meetings = meetingsOfPeriod(cacheDb, query);
    st.meetings = static_cast<int>(meetings.size());
    const QByteArray ids = idsJson(meetings);
    QHash<QString, QString> meetingTitles;
    for (const PeriodMeeting &m : meetings)
        meetingTitles.insert(m.id, m.title);

    // Attendance: one row per person and category; the name the newest meeting gives.
    {
        Statement s = cacheDb.query(QStringLiteral(R"sql(
SELECT a.person_id, a.name, max(j.key), count(*),
       sum(a.category = 'present'), sum(a.category = 'excused'), sum(a.category = 'absent'),
       sum(a.category = 'proxy'), sum(a.category = 'not-checked-in')
FROM json_each(?1) j
JOIN session_summaries m ON m.meeting_id = j.value AND m.record_count > 0
JOIN session_attendance a ON a.meeting_id = j.value
GROUP BY a.person_id
)sql"),
            ids);
        while (s.next())
            st.attendance << PersonAttendance { s.text(0), s.text(1), toInt(s.integer(3)),
                toInt(s.integer(4)), toInt(s.integer(5)), toInt(s.integer(6)), toInt(s.integer(7)),
                toInt(s.integer(8)) };
    }
    QHash<QString, QString> names;
    for (const PersonAttendance &a : std::as_const(st.attendance))
        names.insert(a.person, a.name);
    std::sort(st.attendance.begin(), st.attendance.end(),
        [](const PersonAttendance &a, const PersonAttendance &b) {
            return byName(a.name, b.name, a.person, b.person);
        });

    // Speeches and questions per person, and per meeting and item.
    {
        Statement s = cacheDb.query(QStringLiteral(R"sql(
SELECT p.person_id, sum(CASE WHEN p.kind = 'speech' THEN p.count ELSE 0 END),
       sum(CASE WHEN p.kind = 'question' THEN p.count ELSE 0 END)
FROM json_each(?1) j JOIN session_speeches p ON p.meeting_id = j.value
GROUP BY p.person_id
)sql"),
            ids);
        while (s.next())
            st.speeches << PersonSpeeches { s.text(0), names.value(s.text(0), s.text(0)),
                toInt(s.integer(1)), toInt(s.integer(2)) };
        std::sort(st.speeches.begin(), st.speeches.end(),
            [](const PersonSpeeches &a, const PersonSpeeches &b) {
                return byName(a.name, b.name, a.person, b.person);
            });
    }
    {
        Statement s = cacheDb.query(QStringLiteral(R"sql(
SELECT p.meeting_id, p.item_id, coalesce(i.number, ''), coalesce(i.title, ''),
       sum(CASE WHEN p.kind = 'speech' THEN p.count ELSE 0 END),
       sum(CASE WHEN p.kind = 'question' THEN p.count ELSE 0 END)
FROM json_each(?1) j
JOIN session_speeches p ON p.meeting_id = j.value
LEFT JOIN agenda_items i ON i.meeting_id = p.meeting_id AND i.id = p.item_id
GROUP BY j.key, p.item_id
ORDER BY j.key, i.position IS NULL, i.position, p.item_id
)sql"),
            ids);
        while (s.next()) {
            const QString number = s.text(2), title = s.text(3);
            st.speechesByItem << ItemSpeeches { s.text(0), meetingTitles.value(s.text(0)),
                s.text(1),
                number.isEmpty() ? (title.isEmpty() ? s.text(1) : title)
                                 : number + QStringLiteral(". ") + title,
                toInt(s.integer(4)), toInt(s.integer(5)) };
        }
    }

    // Polls and their outcomes.
    {
        Statement s = cacheDb.query(QStringLiteral(R"sql(
SELECT p.meeting_id, p.poll_id, p.item_id, p.title, p.closed, p.passed, p.decided_by, p.ballots
FROM json_each(?1) j JOIN session_polls p ON p.meeting_id = j.value
ORDER BY j.key, p.position
)sql"),
            ids);
        while (s.next())
            st.polls << PollOutcome { s.text(0), meetingTitles.value(s.text(0)), s.text(1),
                s.text(2), s.text(3), s.integer(4) != 0, s.integer(5) != 0, s.text(6),
                toInt(s.integer(7)) };
    }

    // Documents per meeting and per kind, with their versions.
    {
        QHash<QString, qsizetype> row;
        for (const PeriodMeeting &m : meetings) {
            row.insert(m.id, st.documents.size());
            st.documents << MeetingDocuments { m.id, m.title, m.start, 0, 0, 0, 0, {} };
        }
        QMap<QString, KindDocuments> kinds;
        Statement s = cacheDb.query(QStringLiteral(R"sql(
SELECT d.meeting_id, coalesce(d.kind, ''), count(*), sum(d.version), max(d.version),
       sum(d.version > 1)
FROM json_each(?1) j JOIN documents d ON d.meeting_id = j.value
GROUP BY d.meeting_id, coalesce(d.kind, '')
)sql"),
            ids);
        while (s.next()) {
            MeetingDocuments &m = st.documents[row.value(s.text(0))];
            const QString kind = s.text(1);
            const int count = toInt(s.integer(2)), versions = toInt(s.integer(3)),
                      highest = toInt(s.integer(4)), revised = toInt(s.integer(5));
            m.documents += count;
            m.versions += versions;
            m.highestVersion = std::max(m.highestVersion, highest);
            m.revised += revised;
            m.byKind[kind] += count;
            KindDocuments &k = kinds[kind];
            k.kind = kind;
            k.documents += count;
            k.versions += versions;
            k.highestVersion = std::max(k.highestVersion, highest);
            k.revised += revised;
        }
        st.documentKinds = kinds.values();
    }

    // Meetings with no session summary: their sessions are not in the figures.
    {
        Statement s = cacheDb.query(QStringLiteral(R"sql(
SELECT j.value FROM json_each(?1) j
LEFT JOIN session_summaries m ON m.meeting_id = j.value
WHERE m.meeting_id IS NULL ORDER BY j.key
)sql"),
            ids);
        while (s.next())
            st.missingSessions << s.text(0);
    }

    // Written consultations: in the period by their deadline (the day in its own offset), of
    // the unit by their issuing body.
    st.consultationsAvailable = true;
    const QString unit = query.unit.trimmed();
    for (const ConsultationAnswerRate &rate : ConsultationService::answerRates(cacheDb, {}, {})) {
        if (!inPeriod(query, rate.deadline.toString(Qt::ISODate), rate.deadline))
            continue;
        if (!unit.isEmpty() && rate.issuingBody.trimmed() != unit)
            continue;
        st.consultations << ConsultationRate { rate.id, rate.title, rate.deadline, rate.members,
            rate.answered };
    }
    std::sort(st.consultations.begin(), st.consultations.end(),
        [](const ConsultationRate &a, const ConsultationRate &b) {
            return a.deadline != b.deadline ? a.deadline < b.deadline : a.id < b.id;
        });
    return st;
}

QJsonObject statisticsToJson(const Statistics &st)
{
    QJsonObject o;
    o.insert(u"from", st.query.from.toString());
    o.insert(u"to", st.query.to.toString());
    o.insert(u"unit", st.query.unit.trimmed());
    o.insert(u"meetings", st.meetings);
    QJsonArray attendance;
    for (const PersonAttendance &a : st.attendance)
        attendance.append(QJsonObject { { QStringLiteral("person"), a.person },
            { QStringLiteral("name"), a.name }, { QStringLiteral("meetings"), a.meetings },
            { QStringLiteral("present"), a.present }, { QStringLiteral("excused"), a.excused },
            { QStringLiteral("absent"), a.absent }, { QStringLiteral("proxy"), a.proxy },
            { QStringLiteral("notCheckedIn"), a.notCheckedIn } });
    o.insert(u"attendance", attendance);
    QJsonArray speeches;
    for (const PersonSpeeches &p : st.speeches)
        speeches.append(QJsonObject { { QStringLiteral("person"), p.person },
            { QStringLiteral("name"), p.name }, { QStringLiteral("speeches"), p.speeches },
            { QStringLiteral("questions"), p.questions } });
    o.insert(u"speeches", speeches);
    QJsonArray byItem;
    for (const ItemSpeeches &i : st.speechesByItem)
        byItem.append(QJsonObject { { QStringLiteral("meeting"), i.meeting },
            { QStringLiteral("item"), i.item }, { QStringLiteral("title"), i.title },
            { QStringLiteral("speeches"), i.speeches },
            { QStringLiteral("questions"), i.questions } });
    o.insert(u"speechesByItem", byItem);
    QJsonArray polls;
    for (const PollOutcome &p : st.polls)
        polls.append(QJsonObject { { QStringLiteral("meeting"), p.meeting },
            { QStringLiteral("poll"), p.poll }, { QStringLiteral("item"), p.item },
            { QStringLiteral("title"), p.title }, { QStringLiteral("closed"), p.closed },
            { QStringLiteral("passed"), p.passed }, { QStringLiteral("decidedBy"), p.decidedBy },
            { QStringLiteral("ballots"), p.ballots } });
    o.insert(u"polls", polls);
    QJsonArray documents;
    for (const MeetingDocuments &d : st.documents) {
        QJsonObject kinds;
        for (auto it = d.byKind.cbegin(); it != d.byKind.cend(); ++it)
            kinds.insert(it.key(), it.value());
        documents.append(QJsonObject { { QStringLiteral("meeting"), d.meeting },
            { QStringLiteral("title"), d.title }, { QStringLiteral("documents"), d.documents },
            { QStringLiteral("versions"), d.versions },
            { QStringLiteral("highestVersion"), d.highestVersion },
            { QStringLiteral("revised"), d.revised }, { QStringLiteral("byKind"), kinds } });
    }
    o.insert(u"documents", documents);
    QJsonArray kinds;
    for (const KindDocuments &k : st.documentKinds)
        kinds.append(QJsonObject { { QStringLiteral("kind"), k.kind },
            { QStringLiteral("documents"), k.documents },
            { QStringLiteral("versions"), k.versions },
            { QStringLiteral("highestVersion"), k.highestVersion },
            { QStringLiteral("revised"), k.revised } });
    o.insert(u"documentKinds", kinds);
    QJsonArray consultations;
    for (const ConsultationRate &c : st.consultations)
        consultations.append(QJsonObject { { QStringLiteral("id"), c.id },
            { QStringLiteral("title"), c.title },
            { QStringLiteral("deadline"), c.deadline.isValid() ? toIsoUtc(c.deadline) : QString() },
            { QStringLiteral("members"), c.members }, { QStringLiteral("answered"), c.answered },
            { QStringLiteral("rate"), c.rate() } });
    o.insert(u"consultations", consultations);
    o.insert(u"consultationsAvailable", st.consultationsAvailable);
    o.insert(u"missingSessions", QJsonArray::fromStringList(st.missingSessions));
    return o;
}

} // namespace phonghop
