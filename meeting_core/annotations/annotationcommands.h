#pragma once

#include "meeting_core/annotations/annotation.h"

#include <QUndoCommand>
#include <optional>

namespace phonghop {

class AnnotationSession;

// One undoable change: `before` absent = an addition, `after` absent = a removal, both = an
// edit. redo()/undo() go through the session, which commits to the store first.
class AnnotationCommand final : public QUndoCommand {
public:
    static constexpr int editId = 0x414e4e; // drags of one gesture merge

    AnnotationCommand(AnnotationSession &session, std::optional<Annotation> before,
        std::optional<Annotation> after, int gesture, const QString &text);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    bool failed() const { return m_failed; }

private:
    bool apply(const std::optional<Annotation> &from, const std::optional<Annotation> &to);

    AnnotationSession &m_session;
    std::optional<Annotation> m_before;
    std::optional<Annotation> m_after;
    int m_gesture;
    bool m_failed = false;
};

} // namespace phonghop
