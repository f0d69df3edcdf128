#include "searchtables.h"

#include "database.h"

namespace phonghop {

namespace {

QString utcText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(QLatin1Char(','));
}

// The columns every hit query selects, in this order.
constexpr const char *hitColumns
    = "u.kind, m.meeting_id, m.title, m.starts_at, COALESCE(u.agenda_item_id, d.agenda_item_id), "
      "d.document_id, u.sha256, d.title, d.kind, u.page, u.label, t.original, m.start_offset";

SearchHitRecord readHitRow(const Statement &row)
{
    SearchHitRecord hit;
    hit.kind = row.text(0);
    hit.meetingId = row.text(1);
    hit.meetingTitle = row.text(2);
    // In the meeting's own offset (MEETING.json's start), not the computer's time zone; an
    // index made before the offset was kept falls back to the computer's.
    const QDateTime start = QDateTime::fromString(row.text(3), Qt::ISODate);
    hit.meetingStart = row.isNull(12) ? start.toLocalTime()
                                      : start.toOffsetFromUtc(static_cast<int>(row.integer(12)));
    hit.agendaItemId = row.text(4);
    hit.documentId = row.text(5);
    hit.documentSha256 = row.text(6);
    hit.documentTitle = row.text(7);
    hit.documentKind = row.text(8);
    hit.page = static_cast<int>(row.integer(9));
    hit.label = row.text(10);
    hit.original = row.text(11);
    return hit;
}

} // namespace

qint64 SearchTables::insertUnit(const SearchUnitRecord &unit)
{
    m_db.prepare(
            QStringLiteral(
                "INSERT INTO units (kind, key, meeting_id, agenda_item_id, sha256, page, label) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)"))
        .bindAll(unit.kind, unit.key, unit.meetingId, unit.agendaItemId, unit.documentSha256,
            static_cast<qint64>(unit.page >= 0 ? unit.page : -1), unit.label)
        .run();
    const qint64 id = m_db.lastInsertRowId();
    m_db.prepare(QStringLiteral("INSERT INTO unit_text (rowid, folded, original) VALUES (?, ?, ?)"))
        .bindAll(id, unit.folded, unit.original)
        .run();
    return id;
}

void SearchTables::removeUnit(const QString &kind, const QString &key)
{
    m_db.execute(QStringLiteral("DELETE FROM unit_text WHERE rowid IN (SELECT id FROM units WHERE "
                                "kind = ? AND key = ?)"),
        kind, key);
    m_db.execute(QStringLiteral("DELETE FROM units WHERE kind = ? AND key = ?"), kind, key);
}

void SearchTables::removeUnitsOfKind(const QString &kind)
{
    m_db.execute(QStringLiteral(
                     "DELETE FROM unit_text WHERE rowid IN (SELECT id FROM units WHERE kind = ?)"),
        kind);
    m_db.execute(QStringLiteral("DELETE FROM units WHERE kind = ?"), kind);
}

void SearchTables::removeUnitsOfMeeting(const QString &meetingId)
{
    m_db.execute(
        QStringLiteral(
            "DELETE FROM unit_text WHERE rowid IN (SELECT id FROM units WHERE meeting_id = ?)"),
        meetingId);
    m_db.execute(QStringLiteral("DELETE FROM units WHERE meeting_id = ?"), meetingId);
}

void SearchTables::removeUnitsOfMeeting(const QString &meetingId, const QStringList &kinds)
{
    if (kinds.isEmpty())
        return;
    const QString in = placeholders(kinds.size());
    for (const QString &sql : { QStringLiteral("DELETE FROM unit_text WHERE rowid IN (SELECT id "
                                               "FROM units WHERE meeting_id = ? AND kind IN (%1))")
                                    .arg(in),
             QStringLiteral("DELETE FROM units WHERE meeting_id = ? AND kind IN (%1)").arg(in) }) {
        Statement statement = m_db.prepare(sql);
        int index = 0;
        statement.bind(++index, meetingId);
        for (const QString &kind : kinds)
            statement.bind(++index, kind);
        statement.run();
    }
}

void SearchTables::removeUnitsOfDocument(const QString &sha256, const QString &kind)
{
    m_db.execute(QStringLiteral("DELETE FROM unit_text WHERE rowid IN (SELECT id FROM units WHERE "
                                "sha256 = ? AND kind = ?)"),
        sha256, kind);
    m_db.execute(QStringLiteral("DELETE FROM units WHERE sha256 = ? AND kind = ?"), sha256, kind);
}

QHash<QString, int> SearchTables::indexedMeetingRevisions()
{
    QHash<QString, int> indexed;
    Statement rows
        = m_db.query(QStringLiteral("SELECT meeting_id, revision FROM indexed_meetings"));
    while (rows.next())
        indexed.insert(rows.text(0), static_cast<int>(rows.integer(1)));
    return indexed;
}

void SearchTables::putIndexedMeeting(const Meeting &meeting)
{
    m_db.execute(QStringLiteral("INSERT OR REPLACE INTO indexed_meetings (meeting_id, revision, "
                                "title, starts_at, start_offset) VALUES (?, ?, ?, ?, ?)"),
        meeting.id, meeting.revision, meeting.title, utcText(meeting.start),
        static_cast<qint64>(meeting.start.isValid() ? meeting.start.offsetFromUtc() : 0));
}

void SearchTables::putMeetingDocument(const QString &meetingId, const DocumentRef &document)
{
    m_db.execute(QStringLiteral("INSERT OR REPLACE INTO meeting_documents (meeting_id, "
                                "document_id, sha256, agenda_item_id, title, kind) "
                                "VALUES (?, ?, ?, ?, ?, ?)"),
        meetingId, document.id, document.sha256, document.agendaItemId, document.title,
        document.kind);
}

void SearchTables::removeMeetingDocuments(const QString &meetingId)
{
    m_db.execute(QStringLiteral("DELETE FROM meeting_documents WHERE meeting_id = ?"), meetingId);
}

void SearchTables::forgetMeeting(const QString &meetingId)
{
    removeMeetingDocuments(meetingId);
    m_db.execute(QStringLiteral("DELETE FROM indexed_meetings WHERE meeting_id = ?"), meetingId);
}

QStringList SearchTables::unreferencedDocuments()
{
    QStringList unreferenced;
    Statement rows = m_db.query(QStringLiteral("SELECT sha256 FROM indexed_documents WHERE sha256 "
                                               "NOT IN (SELECT sha256 FROM meeting_documents)"));
    while (rows.next())
        unreferenced.append(rows.text(0));
    return unreferenced;
}

void SearchTables::forgetDocument(const QString &sha256)
{
    m_db.execute(QStringLiteral("DELETE FROM indexed_documents WHERE sha256 = ?"), sha256);
}

QStringList SearchTables::pendingDocuments()
{
    QStringList pending;
    Statement rows = m_db.query(
        QStringLiteral("SELECT DISTINCT sha256 FROM meeting_documents WHERE sha256 NOT IN (SELECT "
                       "sha256 FROM indexed_documents) ORDER BY sha256"));
    while (rows.next())
        pending.append(rows.text(0));
    return pending;
}

int SearchTables::pendingDocumentCount()
{
    Statement count
        = m_db.query(QStringLiteral("SELECT COUNT(DISTINCT sha256) FROM meeting_documents WHERE "
                                    "sha256 NOT IN (SELECT sha256 FROM indexed_documents)"));
    return count.next() ? static_cast<int>(count.integer(0)) : 0;
}

void SearchTables::markDocumentIndexed(
    const QString &sha256, qint64 pageCount, const QString &problem)
{
    m_db.execute(QStringLiteral("INSERT OR REPLACE INTO indexed_documents (sha256, page_count, "
                                "problem) VALUES (?, ?, ?)"),
        sha256, pageCount, problem);
}

std::vector<RankedUnit> SearchTables::rankMatches(const QString &match, bool cheapRank, int limit)
{
    std::vector<RankedUnit> ranked;
    Statement rows = m_db.query(
        QStringLiteral("SELECT rowid, rank FROM unit_text WHERE unit_text MATCH ? %1ORDER BY rowid "
                       "DESC LIMIT ?")
            .arg(cheapRank ? QStringLiteral("AND rank MATCH 'phonghop_rank()' ") : QString()),
        match, limit);
    while (rows.next())
        ranked.push_back({ rows.real(1), rows.integer(0) });
    return ranked;
}

QList<SearchHitRecord> SearchTables::describeUnits(const QList<qint64> &units, int limit)
{
    QList<SearchHitRecord> hits;
    Statement details = m_db.prepare(QStringLiteral(
        "SELECT %1 "
        "FROM units u "
        "LEFT JOIN meeting_documents d ON u.sha256 IS NOT NULL AND u.sha256 != '' AND d.sha256 = "
        "u.sha256 "
        "  AND (u.meeting_id IS NULL OR u.meeting_id = '' OR d.meeting_id = u.meeting_id) "
        "JOIN indexed_meetings m ON m.meeting_id = COALESCE(NULLIF(u.meeting_id, ''), "
        "d.meeting_id) "
        "JOIN unit_text t ON t.rowid = u.id "
        "WHERE u.id = ? ORDER BY m.starts_at DESC")
                                         .arg(QLatin1StringView(hitColumns)));
    for (const qint64 unit : units) {
        if (hits.size() >= limit)
            break;
        details.reset();
        details.bind(1, unit);
        while (details.next() && hits.size() < limit) {
            SearchHitRecord hit = readHitRow(details);
            hit.unitId = unit;
            hits.append(hit);
        }
    }
    return hits;
}

// Ranks on small rows first (ids and scores), then reads the page text of the few kept:
// sorting thousands of full pages would cost more than the search itself.
QList<SearchHitRecord> SearchTables::findFiltered(const QString &exact, const QString &together,
    const QString &folded, const SearchRowFilter &filter, int limit)
{
    QString sql
        = QStringLiteral(
            "WITH ranked AS (SELECT u.id AS unit, m.meeting_id AS meeting, d.document_id AS "
            "document, "
            "  bm25(unit_text, 1.0, 0.0) AS score, %1 AS exact, %2 AS together, m.starts_at AS "
            "starts_at, u.page AS page "
            "FROM unit_text t JOIN units u ON u.id = t.rowid "
            "LEFT JOIN meeting_documents d ON u.sha256 IS NOT NULL AND u.sha256 != '' AND d.sha256 "
            "= u.sha256 "
            "  AND (u.meeting_id IS NULL OR u.meeting_id = '' OR d.meeting_id = u.meeting_id) "
            "JOIN indexed_meetings m ON m.meeting_id = COALESCE(NULLIF(u.meeting_id, ''), "
            "d.meeting_id) "
            "WHERE unit_text MATCH ?")
              .arg(exact.isEmpty()
                      ? QStringLiteral("0")
                      : QStringLiteral(
                          "(t.rowid IN (SELECT rowid FROM unit_text WHERE unit_text MATCH ?))"),
                  together.isEmpty()
                      ? QStringLiteral("0")
                      : QStringLiteral(
                          "(t.rowid IN (SELECT rowid FROM unit_text WHERE unit_text MATCH ?))"));
    QList<QString> values;
    if (!exact.isEmpty())
        values.append(exact);
    if (!together.isEmpty())
        values.append(together);
    values.append(folded);
    if (!filter.meetingIds.isEmpty()) {
        sql += QStringLiteral(" AND m.meeting_id IN (%1)")
                   .arg(placeholders(filter.meetingIds.size()));
        values += filter.meetingIds;
    }
    if (filter.from.isValid()) {
        sql += QStringLiteral(" AND m.starts_at >= ?");
        values.append(utcText(filter.from));
    }
    if (filter.to.isValid()) {
        sql += QStringLiteral(" AND m.starts_at < ?");
        values.append(utcText(filter.to));
    }
    if (!filter.documentKinds.isEmpty()) {
        sql += QStringLiteral(" AND d.kind IN (%1)").arg(placeholders(filter.documentKinds.size()));
        values += filter.documentKinds;
    }
    if (!filter.entryKinds.isEmpty()) {
        sql += QStringLiteral(" AND u.kind IN (%1)").arg(placeholders(filter.entryKinds.size()));
        values += filter.entryKinds;
    }
    sql += QStringLiteral(
        " ORDER BY exact DESC, together DESC, score ASC, m.starts_at DESC, u.page ASC LIMIT ?) "
        "SELECT %1, r.score, r.exact "
        "FROM ranked r JOIN units u ON u.id = r.unit JOIN unit_text t ON t.rowid = r.unit "
        "JOIN indexed_meetings m ON m.meeting_id = r.meeting "
        "LEFT JOIN meeting_documents d ON d.meeting_id = r.meeting AND d.document_id = r.document "
        "ORDER BY r.exact DESC, r.together DESC, r.score ASC, r.starts_at DESC, r.page ASC")
               .arg(QLatin1StringView(hitColumns));

    QList<SearchHitRecord> hits;
    Statement statement = m_db.prepare(sql);
    int index = 0;
    for (const QString &value : std::as_const(values))
        statement.bind(++index, value);
    statement.bind(++index, limit);
    while (statement.next()) {
        SearchHitRecord hit = readHitRow(statement);
        hit.score = statement.real(12);
        hit.exact = statement.integer(13) != 0;
        hits.append(hit);
    }
    return hits;
}

} // namespace phonghop
