#pragma once

#include "meeting_core/stats/statistics.h"

#include <QWidget>

namespace phonghop::ui {

// A statistics table's bar chart on screen: paintBarChart, as the PDF export draws it.
class BarChartWidget final : public QWidget {
    Q_OBJECT
public:
    explicit BarChartWidget(QWidget *parent = nullptr);

    void setChart(const BarChart &chart);
    const BarChart &chart() const { return m_chart; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    BarChart m_chart;
};

} // namespace phonghop::ui
