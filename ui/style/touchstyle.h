#pragma once

#include <QObject>
#include <QProxyStyle>

class QApplication;
class QMenu;
class QToolButton;
class QWidget;

namespace phonghop::ui {

// Every control a delegate or the chair touches is at least this tall (Apple's HIG asks 44 pt;
// the floor is 40 px).
constexpr int touchTargetHeight = 44;

// The app's one style (issue 14): tool buttons, push and dialog buttons, tabs and their scroll
// arrows, drop-down boxes and their rows, menu rows, list rows and the dock title bar's buttons
// all get a touch-sized height, without touching each widget.
class TouchStyle final : public QProxyStyle {
    Q_OBJECT
public:
    explicit TouchStyle(QStyle *base = nullptr);

    QSize sizeFromContents(ContentsType type, const QStyleOption *option, const QSize &size,
        const QWidget *widget) const override;
    int pixelMetric(PixelMetric metric, const QStyleOption *option = nullptr,
        const QWidget *widget = nullptr) const override;
    int styleHint(StyleHint hint, const QStyleOption *option = nullptr,
        const QWidget *widget = nullptr, QStyleHintReturn *returnData = nullptr) const override;
    // The toolbar's extension arrow is drawn, not read from Qt's PNG: reading it made Qt load
    // every image-format plugin while the first window was built (issue 20).
    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option = nullptr,
        const QWidget *widget = nullptr) const override;
    // A dock gets a title bar whose close and float buttons are touch-sized (Qt's own are drawn
    // from the small-icon size whatever the metrics say).
    void polish(QWidget *widget) override;
    using QProxyStyle::polish;
};

// Turning the mouse wheel over a drop-down box or a spin box that has no focus scrolls what is
// around it instead of changing the value (a poll's kind was changed that way).
class WheelGuard final : public QObject {
    Q_OBJECT
public:
    explicit WheelGuard(QObject *parent = nullptr);
    bool eventFilter(QObject *watched, QEvent *event) override;
};

// The "⋯" button a toolbar shows for what does not fit (the viewer's bar, the annotation bar):
// touch-sized, a large bold sign, the menu opening on the first tap, named "More" for screen
// readers.
QToolButton *makeOverflowButton(QMenu *menu, const QString &objectName, QWidget *parent);

// Installs both once for the whole application (app/gui/main.cpp, and UI tests).
void installTouchStyle(QApplication &app);

} // namespace phonghop::ui
