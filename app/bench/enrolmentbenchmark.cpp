// phonghop-bench enrolment [--seats N] [--dir DIR]
// The secretariat's batch at the start of a term: N seats (default 200) have each written an
// enrolment request into their own folder of a real (local) share. Measured in one run, each
// on a share of its own set up the same way:
//   - baseline: listing the device folders and reading the request files, nothing more;
//   - the scan the secretary's list does (listing, reading, verifying, checking the directory);
//   - approving all N one by one (OrganisationAdmin::approve: one directory revision each);
//   - approving all N at once (OrganisationAdmin::approveMany: one revision);
//   - writing the meeting's roster for the N people and the chair (publishRoster).
// Prints one JSON line with the figures and the load average they were measured under; exits
// non-zero when a seat is not enrolled or the roster does not list every device.
#include "bench/benchmarks.h"

#include "meeting_core/org/organisationadmin.h"
#include "meeting_core/org/rosterbuilder.h"
#include "meeting_core/trust/devicekey.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace phonghop::bench {

namespace {

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(file.readLine()).section(u' ', 0, 2);
}

double msSince(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

const QString chairId = QStringLiteral("chu-toa");

SigningKey seatKey(int i)
{
    return i < 0 ? benchKey(QStringLiteral("chair")) : benchKey(benchDelegateId(i));
}

// A share with the organisation, N + 1 people and every seat's pending request.
Result<OrganisationAdmin> prepareShare(const QString &root, int seats)
{
    using R = Result<OrganisationAdmin>;
    Result<OrganisationAdmin> admin = OrganisationAdmin::initialise(
        root, QStringLiteral("HĐND tỉnh"), benchKey(QStringLiteral("organisation")));
    if (!admin)
        return admin;
    QList<DirectoryPerson> people;
    DirectoryPerson chair;
    chair.id = chairId;
    chair.fullName = QStringLiteral("Chủ tọa");
    chair.defaultRole = Role::Chair;
    people << chair;
    for (int i = 0; i < seats; ++i) {
        DirectoryPerson person;
        person.id = benchDelegateId(i);
        person.fullName = QStringLiteral("Đại biểu %1").arg(i + 1);
        person.position = QStringLiteral("Đại biểu HĐND tỉnh");
        people << person;
    }
    const Result<OrganisationAdmin::ImportSummary> imported = admin.value().importPeople(people);
    if (!imported)
        return R::failure(imported.error());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = -1; i < seats; ++i) {
        const Result<SignedRecord> request
            = requestEnrolment(root, imported->directory, i < 0 ? chairId : benchDelegateId(i),
                QStringLiteral("Máy tính bảng"), seatKey(i), now.addMSecs(i + 1));
        if (!request)
            return R::failure(request.error());
    }
    return admin;
}

// What any program must do at least: list the device folders and read the request files.
int listAndRead(const QString &root)
{
    int files = 0;
    const QDir devices(QDir(root).filePath(QStringLiteral("devices")));
    for (const QString &device : devices.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QDir folder(devices.filePath(device));
        for (const QString &name :
            folder.entryList({ QStringLiteral("enrolment-request-*.json") }, QDir::Files)) {
            QFile file(folder.filePath(name));
            if (file.open(QIODevice::ReadOnly) && !file.readAll().isEmpty())
                ++files;
        }
    }
    return files;
}

Meeting meetingOf(int seats)
{
    Meeting meeting;
    meeting.id = QStringLiteral("ky-hop-hdnd");
    Participant chair;
    chair.id = chairId;
    chair.role = Role::Chair;
    meeting.participants << chair;
    for (int i = 0; i < seats; ++i) {
        Participant delegate;
        delegate.id = benchDelegateId(i);
        meeting.participants << delegate;
    }
    return meeting;
}

} // namespace

int runEnrolmentBenchmark(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const qsizetype seatsIndex = arguments.indexOf(QStringLiteral("--seats"));
    const int seats = seatsIndex >= 0 ? arguments.value(seatsIndex + 1).toInt() : 200;
    const qsizetype dirIndex = arguments.indexOf(QStringLiteral("--dir"));
    if (seats < 1 || (dirIndex >= 0 && dirIndex + 1 >= arguments.size())) {
        err << "Usage: phonghop-bench enrolment [--seats N] [--dir DIR]\n";
        return 2;
    }
    QTemporaryDir temporary;
    const QString dir = dirIndex >= 0 ? arguments.at(dirIndex + 1) : temporary.path();
    const QString oneByOneRoot = QDir(dir).filePath(QStringLiteral("one-by-one"));
    const QString batchRoot = QDir(dir).filePath(QStringLiteral("batch"));
    const int total = seats + 1; // and the chair

    QElapsedTimer timer;
    timer.start();
    Result<OrganisationAdmin> oneByOne = prepareShare(oneByOneRoot, seats);
    Result<OrganisationAdmin> batch = prepareShare(batchRoot, seats);
    if (!oneByOne || !batch) {
        err << (oneByOne ? batch.error() : oneByOne.error()) << '\n';
        return 1;
    }
    const double prepareMs = msSince(timer) / 2;

    // Baseline: list and read the requests.
    timer.restart();
    const int filesRead = listAndRead(batchRoot);
    const double baselineMs = msSince(timer);

    // The secretary's list: scan, verify, check against the directory.
    timer.restart();
    const Result<EnrolmentScan> scan = batch.value().pendingEnrolments();
    const double scanMs = msSince(timer);
    if (!scan || scan->pending.size() != total) {
        err << "the scan found " << (scan ? scan->pending.size() : -1) << " requests of " << total
            << '\n';
        return 1;
    }
    QStringList fingerprints;
    for (const PendingEnrolment &pending : scan->pending)
        fingerprints << pending.fingerprint;

    // One revision per approval (each approval scans and reads the directory again).
    timer.restart();
    int approvedOneByOne = 0;
    for (const QString &fingerprint : fingerprints) {
        const Result<DirectoryDevice> approved = oneByOne.value().approve(fingerprint);
        if (!approved) {
            err << approved.error() << '\n';
            return 1;
        }
        ++approvedOneByOne;
    }
    const double oneByOneMs = msSince(timer);

    // All at once, one revision (after the scan above: what "approve all checked" does).
    timer.restart();
    const Result<QList<DirectoryDevice>> approvedBatch = batch.value().approveMany(fingerprints);
    const double approveManyMs = msSince(timer);
    if (!approvedBatch) {
        err << approvedBatch.error() << '\n';
        return 1;
    }

    // The roster for everyone.
    timer.restart();
    const Result<DirectoryStore::Reading> directory = batch.value().directory();
    const Result<qint64> roster = directory
        ? publishRoster(batchRoot, meetingOf(seats), directory->directory, batch.value().key())
        : Result<qint64>::failure(directory.error());
    const double rosterMs = msSince(timer);
    if (!roster) {
        err << roster.error() << '\n';
        return 1;
    }
    const std::optional<VerifiedRoster> written
        = latestRosterOnShare(batchRoot, meetingOf(seats).id, batch.value().key().publicKey());
    int rosterDevices = 0;
    if (written) {
        for (const RosterParticipant &participant : written->roster.participants)
            rosterDevices += int(participant.devices.size());
    }
    const Result<DirectoryStore::Reading> oneByOneDirectory = oneByOne.value().directory();
    int enrolledOneByOne = 0;
    if (oneByOneDirectory) {
        for (const DirectoryPerson &person : oneByOneDirectory->directory.people)
            enrolledOneByOne += int(person.activeDevices().size());
    }
    const bool allEnrolled = approvedBatch->size() == total && rosterDevices == total
        && enrolledOneByOne == total && approvedOneByOne == total;

    const QJsonObject line {
        { QStringLiteral("benchmark"), QStringLiteral("enrolment") },
        { QStringLiteral("seats"), total },
        { QStringLiteral("allEnrolled"), allEnrolled },
        { QStringLiteral("prepareShareMs"), prepareMs },
        { QStringLiteral("baselineListAndReadMs"), baselineMs },
        { QStringLiteral("requestFilesRead"), filesRead },
        { QStringLiteral("scanPendingMs"), scanMs },
        { QStringLiteral("approveOneByOneMs"), oneByOneMs },
        { QStringLiteral("directoryRevisionsOneByOne"),
            double(oneByOneDirectory ? oneByOneDirectory->directory.revision : 0) },
        { QStringLiteral("approveManyMs"), approveManyMs },
        { QStringLiteral("rosterMs"), rosterMs },
        { QStringLiteral("rosterDevices"), rosterDevices },
        // The secretary's whole batch with approveMany: the list, the approval, the roster.
        { QStringLiteral("batchTotalMs"), scanMs + approveManyMs + rosterMs },
        { QStringLiteral("batchTotalOneByOneMs"), scanMs + oneByOneMs + rosterMs },
        { QStringLiteral("loadavg"), loadAverage() },
    };
    out << QJsonDocument(line).toJson(QJsonDocument::Compact) << '\n';
    out.flush();
    return allEnrolled ? 0 : 1;
}

} // namespace phonghop::bench
