#pragma once

#include "meeting_core/annotations/annotationsession.h"
#include "meeting_core/annotations/annotationstore.h"

#include "meeting_core/util/result.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>

namespace phonghop::ui {

class AnnotationOverlay;
class AnnotationPanel;
class AnnotationReviewView;
class AnnotationToolBar;
class DocumentView;

// Puts annotations into a DocumentView: the overlay on its pages, the tool bar, the panel.
// The embedder (main window) owns the store and says which document version is open.
class AnnotationController final : public QObject {
    Q_OBJECT
public:
    AnnotationController(
        DocumentView *view, AnnotationStore &store, QString owner, QObject *parent = nullptr);
    ~AnnotationController() override;

    // After DocumentView::openDocument of that version's file; closeDocument detaches.
    // Annotations already inside the PDF are read in the background and shown read-only.
    void openDocument(const QString &documentId, int version, const QString &pdfPath = {});
    void closeDocument();

    AnnotationSession *session() const { return m_session.get(); }
    AnnotationOverlay *overlay() const { return m_overlay; }
    AnnotationToolBar *toolBar() const { return m_toolBar; }
    AnnotationPanel *panel() const { return m_panel; } // not parented: the embedder places it

    // "My annotated copy": the open PDF with my annotations as real PDF annotations.
    Status exportCopy(const QString &targetPath, const QString &author);
    // Asks where to save, exports, and reports a failure in a message box.
    void exportCopyInteractively();
    // Asks for a comment to the secretary on the open document and queues it signed.
    void setCommentSender(
        std::function<Status(int page, const QString &quote, const QString &text)> sender)
    {
        m_commentSender = std::move(sender);
    }
    void commentInteractively();
    // Finds the file of an earlier version of a document (in the cache's object store); empty
    // when it is gone. With it the panel offers to review carried-over annotations side by side.
    using VersionLocator = std::function<QString(const QString &documentId, int version)>;
    void setVersionLocator(VersionLocator locator);
    // Opens the side-by-side review of a needs-review annotation (non-modal); null with a
    // message when the version it came from cannot be found.
    AnnotationReviewView *openReview(const QString &annotationId);
    const QVector<Annotation> &embeddedAnnotations() const { return m_embedded; }

Q_SIGNALS:
    void storeFailed(const QString &message);
    void embeddedAnnotationsRead(int count);

private:
    QPointer<DocumentView> m_view;
    AnnotationStore &m_store;
    QString m_owner;
    QString m_pdfPath;
    QVector<Annotation> m_embedded;
    quint64 m_generation = 0;
    std::function<Status(int, const QString &, const QString &)> m_commentSender;
    VersionLocator m_locator;
    QPointer<AnnotationReviewView> m_review;
    std::unique_ptr<AnnotationSession> m_session;
    AnnotationOverlay *m_overlay = nullptr;
    AnnotationToolBar *m_toolBar = nullptr;
    AnnotationPanel *m_panel = nullptr;
};

} // namespace phonghop::ui
