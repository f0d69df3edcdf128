// phonghop-bench viewer FILE...: the document view's figures in process (offscreen), each
// beside the floor of a raw Poppler render of the same page at the same size in the same run.
#include "bench/benchstats.h"
#include "bench/viewerbench.h"

#include "meeting_core/pdf/pdfdocument.h"
#include "meeting_core/pdf/pdfrenderservice.h"
#include "viewer/documentview.h"
#include "viewer/pageview.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QScrollBar>
#include <QSet>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <ctime>
#include <functional>
#include <memory>

namespace phonghop::bench::viewer {

namespace {

using Clock = QElapsedTimer;

// CPU time of the calling thread: a long frame with little CPU time was waiting for a core.
double threadCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return now.tv_sec * 1e3 + now.tv_nsec / 1e6;
}

bool waitUntil(const std::function<bool()> &done, int timeoutMs = 60000)
{
    Clock clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        if (!done())
            QThread::usleep(200);
    }
    return true;
}

// Peak resident memory of this process (Linux), in MiB.
double peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

// The longest time the GUI event loop went without running a 1 ms timer: a stall.
class StallMeter final {
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const double cpu = threadCpuMs();
            if (m_clock.isValid()) {
                const double gap = static_cast<double>(m_clock.nsecsElapsed()) / 1e6;
                if (gap > m_longest) {
                    m_longest = gap;
                    m_longestCpu = cpu - m_lastCpu;
                }
            }
            m_lastCpu = cpu;
            m_clock.restart();
        });
    }
    void start()
    {
        m_clock.invalidate();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double longestMs() const { return m_longest; }
    // GUI-thread CPU time spent within the longest stall: small means it waited for a core.
    double longestCpuMs() const { return m_longestCpu; }
    void reset() { m_longest = m_longestCpu = 0; }

private:
    QTimer m_timer;
    Clock m_clock;
    double m_longest = 0;
    double m_longestCpu = 0;
    double m_lastCpu = 0;
};

struct ViewRun {
    std::unique_ptr<ui::DocumentView> view;
    bool opened = false;
    QString failed;
    QSet<int> rendered;
    bool lastFrameComplete = false;
    qint64 frames = 0;
};

std::unique_ptr<ViewRun> makeView(qint64 budget, bool twoPage)
{
    auto run = std::make_unique<ViewRun>();
    run->view = std::make_unique<ui::DocumentView>();
    run->view->setCacheBudget(budget);
    // 1280 × 900 is wide enough for two pages side by side; the figures before the automatic
    // two-page layout were taken with one page per row, which is twice as many pixels a frame.
    run->view->pageView()->setTwoPage(twoPage);
    run->view->resize(1280, 900);
    ViewRun *raw = run.get();
    QObject::connect(
        raw->view.get(), &ui::DocumentView::documentOpened, [raw] { raw->opened = true; });
    QObject::connect(raw->view.get(), &ui::DocumentView::documentFailed,
        [raw](const QString &m) { raw->failed = m; });
    QObject::connect(raw->view.get(), &ui::DocumentView::pageRendered,
        [raw](int page) { raw->rendered.insert(page); });
    QObject::connect(raw->view->pageView(), &ui::PageView::framePainted, [raw](bool complete) {
        raw->lastFrameComplete = complete;
        ++raw->frames;
    });
    raw->view->show();
    return run;
}

// True when every image the view wants now and next is cached (or known to fail).
bool prefetchSettled(ViewRun &run)
{
    PdfRenderService *service = run.view->renderService();
    if (!service)
        return false;
    QVector<RenderKey> visible;
    QVector<RenderKey> prefetch;
    run.view->pageView()->wantedKeys(visible, prefetch);
    for (const RenderKey &key : visible + prefetch)
        if (service->isPending(key))
            return false;
    return true;
}

} // namespace

int measureFile(const QString &path, qint64 budget, int scrollStep, int runs, bool twoPage,
    QTextStream &out, QTextStream &err)
{
    const QString name = QFileInfo(path).fileName();
    StallMeter stalls;
    const double baselineRss = peakRssMb();

    // Open -> first page painted, alternating with the floor: PdfDocument::open + render of
    // page 1 at the same scale on the calling thread (what a viewer cannot beat).
    QVector<double> viewTimes;
    QVector<double> floorTimes;
    double scale = 0;
    QSize imageSize;
    int pages = 0;
    QJsonObject stallsByPhase;
    for (int i = 0; i < runs; ++i) {
        auto run = makeView(budget, twoPage);
        QCoreApplication::processEvents();
        stalls.start();
        Clock clock;
        clock.start();
        run->view->openDocument(path, name);
        if (!waitUntil([&] { return run->rendered.contains(0) || !run->failed.isEmpty(); })) {
            err << "timed out opening " << path << '\n';
            return 1;
        }
        if (!run->failed.isEmpty()) {
            err << run->failed << '\n';
            return 1;
        }
        viewTimes.append(clock.nsecsElapsed() / 1e6);
        stalls.stop();
        pages = run->view->pageCount();
        imageSize = run->view->renderedPageImage(0).size();

        auto document = PdfDocument::open(path);
        if (!document)
            return 1;
        scale = imageSize.width() / document.value()->pageSize(0).width();
        document = Result<std::unique_ptr<PdfDocument>>::failure(QString()); // close
        clock.restart();
        auto fresh = PdfDocument::open(path);
        PdfRenderOptions options;
        options.scale = scale;
        const PdfRenderOutcome floor = fresh.value()->render(options);
        floorTimes.append(clock.nsecsElapsed() / 1e6);
        if (floor.image.size() != imageSize)
            err << "note: floor image " << floor.image.width() << 'x' << floor.image.height()
                << " vs view " << imageSize.width() << 'x' << imageSize.height() << '\n';
    }
    const double openMs = median(viewTimes);
    const double floorMs = median(floorTimes);
    emitLine(out,
        { { QStringLiteral("file"), name }, { QStringLiteral("pages"), pages },
            { QStringLiteral("metric"), QStringLiteral("open_to_first_page_ms") },
            { QStringLiteral("value"), openMs }, { QStringLiteral("floor_ms"), floorMs },
            { QStringLiteral("floor"),
                QStringLiteral("PdfDocument::open + render page 1, same size, same thread") },
            { QStringLiteral("image"),
                QStringLiteral("%1x%2").arg(imageSize.width()).arg(imageSize.height()) },
            { QStringLiteral("aim_ms"), floorMs * 1.3 + 20 },
            { QStringLiteral("within_aim"), openMs <= floorMs * 1.3 + 20 },
            { QStringLiteral("runs"), runs } });

    stallsByPhase.insert(QStringLiteral("open"), stalls.longestMs());
    stalls.reset();
    // Page turns to a prefetched page: from the key press to the frame that shows it whole.
    auto run = makeView(budget, twoPage);
    QCoreApplication::processEvents();
    stalls.start();
    run->view->openDocument(path, name);
    waitUntil([&] { return run->rendered.contains(0); });
    QVector<double> turns;
    QVector<double> rawRenders;
    for (int turn = 0; turn < std::min(20, pages - 1); ++turn) {
        if (!waitUntil([&] { return prefetchSettled(*run); }))
            break;
        QCoreApplication::processEvents();
        run->lastFrameComplete = false;
        const qint64 framesBefore = run->frames;
        Clock clock;
        clock.start();
        run->view->pageView()->nextPage();
        waitUntil([&] { return run->frames > framesBefore && run->lastFrameComplete; });
        turns.append(clock.nsecsElapsed() / 1e6);
    }
    stalls.stop();
    stallsByPhase.insert(QStringLiteral("page_turns"), stalls.longestMs());
    {
        // The floor of a turn that was not prefetched: one raw render of the page.
        auto document = PdfDocument::open(path);
        for (int page = 1; page < std::min(6, pages); ++page) {
            PdfRenderOptions options;
            options.page = page;
            options.scale = scale;
            Clock clock;
            clock.start();
            document.value()->render(options);
            rawRenders.append(clock.nsecsElapsed() / 1e6);
        }
    }
    emitLine(out,
        { { QStringLiteral("file"), name },
            { QStringLiteral("metric"), QStringLiteral("prefetched_page_turn_ms") },
            { QStringLiteral("value"), median(turns) },
            { QStringLiteral("max_ms"), maximum(turns) },
            { QStringLiteral("turns"), static_cast<int>(turns.size()) },
            { QStringLiteral("floor_ms"), median(rawRenders) },
            { QStringLiteral("floor"),
                QStringLiteral(
                    "raw render of one page at the same size (a turn without prefetch)") },
            { QStringLiteral("aim_ms"), 16 } });

    // Scrolling end to end at 60 frames a second, scrollStep px a frame.
    run->view->pageView()->goToPage(0);
    waitUntil([&] { return prefetchSettled(*run); });
    QScrollBar *bar = run->view->pageView()->verticalScrollBar();
    QWidget *viewport = run->view->pageView()->viewport();
    int frames = 0;
    int late = 0;
    int incomplete = 0;
    double longestFrame = 0;
    double longestFrameCpu = 0;
    double longestFrameCpuAny = 0;
    double longestIncompleteRunMs = 0;
    double incompleteSince = -1;
    qint64 cachePeak = 0;
    Clock total;
    total.start();
    stalls.reset();
    stalls.start();
    while (bar->value() < bar->maximum()) {
        const double frameStart = total.nsecsElapsed() / 1e6;
        Clock frame;
        frame.start();
        const double cpuStart = threadCpuMs();
        bar->setValue(bar->value() + scrollStep);
        viewport->repaint();
        const double frameMs = frame.nsecsElapsed() / 1e6;
        const double frameCpuMs = threadCpuMs() - cpuStart;
        ++frames;
        if (frameMs > longestFrame)
            longestFrameCpu = frameCpuMs;
        longestFrame = std::max(longestFrame, frameMs);
        longestFrameCpuAny = std::max(longestFrameCpuAny, frameCpuMs);
        if (frameMs > 50)
            ++late;
        if (!run->lastFrameComplete) {
            ++incomplete;
            if (incompleteSince < 0)
                incompleteSince = frameStart;
        } else if (incompleteSince >= 0) {
            longestIncompleteRunMs = std::max(longestIncompleteRunMs, frameStart - incompleteSince);
            incompleteSince = -1;
        }
        if (PdfRenderService *service = run->view->renderService())
            cachePeak = std::max(cachePeak, service->cache().usedBytes());
        // The rest of the 16.7 ms frame belongs to the event loop (results arrive here).
        while (total.nsecsElapsed() / 1e6 < frameStart + 1000.0 / 60)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 2);
    }
    stalls.stop();
    stallsByPhase.insert(QStringLiteral("scrolling"), stalls.longestMs());
    stallsByPhase.insert(QStringLiteral("scrolling_stall_cpu_ms"), stalls.longestCpuMs());
    const double rss = peakRssMb();
    const double budgetMb = budget / 1048576.0;
    emitLine(out,
        { { QStringLiteral("file"), name },
            { QStringLiteral("metric"), QStringLiteral("scroll_end_to_end") },
            { QStringLiteral("frames"), frames }, { QStringLiteral("late_frames_over_50ms"), late },
            { QStringLiteral("longest_frame_ms"), longestFrame },
            { QStringLiteral("longest_frame_cpu_ms"), longestFrameCpu },
            { QStringLiteral("most_cpu_in_a_frame_ms"), longestFrameCpuAny },
            { QStringLiteral("frames_with_a_page_still_loading"), incomplete },
            { QStringLiteral("longest_loading_stretch_ms"), longestIncompleteRunMs },
            { QStringLiteral("scroll_px_per_frame"), scrollStep },
            { QStringLiteral("layout"),
                twoPage ? QStringLiteral("two pages a row") : QStringLiteral("one page a row") },
            { QStringLiteral("seconds"), total.elapsed() / 1000.0 },
            { QStringLiteral("cache_peak_mb"), cachePeak / 1048576.0 },
            { QStringLiteral("cache_budget_mb"), budgetMb }, { QStringLiteral("peak_rss_mb"), rss },
            { QStringLiteral("rss_before_first_open_mb"), baselineRss },
            { QStringLiteral("rss_within_budget_plus_100mb"), rss <= budgetMb + 100 } });
    emitLine(out,
        { { QStringLiteral("file"), name },
            { QStringLiteral("metric"), QStringLiteral("longest_gui_stall_ms") },
            { QStringLiteral("value"),
                std::max({ stallsByPhase.value(QStringLiteral("open")).toDouble(),
                    stallsByPhase.value(QStringLiteral("page_turns")).toDouble(),
                    stallsByPhase.value(QStringLiteral("scrolling")).toDouble() }) },
            { QStringLiteral("by_phase"), stallsByPhase },
            { QStringLiteral("during"),
                QStringLiteral(
                    "open, page turns and scrolling (not the floor runs, not window creation)") },
            { QStringLiteral("layout"),
                twoPage ? QStringLiteral("two pages a row") : QStringLiteral("one page a row") },
            { QStringLiteral("aim_ms"), 50 } });
    return 0;
}

} // namespace phonghop::bench::viewer
