#include "stats/barchartwidget.h"

#include <QPainter>

#include <algorithm>

namespace phonghop::ui {

BarChartWidget::BarChartWidget(QWidget *parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void BarChartWidget::setChart(const BarChart &chart)
{
    m_chart = chart;
    updateGeometry();
    update();
}

QSize BarChartWidget::sizeHint() const
{
    // The legend (one or two lines) and a row per group, as paintBarChart lays them out.
    const int line = fontMetrics().height();
    const auto rows = static_cast<int>(std::min<qsizetype>(m_chart.groups.size(), 20));
    const int height = 16 + line * 3 + int(rows * line * 1.2) + line;
    return { 520, std::clamp(height, 160, 440) };
}

QSize BarChartWidget::minimumSizeHint() const
{
    return { 240, 140 };
}

void BarChartWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::white); // as on paper: paintBarChart writes in black
    painter.setFont(font());
    painter.setPen(palette().text().color());
    paintBarChart(painter, QRectF(rect()).adjusted(8, 8, -8, -8), m_chart);
}

} // namespace phonghop::ui
