#pragma once

#include "meeting_core/pdf/pageimagecache.h"
#include "meeting_core/pdf/pdfdocument.h"
#include "meeting_core/pdf/pdfpagetext.h"
#include "meeting_core/pdf/renderkey.h"
#include "meeting_core/pdf/watermark.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <memory>

namespace phonghop {

// What the view needs to lay a document out, read once on the worker when it opens.
struct PdfDocumentInfo {
    QString path;
    QString title;
    int pageCount = 0;
    // Points, unrotated. Opening reads the first pages' sizes only and gives the others the size
    // of the last page read (issue 20: reading them all walks the whole page tree before page 1
    // shows); the rest are read in the background, pageSizesRead() says when they differ.
    QVector<QSizeF> pageSizes;
    bool pageSizesEstimated = false; // some sizes are the estimate, not read yet
    QVector<PdfOutlineItem> outline;
};

// The page order for rendering (docs/architecture.md, rendering): the visible pages first, then up
// to `ahead` pages further in the reading direction (direction > 0 forward, < 0 backward), then up
// to `behind` pages the other way, nearest first.
QVector<int> prefetchOrder(
    int firstVisible, int lastVisible, int pageCount, int direction, int ahead, int behind);

// Renders one PDF off the GUI thread. It owns one worker thread, the only thread that touches
// its Poppler document (Poppler documents are not thread-safe): opening, unlocking, drawing,
// text extraction and find all run there; where there are two cores, a second renderer with a
// Poppler document of its own draws the pages on the screen beside it. Requests form a priority
// queue that request() replaces as a whole; a render nobody wants any more is aborted and never
// delivered. Results arrive as signals on the thread that owns the service, with images kept in a
// budgeted PageImageCache. Destroying the service never waits for Poppler.
class PdfRenderService final : public QObject {
    Q_OBJECT
public:
    explicit PdfRenderService(QObject *parent = nullptr);
    ~PdfRenderService() override;

    // Asynchronous: ends in opened(), passwordRequired() or openFailed().
    void open(const QString &path);
    // The same for a document held in memory (a confidential document decrypted for this
    // seat): nothing is written to disk; name stands for the path in info() and messages.
    void openData(const QByteArray &bytes, const QString &name);
    // The same for a document read from a device on demand (a confidential document decrypted
    // chunk by chunk, issue 16): source runs on the worker thread, never on this one, so its
    // long work (verifying the whole ciphertext) does not hold the screen; its failure ends in
    // openFailed(). name stands for the path in info() and messages.
    void openSource(PdfDeviceSource source, const QString &name);
    // Every page image rendered from now on carries this watermark (a confidential document,
    // issue 16): whole pages, tiles and thumbnails alike. An empty one draws nothing. Set it
    // before open()/openData()/openSource(); open() of another document keeps it until it is set
    // again.
    void setWatermark(const Watermark &watermark);
    const Watermark &watermark() const { return m_watermark; }
    void unlock(const QString &password);
    bool isReady() const { return m_ready; }
    const PdfDocumentInfo &info() const { return m_info; }

    PageImageCache &cache() { return m_cache; }
    void setCacheBudget(qint64 bytes) { m_cache.setBudget(bytes); }
    // Guards against hostile pages: a time limit per render and a pixel-count limit.
    void setRenderLimits(int timeLimitMs, qint64 maxPixels);

    // Replaces every pending render with these keys, most urgent first. Keys already cached
    // or known to fail are skipped; a render in progress goes on only if it is still wanted.
    // The first shownCount keys (all by default) are on the screen now: where there are two
    // cores, a second renderer draws those beside the worker (the two pages of a spread at
    // once); the rest (prefetch) is the worker's alone, so that a core stays free for the
    // screen's thread while pages are turned (issue 20).
    void request(const QVector<RenderKey> &keysInPriorityOrder, qsizetype shownCount = -1);
    void cancelAll();
    bool isPending(const RenderKey &key) const { return m_pending.contains(key); }
    QString failure(const RenderKey &key) const { return m_failures.value(key); }

    // Text of a page for selection; textReady(page) once pageText(page) is available.
    void requestText(int page);
    const PdfPageText *pageText(int page) const;

    // Searches every page, starting at startPage and wrapping; findHits per page with hits,
    // then findFinished. A new find or cancelFind() silences the previous one.
    quint64 find(const QString &query, bool matchDiacritics, int startPage = 0);
    void cancelFind();

Q_SIGNALS:
    void opened(const phonghop::PdfDocumentInfo &info);
    // Every page's size is read and some differed from the estimate opened() gave; info() has
    // them now.
    void pageSizesRead(const phonghop::PdfDocumentInfo &info);
    void passwordRequired(bool afterWrongPassword);
    void openFailed(const QString &message);
    void pageReady(const phonghop::RenderKey &key, const QImage &image);
    void pageFailed(const phonghop::RenderKey &key, const QString &message);
    void textReady(int page);
    void findHits(quint64 search, int page, const QVector<QVector<QRectF>> &hits);
    void findFinished(quint64 search, int totalHits);

private:
    struct Shared;
    void start(const QString &path, const QByteArray &bytes, PdfDeviceSource source = {});
    void deliverRender(const RenderKey &key, const PdfRenderOutcome &outcome, quint64 openSerial);
    void keepText(int page, PdfPageText text);

    std::shared_ptr<Shared> m_shared;
    PageImageCache m_cache;
    PdfDocumentInfo m_info;
    Watermark m_watermark;
    bool m_ready = false;
    quint64 m_openSerial = 0; // of the latest open asked for
    QSet<RenderKey> m_pending;
    QHash<RenderKey, QString> m_failures;
    QHash<int, PdfPageText> m_texts;
    QList<int> m_textOrder; // oldest first
    QSet<int> m_textPending;
    quint64 m_findId = 0;
};

} // namespace phonghop
