// Issue 4 follow-up: an annotation carry-over could not place is reviewed beside the version it
// came from. Two generated versions (3 pages, then 2), a highlight of "Trang 3" that the new
// version no longer has, carried over for real so it is marked needsReview.
#include "../core/pdf_fixtures.h"
#include "annotations/annotationcontroller.h"
#include "annotations/annotationpanel.h"
#include "annotations/annotationreviewview.h"
#include "i18n/languageloader.h"
#include "meeting_core/annotations/carryover.h"
#include "meeting_core/store/database.h"
#include "viewer/documentview.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QPushButton>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <catch2/catch.hpp>

using namespace phonghop;
using namespace phonghop::ui;
namespace fx = phonghop::test::pdf;

namespace {
const QString owner = QStringLiteral("lan");
const QString documentId = QStringLiteral("to-trinh");

void screenshot(QWidget &w, const char *name)
{
    const QByteArray dir = qgetenv("PHONGHOP_SCREENSHOT_DIR");
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    if (!dir.isEmpty())
        w.grab().save(QString::fromLocal8Bit(dir) + u'/' + QString::fromLatin1(name)
            + QStringLiteral(".png"));
}

// Pixels darker than mid grey: text and the fixture's filled rectangle, absent on a blank page.
int darkPixels(const QImage &image)
{
    int n = 0;
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < rgb.height(); ++y)
        for (int x = 0; x < rgb.width(); ++x)
            n += qGray(rgb.pixel(x, y)) < 100;
    return n;
}

// Pixels of the highlight's yellow inside a widget rectangle.
int yellowPixels(const QImage &image, const QRect &area)
{
    int n = 0;
    for (int y = std::max(0, area.top()); y <= std::min(image.height() - 1, area.bottom()); ++y)
        for (int x = std::max(0, area.left()); x <= std::min(image.width() - 1, area.right());
             ++x) {
            const QColor c = image.pixelColor(x, y);
            n += c.red() > 200 && c.green() > 170 && c.blue() < 120;
        }
    return n;
}

struct Versions {
    QTemporaryDir dir;
    QString v1 = dir.filePath(QStringLiteral("v1.pdf"));
    QString v2 = dir.filePath(QStringLiteral("v2.pdf"));
    Database db = Database::openInMemory();
    AnnotationStore store { db };
    QMainWindow window;
    DocumentView *view = new DocumentView;
    AnnotationController controller { view, store, owner };

    // Highlights "Trang 3" (page 3 of version 1) plus a note on page 3; version 2 drops the page.
    Versions()
    {
        fx::writeTextPdf(v1, 3);
        fx::writeTextPdf(v2, 2);
        const auto oldText = DocumentText::load(v1);
        REQUIRE(oldText.ok());
        const QSizeF size = oldText.value().sizes[2];
        const auto hits = oldText.value().pages[2].find(QStringLiteral("Trang 3"), true);
        REQUIRE(hits.size() == 1);
        Annotation highlight;
        highlight.id = QStringLiteral("hl-trang-3");
        highlight.type = AnnotationType::Highlight;
        highlight.page = 2;
        for (const QRectF &r : hits.first())
            highlight.quads.append(QRectF(r.x() / size.width(), r.y() / size.height(),
                r.width() / size.width(), r.height() / size.height()));
        highlight.anchor.quote = QStringLiteral("Trang 3");
        highlight.contents = QStringLiteral("Trang này còn không?");
        store.save({ owner, documentId, 1 }, highlight);

        const auto carried = carryOverToVersion(store, owner, documentId, 1, v1, 2, v2);
        REQUIRE(carried.ok());
        REQUIRE(carried.value() == 1);
        REQUIRE(stored("hl-trang-3")->needsReview);

        auto *splitter = new QSplitter;
        splitter->addWidget(view);
        splitter->addWidget(controller.panel());
        window.setCentralWidget(splitter);
        window.resize(1100, 700);
        window.show();
        int opened = -1;
        QObject::connect(
            view, &DocumentView::documentOpened, [&opened](int count) { opened = count; });
        view->openDocument(v2, QStringLiteral("Tờ trình (bản 2)"));
        REQUIRE(fx::waitUntil([&] { return opened > 0; }));
        controller.setVersionLocator([this](const QString &id, int version) {
            return id == documentId && version == 1 ? v1 : QString();
        });
        controller.openDocument(documentId, 2, v2);
    }

    std::optional<Annotation> stored(const QString &id)
    {
        return store.annotation({ owner, documentId, 2 }, id);
    }

    // Opens the review from the panel, as the delegate does, and waits for both pages.
    AnnotationReviewView *openReview()
    {
        AnnotationPanel *panel = controller.panel();
        REQUIRE(panel->reviewCount() == 1);
        screenshot(window, "annotation-review-panel");
        auto *button = panel->findChild<QPushButton *>(QStringLiteral("reviewSideBySide"));
        REQUIRE(button);
        REQUIRE(button->isVisibleTo(panel));
        QTest::mouseClick(button, Qt::LeftButton);
        auto *review = window.findChild<AnnotationReviewView *>();
        REQUIRE(review);
        REQUIRE(review->isVisible());
        review->activateWindow(); // its shortcuts work in its own window
        REQUIRE(QTest::qWaitForWindowActive(review));
        REQUIRE(fx::waitUntil([&] {
            return !review->oldPage()->pageImage().isNull()
                && !review->newPage()->pageImage().isNull();
        }));
        QCoreApplication::processEvents();
        return review;
    }
};
} // namespace

TEST_CASE(
    "The review view shows the old page with the annotation in place beside the proposed new page",
    "[annotations][ui][review]")
{
    Versions f;
    AnnotationReviewView *review = f.openReview();
    CHECK(review->currentId() == QStringLiteral("hl-trang-3"));
    CHECK(review->oldPage()->page() == 2);
    // Carry-over kept its old page (3), which version 2 lacks: the proposal is the last page.
    CHECK(review->newPage()->page() == 1);
    CHECK(review->targetPage() == 1);

    // Both pages are really rendered, not blank placeholders.
    CHECK(darkPixels(review->oldPage()->pageImage()) > 200);
    CHECK(darkPixels(review->newPage()->pageImage()) > 200);

    // The highlight is drawn on the old page where it was ("Trang 3" near the top left).
    const Annotation a = *f.stored(QStringLiteral("hl-trang-3"));
    const QImage old = review->oldPage()->grab().toImage();
    const QRect where(review->oldPage()->widgetPoint(a.boundingRect().topLeft()),
        review->oldPage()->widgetPoint(a.boundingRect().bottomRight()));
    CHECK(yellowPixels(old, where) > where.width() * where.height() / 4);
    // ...and not somewhere else on that page.
    const QRect elsewhere = where.translated(0, where.height() * 12);
    CHECK(yellowPixels(old, elsewhere) == 0);
    review->resize(1200, 860);
    screenshot(*review, "annotation-review-side-by-side");
}

TEST_CASE("Place here puts the annotation where the delegate tapped on the new version and clears "
          "needsReview, and "
          "Ctrl+Z brings it back to review",
    "[annotations][ui][review]")
{
    Versions f;
    AnnotationReviewView *review = f.openReview();
    const NormalizedRect before = f.stored(QStringLiteral("hl-trang-3"))->boundingRect();

    // The delegate goes to the first page and taps where the highlight belongs.
    QTest::mouseClick(
        review->findChild<QPushButton *>(QStringLiteral("reviewPreviousPage")), Qt::LeftButton);
    CHECK(review->targetPage() == 0);
    REQUIRE(fx::waitUntil([&] { return review->newPage()->showsPage(); }));
    CHECK(darkPixels(review->newPage()->pageImage()) > 200);
    QTest::mouseClick(
        review->newPage(), Qt::LeftButton, {}, review->newPage()->widgetPoint({ 0.5, 0.6 }));
    CHECK(review->targetPoint().x() == Approx(0.5).margin(0.01));
    CHECK(review->targetPoint().y() == Approx(0.6).margin(0.01));
    screenshot(*review, "annotation-review-target");
    QTest::mouseClick(
        review->findChild<QPushButton *>(QStringLiteral("reviewPlace")), Qt::LeftButton);

    const std::optional<Annotation> placed = f.stored(QStringLiteral("hl-trang-3"));
    REQUIRE(placed);
    CHECK_FALSE(placed->needsReview);
    CHECK(placed->reviewReason.isEmpty());
    CHECK(placed->page == 0);
    CHECK(placed->boundingRect().center().x() == Approx(0.5).margin(0.01));
    CHECK(placed->boundingRect().center().y() == Approx(0.6).margin(0.01));
    CHECK(placed->boundingRect().width()
        == Approx(before.width()).margin(0.001)); // moved, not stretched
    CHECK(f.controller.panel()->reviewCount() == 0);
    CHECK_FALSE(review->findChild<QPushButton *>(QStringLiteral("reviewPlace"))->isEnabled());
    screenshot(*review, "annotation-review-done");

    QTest::keyClick(review, Qt::Key_Z, Qt::ControlModifier);
    const std::optional<Annotation> undone = f.stored(QStringLiteral("hl-trang-3"));
    REQUIRE(undone);
    CHECK(undone->needsReview);
    CHECK(undone->boundingRect().center().y() == Approx(before.center().y()).margin(0.001));
    CHECK(review->currentId() == QStringLiteral("hl-trang-3"));
    CHECK(review->findChild<QPushButton *>(QStringLiteral("reviewPlace"))->isEnabled());
}

TEST_CASE("Discard removes the annotation from the store, and so does the Delete key",
    "[annotations][ui][review]")
{
    Versions f;
    // A note the delegate drew on the new version before reviewing: the review's Undo leaves it.
    Annotation drawn;
    drawn.type = AnnotationType::Note;
    drawn.rect = QRectF(0.1, 0.8, 0.03, 0.02);
    drawn.contents = QStringLiteral("Ghi chú mới");
    REQUIRE(f.controller.session()->add(drawn));
    AnnotationReviewView *review = f.openReview();
    auto *undo = review->findChild<QPushButton *>(QStringLiteral("reviewUndo"));
    CHECK_FALSE(undo->isEnabled());
    QTest::keyClick(review, Qt::Key_Z, Qt::ControlModifier);
    CHECK(f.store.count({ owner, documentId, 2 }) == 2);

    QTest::mouseClick(
        review->findChild<QPushButton *>(QStringLiteral("reviewDiscard")), Qt::LeftButton);
    CHECK_FALSE(f.stored(QStringLiteral("hl-trang-3")));
    CHECK(f.store.count({ owner, documentId, 2 }) == 1);
    CHECK(f.controller.panel()->reviewCount() == 0);
    CHECK(undo->isEnabled());

    QTest::mouseClick(undo, Qt::LeftButton);
    REQUIRE(f.stored(QStringLiteral("hl-trang-3")));
    CHECK(f.stored(QStringLiteral("hl-trang-3"))->needsReview);
    QTest::keyClick(review, Qt::Key_Delete);
    CHECK_FALSE(f.stored(QStringLiteral("hl-trang-3")));
    CHECK(f.store.count({ owner, documentId, 2 }) == 1); // the drawn note stays
}

TEST_CASE(
    "Keep as note turns the annotation into a note with its quoted words on the chosen new page",
    "[annotations][ui][review]")
{
    Versions f;
    AnnotationReviewView *review = f.openReview();
    review->setTarget(0, { 0.9, 0.1 });
    QTest::keyClick(review, Qt::Key_N);
    const std::optional<Annotation> note = f.stored(QStringLiteral("hl-trang-3"));
    REQUIRE(note);
    CHECK(note->type == AnnotationType::Note);
    CHECK_FALSE(note->needsReview);
    CHECK(note->page == 0);
    CHECK(note->contents.contains(QStringLiteral("Trang 3")));
    CHECK(note->contents.contains(QStringLiteral("Trang này còn không?")));
    CHECK(note->rect.center().x() == Approx(0.9).margin(0.01));
    CHECK(note->rect.center().y() == Approx(0.1).margin(0.01));
}

TEST_CASE("Without the old version's file the panel does not offer the side-by-side review",
    "[annotations][ui][review]")
{
    Versions f;
    f.controller.setVersionLocator({});
    auto *button
        = f.controller.panel()->findChild<QPushButton *>(QStringLiteral("reviewSideBySide"));
    REQUIRE(button);
    CHECK_FALSE(button->isVisibleTo(f.controller.panel()));
}

TEST_CASE("In Vietnamese the review reads in Vietnamese, the reason from carry-over included",
    "[annotations][ui][review]")
{
    ui::LanguageLoader language;
    REQUIRE(language.load(QStringLiteral("vi")));
    {
        Versions f; // carry-over runs in Vietnamese too: its reason is stored translated
        AnnotationReviewView *review = f.openReview();
        CHECK(review->findChild<QPushButton *>(QStringLiteral("reviewPlace"))->text()
            == QStringLiteral("Đặt vào đây"));
        CHECK(review->findChild<QPushButton *>(QStringLiteral("reviewKeepAsNote"))->text()
            == QStringLiteral("Giữ thành ghi chú"));
        CHECK(review->findChild<QPushButton *>(QStringLiteral("reviewDiscard"))->text()
            == QStringLiteral("Bỏ đi"));
        auto *reason = review->findChild<QLabel *>(QStringLiteral("reviewReason"));
        REQUIRE(reason);
        CHECK(reason->text().startsWith(QStringLiteral("Lý do cần xem lại:")));
        review->resize(1200, 860);
        screenshot(*review, "annotation-review-vi");
    }
    language.load(QStringLiteral("en"));
}
