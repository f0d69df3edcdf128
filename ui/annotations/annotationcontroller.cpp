#include "annotations/annotationcontroller.h"

#include "annotations/annotationoverlay.h"
#include "annotations/annotationpanel.h"
#include "annotations/annotationtoolbar.h"
#include "viewer/documentview.h"
#include "viewer/pageview.h"

#include <QMessageBox>

namespace phonghop::ui {

AnnotationController::AnnotationController(DocumentView *view, AnnotationStore &store, QString owner, QObject *parent)
    : QObject(parent), m_view(view), m_store(store), m_owner(std::move(owner))
{
    m_overlay = new AnnotationOverlay(view->pageView(), this);
    m_toolBar = new AnnotationToolBar(m_overlay, view);
    m_panel = new AnnotationPanel(view);
    connect(m_panel, &AnnotationPanel::jumpRequested, this, [this](int page, const QRectF &rect, const QString &id) {
        PageView *pages = m_view->pageView();
        const QSizeF size = pages->pagePointSize(page);
        pages->ensureVisible(page, QRectF(rect.x() * size.width(), rect.y() * size.height(),
                                          rect.width() * size.width(), rect.height() * size.height()));
        m_overlay->setTool(AnnotationOverlay::Tool::Select);
        if (QAction *select = m_toolBar->toolAction(AnnotationOverlay::Tool::Select))
            select->setChecked(true);
        m_overlay->select(id);
    });
    connect(view, &DocumentView::currentPageChanged, m_panel, &AnnotationPanel::setCurrentPage);
    connect(this, &AnnotationController::storeFailed, this, [this](const QString &message) {
        QMessageBox::warning(m_view, tr("Annotations"), message);
    });
}

AnnotationController::~AnnotationController()
{
    closeDocument();
}

void AnnotationController::openDocument(const QString &documentId, int version)
{
    closeDocument();
    m_session = std::make_unique<AnnotationSession>(m_store, AnnotationScope{m_owner, documentId, version});
    connect(m_session.get(), &AnnotationSession::storeFailed, this, &AnnotationController::storeFailed);
    m_overlay->setTextSource(m_view->renderService());
    m_overlay->setSession(m_session.get());
    m_panel->setSession(m_session.get());
    m_toolBar->sessionChanged();
}

void AnnotationController::closeDocument()
{
    m_overlay->setSession(nullptr);
    m_panel->setSession(nullptr);
    m_session.reset();
    m_toolBar->sessionChanged();
}

} // namespace phonghop::ui
