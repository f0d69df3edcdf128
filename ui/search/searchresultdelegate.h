#pragma once

#include <QStyledItemDelegate>

namespace phonghop::ui {

// Draws a result row whose text is simple HTML (the snippet with its hits in bold) and
// gives every row at least a finger's height.
class SearchResultDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    static constexpr int htmlRole = Qt::UserRole + 100;
    static constexpr int minimumRowHeight = 44;

    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace phonghop::ui
