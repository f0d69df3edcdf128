#pragma once

#include "meeting_core/trust/roster.h"
#include "meeting_core/trust/signingkey.h"
#include "meeting_core/util/result.h"

#include <QStringList>
#include <QTextStream>

namespace phonghop::bench {

// Dispatches `phonghop-bench NAME ARGS...` to one benchmark (see benchmarks.cpp).
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

// Benchmark keys, derived from fixed seeds (like the demo share's; never for real meetings).
SigningKey benchKey(const QString &name);
// "dai-bieu-001", … : the id (and key name) of the benchmark's i-th delegate.
QString benchDelegateId(int i);
// A meeting's roster: the chair ("chu-toa", key benchKey("chair")) and N delegates, each with
// one device holding its bench key.
Roster benchRoster(const QString &meetingId, int delegates);
// A step the figures depend on (a record written into the share, a refresh) must succeed, or
// the figures measure nothing: prints what failed and ends the program with status 1.
void requireDone(const Status &step);

// One function per benchmark, each in its own file.
int runPublishBenchmark(const QStringList &arguments, QTextStream &out, QTextStream &err);
int runSyncBenchmark(const QStringList &arguments, QTextStream &out, QTextStream &err);
int runSearchBenchmark(const QStringList &arguments, QTextStream &out, QTextStream &err);
int runViewerBenchmark(const QStringList &arguments, QTextStream &out, QTextStream &err);
int runVotingBenchmark(const QStringList &arguments, QTextStream &out, QTextStream &err);
int runSessionBenchmark(const QStringList &arguments, QTextStream &out, QTextStream &err);
int runAnnotationBenchmark(const QStringList &arguments, QTextStream &out, QTextStream &err);
int runEnrolmentBenchmark(const QStringList &arguments, QTextStream &out, QTextStream &err);
int runOfficeBenchmark(const QStringList &arguments, QTextStream &out, QTextStream &err);
int runScaleBenchmark(const QStringList &arguments, QTextStream &out, QTextStream &err);
int runStatsBenchmark(const QStringList &arguments, QTextStream &out, QTextStream &err);
int runConfidentialBenchmark(const QStringList &arguments, QTextStream &out, QTextStream &err);
// Hidden: one sync and open of the confidential benchmark, in a process of its own.
int runConfidentialOpen(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace phonghop::bench
