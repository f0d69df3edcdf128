#include "meeting_core/pdf/pdfpagetext.h"

#include <cmath>
#include <limits>

namespace phonghop {

namespace {

// The letter under its marks: ế → ê → e. Decomposes canonically until nothing changes.
QChar baseLetter(QChar c)
{
    if (c == QChar(0x0111))
        return QLatin1Char('d');
    if (c == QChar(0x0110))
        return QLatin1Char('D');
    for (int depth = 0; depth < 4; ++depth) {
        if (c.decompositionTag() != QChar::Canonical)
            break;
        const QString parts = c.decomposition();
        if (parts.isEmpty() || parts.at(0).isSurrogate())
            break;
        c = parts.at(0);
    }
    return c;
}

bool sameLine(const QRectF &a, const QRectF &b)
{
    const double centre = b.center().y();
    return centre > a.top() && centre < a.bottom();
}

} // namespace

PdfPageText::PdfPageText(const QVector<PdfTextBox> &boxes)
{
    for (qsizetype i = 0; i < boxes.size(); ++i) {
        const PdfTextBox &box = boxes.at(i);
        m_text += box.text;
        for (qsizetype k = 0; k < box.text.size(); ++k)
            m_rects.append(k < box.chars.size() ? box.chars.at(k) : box.rect);
        if (i + 1 < boxes.size()) {
            if (!sameLine(box.rect, boxes.at(i + 1).rect)) {
                m_text += QLatin1Char('\n');
                m_rects.append(QRectF());
            } else if (box.spaceAfter) {
                m_text += QLatin1Char(' ');
                m_rects.append(QRectF());
            }
        }
    }
}

QString PdfPageText::foldForSearch(const QString &text, bool keepDiacritics)
{
    QString folded = text;
    for (qsizetype i = 0; i < folded.size(); ++i) {
        QChar c = folded.at(i);
        if (c.isSurrogate())
            continue;
        if (!keepDiacritics)
            c = baseLetter(c);
        if (c.isSpace())
            c = QLatin1Char(' ');
        folded[i] = c.toCaseFolded();
    }
    return folded;
}

bool PdfPageText::hasDiacritics(const QString &text)
{
    const QString composed = text.normalized(QString::NormalizationForm_C);
    return foldForSearch(composed, false) != foldForSearch(composed, true);
}

QVector<QVector<QRectF>> PdfPageText::find(const QString &query, bool matchDiacritics) const
{
    QVector<QVector<QRectF>> hits;
    const QString needle = foldForSearch(
        query.normalized(QString::NormalizationForm_C).simplified(), matchDiacritics);
    if (needle.isEmpty())
        return hits;
    const QString haystack = foldForSearch(m_text, matchDiacritics);
    qsizetype from = 0;
    while ((from = haystack.indexOf(needle, from)) >= 0) {
        hits.append(rectsFor(static_cast<int>(from), static_cast<int>(from + needle.size())));
        from += needle.size();
    }
    return hits;
}

int PdfPageText::charIndexAt(QPointF point) const
{
    int best = -1;
    double bestDistance = std::numeric_limits<double>::max();
    for (qsizetype i = 0; i < m_rects.size(); ++i) {
        const QRectF &r = m_rects.at(i);
        if (r.isNull())
            continue;
        // Lines matter more than columns: weigh vertical distance heavily.
        const double dx = point.x() < r.left()
            ? r.left() - point.x()
            : (point.x() > r.right() ? point.x() - r.right() : 0);
        const double dy = point.y() < r.top()
            ? r.top() - point.y()
            : (point.y() > r.bottom() ? point.y() - r.bottom() : 0);
        const double distance = dy * 10 + dx;
        if (distance < bestDistance) {
            bestDistance = distance;
            // Past the middle of a letter, the selection boundary is after it.
            best = static_cast<int>(point.x() > r.center().x() ? i + 1 : i);
        }
    }
    return best;
}

QVector<QRectF> PdfPageText::rectsFor(int from, int to) const
{
    QVector<QRectF> rects;
    from = std::max(0, from);
    to = std::min(static_cast<int>(m_rects.size()), to);
    for (int i = from; i < to; ++i) {
        const QRectF &r = m_rects.at(i);
        if (r.isNull())
            continue;
        if (!rects.isEmpty() && sameLine(rects.last(), r))
            rects.last() = rects.last().united(r);
        else
            rects.append(r);
    }
    return rects;
}

QString PdfPageText::textFor(int from, int to) const
{
    from = std::max(0, from);
    to = std::min(static_cast<int>(m_text.size()), to);
    return from < to ? m_text.mid(from, to - from) : QString();
}

} // namespace phonghop
