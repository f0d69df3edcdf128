#pragma once

#include <QHash>
#include <QObject>

class QAction;
class QMainWindow;
class QTreeView;
class QWidget;

namespace phonghop::ui {

class DocumentView;

// Reading mode (issue 14) for the main window: the meetings, the agenda and the side panels
// step aside and the document takes the whole width, its page and zoom bar kept. It comes on
// by itself in portrait and below about 1400 px of width until the reader chooses. In
// reading mode the meetings and agenda come as a drawer over the left of the document.
// Its actions sit at the front of the viewer's toolbar.
class ReadingMode final : public QObject {
    Q_OBJECT
public:
    // leftPanel: the meetings and agenda column, a child of the window's central splitter.
    ReadingMode(QMainWindow &window, QWidget &leftPanel, DocumentView &view, QTreeView &agendaTree);

    bool isOn() const { return m_on; }
    void setOn(bool on);
    QAction *toggleAction() const { return m_toggleAction; }
    QAction *drawerAction() const { return m_drawerAction; }
    // The window changed size: the automatic choice and the drawer follow.
    void windowResized();

private:
    void followScreenShape();
    void showDrawer(bool open);
    void placeDrawer();

    QMainWindow &m_window;
    QWidget &m_leftPanel;
    DocumentView &m_view;
    QTreeView &m_agendaTree;
    QAction *m_toggleAction;
    QAction *m_drawerAction;
    QAction *m_sessionAction;
    bool m_on = false;
    bool m_chosen = false; // the reader chose; the window's shape no longer decides
    bool m_changing = false;
    QHash<QString, bool> m_dockVisibleBefore;
};

} // namespace phonghop::ui
