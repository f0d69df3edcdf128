#include "annotations/annotationoverlay.h"

#include "meeting_core/pdf/pdfpagetext.h"

#include <QInputDialog>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTabletEvent>

namespace phonghop::ui {

namespace {
constexpr double handleSize = 0.015; // normalized: the resize grip of a selected annotation
constexpr int contextLength = 40; // characters kept either side of a quote

// Averages each point with its neighbours: steadier lines without losing the ends.
InkStroke smoothed(const InkStroke &stroke)
{
    if (stroke.points.size() < 3)
        return stroke;
    InkStroke out;
    out.points.reserve(stroke.points.size());
    out.points.append(stroke.points.first());
    for (qsizetype i = 1; i + 1 < stroke.points.size(); ++i) {
        const InkPoint &a = stroke.points[i - 1];
        const InkPoint &b = stroke.points[i];
        const InkPoint &c = stroke.points[i + 1];
        out.points.append({ (a.position + 2 * b.position + c.position) / 4, b.pressure });
    }
    out.points.append(stroke.points.last());
    return out;
}

void paintStroke(QPainter &painter, const InkStroke &stroke, const QColor &color, double width,
    const PageGeometry &geometry, double pointsToPixels)
{
    const auto &pts = stroke.points;
    if (pts.isEmpty())
        return;
    QPen pen(color, width * pointsToPixels, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    bool uniform = true;
    for (const InkPoint &p : pts)
        uniform = uniform && std::abs(p.pressure - pts.first().pressure) < 0.05f;
    if (uniform) {
        // One path: the fast case (mouse, steady pen).
        pen.setWidthF(width * pointsToPixels * (0.4 + 0.6 * pts.first().pressure));
        painter.setPen(pen);
        QPolygonF line;
        line.reserve(pts.size());
        for (const InkPoint &p : pts)
            line.append(geometry.toPixels(p.position));
        if (line.size() == 1)
            line.append(line.first());
        painter.drawPolyline(line);
        return;
    }
    // Runs of points whose pressure rounds to the same width share one polyline: far fewer
    // pen changes and stroker calls than a line per segment.
    auto level = [](float pressure) { return int(std::lround(pressure * 8)); };
    QPolygonF run;
    int runLevel = level(pts[1].pressure);
    run.append(geometry.toPixels(pts[0].position));
    auto flush = [&] {
        pen.setWidthF(width * pointsToPixels * (0.4 + 0.6 * runLevel / 8.0));
        painter.setPen(pen);
        painter.drawPolyline(run);
    };
    for (qsizetype i = 1; i < pts.size(); ++i) {
        const QPointF p = geometry.toPixels(pts[i].position);
        if (level(pts[i].pressure) != runLevel) {
            flush();
            const QPointF last = run.last();
            run.clear();
            run.append(last);
            runLevel = level(pts[i].pressure);
        }
        run.append(p);
    }
    flush();
}
} // namespace

AnnotationOverlay::AnnotationOverlay(PageView *view, QObject *parent)
    : QObject(parent)
    , m_view(view)
{
    askText = [this](const QString &title) {
        return QInputDialog::getMultiLineText(m_view, title, tr("Text:"));
    };
    m_view->setOverlay(this);
    m_view->viewport()->setAttribute(Qt::WA_TabletTracking);
    connect(m_view, &PageView::selectionChanged, this, [this](bool has) {
        if (has
            && (m_tool == Tool::Highlight || m_tool == Tool::Underline
                || m_tool == Tool::StrikeOut))
            createMarkupFromSelection();
    });
}

AnnotationOverlay::~AnnotationOverlay()
{
    if (m_view)
        m_view->setOverlay(nullptr);
}

void AnnotationOverlay::setSession(AnnotationSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_selected.clear();
    if (m_session) {
        connect(m_session, &AnnotationSession::changed, this, &AnnotationOverlay::repaint);
        connect(m_session, &AnnotationSession::annotationRemoved, this, [this](const QString &id) {
            if (id == m_selected)
                select({});
        });
    }
    repaint();
}

void AnnotationOverlay::setTool(Tool tool)
{
    m_tool = tool;
    if (tool != Tool::Select)
        select({});
    const bool drawing
        = tool == Tool::Pen || tool == Tool::Eraser || tool == Tool::Note || tool == Tool::FreeText;
    m_view->viewport()->setCursor(drawing ? Qt::CrossCursor
            : tool == Tool::Select        ? Qt::ArrowCursor
                                          : Qt::IBeamCursor);
}

void AnnotationOverlay::setColor(const QColor &color)
{
    m_color = color;
    if (m_session && !m_selected.isEmpty())
        m_session->recolor(m_selected, color);
}

void AnnotationOverlay::select(const QString &id)
{
    if (id == m_selected)
        return;
    m_selected = id;
    repaint();
    Q_EMIT selectionChanged(id);
}

void AnnotationOverlay::deleteSelected()
{
    if (m_session && !m_selected.isEmpty())
        m_session->remove(m_selected);
}

void AnnotationOverlay::repaint()
{
    ++m_revision;
    if (m_view)
        m_view->viewport()->update();
}

PageGeometry AnnotationOverlay::geometry(int page) const
{
    return PageGeometry(m_view->pagePointSize(page), m_view->pageTransform(page));
}

void AnnotationOverlay::paintAnnotations(QPainter &painter, const QVector<Annotation> &annotations,
    const QTransform &normalizedToPixels, double pointsToPixels, const QString &selectedId)
{
    // A page one point square: its page points are its normalized coordinates.
    paintAnnotations(painter, annotations, PageGeometry(QSizeF(1, 1), normalizedToPixels),
        pointsToPixels, selectedId);
}

void AnnotationOverlay::paintAnnotations(QPainter &painter, const QVector<Annotation> &annotations,
    const PageGeometry &geometry, double pointsToPixels, const QString &selectedId)
{
    painter.setRenderHint(QPainter::Antialiasing);
    for (const Annotation &a : annotations) {
        switch (a.type) {
        case AnnotationType::Highlight: {
            QColor fill = a.color;
            fill.setAlpha(a.id == selectedId ? 110 : 255);
            for (const NormalizedRect &q : a.quads)
                painter.fillRect(geometry.toPixels(q), fill);
            break;
        }
        case AnnotationType::Underline:
        case AnnotationType::StrikeOut: {
            painter.setPen(QPen(a.color, std::max(1.0, 1.2 * pointsToPixels)));
            for (const NormalizedRect &q : a.quads) {
                const QRectF r = geometry.toPixels(q);
                const double y = a.type == AnnotationType::Underline ? r.bottom() : r.center().y();
                painter.drawLine(QPointF(r.left(), y), QPointF(r.right(), y));
            }
            break;
        }
        case AnnotationType::Ink:
            for (const InkStroke &s : a.strokes)
                paintStroke(painter, s, a.color, a.width, geometry, pointsToPixels);
            break;
        case AnnotationType::Note: {
            const QRectF r = geometry.toPixels(a.rect);
            painter.setPen(QPen(a.color.darker(160), 1));
            painter.setBrush(a.color);
            painter.drawRoundedRect(r, 3, 3);
            painter.setPen(QPen(a.color.darker(200), 1));
            for (int i = 1; i <= 3; ++i)
                painter.drawLine(
                    QPointF(r.left() + r.width() * 0.2, r.top() + r.height() * i / 4.5),
                    QPointF(r.right() - r.width() * 0.2, r.top() + r.height() * i / 4.5));
            break;
        }
        case AnnotationType::FreeText: {
            const QRectF r = geometry.toPixels(a.rect);
            painter.setPen(QPen(a.color, 1));
            painter.setBrush(QColor(255, 255, 255, 200));
            painter.drawRect(r);
            QFont font = painter.font();
            font.setPixelSize(std::max(6, int(11 * pointsToPixels)));
            painter.setFont(font);
            painter.setPen(Qt::black);
            painter.drawText(r.adjusted(3, 2, -3, -2), Qt::TextWordWrap, a.contents);
            break;
        }
        }
        if (a.id == selectedId) {
            const QRectF box = geometry.toPixels(a.boundingRect()).adjusted(-3, -3, 3, 3);
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(QColor(40, 110, 220), 1, Qt::DashLine));
            painter.drawRect(box);
            painter.fillRect(
                QRectF(box.bottomRight() - QPointF(5, 5), QSizeF(10, 10)), QColor(40, 110, 220));
        }
    }
}

void AnnotationOverlay::paintPage(QPainter &painter, int page, const QTransform &pageToViewport)
{
    if (!m_session)
        return;
    const PageGeometry pageGeometry(m_view->pagePointSize(page), pageToViewport);
    const QTransform &toViewport = pageGeometry.normalizedToPixels();
    const double pointsToPixels = std::hypot(pageToViewport.m11(), pageToViewport.m12());
    const QSize viewportSize = m_view->viewport()->size();
    const qreal ratio = m_view->viewport()->devicePixelRatioF();
    auto newLayer = [&] {
        QImage image((QSizeF(viewportSize) * ratio).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(ratio);
        image.fill(Qt::transparent);
        return image;
    };
    // Saved annotations are drawn once into a layer and blitted until something changes
    // (an edit, the selection, scrolling or zoom): a page with a thousand of them stays cheap
    // while a stroke is being drawn over it.
    if (m_layers.size() > 6) { // keep layers of the pages in view only
        const QVector<int> visible = m_view->visiblePages();
        for (auto it = m_layers.begin(); it != m_layers.end();)
            it = visible.contains(it.key()) ? std::next(it) : m_layers.erase(it);
    }
    Layer &layer = m_layers[page];
    if (layer.revision != m_revision || layer.transform != toViewport
        || layer.image.size() != (QSizeF(viewportSize) * ratio).toSize()) {
        layer.image = newLayer();
        layer.marks = newLayer();
        QVector<Annotation> highlights;
        QVector<Annotation> others;
        for (const Annotation &a : m_session->annotationsOnPage(page))
            (a.type == AnnotationType::Highlight && a.id != m_selected ? highlights : others)
                .append(a);
        QPainter marksPainter(&layer.marks);
        paintAnnotations(marksPainter, highlights, pageGeometry, pointsToPixels);
        QPainter layerPainter(&layer.image);
        paintAnnotations(layerPainter, others, pageGeometry, pointsToPixels, m_selected);
        layer.revision = m_revision;
        layer.transform = toViewport;
    }
    // Highlighter ink: multiplied, so black text under a yellow mark stays black.
    painter.setCompositionMode(QPainter::CompositionMode_Multiply);
    painter.drawImage(QPointF(0, 0), layer.marks);
    painter.setCompositionMode(QPainter::CompositionMode_SourceOver);
    painter.drawImage(QPointF(0, 0), layer.image);
    if (page == m_strokePage && !m_stroke.points.isEmpty()) {
        // The stroke in progress: only the segments added since the last frame are drawn.
        if (m_strokeTransform != toViewport || m_strokeLayer.size() != layer.image.size()) {
            m_strokeLayer = newLayer();
            m_strokeDrawn = 0;
            m_strokeTransform = toViewport;
        }
        if (m_strokeDrawn < m_stroke.points.size()) {
            InkStroke tail;
            tail.points = m_stroke.points.mid(std::max<qsizetype>(0, m_strokeDrawn - 1));
            QPainter strokePainter(&m_strokeLayer);
            strokePainter.setRenderHint(QPainter::Antialiasing);
            paintStroke(strokePainter, tail, m_color, m_penWidth, pageGeometry, pointsToPixels);
            m_strokeDrawn = m_stroke.points.size();
        }
        painter.drawImage(QPointF(0, 0), m_strokeLayer);
        Q_EMIT strokePainted();
    }
}

QString AnnotationOverlay::hitTest(int page, NormalizedPoint n) const
{
    if (!m_session)
        return {};
    const QVector<Annotation> onPage = m_session->annotationsOnPage(page);
    for (auto it = onPage.crbegin(); it != onPage.crend(); ++it) { // topmost first
        const double slack = it->type == AnnotationType::Ink ? 0.01 : 0.003;
        if (it->boundingRect().adjusted(-slack, -slack, slack, slack).contains(n))
            return it->id;
    }
    return {};
}

bool AnnotationOverlay::pointerEvent(QEvent *event)
{
    if (!m_session || m_tool == Tool::Browse || m_tool == Tool::Highlight
        || m_tool == Tool::Underline || m_tool == Tool::StrikeOut)
        return false; // the view selects text; markup follows from the selection
    QPointF pos;
    float pressure = 1.0f;
    enum { Press, Move, Release } phase;
    switch (event->type()) {
    case QEvent::TabletPress:
    case QEvent::TabletMove:
    case QEvent::TabletRelease: {
        auto *tablet = static_cast<QTabletEvent *>(event);
        pos = tablet->position();
        pressure = float(std::clamp(tablet->pressure(), 0.05, 1.0));
        phase = event->type() == QEvent::TabletPress ? Press
            : event->type() == QEvent::TabletMove    ? Move
                                                     : Release;
        if (phase == Press)
            m_tabletDown = true;
        if (phase == Move && !m_tabletDown)
            return true;
        if (phase == Release)
            m_tabletDown = false;
        break;
    }
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::MouseButtonRelease: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->source() != Qt::MouseEventNotSynthesized && m_tool == Tool::Pen)
            return true; // the tablet events already drew this
        pos = mouse->position();
        phase = event->type() == QEvent::MouseButtonPress ? Press
            : event->type() == QEvent::MouseMove          ? Move
                                                          : Release;
        if (phase == Move && !(mouse->buttons() & Qt::LeftButton))
            return true;
        if (phase != Move && mouse->button() != Qt::LeftButton)
            return false;
        break;
    }
    default:
        return false;
    }

    const int page
        = phase == Press ? m_view->pageAtViewport(pos) : std::max(m_strokePage, m_dragPage);
    switch (m_tool) {
    case Tool::Pen:
        if (phase == Press) {
            if (page < 0)
                return true;
            m_strokePage = page;
            m_stroke.points.clear();
            m_strokeDrawn = 0;
            m_strokeTransform = QTransform(0, 0, 0, 0, 0, 0); // forces a fresh stroke layer
        }
        if (m_strokePage < 0)
            return true;
        m_stroke.points.append({ geometry(m_strokePage).fromPixels(pos), pressure });
        if (phase == Release)
            finishStroke(); // the session's change repaints the saved layer
        else
            m_view->viewport()->update();
        return true;
    case Tool::Eraser:
        if (phase != Release) {
            const int p = m_view->pageAtViewport(pos);
            if (p >= 0) {
                const QString id = hitTest(p, geometry(p).fromPixels(pos));
                const Annotation *hit = id.isEmpty() ? nullptr : m_session->find(id);
                if (hit && hit->type == AnnotationType::Ink)
                    m_session->remove(id);
            }
        }
        return true;
    case Tool::Note:
    case Tool::FreeText: {
        if (phase != Release || m_view->pageAtViewport(pos) < 0)
            return true;
        const int p = m_view->pageAtViewport(pos);
        const bool note = m_tool == Tool::Note;
        const QString text = askText(note ? tr("Sticky note") : tr("Text box"));
        if (text.isEmpty())
            return true;
        Annotation a;
        a.type = note ? AnnotationType::Note : AnnotationType::FreeText;
        a.page = p;
        a.color = note ? QColor(255, 214, 64) : m_color;
        const NormalizedPoint n = geometry(p).fromPixels(pos);
        a.rect
            = note ? NormalizedRect(n, QSizeF(0.03, 0.022)) : NormalizedRect(n, QSizeF(0.3, 0.06));
        a.contents = text;
        m_session->add(a);
        return true;
    }
    case Tool::Select: {
        if (phase == Press) {
            if (page < 0)
                return true;
            const NormalizedPoint n = geometry(page).fromPixels(pos);
            const Annotation *current = m_session->find(m_selected);
            const NormalizedRect box
                = current && current->page == page ? current->boundingRect() : NormalizedRect();
            m_resizing
                = !box.isNull() && (n - box.bottomRight()).manhattanLength() < 2 * handleSize;
            if (!m_resizing)
                select(hitTest(page, n));
            m_dragPage = m_selected.isEmpty() ? -1 : page;
            m_dragLast = n;
            m_gesture = m_session->nextGesture();
            return true;
        }
        if (m_dragPage < 0)
            return true;
        const NormalizedPoint n = geometry(m_dragPage).fromPixels(pos);
        const Annotation *current = m_session->find(m_selected);
        if (current && n != m_dragLast) {
            Annotation changed = *current;
            if (m_resizing) {
                const NormalizedRect box = changed.boundingRect();
                changed.resizeTo(NormalizedRect(box.topLeft(),
                    NormalizedPoint(
                        std::max(n.x(), box.left() + 0.01), std::max(n.y(), box.top() + 0.005))));
            } else {
                changed.translate(n - m_dragLast);
            }
            m_session->modify(
                changed, m_gesture, m_resizing ? tr("Resize annotation") : tr("Move annotation"));
            m_dragLast = n;
        }
        if (phase == Release)
            m_dragPage = -1;
        return true;
    }
    default:
        return false;
    }
}

void AnnotationOverlay::finishStroke()
{
    Annotation a;
    a.type = AnnotationType::Ink;
    a.page = m_strokePage;
    a.color = m_color;
    a.width = m_penWidth;
    a.strokes = { smoothed(m_stroke) };
    m_strokePage = -1;
    m_stroke.points.clear();
    m_session->add(a);
}

void AnnotationOverlay::createMarkupFromSelection()
{
    const auto selection = m_view->selectedRects();
    for (const auto &[page, rects] : selection) {
        if (rects.isEmpty())
            continue;
        const PageGeometry pageGeometry(m_view->pagePointSize(page));
        Annotation a;
        a.type = m_tool == Tool::Highlight ? AnnotationType::Highlight
            : m_tool == Tool::Underline    ? AnnotationType::Underline
                                           : AnnotationType::StrikeOut;
        a.page = page;
        a.color = a.type == AnnotationType::Highlight
            ? m_color
            : (m_color.lightness() > 180 ? QColor(Qt::red) : m_color);
        for (const QRectF &r : rects)
            a.quads.append(pageGeometry.fromPagePoints(r));
        // The quote and its context, from the characters the selection covers.
        if (const PdfPageText *text = m_service ? m_service->pageText(page) : nullptr) {
            int from = -1, to = -1;
            const auto &chars = text->charRects();
            for (int i = 0; i < chars.size(); ++i) {
                if (chars[i].isNull())
                    continue;
                for (const QRectF &r : rects) {
                    if (r.contains(chars[i].center())) {
                        from = from < 0 ? i : from;
                        to = i + 1;
                        break;
                    }
                }
            }
            if (from >= 0) {
                a.anchor.quote = text->textFor(from, to);
                a.anchor.before = text->text().mid(
                    std::max(0, from - contextLength), from - std::max(0, from - contextLength));
                a.anchor.after = text->text().mid(to, contextLength);
            }
        }
        m_session->add(a);
    }
    m_view->clearSelection();
}

} // namespace phonghop::ui
