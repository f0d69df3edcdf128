#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QMap>
#include <QStringList>
#include <QVariant>

namespace phonghop::ui {

// One row of a session list or table: a key that names what the row shows (a participant, a
// speaking request, an audit entry), and per column the values by role.
struct KeyedRow {
    QString key;
    QList<QMap<int, QVariant>> cells;
    bool operator==(const KeyedRow &) const = default;
};

// The model behind each list and table of the session panel (issue 14). The state arrives
// whole every two seconds; setRows() brings the model to it in place, row by row by key:
// dataChanged for a row whose values changed, beginInsertRows/beginRemoveRows for rows that
// come or go, beginMoveRows for one that moved, and never a reset. So the view keeps its
// selection, its current row and its scroll position, and nothing jumps under a finger.
class KeyedRowsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // Any column answers this role with the row's key.
    static constexpr int KeyRole = Qt::UserRole;

    explicit KeyedRowsModel(QStringList headers, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QString keyAt(int row) const;
    int rowOf(const QString &key) const; // -1 when no row has the key

protected:
    // Keys are unique within rows; a row's cells may be fewer than the columns.
    void setRows(const QList<KeyedRow> &rows);

private:
    void removeRowsNotIn(const QList<KeyedRow> &rows);

    QStringList m_headers;
    QList<KeyedRow> m_rows;
};

} // namespace phonghop::ui
