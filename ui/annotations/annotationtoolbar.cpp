#include "annotations/annotationtoolbar.h"

#include "style/touchstyle.h"

#include <QActionGroup>
#include <QEvent>
#include <QLayout>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QStyle>
#include <QToolButton>
#include <QUndoStack>

namespace phonghop::ui {

namespace {
// Fingers need targets of at least 44 px (Apple HIG; Material asks 48 dp).
constexpr int touchTarget = 44;
// Kept free at the end of the bar: what fits by our measure must fit by QToolBar's too, or it
// would hide the last tool behind its own arrow.
constexpr int fitSlack = 8;

QIcon swatch(const QColor &color)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(color.darker(150), 2));
    painter.setBrush(color);
    painter.drawEllipse(QRectF(4, 4, 24, 24));
    return QIcon(pixmap);
}
} // namespace

QVector<QPair<QColor, QString>> annotationColours()
{
    return { { QColor(255, 226, 52), AnnotationToolBar::tr("Yellow") },
        { QColor(120, 220, 110), AnnotationToolBar::tr("Green") },
        { QColor(100, 180, 255), AnnotationToolBar::tr("Blue") },
        { QColor(255, 130, 170), AnnotationToolBar::tr("Pink") },
        { QColor(220, 40, 40), AnnotationToolBar::tr("Red") },
        { QColor(20, 20, 20), AnnotationToolBar::tr("Black") } };
}

AnnotationToolBar::AnnotationToolBar(AnnotationOverlay *overlay, QWidget *parent)
    : QToolBar(tr("Annotations"), parent)
    , m_overlay(overlay)
{
    setObjectName(QStringLiteral("annotationToolBar"));
    setToolButtonStyle(Qt::ToolButtonTextOnly);

    // "⋯" first, so that every action goes before it.
    m_moreMenu = new QMenu(this);
    m_moreButton = makeOverflowButton(m_moreMenu, QStringLiteral("annotationMore"), this);
    m_moreAction = addWidget(m_moreButton);
    m_moreAction->setVisible(false);
    m_groups.append(Group {});

    m_tools = new QActionGroup(this);
    using Tool = AnnotationOverlay::Tool;
    const QVector<QPair<Tool, QString>> tools = { { Tool::Browse, tr("Browse") },
        { Tool::Select, tr("Select") }, { Tool::Highlight, tr("Highlight") },
        { Tool::Underline, tr("Underline") }, { Tool::StrikeOut, tr("Strike") },
        { Tool::Pen, tr("Pen") }, { Tool::Eraser, tr("Eraser") }, { Tool::Note, tr("Note") },
        { Tool::FreeText, tr("Text") } };
    for (const auto &[tool, label] : tools) {
        auto *action = new QAction(label, this);
        action->setCheckable(true);
        action->setData(int(tool));
        action->setChecked(tool == Tool::Browse);
        m_tools->addAction(action);
        connect(
            action, &QAction::triggered, this, [this, tool = tool] { m_overlay->setTool(tool); });
        addToGroup(action);
    }
    addGroupSeparator();
    for (const auto &[color, name] : annotationColours()) {
        auto *action = new QAction(swatch(color), name, this);
        action->setToolTip(tr("Colour: %1").arg(name));
        connect(action, &QAction::triggered, this,
            [this, color = color] { m_overlay->setColor(color); });
        m_colours << action;
        addToGroup(action);
    }
    // The pen's width: a button with a menu ("2 pt"), a submenu when in "⋯".
    m_penWidth = new QAction(tr("Pen width"), this);
    m_penWidth->setToolTip(tr("Pen width"));
    auto *widthMenu = new QMenu(this);
    auto *widths = new QActionGroup(widthMenu);
    for (double w : { 1.0, 2.0, 3.0, 5.0, 8.0 }) {
        QAction *choice = widthMenu->addAction(tr("%1 pt").arg(w));
        choice->setCheckable(true);
        choice->setChecked(w == 2.0);
        widths->addAction(choice);
        connect(choice, &QAction::triggered, this, [this, w, choice] {
            m_overlay->setPenWidth(w);
            m_penWidth->setIconText(choice->text());
        });
    }
    m_penWidth->setMenu(widthMenu);
    m_penWidth->setIconText(tr("%1 pt").arg(2.0));
    addToGroup(m_penWidth);
    addGroupSeparator();
    m_delete = new QAction(tr("Delete"), this);
    connect(m_delete, &QAction::triggered, m_overlay, &AnnotationOverlay::deleteSelected);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_undo = new QAction(tr("Undo"), this);
    m_undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    m_redo = new QAction(tr("Redo"), this);
    m_redo->setShortcuts(
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y) });
    for (QAction *a : { m_delete, m_undo, m_redo })
        addToGroup(a);
    for (QAction *a : { m_undo, m_redo })
        a->setShortcutContext(Qt::WindowShortcut);
    connect(m_undo, &QAction::triggered, this, [this] {
        if (m_overlay->session())
            m_overlay->session()->undoStack()->undo();
    });
    connect(m_redo, &QAction::triggered, this, [this] {
        if (m_overlay->session())
            m_overlay->session()->undoStack()->redo();
    });

    // Least needed first. Undo and redo stay, their shortcuts need them on a visible bar; so
    // do browse, highlight, pen and the eraser, the tools of a delegate reading with a pen.
    m_leaveOrder << m_penWidth;
    for (auto it = m_colours.crbegin(); it != m_colours.crend(); ++it)
        m_leaveOrder << *it;
    m_leaveOrder << m_delete;
    for (Tool tool : { Tool::FreeText, Tool::Note, Tool::StrikeOut, Tool::Underline, Tool::Select })
        m_leaveOrder << toolAction(tool);
    sessionChanged();
    scheduleFit();
}

void AnnotationToolBar::addGroupSeparator()
{
    m_groups.append(Group { insertSeparator(m_moreAction), {} });
}

void AnnotationToolBar::addToGroup(QAction *action)
{
    insertAction(m_moreAction, action);
    m_groups.last().actions << action;
    styleButton(action);
}

void AnnotationToolBar::addSecondaryAction(QAction *action)
{
    if (!m_secondaryGroup) {
        addGroupSeparator();
        m_secondaryGroup = true;
    }
    addToGroup(action);
    m_leaveOrder.prepend(action); // the last added leaves first
    scheduleFit();
}

// A button made anew (an action back from "⋯") gets its look again.
void AnnotationToolBar::styleButton(QAction *action)
{
    auto *button = qobject_cast<QToolButton *>(widgetForAction(action));
    if (!button)
        return;
    if (m_colours.contains(action))
        button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    if (action == m_penWidth)
        button->setPopupMode(QToolButton::InstantPopup);
}

QAction *AnnotationToolBar::toolAction(AnnotationOverlay::Tool tool) const
{
    for (QAction *a : m_tools->actions())
        if (a->data().toInt() == int(tool))
            return a;
    return nullptr;
}

void AnnotationToolBar::sessionChanged()
{
    AnnotationSession *session = m_overlay->session();
    m_undo->setEnabled(session && session->undoStack()->canUndo());
    m_redo->setEnabled(session && session->undoStack()->canRedo());
    if (!session)
        return;
    QUndoStack *stack = session->undoStack();
    connect(stack, &QUndoStack::canUndoChanged, m_undo, &QAction::setEnabled, Qt::UniqueConnection);
    connect(stack, &QUndoStack::canRedoChanged, m_redo, &QAction::setEnabled, Qt::UniqueConnection);
    connect(stack, &QUndoStack::undoTextChanged, m_undo,
        [this](const QString &text) { m_undo->setToolTip(tr("Undo %1").arg(text)); });
    connect(stack, &QUndoStack::redoTextChanged, m_redo,
        [this](const QString &text) { m_redo->setToolTip(tr("Redo %1").arg(text)); });
}

void AnnotationToolBar::resizeEvent(QResizeEvent *event)
{
    QToolBar::resizeEvent(event);
    scheduleFit();
}

void AnnotationToolBar::changeEvent(QEvent *event)
{
    QToolBar::changeEvent(event);
    if (event->type() == QEvent::StyleChange || event->type() == QEvent::FontChange
        || event->type() == QEvent::LanguageChange)
        scheduleFit();
}

void AnnotationToolBar::scheduleFit()
{
    if (std::exchange(m_fitScheduled, true))
        return;
    QMetaObject::invokeMethod(this, &AnnotationToolBar::fitActions, Qt::QueuedConnection);
}

int AnnotationToolBar::itemWidth(QAction *action) const
{
    QWidget *widget = action == m_moreAction ? m_moreButton : widgetForAction(action);
    if (widget && (action == m_moreAction || !m_inMenu.contains(action)))
        m_widths.insert(action, widget->sizeHint().expandedTo(widget->minimumSize()).width());
    return m_widths.value(action, touchTarget);
}

void AnnotationToolBar::fitActions()
{
    m_fitScheduled = false;
    QSet<QAction *> leaving;
    if (orientation() == Qt::Horizontal) {
        const int spacing = layout() ? layout()->spacing() : 0;
        const QMargins margins = layout() ? layout()->contentsMargins() : QMargins();
        int available = width() - margins.left() - margins.right() - fitSlack;
        if (isMovable())
            available
                -= style()->pixelMetric(QStyle::PM_ToolBarHandleExtent, nullptr, this) + spacing;
        for (const Group &group : std::as_const(m_groups))
            for (QAction *action : group.actions)
                itemWidth(action);
        auto needed = [&](const QSet<QAction *> &out) {
            int total = 0;
            int items = 0;
            for (const Group &group : std::as_const(m_groups)) {
                int shown = 0;
                for (QAction *action : group.actions)
                    shown += action->isVisible() && !out.contains(action);
                if (shown == 0)
                    continue;
                if (group.separator && items > 0) {
                    total += itemWidth(group.separator);
                    ++items;
                }
                for (QAction *action : group.actions) {
                    if (action->isVisible() && !out.contains(action)) {
                        total += itemWidth(action);
                        ++items;
                    }
                }
            }
            if (!out.isEmpty()) {
                total += itemWidth(m_moreAction);
                ++items;
            }
            return total + spacing * std::max(0, items - 1);
        };
        for (QAction *action : std::as_const(m_leaveOrder)) {
            if (needed(leaving) <= available)
                break;
            leaving.insert(action);
        }
    }
    if (leaving == m_inMenu)
        return;

    // From the end backwards, so that each action comes back before its right neighbour.
    QAction *following = m_moreAction;
    for (auto group = m_groups.crbegin(); group != m_groups.crend(); ++group) {
        bool anyOnBar = false;
        for (auto it = group->actions.crbegin(); it != group->actions.crend(); ++it) {
            QAction *action = *it;
            if (leaving.contains(action)) {
                if (!m_inMenu.contains(action))
                    removeAction(action);
                continue;
            }
            if (m_inMenu.contains(action)) {
                insertAction(following, action);
                m_inMenu.remove(action); // measured on the bar from now on
                styleButton(action);
            }
            following = action;
            anyOnBar = true;
        }
        if (group->separator) {
            group->separator->setVisible(anyOnBar);
            following = group->separator;
        }
    }
    m_inMenu = leaving;
    m_moreMenu->clear();
    for (const Group &group : std::as_const(m_groups)) {
        QList<QAction *> out;
        for (QAction *action : group.actions)
            if (leaving.contains(action))
                out << action;
        if (out.isEmpty())
            continue;
        if (!m_moreMenu->isEmpty())
            m_moreMenu->addSeparator();
        m_moreMenu->addActions(out);
    }
    m_moreAction->setVisible(!leaving.isEmpty());
}

} // namespace phonghop::ui
