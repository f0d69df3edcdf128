#include "meeting_core/annotations/annotationsession.h"

#include "meeting_core/annotations/annotationcommands.h"
#include "meeting_core/store/database.h"

#include <QCoreApplication>

namespace phonghop {

AnnotationSession::AnnotationSession(AnnotationStore &store, AnnotationScope scope, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_scope(std::move(scope))
{
    try {
        m_annotations = m_store.annotations(m_scope);
    } catch (const DatabaseError &error) {
        // Shown by whoever connects later; the list stays empty rather than half read.
        m_annotations.clear();
        qWarning("annotations could not be read: %s", error.what());
    }
}

QVector<Annotation> AnnotationSession::annotationsOnPage(int page) const
{
    QVector<Annotation> result;
    for (const Annotation &a : m_annotations)
        if (a.page == page && !a.needsReview)
            result.append(a);
    return result;
}

QVector<Annotation> AnnotationSession::needingReview() const
{
    QVector<Annotation> result;
    for (const Annotation &a : m_annotations)
        if (a.needsReview)
            result.append(a);
    return result;
}

int AnnotationSession::indexOf(const QString &id) const
{
    for (int i = 0; i < m_annotations.size(); ++i)
        if (m_annotations[i].id == id)
            return i;
    return -1;
}

const Annotation *AnnotationSession::find(const QString &id) const
{
    const int i = indexOf(id);
    return i < 0 ? nullptr : &m_annotations[i];
}

bool AnnotationSession::add(Annotation annotation)
{
    if (annotation.id.isEmpty())
        annotation.id = newAnnotationId();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!annotation.created.isValid())
        annotation.created = now;
    annotation.modified = now;
    auto *command = new AnnotationCommand(
        *this, std::nullopt, annotation, 0, tr("Add %1").arg(annotationTypeLabel(annotation.type)));
    m_undo.push(command); // QUndoStack owns it (and deletes it at once when it failed)
    return indexOf(annotation.id) >= 0;
}

bool AnnotationSession::remove(const QString &id)
{
    const Annotation *current = find(id);
    if (!current)
        return false;
    m_undo.push(new AnnotationCommand(
        *this, *current, std::nullopt, 0, tr("Delete %1").arg(annotationTypeLabel(current->type))));
    return find(id) == nullptr;
}

bool AnnotationSession::modify(const Annotation &after, int gesture, const QString &text)
{
    const Annotation *current = find(after.id);
    if (!current)
        return false;
    Annotation changed = after;
    changed.modified = QDateTime::currentDateTimeUtc();
    m_undo.push(new AnnotationCommand(*this, *current, changed, gesture,
        text.isEmpty() ? tr("Edit %1").arg(annotationTypeLabel(after.type)) : text));
    const Annotation *now = find(after.id);
    return now && now->modified == changed.modified;
}

bool AnnotationSession::recolor(const QString &id, const QColor &color)
{
    const Annotation *current = find(id);
    if (!current)
        return false;
    Annotation changed = *current;
    changed.color = color;
    return modify(changed, 0, tr("Change colour"));
}

bool AnnotationSession::placeReviewed(const QString &id, int page, const NormalizedRect &where)
{
    const Annotation *current = find(id);
    if (!current)
        return false;
    Annotation changed = *current;
    changed.needsReview = false;
    changed.reviewReason.clear();
    changed.page = page;
    if (!where.isNull())
        changed.resizeTo(where);
    return modify(changed, 0, tr("Place annotation"));
}

bool AnnotationSession::applyUpsert(const Annotation &annotation)
{
    try {
        m_store.save(m_scope, annotation);
    } catch (const DatabaseError &error) {
        Q_EMIT storeFailed(error.isDiskFull()
                ? tr("The disk is full: the annotation was not saved.")
                : tr("The annotation was not saved: %1").arg(QString::fromUtf8(error.what())));
        return false;
    }
    const int i = indexOf(annotation.id);
    if (i < 0) {
        m_annotations.append(annotation);
        Q_EMIT annotationAdded(annotation.id);
    } else {
        m_annotations[i] = annotation;
        Q_EMIT annotationChanged(annotation.id);
    }
    Q_EMIT changed();
    return true;
}

bool AnnotationSession::applyRemove(const QString &id)
{
    try {
        m_store.remove(m_scope, id);
    } catch (const DatabaseError &error) {
        Q_EMIT storeFailed(
            tr("The annotation was not deleted: %1").arg(QString::fromUtf8(error.what())));
        return false;
    }
    const int i = indexOf(id);
    if (i >= 0)
        m_annotations.removeAt(i);
    Q_EMIT annotationRemoved(id);
    Q_EMIT changed();
    return true;
}

} // namespace phonghop
