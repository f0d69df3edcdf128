#include "stats/statisticstablemodel.h"

namespace phonghop::ui {

StatisticsTableModel::StatisticsTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void StatisticsTableModel::setTable(const StatisticsTable &shown, const StatisticsTable &plain)
{
    beginResetModel();
    m_shown = shown;
    const qsizetype columns = shown.columns.size();
    m_numeric = QList<bool>(columns, true);
    QList<bool> anyValue(columns, false);
    for (const QStringList &row : plain.rows)
        for (qsizetype c = 0; c < columns && c < row.size(); ++c) {
            if (row[c].isEmpty())
                continue;
            anyValue[c] = true;
            bool ok = false;
            row[c].toDouble(&ok);
            m_numeric[c] = m_numeric[c] && ok;
        }
    for (qsizetype c = 0; c < columns; ++c)
        m_numeric[c] = m_numeric[c] && anyValue[c];
    m_sortKeys.clear();
    for (qsizetype r = 0; r < shown.rows.size(); ++r) {
        const QStringList &raw = r < plain.rows.size() ? plain.rows[r] : shown.rows[r];
        QList<QVariant> keys;
        for (qsizetype c = 0; c < columns; ++c) {
            const QString cell = c < raw.size() ? raw[c] : QString();
            if (m_numeric[c])
                keys << QVariant(cell.isEmpty() ? -1.0 : cell.toDouble());
            else
                keys << QVariant(cell);
        }
        m_sortKeys << keys;
    }
    endResetModel();
}

int StatisticsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_shown.rows.size());
}

int StatisticsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_shown.columns.size());
}

QVariant StatisticsTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_shown.rows.size()
        || index.column() >= m_shown.columns.size())
        return {};
    const QStringList &row = m_shown.rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return index.column() < row.size() ? row[index.column()] : QString();
    case Qt::TextAlignmentRole:
        return m_numeric[index.column()] ? int(Qt::AlignRight | Qt::AlignVCenter)
                                         : int(Qt::AlignLeft | Qt::AlignVCenter);
    case SortRole:
        return m_sortKeys[index.row()][index.column()];
    default:
        return {};
    }
}

QVariant StatisticsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_shown.columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return m_shown.columns[section];
    if (role == Qt::TextAlignmentRole) // long headers on two lines: narrow number columns
        return (m_numeric.value(section) ? int(Qt::AlignRight | Qt::AlignVCenter)
                                         : int(Qt::AlignLeft | Qt::AlignVCenter))
            | Qt::TextWordWrap;
    return {};
}

} // namespace phonghop::ui
