// phonghop-bench viewer: how fast the document view shows pages, beside the floor of a raw
// Poppler render of the same page at the same size in the same run. See
// docs/benchmarks-viewer.md for the method and the figures.
//
//   phonghop-bench viewer --generate DIR      writes text-500.pdf, scans-40.pdf, mixed-55.pdf
//   phonghop-bench viewer [--budget MB] [--scroll-step PX] [--runs N] [--two-page] FILE...   (offscreen)
//   phonghop-bench viewer --launch [--runs N] [--qpdfview CMD] FILE...          (under xvfb-run)
#include "bench/benchmarks.h"

#include "meeting_core/pdf/pdfdocument.h"
#include "meeting_core/pdf/pdfrenderservice.h"
#include "viewer/documentview.h"
#include "viewer/pageview.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRandomGenerator>
#include <QScreen>
#include <QScrollBar>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <ctime>
#include <functional>

namespace phonghop::bench {

namespace {

using Clock = QElapsedTimer;

// The machine is shared: say how busy it was when each figure was taken.
double loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? file.readAll().split(' ').value(0).toDouble() : -1;
}

void emitLine(QTextStream &out, QJsonObject object)
{
    object.insert(QStringLiteral("benchmark"), QStringLiteral("viewer"));
    object.insert(QStringLiteral("loadavg"), loadAverage());
    out << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
    out.flush();
}

double median(QVector<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

// CPU time of the calling thread: a long frame with little CPU time was waiting for a core.
double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return now.tv_sec * 1e3 + now.tv_nsec / 1e6;
}

double maximum(const QVector<double> &values)
{
    return values.isEmpty() ? 0 : *std::max_element(values.cbegin(), values.cend());
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

// ---- generated documents --------------------------------------------------------------

const QString sentence = QStringLiteral(
    "Căn cứ Luật Tổ chức chính quyền địa phương, Ủy ban nhân dân tỉnh trình Hội đồng nhân dân "
    "xem xét, quyết định đề án phát triển kinh tế – xã hội giai đoạn 2021–2025; đề nghị các sở, "
    "ban, ngành phối hợp thực hiện.");

// Page 1 of every generated file carries a red seal (con dấu) in its top-left corner, which
// every viewer shows at once at its default zoom and window size; no viewer's chrome has that red. The launch measurement looks for it.
void drawSeal(QPainter &painter, QPointF centre, double radius)
{
    painter.save();
    painter.setPen(QPen(QColor(220, 20, 30), radius / 8));
    painter.setBrush(QColor(220, 20, 30, 255));
    painter.drawEllipse(centre, radius, radius);
    painter.restore();
}

void writeTextPage(QPainter &painter, int pageNumber, double width)
{
    QFont font(QStringLiteral("DejaVu Serif"));
    font.setPixelSize(11);
    painter.setFont(font);
    painter.setPen(Qt::black);
    QFont title = font;
    title.setBold(true);
    title.setPixelSize(14);
    painter.setFont(title);
    painter.drawText(QRectF(60, 50, width - 120, 20), Qt::AlignCenter, QStringLiteral("BÁO CÁO TỔNG HỢP – TRANG %1").arg(pageNumber));
    painter.setFont(font);
    double y = 90;
    for (int paragraph = 0; y < 780; ++paragraph) {
        const QRectF box(60, y, width - 120, 60);
        painter.drawText(box, Qt::TextWordWrap, QStringLiteral("%1. ").arg(paragraph + 1) + sentence);
        y += 58;
    }
}

QImage scannedPage(int pageNumber, QRandomGenerator &random)
{
    // A4 at 300 dpi, greyish paper with noise and slightly rotated text, like a real scan.
    QImage image(2480, 3508, QImage::Format_RGB32);
    image.fill(QColor(246, 244, 238));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    for (int i = 0; i < 40000; ++i) {
        const int grey = 200 + random.bounded(40);
        image.setPixel(random.bounded(2480), random.bounded(3508), qRgb(grey, grey, grey));
    }
    painter.rotate(0.4);
    QFont font(QStringLiteral("DejaVu Serif"));
    font.setPixelSize(44);
    painter.setFont(font);
    painter.setPen(QColor(30, 30, 30));
    painter.drawText(QRectF(250, 200, 1980, 80), Qt::AlignCenter, QStringLiteral("QUYẾT ĐỊNH SỐ %1/QĐ-UBND").arg(pageNumber));
    double y = 400;
    for (int paragraph = 0; y < 3200; ++paragraph) {
        painter.drawText(QRectF(250, y, 1980, 240), Qt::TextWordWrap, sentence);
        y += 230;
    }
    if (pageNumber == 1)
        drawSeal(painter, QPointF(330, 280), 110);
    return image;
}

void generate(const QString &dir, QTextStream &out)
{
    QDir().mkpath(dir);
    QRandomGenerator random(2019);
    {
        const QString path = QDir(dir).filePath(QStringLiteral("text-500.pdf"));
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(72);
        QPainter painter(&writer);
        for (int page = 1; page <= 500; ++page) {
            if (page > 1)
                writer.newPage();
            writeTextPage(painter, page, 595);
            if (page == 1)
                drawSeal(painter, QPointF(80, 70), 26);
        }
        painter.end();
        emitLine(out, {{QStringLiteral("generated"), path}, {QStringLiteral("pages"), 500}});
    }
    {
        const QString path = QDir(dir).filePath(QStringLiteral("scans-40.pdf"));
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(300);
        QPainter painter(&writer);
        for (int page = 1; page <= 40; ++page) {
            if (page > 1)
                writer.newPage();
            painter.drawImage(QPointF(0, 0), scannedPage(page, random));
        }
        painter.end();
        emitLine(out, {{QStringLiteral("generated"), path}, {QStringLiteral("pages"), 40}});
    }
    {
        const QString path = QDir(dir).filePath(QStringLiteral("mixed-55.pdf"));
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(72);
        QPainter painter(&writer);
        for (int page = 1; page <= 55; ++page) {
            if (page > 1)
                writer.newPage();
            if (page % 5 == 3) { // a scanned annex at 150 dpi
                painter.drawImage(QRectF(0, 0, 595, 842), scannedPage(page, random).scaled(1240, 1754));
            } else if (page % 5 == 4) { // a chart of many vector shapes
                painter.setRenderHint(QPainter::Antialiasing);
                for (int i = 0; i < 3000; ++i) {
                    painter.setPen(QColor::fromHsv(random.bounded(360), 200, 200));
                    painter.drawLine(QPointF(60 + random.bounded(475.0), 100 + random.bounded(650.0)),
                                     QPointF(60 + random.bounded(475.0), 100 + random.bounded(650.0)));
                }
            } else {
                writeTextPage(painter, page, 595);
            }
            if (page == 1)
                drawSeal(painter, QPointF(80, 70), 26);
        }
        painter.end();
        emitLine(out, {{QStringLiteral("generated"), path}, {QStringLiteral("pages"), 55}});
    }
}

// ---- in-process figures ---------------------------------------------------------------

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
    QObject::connect(raw->view.get(), &ui::DocumentView::documentOpened, [raw] { raw->opened = true; });
    QObject::connect(raw->view.get(), &ui::DocumentView::documentFailed, [raw](const QString &m) { raw->failed = m; });
    QObject::connect(raw->view.get(), &ui::DocumentView::pageRendered, [raw](int page) { raw->rendered.insert(page); });
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

int measureFile(const QString &path, qint64 budget, int scrollStep, int runs, bool twoPage, QTextStream &out, QTextStream &err)
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
            err << "note: floor image " << floor.image.width() << 'x' << floor.image.height() << " vs view "
                << imageSize.width() << 'x' << imageSize.height() << '\n';
    }
    const double openMs = median(viewTimes);
    const double floorMs = median(floorTimes);
    emitLine(out, {{QStringLiteral("file"), name},
                   {QStringLiteral("pages"), pages},
                   {QStringLiteral("metric"), QStringLiteral("open_to_first_page_ms")},
                   {QStringLiteral("value"), openMs},
                   {QStringLiteral("floor_ms"), floorMs},
                   {QStringLiteral("floor"), QStringLiteral("PdfDocument::open + render page 1, same size, same thread")},
                   {QStringLiteral("image"), QStringLiteral("%1x%2").arg(imageSize.width()).arg(imageSize.height())},
                   {QStringLiteral("aim_ms"), floorMs * 1.3 + 20},
                   {QStringLiteral("within_aim"), openMs <= floorMs * 1.3 + 20},
                   {QStringLiteral("runs"), runs}});

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
    emitLine(out, {{QStringLiteral("file"), name},
                   {QStringLiteral("metric"), QStringLiteral("prefetched_page_turn_ms")},
                   {QStringLiteral("value"), median(turns)},
                   {QStringLiteral("max_ms"), maximum(turns)},
                   {QStringLiteral("turns"), static_cast<int>(turns.size())},
                   {QStringLiteral("floor_ms"), median(rawRenders)},
                   {QStringLiteral("floor"), QStringLiteral("raw render of one page at the same size (a turn without prefetch)")},
                   {QStringLiteral("aim_ms"), 16}});

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
    emitLine(out, {{QStringLiteral("file"), name},
                   {QStringLiteral("metric"), QStringLiteral("scroll_end_to_end")},
                   {QStringLiteral("frames"), frames},
                   {QStringLiteral("late_frames_over_50ms"), late},
                   {QStringLiteral("longest_frame_ms"), longestFrame},
                   {QStringLiteral("longest_frame_cpu_ms"), longestFrameCpu},
                   {QStringLiteral("most_cpu_in_a_frame_ms"), longestFrameCpuAny},
                   {QStringLiteral("frames_with_a_page_still_loading"), incomplete},
                   {QStringLiteral("longest_loading_stretch_ms"), longestIncompleteRunMs},
                   {QStringLiteral("scroll_px_per_frame"), scrollStep},
                   {QStringLiteral("layout"), twoPage ? QStringLiteral("two pages a row") : QStringLiteral("one page a row")},
                   {QStringLiteral("seconds"), total.elapsed() / 1000.0},
                   {QStringLiteral("cache_peak_mb"), cachePeak / 1048576.0},
                   {QStringLiteral("cache_budget_mb"), budgetMb},
                   {QStringLiteral("peak_rss_mb"), rss},
                   {QStringLiteral("rss_before_first_open_mb"), baselineRss},
                   {QStringLiteral("rss_within_budget_plus_100mb"), rss <= budgetMb + 100}});
    emitLine(out, {{QStringLiteral("file"), name},
                   {QStringLiteral("metric"), QStringLiteral("longest_gui_stall_ms")},
                   {QStringLiteral("value"), std::max({stallsByPhase.value(QStringLiteral("open")).toDouble(),
                                                       stallsByPhase.value(QStringLiteral("page_turns")).toDouble(),
                                                       stallsByPhase.value(QStringLiteral("scrolling")).toDouble()})},
                   {QStringLiteral("by_phase"), stallsByPhase},
                   {QStringLiteral("during"), QStringLiteral("open, page turns and scrolling (not the floor runs, not window creation)")},
                   {QStringLiteral("layout"), twoPage ? QStringLiteral("two pages a row") : QStringLiteral("one page a row")},
                   {QStringLiteral("aim_ms"), 50}});
    return 0;
}

// ---- launch to first page on screen -----------------------------------------------------

// Counts the red of the seal on page 1 in a screen grab (every second pixel).
int sealPixels(const QImage &grab)
{
    const QImage image = grab.format() == QImage::Format_RGB32 || grab.format() == QImage::Format_ARGB32
        ? grab : grab.convertToFormat(QImage::Format_RGB32);
    int count = 0;
    for (int y = 0; y < image.height(); y += 2) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); x += 2) {
            const QRgb p = line[x];
            if (qRed(p) > 170 && qGreen(p) < 80 && qBlue(p) < 90)
                ++count;
        }
    }
    return count;
}

double launchOnce(const QString &program, const QStringList &arguments, QScreen *screen, int threshold, QTextStream &err)
{
    QProcess process;
    // Both viewers draw on the same X display as this program (phonghop-bench itself
    // defaults to offscreen, which children would otherwise inherit).
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.setStandardOutputFile(QProcess::nullDevice());
    Clock clock;
    clock.start();
    process.start(program, arguments);
    if (!process.waitForStarted(5000)) {
        err << "cannot start " << program << '\n';
        return -1;
    }
    double seen = -1;
    while (clock.elapsed() < 15000) {
        const QImage grab = screen->grabWindow(0).toImage();
        if (sealPixels(grab) >= threshold) {
            seen = clock.nsecsElapsed() / 1e6;
            break;
        }
        QCoreApplication::processEvents();
    }
    process.terminate();
    if (!process.waitForFinished(3000)) {
        process.kill();
        process.waitForFinished(3000);
    }
    // Let the screen clear before the next launch.
    Clock settle;
    settle.start();
    while (settle.elapsed() < 500)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return seen;
}

int measureLaunch(const QStringList &files, int runs, const QString &qpdfview, QTextStream &out, QTextStream &err)
{
    QScreen *screen = QGuiApplication::primaryScreen();
    if (!screen || QGuiApplication::platformName() != QLatin1String("xcb")) {
        err << "--launch needs an X display: run it under xvfb-run -a -s '-screen 0 1920x1080x24'\n";
        return 2;
    }
    const QString phonghop = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("phonghop"));
    // A neutral grey backdrop so the empty screen has no seal red.
    QWidget backdrop;
    backdrop.setAutoFillBackground(true);
    QPalette palette = backdrop.palette();
    palette.setColor(QPalette::Window, QColor(90, 95, 100));
    backdrop.setPalette(palette);
    backdrop.setGeometry(screen->geometry());
    backdrop.show();
    QElapsedTimer wait;
    wait.start();
    while (wait.elapsed() < 500)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    // How long one screen grab takes: the resolution of this method.
    Clock grabClock;
    grabClock.start();
    for (int i = 0; i < 5; ++i)
        sealPixels(screen->grabWindow(0).toImage());
    const double grabMs = grabClock.nsecsElapsed() / 1e6 / 5;

    const int threshold = 400; // the seal covers thousands of sampled pixels at any fit zoom
    for (const QString &file : files) {
        const QString absolute = QFileInfo(file).absoluteFilePath();
        QVector<double> ours;
        QVector<double> theirs;
        for (int i = 0; i < runs; ++i) {
            // Alternate so that neither gets a warmer disk cache.
            const double a = launchOnce(phonghop, {absolute}, screen, threshold, err);
            const double b = qpdfview.isEmpty() ? -1 : launchOnce(qpdfview, {absolute}, screen, threshold, err);
            if (a >= 0)
                ours.append(a);
            if (b >= 0)
                theirs.append(b);
        }
        QJsonObject line{{QStringLiteral("file"), QFileInfo(file).fileName()},
                         {QStringLiteral("metric"), QStringLiteral("launch_to_first_page_on_screen_ms")},
                         {QStringLiteral("value"), median(ours)},
                         {QStringLiteral("max_ms"), maximum(ours)},
                         {QStringLiteral("runs"), static_cast<int>(ours.size())},
                         {QStringLiteral("screen_grab_ms"), grabMs},
                         {QStringLiteral("method"), QStringLiteral("QProcess start -> first screen grab showing page 1's red seal")}};
        if (!qpdfview.isEmpty()) {
            line.insert(QStringLiteral("qpdfview_ms"), median(theirs));
            line.insert(QStringLiteral("qpdfview_max_ms"), maximum(theirs));
            line.insert(QStringLiteral("qpdfview_runs"), static_cast<int>(theirs.size()));
            line.insert(QStringLiteral("ratio"), theirs.isEmpty() ? 0.0 : median(ours) / median(theirs));
        }
        emitLine(out, line);
    }
    return 0;
}

} // namespace

int runViewerBenchmark(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QStringList files;
    qint64 budget = PageImageCache::defaultBudgetBytes;
    int scrollStep = 240;
    int runs = 5;
    bool launch = false;
    bool twoPage = false;
    QString qpdfview = QStandardPaths::findExecutable(QStringLiteral("qpdfview"));
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        const QString next = i + 1 < arguments.size() ? arguments.at(i + 1) : QString();
        if (arg == QLatin1String("--generate") && !next.isEmpty()) {
            generate(next, out);
            return 0;
        }
        if (arg == QLatin1String("--budget") && !next.isEmpty()) {
            budget = next.toLongLong() * 1024 * 1024;
            ++i;
        } else if (arg == QLatin1String("--scroll-step") && !next.isEmpty()) {
            scrollStep = std::max(1, next.toInt());
            ++i;
        } else if (arg == QLatin1String("--runs") && !next.isEmpty()) {
            runs = std::max(1, next.toInt());
            ++i;
        } else if (arg == QLatin1String("--qpdfview") && !next.isEmpty()) {
            qpdfview = next;
            ++i;
        } else if (arg == QLatin1String("--two-page")) {
            twoPage = true;
        } else if (arg == QLatin1String("--launch")) {
            launch = true;
        } else {
            files.append(arg);
        }
    }
    if (files.isEmpty()) {
        err << "Usage: phonghop-bench viewer --generate DIR\n"
               "       phonghop-bench viewer [--budget MB] [--scroll-step PX] [--runs N] [--two-page] FILE...\n"
               "       phonghop-bench viewer --launch [--runs N] [--qpdfview CMD] FILE...\n";
        return 2;
    }
    if (launch)
        return measureLaunch(files, runs, qpdfview, out, err);
    for (const QString &file : files) {
        if (const int status = measureFile(file, budget, scrollStep, runs, twoPage, out, err); status != 0)
            return status;
    }
    return 0;
}

} // namespace phonghop::bench
