#pragma once

#include "annotations/annotationoverlay.h"

#include <QHash>
#include <QSet>
#include <QToolBar>

class QActionGroup;
class QMenu;
class QToolButton;

namespace phonghop::ui {

// The annotation tools: browse, select, highlight in several colours, underline, strike-out,
// pen (colours, widths), eraser, sticky note, free text, delete, undo and redo.
//
// On a narrow window (a portrait tablet is 800 px wide) the bar never hides tools behind Qt's
// extension arrow: what does not fit goes, least needed first, into an explicit "⋯" menu at
// the end, as on the viewer's bar. Browse, highlight, pen, eraser, undo and redo always stay.
class AnnotationToolBar final : public QToolBar {
    Q_OBJECT
public:
    explicit AnnotationToolBar(AnnotationOverlay *overlay, QWidget *parent = nullptr);

    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QAction *toolAction(AnnotationOverlay::Tool tool) const;
    // Follows the overlay's session (its undo stack).
    void sessionChanged();
    // Adds a less frequent action at the end, after a separator the first time (export, comment);
    // it is the first to make way on a narrow window.
    void addSecondaryAction(QAction *action);
    // The "⋯" button and its menu, holding what does not fit on the bar now.
    QToolButton *moreButton() const { return m_moreButton; }
    QMenu *moreMenu() const { return m_moreMenu; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void addGroupSeparator();
    void addToGroup(QAction *action);
    void styleButton(QAction *action);
    void scheduleFit();
    void fitActions();
    int itemWidth(QAction *action) const;

    AnnotationOverlay *m_overlay;
    QActionGroup *m_tools = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_penWidth = nullptr;
    QList<QAction *> m_colours;

    // The bar in its wide order, in groups after a separator each (the first has none).
    struct Group {
        QAction *separator = nullptr;
        QList<QAction *> actions;
    };
    QList<Group> m_groups;
    QList<QAction *> m_leaveOrder; // who goes into "⋯" first
    QSet<QAction *> m_inMenu;
    mutable QHash<QAction *, int> m_widths; // measured on the bar, kept while in the menu
    QToolButton *m_moreButton = nullptr;
    QMenu *m_moreMenu = nullptr;
    QAction *m_moreAction = nullptr;
    bool m_fitScheduled = false;
    bool m_secondaryGroup = false;
};

// The colours offered for highlights and the pen.
QVector<QPair<QColor, QString>> annotationColours();

} // namespace phonghop::ui
