#pragma once

#include "meeting_core/util/result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <functional>

class QPainter;

namespace phonghop {

class Database;
class LocaleFormat;
class MeetingCache;

// Statistics ("Thống kê", issue 17): attendance, speeches and questions, polls, documents and
// consultation answer rates over every meeting (and consultation) in the cache of a period,
// optionally of one unit. Computed from the cache only: the meetings tables and the session
// summary archive (meeting_core/session/sessionsummary.h), with a few SQL queries. The same
// computation serves `phonghop-cli stats`, the statistics screen and the exports
// (docs/statistics.md).

// One end of the period: a calendar day (compared with the meeting's start date in the
// meeting's own UTC offset, both ends inclusive) or an instant (ISO 8601 with a time).
struct PeriodBound {
    QDate date; // a day
    QDateTime instant; // or an instant
    bool isSet() const { return date.isValid() || instant.isValid(); }
    // "2026-03-01" or "2026-03-01T08:00:00+07:00"; an error for anything else.
    static Result<PeriodBound> parse(const QString &text);
    QString toString() const; // as parsed: "2026-03-01", or the instant in ISO 8601
};

struct StatisticsQuery {
    PeriodBound from; // unset: since the first meeting
    PeriodBound to; // unset: up to the last meeting
    // The unit: a meeting's `organisation` (MeetingSummary::organisation, the body that
    // holds it: "Ủy ban nhân dân huyện Sơn Hà"), compared exactly after trimming. Empty: all.
    QString unit;
};

struct PersonAttendance {
    QString person; // participant id (the organisation's people directory id)
    QString name; // as the newest meeting of the period lists it
    int meetings = 0; // meetings of the period with a session summary listing the person
    int present = 0;
    int excused = 0; // absent with a reason
    int absent = 0; // absent without a reason
    int proxy = 0; // represented by proxy
    int notCheckedIn = 0;
};

struct PersonSpeeches {
    QString person;
    QString name;
    int speeches = 0;
    int questions = 0;
};

struct ItemSpeeches {
    QString meeting; // meeting id
    QString meetingTitle;
    QString item; // agenda item id (empty: filed under no item)
    QString title; // the item's number and title, as the cached meeting lists it
    int speeches = 0;
    int questions = 0;
};

struct PollOutcome {
    QString meeting;
    QString meetingTitle;
    QString poll;
    QString item; // the agenda item its decision or conclusion is filed under (may be empty)
    QString title;
    bool closed = false;
    bool passed = false;
    QString decidedBy; // "threshold", "chair-tie-break", "quorum", "no-votes"; empty while open
    int ballots = 0; // ballots counted by the close
};

struct MeetingDocuments {
    QString meeting;
    QString title;
    QDateTime start;
    int documents = 0;
    int versions = 0; // the sum of the documents' version numbers (every version published)
    int highestVersion = 0;
    int revised = 0; // documents with more than one version
    QMap<QString, int> byKind; // kind ("to-trinh", ...; "" when none) → documents
};

struct KindDocuments {
    QString kind;
    int documents = 0;
    int versions = 0;
    int highestVersion = 0;
    int revised = 0;
};

struct ConsultationRate {
    QString id;
    QString title;
    QDateTime deadline;
    int members = 0; // asked
    int answered = 0;
    double rate() const { return members > 0 ? double(answered) / members : 0.0; }
};

struct Statistics {
    StatisticsQuery query;
    int meetings = 0; // meetings of the period (and unit) in the cache
    QList<PersonAttendance> attendance; // by name
    QList<PersonSpeeches> speeches; // by name; only people who spoke or asked
    QList<ItemSpeeches> speechesByItem; // meeting start, then agenda order
    QList<PollOutcome> polls; // meeting start, then opening order
    QList<MeetingDocuments> documents; // meeting start
    QList<KindDocuments> documentKinds; // by kind
    QList<ConsultationRate> consultations; // deadline order
    // The written consultations (meeting_core/consult) of the period whose deadline falls in
    // it, of the unit (their issuing body) when one is given. Always true since the
    // consultations are part of this build (kept in the JSON for readers of the first one).
    bool consultationsAvailable = true;
    // Meetings of the period with no session summary in the cache (never refreshed on this
    // seat, or the share could not be read): their attendance, speeches and polls are missing
    // from the figures (not guessed). Meeting ids, start order.
    QStringList missingSessions;
};

// The figures of the period, from the cache only. Creates the archive's tables when missing.
// Throws DatabaseError.
Statistics computeStatistics(Database &cacheDb, const StatisticsQuery &query);
// The same for callers above the store (the screen): a cache that cannot be read is a failure
// carrying SQLite's message, never thrown.
Result<Statistics> statisticsFromCache(Database &cacheDb, const StatisticsQuery &query);

// Brings the session summary archive up to date for the meetings of the period from the
// share, verifying as SessionService does (one SessionService refresh per meeting whose
// session has records). A meeting whose session cannot be read is left as the archive has it.
struct SummaryUpdate {
    QStringList updated; // meetings whose summary was written now
    QStringList unchanged; // read, the same records as the summary kept
    QStringList failed; // could not be read (the share unreachable, no roster, ...)
    QStringList messages; // translated, one per failure: "<meeting id>: <why>"
    bool shareReachable = true;
};
SummaryUpdate updateSessionSummaries(
    MeetingCache &cache, const QString &sharePath, const StatisticsQuery &query);

// The JSON of `phonghop-cli stats --json` (docs/statistics.md).
QJsonObject statisticsToJson(const Statistics &statistics);

// The tables as shown, exported and printed, with their bar chart. Columns and titles are
// translated; numbers formatted with `format` (plain digits when null: the CSV).
enum class StatisticsTableId {
    Attendance,
    Speeches,
    SpeechesByItem,
    Polls,
    Documents,
    DocumentKinds,
    Consultations
};
struct BarChart {
    QString title;
    QStringList series; // legend, one per bar of a group
    struct Group {
        QString label;
        QList<double> values; // one per series
    };
    QList<Group> groups;
    bool percent = false; // values are fractions 0..1, drawn as per cent
};
struct StatisticsTable {
    StatisticsTableId id = StatisticsTableId::Attendance;
    QString key; // "attendance", ... as in the JSON
    QString title; // translated
    QStringList columns; // translated
    QList<QStringList> rows;
    BarChart chart;
};
QList<StatisticsTable> statisticsTables(
    const Statistics &statistics, const LocaleFormat *format = nullptr);

// Paints the chart into rect (QtGui only: the PDF export and the screen's chart widget draw
// the same). Groups beyond what fits are left out with "… n more" said under the chart.
void paintBarChart(QPainter &painter, const QRectF &rect, const BarChart &chart);

// One CSV file with a section per table (a title line, a header, the rows, a blank line),
// UTF-8 with a byte-order mark and CRLF line ends, as the other CSV exports.
QByteArray exportStatisticsCsv(const Statistics &statistics);
// An A4 PDF: a heading with the period and unit, then each table with its bar chart. Written
// under a temporary name renamed into place: on failure nothing is left at path.
Status writeStatisticsPdf(
    const Statistics &statistics, const QString &path, const LocaleFormat &format);

} // namespace phonghop
