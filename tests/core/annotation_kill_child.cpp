// Child process of the annotation kill test: draws ink strokes into a cache database and
// prints "saved <id>" after each change the session reports as done, until it is killed.
#include "meeting_core/annotations/annotationsession.h"
#include "meeting_core/annotations/annotationstore.h"
#include "meeting_core/store/database.h"

#include <QCoreApplication>
#include <cstdio>

using namespace phonghop;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2)
        return 2;
    Database db = Database::open(QString::fromLocal8Bit(argv[1]));
    AnnotationStore store(db);
    AnnotationSession session(
        store, AnnotationScope { QStringLiteral("lan"), QStringLiteral("doc-kill"), 1 });
    for (int n = 0;; ++n) {
        Annotation a;
        a.type = AnnotationType::Ink;
        a.page = n % 5;
        InkStroke stroke;
        for (int i = 0; i < 200; ++i)
            stroke.points.append({ QPointF(0.001 * i, 0.001 * n), 0.5f });
        a.strokes = { stroke };
        a.id = QStringLiteral("%1-stroke-%2")
                   .arg(QString::fromLocal8Bit(argc > 2 ? argv[2] : "r"), QString::number(n));
        if (!session.add(a))
            return 1;
        std::printf("saved %s\n", qPrintable(a.id));
        std::fflush(stdout);
    }
}
