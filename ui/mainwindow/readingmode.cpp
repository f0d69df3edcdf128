#include "mainwindow/readingmode.h"

#include "mainwindow/agendamodel.h"
#include "viewer/documentview.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QSplitter>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>

namespace phonghop::ui {

ReadingMode::ReadingMode(
    QMainWindow &window, QWidget &leftPanel, DocumentView &view, QTreeView &agendaTree)
    : QObject(&window)
    , m_window(window)
    , m_leftPanel(leftPanel)
    , m_view(view)
    , m_agendaTree(agendaTree)
    , m_toggleAction(new QAction(tr("Reading mode"), this))
    , m_drawerAction(new QAction(tr("Agenda"), this))
    , m_sessionAction(new QAction(tr("Session"), this))
{
    QToolBar *bar = m_view.toolBar();
    QAction *first = bar->actions().isEmpty() ? nullptr : bar->actions().constFirst();
    m_toggleAction->setObjectName(QStringLiteral("readingModeAction"));
    m_toggleAction->setCheckable(true);
    m_toggleAction->setShortcut(QKeySequence(Qt::Key_F8));
    m_toggleAction->setToolTip(tr("Reading mode: the document alone, full width (F8)"));
    m_toggleAction->setIcon(QIcon(QStringLiteral(":/icons/reading-mode.svg")));
    connect(m_toggleAction, &QAction::triggered, this, [this](bool on) {
        m_chosen = true;
        setOn(on);
        followScreenShape();
    });
    m_drawerAction->setObjectName(QStringLiteral("drawerAction"));
    m_drawerAction->setCheckable(true);
    m_drawerAction->setToolTip(tr("The meetings, the agenda and its documents"));
    m_drawerAction->setIcon(QIcon(QStringLiteral(":/icons/agenda-drawer.svg")));
    connect(m_drawerAction, &QAction::toggled, this, [this](bool open) {
        if (m_changing)
            return;
        showDrawer(open && m_on);
    });
    m_sessionAction->setObjectName(QStringLiteral("sessionPanelAction"));
    m_sessionAction->setToolTip(tr("The session panel: attendance, speakers, votes (F9)"));
    m_sessionAction->setIcon(QIcon(QStringLiteral(":/icons/session.svg")));
    connect(m_sessionAction, &QAction::triggered, this, [this] {
        if (auto *dock = m_window.findChild<QDockWidget *>(QStringLiteral("sessionDock")))
            dock->setVisible(!dock->isVisible());
    });
    bar->insertAction(first, m_toggleAction);
    bar->insertAction(first, m_drawerAction);
    bar->insertAction(first, m_sessionAction);
    bar->insertSeparator(first);
    for (QAction *action : { m_toggleAction, m_drawerAction, m_sessionAction })
        if (auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(action)))
            button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_window.addAction(m_toggleAction);
    m_drawerAction->setVisible(false);
    m_sessionAction->setVisible(false);
    // Picking a document in the drawer puts the drawer away again.
    connect(&m_agendaTree, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        if (m_on && m_drawerAction->isChecked()
            && !index.data(AgendaModel::DocumentIdRole).toString().isEmpty())
            m_drawerAction->setChecked(false);
    });
}

// In reading mode the meetings and agenda come as a drawer over the left of the document, under
// the viewer's bar (which stays usable), instead of squeezing the document into a strip.
void ReadingMode::showDrawer(bool open)
{
    auto *columns = qobject_cast<QSplitter *>(m_window.centralWidget());
    if (open) {
        m_leftPanel.setParent(&m_window);
        m_leftPanel.setAutoFillBackground(true);
        placeDrawer();
        m_leftPanel.show();
        m_leftPanel.raise();
        m_agendaTree.setFocus();
    } else {
        if (columns && m_leftPanel.parentWidget() != columns) {
            columns->insertWidget(0, &m_leftPanel);
            columns->setSizes({ 440, std::max(0, columns->width() - 440) });
        }
        m_leftPanel.setVisible(!m_on);
    }
}

void ReadingMode::placeDrawer()
{
    if (m_leftPanel.parentWidget() != &m_window)
        return;
    const QRect area = m_window.centralWidget()->geometry();
    const QToolBar *bar = m_view.toolBar();
    const int top = bar->mapTo(&m_window, QPoint(0, bar->height())).y();
    const int width = std::min(480, area.width() * 85 / 100);
    m_leftPanel.setGeometry(area.left(), top, width, area.bottom() + 1 - top);
}

void ReadingMode::setOn(bool on)
{
    m_toggleAction->setChecked(on);
    if (on == m_on)
        return;
    m_changing = true;
    m_on = on;
    const QList<QDockWidget *> docks
        = m_window.findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly);
    if (on) {
        m_dockVisibleBefore.clear();
        for (QDockWidget *dock : docks) {
            m_dockVisibleBefore.insert(dock->objectName(), !dock->isHidden());
            dock->hide();
        }
        m_leftPanel.hide();
    } else {
        for (QDockWidget *dock : docks)
            dock->setVisible(m_dockVisibleBefore.value(dock->objectName(), true));
        showDrawer(false);
        m_leftPanel.show();
    }
    if (m_drawerAction->isChecked() && on)
        showDrawer(false);
    m_drawerAction->setChecked(false);
    m_drawerAction->setVisible(on);
    m_sessionAction->setVisible(on);
    m_changing = false;
}

void ReadingMode::followScreenShape()
{
    if (!m_chosen) {
        const QSize size = m_window.size();
        setOn(size.height() > size.width() || size.width() < 1400);
    }
    // Names beside the icons where there is room; on a tablet's width the icons alone (with
    // their tooltips), so the page and zoom controls keep their place.
    const Qt::ToolButtonStyle style
        = m_on && m_window.width() >= 1000 ? Qt::ToolButtonTextBesideIcon : Qt::ToolButtonIconOnly;
    for (QAction *action : { m_toggleAction, m_drawerAction, m_sessionAction })
        if (auto *button = qobject_cast<QToolButton *>(m_view.toolBar()->widgetForAction(action)))
            button->setToolButtonStyle(style);
}

void ReadingMode::windowResized()
{
    followScreenShape();
    placeDrawer();
}

} // namespace phonghop::ui
