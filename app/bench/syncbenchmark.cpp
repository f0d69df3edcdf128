#include "bench/benchmarks.h"

namespace phonghop::bench {
int runSyncBenchmark(const QStringList &, QTextStream &, QTextStream &err)
{
    err << "not yet\n";
    return 1;
}
} // namespace phonghop::bench
