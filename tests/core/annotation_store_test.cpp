// Annotations (issue 4): the store, undo/redo through the session, persistence, privacy.
#include "meeting_core/annotations/annotationsession.h"
#include "meeting_core/annotations/annotationstore.h"
#include "meeting_core/store/database.h"
#include "meeting_core/store/meetingcache.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace phonghop;

namespace {
Annotation highlight(int page, double y, const QString &quote)
{
    Annotation a;
    a.type = AnnotationType::Highlight;
    a.page = page;
    a.quads = { QRectF(0.1, y, 0.5, 0.02) };
    a.anchor.quote = quote;
    return a;
}

Annotation inkStroke(int page, int points)
{
    Annotation a;
    a.type = AnnotationType::Ink;
    a.page = page;
    a.color = Qt::red;
    a.width = 3;
    InkStroke stroke;
    for (int i = 0; i < points; ++i)
        stroke.points.append(
            { QPointF(0.1 + i * 0.001, 0.2 + (i % 7) * 0.002), float(0.3 + (i % 5) * 0.1) });
    a.strokes = { stroke };
    return a;
}

const AnnotationScope lan { QStringLiteral("lan"), QStringLiteral("doc-1"), 1 };
} // namespace

TEST_CASE("An annotation is in the database as soon as add returns", "[annotations]")
{
    Database db = Database::openInMemory();
    AnnotationStore store(db);
    AnnotationSession session(store, lan);
    REQUIRE(session.add(highlight(2, 0.3, QStringLiteral("Quyết định số 12"))));
    const QVector<Annotation> stored = store.annotations(lan);
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].anchor.quote == QStringLiteral("Quyết định số 12"));
    CHECK(stored[0].page == 2);
}

TEST_CASE("Undo and redo walk through adds, edits, recolouring and deletes, in memory and on disk",
    "[annotations]")
{
    Database db = Database::openInMemory();
    AnnotationStore store(db);
    AnnotationSession session(store, lan);
    QUndoStack *undo = session.undoStack();

    REQUIRE(session.add(highlight(0, 0.1, QStringLiteral("một"))));
    REQUIRE(session.add(inkStroke(1, 50)));
    const QString first = session.annotations()[0].id;
    const QString ink = session.annotations()[1].id;
    REQUIRE(session.recolor(first, QColor(Qt::green)));
    REQUIRE(session.remove(ink));
    CHECK(store.count(lan) == 1);
    CHECK(store.annotation(lan, first)->color == QColor(Qt::green));

    undo->undo(); // delete undone
    CHECK(store.count(lan) == 2);
    CHECK(store.annotation(lan, ink)->strokes[0].points.size() == 50);
    undo->undo(); // recolour undone
    CHECK(store.annotation(lan, first)->color == Annotation().color);
    CHECK(session.find(first)->color == Annotation().color);
    undo->undo(); // ink add undone
    undo->undo(); // highlight add undone
    CHECK(store.count(lan) == 0);
    CHECK(session.annotations().isEmpty());
    CHECK_FALSE(undo->canUndo());

    undo->redo();
    undo->redo();
    undo->redo();
    CHECK(store.count(lan) == 2);
    CHECK(store.annotation(lan, first)->color == QColor(Qt::green));
    undo->redo();
    CHECK(store.count(lan) == 1);
    CHECK_FALSE(undo->canRedo());

    // A new change after an undo drops the redo branch.
    undo->undo();
    REQUIRE(session.add(highlight(3, 0.5, QStringLiteral("hai"))));
    CHECK_FALSE(undo->canRedo());
    CHECK(store.count(lan) == 3);
}

TEST_CASE("A drag of one gesture is one undo step, a second drag is another", "[annotations]")
{
    Database db = Database::openInMemory();
    AnnotationStore store(db);
    AnnotationSession session(store, lan);
    Annotation note;
    note.type = AnnotationType::Note;
    note.rect = QRectF(0.1, 0.1, 0.04, 0.04);
    note.contents = QStringLiteral("Hỏi lại về kinh phí");
    REQUIRE(session.add(note));
    const QString id = session.annotations()[0].id;
    const int countBefore = session.undoStack()->count();

    const int gesture = session.nextGesture();
    for (int step = 1; step <= 20; ++step) {
        Annotation moved = *session.find(id);
        moved.translate(QPointF(0.01, 0.005));
        REQUIRE(session.modify(moved, gesture));
    }
    CHECK(session.undoStack()->count() == countBefore + 1);
    CHECK(store.annotation(lan, id)->rect.x() == Approx(0.3));

    const int second = session.nextGesture();
    Annotation moved = *session.find(id);
    moved.translate(QPointF(0.1, 0));
    REQUIRE(session.modify(moved, second));
    CHECK(session.undoStack()->count() == countBefore + 2);

    session.undoStack()->undo();
    CHECK(store.annotation(lan, id)->rect.x() == Approx(0.3));
    session.undoStack()->undo();
    CHECK(store.annotation(lan, id)->rect.x() == Approx(0.1));
    CHECK(session.find(id)->rect.y() == Approx(0.1));
}

TEST_CASE("Annotations and personal notes survive closing and reopening the cache", "[annotations]")
{
    QTemporaryDir dir;
    QString inkId;
    {
        auto cache = MeetingCache::open(dir.path());
        REQUIRE(cache.ok());
        AnnotationStore store(cache.value()->database());
        AnnotationSession session(store, lan);
        REQUIRE(session.add(inkStroke(4, 300)));
        inkId = session.annotations()[0].id;
        Annotation text;
        text.type = AnnotationType::FreeText;
        text.page = 0;
        text.rect = QRectF(0.2, 0.2, 0.3, 0.05);
        text.contents = QStringLiteral("Đề nghị bổ sung số liệu quý III");
        REQUIRE(session.add(text));
        store.setPersonalNote(
            QStringLiteral("lan"), QStringLiteral("hop-1"), {}, QStringLiteral("Chuẩn bị ý kiến"));
        store.setPersonalNote(QStringLiteral("lan"), QStringLiteral("hop-1"),
            QStringLiteral("muc-2"), QStringLiteral("Phản biện mục 2"));
    }
    auto cache = MeetingCache::open(dir.path());
    REQUIRE(cache.ok());
    AnnotationStore store(cache.value()->database());
    AnnotationSession session(store, lan);
    REQUIRE(session.annotations().size() == 2);
    const Annotation *ink = session.find(inkId);
    REQUIRE(ink);
    CHECK(ink->strokes[0].points.size() == 300);
    CHECK(ink->strokes[0].points[3].pressure == Approx(0.6f));
    CHECK(ink->page == 4);
    CHECK(session.annotationsOnPage(0)[0].contents
        == QStringLiteral("Đề nghị bổ sung số liệu quý III"));
    CHECK(store.personalNote(QStringLiteral("lan"), QStringLiteral("hop-1"))
        == QStringLiteral("Chuẩn bị ý kiến"));
    CHECK(
        store.personalNote(QStringLiteral("lan"), QStringLiteral("hop-1"), QStringLiteral("muc-2"))
        == QStringLiteral("Phản biện mục 2"));
    CHECK(cache.value()->database().integrityCheck() == QStringLiteral("ok"));
}

TEST_CASE("Another user on the same machine sees none of the owner's annotations or notes",
    "[annotations]")
{
    Database db = Database::openInMemory();
    AnnotationStore store(db);
    AnnotationSession session(store, lan);
    REQUIRE(session.add(highlight(0, 0.1, QStringLiteral("riêng tư"))));
    store.setPersonalNote(
        QStringLiteral("lan"), QStringLiteral("hop-1"), {}, QStringLiteral("bí mật"));

    const AnnotationScope binh { QStringLiteral("binh"), lan.documentId, lan.version };
    AnnotationSession other(store, binh);
    CHECK(other.annotations().isEmpty());
    CHECK(store.personalNote(QStringLiteral("binh"), QStringLiteral("hop-1")).isEmpty());
    // Nor does the owner see them on another version of the document.
    CHECK(store.count(AnnotationScope { lan.owner, lan.documentId, 2 }) == 0);
}

TEST_CASE(
    "A change the database refuses is reported and not left on the undo stack", "[annotations]")
{
    Database db = Database::openInMemory();
    AnnotationStore store(db);
    AnnotationSession session(store, lan);
    QSignalSpy failures(&session, &AnnotationSession::storeFailed);
    db.executeScript(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON annotations BEGIN "
                                    "SELECT RAISE(ABORT, 'disk refused'); END;"));
    CHECK_FALSE(session.add(highlight(0, 0.1, QStringLiteral("x"))));
    CHECK(failures.count() == 1);
    CHECK(session.annotations().isEmpty());
    CHECK(session.undoStack()->count() == 0);
}
