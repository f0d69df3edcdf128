// Annotations (issue 4): a kill -9 right after a stroke loses nothing shown as saved.
#include "meeting_core/annotations/annotationstore.h"
#include "meeting_core/store/database.h"

#include <QProcess>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace phonghop;

TEST_CASE("Strokes reported as saved survive the process being killed with SIGKILL",
    "[annotations][kill]")
{
    QTemporaryDir dir;
    const QString dbPath = dir.filePath(QStringLiteral("cache.sqlite"));
    QStringList saved;
    for (int round = 0; round < 3; ++round) {
        QProcess child;
        child.start(QStringLiteral(PHONGHOP_ANNOTATION_CHILD),
            { dbPath, QStringLiteral("round%1").arg(round) });
        REQUIRE(child.waitForStarted());
        const int target = 20 + round * 17;
        int seen = 0;
        QByteArray pending;
        while (seen < target) {
            REQUIRE(child.waitForReadyRead(60000));
            pending += child.readAllStandardOutput();
            int nl;
            while ((nl = pending.indexOf('\n')) >= 0) {
                const QByteArray line = pending.left(nl);
                pending.remove(0, nl + 1);
                if (line.startsWith("saved ")) {
                    saved.append(QString::fromUtf8(line.mid(6)));
                    ++seen;
                }
            }
        }
        child.kill(); // SIGKILL on Unix, mid-write of the next stroke
        child.waitForFinished();
        // Lines printed before the kill but read only now count as shown too.
        pending += child.readAllStandardOutput();
        for (const QByteArray &line : pending.split('\n'))
            if (line.startsWith("saved "))
                saved.append(QString::fromUtf8(line.mid(6)));
    }

    Database db = Database::open(dbPath);
    CHECK(db.integrityCheck() == QStringLiteral("ok"));
    AnnotationStore store(db);
    const AnnotationScope scope { QStringLiteral("lan"), QStringLiteral("doc-kill"), 1 };
    for (const QString &id : saved) {
        INFO(id.toStdString());
        const auto stroke = store.annotation(scope, id);
        REQUIRE(stroke.has_value());
        CHECK(stroke->strokes[0].points.size() == 200);
    }
}
