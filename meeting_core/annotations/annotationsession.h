#pragma once

#include "meeting_core/annotations/annotation.h"
#include "meeting_core/annotations/annotationstore.h"

#include <QObject>
#include <QUndoStack>
#include <QVector>

namespace phonghop {

// The annotations of one document version for one owner, as the view shows them. Every change
// is a QUndoCommand pushed here, inside the core (docs/architecture.md, undo); each command writes
// to the store before the session announces the change, so what the screen shows as done is already
// committed. A drag (move, resize) with one gesture id merges into a single undo step.
class AnnotationSession final : public QObject {
    Q_OBJECT
public:
    AnnotationSession(AnnotationStore &store, AnnotationScope scope, QObject *parent = nullptr);

    const AnnotationScope &scope() const { return m_scope; }
    QUndoStack *undoStack() { return &m_undo; }

    // Placed annotations (those needing review are listed apart).
    const QVector<Annotation> &annotations() const { return m_annotations; }
    QVector<Annotation> annotationsOnPage(int page) const;
    QVector<Annotation> needingReview() const;
    const Annotation *find(const QString &id) const;

    // Each returns false (and emits storeFailed) when the store refused the change.
    bool add(Annotation annotation);
    bool remove(const QString &id);
    // Replaces an annotation; successive calls with the same non-zero gesture id on the same
    // annotation become one undo step (a drag).
    bool modify(const Annotation &after, int gesture = 0, const QString &text = {});
    bool recolor(const QString &id, const QColor &color);
    // Puts an annotation that needed review on a page (the reader confirmed where it goes).
    bool placeReviewed(const QString &id, int page, const NormalizedRect &where = {});

    // A fresh gesture id for a drag.
    int nextGesture() { return ++m_gesture; }

    // Used by the undo commands: apply a state to store and memory; false on a store error.
    bool applyUpsert(const Annotation &annotation);
    bool applyRemove(const QString &id);

Q_SIGNALS:
    void annotationAdded(const QString &id);
    void annotationChanged(const QString &id);
    void annotationRemoved(const QString &id);
    void changed(); // any of the above, also after undo/redo
    void storeFailed(const QString &message);

private:
    int indexOf(const QString &id) const;

    AnnotationStore &m_store;
    AnnotationScope m_scope;
    QUndoStack m_undo;
    QVector<Annotation> m_annotations; // includes those needing review
    int m_gesture = 0;
};

} // namespace phonghop
