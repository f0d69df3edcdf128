#pragma once

#include <QObject>

class QAction;
class QMainWindow;

namespace phonghop::ui {

class SeatActions;

// The main window's menu bar: Meeting (sync, the shared folder, cache and sync scope, the seat's
// part in the organisation, the next and previous document, quit), Display (where the focus goes,
// the session panel, search) and Help. What a choice does is the window's: the menus ask.
class MainMenus final : public QObject {
    Q_OBJECT
public:
    enum class Area { Meetings, Agenda, Document };

    // sessionToggle: the session dock's own show/hide action.
    MainMenus(QMainWindow &window, SeatActions &seat, QAction &sessionToggle);

Q_SIGNALS:
    void syncRequested();
    void chooseShareRequested();
    // The cache's size, eviction and the sync scope (CacheSettingsDialog, issue 16).
    void cacheSettingsRequested();
    void stepRequested(int direction); // +1 the next document of the agenda, -1 the one before
    void focusRequested(phonghop::ui::MainMenus::Area area);
    void searchRequested();
};

} // namespace phonghop::ui
