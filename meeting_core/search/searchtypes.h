#pragma once

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>

namespace phonghop {

// What the search index (searchindex.h) takes in and gives back.

// Kinds of searchable text. Document pages, meeting titles and agenda items are indexed
// from the cache by update(); other areas feed their own kinds through addEntry().
namespace searchkinds {
inline const QString documentPage = QStringLiteral("document-page");
inline const QString meeting = QStringLiteral("meeting");
inline const QString agendaItem = QStringLiteral("agenda-item");
inline const QString note = QStringLiteral("note");
inline const QString annotation = QStringLiteral("annotation");
inline const QString conclusion = QStringLiteral("conclusion");
} // namespace searchkinds

// A piece of text someone else owns (a personal note, an annotation's text, a conclusion)
// that search should find. (kind, key) identifies it: adding it again replaces it.
struct SearchEntry {
    QString kind;
    QString key; // stable id in its owner's terms, e.g. the annotation id
    QString meetingId; // required: results are grouped by meeting
    QString agendaItemId; // optional
    QString documentSha256; // optional: the document (version) the text belongs to
    int page = -1; // optional, 0-based
    QString label; // short title shown above the snippet
    QString text;
};

// One place where the query was found, best first in a result list.
struct SearchHit {
    QString kind;
    QString meetingId;
    QString meetingTitle;
    QDateTime meetingStart;
    QString agendaItemId;
    QString documentId; // empty unless the hit is in (or about) a document
    QString documentSha256;
    QString documentTitle;
    QString documentKind;
    int page = -1; // 0-based page index; -1 when the hit is not on a page
    QString label;
    QString snippet; // plain text around the hit, single line
    QVector<QPair<int, int>> highlights; // (start, length) in snippet
    bool exactMatch = false; // the words were found with the marks the reader typed
    double score = 0; // lower is better (bm25)
};

// Hits grouped for display: meetings in the order of their best hit, inside each the
// documents (and other kinds) in the order of their best hit.
struct SearchHitGroup {
    QString documentId; // empty for hits not in a document (agenda items, notes)
    QString title;
    QList<SearchHit> hits;
};
struct SearchMeetingGroup {
    QString meetingId;
    QString meetingTitle;
    QDateTime meetingStart;
    QList<SearchHitGroup> groups;
};
QList<SearchMeetingGroup> groupSearchHits(const QList<SearchHit> &hits);

struct IndexReport {
    int meetingsUpdated = 0;
    int meetingsRemoved = 0;
    int documentsIndexed = 0;
    int pagesIndexed = 0;
    int documentsRemoved = 0;
    int documentsPending = 0; // objects not in the cache yet: indexed after a later sync
    QStringList problems; // translated, one per document that could not be read, or
                          // not wholly (its text past a limit of TextExtractionLimits)
    bool rebuilt = false; // the index was damaged and has been started afresh
    bool cancelled = false;
    QString error; // translated; set when the index could not be written
};

} // namespace phonghop
