#pragma once

#include "trust/signingkey.h"

#include <QStringList>
#include <QTextStream>

namespace phonghop::bench {

// Dispatches `phonghop-bench NAME ARGS...` to one benchmark (see benchmarks.cpp).
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

// Benchmark keys, derived from fixed seeds (like the demo share's; never for real meetings).
SigningKey benchKey(const QString &name);

// One function per benchmark, each in its own file.
int runPublishBenchmark(const QStringList &arguments, QTextStream &out, QTextStream &err);
int runSyncBenchmark(const QStringList &arguments, QTextStream &out, QTextStream &err);
int runSearchBenchmark(const QStringList &arguments, QTextStream &out, QTextStream &err);
int runViewerBenchmark(const QStringList &arguments, QTextStream &out, QTextStream &err);
int runVotingBenchmark(const QStringList &arguments, QTextStream &out, QTextStream &err);
int runSessionBenchmark(const QStringList &arguments, QTextStream &out, QTextStream &err);
int runAnnotationBenchmark(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace phonghop::bench
