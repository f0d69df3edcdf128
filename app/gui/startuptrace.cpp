#include "startuptrace.h"

#include "viewer/documentview.h"
#include "viewer/pageview.h"

#include <QFile>
#include <QTimer>
#include <QWidget>
#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace phonghop::startuptrace {

namespace {

// Milliseconds from the kernel's start of this process to now: /proc/self/stat's start time
// (clock ticks since boot) against CLOCK_BOOTTIME, so the loader's and static initialisers'
// time before main() counts too. -1 when /proc cannot say.
double sinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // Fields after the command name, which is in parentheses and may hold spaces.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20)
        return -1;
    const double startTicks = fields.at(19).toDouble(); // field 22 of the whole line
    timespec now {};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const double nowMs = double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
    return nowMs - startTicks * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

} // namespace

bool enabled()
{
    static const bool on = !qEnvironmentVariableIsEmpty("PHONGHOP_STARTUP_TRACE");
    return on;
}

void mark(const char *stage)
{
    if (!enabled())
        return;
    std::fprintf(stderr, "startup %8.1f ms  %s\n", sinceProcessStart(), stage);
    std::fflush(stderr);
}

void watchFirstPage(QWidget &window)
{
    if (!enabled())
        return;
    auto *view = window.findChild<ui::DocumentView *>();
    if (!view)
        return;
    auto *connection = new QMetaObject::Connection;
    *connection = QObject::connect(view, &ui::DocumentView::pageRendered, view, [connection](int) {
        QObject::disconnect(*connection);
        delete connection;
        mark("first page rendered");
        // The paint the render asked for happens in the next turns of the event loop.
        QTimer::singleShot(0, [] { mark("first page painted"); });
    });
    // Every page on the screen drawn: what a reader (and the viewer harness) counts as the page
    // being visible.
    auto *whole = new QMetaObject::Connection;
    *whole = QObject::connect(
        view->pageView(), &ui::PageView::framePainted, view, [whole](bool complete) {
            if (!complete)
                return;
            QObject::disconnect(*whole);
            delete whole;
            mark("first whole frame painted");
        });
}

} // namespace phonghop::startuptrace
