#include "sessionsummary.h"

#include "meeting_core/domain/meeting.h"
#include "meeting_core/store/database.h"
#include "meeting_core/store/migrations.h"
#include "meeting_core/trust/signedrecord.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QMap>
#include <algorithm>
#include <tuple>

namespace phonghop {

namespace {

constexpr Migration summaryMigrations[] = {
    { 1, R"sql(
CREATE TABLE session_summaries (
  meeting_id TEXT PRIMARY KEY,
  taken_at TEXT NOT NULL,
  record_count INTEGER NOT NULL,
  records_sha256 TEXT NOT NULL,
  roster_revision INTEGER NOT NULL,
  minutes_signed INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE TABLE session_attendance (
  meeting_id TEXT NOT NULL REFERENCES session_summaries(meeting_id) ON DELETE CASCADE,
  person_id TEXT NOT NULL,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  role TEXT NOT NULL,
  category TEXT NOT NULL,
  reason TEXT,
  proxy_to TEXT,
  PRIMARY KEY (meeting_id, person_id)
) WITHOUT ROWID;
CREATE TABLE session_speeches (
  meeting_id TEXT NOT NULL REFERENCES session_summaries(meeting_id) ON DELETE CASCADE,
  person_id TEXT NOT NULL,
  item_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  count INTEGER NOT NULL,
  PRIMARY KEY (meeting_id, person_id, item_id, kind)
) WITHOUT ROWID;
CREATE TABLE session_polls (
  meeting_id TEXT NOT NULL REFERENCES session_summaries(meeting_id) ON DELETE CASCADE,
  poll_id TEXT NOT NULL,
  position INTEGER NOT NULL,
  item_id TEXT NOT NULL,
  title TEXT NOT NULL,
  kind TEXT NOT NULL,
  secret INTEGER NOT NULL,
  closed INTEGER NOT NULL,
  passed INTEGER NOT NULL,
  decided_by TEXT NOT NULL,
  ballots INTEGER NOT NULL,
  counts TEXT,
  PRIMARY KEY (meeting_id, poll_id)
) WITHOUT ROWID;
)sql" },
};

QString speechKind(SpeakType type)
{
    return type == SpeakType::Question ? QStringLiteral("question") : QStringLiteral("speech");
}

// The agenda item a poll belongs to: the decision resting on its close, else a conclusion
// draft citing it, else the prepared poll of the manifest it was opened from.
QString pollItem(const SessionState &state, const PollState &poll, const Meeting *meeting)
{
    if (poll.closed) {
        const QList<DecisionRecord> &decisions = state.chain.decisions;
        for (qsizetype i = decisions.size() - 1; i >= 0; --i)
            if (decisions[i].pollCloseHashes.contains(poll.closeHash))
                return decisions[i].agendaItemId;
    }
    for (const ConclusionDraft &draft : state.conclusionDrafts)
        if (draft.pollIds.contains(poll.open.poll.id))
            return draft.itemId;
    if (meeting)
        if (const PreparedPoll *prepared = meeting->poll(poll.open.poll.id))
            return prepared->agendaItemId;
    return {};
}

} // namespace

SessionSummaryArchive::SessionSummaryArchive(Database &db)
    : m_db(db)
{
    migrateComponent(m_db, QStringLiteral("session-summary"), summaryMigrations);
}

QString SessionSummaryArchive::recordsFingerprint(
    const QString &rosterRecordHash, const QList<SessionFile> &files)
{
    QList<const SessionFile *> sorted;
    sorted.reserve(files.size());
    for (const SessionFile &file : files)
        sorted << &file;
    std::sort(sorted.begin(), sorted.end(), [](const SessionFile *a, const SessionFile *b) {
        return std::tie(a->deviceFolder, a->fileName) < std::tie(b->deviceFolder, b->fileName);
    });
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(rosterRecordHash.toUtf8());
    hash.addData(QByteArrayView("\n", 1));
    for (const SessionFile *file : std::as_const(sorted)) {
        hash.addData(file->deviceFolder.toUtf8());
        hash.addData(QByteArrayView("/", 1));
        hash.addData(file->fileName.toUtf8());
        hash.addData(QByteArrayView("\n", 1));
        hash.addData(QCryptographicHash::hash(file->bytes, QCryptographicHash::Sha256));
    }
    return QString::fromLatin1(hash.result().toHex());
}

bool SessionSummaryArchive::keep(const QString &meetingId, const SessionState &state,
    const QString &fingerprint, int recordCount, const QDateTime &takenAt, const Meeting *meeting)
{
    {
        Statement kept = m_db.query(
            QStringLiteral("SELECT records_sha256 FROM session_summaries WHERE meeting_id = ?"),
            meetingId);
        if (kept.next() && kept.text(0) == fingerprint)
            return false;
    }
    Transaction transaction(m_db);
    // The rows cascade away with their summary: replaced whole, never added to.
    m_db.execute(QStringLiteral("DELETE FROM session_summaries WHERE meeting_id = ?"), meetingId);
    m_db.execute(QStringLiteral("INSERT INTO session_summaries (meeting_id, taken_at, "
                                "record_count, records_sha256, roster_revision, minutes_signed) "
                                "VALUES (?, ?, ?, ?, ?, ?)"),
        meetingId, toIsoUtc(takenAt.toUTC()), recordCount, fingerprint,
        static_cast<qint64>(state.roster.roster.revision), !state.minutesSha256.isEmpty());

    Statement attendance = m_db.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO session_attendance (meeting_id, person_id, position, name, role, "
        "category, reason, proxy_to) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    int position = 0;
    for (const AttendanceEntry &entry : state.attendance) {
        const AttendanceCategory category = attendanceCategory(entry);
        attendance
            .bindAll(meetingId, entry.participantId, position++, entry.name, roleKey(entry.role),
                attendanceCategoryId(category),
                category == AttendanceCategory::Excused || category == AttendanceCategory::Proxy
                    ? entry.reason.trimmed()
                    : QString(),
                entry.proxyTo)
            .run();
        attendance.reset();
    }

    QMap<std::tuple<QString, QString, QString>, int> speeches;
    for (const SpeechRecord &speech : state.speeches)
        ++speeches[{ speech.participantId, speech.itemId, speechKind(speech.type) }];
    Statement speech = m_db.prepare(
        QStringLiteral("INSERT INTO session_speeches (meeting_id, person_id, item_id, kind, count) "
                       "VALUES (?, ?, ?, ?, ?)"));
    for (auto it = speeches.cbegin(); it != speeches.cend(); ++it) {
        speech
            .bindAll(meetingId, std::get<0>(it.key()), std::get<1>(it.key()), std::get<2>(it.key()),
                it.value())
            .run();
        speech.reset();
    }

    Statement poll = m_db.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO session_polls (meeting_id, poll_id, position, item_id, title, "
        "kind, secret, closed, passed, decided_by, ballots, counts) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    position = 0;
    for (const PollState &p : state.polls) {
        const QString counts = p.closed
            ? QString::fromUtf8(QJsonDocument(p.result.countsJson()).toJson(QJsonDocument::Compact))
            : QString();
        // A poll filed under no item, and an open poll's "decided by", are empty texts: a null
        // QString binds as NULL, which these NOT NULL columns refuse (the whole summary with it).
        const auto text = [](const QString &s) { return s.isNull() ? QStringLiteral("") : s; };
        poll.bindAll(meetingId, p.open.poll.id, position++, text(pollItem(state, p, meeting)),
                p.open.poll.title, pollKindId(p.open.poll.kind), p.open.poll.secret, p.closed,
                p.closed && p.result.passed, text(p.closed ? p.result.decidedBy : QString()),
                p.closed ? p.result.ballotsCounted : 0, counts)
            .run();
        poll.reset();
    }
    transaction.commit();
    return true;
}

std::optional<SessionSummaryArchive::Info> SessionSummaryArchive::info(const QString &meetingId)
{
    Statement s = m_db.query(
        QStringLiteral("SELECT taken_at, record_count, records_sha256, roster_revision, "
                       "minutes_signed FROM session_summaries WHERE meeting_id = ?"),
        meetingId);
    if (!s.next())
        return std::nullopt;
    return Info { meetingId, fromIsoUtc(s.text(0)), static_cast<int>(s.integer(1)), s.text(2),
        static_cast<int>(s.integer(3)), s.integer(4) != 0 };
}

QStringList SessionSummaryArchive::meetingIds()
{
    QStringList ids;
    Statement s = m_db.prepare(
        QStringLiteral("SELECT meeting_id FROM session_summaries ORDER BY meeting_id"));
    while (s.next())
        ids << s.text(0);
    return ids;
}

void SessionSummaryArchive::remove(const QString &meetingId)
{
    m_db.execute(QStringLiteral("DELETE FROM session_summaries WHERE meeting_id = ?"), meetingId);
}

} // namespace phonghop
