#include "annotations/annotationtoolbar.h"

#include <QActionGroup>
#include <QComboBox>
#include <QPainter>
#include <QPixmap>
#include <QToolButton>
#include <QUndoStack>

namespace phonghop::ui {

namespace {
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
    return {{QColor(255, 226, 52), AnnotationToolBar::tr("Yellow")},
            {QColor(120, 220, 110), AnnotationToolBar::tr("Green")},
            {QColor(100, 180, 255), AnnotationToolBar::tr("Blue")},
            {QColor(255, 130, 170), AnnotationToolBar::tr("Pink")},
            {QColor(220, 40, 40), AnnotationToolBar::tr("Red")},
            {QColor(20, 20, 20), AnnotationToolBar::tr("Black")}};
}

AnnotationToolBar::AnnotationToolBar(AnnotationOverlay *overlay, QWidget *parent)
    : QToolBar(tr("Annotations"), parent), m_overlay(overlay)
{
    setObjectName(QStringLiteral("annotationToolBar"));
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_tools = new QActionGroup(this);
    using Tool = AnnotationOverlay::Tool;
    const QVector<QPair<Tool, QString>> tools = {
        {Tool::Browse, tr("Browse")},         {Tool::Select, tr("Select")},     {Tool::Highlight, tr("Highlight")},
        {Tool::Underline, tr("Underline")},   {Tool::StrikeOut, tr("Strike")},  {Tool::Pen, tr("Pen")},
        {Tool::Eraser, tr("Eraser")},         {Tool::Note, tr("Note")},         {Tool::FreeText, tr("Text")}};
    for (const auto &[tool, label] : tools) {
        QAction *action = addAction(label);
        action->setCheckable(true);
        action->setData(int(tool));
        action->setChecked(tool == Tool::Browse);
        m_tools->addAction(action);
        connect(action, &QAction::triggered, this, [this, tool = tool] { m_overlay->setTool(tool); });
    }
    addSeparator();
    for (const auto &[color, name] : annotationColours()) {
        QAction *action = addAction(swatch(color), name);
        action->setToolTip(tr("Colour: %1").arg(name));
        connect(action, &QAction::triggered, this, [this, color = color] { m_overlay->setColor(color); });
        if (auto *button = qobject_cast<QToolButton *>(widgetForAction(action)))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
    auto *widths = new QComboBox(this);
    widths->setToolTip(tr("Pen width"));
    for (double w : {1.0, 2.0, 3.0, 5.0, 8.0})
        widths->addItem(tr("%1 pt").arg(w), w);
    widths->setCurrentIndex(1);
    connect(widths, &QComboBox::currentIndexChanged, this,
            [this, widths](int i) { m_overlay->setPenWidth(widths->itemData(i).toDouble()); });
    addWidget(widths);
    addSeparator();
    m_delete = addAction(tr("Delete"), m_overlay, &AnnotationOverlay::deleteSelected);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_undo = addAction(tr("Undo"));
    m_undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    m_redo = addAction(tr("Redo"));
    m_redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    for (QAction *a : {m_undo, m_redo})
        a->setShortcutContext(Qt::WindowShortcut);
    connect(m_undo, &QAction::triggered, this, [this] {
        if (m_overlay->session())
            m_overlay->session()->undoStack()->undo();
    });
    connect(m_redo, &QAction::triggered, this, [this] {
        if (m_overlay->session())
            m_overlay->session()->undoStack()->redo();
    });
    sessionChanged();
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

} // namespace phonghop::ui
