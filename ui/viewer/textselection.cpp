#include "viewer/textselection.h"

#include "meeting_core/pdf/pdfrenderservice.h"

namespace phonghop::ui {

void TextSelection::start(int page, QPointF point)
{
    m_anchor = End { page, point };
    m_focus = m_anchor;
}

void TextSelection::extendTo(int page, QPointF point)
{
    m_focus = End { page, point };
}

bool TextSelection::spans(int page) const
{
    return m_anchor.page >= 0 && page >= std::min(m_anchor.page, m_focus.page)
        && page <= std::max(m_anchor.page, m_focus.page);
}

bool TextSelection::finish()
{
    if ((m_focus.point - m_anchor.point).manhattanLength() < 2 && m_focus.page == m_anchor.page)
        clear();
    return !isEmpty();
}

bool TextSelection::selectWord(const PdfPageText &text, int page, QPointF point)
{
    const int index = text.charIndexAt(point);
    if (index < 0)
        return false;
    int from = std::min(index, static_cast<int>(text.text().size()) - 1);
    int to = from;
    while (from > 0 && !text.text().at(from - 1).isSpace())
        --from;
    while (to < text.text().size() && !text.text().at(to).isSpace())
        ++to;
    const auto rects = text.rectsFor(from, to);
    if (rects.isEmpty())
        return false;
    m_anchor = End { page, QPointF(rects.first().left() + 0.1, rects.first().center().y()) };
    m_focus = End { page, QPointF(rects.last().right() - 0.1, rects.last().center().y()) };
    return true;
}

template <typename Visit>
void TextSelection::forEachPage(const PdfRenderService &service, Visit visit) const
{
    if (m_anchor.page < 0 || m_focus.page < 0)
        return;
    End first = m_anchor;
    End last = m_focus;
    if (last.page < first.page)
        std::swap(first, last);
    for (int page = first.page; page <= last.page; ++page) {
        const PdfPageText *text = service.pageText(page);
        if (!text)
            continue;
        int from = page == first.page ? text->charIndexAt(first.point) : 0;
        int to = page == last.page ? text->charIndexAt(last.point)
                                   : static_cast<int>(text->text().size());
        if (from > to)
            std::swap(from, to);
        visit(page, *text, from, to);
    }
}

QVector<QPair<int, QVector<QRectF>>> TextSelection::rects(const PdfRenderService &service) const
{
    QVector<QPair<int, QVector<QRectF>>> result;
    forEachPage(service, [&result](int page, const PdfPageText &text, int from, int to) {
        if (!text.isEmpty() && from < to)
            result.append(qMakePair(page, text.rectsFor(from, to)));
    });
    return result;
}

QString TextSelection::text(const PdfRenderService &service) const
{
    QStringList parts;
    forEachPage(service, [&parts](int, const PdfPageText &text, int from, int to) {
        const QString part = text.textFor(from, to);
        if (!part.isEmpty())
            parts.append(part);
    });
    return parts.join(QLatin1Char('\n'));
}

} // namespace phonghop::ui
