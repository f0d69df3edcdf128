#pragma once

#include "meeting_core/annotations/annotation.h"
#include "meeting_core/domain/meeting.h"
#include "meeting_core/search/searchindex.h"
#include "meeting_core/trust/decisionchain.h"

#include <QList>
#include <QString>
#include <optional>

namespace phonghop {

class AnnotationStore;

// Turns a delegate's own words into search entries: the text written on annotations
// (searchkinds::annotation), personal notes (searchkinds::note) and the session's conclusions,
// the decisions of the chain (searchkinds::conclusion). Keys are stable, so feeding the same
// thing again replaces its entry. Entry labels hold the agenda item's number ("2", "1.a");
// the search panel words them in the reader's language.
class SearchFeed final {
public:
    // An annotation of one version of a document ("d1/v2/<id>"): a carried-over copy on the next
    // version is another entry.
    static QString annotationKey(
        const QString &documentId, int version, const QString &annotationId);
    // A personal note on a meeting (agendaItemId empty) or on one agenda item.
    static QString noteKey(const QString &meetingId, const QString &agendaItemId);

    // The version of documentId listed in meeting, or null.
    static const DocumentRef *findDocument(
        const Meeting &meeting, const QString &documentId, int version);

    // Nothing for an annotation without words of its own (a bare highlight or stroke).
    static std::optional<SearchEntry> annotationEntry(
        const Meeting &meeting, const DocumentRef &document, const Annotation &annotation);
    // Nothing for an empty note (a note cleared is a note deleted).
    static std::optional<SearchEntry> noteEntry(
        const Meeting &meeting, const QString &agendaItemId, const QString &text);
    // One entry per decision of the verified chain that states a conclusion, keyed by its record
    // hash. Decisions of another meeting than `meeting` are left out.
    static QList<SearchEntry> conclusionEntries(const Meeting &meeting, const ChainReport &chain);

    // Every annotation with text and every personal note of `owner` on these meetings, for the
    // current version of each document (older versions are not offered by the agenda, so a hit
    // there could not be opened). A document listed by two meetings is fed once, with the
    // first. Throws DatabaseError.
    static QList<SearchEntry> gather(
        AnnotationStore &store, const QString &owner, const QList<Meeting> &meetings);
};

} // namespace phonghop
