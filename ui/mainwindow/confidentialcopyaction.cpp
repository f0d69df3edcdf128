#include "confidentialcopyaction.h"

#include "meeting_core/confidential/documentreader.h"
#include "meeting_core/confidential/sealeddocument.h"
#include "meeting_core/pdf/watermark.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>

namespace phonghop::ui {

ConfidentialCopyAction::ConfidentialCopyAction(MeetingCache &cache, QWidget &window)
    : QObject(&window)
    , m_cache(cache)
    , m_window(window)
    , m_action(new QAction(tr("Save a copy with my watermark…"), this))
{
    m_action->setObjectName(QStringLiteral("saveConfidentialCopy"));
    m_action->setIcon(QIcon::fromTheme(QStringLiteral("document-save-as")));
    m_action->setVisible(false);
    connect(m_action, &QAction::triggered, this, &ConfidentialCopyAction::chooseAndSave);
}

void ConfidentialCopyAction::setDocument(
    const std::optional<DocumentRef> &document, const Meeting &meeting)
{
    m_document = document;
    m_meeting = meeting;
    const bool readable = document && document->confidential
        && DocumentReader(m_cache).access(*document) == DocumentAccess::Recipient;
    m_action->setVisible(readable);
    const bool allowed = readable && !document->noExport;
    m_action->setEnabled(allowed);
    // Disabled where the office forbids it, and saying so (the tooltip of a disabled action
    // still shows in menus and on the bar).
    const QString why = readable && document->noExport ? noExportMessage() : QString();
    m_action->setToolTip(why.isEmpty() ? m_action->text().remove(QStringLiteral("…")) : why);
    m_action->setStatusTip(why);
}

void ConfidentialCopyAction::chooseAndSave()
{
    if (!m_document || !m_action->isEnabled())
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString name = m_document->fileName.isEmpty() ? m_document->id + QStringLiteral(".pdf")
                                                  : m_document->fileName;
    const QString path = QFileDialog::getSaveFileName(&m_window,
        tr("Save a copy with my watermark"), QDir(folder).filePath(name), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    saveTo(path);
    QApplication::restoreOverrideCursor();
}

bool ConfidentialCopyAction::saveTo(const QString &path)
{
    if (!m_document)
        return false;
    if (m_document->noExport) {
        Q_EMIT finished(noExportMessage(), true);
        return false;
    }
    const DocumentReader reader(m_cache);
    const Result<QByteArray> bytes = reader.read(*m_document);
    Status saved = bytes ? writeWatermarkedPdf(
                       bytes.value(), reader.watermark(m_meeting, *m_document, m_today()), path)
                         : Status::failure(bytes.error());
    if (!saved) {
        Q_EMIT finished(tr("The copy was not saved: %1").arg(saved.error()), true);
        return false;
    }
    Q_EMIT finished(
        tr("A copy with your watermark was saved as %1.").arg(QDir::toNativeSeparators(path)),
        false);
    return true;
}

} // namespace phonghop::ui
