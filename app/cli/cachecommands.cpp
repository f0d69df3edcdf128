#include "commands.h"

namespace phonghop::cli {
int runDemoShare(const QStringList &, Streams &) { return Failure; }
int runSync(const QStringList &, Streams &) { return Failure; }
int runList(const QStringList &, Streams &) { return Failure; }
} // namespace phonghop::cli
