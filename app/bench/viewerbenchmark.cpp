// phonghop-bench viewer: how fast the document view shows pages, beside the floor of a raw
// Poppler render of the same page at the same size in the same run. See
// docs/benchmarks-viewer.md for the method and the figures.
//
//   phonghop-bench viewer --generate DIR      writes text-500.pdf, scans-40.pdf, mixed-55.pdf,
//                                             book-360.pdf
//   phonghop-bench viewer [--budget MB] [--scroll-step PX] [--runs N] [--two-page] FILE...
//   (offscreen) phonghop-bench viewer --launch [--runs N] [--qpdfview CMD] FILE...          (under
//   xvfb-run)
#include "bench/benchmarks.h"
#include "bench/viewerbench.h"

#include "meeting_core/pdf/pageimagecache.h"

#include <QFile>
#include <QJsonDocument>
#include <QStandardPaths>
#include <algorithm>

namespace phonghop::bench {

namespace {

// The machine is shared: say how busy it was when each figure was taken.
double loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? file.readAll().split(' ').value(0).toDouble() : -1;
}

} // namespace

void viewer::emitLine(QTextStream &out, QJsonObject object)
{
    object.insert(QStringLiteral("benchmark"), QStringLiteral("viewer"));
    object.insert(QStringLiteral("loadavg"), loadAverage());
    out << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
    out.flush();
}

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
            viewer::generate(next, out);
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
               "       phonghop-bench viewer [--budget MB] [--scroll-step PX] [--runs N] "
               "[--two-page] FILE...\n"
               "       phonghop-bench viewer --launch [--runs N] [--qpdfview CMD] FILE...\n";
        return 2;
    }
    if (launch)
        return viewer::measureLaunch(files, runs, qpdfview, out, err);
    for (const QString &file : files) {
        if (const int status
            = viewer::measureFile(file, budget, scrollStep, runs, twoPage, out, err);
            status != 0)
            return status;
    }
    return 0;
}

} // namespace phonghop::bench
