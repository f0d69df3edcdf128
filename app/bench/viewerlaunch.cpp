// phonghop-bench viewer --launch FILE... (under xvfb-run): from starting the program to page 1
// on screen, for phonghop and qpdfview alternately.
#include "bench/benchstats.h"
#include "bench/viewerbench.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPalette>
#include <QProcess>
#include <QScreen>
#include <QWidget>

namespace phonghop::bench::viewer {

namespace {

using Clock = QElapsedTimer;

// Counts the red of the seal on page 1 in a screen grab (every second pixel).
int sealPixels(const QImage &grab)
{
    const QImage image
        = grab.format() == QImage::Format_RGB32 || grab.format() == QImage::Format_ARGB32
        ? grab
        : grab.convertToFormat(QImage::Format_RGB32);
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

double launchOnce(const QString &program, const QStringList &arguments, QScreen *screen,
    int threshold, QTextStream &err)
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

} // namespace

int measureLaunch(
    const QStringList &files, int runs, const QString &qpdfview, QTextStream &out, QTextStream &err)
{
    QScreen *screen = QGuiApplication::primaryScreen();
    if (!screen || QGuiApplication::platformName() != QLatin1String("xcb")) {
        err << "--launch needs an X display: run it under xvfb-run -a -s '-screen 0 "
               "1920x1080x24'\n";
        return 2;
    }
    const QString phonghop
        = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("phonghop"));
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
            const double a = launchOnce(phonghop, { absolute }, screen, threshold, err);
            const double b = qpdfview.isEmpty()
                ? -1
                : launchOnce(qpdfview, { absolute }, screen, threshold, err);
            if (a >= 0)
                ours.append(a);
            if (b >= 0)
                theirs.append(b);
        }
        QJsonObject line { { QStringLiteral("file"), QFileInfo(file).fileName() },
            { QStringLiteral("metric"), QStringLiteral("launch_to_first_page_on_screen_ms") },
            { QStringLiteral("value"), median(ours) }, { QStringLiteral("max_ms"), maximum(ours) },
            { QStringLiteral("runs"), static_cast<int>(ours.size()) },
            { QStringLiteral("screen_grab_ms"), grabMs },
            { QStringLiteral("method"),
                QStringLiteral("QProcess start -> first screen grab showing page 1's red seal") } };
        if (!qpdfview.isEmpty()) {
            line.insert(QStringLiteral("qpdfview_ms"), median(theirs));
            line.insert(QStringLiteral("qpdfview_max_ms"), maximum(theirs));
            line.insert(QStringLiteral("qpdfview_runs"), static_cast<int>(theirs.size()));
            line.insert(
                QStringLiteral("ratio"), theirs.isEmpty() ? 0.0 : median(ours) / median(theirs));
        }
        emitLine(out, line);
    }
    return 0;
}

} // namespace phonghop::bench::viewer
