#include "meeting_core/search/searchindex.h"

#include "meeting_core/pdf/pdftextextractor.h"
#include "meeting_core/search/searchsnippet.h"
#include "meeting_core/search/textfolding.h"
#include "meeting_core/store/meetingcache.h"
#include "meeting_core/store/migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QThread>
#include <algorithm>
#include <cmath>
#include <sqlite3.h>
#include <vector>

namespace phonghop {

namespace {

// The context of this file's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::SearchIndex)
};

// The index is derived from the cache; its schema may change freely between versions
// (an unknown version simply means: rebuild).
constexpr Migration searchMigrations[] = {
    {1, R"sql(
CREATE TABLE units (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  key TEXT NOT NULL,
  meeting_id TEXT,
  agenda_item_id TEXT,
  sha256 TEXT,
  page INTEGER,
  label TEXT,
  UNIQUE (kind, key)
);
CREATE INDEX units_by_sha256 ON units(sha256);
CREATE INDEX units_by_meeting ON units(meeting_id);
CREATE VIRTUAL TABLE unit_text USING fts5(folded, original, tokenize = 'unicode61 remove_diacritics 0');
CREATE TABLE indexed_documents (
  sha256 TEXT PRIMARY KEY,
  page_count INTEGER NOT NULL,
  problem TEXT
);
CREATE TABLE indexed_meetings (
  meeting_id TEXT PRIMARY KEY,
  revision INTEGER NOT NULL,
  title TEXT NOT NULL,
  starts_at TEXT
);
CREATE TABLE meeting_documents (
  meeting_id TEXT NOT NULL,
  document_id TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  agenda_item_id TEXT,
  title TEXT,
  kind TEXT,
  PRIMARY KEY (meeting_id, document_id)
);
CREATE INDEX meeting_documents_by_sha256 ON meeting_documents(sha256);
)sql"},
    // Prefix indexes: search-as-you-type asks for "nhan d*", and without them FTS5 merges the
    // doclists of every word starting with d (0.1 s instead of 0.03 s on 10,000 pages). The
    // text is indexed again from the cache.
    {2, R"sql(
DROP TABLE unit_text;
CREATE VIRTUAL TABLE unit_text USING fts5(folded, original, tokenize = 'unicode61 remove_diacritics 0', prefix = '1 2 3');
DELETE FROM units;
DELETE FROM indexed_documents;
DELETE FROM indexed_meetings;
DELETE FROM meeting_documents;
)sql"},
};

QString utcText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

void removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                  QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

// One FTS5 phrase per term, on the given column: "w1 w2" with * when the last word is a
// prefix. Words hold letters and digits only, so quoting them is enough.
QString matchExpression(const QList<SearchTerm> &terms, bool exact)
{
    QStringList parts;
    for (const SearchTerm &term : terms) {
        const QStringList &words = exact ? term.exactWords : term.words;
        if (words.isEmpty())
            return {};
        QString phrase = (exact ? QStringLiteral("original : \"") : QStringLiteral("folded : \""))
            + words.join(QLatin1Char(' ')) + QLatin1Char('"');
        if (term.prefix)
            phrase += QStringLiteral(" *");
        parts.append(phrase);
    }
    return parts.join(QStringLiteral(" AND "));
}

// All the words of the unquoted terms as one phrase ("quyet dinh" -> folded : "quyet dinh"),
// or nothing when there is a single term.
QString adjacentExpression(const QList<SearchTerm> &terms)
{
    if (terms.size() < 2)
        return {};
    QStringList words;
    for (const SearchTerm &term : terms)
        words += term.words;
    QString phrase = QStringLiteral("folded : \"") + words.join(QLatin1Char(' ')) + QLatin1Char('"');
    if (terms.last().prefix)
        phrase += QStringLiteral(" *");
    return phrase;
}

constexpr int maximumRankedMatches = 2000;

// FTS5's bm25, computed the same way (k1 1.2, b 0.75, every column weight 1), but cheaper to
// start. bm25 first counts, for each phrase, the rows it matches in the whole table: for a
// phrase on every page that walks all 10,000 position lists before the first row is scored,
// whatever LIMIT and rowid range the query has. Here the count stops as soon as the phrase is
// on half of the rows, where bm25's idf bottoms out at 1e-6 anyway, and a single phrase is
// not counted at all: its idf multiplies every score alike, so the order stays the same.
struct RankData {
    double averageLength = 1;
    std::vector<double> idf;
    std::vector<double> frequency;
};

struct PhraseCount {
    sqlite3_int64 hits = 0;
    sqlite3_int64 enough = 0;
};

int countPhraseRow(const Fts5ExtensionApi *, Fts5Context *, void *user)
{
    auto *count = static_cast<PhraseCount *>(user);
    return ++count->hits >= count->enough ? SQLITE_DONE : SQLITE_OK;
}

int rankData(const Fts5ExtensionApi *api, Fts5Context *fts, RankData **out)
{
    auto *data = static_cast<RankData *>(api->xGetAuxdata(fts, 0));
    if (data) {
        *out = data;
        return SQLITE_OK;
    }
    sqlite3_int64 rows = 0;
    sqlite3_int64 tokens = 0;
    int rc = api->xRowCount(fts, &rows);
    if (rc == SQLITE_OK)
        rc = api->xColumnTotalSize(fts, -1, &tokens);
    if (rc != SQLITE_OK)
        return rc;
    auto owned = std::make_unique<RankData>();
    owned->averageLength = rows > 0 ? double(tokens) / double(rows) : 1;
    const int phrases = api->xPhraseCount(fts);
    owned->idf.assign(phrases, 1.0);
    owned->frequency.assign(phrases, 0.0);
    for (int i = 0; phrases > 1 && i < phrases; ++i) {
        PhraseCount count;
        count.enough = std::max<sqlite3_int64>(1, (rows + 1) / 2);
        rc = api->xQueryPhrase(fts, i, &count, countPhraseRow);
        if (rc != SQLITE_OK)
            return rc;
        const double idf = std::log((double(rows) - double(count.hits) + 0.5) / (double(count.hits) + 0.5));
        owned->idf[i] = idf <= 0.0 ? 1e-6 : idf;
    }
    data = owned.release();
    rc = api->xSetAuxdata(fts, data, [](void *p) { delete static_cast<RankData *>(p); });
    if (rc != SQLITE_OK)
        return rc;
    *out = data;
    return SQLITE_OK;
}

void rankFunction(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context, int, sqlite3_value **)
{
    constexpr double k1 = 1.2;
    constexpr double b = 0.75;
    RankData *data = nullptr;
    int rc = rankData(api, fts, &data);
    int instances = 0;
    if (rc == SQLITE_OK) {
        std::fill(data->frequency.begin(), data->frequency.end(), 0.0);
        rc = api->xInstCount(fts, &instances);
    }
    for (int i = 0; rc == SQLITE_OK && i < instances; ++i) {
        int phrase = 0;
        int column = 0;
        int offset = 0;
        rc = api->xInst(fts, i, &phrase, &column, &offset);
        if (rc == SQLITE_OK)
            data->frequency[phrase] += 1.0;
    }
    int length = 0;
    if (rc == SQLITE_OK)
        rc = api->xColumnSize(fts, -1, &length);
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(context, rc);
        return;
    }
    double score = 0;
    for (std::size_t i = 0; i < data->idf.size(); ++i) {
        const double f = data->frequency[i];
        // Grouped as bm25 groups it, so that equal inputs give bit-equal scores.
        score += data->idf[i] * ((f * (k1 + 1.0)) / (f + k1 * (1 - b + b * double(length) / data->averageLength)));
    }
    sqlite3_result_double(context, -score);
}

// Registers rankFunction on this connection as phonghop_rank (an FTS5 auxiliary function).
bool registerRankFunction(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) != SQLITE_OK)
        return false;
    sqlite3_bind_pointer(statement, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(statement);
    sqlite3_finalize(statement);
    return api && api->iVersion >= 2
        && api->xCreateFunction(api, "phonghop_rank", nullptr, rankFunction, nullptr) == SQLITE_OK;
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(QLatin1Char(','));
}

} // namespace

QString SearchIndex::pathFor(const QString &cacheDirectory)
{
    return QDir(cacheDirectory).filePath(QStringLiteral("search.sqlite"));
}

Result<std::unique_ptr<SearchIndex>> SearchIndex::open(const QString &cacheDirectory)
{
    using R = Result<std::unique_ptr<SearchIndex>>;
    const QString path = pathFor(cacheDirectory);
    if (!QDir().mkpath(cacheDirectory))
        return R::failure(Tr::tr("Cannot create the folder %1.").arg(cacheDirectory));
    bool rebuilt = false;
    bool lookedAgain = false;
    int busy = 0;
    // Damage (quick_check, a file that is not a database, an unknown schema) means: start
    // afresh. The cache holds everything needed to fill it again.
    for (int attempt = 0; attempt < 2; ++attempt) {
        try {
            Database db = Database::open(path);
            const QString check = db.quickCheck();
            if (check != u"ok")
                throw DatabaseError(11 /* SQLITE_CORRUPT */, check);
            migrate(db, searchMigrations, QStringLiteral("search.sqlite"));
            auto index = std::unique_ptr<SearchIndex>(new SearchIndex(std::move(db), rebuilt));
            index->m_cheapRank = registerRankFunction(index->m_db.handle());
            return R(std::move(index));
        } catch (const DatabaseError &error) {
            // Another connection creating or migrating the file at this moment (the indexer and
            // the entry writer start together) is not damage: both read version 0, and the
            // second one's CREATE TABLE fails; or SQLite answers BUSY at once when a reader would
            // become a writer. Deleting the file then would leave the other connection writing
            // into a file nobody reads. Look again before calling it damage.
            const int primary = error.code() & 0xff;
            if (primary == 5 /* SQLITE_BUSY */ || primary == 6 /* SQLITE_LOCKED */) {
                if (++busy > 250)
                    return R::failure(Tr::tr("The search index %1 is busy.").arg(QDir::toNativeSeparators(path)));
                QThread::msleep(20);
                --attempt;
                continue;
            }
            if (!lookedAgain) {
                lookedAgain = true;
                QThread::msleep(50);
                --attempt;
                continue;
            }
            if (attempt == 1)
                return R::failure(Tr::tr("The search index %1 cannot be opened: %2")
                                      .arg(QDir::toNativeSeparators(path), QString::fromUtf8(error.what())));
            removeDatabaseFiles(path);
            rebuilt = true;
        }
    }
    return R::failure(Tr::tr("The search index cannot be opened."));
}

void SearchIndex::deleteUnits(const QString &where, const QString &value)
{
    m_db.execute(QStringLiteral("DELETE FROM unit_text WHERE rowid IN (SELECT id FROM units WHERE %1)").arg(where), value);
    m_db.execute(QStringLiteral("DELETE FROM units WHERE %1").arg(where), value);
}

qint64 SearchIndex::insertUnit(const SearchEntry &entry)
{
    m_db.prepare(QStringLiteral("INSERT INTO units (kind, key, meeting_id, agenda_item_id, sha256, page, label) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?)"))
        .bindAll(entry.kind, entry.key, entry.meetingId, entry.agendaItemId, entry.documentSha256,
                 static_cast<qint64>(entry.page >= 0 ? entry.page : -1), entry.label)
        .run();
    const qint64 id = m_db.lastInsertRowId();
    const QString original = entry.text.normalized(QString::NormalizationForm_C);
    m_db.prepare(QStringLiteral("INSERT INTO unit_text (rowid, folded, original) VALUES (?, ?, ?)"))
        .bindAll(id, textfolding::fold(original), original)
        .run();
    return id;
}

void SearchIndex::addEntry(const SearchEntry &entry)
{
    Transaction transaction(m_db);
    removeEntry(entry.kind, entry.key);
    insertUnit(entry);
    transaction.commit();
}

void SearchIndex::removeEntry(const QString &kind, const QString &key)
{
    m_db.execute(QStringLiteral("DELETE FROM unit_text WHERE rowid IN (SELECT id FROM units WHERE kind = ? AND key = ?)"), kind, key);
    m_db.execute(QStringLiteral("DELETE FROM units WHERE kind = ? AND key = ?"), kind, key);
}

void SearchIndex::replaceEntries(const QStringList &kinds, const QList<SearchEntry> &entries)
{
    Transaction transaction(m_db);
    for (const QString &kind : kinds)
        deleteUnits(QStringLiteral("kind = ?"), kind);
    for (const SearchEntry &entry : entries) {
        if (kinds.contains(entry.kind))
            insertUnit(entry);
    }
    transaction.commit();
}

void SearchIndex::syncMeetings(MeetingCache &cache, IndexReport &report)
{
    QHash<QString, int> indexed;
    {
        Statement rows = m_db.query(QStringLiteral("SELECT meeting_id, revision FROM indexed_meetings"));
        while (rows.next())
            indexed.insert(rows.text(0), static_cast<int>(rows.integer(1)));
    }
    const QHash<QString, int> cached = cache.cachedRevisions();

    Transaction transaction(m_db);
    for (auto it = indexed.cbegin(); it != indexed.cend(); ++it) {
        if (cached.contains(it.key()))
            continue;
        // The meeting left the cache: so do its titles, notes and annotations.
        deleteUnits(QStringLiteral("meeting_id = ?"), it.key());
        m_db.execute(QStringLiteral("DELETE FROM meeting_documents WHERE meeting_id = ?"), it.key());
        m_db.execute(QStringLiteral("DELETE FROM indexed_meetings WHERE meeting_id = ?"), it.key());
        ++report.meetingsRemoved;
    }
    for (auto it = cached.cbegin(); it != cached.cend(); ++it) {
        if (indexed.value(it.key(), -1) == it.value())
            continue;
        const std::optional<Meeting> meeting = cache.meeting(it.key());
        if (!meeting)
            continue;
        m_db.execute(QStringLiteral("DELETE FROM unit_text WHERE rowid IN (SELECT id FROM units WHERE meeting_id = ? AND kind IN (?, ?))"),
                     meeting->id, searchkinds::meeting, searchkinds::agendaItem);
        m_db.execute(QStringLiteral("DELETE FROM units WHERE meeting_id = ? AND kind IN (?, ?)"),
                     meeting->id, searchkinds::meeting, searchkinds::agendaItem);
        m_db.execute(QStringLiteral("DELETE FROM meeting_documents WHERE meeting_id = ?"), meeting->id);

        SearchEntry title;
        title.kind = searchkinds::meeting;
        title.key = meeting->id;
        title.meetingId = meeting->id;
        title.label = meeting->title;
        title.text = QStringList{meeting->title, meeting->organisation, meeting->location}.join(QLatin1Char('\n'));
        insertUnit(title);
        for (const AgendaItem &item : meeting->agenda) {
            SearchEntry entry;
            entry.kind = searchkinds::agendaItem;
            entry.key = meeting->id + QLatin1Char('/') + item.id;
            entry.meetingId = meeting->id;
            entry.agendaItemId = item.id;
            entry.label = item.number;
            entry.text = item.presenter.isEmpty() ? item.title : item.title + QLatin1Char('\n') + item.presenter;
            insertUnit(entry);
        }
        for (const DocumentRef &document : meeting->documents) {
            m_db.execute(QStringLiteral("INSERT OR REPLACE INTO meeting_documents (meeting_id, document_id, sha256, agenda_item_id, title, kind) "
                                        "VALUES (?, ?, ?, ?, ?, ?)"),
                         meeting->id, document.id, document.sha256, document.agendaItemId, document.title, document.kind);
        }
        m_db.execute(QStringLiteral("INSERT OR REPLACE INTO indexed_meetings (meeting_id, revision, title, starts_at) VALUES (?, ?, ?, ?)"),
                     meeting->id, meeting->revision, meeting->title, utcText(meeting->start));
        ++report.meetingsUpdated;
    }
    transaction.commit();
}

void SearchIndex::dropUnreferencedDocuments(IndexReport &report)
{
    QStringList unreferenced;
    {
        Statement rows = m_db.query(QStringLiteral(
            "SELECT sha256 FROM indexed_documents WHERE sha256 NOT IN (SELECT sha256 FROM meeting_documents)"));
        while (rows.next())
            unreferenced.append(rows.text(0));
    }
    if (unreferenced.isEmpty())
        return;
    Transaction transaction(m_db);
    for (const QString &sha256 : unreferenced) {
        m_db.execute(QStringLiteral("DELETE FROM unit_text WHERE rowid IN (SELECT id FROM units WHERE sha256 = ? AND kind = ?)"),
                     sha256, searchkinds::documentPage);
        m_db.execute(QStringLiteral("DELETE FROM units WHERE sha256 = ? AND kind = ?"), sha256, searchkinds::documentPage);
        m_db.execute(QStringLiteral("DELETE FROM indexed_documents WHERE sha256 = ?"), sha256);
        ++report.documentsRemoved;
    }
    transaction.commit();
}

int SearchIndex::pendingDocumentCount()
{
    Statement count = m_db.query(QStringLiteral(
        "SELECT COUNT(DISTINCT sha256) FROM meeting_documents WHERE sha256 NOT IN (SELECT sha256 FROM indexed_documents)"));
    return count.next() ? static_cast<int>(count.integer(0)) : 0;
}

IndexReport SearchIndex::update(MeetingCache &cache, const CancellationToken &cancel,
                                const ProgressCallback &progress)
{
    IndexReport report;
    report.rebuilt = m_rebuilt;
    try {
        syncMeetings(cache, report);
        dropUnreferencedDocuments(report);

        QStringList pending;
        {
            Statement rows = m_db.query(QStringLiteral(
                "SELECT DISTINCT sha256 FROM meeting_documents WHERE sha256 NOT IN (SELECT sha256 FROM indexed_documents) ORDER BY sha256"));
            while (rows.next())
                pending.append(rows.text(0));
        }
        const int total = static_cast<int>(pending.size());
        if (progress)
            progress(0, total);
        int done = 0;
        for (const QString &sha256 : pending) {
            if (cancel.isCancelled()) {
                report.cancelled = true;
                break;
            }
            DocumentRef reference;
            reference.sha256 = sha256;
            const QString path = cache.documentPath(reference);
            if (!cache.objects().contains(sha256)) {
                // Not synced yet: try again after the next sync.
                ++report.documentsPending;
            } else {
                QStringList limited; // what the limits kept out: said once, never retried
                const Result<QStringList> pages
                    = PdfTextExtractor::extractPages(path, cancel, m_textLimits, &limited);
                if (cancel.isCancelled()) {
                    report.cancelled = true;
                    break;
                }
                Transaction transaction(m_db);
                // Earlier pages of this object may remain from an interrupted run.
                m_db.execute(QStringLiteral("DELETE FROM unit_text WHERE rowid IN (SELECT id FROM units WHERE sha256 = ? AND kind = ?)"),
                             sha256, searchkinds::documentPage);
                m_db.execute(QStringLiteral("DELETE FROM units WHERE sha256 = ? AND kind = ?"), sha256, searchkinds::documentPage);
                if (pages) {
                    for (int page = 0; page < pages.value().size(); ++page) {
                        const QString &text = pages.value().at(page);
                        if (text.trimmed().isEmpty())
                            continue; // a scanned page: nothing to find (no OCR)
                        SearchEntry entry;
                        entry.kind = searchkinds::documentPage;
                        entry.key = sha256 + QLatin1Char('#') + QString::number(page);
                        entry.documentSha256 = sha256;
                        entry.page = page;
                        entry.text = text;
                        insertUnit(entry);
                        ++report.pagesIndexed;
                    }
                    if (!limited.isEmpty())
                        report.problems.append(limited.join(u' '));
                } else {
                    report.problems.append(pages.error());
                }
                m_db.execute(QStringLiteral("INSERT OR REPLACE INTO indexed_documents (sha256, page_count, problem) VALUES (?, ?, ?)"),
                             sha256, pages ? static_cast<qint64>(pages.value().size()) : qint64(0),
                             pages ? limited.join(u' ') : pages.error());
                transaction.commit();
                ++report.documentsIndexed;
            }
            ++done;
            if (progress)
                progress(done, total);
        }
    } catch (const DatabaseError &error) {
        report.error = Tr::tr("The search index could not be updated: %1").arg(QString::fromUtf8(error.what()));
    }
    return report;
}

QList<SearchHit> SearchIndex::search(const SearchQuery &query)
{
    QList<SearchHit> hits;
    const QList<SearchTerm> terms = parseSearchText(query.text, query.prefixLastWord);
    const QString folded = matchExpression(terms, false);
    if (folded.isEmpty())
        return hits;
    const bool wantExact = textfolding::hasDiacritics(query.text);
    const QString exact = wantExact ? matchExpression(terms, true) : QString();
    // Several words typed without quotes: places where they stand together, in that order,
    // come before pages that merely contain them all.
    const QString together = adjacentExpression(terms);

    const bool filtered = !query.meetingIds.isEmpty() || query.from.isValid() || query.to.isValid()
        || !query.documentKinds.isEmpty() || !query.entryKinds.isEmpty();
    if (!filtered) {
        try {
            return searchByTiers(terms, {exact, together, folded}, std::max(1, query.limit));
        } catch (const DatabaseError &) {
            return {};
        }
    }

    // Filtered: rank on small rows first (ids and scores), then read the page text of the few kept:
    // sorting thousands of full pages would cost more than the search itself.
    QString sql = QStringLiteral(
        "WITH ranked AS (SELECT u.id AS unit, m.meeting_id AS meeting, d.document_id AS document, "
        "  bm25(unit_text, 1.0, 0.0) AS score, %1 AS exact, %2 AS together, m.starts_at AS starts_at, u.page AS page "
        "FROM unit_text t JOIN units u ON u.id = t.rowid "
        "LEFT JOIN meeting_documents d ON u.sha256 IS NOT NULL AND u.sha256 != '' AND d.sha256 = u.sha256 "
        "  AND (u.meeting_id IS NULL OR u.meeting_id = '' OR d.meeting_id = u.meeting_id) "
        "JOIN indexed_meetings m ON m.meeting_id = COALESCE(NULLIF(u.meeting_id, ''), d.meeting_id) "
        "WHERE unit_text MATCH ?")
                      .arg(exact.isEmpty() ? QStringLiteral("0")
                                           : QStringLiteral("(t.rowid IN (SELECT rowid FROM unit_text WHERE unit_text MATCH ?))"),
                           together.isEmpty() ? QStringLiteral("0")
                                              : QStringLiteral("(t.rowid IN (SELECT rowid FROM unit_text WHERE unit_text MATCH ?))"));
    QList<QString> values;
    if (!exact.isEmpty())
        values.append(exact);
    if (!together.isEmpty())
        values.append(together);
    values.append(folded);
    if (!query.meetingIds.isEmpty()) {
        sql += QStringLiteral(" AND m.meeting_id IN (%1)").arg(placeholders(query.meetingIds.size()));
        values += query.meetingIds;
    }
    if (query.from.isValid()) {
        sql += QStringLiteral(" AND m.starts_at >= ?");
        values.append(utcText(query.from));
    }
    if (query.to.isValid()) {
        sql += QStringLiteral(" AND m.starts_at < ?");
        values.append(utcText(query.to));
    }
    if (!query.documentKinds.isEmpty()) {
        sql += QStringLiteral(" AND d.kind IN (%1)").arg(placeholders(query.documentKinds.size()));
        values += query.documentKinds;
    }
    if (!query.entryKinds.isEmpty()) {
        sql += QStringLiteral(" AND u.kind IN (%1)").arg(placeholders(query.entryKinds.size()));
        values += query.entryKinds;
    }
    sql += QStringLiteral(" ORDER BY exact DESC, together DESC, score ASC, m.starts_at DESC, u.page ASC LIMIT ?) "
                          "SELECT u.kind, m.meeting_id, m.title, m.starts_at, COALESCE(u.agenda_item_id, d.agenda_item_id), "
                          "d.document_id, u.sha256, d.title, d.kind, u.page, u.label, t.original, r.score, r.exact "
                          "FROM ranked r JOIN units u ON u.id = r.unit JOIN unit_text t ON t.rowid = r.unit "
                          "JOIN indexed_meetings m ON m.meeting_id = r.meeting "
                          "LEFT JOIN meeting_documents d ON d.meeting_id = r.meeting AND d.document_id = r.document "
                          "ORDER BY r.exact DESC, r.together DESC, r.score ASC, r.starts_at DESC, r.page ASC");

    try {
        Statement statement = m_db.prepare(sql);
        int index = 0;
        for (const QString &value : std::as_const(values))
            statement.bind(++index, value);
        statement.bind(++index, std::max(1, query.limit));
        while (statement.next())
            hits.append(readHit(statement, 0, terms, statement.real(12), statement.integer(13) != 0));
    } catch (const DatabaseError &) {
        // A query FTS5 refuses finds nothing rather than failing the search box.
        hits.clear();
    }
    return hits;
}

// Columns from `first`: kind, meeting id, meeting title, start, agenda item, document id,
// sha256, document title, document kind, page, label, original text.
SearchHit SearchIndex::readHit(const Statement &row, int first, const QList<SearchTerm> &terms, double score,
                               bool exact)
{
    SearchHit hit;
    hit.kind = row.text(first);
    hit.meetingId = row.text(first + 1);
    hit.meetingTitle = row.text(first + 2);
    hit.meetingStart = QDateTime::fromString(row.text(first + 3), Qt::ISODate).toLocalTime();
    hit.agendaItemId = row.text(first + 4);
    hit.documentId = row.text(first + 5);
    hit.documentSha256 = row.text(first + 6);
    hit.documentTitle = row.text(first + 7);
    hit.documentKind = row.text(first + 8);
    hit.page = static_cast<int>(row.integer(first + 9));
    hit.label = row.text(first + 10);
    const Snippet snippet = makeSnippet(row.text(first + 11), terms);
    hit.snippet = snippet.text;
    hit.highlights = snippet.highlights;
    hit.score = score;
    hit.exactMatch = exact;
    return hit;
}

// Without filters, FTS5 ranks by itself (ORDER BY rank LIMIT, no joins over every match):
// first the places with the marks as typed, then the words side by side, then the rest.
// Only the kept candidates are joined to their meetings and documents.
QList<SearchHit> SearchIndex::searchByTiers(const QList<SearchTerm> &terms, const QStringList &tiers, int limit)
{
    struct Candidate {
        qint64 id;
        int tier;
        double rank;
    };
    QList<Candidate> candidates;
    QSet<qint64> seen;
    const int perTier = std::max(limit, 25) * 2;
    for (int tier = 0; tier < tiers.size(); ++tier) {
        // Earlier tiers come first: once they fill the page, ranking the rest is wasted work
        // (each tier ranks up to 2,000 pages: a few ms for a word on all 10,000 pages).
        if (tiers.at(tier).isEmpty() || candidates.size() >= limit)
            continue;
        // A query that matches thousands of pages ("uy ban") is ranked among the most recently
        // indexed ones only (newest meetings' documents): bm25 costs the same for every match,
        // and past a few thousand the order of near-equal pages tells the reader nothing.
        // One pass reads them newest first with their rank; the best are kept here (equal
        // ranks: the newer first), rather than finding the cut-off in one pass and ranking in
        // a second.
        std::vector<std::pair<double, qint64>> ranked;
        {
            Statement rows = m_db.query(
                QStringLiteral("SELECT rowid, rank FROM unit_text WHERE unit_text MATCH ? %1ORDER BY rowid DESC LIMIT ?")
                    .arg(m_cheapRank ? QStringLiteral("AND rank MATCH 'phonghop_rank()' ") : QString()),
                tiers.at(tier), maximumRankedMatches);
            while (rows.next())
                ranked.emplace_back(rows.real(1), rows.integer(0));
        }
        const auto kept = ranked.begin() + std::min<std::ptrdiff_t>(perTier, std::ssize(ranked));
        std::partial_sort(ranked.begin(), kept, ranked.end(), [](const auto &a, const auto &b) {
            return a.first != b.first ? a.first < b.first : a.second > b.second;
        });
        for (auto it = ranked.begin(); it != kept; ++it) {
            const qint64 id = it->second;
            if (seen.contains(id))
                continue;
            seen.insert(id);
            candidates.append({id, tier, it->first});
        }
    }
    QList<SearchHit> hits;
    Statement details = m_db.prepare(QStringLiteral(
        "SELECT u.kind, m.meeting_id, m.title, m.starts_at, COALESCE(u.agenda_item_id, d.agenda_item_id), "
        "d.document_id, u.sha256, d.title, d.kind, u.page, u.label, t.original "
        "FROM units u "
        "LEFT JOIN meeting_documents d ON u.sha256 IS NOT NULL AND u.sha256 != '' AND d.sha256 = u.sha256 "
        "  AND (u.meeting_id IS NULL OR u.meeting_id = '' OR d.meeting_id = u.meeting_id) "
        "JOIN indexed_meetings m ON m.meeting_id = COALESCE(NULLIF(u.meeting_id, ''), d.meeting_id) "
        "JOIN unit_text t ON t.rowid = u.id "
        "WHERE u.id = ? ORDER BY m.starts_at DESC"));
    for (const Candidate &candidate : std::as_const(candidates)) {
        if (hits.size() >= limit)
            break;
        details.reset();
        details.bind(1, candidate.id);
        while (details.next() && hits.size() < limit)
            hits.append(readHit(details, 0, terms, candidate.rank, candidate.tier == 0 && !tiers.first().isEmpty()));
    }
    return hits;
}

QList<SearchMeetingGroup> groupSearchHits(const QList<SearchHit> &hits)
{
    QList<SearchMeetingGroup> meetings;
    for (const SearchHit &hit : hits) {
        auto meeting = std::find_if(meetings.begin(), meetings.end(),
                                    [&hit](const SearchMeetingGroup &g) { return g.meetingId == hit.meetingId; });
        if (meeting == meetings.end()) {
            meetings.append(SearchMeetingGroup{hit.meetingId, hit.meetingTitle, hit.meetingStart, {}});
            meeting = std::prev(meetings.end());
        }
        auto group = std::find_if(meeting->groups.begin(), meeting->groups.end(),
                                  [&hit](const SearchHitGroup &g) { return g.documentId == hit.documentId; });
        if (group == meeting->groups.end()) {
            meeting->groups.append(SearchHitGroup{hit.documentId, hit.documentTitle, {}});
            group = std::prev(meeting->groups.end());
        }
        group->hits.append(hit);
    }
    return meetings;
}

} // namespace phonghop
