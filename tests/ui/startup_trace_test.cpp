// PHONGHOP_STARTUP_TRACE (issue 20): `phonghop FILE.pdf` run as a process says where its time
// to the first page goes, stage by stage, in order; without the variable it says nothing. Only
// the order and the presence of the stages are checked, never the times.
#include "pdf_fixtures.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace phonghop::test;
using phonghop::test::pdf::writeTextPdf;

namespace {

struct Run {
    QString err;
    bool painted = false;
};

Run runViewer(const QString &pdf, bool traced)
{
    QProcess viewer;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    if (traced)
        environment.insert(QStringLiteral("PHONGHOP_STARTUP_TRACE"), QStringLiteral("1"));
    else
        environment.remove(QStringLiteral("PHONGHOP_STARTUP_TRACE"));
    viewer.setProcessEnvironment(environment);
    viewer.start(QStringLiteral(PHONGHOP_APP_PATH), { pdf });
    REQUIRE(viewer.waitForStarted());
    Run run;
    // Traced: until the first page is painted (a minute at most). Untraced there is nothing to
    // wait for: two seconds of its start-up are enough to show it prints no trace.
    const int polls = traced ? 600 : 20;
    for (int waited = 0; waited < polls && !run.painted; ++waited) {
        viewer.waitForReadyRead(100);
        run.err += QString::fromUtf8(viewer.readAllStandardError());
        run.painted = run.err.contains(QStringLiteral("first page painted"))
            && run.err.contains(QStringLiteral("first whole frame painted"));
    }
    viewer.kill();
    viewer.waitForFinished();
    run.err += QString::fromUtf8(viewer.readAllStandardError());
    return run;
}

} // namespace

TEST_CASE("The start-up trace names every stage up to the first page, in order", "[startup]")
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("to-trinh.pdf"));
    writeTextPdf(pdf, 3);

    const Run traced = runViewer(pdf, true);
    INFO(traced.err.toStdString());
    REQUIRE(traced.painted);
    QStringList stages;
    QList<double> times;
    static const QRegularExpression line(
        QStringLiteral("^startup +(-?[0-9.]+) ms +(.+)$"), QRegularExpression::MultilineOption);
    for (auto it = line.globalMatch(traced.err); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        times << match.captured(1).toDouble();
        stages << match.captured(2).trimmed();
    }
    // The stages up to the shown window in this order; then the first page rendered and painted
    // and the whole frame painted, once each, in the order the two renders come in.
    const QStringList startup { QStringLiteral("main"), QStringLiteral("QApplication"),
        QStringLiteral("style"), QStringLiteral("settings and translations"),
        QStringLiteral("window built"), QStringLiteral("document opened"),
        QStringLiteral("window shown") };
    REQUIRE(stages.size() == startup.size() + 3);
    CHECK(stages.mid(0, startup.size()) == startup);
    const QStringList pages = stages.mid(startup.size());
    CHECK(pages.count(QStringLiteral("first page rendered")) == 1);
    CHECK(pages.count(QStringLiteral("first whole frame painted")) == 1);
    CHECK(pages.indexOf(QStringLiteral("first page rendered"))
        < pages.indexOf(QStringLiteral("first page painted")));
    // Counted from the process's start, so never backwards.
    for (qsizetype i = 1; i < times.size(); ++i)
        CHECK(times.at(i) >= times.at(i - 1));

    const Run quiet = runViewer(pdf, false);
    CHECK_FALSE(quiet.err.contains(QStringLiteral("startup ")));
}
