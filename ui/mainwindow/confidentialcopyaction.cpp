#include "confidentialcopyaction.h"

#include "meeting_core/confidential/documentreader.h"
#include "meeting_core/confidential/sealeddocument.h"
#include "meeting_core/pdf/watermark.h"

#include <QAction>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QProgressDialog>
#include <QStandardPaths>
#include <algorithm>

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

ConfidentialCopyAction::~ConfidentialCopyAction()
{
    if (m_worker) {
        m_cancel.cancel();
        m_worker->wait();
    }
}

void ConfidentialCopyAction::chooseAndSave()
{
    if (!m_document || !m_action->isEnabled() || isBusy())
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString name = m_document->fileName.isEmpty() ? m_document->id + QStringLiteral(".pdf")
                                                  : m_document->fileName;
    const QString path = QFileDialog::getSaveFileName(&m_window,
        tr("Save a copy with my watermark"), QDir(folder).filePath(name), tr("PDF files (*.pdf)"));
    if (path.isEmpty() || !start(path))
        return;
    auto *dialog = new QProgressDialog(
        tr("Writing the copy with your watermark…"), tr("Cancel"), 0, 0, &m_window);
    dialog->setWindowTitle(tr("Save a copy with my watermark"));
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(300);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QProgressDialog::canceled, this, [this, dialog] {
        cancel();
        dialog->setLabelText(tr("Cancelling…"));
    });
    connect(this, &ConfidentialCopyAction::progressed, dialog, [dialog](int done, int count) {
        dialog->setMaximum(count);
        dialog->setValue(done);
        dialog->setLabelText(tr("Writing the copy with your watermark: page %L1 of %L2…")
                                 .arg(std::min(done + 1, count))
                                 .arg(count));
    });
    m_progressDialog = dialog;
}

bool ConfidentialCopyAction::start(const QString &path)
{
    if (!m_document || isBusy())
        return false;
    if (m_document->noExport) {
        Q_EMIT finished(noExportMessage(), true);
        return false;
    }
    m_cancel = CancellationToken();
    // Read on the worker too: a recipient's document is decrypted there, never on the screen's
    // thread. The reader touches only the cache's files, not its database.
    auto reader = std::make_shared<const DocumentReader>(m_cache);
    const DocumentRef document = *m_document;
    const Watermark watermark = reader->watermark(m_meeting, document, m_today());
    const CancellationToken cancel = m_cancel;
    m_worker.reset(QThread::create([this, reader, document, watermark, path, cancel] {
        const auto report = [this](int done, int count) {
            QMetaObject::invokeMethod(
                this, [this, done, count] { Q_EMIT progressed(done, count); },
                Qt::QueuedConnection);
        };
        // Decrypted chunk by chunk as the pages are drawn, never held whole.
        const auto pdf = [&]() -> Result<std::unique_ptr<PdfDocument>> {
            Result<std::unique_ptr<QIODevice>> device = reader->openDevice(document);
            if (!device)
                return Result<std::unique_ptr<PdfDocument>>::failure(device.error());
            return PdfDocument::openDevice(std::move(device).value(), document.title);
        }();
        const Status saved = pdf
            ? writeWatermarkedPdf(*pdf.value(), watermark, path, 150, cancel, report)
            : Status::failure(pdf.error());
        const QString failure = saved ? QString() : saved.error();
        QMetaObject::invokeMethod(
            this, [this, path, failure] { workerDone(path, failure); }, Qt::QueuedConnection);
    }));
    m_worker->start();
    return true;
}

void ConfidentialCopyAction::workerDone(const QString &path, const QString &failure)
{
    m_worker->wait();
    m_worker.reset();
    if (m_progressDialog)
        m_progressDialog->close();
    m_lastSucceeded = failure.isEmpty();
    if (failure == watermarkedCopyCancelledMessage())
        Q_EMIT finished(failure, false);
    else if (!failure.isEmpty())
        Q_EMIT finished(tr("The copy was not saved: %1").arg(failure), true);
    else
        Q_EMIT finished(
            tr("A copy with your watermark was saved as %1.").arg(QDir::toNativeSeparators(path)),
            false);
}

bool ConfidentialCopyAction::saveTo(const QString &path)
{
    m_lastSucceeded = false;
    if (!start(path))
        return false;
    QEventLoop loop;
    connect(this, &ConfidentialCopyAction::finished, &loop, &QEventLoop::quit);
    loop.exec();
    return m_lastSucceeded;
}

} // namespace phonghop::ui
