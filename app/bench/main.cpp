// phonghop-bench: benchmark programs. Each prints JSON lines of figures beside a baseline
// measured in the same run; docs/benchmarks.md records them.
#include "bench/benchmarks.h"

#include <QApplication>
#include <QTextStream>
#include <cstdio>

int main(int argc, char *argv[])
{
    // Benchmarks measure work, not a screen: offscreen unless told otherwise.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("phonghop-bench"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    return phonghop::bench::run(arguments, out, err);
}
