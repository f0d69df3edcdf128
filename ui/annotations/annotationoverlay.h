#pragma once

#include "meeting_core/annotations/annotationsession.h"
#include "viewer/pageview.h"

#include <QColor>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QPointer>
#include <QTransform>

namespace phonghop::ui {

// The annotation layer of a PageView: paints the session's annotations over each page and
// turns pointer and tablet input into annotations with the current tool. Every change goes
// through the AnnotationSession (undoable, committed before it is shown as done).
class AnnotationOverlay final : public QObject, public PageOverlay {
    Q_OBJECT
public:
    enum class Tool {
        Browse,
        Select,
        Highlight,
        Underline,
        StrikeOut,
        Pen,
        Eraser,
        Note,
        FreeText
    };

    explicit AnnotationOverlay(PageView *view, QObject *parent = nullptr);
    ~AnnotationOverlay() override;

    void setSession(AnnotationSession *session); // not owned; null detaches
    void setTextSource(PdfRenderService *service) { m_service = service; }
    AnnotationSession *session() const { return m_session; }

    void setTool(Tool tool);
    Tool tool() const { return m_tool; }
    void setColor(const QColor &color); // also recolours the selected annotation
    QColor color() const { return m_color; }
    void setPenWidth(double points) { m_penWidth = points; }
    double penWidth() const { return m_penWidth; }

    QString selectedId() const { return m_selected; }
    void select(const QString &id);
    void deleteSelected();

    // Asks for the text of a new note or text box; tests replace it.
    std::function<QString(const QString &title)> askText;

    void paintPage(QPainter &painter, int page, const QTransform &pageToViewport) override;
    bool pointerEvent(QEvent *event) override;

    // Paints annotations where `geometry` puts their page; for the overlay and the review.
    static void paintAnnotations(QPainter &painter, const QVector<Annotation> &annotations,
        const PageGeometry &geometry, double pointsToPixels, const QString &selectedId = {});
    // The same for a caller that holds the page's normalized square -> pixels as a transform
    // (the benchmark).
    static void paintAnnotations(QPainter &painter, const QVector<Annotation> &annotations,
        const QTransform &normalizedToPixels, double pointsToPixels,
        const QString &selectedId = {});

Q_SIGNALS:
    void selectionChanged(const QString &id);
    void strokePainted(); // after a frame that shows the stroke in progress

private:
    // The page's normalized coordinates <-> viewport pixels, as the view shows the page now.
    PageGeometry geometry(int page) const;
    QString hitTest(int page, NormalizedPoint point) const;
    void createMarkupFromSelection();
    void finishStroke();
    void repaint(); // something saved changed: redraw the cached layers

    QPointer<PageView> m_view;
    QPointer<AnnotationSession> m_session;
    QPointer<PdfRenderService> m_service;
    Tool m_tool = Tool::Browse;
    QColor m_color = QColor(255, 226, 52);
    double m_penWidth = 2.0;
    QString m_selected;

    // A stroke being drawn, and a drag of the selected annotation.
    int m_strokePage = -1;
    InkStroke m_stroke;
    bool m_tabletDown = false;
    int m_dragPage = -1;
    NormalizedPoint m_dragLast;
    bool m_resizing = false;
    int m_gesture = 0;

    struct Layer {
        QImage image; // everything but highlights
        QImage marks; // highlights, multiplied onto the page
        QTransform transform;
        quint64 revision = 0;
    };
    QHash<int, Layer> m_layers;
    quint64 m_revision = 1;
    QImage m_strokeLayer;
    QTransform m_strokeTransform;
    qsizetype m_strokeDrawn = 0;
};

} // namespace phonghop::ui
