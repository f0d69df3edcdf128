#pragma once

#include "meeting_core/stats/statistics.h"

#include <QAbstractTableModel>

namespace phonghop::ui {

// One statistics table as the screen shows it: the cells formatted for the interface language,
// numbers right-aligned; SortRole gives the plain value (a number where the cell is one) so a
// sort by a column of figures is numeric.
class StatisticsTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit StatisticsTableModel(QObject *parent = nullptr);

    // shown: statisticsTables with the interface's LocaleFormat; plain: the same without one
    // (the same rows in the same order, plain digits).
    void setTable(const StatisticsTable &shown, const StatisticsTable &plain);
    const StatisticsTable &table() const { return m_shown; }
    bool isNumeric(int column) const { return m_numeric.value(column); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    StatisticsTable m_shown;
    QList<QList<QVariant>> m_sortKeys; // per row, per column
    QList<bool> m_numeric; // per column: every non-empty plain cell is a number
};

} // namespace phonghop::ui
