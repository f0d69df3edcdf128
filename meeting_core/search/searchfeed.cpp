#include "meeting_core/search/searchfeed.h"

#include "meeting_core/annotations/annotationstore.h"

#include <QSet>

namespace phonghop {

namespace {

QString itemNumber(const Meeting &meeting, const QString &agendaItemId)
{
    if (agendaItemId.isEmpty())
        return {};
    for (const AgendaItem &item : meeting.agenda) {
        if (item.id == agendaItemId)
            return item.number;
    }
    return {};
}

} // namespace

QString SearchFeed::annotationKey(
    const QString &documentId, int version, const QString &annotationId)
{
    return documentId + QStringLiteral("/v") + QString::number(version) + QLatin1Char('/')
        + annotationId;
}

QString SearchFeed::noteKey(const QString &meetingId, const QString &agendaItemId)
{
    return meetingId + QLatin1Char('/') + agendaItemId;
}

const DocumentRef *SearchFeed::findDocument(
    const Meeting &meeting, const QString &documentId, int version)
{
    for (const DocumentRef &document : meeting.documents) {
        if (document.id == documentId && document.version == version)
            return &document;
    }
    return nullptr;
}

std::optional<SearchEntry> SearchFeed::annotationEntry(
    const Meeting &meeting, const DocumentRef &document, const Annotation &annotation)
{
    const QString text = annotation.contents.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    SearchEntry entry;
    entry.kind = searchkinds::annotation;
    entry.key = annotationKey(document.id, document.version, annotation.id);
    entry.meetingId = meeting.id;
    entry.agendaItemId = document.agendaItemId;
    entry.documentSha256 = document.sha256;
    // One waiting for review has no place on a page yet: the hit opens the document.
    entry.page = annotation.needsReview ? -1 : annotation.page;
    entry.label = itemNumber(meeting, document.agendaItemId);
    entry.text = text;
    return entry;
}

std::optional<SearchEntry> SearchFeed::noteEntry(
    const Meeting &meeting, const QString &agendaItemId, const QString &text)
{
    if (text.trimmed().isEmpty())
        return std::nullopt;
    SearchEntry entry;
    entry.kind = searchkinds::note;
    entry.key = noteKey(meeting.id, agendaItemId);
    entry.meetingId = meeting.id;
    entry.agendaItemId = agendaItemId;
    entry.label = itemNumber(meeting, agendaItemId);
    entry.text = text;
    return entry;
}

QList<SearchEntry> SearchFeed::conclusionEntries(const Meeting &meeting, const ChainReport &chain)
{
    QList<SearchEntry> entries;
    const qsizetype count = std::min(chain.decisions.size(), chain.hashes.size());
    for (qsizetype i = 0; i < count; ++i) {
        const DecisionRecord &decision = chain.decisions.at(i);
        if (decision.meetingId != meeting.id || decision.conclusion.trimmed().isEmpty())
            continue;
        SearchEntry entry;
        entry.kind = searchkinds::conclusion;
        entry.key = chain.hashes.at(i);
        entry.meetingId = meeting.id;
        entry.agendaItemId = decision.agendaItemId;
        entry.label = itemNumber(meeting, decision.agendaItemId);
        entry.text = decision.conclusion;
        entries.append(entry);
    }
    return entries;
}

QList<SearchEntry> SearchFeed::gather(
    AnnotationStore &store, const QString &owner, const QList<Meeting> &meetings)
{
    QList<SearchEntry> entries;
    QSet<QString> documentsSeen;
    for (const Meeting &meeting : meetings) {
        for (const DocumentRef &document : meeting.documents) {
            const QString version = annotationKey(document.id, document.version, {});
            if (documentsSeen.contains(version))
                continue;
            documentsSeen.insert(version);
            for (const Annotation &annotation :
                store.annotations({ owner, document.id, document.version })) {
                if (std::optional<SearchEntry> entry
                    = annotationEntry(meeting, document, annotation))
                    entries.append(std::move(*entry));
            }
        }
        if (std::optional<SearchEntry> note
            = noteEntry(meeting, {}, store.personalNote(owner, meeting.id)))
            entries.append(std::move(*note));
        for (const AgendaItem &item : meeting.agenda) {
            if (std::optional<SearchEntry> note
                = noteEntry(meeting, item.id, store.personalNote(owner, meeting.id, item.id)))
                entries.append(std::move(*note));
        }
    }
    return entries;
}

} // namespace phonghop
