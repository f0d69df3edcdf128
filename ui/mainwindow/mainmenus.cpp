#include "mainwindow/mainmenus.h"

#include "about/aboutdialog.h"
#include "mainwindow/seatactions.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

namespace phonghop::ui {

MainMenus::MainMenus(QMainWindow &window, SeatActions &seat, QAction &sessionToggle)
    : QObject(&window)
{
    QMenu *meetingMenu = window.menuBar()->addMenu(tr("&Meeting"));
    QAction *syncNow
        = meetingMenu->addAction(QIcon(QStringLiteral(":/icons/sync.svg")), tr("&Sync now"));
    syncNow->setShortcut(QKeySequence::Refresh);
    connect(syncNow, &QAction::triggered, this, &MainMenus::syncRequested);
    QAction *chooseShare = meetingMenu->addAction(
        QIcon(QStringLiteral(":/icons/folder.svg")), tr("Choose the shared &folder…"));
    connect(chooseShare, &QAction::triggered, this, &MainMenus::chooseShareRequested);
    QAction *cacheSettings = meetingMenu->addAction(tr("&Cache and sync…"));
    cacheSettings->setObjectName(QStringLiteral("cacheSettingsAction"));
    connect(cacheSettings, &QAction::triggered, this, &MainMenus::cacheSettingsRequested);
    seat.addTo(*meetingMenu);
    meetingMenu->addSeparator();
    QAction *next = meetingMenu->addAction(tr("&Next document"));
    next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    connect(next, &QAction::triggered, this, [this] { Q_EMIT stepRequested(+1); });
    QAction *previous = meetingMenu->addAction(tr("&Previous document"));
    previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    connect(previous, &QAction::triggered, this, [this] { Q_EMIT stepRequested(-1); });
    meetingMenu->addSeparator();
    QAction *quit = meetingMenu->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, &window, &QWidget::close);

    QMenu *viewMenu
        = window.menuBar()->addMenu(tr("&Display")); // not "Xem": that is the browse tool
    const auto addFocus = [this, viewMenu](const QString &text, Qt::Key key, Area area) {
        QAction *focus = viewMenu->addAction(text);
        focus->setShortcut(QKeySequence(Qt::CTRL | key));
        connect(focus, &QAction::triggered, this, [this, area] { Q_EMIT focusRequested(area); });
    };
    addFocus(tr("Go to the &meetings"), Qt::Key_1, Area::Meetings);
    addFocus(tr("Go to the &agenda"), Qt::Key_2, Area::Agenda);
    addFocus(tr("Go to the &document"), Qt::Key_3, Area::Document);
    sessionToggle.setText(tr("&Session panel"));
    sessionToggle.setShortcut(QKeySequence(Qt::Key_F9));
    viewMenu->addAction(&sessionToggle);
    QAction *search = viewMenu->addAction(tr("&Search all meetings"));
    search->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    connect(search, &QAction::triggered, this, &MainMenus::searchRequested);

    QMenu *helpMenu = window.menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(tr("&About PhòngHọp"));
    connect(about, &QAction::triggered, this, [&window] {
        AboutDialog dialog(&window);
        dialog.exec();
    });
}

} // namespace phonghop::ui
