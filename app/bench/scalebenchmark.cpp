// phonghop-bench scale [--rooms 50,200,500] [--histories fresh,1y] [--sampled-seats K]
//                      [--refreshes R] [--delay-ms D] [--records-per-meeting N]
// How the share's work grows with the room and with the share's age (issue 21), in share
// format 1.1 (records in each device's folder) beside 2.0 (each meeting's session log), on the
// same machine in the same run. Every file-system call under the share is counted by the
// fscount layer linked into this program (bench/fscount), by kind.
//
// For each history ("fresh", "1y": 50 past meetings of 200 devices with about 20 records each,
// "5y": 250) and layout, the share is written once; then for each room of N delegates a meeting
// of its own is added (roster, every delegate checked in) and measured:
//  - the first refresh of one seat (everything read), whose scanner is then copied to K sampled
//    seats (each then its own scanner and memory, as if each had read the share once);
//  - "noop": R refreshes of the K seats at once (threads) with nothing new, operations per seat
//    per refresh by kind (the mean), and the listing bytes (names) they carried;
//  - "oneNew": one delegate writes a record (its own operations: "writerOps"), then every sampled
//    seat refreshes once;
//  - the room at the server: noop operations × N / 2 s (every seat refreshes every 2 s), and the
//    listing bytes per second alike;
//  - "latencyMs": one seat's refresh with D ms (default 2) added to every metadata operation, as
//    a busy SMB server over Wi-Fi, with nothing new and with one new record (median of 3);
//  - for the largest room, "close": the chair opens a poll, every delegate votes, and the chair's
//    next refresh closes it: its time and operations, without and with the delay.
// and for each history and layout, "sync": the operations of a sync poll with nothing new.
// The machine may be busy: counts do not depend on it, times do (the load is printed).
#include "bench/benchmarks.h"
#include "bench/benchstats.h"
#include "bench/fscount/fscount.h"
#include "bench/scaleshare.h"

#include "meeting_core/session/sessionrecords.h"
#include "meeting_core/session/sessionscanner.h"
#include "meeting_core/store/meetingcache.h"
#include "meeting_core/store/outbox.h"
#include "meeting_core/sync/organisationtrust.h"
#include "meeting_core/sync/syncengine.h"
#include "meeting_core/trust/devicekey.h"
#include "meeting_core/voting/pollrecords.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <thread>
#include <vector>

namespace phonghop::bench {

namespace {

using fscount::Kind;

struct Counts {
    double opens = 0, stats = 0, listings = 0, changes = 0, names = 0, bytes = 0;
    static Counts ofThisThread()
    {
        return { double(fscount::ofThisThread(Kind::Open)),
            double(fscount::ofThisThread(Kind::Stat)), double(fscount::ofThisThread(Kind::Listing)),
            double(fscount::ofThisThread(Kind::Change)),
            double(fscount::ofThisThread(Kind::ListedNames)),
            double(fscount::ofThisThread(Kind::ListedBytes)) };
    }
    double operations() const { return opens + stats + listings + changes; }
    Counts operator-(const Counts &o) const
    {
        return { opens - o.opens, stats - o.stats, listings - o.listings, changes - o.changes,
            names - o.names, bytes - o.bytes };
    }
    Counts &operator+=(const Counts &o)
    {
        opens += o.opens, stats += o.stats, listings += o.listings, changes += o.changes;
        names += o.names, bytes += o.bytes;
        return *this;
    }
    Counts scaled(double factor) const
    {
        return { opens * factor, stats * factor, listings * factor, changes * factor,
            names * factor, bytes * factor };
    }
    QJsonObject json() const
    {
        return { { QStringLiteral("operations"), operations() }, { QStringLiteral("opens"), opens },
            { QStringLiteral("stats"), stats }, { QStringLiteral("listings"), listings },
            { QStringLiteral("changes"), changes }, { QStringLiteral("listedNames"), names },
            { QStringLiteral("listedBytes"), bytes } };
    }
};

// The share operations of work done on this thread.
Counts countedOnThisThread(const std::function<void()> &work)
{
    const Counts before = Counts::ofThisThread();
    work();
    return Counts::ofThisThread() - before;
}

double elapsedMs(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).section(u' ', 0, 2)
                                          : QString();
}

struct Seat {
    SessionScanner scanner;
    SessionScanInput input;
};

// One record of a delegate's, delivered as its seat does.
bool deliver(const QString &root, const SigningKey &key, const SignedRecord &record,
    const QString &fileName, const QString &meetingId, QTextStream &err)
{
    static std::atomic<qint64> nextId { 1000000 };
    Outbox::Item item;
    item.id = nextId++;
    item.deviceId = deviceIdOf(key.publicKey());
    item.fileName = fileName;
    item.bytes = record.toBytes();
    const OutboxDelivery d
        = deliverOutboxItem(root, item, [&meetingId](const QString &) { return meetingId; });
    if (!d.delivered)
        err << "a record could not be delivered: " << d.error << '\n';
    return d.delivered;
}

SignedRecord speakRequest(const QString &meetingId, int delegate, const QDateTime &at)
{
    return makeSessionRecord(sessionkinds::speakRequest, meetingId, at,
        { { QStringLiteral("item"), QStringLiteral("muc-1") },
            { QStringLiteral("type"), QStringLiteral("speak") } },
        benchKey(benchDelegateId(delegate)));
}

// Every sampled seat refreshes once, all at the same time; the share operations of each.
QList<Counts> refreshAll(std::vector<Seat> &seats, QList<int> *filesSeen = nullptr)
{
    QList<Counts> counts(qsizetype(seats.size()));
    QList<int> files(qsizetype(seats.size()));
    std::vector<std::thread> threads;
    for (size_t i = 0; i < seats.size(); ++i)
        threads.emplace_back([&, i] {
            counts[qsizetype(i)] = countedOnThisThread([&] {
                files[qsizetype(i)] = int(seats[i].scanner.scan(seats[i].input).files.size());
            });
        });
    for (std::thread &t : threads)
        t.join();
    if (filesSeen)
        *filesSeen = files;
    return counts;
}

Counts mean(const QList<Counts> &all)
{
    Counts sum;
    for (const Counts &c : all)
        sum += c;
    return all.isEmpty() ? sum : sum.scaled(1.0 / double(all.size()));
}

struct Options {
    QList<int> rooms { 50, 200, 500 };
    QStringList histories { QStringLiteral("fresh"), QStringLiteral("1y") };
    int sampledSeats = 8;
    int refreshes = 5;
    int delayMs = 2;
    int recordsPerMeeting = 20;
    // 1: the per-device layout (the baseline), 2: share format 2.0.
    QList<int> layouts { 1, 2 };
};

int pastMeetingsOf(const QString &history)
{
    if (history == u"1y")
        return 50;
    if (history == u"5y")
        return 250;
    return 0;
}

void print(QTextStream &out, QJsonObject line)
{
    line.insert(QStringLiteral("benchmark"), QStringLiteral("scale"));
    line.insert(QStringLiteral("load"), loadAverage());
    out << QJsonDocument(line).toJson(QJsonDocument::Compact) << '\n';
    out.flush();
}

struct Room {
    QString root;
    QString layout;
    QString history;
    int seats = 0;
};

int measureRoom(const Room &room, const Options &o, bool close, QTextStream &out, QTextStream &err)
{
    const QString meetingId = QStringLiteral("ky-hop-%1-dai-bieu").arg(room.seats);
    if (!writeScaleMeeting(room.root, meetingId, room.seats, err))
        return 1;
    SessionScanInput base;
    base.sharePath = room.root;
    base.meetingId = meetingId;
    base.organisationPin = keyFingerprint(benchKey(QStringLiteral("organisation")).publicKey());

    // The first refresh (what one seat reads once), until nothing is left for later.
    Seat first { {}, base };
    first.input.key = benchKey(benchDelegateId(0));
    SessionScanResult firstResult;
    const Counts firstCounts
        = countedOnThisThread([&] { firstResult = first.scanner.scan(first.input); });
    for (int again = 0; again < 3 && firstResult.statistics.notReadYet > 0; ++again)
        firstResult = first.scanner.scan(first.input);
    if (!firstResult.roster || firstResult.state.summary.present != room.seats) {
        err << "the seat did not see the room: " << firstResult.rosterStatus.error() << '\n';
        return 1;
    }
    std::vector<Seat> seats;
    for (int i = 0; i < std::min(o.sampledSeats, room.seats); ++i) {
        Seat seat { first.scanner, base };
        seat.input.key = benchKey(benchDelegateId(i));
        seat.input.roster = firstResult.roster;
        seats.push_back(std::move(seat));
    }
    refreshAll(seats); // each seat's own folder noted once

    QList<Counts> noop;
    for (int r = 0; r < o.refreshes; ++r)
        noop += refreshAll(seats);
    const Counts idle = mean(noop);

    QDateTime at = QDateTime::currentDateTimeUtc();
    const SignedRecord request = speakRequest(meetingId, 1, at);
    bool delivered = false;
    const Counts writer = countedOnThisThread([&] {
        delivered = deliver(room.root, benchKey(benchDelegateId(1)), request,
            sessionRecordFileName(request, at), meetingId, err);
    });
    if (!delivered)
        return 1;
    QList<int> filesSeen;
    const Counts oneNew = mean(refreshAll(seats, &filesSeen));
    const int expectedFiles = room.seats + 1;
    for (const int files : std::as_const(filesSeen))
        if (files < expectedFiles) {
            err << "a seat missed the new record (" << files << " files, expected " << expectedFiles
                << ")\n";
            return 1;
        }

    // One seat's refresh on a slow server.
    fscount::setDelayMicroseconds(long(o.delayMs) * 1000);
    QList<double> idleMs, newMs;
    Seat &watcher = seats.back();
    for (int r = 0; r < 3; ++r) {
        idleMs << elapsedMs([&] { watcher.scanner.scan(watcher.input); });
        at = at.addMSecs(1);
        const SignedRecord another = speakRequest(meetingId, 0, at);
        if (!deliver(room.root, benchKey(benchDelegateId(0)), another,
                sessionRecordFileName(another, at), meetingId, err))
            return 1;
        newMs << elapsedMs([&] { watcher.scanner.scan(watcher.input); });
    }
    fscount::setDelayMicroseconds(0);

    print(out,
        { { QStringLiteral("measure"), QStringLiteral("refresh") },
            { QStringLiteral("layout"), room.layout }, { QStringLiteral("history"), room.history },
            { QStringLiteral("seats"), room.seats },
            { QStringLiteral("sampledSeats"), int(seats.size()) },
            { QStringLiteral("firstRefresh"), firstCounts.json() },
            { QStringLiteral("noopPerSeat"), idle.json() },
            { QStringLiteral("oneNewPerSeat"), oneNew.json() },
            { QStringLiteral("writerOneRecord"), writer.json() },
            { QStringLiteral("serverOpsPerSecondIdle"), idle.operations() * room.seats / 2.0 },
            { QStringLiteral("serverOpsPerSecondOneNew"), oneNew.operations() * room.seats / 2.0 },
            { QStringLiteral("listingBytesPerSecondIdle"), idle.bytes * room.seats / 2.0 },
            { QStringLiteral("delayMsPerOperation"), o.delayMs },
            { QStringLiteral("latencyMsNoop"), median(idleMs) },
            { QStringLiteral("latencyMsOneNew"), median(newMs) } });
    if (!close)
        return 0;

    // The chair closes a poll after the last ballot of the room.
    Seat chair { first.scanner, base };
    chair.input.key = benchKey(QStringLiteral("chair"));
    chair.input.roster = firstResult.roster;
    const SigningKey chairKey = benchKey(QStringLiteral("chair"));
    PollDefinition poll;
    poll.id = QStringLiteral("nq-1");
    poll.title = QStringLiteral("Thông qua Nghị quyết số 1");
    poll.options = PollDefinition::defaultOptions(PollKind::Approval);
    poll.rule = *VotingRule::fromPreset(QStringLiteral("hdnd"));
    at = at.addMSecs(1);
    const SignedRecord open
        = makePollOpen(meetingId, poll, firstResult.roster->recordHash, at, chairKey);
    if (!deliver(room.root, chairKey, open, sessionRecordFileName(open, at), meetingId, err))
        return 1;
    chair.scanner.scan(chair.input);
    const PollOpen opened = pollOpenFrom(open);
    for (int i = 0; i < room.seats; ++i) {
        const SigningKey key = benchKey(benchDelegateId(i));
        const Result<SignedRecord> ballot = makeBallot(
            opened, firstResult.roster->roster, benchDelegateId(i), key, 1, { i % 3 }, at);
        if (!ballot
            || !deliver(room.root, key, ballot.value(), ballotFileName(opened, ballot.value()),
                meetingId, err))
            return 1;
    }
    Seat chairAgain = chair; // the same chair's seat, to close again on a slow server
    chair.input.closePollId = poll.id;
    chairAgain.input.closePollId = poll.id;
    SessionScanResult closed;
    double closeMs = 0;
    const Counts closeCounts = countedOnThisThread(
        [&] { closeMs = elapsedMs([&] { closed = chair.scanner.scan(chair.input); }); });
    if (!closed.closeRecord) {
        err << "the chair could not close the poll: " << closed.closeStatus.error() << '\n';
        return 1;
    }
    fscount::setDelayMicroseconds(long(o.delayMs) * 1000);
    const double closeSlowMs = elapsedMs([&] { chairAgain.scanner.scan(chairAgain.input); });
    fscount::setDelayMicroseconds(0);
    print(out,
        { { QStringLiteral("measure"), QStringLiteral("close") },
            { QStringLiteral("layout"), room.layout }, { QStringLiteral("history"), room.history },
            { QStringLiteral("seats"), room.seats }, { QStringLiteral("ballots"), room.seats },
            { QStringLiteral("closeMs"), closeMs },
            { QStringLiteral("closeMsWithDelay"), closeSlowMs },
            { QStringLiteral("delayMsPerOperation"), o.delayMs },
            { QStringLiteral("closeRefresh"), closeCounts.json() } });
    return 0;
}

int measureSync(const QString &root, const QString &layout, const QString &history,
    QTextStream &out, QTextStream &err)
{
    QTemporaryDir cacheDir;
    auto opened = MeetingCache::open(cacheDir.path());
    if (!opened) {
        err << opened.error() << '\n';
        return 1;
    }
    MeetingCache &cache = *opened.value();
    if (const Status pinned = pinOrganisation(cache, QStringLiteral("HĐND tỉnh"),
            benchKey(QStringLiteral("organisation")).publicKey());
        !pinned) {
        err << pinned.error() << '\n';
        return 1;
    }
    SyncEngine engine(cache, root);
    SyncReport first;
    const Counts firstCounts = countedOnThisThread([&] { first = engine.run(); });
    if (!first.complete()) {
        err << "the first sync did not complete: " << first.summary() << '\n';
        return 1;
    }
    SyncReport again;
    double ms = 0;
    const Counts noop = countedOnThisThread([&] { ms = elapsedMs([&] { again = engine.run(); }); });
    if (!again.complete() || !again.updatedMeetings.isEmpty()) {
        err << "the no-op sync did not complete: " << again.summary() << '\n';
        return 1;
    }
    print(out,
        { { QStringLiteral("measure"), QStringLiteral("sync") },
            { QStringLiteral("layout"), layout }, { QStringLiteral("history"), history },
            { QStringLiteral("meetings"), int(first.updatedMeetings.size()) },
            { QStringLiteral("firstSync"), firstCounts.json() },
            { QStringLiteral("noopSync"), noop.json() }, { QStringLiteral("noopSyncMs"), ms } });
    return 0;
}

QList<int> numbers(const QString &text)
{
    QList<int> list;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts))
        list << part.toInt();
    return list;
}

} // namespace

int runScaleBenchmark(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const auto value = [&arguments](const QString &name) {
        const qsizetype i = arguments.indexOf(name);
        return i >= 0 ? arguments.value(i + 1) : QString();
    };
    Options o;
    if (const QString rooms = value(QStringLiteral("--rooms")); !rooms.isEmpty())
        o.rooms = numbers(rooms);
    if (const QString histories = value(QStringLiteral("--histories")); !histories.isEmpty())
        o.histories = histories.split(u',', Qt::SkipEmptyParts);
    if (const QString k = value(QStringLiteral("--sampled-seats")); !k.isEmpty())
        o.sampledSeats = k.toInt();
    if (const QString r = value(QStringLiteral("--refreshes")); !r.isEmpty())
        o.refreshes = r.toInt();
    if (const QString d = value(QStringLiteral("--delay-ms")); !d.isEmpty())
        o.delayMs = d.toInt();
    if (const QString n = value(QStringLiteral("--records-per-meeting")); !n.isEmpty())
        o.recordsPerMeeting = n.toInt();
    // The baseline on a share with years of history takes minutes a refresh at 2 ms per
    // operation: "--layouts 2" measures the new layout alone.
    if (const QString l = value(QStringLiteral("--layouts")); !l.isEmpty())
        o.layouts = numbers(l);
    bool valid = !o.rooms.isEmpty() && o.sampledSeats >= 1 && o.refreshes >= 1 && o.delayMs >= 0
        && o.recordsPerMeeting >= 1 && !o.layouts.isEmpty();
    for (const int layout : std::as_const(o.layouts))
        valid = valid && (layout == 1 || layout == 2);
    for (const int room : std::as_const(o.rooms))
        valid = valid && room >= 2;
    for (const QString &history : std::as_const(o.histories))
        valid = valid && (history == u"fresh" || pastMeetingsOf(history) > 0);
    if (!valid) {
        err << "Usage: phonghop-bench scale [--rooms 50,200,500] [--histories fresh,1y,5y] "
               "[--sampled-seats K] [--refreshes R] [--delay-ms D] [--records-per-meeting N] "
               "[--layouts 1,2]\n";
        return 2;
    }
    if (!fscount::available()) {
        err << "the file-system counter is not in use (bench/fscount): nothing can be counted\n";
        return 1;
    }
    const int largest = *std::max_element(o.rooms.cbegin(), o.rooms.cend());
    for (const QString &history : std::as_const(o.histories)) {
        for (const int major : std::as_const(o.layouts)) {
            QTemporaryDir scratch;
            const QString root = scratch.filePath(QStringLiteral("share"));
            const QString records = scratch.filePath(QStringLiteral("records"));
            QDir().mkpath(records);
            const QString layout = major == 1 ? QStringLiteral("1.1") : QStringLiteral("2.0");
            ScaleHistory spec { major, pastMeetingsOf(history), 200, o.recordsPerMeeting };
            QElapsedTimer generation;
            generation.start();
            if (!writeScaleHistory(root, records, spec, err))
                return 1;
            err << "share " << layout << ", " << history << ": written in "
                << generation.elapsed() / 1000.0 << " s\n";
            err.flush();
            fscount::setRoot(QFile::encodeName(QFileInfo(root).canonicalFilePath()).constData());
            for (const int seats : std::as_const(o.rooms)) {
                if (const int failed
                    = measureRoom({ root, layout, history, seats }, o, seats == largest, out, err);
                    failed != 0)
                    return failed;
            }
            if (const int failed = measureSync(root, layout, history, out, err); failed != 0)
                return failed;
            fscount::setRoot(nullptr);
        }
    }
    return 0;
}

} // namespace phonghop::bench
