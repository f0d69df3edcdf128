#pragma once

#include "annotations/annotationsession.h"
#include "annotations/annotationstore.h"

#include <QObject>
#include <QPointer>
#include <memory>

namespace phonghop::ui {

class AnnotationOverlay;
class AnnotationPanel;
class AnnotationToolBar;
class DocumentView;

// Puts annotations into a DocumentView: the overlay on its pages, the tool bar, the panel.
// The embedder (main window) owns the store and says which document version is open.
class AnnotationController final : public QObject {
    Q_OBJECT
public:
    AnnotationController(DocumentView *view, AnnotationStore &store, QString owner, QObject *parent = nullptr);
    ~AnnotationController() override;

    // After DocumentView::openDocument of that version's file; closeDocument detaches.
    void openDocument(const QString &documentId, int version);
    void closeDocument();

    AnnotationSession *session() const { return m_session.get(); }
    AnnotationOverlay *overlay() const { return m_overlay; }
    AnnotationToolBar *toolBar() const { return m_toolBar; }
    AnnotationPanel *panel() const { return m_panel; } // not parented: the embedder places it

signals:
    void storeFailed(const QString &message);

private:
    QPointer<DocumentView> m_view;
    AnnotationStore &m_store;
    QString m_owner;
    std::unique_ptr<AnnotationSession> m_session;
    AnnotationOverlay *m_overlay = nullptr;
    AnnotationToolBar *m_toolBar = nullptr;
    AnnotationPanel *m_panel = nullptr;
};

} // namespace phonghop::ui
