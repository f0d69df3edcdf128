#include "viewer/standaloneviewerwindow.h"

#include "viewer/documentview.h"

#include <QAction>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QScreen>
#include <QSettings>

namespace phonghop::ui {

namespace {
// Reading positions of loose files, by absolute path, in the application's settings.
class SettingsReadingPositionStore final : public ReadingPositionStore {
public:
    int lastPage(const QString &documentKey) const override
    {
        return m_settings.value(groupKey(documentKey), -1).toInt();
    }
    // QSettings writes to disk later, in one go, not on every page turn.
    void setLastPage(const QString &documentKey, int page) override
    {
        m_settings.setValue(groupKey(documentKey), page);
    }

private:
    QSettings m_settings;
    static QString groupKey(const QString &documentKey)
    {
        // Slashes would make nested groups; keep one flat group.
        return QStringLiteral("viewer/lastPage/")
            + QString::fromLatin1(documentKey.toUtf8().toBase64(QByteArray::Base64UrlEncoding));
    }
};
const QString geometryKey = QStringLiteral("viewer/geometry");
} // namespace

StandaloneViewerWindow::StandaloneViewerWindow(QWidget *parent)
    : QMainWindow(parent)
{
    m_view = new DocumentView(this);
    m_view->setReadingPositionStore(std::make_shared<SettingsReadingPositionStore>());
    setCentralWidget(m_view);
    setWindowTitle(tr("PhòngHọp"));
    resize(1100, 820);

    auto *open = new QAction(tr("Open…"), this);
    open->setShortcut(QKeySequence::Open);
    connect(open, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open PDF"), QString(), tr("PDF documents (*.pdf)"));
        if (!path.isEmpty())
            openFile(path);
    });
    addAction(open);
    auto *quit = new QAction(tr("Close"), this);
    quit->setShortcuts({ QKeySequence::Close, QKeySequence::Quit });
    connect(quit, &QAction::triggered, this, &QWidget::close);
    addAction(quit);
    connect(m_view, &DocumentView::documentOpened, this,
        [this] { setWindowTitle(tr("%1 – PhòngHọp").arg(m_view->documentTitle())); });
}

StandaloneViewerWindow::~StandaloneViewerWindow() = default;

void StandaloneViewerWindow::openFile(const QString &pdfPath)
{
    const QFileInfo info(pdfPath);
    const QString absolute = info.absoluteFilePath();
    setWindowTitle(tr("%1 – PhòngHọp").arg(info.fileName()));
    m_view->openDocument(absolute, info.fileName(), absolute);
}

void StandaloneViewerWindow::showAtLastPlace()
{
    if (restoreGeometry(QSettings().value(geometryKey).toByteArray())) {
        show();
        return;
    }
    setGeometry(screen()->availableGeometry());
    showMaximized();
}

void StandaloneViewerWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(geometryKey, saveGeometry());
    QMainWindow::closeEvent(event);
}

} // namespace phonghop::ui
