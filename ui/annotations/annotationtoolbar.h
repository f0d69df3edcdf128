#pragma once

#include "annotations/annotationoverlay.h"

#include <QToolBar>

class QActionGroup;

namespace phonghop::ui {

// The annotation tools: browse, select, highlight in several colours, underline, strike-out,
// pen (colours, widths), eraser, sticky note, free text, delete, undo and redo.
class AnnotationToolBar final : public QToolBar {
    Q_OBJECT
public:
    explicit AnnotationToolBar(AnnotationOverlay *overlay, QWidget *parent = nullptr);

    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QAction *toolAction(AnnotationOverlay::Tool tool) const;
    // Follows the overlay's session (its undo stack).
    void sessionChanged();

private:
    AnnotationOverlay *m_overlay;
    QActionGroup *m_tools = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_delete = nullptr;
};

// The colours offered for highlights and the pen.
QVector<QPair<QColor, QString>> annotationColours();

} // namespace phonghop::ui
