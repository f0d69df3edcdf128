#include "originalfileaction.h"

#include "meeting_core/store/meetingcache.h"
#include "setup/setupwidgets.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>

namespace phonghop::ui {

OriginalFileAction::OriginalFileAction(MeetingCache &cache, QWidget &window)
    : QObject(&window)
    , m_cache(cache)
    , m_window(window)
    , m_action(new QAction(tr("Save the original file…"), this))
{
    m_action->setObjectName(QStringLiteral("saveOriginal"));
    m_action->setIcon(QIcon::fromTheme(QStringLiteral("document-save-as")));
    m_action->setVisible(false);
    connect(m_action, &QAction::triggered, this, &OriginalFileAction::chooseAndSave);
}

void OriginalFileAction::setDocument(const std::optional<DocumentRef> &document)
{
    m_document = document;
    const bool hasOriginal = document && !document->original.isEmpty();
    m_action->setVisible(hasOriginal);
    m_action->setEnabled(hasOriginal);
    if (hasOriginal)
        m_action->setText(tr("Save the original file (%1)…").arg(document->original.fileName));
}

void OriginalFileAction::chooseAndSave()
{
    if (!m_document || m_document->original.isEmpty())
        return;
    const QString suffix = QFileInfo(m_document->original.fileName).suffix();
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(&m_window, tr("Save the original file"),
        QDir(folder).filePath(m_document->original.fileName),
        tr("The original (*.%1);;All files (*)").arg(suffix));
    if (!path.isEmpty())
        saveTo(path);
}

bool OriginalFileAction::saveTo(const QString &path)
{
    if (!m_document)
        return false;
    // Copied and hashed away from the screen's thread (an office file can be tens of MB); the
    // cache's files only, not its database.
    const DocumentRef document = *m_document;
    const MeetingCache &cache = m_cache;
    const Status saved = waitFor<Status>(&m_window, tr("Saving the original file…"),
        [&cache, document, path] { return cache.saveOriginalAs(document, path); });
    if (!saved) {
        Q_EMIT finished(tr("The original file was not saved: %1").arg(saved.error()), true);
        return false;
    }
    Q_EMIT finished(
        tr("The original file was saved as %1.").arg(QDir::toNativeSeparators(path)), false);
    return true;
}

} // namespace phonghop::ui
