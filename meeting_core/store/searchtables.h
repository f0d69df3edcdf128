#pragma once

#include "meeting_core/domain/meeting.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <vector>

namespace phonghop {

class Database;

// One searchable text as the index stores it: what it belongs to, and its text twice, folded
// (matched by FTS5) and as written (snippets, and matches with the marks the reader typed).
struct SearchUnitRecord {
    QString kind;
    QString key;
    QString meetingId;
    QString agendaItemId;
    QString documentSha256;
    int page = -1; // 0-based; -1 when not on a page
    QString label;
    QString folded;
    QString original;
};

// A matching unit joined to its meeting and document: what a search hit shows.
struct SearchHitRecord {
    qint64 unitId = 0; // from describeUnits
    QString kind;
    QString meetingId;
    QString meetingTitle;
    QDateTime meetingStart; // in the meeting's own offset
    QString agendaItemId;
    QString documentId;
    QString documentSha256;
    QString documentTitle;
    QString documentKind;
    int page = -1;
    QString label;
    QString original;
    double score = 0; // from findFiltered: bm25 over the folded text, lower is better
    bool exact = false; // from findFiltered: the unit also matches the exact expression
};

// A unit's place in a ranking: FTS5's rank (lower is better) and the unit.
struct RankedUnit {
    double rank = 0;
    qint64 unit = 0;
};

// Narrows a search to some meetings, a time range and kinds of documents or entries.
struct SearchRowFilter {
    QStringList meetingIds;
    QDateTime from; // meetings starting at or after
    QDateTime to; // meetings starting before
    QStringList documentKinds;
    QStringList entryKinds;
};

// Every SQL statement of the search index (schema: searchschema.h), on a connection the
// index owns. Match expressions are FTS5 syntax built by the search layer; values are always
// bound. Throws DatabaseError.
class SearchTables final {
public:
    explicit SearchTables(Database &db)
        : m_db(db)
    {
    }

    // Units.
    qint64 insertUnit(const SearchUnitRecord &unit);
    void removeUnit(const QString &kind, const QString &key);
    void removeUnitsOfKind(const QString &kind);
    void removeUnitsOfMeeting(const QString &meetingId);
    void removeUnitsOfMeeting(const QString &meetingId, const QStringList &kinds);
    void removeUnitsOfDocument(const QString &sha256, const QString &kind);

    // The meetings the index has read (id -> revision) and the documents they list.
    QHash<QString, int> indexedMeetingRevisions();
    void putIndexedMeeting(const Meeting &meeting);
    void putMeetingDocument(const QString &meetingId, const DocumentRef &document);
    void removeMeetingDocuments(const QString &meetingId);
    void forgetMeeting(const QString &meetingId); // its documents and its revision

    // Documents (by SHA-256) whose text is indexed, and those still to read.
    QStringList unreferencedDocuments(); // indexed, but no meeting lists them any more
    void forgetDocument(const QString &sha256);
    QStringList pendingDocuments(); // listed by a meeting, not indexed yet; by SHA-256
    int pendingDocumentCount();
    void markDocumentIndexed(const QString &sha256, qint64 pageCount, const QString &problem);

    // Up to `limit` units matching, the most recently indexed first, with their rank by
    // phonghop_rank (fts5rank.h) when `cheapRank`, else by bm25.
    std::vector<RankedUnit> rankMatches(const QString &match, bool cheapRank, int limit);
    // The units with their meetings and documents, in the order given (a unit listed by
    // several meetings: the newest meeting first), at most `limit` rows.
    QList<SearchHitRecord> describeUnits(const QList<qint64> &units, int limit);
    // Units matching `folded` that pass the filter, best first: those matching `exact`, then
    // `together` (either may be empty), then by bm25, newer meetings and earlier pages first.
    QList<SearchHitRecord> findFiltered(const QString &exact, const QString &together,
        const QString &folded, const SearchRowFilter &filter, int limit);

private:
    Database &m_db;
};

} // namespace phonghop
