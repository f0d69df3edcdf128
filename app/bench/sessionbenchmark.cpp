// phonghop-bench session [--delegates N] [--polls P] [--rounds R] [--flood F]
// A live session on a local share as the chair's seat reads it: N delegates (default 200) have
// each checked in, asked to speak and voted in P polls (default 3). It prints one JSON line per
// measurement, median of R rounds (default 5), beside a baseline from the same run (reading
// every record file with nothing else):
//  - "full": a first look at the share (every record read, verified and folded): what every
//    refresh cost before reads became incremental;
//  - "incremental-idle" / "incremental-one-new": later refreshes, with nothing new or one new
//    record; "incremental-steady": the third to the tenth refresh (median), nothing new;
//  - "gui-stall-blocking" / "gui-stall-background": the longest gap between ticks of a 1 ms
//    timer on the GUI thread while SessionService refreshes inline, and in the background as
//    the app does;
//  - "flood-full", "flood-incremental-idle", "flood-incremental-one-new",
//    "flood-incremental-steady" (issue 13): the same four after someone with write access added F
//    junk records (default 5 × the session's records): signed by keys no roster lists, half in
//    folders of their own and half inside the delegates' folders, and a fifth of them garbled; each
//    line has the figure of the same session without them ("withoutFloodMs"), their ratio and the
//    machine's load (/proc/loadavg).
#include "bench/benchmarks.h"
#include "bench/benchstats.h"

#include "meeting_core/org/rosterbuilder.h"
#include "meeting_core/session/sessionrecords.h"
#include "meeting_core/session/sessionscanner.h"
#include "meeting_core/session/sessionservice.h"
#include "meeting_core/share/sharewriter.h"
#include "meeting_core/store/meetingcache.h"
#include "meeting_core/sync/organisationtrust.h"
#include "meeting_core/trust/devicekey.h"
#include "meeting_core/voting/pollrecords.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <functional>

namespace phonghop::bench {

namespace {
double elapsedMs(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

// The longest gap between ticks of a 1 ms timer while work runs and until done() holds.
double longestStallMs(const std::function<void()> &work, const std::function<bool()> &done)
{
    QElapsedTimer clock;
    clock.start();
    qint64 last = clock.nsecsElapsed();
    qint64 longest = 0;
    QTimer tick;
    tick.setInterval(1);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        longest = std::max(longest, now - last);
        last = now;
    });
    tick.start();
    QCoreApplication::processEvents();
    last = clock.nsecsElapsed();
    work();
    const qint64 afterWork = clock.nsecsElapsed();
    longest = std::max(longest, afterWork - last);
    last = afterWork;
    while (!done())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    QCoreApplication::processEvents();
    return double(longest) / 1e6;
}

struct SessionOnShare {
    QString root;
    QString meetingId;
    SigningKey chairKey = benchKey(QStringLiteral("chair"));
    int records = 0;
};

bool writeSession(SessionOnShare &s, int delegates, int polls, QTextStream &err)
{
    const SigningKey organisation = benchKey(QStringLiteral("organisation"));
    ShareWriter writer(s.root);
    if (const Status ok = writer.initialise(QStringLiteral("HĐND tỉnh"), organisation); !ok) {
        err << ok.error() << '\n';
        return false;
    }
    const Roster roster = benchRoster(s.meetingId, delegates);
    if (const Status ok = writeRosterToShare(s.root, roster, organisation); !ok) {
        err << ok.error() << '\n';
        return false;
    }
    const Result<VerifiedRoster> verified = verifyRoster(
        signRoster(roster, organisation).toBytes(), keyFingerprint(organisation.publicKey()));
    if (!verified) {
        err << verified.error() << '\n';
        return false;
    }
    const auto put = [&](const SigningKey &key, const SignedRecord &r, const QString &name) {
        if (writer.writeDeviceRecord(deviceIdOf(key.publicKey()), name, r.toBytes()))
            ++s.records;
    };
    QDateTime at = QDateTime::currentDateTimeUtc();
    QList<PollOpen> opens;
    for (int p = 0; p < polls; ++p) {
        PollDefinition poll;
        poll.id = QStringLiteral("nq-%1").arg(p + 1);
        poll.title = QStringLiteral("Thông qua Nghị quyết số %1").arg(p + 1);
        poll.options = PollDefinition::defaultOptions(PollKind::Approval);
        poll.rule = *VotingRule::fromPreset(QStringLiteral("hdnd"));
        at = at.addMSecs(1);
        const SignedRecord open
            = makePollOpen(s.meetingId, poll, verified->recordHash, at, s.chairKey);
        put(s.chairKey, open, sessionRecordFileName(open, at));
        opens << pollOpenFrom(open);
    }
    for (int i = 0; i < delegates; ++i) {
        const SigningKey key = benchKey(benchDelegateId(i));
        at = at.addMSecs(1);
        const SignedRecord checkIn = makeSessionRecord(sessionkinds::checkIn, s.meetingId, at,
            { { QStringLiteral("participant"), benchDelegateId(i) } }, key);
        put(key, checkIn, sessionRecordFileName(checkIn, at));
        const SignedRecord speak = makeSessionRecord(sessionkinds::speakRequest, s.meetingId, at,
            { { QStringLiteral("item"), QStringLiteral("muc-1") },
                { QStringLiteral("type"), QStringLiteral("speak") } },
            key);
        put(key, speak, sessionRecordFileName(speak, at));
        for (const PollOpen &open : std::as_const(opens)) {
            const Result<SignedRecord> ballot
                = makeBallot(open, verified->roster, benchDelegateId(i), key, 1, { i % 3 }, at);
            if (ballot)
                put(key, ballot.value(), ballotFileName(open, 1));
        }
    }
    return true;
}

// Junk from someone with write access: `count` files, signed by keys no roster lists (a fifth
// of them garbled), half in device folders of their own and half inside the delegates' folders.
int writeFlood(const SessionOnShare &s, int delegates, int count)
{
    ShareWriter writer(s.root);
    const QDateTime at = QDateTime::currentDateTimeUtc();
    int written = 0;
    for (int i = 0; i < count; ++i) {
        const SigningKey stranger = benchKey(QStringLiteral("flood-%1").arg(i / 5));
        const bool inDelegateFolder = i % 2 == 1;
        const QString folder = inDelegateFolder
            ? deviceIdOf(benchKey(benchDelegateId(i % delegates)).publicKey())
            : deviceIdOf(stranger.publicKey());
        const SignedRecord record
            = makeSessionRecord(i % 3 == 0 ? sessionkinds::speakRequest : sessionkinds::checkIn,
                s.meetingId, at.addMSecs(i),
                { { QStringLiteral("participant"), benchDelegateId(i % delegates) },
                    { QStringLiteral("item"), QStringLiteral("muc-1") },
                    { QStringLiteral("type"), QStringLiteral("speak") } },
                stranger);
        QByteArray bytes = record.toBytes();
        if (i % 5 == 4)
            bytes = bytes.left(bytes.size() / 2); // garbled: cut in half
        const QString name = i % 7 == 0 ? QStringLiteral("ballot-nq-1-flood-%1.json").arg(i)
                                        : sessionRecordFileName(record, at.addMSecs(i));
        if (writer.writeDeviceRecord(folder, name, bytes))
            ++written;
    }
    return written;
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).section(u' ', 0, 2)
                                          : QString();
}

double readEveryRecordMs(const QString &root)
{
    return elapsedMs([&root] {
        QDirIterator it(
            root + QStringLiteral("/devices"), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly))
                f.readAll();
        }
    });
}

void print(QTextStream &out, const QString &measure, double ms, double baselineMs, int delegates,
    int records, const QJsonObject &extra = {})
{
    QJsonObject line { { QStringLiteral("benchmark"), QStringLiteral("session") },
        { QStringLiteral("measure"), measure }, { QStringLiteral("delegates"), delegates },
        { QStringLiteral("records"), records }, { QStringLiteral("ms"), ms },
        { QStringLiteral("baselineReadAllMs"), baselineMs } };
    for (auto it = extra.begin(); it != extra.end(); ++it)
        line.insert(it.key(), it.value());
    out << QJsonDocument(line).toJson(QJsonDocument::Compact) << '\n';
    out.flush();
}
} // namespace

int runSessionBenchmark(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const auto option = [&arguments](const QString &name, int fallback) {
        const qsizetype i = arguments.indexOf(name);
        return i >= 0 ? arguments.value(i + 1).toInt() : fallback;
    };
    const int delegates = option(QStringLiteral("--delegates"), 200);
    const int polls = option(QStringLiteral("--polls"), 3);
    const int rounds = option(QStringLiteral("--rounds"), 5);
    const int floodOption = option(QStringLiteral("--flood"), -1);
    if (delegates < 1 || polls < 0 || rounds < 1 || floodOption < -1) {
        err << "Usage: phonghop-bench session [--delegates N] [--polls P] [--rounds R] [--flood "
               "F]\n";
        return 2;
    }
    QTemporaryDir share;
    QTemporaryDir cacheDir;
    SessionOnShare s { share.path(), QStringLiteral("ky-hop-thu-7") };
    if (!writeSession(s, delegates, polls, err))
        return 1;

    SessionScanInput input;
    input.sharePath = s.root;
    input.meetingId = s.meetingId;
    input.key = s.chairKey;
    // The chair's seat trusts the organisation key, as once a person confirmed its fingerprint.
    input.organisationPin = keyFingerprint(benchKey(QStringLiteral("organisation")).publicKey());
    QList<double> baseline, full, idle, oneNew, steady;
    // Later refreshes once the seat has been watching a while (the third to the tenth).
    const auto steadyMs = [&input](SessionScanner &scanner) {
        QList<double> later;
        for (int scan = 0; scan < 8; ++scan)
            later << elapsedMs([&] { scanner.scan(input); });
        return median(later);
    };
    for (int round = 0; round < rounds; ++round) {
        baseline << readEveryRecordMs(s.root);
        SessionScanner scanner;
        SessionScanResult first;
        full << elapsedMs([&] { first = scanner.scan(input); });
        if (!first.roster || first.state.summary.present != delegates) {
            err << "the chair's seat did not see the session: " << first.rosterStatus.error()
                << '\n';
            return 1;
        }
        input.roster = first.roster;
        idle << elapsedMs([&] { scanner.scan(input); });
        const SigningKey late = benchKey(benchDelegateId(round % delegates));
        const QDateTime at = QDateTime::currentDateTimeUtc();
        const SignedRecord question = makeSessionRecord(sessionkinds::speakRequest, s.meetingId, at,
            { { QStringLiteral("item"), QStringLiteral("muc-2") },
                { QStringLiteral("type"), QStringLiteral("question") } },
            late);
        requireDone(ShareWriter(s.root).writeDeviceRecord(
            deviceIdOf(late.publicKey()), sessionRecordFileName(question, at), question.toBytes()));
        ++s.records;
        oneNew << elapsedMs([&] { scanner.scan(input); });
        steady << steadyMs(scanner);
        input.roster.reset();
    }
    const double base = median(baseline);
    print(out, QStringLiteral("full"), median(full), base, delegates, s.records);
    print(out, QStringLiteral("incremental-idle"), median(idle), base, delegates, s.records);
    print(out, QStringLiteral("incremental-one-new"), median(oneNew), base, delegates, s.records);
    print(out, QStringLiteral("incremental-steady"), median(steady), base, delegates, s.records);

    // The chair's seat as the app runs it: how long the screen can stall per refresh.
    const SigningKey &chairKey = s.chairKey;
    if (const Status saved
        = chairKey.save(QDir(cacheDir.path()).filePath(QStringLiteral("device.key")));
        !saved) {
        err << saved.error() << '\n';
        return 1;
    }
    Result<std::unique_ptr<MeetingCache>> cache = MeetingCache::open(cacheDir.path());
    if (!cache) {
        err << cache.error() << '\n';
        return 1;
    }
    if (const Status pinned = pinOrganisation(*cache.value(), QStringLiteral("HĐND tỉnh"),
            benchKey(QStringLiteral("organisation")).publicKey());
        !pinned) {
        err << pinned.error() << '\n';
        return 1;
    }
    QList<double> blockingStall, backgroundStall;
    for (int round = 0; round < rounds; ++round) {
        SessionService blocking(*cache.value(), s.root, s.meetingId);
        blockingStall << longestStallMs(
            [&] { requireDone(blocking.refresh()); }, [] { return true; });
        SessionService background(*cache.value(), s.root, s.meetingId);
        background.setBackgroundRefresh(true);
        backgroundStall << longestStallMs(
            [&] { background.requestRefresh(); }, [&] { return !background.refreshing(); });
        if (background.state().summary.present != delegates) {
            err << "the background refresh did not deliver the session\n";
            return 1;
        }
    }
    print(out, QStringLiteral("gui-stall-blocking"), median(blockingStall), base, delegates,
        s.records,
        { { QStringLiteral("note"), QStringLiteral("first refresh of a seat, inline") } });
    print(out, QStringLiteral("gui-stall-background"), median(backgroundStall), base, delegates,
        s.records,
        { { QStringLiteral("note"), QStringLiteral("first refresh of a seat, on the worker") } });

    // The same session once someone with write access has flooded the share with junk.
    const int flood = floodOption >= 0 ? floodOption : 5 * s.records;
    if (flood > 0) {
        const int floodRecords = writeFlood(s, delegates, flood);
        QList<double> floodFull, floodIdle, floodOneNew, floodSteady;
        int kept = 0;
        for (int round = 0; round < rounds; ++round) {
            SessionScanner scanner;
            SessionScanResult first;
            floodFull << elapsedMs([&] { first = scanner.scan(input); });
            if (!first.roster || first.state.summary.present != delegates) {
                err << "with the flood, the chair's seat did not see the session\n";
                return 1;
            }
            input.roster = first.roster;
            floodIdle << elapsedMs([&] { scanner.scan(input); });
            const SigningKey late = benchKey(benchDelegateId((round + 1) % delegates));
            const QDateTime at = QDateTime::currentDateTimeUtc();
            const SignedRecord question
                = makeSessionRecord(sessionkinds::speakRequest, s.meetingId, at,
                    { { QStringLiteral("item"), QStringLiteral("muc-3") },
                        { QStringLiteral("type"), QStringLiteral("question") } },
                    late);
            requireDone(ShareWriter(s.root).writeDeviceRecord(deviceIdOf(late.publicKey()),
                sessionRecordFileName(question, at), question.toBytes()));
            floodOneNew << elapsedMs([&] { scanner.scan(input); });
            floodSteady << steadyMs(scanner);
            kept = scanner.knownRecords();
            input.roster.reset();
        }
        const QString load = loadAverage();
        const auto floodLine = [&](const QString &measure, const QList<double> &with,
                                   const QList<double> &without) {
            const double ms = median(with), before = median(without);
            print(out, measure, ms, base, delegates, s.records,
                { { QStringLiteral("floodRecords"), floodRecords },
                    { QStringLiteral("withoutFloodMs"), before },
                    { QStringLiteral("ratio"), before > 0 ? ms / before : 0 },
                    { QStringLiteral("keptRecords"), kept }, { QStringLiteral("loadavg"), load } });
        };
        floodLine(QStringLiteral("flood-full"), floodFull, full);
        floodLine(QStringLiteral("flood-incremental-idle"), floodIdle, idle);
        floodLine(QStringLiteral("flood-incremental-one-new"), floodOneNew, oneNew);
        floodLine(QStringLiteral("flood-incremental-steady"), floodSteady, steady);
    }
    return 0;
}

} // namespace phonghop::bench
