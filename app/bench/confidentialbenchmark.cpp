// phonghop-bench confidential (issue 16): a ~200 MB scanned document, synced and opened (page 1
// drawn) by a seat, in clear beside the same document sealed to that seat, in the same run.
// Every figure comes from a child process of its own (the hidden sub-command
// `confidential-open`), so the peak memory of the clear and the confidential open are not
// mixed: the child prints its VmHWM. Aims: no more than 1.3x the time, memory no more than
// 32 MB above the clear document's.
#include "bench/benchmarks.h"
#include "bench/benchstats.h"

#include "meeting_core/confidential/documentreader.h"
#include "meeting_core/demo/documentgenerator.h"
#include "meeting_core/org/enrolment.h"
#include "meeting_core/org/organisationadmin.h"
#include "meeting_core/pdf/pdfrenderservice.h"
#include "meeting_core/publish/meetingpublisher.h"
#include "meeting_core/share/sharewriter.h"
#include "meeting_core/store/meetingcache.h"
#include "meeting_core/sync/syncengine.h"
#include "meeting_core/trust/devicekey.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTimer>
#include <atomic>
#include <memory>

namespace phonghop::bench {

namespace {

const QString organisationName = QStringLiteral("UBND tỉnh Sơn Hà");
const QString seatPerson = QStringLiteral("p-doc");
const QString meetingId = QStringLiteral("hop-mat-2026-12-07");

SigningKey organisationKey()
{
    return benchKey(QStringLiteral("confidential-organisation"));
}

SigningKey seatKey()
{
    return benchKey(QStringLiteral("confidential-seat"));
}

void printFigures(QTextStream &out, const QJsonObject &figures)
{
    out << QJsonDocument(figures).toJson(QJsonDocument::Compact) << '\n';
    out.flush();
}

double elapsedMs(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

QString optionValue(const QStringList &arguments, const QString &name, const QString &fallback = {})
{
    const qsizetype at = arguments.indexOf(name);
    return at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1) : fallback;
}

// The peak resident memory of this process (kB), from /proc/self/status.
qint64 peakResidentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// A share from an empty folder as the office makes one: the organisation (OrganisationAdmin),
// the share upgraded to the current format (`org upgrade-share`), the seat's person, the seat's
// enrolment request and its approval; then one meeting of one document, clear or sealed to that
// device.
Status publishShare(const QString &share, const QString &pdfPath, bool confidential)
{
    const SigningKey organisation = organisationKey();
    Result<OrganisationAdmin> admin
        = OrganisationAdmin::initialise(share, organisationName, organisation);
    if (!admin)
        return Status::failure(admin.error());
    if (Status upgraded = ShareWriter(share).upgrade(organisation); !upgraded)
        return upgraded;
    DirectoryPerson person;
    person.id = seatPerson;
    person.fullName = QStringLiteral("Nguyễn Văn Đức");
    person.position = QStringLiteral("Phó Chủ tịch UBND tỉnh");
    const Result<PeopleDirectory> directory = admin.value().savePerson(person);
    if (!directory)
        return Status::failure(directory.error());
    const SigningKey seat = seatKey();
    const Result<SignedRecord> request = requestEnrolment(share, directory.value(), seatPerson,
        QStringLiteral("Máy tính bảng phòng họp"), seat, QDateTime::currentDateTimeUtc());
    if (!request)
        return Status::failure(request.error());
    if (const Result<DirectoryDevice> approved
        = admin.value().approve(deviceIdOf(seat.publicKey()));
        !approved)
        return Status::failure(approved.error());

    DraftMeeting draft;
    draft.id = meetingId;
    draft.title = QStringLiteral("Phiên họp chuyên đề về công tác cán bộ");
    draft.meetingType = QStringLiteral("phien-hop-chuyen-de");
    draft.organisation = organisationName;
    draft.hostUnit = QStringLiteral("Văn phòng UBND tỉnh");
    draft.location = QStringLiteral("Phòng họp số 1");
    const QTimeZone vietnam(7 * 3600);
    draft.start = QDateTime(QDate(2026, 12, 7), QTime(8, 0), vietnam);
    draft.end = QDateTime(QDate(2026, 12, 7), QTime(11, 0), vietnam);
    draft.chairName = QStringLiteral("Nguyễn Văn Đức");
    draft.participants = { { seatPerson, QStringLiteral("Nguyễn Văn Đức"),
        QStringLiteral("Phó Chủ tịch UBND tỉnh"), Role::Chair, 1.0, {} } };
    draft.agenda = { { QStringLiteral("i1"), {}, QStringLiteral("Công tác cán bộ"), {}, 0 } };
    DraftDocument document;
    document.id = QStringLiteral("d1");
    document.agendaItemId = QStringLiteral("i1");
    document.title = QStringLiteral("Hồ sơ nhân sự (bản quét)");
    document.kind = QStringLiteral("to-trinh");
    document.issuingBody = QStringLiteral("Sở Nội vụ");
    document.filePath = pdfPath;
    document.fileName = QStringLiteral("ho-so-nhan-su.pdf");
    document.confidential = confidential;
    if (confidential)
        document.recipientIds = { seatPerson };
    draft.documents = { document };
    const PublishOutcome outcome = MeetingPublisher(share, organisation).publish(draft);
    if (!outcome.published())
        return Status::failure(outcome.message);
    return Status::success();
}

// Runs the event loop until done() or the timeout; returns done().
bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < timeoutMs) {
        QEventLoop loop;
        QTimer::singleShot(5, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return done();
}

// One child's figures, or nothing when it failed (its error already printed).
std::optional<QJsonObject> runChild(const QStringList &arguments, QTextStream &err)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.start(QCoreApplication::applicationFilePath(), arguments);
    if (!child.waitForFinished(30 * 60 * 1000) || child.exitStatus() != QProcess::NormalExit
        || child.exitCode() != 0) {
        err << "the open in a child process failed: "
            << QString::fromUtf8(child.readAllStandardError()) << '\n';
        return std::nullopt;
    }
    const QList<QByteArray> lines = child.readAllStandardOutput().trimmed().split('\n');
    const QJsonDocument figures = QJsonDocument::fromJson(lines.last());
    if (!figures.isObject()) {
        err << "the child printed no figures\n";
        return std::nullopt;
    }
    return figures.object();
}

} // namespace

// The hidden sub-command: syncs the share into a fresh cache (the seat's device key put there
// first, as enrolment leaves it), opens the meeting's document as the main window does (a
// confidential one through DocumentReader::source on the render worker, with the watermark)
// and waits for page 1 drawn; prints its times and its peak memory.
int runConfidentialOpen(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString share = optionValue(arguments, QStringLiteral("--share"));
    const QString cacheDir = optionValue(arguments, QStringLiteral("--cache"));
    if (share.isEmpty() || cacheDir.isEmpty()) {
        err << "Usage: phonghop-bench confidential-open --share DIR --cache DIR\n";
        return 2;
    }
    if (!QDir().mkpath(cacheDir)
        || !seatKey().save(QDir(cacheDir).filePath(QStringLiteral("device.key")))) {
        err << "the seat's device key cannot be written\n";
        return 1;
    }
    auto opened = MeetingCache::open(cacheDir);
    if (!opened) {
        err << opened.error() << '\n';
        return 1;
    }
    MeetingCache &cache = *opened.value();
    QElapsedTimer timer;
    timer.start();
    SyncEngine engine(cache, share);
    engine.setRequiredOrganisationFingerprint(keyFingerprint(organisationKey().publicKey()));
    const SyncReport report = engine.run();
    const double syncMs = elapsedMs(timer);
    if (!report.complete()) {
        err << report.summary() << '\n';
        return 1;
    }
    const std::optional<Meeting> meeting = cache.meeting(meetingId);
    if (!meeting || meeting->documents.size() != 1) {
        err << "the meeting did not arrive\n";
        return 1;
    }
    const DocumentRef document = meeting->documents.first();

    timer.restart();
    PdfRenderService service;
    bool isOpen = false;
    QString failure;
    QImage page;
    QObject::connect(&service, &PdfRenderService::opened, [&] { isOpen = true; });
    QObject::connect(&service, &PdfRenderService::openFailed,
        [&](const QString &message) { failure = message; });
    QObject::connect(&service, &PdfRenderService::pageReady,
        [&](const RenderKey &, const QImage &image) { page = image; });
    QObject::connect(&service, &PdfRenderService::pageFailed,
        [&](const RenderKey &, const QString &message) { failure = message; });
    const DocumentReader reader(cache);
    const auto verifyMs = std::make_shared<std::atomic<double>>(0.0);
    if (document.confidential) {
        Result<PdfDeviceSource> source = reader.source(document);
        if (!source) {
            err << source.error() << '\n';
            return 1;
        }
        service.setWatermark(reader.watermark(*meeting, document, QDate(2026, 12, 7)));
        // The same source, timed: how much of the open is the verifying pass.
        service.openSource(
            [inner = std::move(source).value(), verifyMs](const CancellationToken &cancel) {
                QElapsedTimer verifying;
                verifying.start();
                Result<std::unique_ptr<QIODevice>> device = inner(cancel);
                verifyMs->store(elapsedMs(verifying));
                return device;
            },
            document.title);
    } else {
        service.open(cache.documentPath(document));
    }
    const auto finished = [&] { return isOpen || !failure.isEmpty(); };
    if (!waitUntil(finished, 10 * 60 * 1000) || !isOpen) {
        err << "the document did not open: " << failure << '\n';
        return 1;
    }
    const double openMs = elapsedMs(timer);
    // Page 1 at the width of a 1080p window's page (scale 1.5: about 900 × 1260 pixels).
    service.request({ RenderKey::make(0, 1.5) });
    if (!waitUntil([&] { return !page.isNull() || !failure.isEmpty(); }, 10 * 60 * 1000)
        || page.isNull()) {
        err << "page 1 was not drawn: " << failure << '\n';
        return 1;
    }
    const double totalOpenMs = elapsedMs(timer);
    printFigures(out,
        QJsonObject { { QStringLiteral("confidential"), document.confidential },
            { QStringLiteral("bytes"),
                double(document.confidential ? document.plainSize : document.size) },
            { QStringLiteral("sync_ms"), syncMs }, { QStringLiteral("open_ms"), openMs },
            { QStringLiteral("open_and_page1_ms"), totalOpenMs },
            { QStringLiteral("verify_ms"), verifyMs->load() },
            { QStringLiteral("total_ms"), syncMs + totalOpenMs },
            { QStringLiteral("vmhwm_kb"), double(peakResidentKb()) } });
    return 0;
}

int runConfidentialBenchmark(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const int pages
        = optionValue(arguments, QStringLiteral("--pages"), QStringLiteral("130")).toInt();
    const int runs = std::max(
        1, optionValue(arguments, QStringLiteral("--runs"), QStringLiteral("3")).toInt());
    QTemporaryDir work;
    if (!work.isValid() || pages < 1) {
        err << "Usage: phonghop-bench confidential [--pages N (130: ~200 MB)] [--runs N (3)] "
               "[--keep]\n";
        return 1;
    }
    // --keep: the shares stay for a look afterwards (or to run confidential-open by hand).
    if (arguments.contains(QStringLiteral("--keep"))) {
        work.setAutoRemove(false);
        err << "working in " << work.path() << " (kept)\n";
    }
    err << "generating a scanned document of " << pages << " pages...\n";
    err.flush();
    const QString pdfPath = work.filePath(QStringLiteral("ho-so-nhan-su.pdf"));
    GeneratedDocument content;
    content.agency = QStringLiteral("ỦY BAN NHÂN DÂN TỈNH SƠN HÀ");
    content.issuingUnit = QStringLiteral("SỞ NỘI VỤ");
    content.number = QStringLiteral("Số: 77/TTr-SNV");
    content.kindTitle = QStringLiteral("TỜ TRÌNH");
    content.subject = QStringLiteral("Về công tác cán bộ");
    content.seed = 16;
    requireDone(documentgenerator::writeScannedDocument(pdfPath, content, pages));
    const qint64 pdfBytes = QFileInfo(pdfPath).size();

    err << "publishing it in clear and confidential...\n";
    err.flush();
    const QString clearShare = work.filePath(QStringLiteral("share-clear"));
    const QString sealedShare = work.filePath(QStringLiteral("share-sealed"));
    requireDone(publishShare(clearShare, pdfPath, false));
    requireDone(publishShare(sealedShare, pdfPath, true));
    QFile::remove(pdfPath);

    struct Row {
        QString name;
        QString share;
        QList<double> total, sync, open, verify, peakMb;
    };
    Row rows[2] = { { QStringLiteral("clear-document"), clearShare, {}, {}, {}, {}, {} },
        { QStringLiteral("sealed-document"), sealedShare, {}, {}, {}, {}, {} } };
    // Interleaved (clear, confidential, clear, …) so that a change of load hits both alike.
    for (int run = 0; run < runs; ++run) {
        for (Row &row : rows) {
            err << "run " << run + 1 << " of " << runs << ": " << row.name << "...\n";
            err.flush();
            const QString cache
                = work.filePath(QStringLiteral("cache-%1-%2").arg(row.name).arg(run));
            const std::optional<QJsonObject> figures
                = runChild({ QStringLiteral("confidential-open"), QStringLiteral("--share"),
                               row.share, QStringLiteral("--cache"), cache },
                    err);
            QDir(cache).removeRecursively();
            if (!figures)
                return 1;
            row.total << figures->value(QStringLiteral("total_ms")).toDouble();
            row.sync << figures->value(QStringLiteral("sync_ms")).toDouble();
            row.open << figures->value(QStringLiteral("open_and_page1_ms")).toDouble();
            row.verify << figures->value(QStringLiteral("verify_ms")).toDouble();
            row.peakMb << figures->value(QStringLiteral("vmhwm_kb")).toDouble() / 1024.0;
        }
    }
    for (const Row &row : rows) {
        printFigures(out,
            QJsonObject {
                { QStringLiteral("benchmark"), QStringLiteral("confidential.") + row.name },
                { QStringLiteral("pdf_bytes"), double(pdfBytes) }, { QStringLiteral("runs"), runs },
                { QStringLiteral("sync_and_open_ms_median"), median(row.total) },
                { QStringLiteral("sync_ms_median"), median(row.sync) },
                { QStringLiteral("open_and_page1_ms_median"), median(row.open) },
                { QStringLiteral("of_which_verifying_pass_ms_median"), median(row.verify) },
                { QStringLiteral("peak_rss_mb_median"), median(row.peakMb) },
                { QStringLiteral("peak_rss_mb_max"), maximum(row.peakMb) } });
    }
    const double ratio = median(rows[1].total) / std::max(1e-9, median(rows[0].total));
    const double extraMb = median(rows[1].peakMb) - median(rows[0].peakMb);
    printFigures(out,
        QJsonObject { { QStringLiteral("benchmark"), QStringLiteral("confidential.vs-clear") },
            { QStringLiteral("time_ratio"), ratio }, { QStringLiteral("time_ratio_aim"), 1.3 },
            { QStringLiteral("time_within_aim"), ratio <= 1.3 },
            { QStringLiteral("extra_peak_rss_mb"), extraMb },
            { QStringLiteral("extra_peak_rss_mb_aim"), 32 },
            { QStringLiteral("memory_within_aim"), extraMb <= 32 } });
    return 0;
}

} // namespace phonghop::bench
