#pragma once

#include <QStyledItemDelegate>

namespace phonghop::ui {

// Two lines per meeting (title; day, time and place) with a marker for upcoming meetings,
// tall enough to hit with a finger.
class MeetingItemDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace phonghop::ui
