#include "style/touchstyle.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QIconEngine>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QStyleFactory>
#include <QStyleOption>
#include <QToolButton>
#include <QWheelEvent>

namespace phonghop::ui {

namespace {

QSize atLeastTall(QSize size, int height = touchTargetHeight)
{
    if (size.height() < height)
        size.setHeight(height);
    return size;
}

// A double chevron ("»", or pointing down for a vertical bar) drawn as a path at any size.
class ExtensionArrowEngine final : public QIconEngine {
public:
    explicit ExtensionArrowEngine(bool vertical)
        : m_vertical(vertical)
    {
    }
    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        QColor colour = QApplication::palette().color(QPalette::ButtonText);
        if (mode == QIcon::Disabled)
            colour.setAlphaF(0.45);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const double side = std::min(rect.width(), rect.height());
        painter->translate(rect.center() - QPointF(side / 2, side / 2));
        painter->scale(side / 16.0, side / 16.0);
        if (m_vertical) {
            painter->translate(16, 0);
            painter->rotate(90);
        }
        painter->setPen(QPen(colour, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        for (const double x : { 3.5, 8.5 }) {
            QPainterPath chevron(QPointF(x, 4));
            chevron.lineTo(QPointF(x + 4, 8));
            chevron.lineTo(QPointF(x, 12));
            painter->drawPath(chevron);
        }
        painter->restore();
    }
    // Qt's own pixmap() leaves the pixmap's background unfilled.
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }
    QIconEngine *clone() const override { return new ExtensionArrowEngine(m_vertical); }

private:
    bool m_vertical;
};

} // namespace

QIcon TouchStyle::standardIcon(
    StandardPixmap icon, const QStyleOption *option, const QWidget *widget) const
{
    if (icon == SP_ToolBarHorizontalExtensionButton || icon == SP_ToolBarVerticalExtensionButton)
        return QIcon(new ExtensionArrowEngine(icon == SP_ToolBarVerticalExtensionButton));
    return QProxyStyle::standardIcon(icon, option, widget);
}

TouchStyle::TouchStyle(QStyle *base)
    : QProxyStyle(base ? base : QStyleFactory::create(QStringLiteral("Fusion")))
{
}

QSize TouchStyle::sizeFromContents(
    ContentsType type, const QStyleOption *option, const QSize &size, const QWidget *widget) const
{
    QSize result = QProxyStyle::sizeFromContents(type, option, size, widget);
    switch (type) {
    case CT_ToolButton:
        result = atLeastTall(result);
        if (result.width() < touchTargetHeight)
            result.setWidth(touchTargetHeight);
        return result;
    case CT_PushButton:
    case CT_ComboBox:
    case CT_SpinBox:
    case CT_LineEdit:
    case CT_MenuItem:
    case CT_ItemViewItem:
        return atLeastTall(result);
    case CT_TabBarTab: {
        const auto *tab = qstyleoption_cast<const QStyleOptionTab *>(option);
        const bool vertical = tab
            && (tab->shape == QTabBar::RoundedWest || tab->shape == QTabBar::RoundedEast
                || tab->shape == QTabBar::TriangularWest || tab->shape == QTabBar::TriangularEast);
        if (vertical) {
            if (result.width() < touchTargetHeight)
                result.setWidth(touchTargetHeight);
            return result;
        }
        return atLeastTall(result);
    }
    case CT_CheckBox:
    case CT_RadioButton:
        return atLeastTall(result, 40);
    default:
        return result;
    }
}

int TouchStyle::pixelMetric(
    PixelMetric metric, const QStyleOption *option, const QWidget *widget) const
{
    switch (metric) {
    case PM_TabBarScrollButtonWidth:
        return touchTargetHeight;
    case PM_DockWidgetTitleBarButtonMargin:
        // The close and float buttons: a 16 px icon plus twice this margin.
        return 14;
    case PM_TitleBarHeight:
        return touchTargetHeight;
    case PM_ScrollBarExtent:
        return qMax(QProxyStyle::pixelMetric(metric, option, widget), 16);
    case PM_IndicatorWidth:
    case PM_IndicatorHeight:
    case PM_ExclusiveIndicatorWidth:
    case PM_ExclusiveIndicatorHeight:
        return qMax(QProxyStyle::pixelMetric(metric, option, widget), 22);
    default:
        return QProxyStyle::pixelMetric(metric, option, widget);
    }
}

int TouchStyle::styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
    QStyleHintReturn *returnData) const
{
    return QProxyStyle::styleHint(hint, option, widget, returnData);
}

void TouchStyle::polish(QWidget *widget)
{
    QProxyStyle::polish(widget);
    auto *dock = qobject_cast<QDockWidget *>(widget);
    if (!dock || dock->titleBarWidget() || dock->property("phonghopTouchTitle").toBool())
        return;
    dock->setProperty("phonghopTouchTitle", true);
    auto *bar = new QWidget(dock);
    bar->setObjectName(QStringLiteral("touchTitleBar"));
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(8, 0, 0, 0);
    layout->setSpacing(0);
    auto *title = new QLabel(dock->windowTitle(), bar);
    QFont font = title->font();
    font.setBold(true);
    title->setFont(font);
    layout->addWidget(title, 1);
    QObject::connect(dock, &QWidget::windowTitleChanged, title, &QLabel::setText);
    auto addButton
        = [bar, layout](const QString &name, QStyle::StandardPixmap icon, const QString &tip) {
              auto *button = new QToolButton(bar);
              button->setObjectName(name);
              button->setAutoRaise(true);
              button->setIcon(bar->style()->standardIcon(icon));
              button->setIconSize(QSize(20, 20));
              button->setMinimumSize(touchTargetHeight, touchTargetHeight);
              button->setToolTip(tip);
              layout->addWidget(button);
              return button;
          };
    QToolButton *floatButton = addButton(QStringLiteral("touchFloatButton"),
        SP_TitleBarNormalButton, QCoreApplication::translate("phonghop::ui::TouchStyle", "Detach"));
    QToolButton *closeButton = addButton(QStringLiteral("touchCloseButton"), SP_TitleBarCloseButton,
        QCoreApplication::translate("phonghop::ui::TouchStyle", "Close"));
    QObject::connect(floatButton, &QToolButton::clicked, dock,
        [dock] { dock->setFloating(!dock->isFloating()); });
    QObject::connect(closeButton, &QToolButton::clicked, dock, &QWidget::close);
    const auto follow = [dock, floatButton, closeButton] {
        floatButton->setVisible(dock->features() & QDockWidget::DockWidgetFloatable);
        closeButton->setVisible(dock->features() & QDockWidget::DockWidgetClosable);
    };
    QObject::connect(dock, &QDockWidget::featuresChanged, bar, follow);
    follow();
    dock->setTitleBarWidget(bar);
}

WheelGuard::WheelGuard(QObject *parent)
    : QObject(parent)
{
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Wheel)
        return false;
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget)
        return false;
    // The wheel lands on the box itself or on its line edit.
    QWidget *box = nullptr;
    for (QWidget *w = widget; w && !box; w = w->parentWidget()) {
        if (qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w))
            box = w;
        if (w->isWindow())
            break;
    }
    if (!box || box->hasFocus())
        return false;
    // Give the turn to what holds the box (its scroll area), never to the box.
    event->ignore();
    if (QWidget *parent = box->parentWidget()) {
        auto *wheel = static_cast<QWheelEvent *>(event);
        QWheelEvent copy(parent->mapFromGlobal(wheel->globalPosition()), wheel->globalPosition(),
            wheel->pixelDelta(), wheel->angleDelta(), wheel->buttons(), wheel->modifiers(),
            wheel->phase(), wheel->inverted(), wheel->source());
        QCoreApplication::sendEvent(parent, &copy);
    }
    return true;
}

void installTouchStyle(QApplication &app)
{
    QApplication::setStyle(new TouchStyle);
    auto *guard = new WheelGuard(&app);
    app.installEventFilter(guard);
}

QToolButton *makeOverflowButton(QMenu *menu, const QString &objectName, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setText(QStringLiteral("⋯"));
    button->setToolTip(TouchStyle::tr("More"));
    button->setAccessibleName(TouchStyle::tr("More"));
    button->setMenu(menu);
    button->setPopupMode(QToolButton::InstantPopup);
    button->setMinimumSize(touchTargetHeight, touchTargetHeight);
    button->setStyleSheet(QStringLiteral("QToolButton::menu-indicator { image: none; }"));
    QFont font = button->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    button->setFont(font);
    return button;
}

} // namespace phonghop::ui
