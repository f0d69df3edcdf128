// Annotations in the document view (issue 4), offscreen: drawing with the pen (mouse and
// tablet pressure), undo/redo shortcuts, moving as one step, text markup from a selection,
// the panel and its filter, personal notes.
#include "../core/pdf_fixtures.h"
#include "annotations/annotationcontroller.h"
#include "annotations/annotationoverlay.h"
#include "annotations/annotationpanel.h"
#include "annotations/annotationtoolbar.h"
#include "annotations/personalnoteseditor.h"
#include "meeting_core/store/database.h"
#include "viewer/documentview.h"
#include "viewer/pageview.h"

#include <QApplication>
#include <QMainWindow>
#include <QSplitter>
#include <QTabletEvent>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <catch2/catch.hpp>

using namespace phonghop;
using namespace phonghop::ui;
namespace fx = phonghop::test::pdf;

namespace {
struct Fixture {
    QTemporaryDir dir;
    Database db = Database::openInMemory();
    AnnotationStore store { db };
    QMainWindow window;
    DocumentView *view = new DocumentView;
    AnnotationController controller { view, store, QStringLiteral("lan") };
    QSet<int> rendered;
    Fixture()
    {
        auto *splitter = new QSplitter;
        splitter->addWidget(view);
        splitter->addWidget(controller.panel());
        window.setCentralWidget(splitter);
        window.addToolBar(controller.toolBar());
        window.resize(1280, 800);
        window.show();
        QObject::connect(
            view, &DocumentView::pageRendered, [this](int page) { rendered.insert(page); });
        const QString path = dir.filePath(QStringLiteral("to-trinh.pdf"));
        fx::writeTextPdf(path, 3);
        int opened = -1;
        QObject::connect(
            view, &DocumentView::documentOpened, [&opened](int count) { opened = count; });
        view->openDocument(path, QStringLiteral("Tờ trình"));
        REQUIRE(fx::waitUntil([&] { return opened > 0; }));
        controller.openDocument(QStringLiteral("doc-1"), 1);
        REQUIRE(fx::waitUntil([&] { return rendered.contains(0); }));
    }
    QWidget *viewport() const { return view->pageView()->viewport(); }
    QPoint at(double x, double y) const
    {
        const QSizeF size = view->pageView()->pagePointSize(0);
        return view->pageView()->mapFromPage(0, QPointF(x * size.width(), y * size.height()));
    }
    void drag(QPointF from, QPointF to, int steps = 10)
    {
        QTest::mousePress(viewport(), Qt::LeftButton, {}, at(from.x(), from.y()));
        for (int i = 1; i <= steps; ++i) {
            const QPointF p = from + (to - from) * (double(i) / steps);
            QMouseEvent move(QEvent::MouseMove, at(p.x(), p.y()),
                viewport()->mapToGlobal(at(p.x(), p.y())), Qt::NoButton, Qt::LeftButton,
                Qt::NoModifier);
            QApplication::sendEvent(viewport(), &move);
        }
        QTest::mouseRelease(viewport(), Qt::LeftButton, {}, at(to.x(), to.y()));
    }
};
} // namespace

TEST_CASE("A pen stroke drawn with the mouse is stored on its page and undone by Ctrl+Z, redone by "
          "Ctrl+Shift+Z",
    "[annotations][ui]")
{
    Fixture f;
    f.controller.overlay()->setTool(AnnotationOverlay::Tool::Pen);
    f.drag({ 0.2, 0.3 }, { 0.5, 0.35 });
    REQUIRE(f.store.count({ QStringLiteral("lan"), QStringLiteral("doc-1"), 1 }) == 1);
    const Annotation ink = f.controller.session()->annotations().first();
    CHECK(ink.type == AnnotationType::Ink);
    CHECK(ink.page == 0);
    CHECK(ink.boundingRect().left() == Approx(0.2).margin(0.01));
    CHECK(ink.boundingRect().right() == Approx(0.5).margin(0.01));
    CHECK(f.controller.panel()->visibleCount() == 1);

    QTest::keyClick(&f.window, Qt::Key_Z, Qt::ControlModifier);
    CHECK(f.store.count({ QStringLiteral("lan"), QStringLiteral("doc-1"), 1 }) == 0);
    CHECK(f.controller.panel()->visibleCount() == 0);
    QTest::keyClick(&f.window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(f.store.count({ QStringLiteral("lan"), QStringLiteral("doc-1"), 1 }) == 1);
}

TEST_CASE("Tablet pen pressure is kept per point of a stroke", "[annotations][ui]")
{
    Fixture f;
    f.controller.overlay()->setTool(AnnotationOverlay::Tool::Pen);
    const QPointingDevice *pen = QPointingDevice::primaryPointingDevice();
    auto send = [&](QEvent::Type type, QPointF n, double pressure) {
        const QPointF p = f.at(n.x(), n.y());
        QTabletEvent event(type, pen, p, f.viewport()->mapToGlobal(p), pressure, 0, 0, 0, 0, 0,
            Qt::NoModifier, type == QEvent::TabletRelease ? Qt::LeftButton : Qt::LeftButton,
            type == QEvent::TabletRelease ? Qt::NoButton : Qt::LeftButton);
        QApplication::sendEvent(f.viewport(), &event);
    };
    send(QEvent::TabletPress, { 0.3, 0.5 }, 0.2);
    send(QEvent::TabletMove, { 0.35, 0.52 }, 0.5);
    send(QEvent::TabletMove, { 0.4, 0.54 }, 0.9);
    send(QEvent::TabletRelease, { 0.45, 0.56 }, 0.9);
    REQUIRE(f.controller.session()->annotations().size() == 1);
    const InkStroke stroke = f.controller.session()->annotations().first().strokes.first();
    REQUIRE(stroke.points.size() == 4);
    CHECK(stroke.points.first().pressure == Approx(0.2f));
    CHECK(stroke.points[2].pressure == Approx(0.9f));
}

TEST_CASE("Dragging a selected note moves it in one undo step", "[annotations][ui]")
{
    Fixture f;
    f.controller.overlay()->askText
        = [](const QString &) { return QStringLiteral("Hỏi lại về kinh phí"); };
    f.controller.overlay()->setTool(AnnotationOverlay::Tool::Note);
    QTest::mouseClick(f.viewport(), Qt::LeftButton, {}, f.at(0.5, 0.5));
    REQUIRE(f.controller.session()->annotations().size() == 1);
    const QString id = f.controller.session()->annotations().first().id;
    const int steps = f.controller.session()->undoStack()->count();

    f.controller.overlay()->setTool(AnnotationOverlay::Tool::Select);
    f.drag({ 0.51, 0.51 }, { 0.61, 0.71 }, 15);
    CHECK(f.controller.overlay()->selectedId() == id);
    const Annotation *moved = f.controller.session()->find(id);
    CHECK(moved->rect.x() == Approx(0.6).margin(0.005));
    CHECK(moved->rect.y() == Approx(0.7).margin(0.005));
    CHECK(f.controller.session()->undoStack()->count() == steps + 1);
    f.controller.toolBar()->undoAction()->trigger();
    CHECK(f.controller.session()->find(id)->rect.x() == Approx(0.5).margin(0.005));

    // Recolour and delete the selection.
    f.controller.overlay()->select(id);
    f.controller.overlay()->setColor(QColor(100, 180, 255));
    CHECK(f.controller.session()->find(id)->color == QColor(100, 180, 255));
    f.controller.overlay()->deleteSelected();
    CHECK(f.controller.session()->find(id) == nullptr);
}

TEST_CASE("Selecting text with the highlight tool makes a highlight that quotes the selected words",
    "[annotations][ui]")
{
    Fixture f;
    f.controller.overlay()->setTool(AnnotationOverlay::Tool::Highlight);
    // Text arrives from the worker; select over the first line of text.
    PageView *pages = f.view->pageView();
    const QSizeF size = pages->pagePointSize(0);
    REQUIRE(fx::waitUntil([&] {
        f.drag({ 0.05, 0.09 }, { 0.9, 0.11 }, 5);
        return !f.controller.session()->annotations().isEmpty();
    }));
    const Annotation a = f.controller.session()->annotations().first();
    CHECK(a.type == AnnotationType::Highlight);
    CHECK_FALSE(a.quads.isEmpty());
    CHECK_FALSE(a.anchor.quote.isEmpty());
    CHECK_FALSE(pages->hasSelection());
    (void)size;
}

TEST_CASE("The panel filters by type and text and lists annotations needing review apart",
    "[annotations][ui]")
{
    Fixture f;
    AnnotationSession *session = f.controller.session();
    Annotation note;
    note.type = AnnotationType::Note;
    note.rect = QRectF(0.1, 0.1, 0.03, 0.02);
    note.contents = QStringLiteral("Kinh phí quý III");
    session->add(note);
    Annotation text;
    text.type = AnnotationType::FreeText;
    text.page = 1;
    text.rect = QRectF(0.1, 0.3, 0.3, 0.05);
    text.contents = QStringLiteral("Đề nghị làm rõ");
    session->add(text);
    Annotation lost;
    lost.type = AnnotationType::Highlight;
    lost.quads = { QRectF(0.1, 0.5, 0.3, 0.02) };
    lost.anchor.quote = QStringLiteral("câu đã bị viết lại");
    lost.needsReview = true;
    lost.reviewReason = QStringLiteral("text not found");
    lost.sourcePage = 2;
    session->add(lost);

    AnnotationPanel *panel = f.controller.panel();
    CHECK(panel->visibleCount() == 2);
    CHECK(panel->reviewCount() == 1);
    panel->setTypeFilter(int(AnnotationType::FreeText));
    CHECK(panel->visibleCount() == 1);
    panel->setTypeFilter(-1);
    panel->setTextFilter(QStringLiteral("kinh phí"));
    CHECK(panel->visibleCount() == 1);
    panel->setTextFilter({});

    // Placing the reviewed one puts it on the current page and out of the review list.
    panel->reviewList()->setCurrentItem(panel->reviewList()->topLevelItem(0));
    panel->setCurrentPage(2);
    session->placeReviewed(lost.id.isEmpty() ? session->needingReview().first().id : lost.id, 2);
    CHECK(panel->reviewCount() == 0);
    CHECK(panel->visibleCount() == 3);

    f.window.grab().save(QStringLiteral("/tmp/annotation-panel.png"));
}

TEST_CASE("Personal notes on a meeting and on an agenda item are kept apart and saved",
    "[annotations][ui]")
{
    Database db = Database::openInMemory();
    AnnotationStore store(db);
    {
        PersonalNotesEditor editor(store, QStringLiteral("lan"));
        editor.setSubject(QStringLiteral("hop-1"), {}, QStringLiteral("Họp thường kỳ"));
        editor.setText(QStringLiteral("Chuẩn bị ý kiến về ngân sách"));
        editor.setSubject(
            QStringLiteral("hop-1"), QStringLiteral("muc-1"), QStringLiteral("Mục 1"));
        editor.setText(QStringLiteral("Hỏi về tiến độ"));
    } // destroyed: saves what was typed
    CHECK(store.personalNote(QStringLiteral("lan"), QStringLiteral("hop-1"))
        == QStringLiteral("Chuẩn bị ý kiến về ngân sách"));
    CHECK(
        store.personalNote(QStringLiteral("lan"), QStringLiteral("hop-1"), QStringLiteral("muc-1"))
        == QStringLiteral("Hỏi về tiến độ"));
}

TEST_CASE("An exported copy opens with its annotations listed as coming from the PDF, a bad folder "
          "gives a message",
    "[annotations][ui]")
{
    Fixture f;
    f.controller.overlay()->setTool(AnnotationOverlay::Tool::Pen);
    f.drag({ 0.2, 0.3 }, { 0.5, 0.35 });
    f.controller.overlay()->askText
        = [](const QString &) { return QStringLiteral("Đề nghị bổ sung số liệu"); };
    f.controller.overlay()->setTool(AnnotationOverlay::Tool::FreeText);
    QTest::mouseClick(f.viewport(), Qt::LeftButton, {}, f.at(0.2, 0.5));
    f.controller.overlay()->setTool(AnnotationOverlay::Tool::Highlight);
    REQUIRE(fx::waitUntil([&] {
        f.drag({ 0.05, 0.09 }, { 0.9, 0.11 }, 5);
        return f.controller.session()->annotations().size() >= 3;
    }));
    QTest::qWait(50);
    f.window.grab().save(QStringLiteral("/tmp/annotation-drawn.png"));
    INFO(f.controller.session()->annotations().size());
    const int mine = int(f.controller.session()->annotations().size());

    const QString copy = f.dir.filePath(QStringLiteral("ban-cua-toi.pdf"));
    REQUIRE(f.controller.exportCopy(copy, QStringLiteral("Lan")).ok());
    CHECK_FALSE(
        f.controller
            .exportCopy(f.dir.filePath(QStringLiteral("to-trinh.pdf/x.pdf")), QStringLiteral("Lan"))
            .ok());

    int embedded = -1;
    QObject::connect(&f.controller, &AnnotationController::embeddedAnnotationsRead,
        [&](int n) { embedded = n; });
    f.view->openDocument(copy, QStringLiteral("Bản của tôi"));
    f.controller.openDocument(QStringLiteral("doc-copy"), 1, copy);
    REQUIRE(fx::waitUntil([&] { return embedded >= 0; }));
    CHECK(embedded == mine);
    CHECK(f.controller.panel()->visibleCount() == mine);
    CHECK(f.controller.session()->annotations().isEmpty()); // mine are per document id
}
