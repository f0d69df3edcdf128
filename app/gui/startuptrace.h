#pragma once

// PHONGHOP_STARTUP_TRACE=1: where the time from process start to the first page goes (issue
// 20). Each mark prints "startup <ms since the process started> <stage>" on standard error;
// the first page's render and paint are marked from the document view's signal. Costs one
// environment look when unset.
#include <QByteArray>
#include <QElapsedTimer>
#include <QString>

class QWidget;

namespace phonghop::startuptrace {

// Whether PHONGHOP_STARTUP_TRACE is set; read once.
bool enabled();
// Prints the mark when tracing.
void mark(const char *stage);
// Marks "first page rendered" and, one event-loop turn later, "first page painted", then "first
// whole frame painted" once every page on the screen is drawn, for the first document view
// found under window.
void watchFirstPage(QWidget &window);

} // namespace phonghop::startuptrace
