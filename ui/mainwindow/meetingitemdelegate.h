#pragma once

#include "meeting_core/domain/meetingstatus.h"

#include <QColor>
#include <QStyledItemDelegate>

namespace phonghop::ui {

// The colour a meeting's status is written in (list and banner): red for cancelled, amber
// for postponed.
QColor statusColour(MeetingStatusKind kind);

// Two lines per meeting (title; day, time and place, or the status instead of the place) with a
// marker for upcoming meetings, tall enough to hit with a finger.
class MeetingItemDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace phonghop::ui
