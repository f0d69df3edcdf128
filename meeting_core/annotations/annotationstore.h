#pragma once

#include "meeting_core/annotations/annotation.h"

#include <QString>
#include <QVector>
#include <functional>
#include <optional>

namespace phonghop {

class Database;

// Whose annotations on which version of which document. Annotations are private: another
// user on the same machine (another owner) never sees them.
struct AnnotationScope {
    QString owner;
    QString documentId; // stays the same across versions (DocumentRef::id)
    int version = 1;
    bool operator==(const AnnotationScope &) const = default;
};

// Annotations and personal notes in the local cache database (MeetingCache::database()).
// Every call is committed (WAL, synchronous=FULL) before it returns, so whatever the screen
// shows as done survives a crash. Throws DatabaseError; AnnotationSession turns that into a
// message.
class AnnotationStore final {
public:
    // Told after a change is committed, on the thread that made it, so derived data (the search
    // index) can follow: edits in the panel, undo and redo, personal notes typed. Only this
    // instance's changes: another connection (the carry-over worker) is not seen.
    struct Observer {
        std::function<void(const AnnotationScope &, const Annotation &)> annotationSaved;
        std::function<void(const AnnotationScope &, const QString &id)> annotationRemoved;
        // Empty text: the note was deleted.
        std::function<void(const QString &owner, const QString &meetingId,
            const QString &agendaItemId, const QString &text)>
            noteSaved;
    };

    explicit AnnotationStore(Database &db); // creates or upgrades its tables

    // One observer; an empty Observer stops telling.
    void setObserver(Observer observer) { m_observer = std::move(observer); }

    QVector<Annotation> annotations(const AnnotationScope &scope);
    std::optional<Annotation> annotation(const AnnotationScope &scope, const QString &id);
    void save(const AnnotationScope &scope, const Annotation &annotation); // insert or replace
    void saveAll(
        const AnnotationScope &scope, const QVector<Annotation> &annotations); // one transaction
    void remove(const AnnotationScope &scope, const QString &id);
    int count(const AnnotationScope &scope);
    // Versions of a document this owner annotated, newest first.
    QVector<int> annotatedVersions(const QString &owner, const QString &documentId);

    // "Ghi chú cá nhân": a note on a meeting (agendaItemId empty) or on one agenda item.
    QString personalNote(
        const QString &owner, const QString &meetingId, const QString &agendaItemId = {});
    void setPersonalNote(const QString &owner, const QString &meetingId,
        const QString &agendaItemId, const QString &text);

    // Carry-over to a new version happens once per (owner, document, from, to).
    bool isCarriedOver(
        const QString &owner, const QString &documentId, int fromVersion, int toVersion);
    void markCarriedOver(
        const QString &owner, const QString &documentId, int fromVersion, int toVersion);

    Database &database() { return m_db; }

private:
    void write(const AnnotationScope &scope, const Annotation &annotation);
    Database &m_db;
    Observer m_observer;
};

} // namespace phonghop
