#pragma once

#include "meeting_core/pdf/pdfdocument.h"

#include <QRectF>
#include <QString>
#include <QVector>

namespace phonghop {

// The text of one page as a single string, with one rectangle (page points) per UTF-16 unit:
// what find and text selection work on. Words are joined by a space where the PDF has one
// and by a line break where the next word starts a new line; separators have a null rect.
class PdfPageText final {
public:
    PdfPageText() = default;
    explicit PdfPageText(const QVector<PdfTextBox> &boxes);

    const QString &text() const { return m_text; }
    const QVector<QRectF> &charRects() const { return m_rects; }
    bool isEmpty() const { return m_text.isEmpty(); }

    // Every occurrence of query, one list of rectangles (one per line it spans) per hit.
    // Case never matters; diacritics matter only when matchDiacritics is true, so that
    // "quyet dinh" finds "Quyết định" (đ counts as d, see FINDINGS.md).
    QVector<QVector<QRectF>> find(const QString &query, bool matchDiacritics) const;

    // The character nearest to a point (page points), for starting and ending a selection;
    // -1 on a page without text.
    int charIndexAt(QPointF point) const;
    // Rectangles covering the characters [from, to), merged per line.
    QVector<QRectF> rectsFor(int from, int to) const;
    QString textFor(int from, int to) const;

    // Lower case, no marks, đ → d; one output unit per input unit so indexes stay valid.
    static QString foldForSearch(const QString &text, bool keepDiacritics);
    // True when the text carries marks (or đ), i.e. the reader typed them on purpose.
    static bool hasDiacritics(const QString &text);

private:
    QString m_text;
    QVector<QRectF> m_rects;
};

} // namespace phonghop
