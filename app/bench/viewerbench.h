#pragma once

// The viewer benchmark's parts (phonghop-bench viewer, docs/benchmarks-viewer.md):
// viewergeneration.cpp writes the test documents, viewermeasurement.cpp takes the in-process
// figures, viewerlaunch.cpp times a launch to the first page on screen; viewerbenchmark.cpp
// reads the arguments and calls them.
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace phonghop::bench::viewer {

// One JSON line, with the benchmark's name and the load average it was taken under.
void emitLine(QTextStream &out, QJsonObject object);

// Writes text-500.pdf, scans-40.pdf and mixed-55.pdf into dir. Page 1 of each carries a red
// seal (con dấu) in its top-left corner: measureLaunch looks for it on screen.
void generate(const QString &dir, QTextStream &out);

// Open to first page, prefetched page turns, scrolling end to end and the longest GUI stall
// of one file in the document view (offscreen), each beside a raw Poppler floor.
int measureFile(const QString &path, qint64 budget, int scrollStep, int runs, bool twoPage,
    QTextStream &out, QTextStream &err);

// Launch to first page on screen of phonghop (and qpdfview, when given), under an X display.
int measureLaunch(const QStringList &files, int runs, const QString &qpdfview, QTextStream &out,
    QTextStream &err);

} // namespace phonghop::bench::viewer
