// phonghop-bench sync: the initial sync of a share of ~500 PDFs (~1 GB) beside `cp -r` of the
// same tree in the same run, and a re-sync of an unchanged share of 2,000+ objects.
#include "bench/benchmarks.h"
#include "bench/benchstats.h"

#include "meeting_core/demo/documentgenerator.h"
#include "meeting_core/share/sharewriter.h"
#include "meeting_core/store/meetingcache.h"
#include "meeting_core/sync/syncengine.h"
#include "meeting_core/trust/signingkey.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimeZone>
#include <algorithm>

namespace phonghop::bench {

namespace {

void printFigures(QTextStream &out, const QJsonObject &figures)
{
    out << QJsonDocument(figures).toJson(QJsonDocument::Compact) << '\n';
    out.flush();
}

double elapsedMs(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

Meeting meetingShell(int number)
{
    Meeting meeting;
    meeting.id = QStringLiteral("bench-%1").arg(number, 4, 10, QLatin1Char('0'));
    meeting.title = QStringLiteral("Phiên họp số %1").arg(number);
    meeting.start = QDateTime(QDate(2026, 12, 1).addDays(number), QTime(8, 0), QTimeZone(7 * 3600));
    for (int i = 0; i < 5; ++i)
        meeting.agenda << AgendaItem { QStringLiteral("i%1").arg(i), {}, i, QString::number(i + 1),
            QStringLiteral("Nội dung %1").arg(i + 1), {}, 20 };
    return meeting;
}

// Writes `count` distinct documents, cycling through a few generated PDFs, each made unique
// by a trailing PDF comment (still a valid PDF), and publishes them in meetings of 50.
Status writeShare(const QString &root, const QStringList &basePdfs, int count, qint64 *bytes)
{
    ShareWriter writer(root);
    const SigningKey key = SigningKey::fromSeed(QByteArray(32, '\x07'));
    if (Status ok = writer.initialise(QStringLiteral("UBND tỉnh Sơn Hà"), key); !ok)
        return ok;
    QTemporaryDir staging;
    Meeting meeting;
    int meetingNumber = 0;
    for (int i = 0; i < count; ++i) {
        if (i % 50 == 0)
            meeting = meetingShell(++meetingNumber);
        QFile base(basePdfs.at(i % basePdfs.size()));
        if (!base.open(QIODevice::ReadOnly))
            return Status::failure(base.errorString());
        QByteArray content = base.readAll();
        content += "\n% phonghop benchmark variant " + QByteArray::number(i) + '\n';
        const QString path = staging.filePath(QStringLiteral("doc-%1.pdf").arg(i));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return Status::failure(file.errorString());
        file.close();
        const Result<StoredObject> stored = writer.putObject(path);
        QFile::remove(path);
        if (!stored)
            return Status::failure(stored.error());
        *bytes += stored->size;
        meeting.documents << DocumentRef { QStringLiteral("d%1").arg(i),
            QStringLiteral("i%1").arg(i % 5), QStringLiteral("Tài liệu %1").arg(i),
            QStringLiteral("bao-cao"), QStringLiteral("doc-%1.pdf").arg(i), stored->sha256,
            stored->size, 1 };
        if (i % 50 == 49 || i == count - 1) {
            if (const Result<int> published = writer.publish(meeting, key); !published)
                return Status::failure(published.error());
        }
    }
    return Status::success();
}

QStringList generateBasePdfs(const QString &folder, QTextStream &err)
{
    QStringList paths;
    for (int i = 0; i < 8; ++i) {
        GeneratedDocument content;
        content.agency = QStringLiteral("ỦY BAN NHÂN DÂN TỈNH SƠN HÀ");
        content.number = QStringLiteral("Số: %1/BC-UBND").arg(100 + i);
        content.kindTitle = QStringLiteral("BÁO CÁO");
        content.subject = QStringLiteral("Tình hình thực hiện nhiệm vụ năm 2026");
        content.seed = static_cast<quint32>(i + 1);
        const QString path = folder + QStringLiteral("/base-%1.pdf").arg(i);
        // Half scans (about 2 MB a page), half text documents, as in a real meeting pack.
        const Status written = i % 2 == 0
            ? documentgenerator::writeScannedDocument(path, content, 2)
            : (content.minimumPages = 40, documentgenerator::writeTextDocument(path, content));
        if (!written) {
            err << written.error() << '\n';
            return {};
        }
        paths << path;
    }
    return paths;
}

} // namespace

int runSyncBenchmark(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const qsizetype countAt = arguments.indexOf(QStringLiteral("--documents"));
    const int documents
        = countAt >= 0 && countAt + 1 < arguments.size() ? arguments.at(countAt + 1).toInt() : 500;
    const qsizetype smallAt = arguments.indexOf(QStringLiteral("--small-objects"));
    const int smallObjects
        = smallAt >= 0 && smallAt + 1 < arguments.size() ? arguments.at(smallAt + 1).toInt() : 2000;
    QTemporaryDir work;
    if (!work.isValid()) {
        err << "cannot create a temporary folder\n";
        return 1;
    }

    // 1. A share of ~500 PDFs.
    err << "generating the share...\n";
    const QStringList bases = generateBasePdfs(work.path(), err);
    if (bases.isEmpty())
        return 1;
    const QString share = work.filePath(QStringLiteral("share"));
    qint64 shareBytes = 0;
    if (Status written = writeShare(share, bases, documents, &shareBytes); !written) {
        err << written.error() << '\n';
        return 1;
    }

    // Baselines, same tree, same run: a plain copy, and a copy made durable with `sync`.
    QElapsedTimer timer;
    timer.start();
    QProcess::execute(QStringLiteral("cp"),
        { QStringLiteral("-r"), share, work.filePath(QStringLiteral("copy")) });
    const double copyMs = elapsedMs(timer);
    timer.restart();
    QProcess::execute(QStringLiteral("cp"),
        { QStringLiteral("-r"), share, work.filePath(QStringLiteral("copy2")) });
    QProcess::execute(QStringLiteral("sync"), {});
    const double copyDurableMs = elapsedMs(timer);
    QDir(work.filePath(QStringLiteral("copy"))).removeRecursively();
    QDir(work.filePath(QStringLiteral("copy2"))).removeRecursively();
    QProcess::execute(QStringLiteral("sync"), {});

    auto cache = MeetingCache::open(work.filePath(QStringLiteral("cache")));
    if (!cache) {
        err << cache.error() << '\n';
        return 1;
    }
    // The seat was set up with the organisation's fingerprint (nothing is pinned silently).
    const QString fingerprint
        = keyFingerprint(SigningKey::fromSeed(QByteArray(32, '\x07')).publicKey());
    SyncEngine first(*cache.value(), share);
    first.setRequiredOrganisationFingerprint(fingerprint);
    timer.restart();
    const SyncReport initial = first.run();
    const double syncMs = elapsedMs(timer);
    if (!initial.complete()) {
        err << initial.summary() << '\n';
        return 1;
    }
    printFigures(out,
        QJsonObject { { QStringLiteral("benchmark"), QStringLiteral("sync.initial") },
            { QStringLiteral("documents"), documents },
            { QStringLiteral("bytes"), static_cast<double>(shareBytes) },
            { QStringLiteral("sync_ms"), syncMs }, { QStringLiteral("baseline_cp_r_ms"), copyMs },
            { QStringLiteral("baseline_cp_r_then_sync_ms"), copyDurableMs },
            { QStringLiteral("ratio_to_cp_r"), syncMs / copyMs },
            { QStringLiteral("ratio_to_cp_r_then_sync"), syncMs / copyDurableMs },
            { QStringLiteral("throughput_mb_s"), double(shareBytes) / 1e6 / (syncMs / 1000) } });

    // 2. Re-sync of an unchanged share of many small objects.
    err << "generating the share of small objects...\n";
    QTemporaryDir smallWork;
    const QString smallPdf = smallWork.filePath(QStringLiteral("small.pdf"));
    {
        QFile file(smallPdf);
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        file.write("%PDF-1.4\n% tiny\n");
    }
    const QString smallShare = smallWork.filePath(QStringLiteral("share"));
    qint64 smallBytes = 0;
    if (Status written = writeShare(smallShare, { smallPdf }, smallObjects, &smallBytes);
        !written) {
        err << written.error() << '\n';
        return 1;
    }
    auto smallCache = MeetingCache::open(smallWork.filePath(QStringLiteral("cache")));
    if (!smallCache
        || !pinOrganisation(*smallCache.value(), QStringLiteral("UBND tỉnh Sơn Hà"),
            SigningKey::fromSeed(QByteArray(32, '\x07')).publicKey())
        || !SyncEngine(*smallCache.value(), smallShare).run().complete()) {
        err << "the small share did not sync\n";
        return 1;
    }
    QList<double> resyncs;
    for (int run = 0; run < 30; ++run) {
        timer.restart();
        const SyncReport again = SyncEngine(*smallCache.value(), smallShare).run();
        resyncs << elapsedMs(timer);
        if (!again.complete() || again.objectsCopied != 0) {
            err << "an unchanged share copied objects\n";
            return 1;
        }
    }
    // Baseline: listing the whole share once, as a naive "what changed?" would.
    QProcess find;
    find.setStandardOutputFile(QProcess::nullDevice());
    timer.restart();
    find.start(
        QStringLiteral("find"), { smallShare, QStringLiteral("-type"), QStringLiteral("f") });
    find.waitForFinished();
    const double findMs = elapsedMs(timer);
    printFigures(out,
        QJsonObject { { QStringLiteral("benchmark"), QStringLiteral("sync.unchanged") },
            { QStringLiteral("objects"), smallObjects },
            { QStringLiteral("meetings"), (smallObjects + 49) / 50 },
            { QStringLiteral("resync_ms_median"), median(resyncs) },
            { QStringLiteral("resync_ms_p95"), quantile(resyncs, 0.95) },
            { QStringLiteral("baseline_find_all_files_ms"), findMs } });
    return 0;
}

} // namespace phonghop::bench
