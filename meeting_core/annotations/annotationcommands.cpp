#include "meeting_core/annotations/annotationcommands.h"

#include "meeting_core/annotations/annotationsession.h"

namespace phonghop {

AnnotationCommand::AnnotationCommand(AnnotationSession &session, std::optional<Annotation> before,
    std::optional<Annotation> after, int gesture, const QString &text)
    : QUndoCommand(text)
    , m_session(session)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_gesture(gesture)
{
}

bool AnnotationCommand::apply(
    const std::optional<Annotation> &from, const std::optional<Annotation> &to)
{
    if (to)
        return m_session.applyUpsert(*to);
    if (from)
        return m_session.applyRemove(from->id);
    return true;
}

void AnnotationCommand::redo()
{
    m_failed = !apply(m_before, m_after);
    // A change the store refused must not stay on the stack as if it had happened.
    if (m_failed)
        setObsolete(true);
}

void AnnotationCommand::undo()
{
    m_failed = !apply(m_after, m_before);
}

int AnnotationCommand::id() const
{
    return m_gesture != 0 && m_before && m_after ? editId : -1;
}

bool AnnotationCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const AnnotationCommand *>(other);
    if (!next || next->m_gesture != m_gesture || !next->m_after || !m_after
        || next->m_after->id != m_after->id)
        return false;
    m_after = next->m_after;
    return true;
}

} // namespace phonghop
