// phonghop-bench voting [--delegates N] [--dir DIR]
// N delegate processes (default 200) each cast one signed ballot into their own folder of a
// local share at the same moment (released together through their stdin); the chair's
// process reads the share through the app's own SessionScanner every 20 ms until every ballot
// is in, then has the scanner close the poll on the ballots it read (as the app's chair seat
// does), writes the close and reads it back as any seat would, with the recount. It
// prints one JSON line: whether the tally is exact (every ballot counted once) and how long
// after the last ballot was written the close record was complete, beside a baseline (only
// listing and reading the same files) measured in the same run.
#include "bench/benchmarks.h"

#include "meeting_core/org/rosterbuilder.h"
#include "meeting_core/session/sessionrecords.h"
#include "meeting_core/session/sessionscanner.h"
#include "meeting_core/share/sharewriter.h"
#include "meeting_core/trust/devicekey.h"
#include "meeting_core/trust/roster.h"
#include "meeting_core/util/atomicfile.h"
#include "meeting_core/util/sha256.h"
#include "meeting_core/voting/ballotbox.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <memory>
#include <vector>

namespace phonghop::bench {

namespace {
constexpr int optionCount = 3;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// The child: waits for "go" on stdin, signs its ballot and writes it into its own folder.
int castOne(const QString &dir, int index, QTextStream &out, QTextStream &err)
{
    QFile rosterFile(QDir(dir).filePath(QStringLiteral("roster.json")));
    QFile openFile(QDir(dir).filePath(QStringLiteral("poll-open.json")));
    if (!rosterFile.open(QIODevice::ReadOnly) || !openFile.open(QIODevice::ReadOnly)) {
        err << "cannot read the roster or poll\n";
        return 1;
    }
    const Result<VerifiedRoster> roster = verifyRoster(
        rosterFile.readAll(), keyFingerprint(benchKey(QStringLiteral("organisation")).publicKey()));
    if (!roster) {
        err << roster.error() << '\n';
        return 1;
    }
    const Result<PollOpen> open = parsePollOpen(openFile.readAll(), roster.value());
    if (!open) {
        err << open.error() << '\n';
        return 1;
    }
    const SigningKey key = benchKey(benchDelegateId(index));
    const QString folder
        = QDir(dir).filePath(QStringLiteral("devices/") + deviceIdOf(key.publicKey()));
    QDir().mkpath(folder);
    out << "ready\n";
    out.flush();

    QTextStream in(stdin);
    if (in.readLine() != u"go")
        return 1;
    const Result<SignedRecord> ballot = makeBallot(open.value(), roster->roster,
        benchDelegateId(index), key, 1, { index % optionCount }, QDateTime::currentDateTimeUtc());
    if (!ballot) {
        err << ballot.error() << '\n';
        return 1;
    }
    const Status written = atomicfile::writeNew(
        QDir(folder).filePath(ballotFileName(open.value(), 1)), ballot->toBytes());
    const qint64 writtenAt = nowMs();
    if (!written) {
        err << written.error() << '\n';
        return 1;
    }
    out << "written " << writtenAt << '\n';
    out.flush();
    return 0;
}

// Lists and reads every ballot file now in the share (what the chair's sync sees).
QList<BallotFile> readBallots(const QString &dir)
{
    QList<BallotFile> files;
    QDir devices(QDir(dir).filePath(QStringLiteral("devices")));
    for (const QString &device : devices.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QDir folder(devices.filePath(device));
        for (const QString &name :
            folder.entryList({ QStringLiteral("ballot-*.json") }, QDir::Files)) {
            QFile file(folder.filePath(name));
            if (file.open(QIODevice::ReadOnly))
                files << BallotFile { device, name, file.readAll() };
        }
    }
    return files;
}
} // namespace

int runVotingBenchmark(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const qsizetype childIndex = arguments.indexOf(QStringLiteral("--delegate"));
    const qsizetype dirIndex = arguments.indexOf(QStringLiteral("--dir"));
    if (childIndex >= 0 && dirIndex >= 0 && dirIndex + 1 < arguments.size())
        return castOne(
            arguments.at(dirIndex + 1), arguments.value(childIndex + 1).toInt(), out, err);

    const qsizetype countIndex = arguments.indexOf(QStringLiteral("--delegates"));
    const int delegates = countIndex >= 0 ? arguments.value(countIndex + 1).toInt() : 200;
    if (delegates < 1) {
        err << "Usage: phonghop-bench voting [--delegates N] [--dir DIR]\n";
        return 2;
    }
    QTemporaryDir temporary;
    const QString dir = dirIndex >= 0 ? arguments.value(dirIndex + 1) : temporary.path();
    QDir().mkpath(QDir(dir).filePath(QStringLiteral("devices")));
    const SigningKey organisation = benchKey(QStringLiteral("organisation"));
    if (const Status made = ShareWriter(dir).initialise(QStringLiteral("HĐND tỉnh"), organisation);
        !made) {
        err << made.error() << '\n';
        return 1;
    }

    // The meeting: a chair and N delegates, a roster signed by the organisation, an open poll.
    const SigningKey chairKey = benchKey(QStringLiteral("chair"));
    const Roster roster = benchRoster(QStringLiteral("ky-hop-hdnd"), delegates);
    const SignedRecord rosterRecord = signRoster(roster, organisation);
    PollDefinition poll;
    poll.id = QStringLiteral("nghi-quyet-01");
    poll.options = PollDefinition::defaultOptions(PollKind::Approval);
    poll.rule = *VotingRule::fromPreset(QStringLiteral("hdnd"));
    const SignedRecord openRecord = makePollOpen(
        roster.meetingId, poll, rosterRecord.hash(), QDateTime::currentDateTimeUtc(), chairKey);
    if (!atomicfile::writeReplacing(
            QDir(dir).filePath(QStringLiteral("roster.json")), rosterRecord.toBytes())
        || !atomicfile::writeReplacing(
            QDir(dir).filePath(QStringLiteral("poll-open.json")), openRecord.toBytes())) {
        err << "cannot write into " << dir << '\n';
        return 1;
    }
    const PollOpen open = pollOpenFrom(openRecord);
    // The same, where the app looks for them (the children read the two files above).
    const QString chairDevice = deviceIdOf(chairKey.publicKey());
    if (!writeRosterToShare(dir, roster, organisation)
        || !ShareWriter(dir).writeDeviceRecord(
            chairDevice, sessionRecordFileName(openRecord, open.openedAt), openRecord.toBytes())) {
        err << "cannot write the roster or the poll into the share " << dir << '\n';
        return 1;
    }

    // Start every delegate process and wait until each is ready.
    QElapsedTimer spawnTimer;
    spawnTimer.start();
    std::vector<std::unique_ptr<QProcess>> children;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    for (int i = 0; i < delegates; ++i) {
        auto child = std::make_unique<QProcess>();
        child->setProcessEnvironment(environment);
        child->setProcessChannelMode(QProcess::SeparateChannels);
        child->start(QCoreApplication::applicationFilePath(),
            { QStringLiteral("voting"), QStringLiteral("--delegate"), QString::number(i),
                QStringLiteral("--dir"), dir });
        children.push_back(std::move(child));
    }
    for (auto &child : children) {
        while (!child->canReadLine() && child->state() != QProcess::NotRunning)
            child->waitForReadyRead(1000);
        if (child->readLine().trimmed() != "ready") {
            err << "a delegate process failed to start: " << child->readAllStandardError() << '\n';
            return 1;
        }
    }
    const qint64 spawnMs = spawnTimer.elapsed();

    // Release them all at once, then act as the chair: poll the folders until every ballot
    // is in, validate, tally and sign the close.
    const qint64 goAt = nowMs();
    for (auto &child : children) {
        child->write("go\n");
        child->waitForBytesWritten(1000); // no event loop runs here to flush it
    }
    QElapsedTimer deadline;
    deadline.start();
    SessionScanner chairSeat;
    SessionScanInput input;
    input.sharePath = dir;
    input.meetingId = roster.meetingId;
    input.key = chairKey;
    input.organisationPin
        = keyFingerprint(organisation.publicKey()); // confirmed by the chair's seat
    int scans = 0;
    while (deadline.elapsed() < 120000) {
        const SessionScanResult seen = chairSeat.scan(input);
        ++scans;
        input.roster = seen.roster;
        const PollState *state = seen.state.poll(poll.id);
        if (state && state->ballots.accepted.size() >= delegates)
            break;
        QThread::msleep(20);
    }
    input.closePollId = poll.id;
    const SessionScanResult closing = chairSeat.scan(input);
    if (!closing.closeRecord) {
        err << "the chair could not close the poll: " << closing.closeStatus.error() << '\n';
        return 1;
    }
    requireDone(ShareWriter(dir).writeDeviceRecord(chairDevice,
        sessionRecordFileName(*closing.closeRecord, closing.closedAt),
        closing.closeRecord->toBytes()));
    const qint64 closeCompleteAt = nowMs();
    const QDateTime closedAt = closing.closedAt;
    // Read back as every seat does: the close verified and recounted against the ballots.
    input.closePollId.clear();
    const SessionScanResult after = chairSeat.scan(input);
    const PollState *closedPoll = after.state.poll(poll.id);
    if (!closedPoll || !closedPoll->closed) {
        err << "the close record did not verify\n";
        return 1;
    }
    const BallotCollection &ballots = closedPoll->ballots;

    qint64 lastWrittenAt = 0;
    int written = 0;
    for (auto &child : children) {
        child->waitForFinished(30000);
        const QByteArray line = child->readAllStandardOutput().trimmed();
        if (line.startsWith("written ")) {
            lastWrittenAt = std::max(lastWrittenAt, line.mid(8).toLongLong());
            ++written;
        }
    }

    // Exactness: every delegate's ballot counted once, with the expected counts.
    bool exact = ballots.accepted.size() == delegates && ballots.reports.isEmpty()
        && written == delegates && closedPoll->verification.recountMatches
        && closedPoll->closeProblems.isEmpty();
    for (int option = 0; option < optionCount; ++option) {
        int expected = 0;
        for (int i = 0; i < delegates; ++i)
            expected += i % optionCount == option;
        exact = exact && closedPoll->result.options.at(option).ballots == expected;
    }

    // Baseline in the same run: only listing and reading the same files; then the
    // validation and tally alone.
    QElapsedTimer timer;
    timer.start();
    const QList<BallotFile> files = readBallots(dir);
    const double readMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    const BallotCollection again = collectBallots(open, roster, files, std::nullopt);
    const TallyResult tally = closePoll(open, roster, {}, again, closedAt, chairKey)->tally;
    const double validateMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;

    const QJsonObject line {
        { QStringLiteral("benchmark"), QStringLiteral("voting") },
        { QStringLiteral("delegates"), delegates },
        { QStringLiteral("ballotsWritten"), written },
        { QStringLiteral("ballotsAccepted"), static_cast<int>(ballots.accepted.size()) },
        { QStringLiteral("rejectedOrDuplicate"), static_cast<int>(ballots.reports.size()) },
        { QStringLiteral("tallyExact"),
            exact && tally.countsJson() == closedPoll->result.countsJson() },
        { QStringLiteral("spawnMs"), spawnMs },
        { QStringLiteral("goToLastBallotWrittenMs"), lastWrittenAt - goAt },
        { QStringLiteral("goToCloseSignedMs"), closeCompleteAt - goAt },
        // Negative when the chair had already closed before the last writer's fsync returned
        // (a ballot is visible from its rename on).
        { QStringLiteral("lastBallotWrittenToCloseSignedMs"), closeCompleteAt - lastWrittenAt },
        { QStringLiteral("chairScans"), scans },
        { QStringLiteral("validateAndTallyMs"), validateMs },
        { QStringLiteral("baselineListAndReadMs"), readMs },
    };
    out << QJsonDocument(line).toJson(QJsonDocument::Compact) << '\n';
    out.flush();
    return exact ? 0 : 1;
}

} // namespace phonghop::bench
