#include "meeting_core/pdf/pdfrenderservice.h"

#include <QCoreApplication>
#include <QPointer>
#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace phonghop {

namespace {
// Workers still running. Destroying a service never waits for its worker (Poppler may be
// busy with a hostile page); the application waits for them, briefly, when it exits, so no
// worker is inside Poppler while the process tears down. Never destroyed on purpose.
struct LiveWorkers {
    std::mutex mutex;
    std::condition_variable done;
    int count = 0;
};
LiveWorkers &liveWorkers()
{
    static auto *workers = new LiveWorkers;
    return *workers;
}
void waitForWorkersAtExit()
{
    LiveWorkers &workers = liveWorkers();
    std::unique_lock lock(workers.mutex);
    workers.done.wait_for(lock, std::chrono::seconds(2), [&] { return workers.count == 0; });
}
// Page images are megabytes each and come and go all the time. glibc raises its mmap
// threshold after the first such free, after which images land in the heap arenas and freed
// ones stay resident (RSS far above the cache budget). A fixed threshold keeps every image
// in its own mapping, returned to the system when it is freed.
void keepLargeAllocationsMapped()
{
#if defined(__GLIBC__)
    static std::once_flag once;
    std::call_once(once, [] { mallopt(M_MMAP_THRESHOLD, 512 * 1024); });
#endif
}

void registerExitWait()
{
    static QCoreApplication *registeredFor = nullptr;
    QCoreApplication *app = QCoreApplication::instance();
    if (app && app != registeredFor) {
        qAddPostRoutine(waitForWorkersAtExit);
        registeredFor = app;
    }
}
} // namespace

QVector<int> prefetchOrder(
    int firstVisible, int lastVisible, int pageCount, int direction, int ahead, int behind)
{
    QVector<int> order;
    if (pageCount <= 0)
        return order;
    firstVisible = std::clamp(firstVisible, 0, pageCount - 1);
    lastVisible = std::clamp(lastVisible, firstVisible, pageCount - 1);
    for (int page = firstVisible; page <= lastVisible; ++page)
        order.append(page);
    const bool forward = direction >= 0;
    for (int i = 1; i <= ahead; ++i) {
        const int page = forward ? lastVisible + i : firstVisible - i;
        if (page >= 0 && page < pageCount)
            order.append(page);
    }
    for (int i = 1; i <= behind; ++i) {
        const int page = forward ? firstVisible - i : lastVisible + i;
        if (page >= 0 && page < pageCount)
            order.append(page);
    }
    return order;
}

// Everything the worker thread and the service share. It outlives the service when the
// worker is still inside Poppler at destruction; the worker then finishes on its own.
struct PdfRenderService::Shared {
    std::mutex mutex;
    std::condition_variable wake;
    bool stop = false;
    bool finished = false;
    PdfRenderService *receiver = nullptr; // null once the service is gone

    std::optional<QString> openPath;
    quint64 openSerial = 0; // bumped by every open asked for
    QByteArray openBytes; // with openPath: a document held in memory, openPath its name
    PdfDeviceSource openSource; // with openPath: a document read from a device, openPath its name
    CancellationToken openCancel; // of the latest open: cancelled by the next one, and at the end
    std::optional<QString> password;
    std::deque<RenderKey> renders;
    // The render each thread has under way (0: the worker, 1: the second renderer), and the
    // request generation that still wants it.
    struct InFlight {
        std::optional<RenderKey> key;
        std::atomic<quint64> generation { 0 };
    };
    std::array<InFlight, 2> inFlight;
    QSet<RenderKey> shown; // the keys of renders that are on the screen now (request())
    // Drawn and posted to the service, not delivered yet: asked for again meanwhile (the screen's
    // thread busy painting), they are not drawn a second time.
    QSet<RenderKey> delivering;
    std::deque<int> texts;
    struct Find {
        quint64 id = 0;
        QString query;
        bool matchDiacritics = false;
        int startPage = 0;
        int done = 0;
        int total = 0;
    };
    std::optional<Find> find;
    int timeLimitMs = 8000;
    qint64 maxPixels = 24'000'000;
    Watermark watermark;

    std::atomic<quint64> generation { 0 };
    std::atomic_bool stopping { false };

    // Where the document came from, for the second renderer to open its own copy (Poppler
    // documents are not thread-safe; two documents on two threads are): set by the worker when
    // it opens one, again with the password that unlocked it, cleared when another is asked for.
    struct Origin {
        QString path;
        QByteArray bytes;
        PdfDeviceSource source;
        QString password;
        quint64 openSerial = 0; // the open it came from
    };
    std::optional<Origin> origin;
    quint64 originSerial = 0; // bumped whenever origin changes

    // Worker-only state.
    std::unique_ptr<PdfDocument> document;
    // The page sizes opened() published (the first pages read, the rest estimated) and how
    // many of them are read since.
    QVector<QSizeF> publishedSizes;
    int sizesRead = 0;
    bool sizesDiffer = false;
    quint64 openedSerial = 0; // the open (openSerial) the document came from
    QHash<int, QVector<PdfTextBox>> textCache;
    // The document being opened or open, as published in origin.
    Origin opening;

    bool screenRenderWaiting() const { return !renders.empty() && shown.contains(renders.front()); }

    // A page on the screen being drawn by the other renderer: the worker starts nothing else
    // meanwhile, so that the page, the screen's thread painting and the display server share
    // the cores with nothing that can wait (issue 20).
    bool screenRenderUnderWay() const
    {
        return std::any_of(inFlight.begin(), inFlight.end(),
            [this](const InFlight &slot) { return slot.key && shown.contains(*slot.key); });
    }

    // The worker's: what it can start now.
    bool hasWork() const
    {
        if (openPath || password)
            return true;
        if (!document)
            return false;
        if (screenRenderWaiting())
            return true;
        return find
            || (!screenRenderUnderWay()
                && (!renders.empty() || !texts.empty() || sizesRead < publishedSizes.size()));
    }

    // Runs fn on the service's thread, unless the service is gone.
    template <typename Fn> void post(Fn fn)
    {
        std::lock_guard lock(mutex);
        if (PdfRenderService *service = receiver) {
            QMetaObject::invokeMethod(
                service, [service, fn = std::move(fn)]() mutable { fn(service); },
                Qt::QueuedConnection);
        }
    }

    // Find keeps the text of the pages it searched so the next query is quick; text asked
    // for selection while scrolling is not kept (it would grow with every page passed).
    QVector<PdfTextBox> textOf(int page, bool keep)
    {
        const auto found = textCache.constFind(page);
        if (found != textCache.constEnd())
            return found.value();
        QVector<PdfTextBox> boxes = document->textBoxes(page);
        if (keep)
            textCache.insert(page, boxes);
        return boxes;
    }

    void run();
    // The second renderer's loop: renders from the same queue with a document of its own.
    void runSecondRenderer();
    // Pops the next render into inFlight[slot] and draws it with doc, lock released meanwhile.
    // openSerial: the open doc came from; what it draws is delivered only while that open is
    // the latest.
    void renderNext(
        PdfDocument &doc, quint64 openSerial, size_t slot, std::unique_lock<std::mutex> &lock);
    // Searches the next page of find (lock held, released meanwhile).
    void searchNextPage(std::unique_lock<std::mutex> &lock);
    void publishOrigin(std::optional<Origin> next);
    void openDocument(const QString &path, const QByteArray &bytes, const PdfDeviceSource &source,
        const CancellationToken &cancel);
    void unlockDocument(const QString &secret);
    PdfDocumentInfo describe();
    // Reads the next pages' sizes; once all are read, tells the service if any differed from
    // the estimate. Called with the lock released.
    void readMorePageSizes();
};

PdfDocumentInfo PdfRenderService::Shared::describe()
{
    // A spread and a cover that differs from the pages after it are read; the rest is
    // estimated from the last one read.
    constexpr int readAtOpen = 4;
    PdfDocumentInfo info;
    info.title = document->title();
    info.pageCount = document->pageCount();
    info.pageSizes.reserve(info.pageCount);
    sizesRead = std::min(info.pageCount, readAtOpen);
    for (int i = 0; i < info.pageCount; ++i)
        info.pageSizes.append(i < sizesRead ? document->pageSize(i) : info.pageSizes.last());
    info.pageSizesEstimated = sizesRead < info.pageCount;
    publishedSizes = info.pageSizes;
    info.outline = document->outline();
    return info;
}

void PdfRenderService::Shared::readMorePageSizes()
{
    // A batch at a time, so that a page asked for meanwhile waits a few milliseconds at most.
    constexpr int batch = 64;
    const int end = std::min<int>(publishedSizes.size(), sizesRead + batch);
    for (; sizesRead < end; ++sizesRead) {
        const QSizeF size = document->pageSize(sizesRead);
        if (size != publishedSizes.at(sizesRead)) {
            publishedSizes[sizesRead] = size;
            sizesDiffer = true;
        }
    }
    if (sizesRead < publishedSizes.size())
        return;
    const QVector<QSizeF> sizes = std::exchange(publishedSizes, {});
    sizesRead = 0;
    const bool differ = std::exchange(sizesDiffer, false);
    post([sizes, differ, serial = openedSerial](PdfRenderService *s) {
        if (serial != s->m_openSerial)
            return; // another document was asked for meanwhile
        s->m_info.pageSizes = sizes;
        s->m_info.pageSizesEstimated = false;
        if (differ)
            Q_EMIT s->pageSizesRead(s->m_info);
    });
}

namespace {
Result<std::unique_ptr<PdfDocument>> openFromSource(
    const PdfDeviceSource &source, const QString &name, const CancellationToken &cancel)
{
    Result<std::unique_ptr<QIODevice>> device = source(cancel);
    if (!device)
        return Result<std::unique_ptr<PdfDocument>>::failure(device.error());
    return PdfDocument::openDevice(std::move(device).value(), name);
}
} // namespace

void PdfRenderService::Shared::openDocument(const QString &path, const QByteArray &bytes,
    const PdfDeviceSource &source, const CancellationToken &cancel)
{
    // The previous document goes first: its memory (and a decrypting device) is not kept
    // while the next one opens.
    document.reset();
    textCache.clear();
    publishedSizes.clear();
    sizesRead = 0;
    sizesDiffer = false;
    auto result = source  ? openFromSource(source, path, cancel)
        : bytes.isEmpty() ? PdfDocument::open(path)
                          : PdfDocument::openData(bytes, path);
    // An open given up (another one asked for, the service gone) says nothing: the next open,
    // if any, is the one the view waits for.
    if (cancel.isCancelled())
        return;
    if (!result) {
        post([message = result.error()](PdfRenderService *s) { Q_EMIT s->openFailed(message); });
        return;
    }
    document = std::move(result).value();
    textCache.clear();
    if (document->isLocked()) {
        post([](PdfRenderService *s) { Q_EMIT s->passwordRequired(false); });
        return;
    }
    PdfDocumentInfo info = describe();
    info.path = path;
    post([info, serial = openedSerial](PdfRenderService *s) {
        if (serial != s->m_openSerial)
            return; // another document was asked for meanwhile
        s->m_info = info;
        s->m_ready = true;
        Q_EMIT s->opened(info);
    });
}

void PdfRenderService::Shared::unlockDocument(const QString &secret)
{
    if (!document || !document->isLocked())
        return;
    if (!document->unlock(secret)) {
        post([](PdfRenderService *s) { Q_EMIT s->passwordRequired(true); });
        return;
    }
    opening.password = secret;
    publishOrigin(opening);
    PdfDocumentInfo info = describe();
    post([info, serial = openedSerial](PdfRenderService *s) {
        if (serial != s->m_openSerial)
            return;
        const QString path = s->m_info.path;
        s->m_info = info;
        s->m_info.path = path;
        s->m_ready = true;
        Q_EMIT s->opened(s->m_info);
    });
}

void PdfRenderService::Shared::run()
{
    std::unique_lock lock(mutex);
    for (;;) {
        wake.wait(lock, [this] { return stop || hasWork(); });
        if (stop)
            break;
        if (openPath) {
            const QString path = *std::exchange(openPath, std::nullopt);
            const QByteArray bytes = std::exchange(openBytes, QByteArray());
            const PdfDeviceSource source = std::exchange(openSource, PdfDeviceSource());
            const CancellationToken cancel = openCancel;
            openedSerial = openSerial;
            lock.unlock();
            // The second renderer opens its copy at the same time; it uses it only once it is
            // open and unlocked, as the worker's is.
            opening = Origin { path, bytes, source, QString(), openedSerial };
            publishOrigin(opening);
            openDocument(path, bytes, source, cancel);
            lock.lock();
            continue;
        }
        if (password) {
            const QString secret = *std::exchange(password, std::nullopt);
            lock.unlock();
            unlockDocument(secret);
            lock.lock();
            continue;
        }
        if (!document || document->isLocked()) {
            renders.clear();
            texts.clear();
            find.reset();
            continue;
        }
        // The pages on the screen, then the page sizes opening estimated, then the rest.
        if (screenRenderWaiting()) {
            renderNext(*document, openedSerial, 0, lock);
            continue;
        }
        if (screenRenderUnderWay()) {
            // Nothing that can wait while it is drawn (woken then); a search asked for goes on.
            if (find)
                searchNextPage(lock);
            continue;
        }
        if (sizesRead < publishedSizes.size()) {
            lock.unlock();
            readMorePageSizes();
            lock.lock();
            continue;
        }
        if (!renders.empty()) {
            renderNext(*document, openedSerial, 0, lock);
            continue;
        }
        if (!texts.empty()) {
            const int page = texts.front();
            texts.pop_front();
            lock.unlock();
            const QVector<PdfTextBox> boxes = textOf(page, false);
            post([page, boxes](PdfRenderService *s) {
                s->m_textPending.remove(page);
                s->keepText(page, PdfPageText(boxes));
                Q_EMIT s->textReady(page);
            });
            lock.lock();
            continue;
        }
        if (find)
            searchNextPage(lock);
    }
    document.reset();
    finished = true;
    lock.unlock();
    LiveWorkers &workers = liveWorkers();
    std::lock_guard count(workers.mutex);
    --workers.count;
    workers.done.notify_all();
}

void PdfRenderService::Shared::searchNextPage(std::unique_lock<std::mutex> &lock)
{
    Find &search = *find;
    const int pageCount = document->pageCount();
    if (search.done >= pageCount) {
        const quint64 id = search.id;
        const int total = search.total;
        find.reset();
        lock.unlock();
        post([id, total](PdfRenderService *s) {
            if (id == s->m_findId)
                Q_EMIT s->findFinished(id, total);
        });
        lock.lock();
        return;
    }
    const int page = (search.startPage + search.done) % pageCount;
    const Find snapshot = search;
    ++search.done;
    lock.unlock();
    const auto hits
        = PdfPageText(textOf(page, true)).find(snapshot.query, snapshot.matchDiacritics);
    if (!hits.isEmpty()) {
        post([id = snapshot.id, page, hits](PdfRenderService *s) {
            if (id == s->m_findId)
                Q_EMIT s->findHits(id, page, hits);
        });
    }
    lock.lock();
    if (find && find->id == snapshot.id)
        find->total += static_cast<int>(hits.size());
}

void PdfRenderService::Shared::renderNext(
    PdfDocument &doc, quint64 openSerial, size_t slot, std::unique_lock<std::mutex> &lock)
{
    const RenderKey key = renders.front();
    renders.pop_front();
    InFlight &mine = inFlight[slot];
    mine.key = key;
    mine.generation = generation.load();
    PdfRenderOptions options;
    options.page = key.page;
    options.scale = key.scale();
    options.rotation = key.rotation;
    options.tile = key.tile;
    options.timeLimitMs = timeLimitMs;
    options.maxPixels = maxPixels;
    // Given up once a request newer than the one that wants it came; request() raises a render's
    // generation that is still wanted before it raises the service's, so that a render asked
    // for again is never given up in between.
    options.abort
        = [this, &mine] { return stopping.load() || mine.generation.load() < generation.load(); };
    const Watermark mark = watermark;
    lock.unlock();
    PdfRenderOutcome outcome = doc.render(options);
    if (!mark.isEmpty() && !outcome.image.isNull()) {
        const QSize pageSize
            = PdfDocument::imageSize(doc.pageSize(key.page), options.scale, key.rotation);
        paintWatermark(
            outcome.image, mark, pageSize, key.tile.isNull() ? QPoint() : key.tile.topLeft());
    }
    lock.lock();
    delivering.insert(key);
    lock.unlock();
    post([key, outcome, openSerial](
             PdfRenderService *s) { s->deliverRender(key, outcome, openSerial); });
    lock.lock();
    mine.key.reset();
    wake.notify_all(); // the worker may wait for this page before work that can wait
}

void PdfRenderService::Shared::publishOrigin(std::optional<Origin> next)
{
    std::lock_guard lock(mutex);
    origin = std::move(next);
    ++originSerial;
    wake.notify_all();
}

void PdfRenderService::Shared::runSecondRenderer()
{
    std::unique_ptr<PdfDocument> own;
    quint64 ownSerial = 0; // the origin (originSerial) own was opened from
    quint64 ownOpenSerial = 0; // the open (openSerial) it is a copy of
    std::unique_lock lock(mutex);
    for (;;) {
        // Only pages on the screen now: prefetch stays the worker's.
        wake.wait(lock, [&] {
            return stop || ownSerial != originSerial
                || (own && !renders.empty() && shown.contains(renders.front()));
        });
        if (stop)
            break;
        if (ownSerial != originSerial) {
            // Another document (or none): its own copy opened off the lock; given up if the
            // document changed meanwhile.
            own.reset();
            ownSerial = originSerial;
            if (!origin)
                continue;
            const Origin from = *origin;
            const CancellationToken cancel = openCancel;
            lock.unlock();
            auto opened = from.source  ? openFromSource(from.source, from.path, cancel)
                : from.bytes.isEmpty() ? PdfDocument::open(from.path)
                                       : PdfDocument::openData(from.bytes, from.path);
            if (opened && opened.value()->isLocked() && !from.password.isEmpty())
                opened.value()->unlock(from.password);
            lock.lock();
            // A copy that does not open as the worker's did is not used: the worker renders alone.
            if (opened && !opened.value()->isLocked() && ownSerial == originSerial) {
                own = std::move(opened).value();
                ownOpenSerial = from.openSerial;
            }
            continue;
        }
        renderNext(*own, ownOpenSerial, 1, lock);
    }
    lock.unlock();
    own.reset();
    LiveWorkers &workers = liveWorkers();
    std::lock_guard count(workers.mutex);
    --workers.count;
    workers.done.notify_all();
}

PdfRenderService::PdfRenderService(QObject *parent)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>())
{
    m_shared->receiver = this;
    keepLargeAllocationsMapped();
    registerExitWait();
    // A second renderer where there is a second core: the pages of a two-page spread, or a
    // page and the next one prefetched, are drawn side by side (issue 20).
    const bool second = std::thread::hardware_concurrency() >= 2;
    {
        std::lock_guard count(liveWorkers().mutex);
        liveWorkers().count += second ? 2 : 1;
    }
    std::thread([shared = m_shared] { shared->run(); }).detach();
    if (second)
        std::thread([shared = m_shared] { shared->runSecondRenderer(); }).detach();
}

PdfRenderService::~PdfRenderService()
{
    std::lock_guard lock(m_shared->mutex);
    m_shared->receiver = nullptr;
    m_shared->stop = true;
    m_shared->stopping = true;
    m_shared->openCancel.cancel();
    m_shared->wake.notify_all();
    // Poppler stops drawing at its next abort check; the worker then closes the document and
    // ends on its own. Nothing here waits for it (see LiveWorkers).
}

void PdfRenderService::open(const QString &path)
{
    start(path, {});
}

void PdfRenderService::openData(const QByteArray &bytes, const QString &name)
{
    start(name, bytes);
}

void PdfRenderService::openSource(PdfDeviceSource source, const QString &name)
{
    start(name, {}, std::move(source));
}

void PdfRenderService::setWatermark(const Watermark &watermark)
{
    if (watermark == m_watermark)
        return;
    m_watermark = watermark;
    m_cache.clear(); // images rendered before carry the old one
    std::lock_guard lock(m_shared->mutex);
    m_shared->watermark = watermark;
}

void PdfRenderService::start(const QString &path, const QByteArray &bytes, PdfDeviceSource source)
{
    m_ready = false;
    m_info = PdfDocumentInfo();
    m_info.path = path;
    m_pending.clear();
    m_failures.clear();
    m_texts.clear();
    m_textOrder.clear();
    m_textPending.clear();
    m_cache.clear();
    std::lock_guard lock(m_shared->mutex);
    m_shared->renders.clear();
    m_shared->texts.clear();
    m_shared->find.reset();
    ++m_shared->generation;
    m_shared->openPath = path;
    m_shared->openSerial = ++m_openSerial;
    m_shared->openBytes = bytes;
    m_shared->openSource = std::move(source);
    m_shared->openCancel.cancel(); // an open still under way is not wanted any more
    m_shared->openCancel = CancellationToken();
    m_shared->origin.reset(); // the second renderer drops its copy of the previous document
    m_shared->delivering.clear();
    ++m_shared->originSerial;
    m_shared->wake.notify_all();
}

void PdfRenderService::unlock(const QString &password)
{
    std::lock_guard lock(m_shared->mutex);
    m_shared->password = password;
    m_shared->wake.notify_all();
}

void PdfRenderService::setRenderLimits(int timeLimitMs, qint64 maxPixels)
{
    std::lock_guard lock(m_shared->mutex);
    m_shared->timeLimitMs = timeLimitMs;
    m_shared->maxPixels = maxPixels;
}

void PdfRenderService::request(const QVector<RenderKey> &keysInPriorityOrder, qsizetype shownCount)
{
    m_pending.clear();
    std::lock_guard lock(m_shared->mutex);
    const quint64 generation = m_shared->generation.load() + 1;
    m_shared->renders.clear();
    m_shared->shown.clear();
    const qsizetype shown = shownCount < 0 ? keysInPriorityOrder.size() : shownCount;
    for (qsizetype i = 0; i < std::min(shown, keysInPriorityOrder.size()); ++i)
        m_shared->shown.insert(keysInPriorityOrder.at(i));
    for (const RenderKey &key : keysInPriorityOrder) {
        if (m_pending.contains(key) || m_cache.contains(key) || m_failures.contains(key))
            continue;
        if (key.page < 0 || (m_ready && key.page >= m_info.pageCount))
            continue;
        m_pending.insert(key);
        bool underWay = false;
        for (Shared::InFlight &slot : m_shared->inFlight) {
            if (slot.key && *slot.key == key) {
                slot.generation = generation; // still wanted: let it finish
                underWay = true;
            }
        }
        if (!underWay && !m_shared->delivering.contains(key))
            m_shared->renders.push_back(key);
    }
    m_shared->generation = generation; // renders not wanted any more stop now
    m_shared->wake.notify_all();
}

void PdfRenderService::cancelAll()
{
    m_pending.clear();
    std::lock_guard lock(m_shared->mutex);
    ++m_shared->generation;
    m_shared->renders.clear();
    m_shared->shown.clear();
}

void PdfRenderService::deliverRender(
    const RenderKey &key, const PdfRenderOutcome &outcome, quint64 openSerial)
{
    {
        std::lock_guard lock(m_shared->mutex);
        m_shared->delivering.remove(key);
    }
    if (openSerial != m_openSerial)
        return; // a page of the document open before
    if (!m_pending.contains(key))
        return; // cancelled or replaced: never delivered
    if (outcome.error == PdfRenderError::Aborted) {
        // Aborted in the instant it was asked for again: ask once more, first in line.
        std::lock_guard lock(m_shared->mutex);
        if (!m_shared->stop) {
            m_shared->renders.push_front(key);
            m_shared->wake.notify_all();
        }
        return;
    }
    m_pending.remove(key);
    if (outcome.image.isNull()) {
        m_failures.insert(key, outcome.message);
        Q_EMIT pageFailed(key, outcome.message);
        return;
    }
    m_cache.insert(key, outcome.image);
    Q_EMIT pageReady(key, outcome.image);
}

void PdfRenderService::keepText(int page, PdfPageText text)
{
    // Selection needs the text of the pages in view, not of every page scrolled past.
    constexpr int keptPages = 48;
    if (!m_texts.contains(page))
        m_textOrder.append(page);
    m_texts.insert(page, std::move(text));
    while (m_textOrder.size() > keptPages)
        m_texts.remove(m_textOrder.takeFirst());
}

void PdfRenderService::requestText(int page)
{
    if (m_texts.contains(page) || m_textPending.contains(page))
        return;
    m_textPending.insert(page);
    std::lock_guard lock(m_shared->mutex);
    m_shared->texts.push_back(page);
    m_shared->wake.notify_all();
}

const PdfPageText *PdfRenderService::pageText(int page) const
{
    const auto found = m_texts.constFind(page);
    return found == m_texts.constEnd() ? nullptr : &found.value();
}

quint64 PdfRenderService::find(const QString &query, bool matchDiacritics, int startPage)
{
    const quint64 id = ++m_findId;
    std::lock_guard lock(m_shared->mutex);
    Shared::Find search;
    search.id = id;
    search.query = query;
    search.matchDiacritics = matchDiacritics;
    search.startPage = std::max(0, startPage);
    m_shared->find = search;
    m_shared->wake.notify_all();
    return id;
}

void PdfRenderService::cancelFind()
{
    ++m_findId;
    std::lock_guard lock(m_shared->mutex);
    m_shared->find.reset();
}

} // namespace phonghop
