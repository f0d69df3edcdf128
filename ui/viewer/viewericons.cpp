#include "viewer/viewericons.h"

#include <QApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

namespace phonghop::ui {

namespace {

// Draws on a 24 × 24 grid.
void drawIcon(QPainter &p, ViewerIcon icon)
{
    auto chevron = [&](QPointF a, QPointF b, QPointF c) {
        QPainterPath path(a);
        path.lineTo(b);
        path.lineTo(c);
        p.drawPath(path);
    };
    auto page = [&](QRectF r) { p.drawRoundedRect(r, 1.5, 1.5); };
    switch (icon) {
    case ViewerIcon::Sidebar:
        p.drawRoundedRect(QRectF(3, 4, 18, 16), 2, 2);
        p.drawLine(QPointF(9, 4), QPointF(9, 20));
        break;
    case ViewerIcon::Back:
        p.drawLine(QPointF(5, 12), QPointF(19, 12));
        chevron(QPointF(11, 6), QPointF(5, 12), QPointF(11, 18));
        break;
    case ViewerIcon::Forward:
        p.drawLine(QPointF(5, 12), QPointF(19, 12));
        chevron(QPointF(13, 6), QPointF(19, 12), QPointF(13, 18));
        break;
    case ViewerIcon::PreviousPage:
        chevron(QPointF(5, 15), QPointF(12, 8), QPointF(19, 15));
        break;
    case ViewerIcon::NextPage:
        chevron(QPointF(5, 9), QPointF(12, 16), QPointF(19, 9));
        break;
    case ViewerIcon::ZoomOut:
        p.drawLine(QPointF(5, 12), QPointF(19, 12));
        break;
    case ViewerIcon::ZoomIn:
        p.drawLine(QPointF(5, 12), QPointF(19, 12));
        p.drawLine(QPointF(12, 5), QPointF(12, 19));
        break;
    case ViewerIcon::FitWidth:
        page(QRectF(6, 3, 12, 18));
        p.drawLine(QPointF(1.5, 12), QPointF(22.5, 12));
        chevron(QPointF(4, 9.5), QPointF(1.5, 12), QPointF(4, 14.5));
        chevron(QPointF(20, 9.5), QPointF(22.5, 12), QPointF(20, 14.5));
        break;
    case ViewerIcon::FitPage:
        page(QRectF(6, 3, 12, 18));
        chevron(QPointF(9, 8), QPointF(12, 5.5), QPointF(15, 8));
        chevron(QPointF(9, 16), QPointF(12, 18.5), QPointF(15, 16));
        break;
    case ViewerIcon::Rotate: {
        p.drawArc(QRectF(4, 4, 16, 16), 90 * 16, -270 * 16);
        chevron(QPointF(8.5, 1.5), QPointF(12, 4), QPointF(8.5, 6.5));
        break;
    }
    case ViewerIcon::Continuous:
        page(QRectF(6, 1.5, 12, 9));
        page(QRectF(6, 13.5, 12, 9));
        break;
    case ViewerIcon::TwoPages:
        page(QRectF(2, 5, 9, 14));
        page(QRectF(13, 5, 9, 14));
        break;
    case ViewerIcon::Find:
        p.drawEllipse(QRectF(4, 4, 11, 11));
        p.drawLine(QPointF(13.5, 13.5), QPointF(20, 20));
        break;
    case ViewerIcon::Presentation: {
        p.drawRoundedRect(QRectF(2.5, 4, 19, 13), 1.5, 1.5);
        p.drawLine(QPointF(12, 17), QPointF(12, 21));
        p.drawLine(QPointF(8, 21), QPointF(16, 21));
        QPainterPath play(QPointF(10, 7.5));
        play.lineTo(15, 10.5);
        play.lineTo(10, 13.5);
        play.closeSubpath();
        p.fillPath(play, p.pen().color());
        break;
    }
    case ViewerIcon::FullScreen:
        chevron(QPointF(3, 8), QPointF(3, 3), QPointF(8, 3));
        chevron(QPointF(16, 3), QPointF(21, 3), QPointF(21, 8));
        chevron(QPointF(21, 16), QPointF(21, 21), QPointF(16, 21));
        chevron(QPointF(8, 21), QPointF(3, 21), QPointF(3, 16));
        break;
    }
}

class PathIconEngine final : public QIconEngine {
public:
    explicit PathIconEngine(ViewerIcon icon)
        : m_icon(icon)
    {
    }
    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const QPalette palette = QApplication::palette();
        QColor colour = palette.color(
            mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active, QPalette::ButtonText);
        if (mode == QIcon::Disabled)
            colour.setAlphaF(0.45);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const double side = std::min(rect.width(), rect.height());
        painter->translate(rect.center() - QPointF(side / 2, side / 2) + QPointF(0.5, 0.5));
        painter->scale(side / 24.0, side / 24.0);
        QPen pen(colour, 2.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        drawIcon(*painter, m_icon);
        painter->restore();
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }
    QIconEngine *clone() const override { return new PathIconEngine(m_icon); }

private:
    ViewerIcon m_icon;
};

} // namespace

QIcon viewerIcon(ViewerIcon icon)
{
    return QIcon(new PathIconEngine(icon)); // QIcon owns its engine
}

} // namespace phonghop::ui
