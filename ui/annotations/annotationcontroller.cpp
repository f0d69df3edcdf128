#include "annotations/annotationcontroller.h"

#include "annotations/annotationoverlay.h"
#include "annotations/annotationpanel.h"
#include "annotations/annotationreviewview.h"
#include "annotations/annotationtoolbar.h"
#include "viewer/documentview.h"
#include "viewer/pageview.h"

#include "meeting_core/pdf/annotationexport.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QRegularExpression>
#include <QThreadPool>

namespace phonghop::ui {

AnnotationController::AnnotationController(
    DocumentView *view, AnnotationStore &store, QString owner, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_store(store)
    , m_owner(std::move(owner))
{
    m_overlay = new AnnotationOverlay(view->pageView(), this);
    m_toolBar = new AnnotationToolBar(m_overlay, view);
    m_panel = new AnnotationPanel(view);
    connect(m_panel, &AnnotationPanel::jumpRequested, this,
        [this](int page, const NormalizedRect &rect, const QString &id) {
            PageView *pages = m_view->pageView();
            pages->ensureVisible(page, PageGeometry(pages->pagePointSize(page)).toPagePoints(rect));
            m_overlay->setTool(AnnotationOverlay::Tool::Select);
            if (QAction *select = m_toolBar->toolAction(AnnotationOverlay::Tool::Select))
                select->setChecked(true);
            m_overlay->select(id);
        });
    connect(m_panel, &AnnotationPanel::reviewRequested, this, &AnnotationController::openReview);
    connect(view, &DocumentView::currentPageChanged, m_panel, &AnnotationPanel::setCurrentPage);
    auto *exportCopy = new QAction(tr("Export my copy…"), this);
    connect(exportCopy, &QAction::triggered, this, &AnnotationController::exportCopyInteractively);
    m_toolBar->addSecondaryAction(exportCopy);
    auto *comment = new QAction(tr("Comment to secretary…"), this);
    connect(comment, &QAction::triggered, this, &AnnotationController::commentInteractively);
    m_toolBar->addSecondaryAction(comment);
    connect(this, &AnnotationController::storeFailed, this, [this](const QString &message) {
        QMessageBox::warning(m_view, tr("Annotations"), message);
    });
}

AnnotationController::~AnnotationController()
{
    closeDocument();
}

void AnnotationController::openDocument(
    const QString &documentId, int version, const QString &pdfPath)
{
    closeDocument();
    m_pdfPath = pdfPath.isEmpty() ? m_view->documentPath() : pdfPath;
    const quint64 generation = ++m_generation;
    QPointer<AnnotationController> self(this);
    const QString path = m_pdfPath;
    // The renderer already draws the PDF's own annotations; the panel lists them. Reading them is
    // Poppler work: never on the GUI thread.
    QThreadPool::globalInstance()->start([self, path, generation] {
        auto read = readPdfAnnotations(path);
        QVector<Annotation> found = read ? read.value() : QVector<Annotation>();
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, found = std::move(found), generation] {
                if (!self || generation != self->m_generation)
                    return;
                self->m_embedded = found;
                self->m_panel->setEmbedded(found);
                Q_EMIT self->embeddedAnnotationsRead(int(found.size()));
            },
            Qt::QueuedConnection);
    });
    m_session = std::make_unique<AnnotationSession>(
        m_store, AnnotationScope { m_owner, documentId, version });
    connect(
        m_session.get(), &AnnotationSession::storeFailed, this, &AnnotationController::storeFailed);
    m_overlay->setTextSource(m_view->renderService());
    m_overlay->setSession(m_session.get());
    m_panel->setSession(m_session.get());
    m_toolBar->sessionChanged();
}

void AnnotationController::closeDocument()
{
    if (m_review) // it edits this session, which goes now
        m_review->close();
    ++m_generation;
    m_embedded.clear();
    m_panel->setEmbedded({});
    m_overlay->setSession(nullptr);
    m_panel->setSession(nullptr);
    m_session.reset();
    m_toolBar->sessionChanged();
}

} // namespace phonghop::ui

namespace phonghop::ui {

void AnnotationController::setVersionLocator(VersionLocator locator)
{
    m_locator = std::move(locator);
    m_panel->setSideBySideAvailable(bool(m_locator));
}

AnnotationReviewView *AnnotationController::openReview(const QString &annotationId)
{
    const Annotation *a = m_session ? m_session->find(annotationId) : nullptr;
    if (!a || !a->needsReview || !m_view)
        return nullptr;
    const QString oldPath = m_locator && a->sourceVersion > 0
        ? m_locator(m_session->scope().documentId, a->sourceVersion)
        : QString();
    if (oldPath.isEmpty()) {
        QMessageBox::information(m_view, tr("Review annotations"),
            tr("The version this annotation came from is no longer on this computer; "
               "place it on the current page or delete it."));
        return nullptr;
    }
    if (m_review)
        m_review->close();
    auto *review = new AnnotationReviewView(m_session.get(), oldPath, m_pdfPath, m_view->window());
    review->setAttribute(Qt::WA_DeleteOnClose);
    review->setWindowModality(Qt::NonModal);
    review->showAnnotation(annotationId);
    review->show();
    m_review = review;
    return review;
}

Status AnnotationController::exportCopy(const QString &targetPath, const QString &author)
{
    if (!m_session || m_pdfPath.isEmpty())
        return Status::failure(tr("No document is open."));
    return exportAnnotatedCopy(m_pdfPath, m_session->annotations(), targetPath, author);
}

void AnnotationController::exportCopyInteractively()
{
    if (!m_session)
        return;
    // The document's title names the file, not the 64-digit hash its cached copy is stored under.
    QString base = m_view ? m_view->documentTitle().simplified() : QString();
    base.replace(
        QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]")), QStringLiteral("-"));
    base = base.left(120).trimmed();
    if (base.isEmpty())
        base = QFileInfo(m_pdfPath).completeBaseName();
    const QString suggested = base + tr(" - annotated") + QStringLiteral(".pdf");
    const QString target = QFileDialog::getSaveFileName(m_view, tr("Export my annotated copy"),
        QDir::home().filePath(suggested), tr("PDF files (*.pdf)"));
    if (target.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status status = exportCopy(target, m_owner);
    QApplication::restoreOverrideCursor();
    if (!status)
        QMessageBox::warning(m_view, tr("Export my annotated copy"), status.error());
    else
        QMessageBox::information(m_view, tr("Export my annotated copy"),
            tr("Your annotated copy is saved as %1.").arg(QDir::toNativeSeparators(target)));
}

void AnnotationController::commentInteractively()
{
    if (!m_commentSender || !m_view)
        return;
    const QString quote = m_view->selectedText().simplified().left(300);
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(m_view, tr("Comment to the secretary"),
        quote.isEmpty()
            ? tr("Your comment on this document (page %1):").arg(m_view->currentPage() + 1)
            : tr("Your comment on “%1”:").arg(quote),
        {}, &ok);
    if (!ok || text.trimmed().isEmpty())
        return;
    const Status sent = m_commentSender(m_view->currentPage(), quote, text);
    if (!sent)
        QMessageBox::warning(m_view, tr("Comment to the secretary"), sent.error());
    else
        QMessageBox::information(m_view, tr("Comment to the secretary"),
            tr("Your comment is sent to the secretary (or kept on this seat until the "
               "shared folder can be reached)."));
}

} // namespace phonghop::ui
