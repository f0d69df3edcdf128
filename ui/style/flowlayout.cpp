#include "style/flowlayout.h"

#include <QWidget>

namespace phonghop::ui {

FlowLayout::FlowLayout(QWidget *parent, int spacing)
    : QLayout(parent)
{
    setSpacing(spacing);
    setContentsMargins(0, 0, 0, 0);
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}
int FlowLayout::count() const
{
    return static_cast<int>(m_items.size());
}
QLayoutItem *FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return {};
}
bool FlowLayout::hasHeightForWidth() const
{
    return true;
}
int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    // As narrow as its widest button: everything else wraps.
    QSize size;
    for (const QLayoutItem *item : m_items)
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize());
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize FlowLayout::sizeHint() const
{
    int width = 0;
    int height = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        width += item->sizeHint().width() + (width ? spacing() : 0);
        height = std::max(height, item->sizeHint().height());
    }
    const QMargins m = contentsMargins();
    return QSize(width + m.left() + m.right(), height + m.top() + m.bottom());
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int gap = spacing();
    // Lines of items; each line's items share its extra width so the buttons line up.
    QList<QList<QLayoutItem *>> lines(1);
    int lineWidth = 0;
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const int w = std::min(item->sizeHint().width(), area.width());
        if (!lines.last().isEmpty() && lineWidth + gap + w > area.width()) {
            lines.append(QList<QLayoutItem *>());
            lineWidth = 0;
        }
        lineWidth += (lines.last().isEmpty() ? 0 : gap) + w;
        lines.last().append(item);
    }
    const QMargins m = contentsMargins();
    if (lines.first().isEmpty())
        return m.top() + m.bottom();
    int y = area.top();
    for (const QList<QLayoutItem *> &line : std::as_const(lines)) {
        if (line.isEmpty())
            continue;
        int natural = 0;
        int height = 0;
        for (QLayoutItem *item : line) {
            natural += std::min(item->sizeHint().width(), area.width());
            height = std::max(height, item->sizeHint().height());
        }
        const int extra
            = std::max(0, area.width() - natural - gap * (static_cast<int>(line.size()) - 1));
        int x = area.left();
        for (int i = 0; i < line.size(); ++i) {
            QLayoutItem *item = line.at(i);
            int w = std::min(item->sizeHint().width(), area.width())
                + extra / static_cast<int>(line.size());
            if (i == line.size() - 1)
                w = area.right() + 1 - x;
            if (apply)
                item->setGeometry(QRect(x, y, std::max(0, w), height));
            x += w + gap;
        }
        y += height + gap;
    }
    return y - gap - area.top() + m.top() + m.bottom();
}

} // namespace phonghop::ui
