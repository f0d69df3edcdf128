// phonghop-bench publish [MEGABYTES]: publishing a meeting whose one document is a large scan
// (200 MB by default) — validation (Poppler opens it, SHA-256), storing the object (hash,
// copy, fsync, link) and the signed manifest — beside `cp` of the same file in the same run,
// and the re-publication when the object is already in the share.
#include "bench/benchmarks.h"

#include "meeting_core/publish/meetingpublisher.h"
#include "meeting_core/share/sharewriter.h"
#include "meeting_core/trust/signingkey.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimeZone>

namespace phonghop::bench {

namespace {

double elapsedMs(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

// A valid one-page PDF whose bulk is an unused stream of random bytes: what a scan costs to
// copy and hash, without minutes spent generating JPEG pages.
bool writeLargePdf(const QString &path, qint64 size)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray head("%PDF-1.4\n");
    QList<qint64> offsets;
    auto object = [&](const QByteArray &body) {
        offsets << head.size();
        head += QByteArray::number(offsets.size()) + " 0 obj\n" + body + "\nendobj\n";
    };
    object("<< /Type /Catalog /Pages 2 0 R >>");
    object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
    object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>");
    offsets << head.size();
    head += "4 0 obj\n<< /Length " + QByteArray::number(size) + " >>\nstream\n";
    file.write(head);
    QRandomGenerator random(2026);
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    for (qint64 written = 0; written < size; written += chunk.size()) {
        random.fillRange(reinterpret_cast<quint32 *>(chunk.data()), chunk.size() / 4);
        file.write(chunk.constData(), std::min<qint64>(chunk.size(), size - written));
    }
    QByteArray tail("\nendstream\nendobj\n");
    const qint64 xref = head.size() + size + tail.size();
    tail += "xref\n0 5\n0000000000 65535 f \n";
    for (qint64 offset : offsets)
        tail += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    tail += "trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref)
        + "\n%%EOF\n";
    file.write(tail);
    return file.flush();
}

} // namespace

int runPublishBenchmark(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const qint64 megabytes = arguments.isEmpty() ? 200 : arguments.first().toLongLong();
    QTemporaryDir work;
    const QString scan = work.filePath(QStringLiteral("ban-scan-to-trinh.pdf"));
    err << "writing a " << megabytes << " MB PDF...\n";
    err.flush();
    if (megabytes <= 0 || !writeLargePdf(scan, megabytes << 20)) {
        err << "cannot write the test PDF\n";
        return 1;
    }
    QProcess::execute(QStringLiteral("sync"), {});

    // Baselines in the same run: a plain copy, and one made durable with `sync`.
    QElapsedTimer timer;
    timer.start();
    QProcess::execute(QStringLiteral("cp"), { scan, work.filePath(QStringLiteral("copy.pdf")) });
    const double copyMs = elapsedMs(timer);
    timer.restart();
    QProcess::execute(QStringLiteral("cp"), { scan, work.filePath(QStringLiteral("copy2.pdf")) });
    QProcess::execute(QStringLiteral("sync"), {});
    const double copyDurableMs = elapsedMs(timer);

    const SigningKey key = SigningKey::fromSeed(QByteArray(32, '\x11'));
    const QString share = work.filePath(QStringLiteral("share"));
    if (Status ready = ShareWriter(share).initialise(QStringLiteral("UBND tỉnh Sơn Hà"), key);
        !ready) {
        err << ready.error() << '\n';
        return 1;
    }
    DraftMeeting draft;
    draft.id = QStringLiteral("bench-publish");
    draft.basedOnRevision.reset();
    draft.title = QStringLiteral("Phiên họp chuyên đề về quy hoạch");
    draft.start = QDateTime(QDate(2026, 12, 18), QTime(8, 0), QTimeZone(7 * 3600));
    draft.participants << DraftParticipant { QStringLiteral("p-an"),
        QStringLiteral("Nguyễn Văn An"), {}, Role::Chair };
    draft.agenda << DraftAgendaItem { QStringLiteral("i1"), {},
        QStringLiteral("Tờ trình quy hoạch"), {}, 30 };
    DraftDocument document;
    document.id = QStringLiteral("d1");
    document.agendaItemId = QStringLiteral("i1");
    document.title = QStringLiteral("Tờ trình (bản scan)");
    document.filePath = scan;
    draft.documents << document;

    MeetingPublisher publisher(share, key);
    int progressReports = 0;
    timer.restart();
    const PublishOutcome first
        = publisher.publish(draft, {}, [&](const PublishProgress &) { ++progressReports; });
    const double publishMs = elapsedMs(timer);
    if (!first.published()) {
        err << first.message << '\n';
        return 1;
    }
    timer.restart();
    const PublishOutcome again = publisher.publish(draft);
    const double republishMs = elapsedMs(timer);
    if (!again.published()) {
        err << again.message << '\n';
        return 1;
    }
    out << QJsonDocument(
        QJsonObject { { QStringLiteral("benchmark"), QStringLiteral("publish.large-scan") },
            { QStringLiteral("bytes"), double(QFile(scan).size()) },
            { QStringLiteral("publish_ms"), publishMs },
            { QStringLiteral("republish_unchanged_ms"), republishMs },
            { QStringLiteral("baseline_cp_ms"), copyMs },
            { QStringLiteral("baseline_cp_then_sync_ms"), copyDurableMs },
            { QStringLiteral("ratio_to_cp"), publishMs / copyMs },
            { QStringLiteral("ratio_to_cp_then_sync"), publishMs / copyDurableMs },
            { QStringLiteral("progress_reports"), progressReports } })
               .toJson(QJsonDocument::Compact)
        << '\n';
    out.flush();
    return 0;
}

} // namespace phonghop::bench
