#pragma once

#include "meeting_core/pdf/pdfrenderservice.h"
#include "meeting_core/reading/findhitcursor.h"
#include "meeting_core/reading/navigationhistory.h"
#include "viewer/readingpositionstore.h"

#include <QMap>
#include <QPointer>
#include <QWidget>
#include <memory>

class QAction;
class QComboBox;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTimer;
class QToolBar;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace phonghop::ui {

class FindBar;
class MessagePanel;
class PageView;
class PresentationWidget;
class SignaturesBar;
class ThumbnailView;
class ViewerToolBar;

// The document viewer: a toolbar, a sidebar (thumbnails, outline), the pages, a find bar,
// and messages for documents that cannot be shown (damaged, locked by a password). All
// Poppler work happens in a PdfRenderService worker; nothing here waits on it.
class DocumentView final : public QWidget {
    Q_OBJECT
public:
    explicit DocumentView(QWidget *parent = nullptr);
    ~DocumentView() override;

    // Opens a PDF; documentOpened or documentFailed (or passwordRequested) follows.
    // positionKey names the document for the reading position store (defaults to the path).
    void openDocument(
        const QString &pdfPath, const QString &title, const QString &positionKey = {});
    // The same for a PDF held in memory (a confidential document decrypted for this seat),
    // every page of it drawn with the reader's watermark (issue 16; none when it is empty).
    void openDocumentData(const QByteArray &pdfBytes, const QString &title,
        const QString &positionKey, const Watermark &watermark = {});
    // The same for a PDF read from a device on demand (a confidential document decrypted chunk
    // by chunk for this seat): source runs on the render worker, never on this thread.
    void openDocumentSource(PdfDeviceSource source, const QString &title,
        const QString &positionKey, const Watermark &watermark = {});
    // No document, and this message in its place ("Confidential document — …").
    void showUnavailable(const QString &message);
    void closeDocument();
    bool isDocumentOpen() const;
    QString documentPath() const { return m_path; }
    QString documentTitle() const { return m_title; }

    int currentPage() const; // 0-based
    int pageCount() const;
    void goToPage(int page);

    // The image painted for a page at the current zoom, null until pageRendered(page).
    QImage renderedPageImage(int page) const;
    // The message shown instead of the document, when there is one.
    QString message() const;

    void unlockDocument(const QString &password);
    void setReadingPositionStore(std::shared_ptr<ReadingPositionStore> store);
    // The memory the page-image cache may use. By default it follows the screen: room for the
    // pages on it and those drawn ahead and behind, a few screens' worth (issue 20: a fixed
    // 256 MB let a few page turns on a full-HD screen take more memory than other viewers).
    void setCacheBudget(qint64 bytes);
    // The budget the default gives on a screen of this many device pixels.
    static qint64 cacheBudgetForScreen(QSize devicePixels);

    // Find, as the find bar does it; results arrive asynchronously (findFinished).
    void find(const QString &text);
    void findNext();
    void findPrevious();
    int findHitCount() const;
    QString selectedText() const;
    void copySelection();

    PageView *pageView() const { return m_pageView; }
    // The document's PDF signatures and their state (hidden when it has none).
    SignaturesBar *signaturesBar() const { return m_signaturesBar; }
    // The worker of the open document (null when none): its cache figures, for benchmarks.
    PdfRenderService *renderService() const { return m_service.get(); }
    QToolBar *toolBar() const;
    QComboBox *zoomBox() const;
    // The "More" button at the end of the toolbar (back, forward, rotate, layout, presentation).
    QToolButton *moreButton() const;
    QAction *fitWidthAction() const { return m_fitWidthAction; }
    QAction *fitPageAction() const { return m_fitPageAction; }

Q_SIGNALS:
    void documentOpened(int pageCount);
    void documentFailed(const QString &message);
    void passwordRequested(bool afterWrongPassword);
    void pageRendered(int page);
    void currentPageChanged(int page);
    void findFinished(int hitCount);
    // The signatures of the opened document were checked (0: it has none).
    void signaturesVerified(int signatureCount);

public:
    // Whether the secondary controls live in "More" for lack of room.
    bool isToolBarCompact() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildActions();
    void startDocument(const QString &pdfPath, const QString &title, const QString &positionKey,
        const QByteArray &pdfBytes, const Watermark &watermark = {}, PdfDeviceSource source = {});
    void onOpened(const PdfDocumentInfo &info);
    void verifySignaturesOnce();
    void onOpenFailed(const QString &message);
    void onPasswordRequired(bool wrong);
    void showMessage(const QString &text, bool askPassword = false);
    void scheduleRequests();
    void updateRequests();
    void updatePageControls();
    void updateZoomControls();
    void fillOutline(QTreeWidgetItem *parent, const QVector<PdfOutlineItem> &items);
    void jumpTo(int page, double topFraction = -1);
    void goBack();
    void goForward();
    void showHit();
    void savePosition();
    void togglePresentation();
    void toggleFullScreen();

    std::unique_ptr<PdfRenderService> m_service;
    std::shared_ptr<ReadingPositionStore> m_positions;
    qint64 m_cacheBudget = 0; // 0: cacheBudgetForScreen of the view's screen
    QString m_path;
    // A file whose signatures are read once the pages on the screen are painted: reading them
    // opens the file a third time, which would take a core from them (issue 20).
    QString m_signaturesToVerify;
    // Pages ahead are drawn once the pages on the screen have been painted: until then both
    // cores go to those (issue 20).
    bool m_shownPainted = false;
    QString m_title;
    QString m_positionKey;

    ViewerToolBar *m_toolBar = nullptr;
    QStackedWidget *m_stack = nullptr;
    QSplitter *m_splitter = nullptr;
    QTabWidget *m_sidebar = nullptr;
    ThumbnailView *m_thumbnails = nullptr;
    QTreeWidget *m_outline = nullptr;
    PageView *m_pageView = nullptr;
    MessagePanel *m_messagePanel = nullptr;
    SignaturesBar *m_signaturesBar = nullptr;
    FindBar *m_findBar = nullptr;
    QTimer *m_positionTimer = nullptr;
    std::unique_ptr<PresentationWidget> m_presentation;

    QAction *m_sidebarAction = nullptr;
    QAction *m_backAction = nullptr;
    QAction *m_forwardAction = nullptr;
    QAction *m_continuousAction = nullptr;
    QAction *m_twoPageAction = nullptr;
    QAction *m_fitWidthAction = nullptr;
    QAction *m_fitPageAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_fullScreenAction = nullptr;

    NavigationHistory m_history; // back and forward
    bool m_requestsScheduled = false;

    FindHitCursor m_hits;
    quint64 m_findId = 0; // the search whose hits count; 0 when none
};

} // namespace phonghop::ui
