#include "meetingitemdelegate.h"

#include "meetinglistmodel.h"
#include "timeformat.h"

#include <QApplication>
#include <QPainter>

namespace phonghop::ui {

QColor statusColour(MeetingStatusKind kind)
{
    // Cancelled in the red of the upcoming marker; postponed in a dark amber that reads on white.
    return kind == MeetingStatusKind::Cancelled ? QColor(0xb7, 0x1c, 0x1c)
                                                : QColor(0x8a, 0x4b, 0x00);
}

namespace {
constexpr int padding = 10;
constexpr int markerWidth = 5;
} // namespace

void MeetingItemDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    const bool upcoming = index.data(MeetingListModel::UpcomingRole).toBool();
    const bool selected = option.state & QStyle::State_Selected;
    const QRect rect
        = option.rect.adjusted(padding + markerWidth, padding / 2, -padding, -padding / 2);
    if (upcoming)
        painter->fillRect(QRect(option.rect.left() + 2, option.rect.top() + 6, markerWidth,
                              option.rect.height() - 12),
            QColor(0xb7, 0x1c, 0x1c));

    const QPalette::ColorGroup group
        = option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor text
        = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QFont titleFont = option.font;
    titleFont.setBold(true);
    painter->setFont(titleFont);
    painter->setPen(text);
    const QFontMetrics titleMetrics(titleFont);
    const QRect titleRect(rect.left(), rect.top(), rect.width(), titleMetrics.height() * 2);
    painter->drawText(titleRect, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
        titleMetrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight,
            rect.width() * 2 - titleMetrics.averageCharWidth() * 4));

    QFont detailFont = option.font;
    painter->setFont(detailFont);
    QColor detail = text;
    if (!selected)
        detail.setAlphaF(0.72f);
    painter->setPen(detail);
    const QFontMetrics detailMetrics(detailFont);
    const QString when = formatMeetingTime(index.data(MeetingListModel::StartRole).toDateTime(),
        index.data(MeetingListModel::EndRole).toDateTime());
    const QString where = index.data(MeetingListModel::LocationRole).toString();
    const int detailTop = titleRect.bottom() + 2;
    painter->drawText(QRect(rect.left(), detailTop, rect.width(), detailMetrics.height()),
        Qt::AlignLeft, detailMetrics.elidedText(when, Qt::ElideRight, rect.width()));
    // A postponed, cancelled or finished meeting says so where the place would be: the place
    // of a meeting that will not take place there matters less than that it will not.
    const QString status = index.data(MeetingListModel::StatusTextRole).toString();
    if (!status.isEmpty()) {
        QFont statusFont = detailFont;
        statusFont.setBold(true);
        painter->setFont(statusFont);
        const auto kind
            = static_cast<MeetingStatusKind>(index.data(MeetingListModel::StatusRole).toInt());
        if (!selected)
            painter->setPen(kind == MeetingStatusKind::Finished ? detail : statusColour(kind));
    }
    painter->drawText(QRect(rect.left(), detailTop + detailMetrics.height(), rect.width(),
                          detailMetrics.height()),
        Qt::AlignLeft,
        detailMetrics.elidedText(status.isEmpty() ? where : status, Qt::ElideRight, rect.width()));
    painter->restore();
}

QSize MeetingItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    QFont titleFont = option.font;
    titleFont.setBold(true);
    const int height = QFontMetrics(titleFont).height() * 2 + QFontMetrics(option.font).height() * 2
        + padding + 4;
    return { 200, std::max(height, 64) };
}

} // namespace phonghop::ui
