// High-DPI and scaling (issue 14): run with QT_SCALE_FACTOR=1.5 and 2 (see CMakeLists.txt).
// The page is rendered with as many pixels as the screen shows (sharp, not an upscaled
// 100 % image), and at 1366×768 and 800×1280 the zoom list and fit width stay on the viewer's
// bar with every control at least 40 logical pixels tall.
#include "viewer_desk_fixture.h"

#include "viewer/pageview.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QScreen>
#include <QToolBar>

using namespace phonghop;
using namespace phonghop::test;

TEST_CASE(
    "Scaled screens: the page is sharp and the viewer's bar keeps zoom and fit width, touch-sized",
    "[ui][viewer][hidpi]")
{
    const double expectedRatio
        = qEnvironmentVariable("QT_SCALE_FACTOR", QStringLiteral("1")).toDouble();
    for (const QSize &size : { QSize(1366, 768), QSize(800, 1280) }) {
        DYNAMIC_SECTION(
            "at " << size.width() << "x" << size.height() << ", scale " << expectedRatio)
        {
            DeskWithDocument desk(size);
            ui::DocumentView *view = desk.view();
            ui::PageView *pages = view->pageView();
            const double ratio = pages->viewport()->devicePixelRatioF();
            // The run's scale factor reaches the screen the window is on.
            CHECK(ratio == Approx(expectedRatio));
            CHECK(desk.window->screen()->devicePixelRatio() == Approx(expectedRatio));

            // The image painted for page 1 has the screen's pixels per logical pixel.
            const int page = view->currentPage();
            const QImage image = view->renderedPageImage(page);
            REQUIRE_FALSE(image.isNull());
            const QRectF shown = pages->pageTransform(page).mapRect(
                QRectF(QPointF(0, 0), pages->pagePointSize(page)));
            REQUIRE(shown.width() > 100);
            const double imageRatio = image.width() / shown.width();
            INFO("image " << image.width() << "x" << image.height() << " for " << shown.width()
                          << "x" << shown.height() << " logical px");
            CHECK(imageRatio == Approx(ratio).margin(0.02));
            CHECK(image.height() / shown.height() == Approx(ratio).margin(0.02));

            // Zoom and fit width are on the bar, whole, and touch-sized in logical pixels.
            QToolBar *bar = view->toolBar();
            QWidget *fitWidth = bar->widgetForAction(view->fitWidthAction());
            for (QWidget *control : { static_cast<QWidget *>(view->zoomBox()), fitWidth }) {
                REQUIRE(control);
                INFO(control->metaObject()->className());
                CHECK(visibleInside(control, bar));
                CHECK(control->height() >= 40);
            }
            for (QWidget *control : bar->findChildren<QWidget *>()) {
                if (!control->isVisible()
                    || !(qobject_cast<QAbstractButton *>(control)
                        || qobject_cast<QComboBox *>(control)))
                    continue;
                if (qobject_cast<QComboBox *>(control->parentWidget()))
                    continue; // the combo box's own parts
                INFO(control->metaObject()->className()
                    << " " << control->objectName().toStdString());
                CHECK(control->height() >= 40);
            }
            // The document keeps the width in reading mode, whatever the scale.
            CHECK(desk.window->isReadingMode());
            CHECK(view->width() >= 0.85 * desk.window->width());
        }
    }
}
