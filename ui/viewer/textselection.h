#pragma once

#include <QPointF>
#include <QRectF>
#include <QVector>

namespace phonghop {
class PdfPageText;
class PdfRenderService;
} // namespace phonghop

namespace phonghop::ui {

// Text selected across pages: from where the pointer went down (the anchor) to where it is now
// (the focus), each a page and a point in page points. The characters come from the render
// service's page texts, so a page whose text has not arrived yet adds nothing until it does.
class TextSelection final {
public:
    bool isEmpty() const { return m_anchor.page < 0; }
    void clear() { m_anchor = m_focus = End(); }
    void start(int page, QPointF point);
    void extendTo(int page, QPointF point);
    int anchorPage() const { return m_anchor.page; }
    // Whether the selection runs over this page.
    bool spans(int page) const;
    // The pointer came up: a press and release in (nearly) one place is a click, not a
    // selection, and is forgotten. True when a selection remains.
    bool finish();
    // Selects the word under a point of a page; false when there is none.
    bool selectWord(const PdfPageText &text, int page, QPointF point);

    // Per page, one rectangle per selected line (page points).
    QVector<QPair<int, QVector<QRectF>>> rects(const PdfRenderService &service) const;
    QString text(const PdfRenderService &service) const;

private:
    struct End {
        int page = -1;
        QPointF point; // page points
    };
    // Calls visit(page, text, from, to) for each page of the selection whose text is known.
    template <typename Visit> void forEachPage(const PdfRenderService &service, Visit visit) const;

    End m_anchor;
    End m_focus;
};

} // namespace phonghop::ui
