#include "bench/benchmarks.h"

#include "meeting_core/trust/devicekey.h"
#include "meeting_core/util/sha256.h"

#include <cstdio>
#include <cstdlib>
#include <functional>
#include <utility>
#include <vector>

namespace phonghop::bench {

namespace {
using Benchmark = std::function<int(const QStringList &, QTextStream &, QTextStream &)>;

const std::vector<std::pair<QString, Benchmark>> &benchmarks()
{
    static const std::vector<std::pair<QString, Benchmark>> table = {
        { QStringLiteral("publish"), runPublishBenchmark },
        { QStringLiteral("sync"), runSyncBenchmark },
        { QStringLiteral("search"), runSearchBenchmark },
        { QStringLiteral("viewer"), runViewerBenchmark },
        { QStringLiteral("voting"), runVotingBenchmark },
        { QStringLiteral("session"), runSessionBenchmark },
        { QStringLiteral("scale"), runScaleBenchmark },
        { QStringLiteral("annotations"), runAnnotationBenchmark },
        { QStringLiteral("enrolment"), runEnrolmentBenchmark },
        { QStringLiteral("office"), runOfficeBenchmark },
        { QStringLiteral("stats"), runStatsBenchmark },
        { QStringLiteral("confidential"), runConfidentialBenchmark },
    };
    return table;
}
} // namespace

SigningKey benchKey(const QString &name)
{
    return SigningKey::fromSeed(QByteArray::fromHex(
        Sha256::hexOf(QByteArrayLiteral("phonghop-bench-") + name.toUtf8()).toLatin1()));
}

QString benchDelegateId(int i)
{
    return QStringLiteral("dai-bieu-%1").arg(i + 1, 3, 10, QLatin1Char('0'));
}

Roster benchRoster(const QString &meetingId, int delegates)
{
    Roster roster;
    roster.meetingId = meetingId;
    roster.issuedAt = QDateTime::currentDateTimeUtc();
    const auto add = [&roster](const QString &id, Role role, const SigningKey &key) {
        RosterParticipant p;
        p.id = id;
        p.name = id;
        p.role = role;
        p.devices << RosterDevice { deviceIdOf(key.publicKey()), key.publicKey(), {} };
        roster.participants << p;
    };
    add(QStringLiteral("chu-toa"), Role::Chair, benchKey(QStringLiteral("chair")));
    for (int i = 0; i < delegates; ++i)
        add(benchDelegateId(i), Role::Delegate, benchKey(benchDelegateId(i)));
    return roster;
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    // A step of another benchmark run in a child process, not listed.
    if (!arguments.isEmpty() && arguments.first() == QStringLiteral("confidential-open"))
        return runConfidentialOpen(arguments.mid(1), out, err);
    if (!arguments.isEmpty()) {
        for (const auto &[name, benchmark] : benchmarks()) {
            if (name == arguments.first())
                return benchmark(arguments.mid(1), out, err);
        }
    }
    err << "Usage: phonghop-bench BENCHMARK [ARGS]\nBenchmarks:";
    for (const auto &entry : benchmarks())
        err << ' ' << entry.first;
    err << '\n';
    return 2;
}

void requireDone(const Status &step)
{
    if (step)
        return;
    std::fprintf(
        stderr, "phonghop-bench: a step of the benchmark failed: %s\n", qPrintable(step.error()));
    std::exit(1);
}

} // namespace phonghop::bench
