#pragma once

#include "meeting_core/annotations/annotationsession.h"

#include "meeting_core/pdf/renderkey.h"

#include <QDialog>
#include <QImage>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace phonghop {
class PdfRenderService;
}

namespace phonghop::ui {

// One page of one version, fitted into the widget, rendered by its own PdfRenderService (never
// on the GUI thread), with annotations painted over it and an optional frame around one of them.
// When pickable, a click or tap inside the page reports the normalized point.
class ReviewPage final : public QWidget {
    Q_OBJECT
public:
    explicit ReviewPage(QWidget *parent = nullptr);
    ~ReviewPage() override;

    void open(const QString &pdfPath);
    void setPage(int page); // clamped to the document once it is open
    int page() const { return m_page; }
    int pageCount() const;
    bool isOpen() const;
    // What to draw over the page, in normalized coordinates; `frame` outlines the one under review.
    void setAnnotations(const QVector<Annotation> &annotations, const NormalizedRect &frame,
        const QString &frameLabel = {}, const QColor &frameColor = QColor(220, 60, 40));
    void setPickable(bool pickable);
    void setMessage(const QString &message); // shown when the file cannot be opened

    const QImage &pageImage() const { return m_image; } // the last page image delivered
    bool showsPage() const { return !m_image.isNull() && m_imagePage == m_page; }
    QRectF pageRect() const; // where the page is drawn, in widget pixels
    QPoint widgetPoint(NormalizedPoint point) const; // for tests and the shortcut to the proposal

Q_SIGNALS:
    void opened(int pageCount);
    void rendered(int page);
    void pointPicked(phonghop::NormalizedPoint point);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    void requestRender();
    // The page's normalized coordinates <-> widget pixels, as the page is drawn now.
    PageGeometry geometry() const;

    std::unique_ptr<PdfRenderService> m_service;
    int m_page = 0;
    RenderKey m_key;
    QImage m_image;
    int m_imagePage = -1;
    QVector<Annotation> m_annotations;
    NormalizedRect m_frame;
    QString m_frameLabel;
    QColor m_frameColor;
    bool m_pickable = false;
    QString m_message;
};

// Issue 4: an annotation carried over from the previous version but not placed with confidence
// is shown beside that version: the old page with the annotation where it was, and the new
// page where carry-over proposes it (or the same page number). The delegate taps where it
// belongs and chooses "Place here", keeps it as a note, or discards it. Every choice goes
// through the AnnotationSession, so it is committed first and undone with Ctrl+Z.
class AnnotationReviewView final : public QDialog {
    Q_OBJECT
public:
    // session is not owned and must outlive the view (the view closes when it goes away).
    AnnotationReviewView(AnnotationSession *session, const QString &oldPdfPath,
        const QString &newPdfPath, QWidget *parent = nullptr);
    ~AnnotationReviewView() override;

    // Shows this annotation (one that needs review); false when it is not one.
    bool showAnnotation(const QString &id);
    QString currentId() const { return m_id; }
    // Where the annotation would go on "Place here": a page of the new version and the point
    // (normalized) its centre goes to.
    int targetPage() const { return m_newPage ? m_newPage->page() : -1; }
    NormalizedPoint targetPoint() const { return m_target; }
    void setTarget(int page, NormalizedPoint centre);

    bool placeHere(); // P or Enter
    bool keepAsNote(); // N
    bool discard(); // Delete
    void undo(); // Ctrl+Z

    ReviewPage *oldPage() const { return m_oldPage; }
    ReviewPage *newPage() const { return m_newPage; }

private:
    void refresh();
    void advance(); // to the next annotation needing review, or say that none is left
    const Annotation *current() const;
    NormalizedRect placedBox(
        const Annotation &a) const; // bounding box centred on the target, on the page

    QPointer<AnnotationSession> m_session;
    QString m_id;
    NormalizedPoint m_target { -1, -1 };
    ReviewPage *m_oldPage = nullptr;
    ReviewPage *m_newPage = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_reason = nullptr;
    QLabel *m_oldCaption = nullptr;
    QLabel *m_newCaption = nullptr;
    QLabel *m_hint = nullptr;
    QPushButton *m_previousPage = nullptr;
    QPushButton *m_nextPage = nullptr;
    QPushButton *m_place = nullptr;
    QPushButton *m_note = nullptr;
    QPushButton *m_discard = nullptr;
    QPushButton *m_undo = nullptr;
    QVector<int>
        m_choices; // undo-stack index after each choice made here: Undo never undoes a drawing
};

} // namespace phonghop::ui
