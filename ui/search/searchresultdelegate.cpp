#include "search/searchresultdelegate.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace phonghop::ui {

namespace {
void prepare(
    QTextDocument &document, const QStyleOptionViewItem &option, const QString &html, int width)
{
    document.setDefaultFont(option.font);
    document.setDocumentMargin(4);
    document.setHtml(html);
    document.setTextWidth(std::max(80, width));
}
} // namespace

void SearchResultDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString html = index.data(htmlRole).toString();
    if (html.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    item.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget);

    QTextDocument document;
    prepare(document, option, html, option.rect.width());
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = option.palette;
    if (option.state & QStyle::State_Selected)
        context.palette.setColor(QPalette::Text, option.palette.color(QPalette::HighlightedText));
    painter->save();
    painter->translate(option.rect.topLeft());
    painter->setClipRect(QRect(QPoint(0, 0), option.rect.size()));
    document.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize SearchResultDelegate::sizeHint(
    const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QString html = index.data(htmlRole).toString();
    if (!html.isEmpty()) {
        const QWidget *widget = option.widget;
        const int width = widget ? widget->width() - 60 : 400;
        QTextDocument document;
        prepare(document, option, html, width);
        size = QSize(width, static_cast<int>(std::ceil(document.size().height())));
    }
    size.setHeight(std::max(size.height(), minimumRowHeight));
    return size;
}

} // namespace phonghop::ui
