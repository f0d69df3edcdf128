#include "session/keyedrowsmodel.h"

#include <QSet>

namespace phonghop::ui {

KeyedRowsModel::KeyedRowsModel(QStringList headers, QObject *parent)
    : QAbstractTableModel(parent)
    , m_headers(std::move(headers))
{
}

int KeyedRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int KeyedRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(std::max<qsizetype>(1, m_headers.size()));
}

QVariant KeyedRowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const KeyedRow &row = m_rows.at(index.row());
    if (role == KeyRole)
        return row.key;
    if (index.column() >= row.cells.size())
        return {};
    const QMap<int, QVariant> &cell = row.cells.at(index.column());
    return cell.value(role == Qt::EditRole ? Qt::DisplayRole : role);
}

QVariant KeyedRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0
        && section < m_headers.size())
        return m_headers.at(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

QString KeyedRowsModel::keyAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).key : QString();
}

int KeyedRowsModel::rowOf(const QString &key) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).key == key)
            return row;
    return -1;
}

void KeyedRowsModel::removeRowsNotIn(const QList<KeyedRow> &rows)
{
    QSet<QString> wanted;
    for (const KeyedRow &row : rows)
        wanted.insert(row.key);
    // From the end, one run of neighbouring rows at a time.
    int row = static_cast<int>(m_rows.size()) - 1;
    while (row >= 0) {
        if (wanted.contains(m_rows.at(row).key)) {
            --row;
            continue;
        }
        const int last = row;
        while (row > 0 && !wanted.contains(m_rows.at(row - 1).key))
            --row;
        beginRemoveRows({}, row, last);
        m_rows.remove(row, last - row + 1);
        endRemoveRows();
        --row;
    }
}

void KeyedRowsModel::setRows(const QList<KeyedRow> &rows)
{
    removeRowsNotIn(rows);
    QSet<QString> present;
    for (const KeyedRow &row : std::as_const(m_rows))
        present.insert(row.key);
    // Every row left is wanted: walk the wanted rows and make row i the i-th of them.
    for (int i = 0; i < rows.size(); ++i) {
        const KeyedRow &wanted = rows.at(i);
        if (!present.contains(wanted.key)) {
            // New rows that come together are inserted together.
            int last = i;
            while (last + 1 < rows.size() && !present.contains(rows.at(last + 1).key))
                ++last;
            beginInsertRows({}, i, last);
            for (int k = i; k <= last; ++k)
                m_rows.insert(k, rows.at(k));
            endInsertRows();
            i = last;
            continue;
        }
        if (m_rows.at(i).key != wanted.key) {
            int from = i + 1;
            while (m_rows.at(from).key != wanted.key)
                ++from;
            beginMoveRows({}, from, from, {}, i);
            m_rows.move(from, i);
            endMoveRows();
        }
        if (!(m_rows.at(i) == wanted)) {
            m_rows[i] = wanted;
            Q_EMIT dataChanged(index(i, 0), index(i, columnCount() - 1));
        }
    }
}

} // namespace phonghop::ui
