// The viewer on a portrait tablet (issue 14), in the delegate's desk at 800×1280 in reading
// mode: a finger swipe turns the page, and every annotation tool is on the bar or in its "⋯"
// menu, never behind Qt's hidden extension arrow; the eraser is always on the bar.
#include "viewer_desk_fixture.h"

#include "annotations/annotationcontroller.h"
#include "annotations/annotationtoolbar.h"
#include "viewer/pageview.h"

#include <QMenu>
#include <QScrollBar>
#include <QTest>
#include <QToolButton>
#include <QWidgetAction>

using namespace phonghop;
using namespace phonghop::test;

TEST_CASE("Reading mode at 800x1280: a sideways finger swipe turns the page, both ways",
    "[ui][viewer][touch]")
{
    DeskWithDocument desk(QSize(800, 1280));
    REQUIRE(desk.window->isReadingMode());
    ui::DocumentView *view = desk.view();
    REQUIRE(view->width() >= 0.85 * desk.window->width());
    ui::PageView *pages = view->pageView();
    REQUIRE(view->currentPage() == 0);
    // Fit width: the page does not scroll sideways, so a sideways stroke is a page turn.
    REQUIRE(pages->horizontalScrollBar()->maximum() == 0);

    QPointingDevice *finger = QTest::createTouchDevice();
    QWidget *surface = pages->viewport();
    const QPoint centre = surface->rect().center();
    QTest::touchEvent(surface, finger).press(0, centre + QPoint(180, 0));
    QTest::touchEvent(surface, finger).move(0, centre + QPoint(60, 4));
    QTest::touchEvent(surface, finger).move(0, centre - QPoint(60, 0));
    QTest::touchEvent(surface, finger).release(0, centre - QPoint(180, 0));
    settle();
    CHECK(view->currentPage() == 1);

    QTest::touchEvent(surface, finger).press(0, centre - QPoint(180, 0));
    QTest::touchEvent(surface, finger).move(0, centre);
    QTest::touchEvent(surface, finger).release(0, centre + QPoint(180, 0));
    settle();
    CHECK(view->currentPage() == 0);

    // A short or mostly vertical stroke is no swipe.
    QTest::touchEvent(surface, finger).press(0, centre);
    QTest::touchEvent(surface, finger).release(0, centre - QPoint(40, 0));
    settle();
    CHECK(view->currentPage() == 0);
}

TEST_CASE("Annotation bar at 800 px: every tool is on the bar or in its \"⋯\" menu, the eraser on "
          "the bar",
    "[ui][annotations][touch]")
{
    DeskWithDocument desk(QSize(800, 1280));
    auto *bar
        = desk.window->findChild<ui::AnnotationToolBar *>(QStringLiteral("annotationToolBar"));
    REQUIRE(bar);
    REQUIRE(bar->isVisible());
    REQUIRE(bar->width() <= 800);
    settle();

    // Qt's own extension arrow ("»") is never needed.
    for (QToolButton *button : bar->findChildren<QToolButton *>()) {
        if (QString::fromLatin1(button->metaObject()->className())
            == QLatin1String("QToolBarExtension"))
            CHECK_FALSE(button->isVisible());
    }
    QStringList inMenu;
    int onBar = 0;
    for (QAction *action : bar->actions()) {
        if (action->isSeparator() || !action->isVisible() || qobject_cast<QWidgetAction *>(action))
            continue;
        INFO(action->text().toStdString());
        QWidget *widget = bar->widgetForAction(action);
        if (widget) {
            CHECK(visibleInside(widget, bar));
            CHECK(widget->height() >= 40);
            ++onBar;
        } else {
            FAIL_CHECK("an action neither on the bar nor in the menu");
        }
    }
    for (QAction *action : bar->moreMenu()->actions())
        if (!action->isSeparator())
            inMenu << action->text();
    // Every tool, colour and command has a place: on the bar, or an entry of "⋯".
    using Tool = ui::AnnotationOverlay::Tool;
    for (Tool tool : { Tool::Browse, Tool::Select, Tool::Highlight, Tool::Underline,
             Tool::StrikeOut, Tool::Pen, Tool::Eraser, Tool::Note, Tool::FreeText }) {
        QAction *action = bar->toolAction(tool);
        REQUIRE(action);
        INFO(action->text().toStdString());
        QWidget *widget = bar->widgetForAction(action);
        CHECK((
            (widget && visibleInside(widget, bar)) || bar->moreMenu()->actions().contains(action)));
    }
    QWidget *eraser = bar->widgetForAction(bar->toolAction(Tool::Eraser));
    REQUIRE(eraser);
    CHECK(visibleInside(eraser, bar));
    for (QAction *action : { bar->undoAction(), bar->redoAction() }) {
        QWidget *widget = bar->widgetForAction(action);
        REQUIRE(widget);
        CHECK(visibleInside(widget, bar));
    }
    // At this width something had to make way, and "⋯" holds it, touch-sized.
    REQUIRE_FALSE(inMenu.isEmpty());
    CHECK(inMenu.contains(ui::AnnotationController::tr("Export my copy…")));
    REQUIRE(bar->moreButton());
    CHECK(visibleInside(bar->moreButton(), bar));
    CHECK(bar->moreButton()->height() >= 40);
    CHECK(bar->moreButton()->width() >= 40);
    CHECK(onBar >= 5);

    // Choosing a tool from "⋯" works as on the bar.
    QAction *fromMenu = nullptr;
    for (QAction *action : bar->moreMenu()->actions())
        if (action->isCheckable())
            fromMenu = action;
    if (fromMenu) {
        fromMenu->trigger();
        CHECK(fromMenu->isChecked());
    }

    // Wider: what made way comes back to the bar, in its place.
    const qsizetype narrowMenu = bar->moreMenu()->actions().size();
    desk.window->resize(1920, 1080);
    settle();
    settle();
    CHECK(bar->moreMenu()->actions().size() < narrowMenu);
    for (Tool tool :
        { Tool::Select, Tool::Underline, Tool::StrikeOut, Tool::Note, Tool::FreeText }) {
        QWidget *widget = bar->widgetForAction(bar->toolAction(tool));
        REQUIRE(widget);
        CHECK(visibleInside(widget, bar));
    }
    const QList<QAction *> order = bar->actions();
    CHECK(order.indexOf(bar->toolAction(Tool::Select))
        < order.indexOf(bar->toolAction(Tool::Highlight)));
    CHECK(
        order.indexOf(bar->toolAction(Tool::Eraser)) < order.indexOf(bar->toolAction(Tool::Note)));
}
