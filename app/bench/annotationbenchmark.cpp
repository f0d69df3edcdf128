// phonghop-bench annotations: how fast ink follows the pen and how fast a crowded page's
// annotation overlay paints, each beside a floor measured in the same run.
#include "annotations/annotationcontroller.h"
#include "annotations/annotationoverlay.h"
#include "bench/benchmarks.h"
#include "bench/benchstats.h"
#include "meeting_core/annotations/annotationstore.h"
#include "meeting_core/store/database.h"
#include "viewer/documentview.h"
#include "viewer/pageview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMouseEvent>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cmath>

namespace phonghop::bench {

using namespace phonghop::ui;

namespace {
void emitLine(QTextStream &out, const QJsonObject &object)
{
    out << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
    out.flush();
}

QJsonObject stats(QVector<double> ms)
{
    return { { QStringLiteral("median_ms"), median(ms) },
        { QStringLiteral("p95_ms"), quantile(ms, 0.95) }, { QStringLiteral("max_ms"), maximum(ms) },
        { QStringLiteral("frames_over_16ms"),
            int(std::count_if(ms.begin(), ms.end(), [](double v) { return v > 16.0; })) },
        { QStringLiteral("samples"), int(ms.size()) } };
}

void writePdf(const QString &path)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(72);
    QPainter painter(&writer);
    for (int i = 0; i < 40; ++i)
        painter.drawText(QPointF(60, 80 + i * 18),
            QStringLiteral("Dòng %1: báo cáo kinh tế – xã hội quý III.").arg(i + 1));
}

bool waitFor(const std::function<bool()> &done, int timeoutMs = 30000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return done();
}

QVector<Annotation> crowdedPage(int count)
{
    QVector<Annotation> list;
    for (int i = 0; i < count; ++i) {
        Annotation a;
        a.id = QString::number(i);
        const double x = 0.05 + (i % 20) * 0.045, y = 0.05 + (i / 20 % 50) * 0.018;
        switch (i % 5) {
        case 0:
            a.type = AnnotationType::Highlight;
            a.quads = { QRectF(x, y, 0.04, 0.012) };
            break;
        case 1:
            a.type = AnnotationType::Underline;
            a.quads = { QRectF(x, y, 0.04, 0.012) };
            break;
        case 2: {
            a.type = AnnotationType::Ink;
            InkStroke s;
            for (int k = 0; k < 20; ++k)
                s.points.append(
                    { QPointF(x + k * 0.002, y + (k % 3) * 0.003), 0.5f + (k % 4) * 0.1f });
            a.strokes = { s };
            break;
        }
        case 3:
            a.type = AnnotationType::Note;
            a.rect = QRectF(x, y, 0.02, 0.014);
            break;
        default:
            a.type = AnnotationType::FreeText;
            a.rect = QRectF(x, y, 0.04, 0.014);
            a.contents = QStringLiteral("Ý kiến");
        }
        list.append(a);
    }
    return list;
}
} // namespace

int runAnnotationBenchmark(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const int points = arguments.value(0, QStringLiteral("10000")).toInt();
    const int crowd = arguments.value(1, QStringLiteral("1000")).toInt();
    if (!qobject_cast<QApplication *>(QCoreApplication::instance())) {
        err << "annotations: needs the widget application\n";
        return 2;
    }
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("page.pdf"));
    writePdf(pdf);
    Database db = Database::open(dir.filePath(QStringLiteral("cache.sqlite")));
    AnnotationStore store(db);
    DocumentView view;
    view.resize(1280, 900);
    view.show();
    AnnotationController controller(&view, store, QStringLiteral("bench"));
    int opened = -1;
    QSet<int> rendered;
    QObject::connect(&view, &DocumentView::documentOpened, [&](int n) { opened = n; });
    QObject::connect(&view, &DocumentView::pageRendered, [&](int page) { rendered.insert(page); });
    view.openDocument(pdf, QStringLiteral("bench"));
    if (!waitFor([&] { return opened > 0 && rendered.contains(0); })) {
        err << "annotations: the page did not render\n";
        return 1;
    }
    controller.openDocument(QStringLiteral("doc"), 1);
    PageView *pages = view.pageView();
    QWidget *viewport = pages->viewport();
    const QSizeF size = pages->pagePointSize(0);
    auto at = [&](double x, double y) {
        return QPointF(pages->mapFromPage(0, QPointF(x * size.width(), y * size.height())));
    };

    // Floor: repainting the same view with no stroke in progress.
    QVector<double> floor;
    QElapsedTimer timer;
    for (int i = 0; i < 200; ++i) {
        timer.start();
        viewport->repaint();
        floor.append(timer.nsecsElapsed() / 1e6);
    }

    // Ink: each point goes in as a mouse move and the frame that shows it is painted at once.
    controller.overlay()->setTool(AnnotationOverlay::Tool::Pen);
    QVector<double> perPoint;
    QVector<double> perStroke;
    const int strokeLength = std::min(points, 500);
    for (int done = 0; done < points;) {
        const int n = std::min(strokeLength, points - done);
        auto position = [&](int k) {
            const double t = double(done + k) / points;
            return at(0.1 + 0.8 * (k / double(n)), 0.1 + 0.8 * t + 0.01 * std::sin(k * 0.3));
        };
        QMouseEvent press(QEvent::MouseButtonPress, position(0), viewport->mapToGlobal(position(0)),
            Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(viewport, &press);
        for (int k = 1; k < n; ++k) {
            timer.start();
            QMouseEvent move(QEvent::MouseMove, position(k), viewport->mapToGlobal(position(k)),
                Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(viewport, &move);
            viewport->repaint();
            perPoint.append(timer.nsecsElapsed() / 1e6);
        }
        timer.start();
        QMouseEvent release(QEvent::MouseButtonRelease, position(n - 1),
            viewport->mapToGlobal(position(n - 1)), Qt::LeftButton, Qt::NoButton, Qt::NoModifier);
        QCoreApplication::sendEvent(viewport, &release); // commits the stroke to SQLite
        viewport->repaint();
        perStroke.append(timer.nsecsElapsed() / 1e6);
        done += n;
    }
    QJsonObject ink { { QStringLiteral("benchmark"), QStringLiteral("annotations") },
        { QStringLiteral("case"), QStringLiteral("ink_point_to_frame") },
        { QStringLiteral("points"), points }, { QStringLiteral("points_per_stroke"), strokeLength },
        { QStringLiteral("point_to_frame"), stats(perPoint) },
        { QStringLiteral("release_commit_and_frame"), stats(perStroke) },
        { QStringLiteral("floor_repaint_without_stroke"), stats(floor) },
        { QStringLiteral("strokes_saved"),
            store.count({ QStringLiteral("bench"), QStringLiteral("doc"), 1 }) } };
    emitLine(out, ink);

    // Overlay: 1,000 annotations on one page, painted at fit-width size, beside blitting the
    // page image alone (what every frame costs anyway).
    const QVector<Annotation> annotations = crowdedPage(crowd);
    const QSize pixels(1240, 1754);
    QImage page(pixels, QImage::Format_ARGB32_Premultiplied);
    page.fill(Qt::white);
    QImage frame(pixels, QImage::Format_ARGB32_Premultiplied);
    const QTransform toPixels = QTransform::fromScale(pixels.width(), pixels.height());
    QVector<double> overlay;
    QVector<double> blit;
    for (int i = 0; i < 40; ++i) {
        QPainter painter(&frame);
        timer.start();
        painter.drawImage(0, 0, page);
        blit.append(timer.nsecsElapsed() / 1e6);
        timer.start();
        AnnotationOverlay::paintAnnotations(painter, annotations, toPixels, pixels.width() / 595.0);
        overlay.append(timer.nsecsElapsed() / 1e6);
    }
    emitLine(out,
        { { QStringLiteral("benchmark"), QStringLiteral("annotations") },
            { QStringLiteral("case"), QStringLiteral("overlay_paint") },
            { QStringLiteral("annotations"), crowd },
            { QStringLiteral("page_pixels"),
                QStringLiteral("%1x%2").arg(pixels.width()).arg(pixels.height()) },
            { QStringLiteral("overlay"), stats(overlay) },
            { QStringLiteral("floor_page_blit"), stats(blit) } });

    // The same crowd in the view: the first frame draws the layer, later frames blit it.
    store.saveAll({ QStringLiteral("bench"), QStringLiteral("crowd"), 1 }, annotations);
    controller.openDocument(QStringLiteral("crowd"), 1);
    pages->goToPage(0);
    QVector<double> first;
    QVector<double> cached;
    for (int i = 0; i < 20; ++i) {
        controller.overlay()->select(
            i % 2 ? QStringLiteral("0") : QString()); // invalidates the layer
        timer.start();
        viewport->repaint();
        first.append(timer.nsecsElapsed() / 1e6);
        for (int k = 0; k < 5; ++k) {
            timer.start();
            viewport->repaint();
            cached.append(timer.nsecsElapsed() / 1e6);
        }
    }
    emitLine(out,
        { { QStringLiteral("benchmark"), QStringLiteral("annotations") },
            { QStringLiteral("case"), QStringLiteral("view_frame_with_annotations") },
            { QStringLiteral("annotations"), crowd },
            { QStringLiteral("viewport"),
                QStringLiteral("%1x%2").arg(viewport->width()).arg(viewport->height()) },
            { QStringLiteral("frame_after_change"), stats(first) },
            { QStringLiteral("frame_unchanged"), stats(cached) },
            { QStringLiteral("floor_repaint_without_annotations"), stats(floor) } });
    return 0;
}

} // namespace phonghop::bench
