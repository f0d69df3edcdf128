// The delegate's first minutes, offscreen: a synced share opens in the main window, an agenda
// item shows its document, and page 1 is really painted.
#include <catch2/catch.hpp>

#include "comments/documentcommentsdialog.h"
#include "mainwindow/agendamodel.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/startupoptions.h"
#include "meeting_core/annotations/documentcomments.h"
#include "meeting_core/demo/documentgenerator.h"
#include "meeting_core/desk/desk.h"
#include "meeting_core/share/sharewriter.h"
#include "meeting_core/store/meetingcache.h"
#include "meeting_core/store/outbox.h"
#include "meeting_core/sync/syncengine.h"
#include "meeting_core/sync/syncservice.h"
#include "testsupport.h"
#include "viewer/documentview.h"

#include <QListView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace phonghop;

namespace {

// Share with one meeting whose item 2 has a real Vietnamese PDF and item 3 a broken one.
struct SyncedShare {
    test::TestShare share;
    QTemporaryDir cacheDir;
    std::unique_ptr<MeetingCache> cache;

    SyncedShare()
    {
        Meeting meeting = share.makeMeeting(QStringLiteral("ubnd-2026-12-04"), 0);
        QTemporaryDir staging;
        GeneratedDocument content;
        content.agency = QStringLiteral("ỦY BAN NHÂN DÂN XÃ TÂN PHÚ");
        content.number = QStringLiteral("Số: 12/TTr-UBND");
        content.kindTitle = QStringLiteral("TỜ TRÌNH");
        content.subject = QStringLiteral("Về đề án xây dựng nông thôn mới");
        content.minimumPages = 2;
        const QString pdf = staging.filePath(QStringLiteral("to-trinh.pdf"));
        REQUIRE(documentgenerator::writeTextDocument(pdf, content).ok());
        meeting.documents << share.addDocument(
            QStringLiteral("d-good"), QStringLiteral("i2"), test::readFile(pdf));
        meeting.documents << share.addDocument(QStringLiteral("d-broken"), QStringLiteral("i3"),
            QByteArray("%PDF-1.7\nthis is not really a PDF\n"));
        share.publish(meeting);
        auto opened = MeetingCache::open(cacheDir.path());
        REQUIRE(opened.ok());
        cache = std::move(opened).value();
        test::pinTestOrganisation(*cache);
        REQUIRE(SyncEngine(*cache, share.root()).run().complete());
    }
};

bool waitFor(QSignalSpy &spy, int count = 1)
{
    for (int i = 0; i < 300 && spy.size() < count; ++i)
        spy.wait(100);
    return spy.size() >= count;
}

// Waits until the page with this index was painted (other visible pages may come first).
bool waitForPage(QSignalSpy &rendered, int page)
{
    for (int i = 0; i < 300; ++i) {
        for (const QList<QVariant> &arguments : std::as_const(rendered)) {
            if (arguments.at(0).toInt() == page)
                return true;
        }
        rendered.wait(100);
    }
    return false;
}

bool isBlank(const QImage &image)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    for (int y = 0; y < gray.height(); ++y) {
        const uchar *line = gray.constScanLine(y);
        for (int x = 0; x < gray.width(); ++x) {
            if (line[x] < 128)
                return false;
        }
    }
    return true;
}

QModelIndex agendaRowOf(const QAbstractItemModel &model, const QString &itemId)
{
    const QModelIndexList found = model.match(model.index(0, 0), ui::AgendaModel::AgendaItemIdRole,
        itemId, 1, Qt::MatchExactly | Qt::MatchRecursive);
    REQUIRE(found.size() == 1);
    return found.first();
}

} // namespace

TEST_CASE("Selecting an agenda item shows its document's first page", "[ui]")
{
    SyncedShare fixture;
    SyncService sync(fixture.cacheDir.path(), fixture.share.root());
    ui::MainWindow window(*fixture.cache, sync, nullptr);
    window.show();

    REQUIRE(window.meetingList()->model()->rowCount() == 1);
    CHECK(window.currentMeetingId() == QStringLiteral("ubnd-2026-12-04"));
    ui::DocumentView *view = window.documentView();
    // Start from the other item, whose document cannot be shown.
    QSignalSpy failed(view, &ui::DocumentView::documentFailed);
    const QModelIndex other = agendaRowOf(*window.agendaTree()->model(), QStringLiteral("i3"));
    Q_EMIT window.agendaTree()->activated(other);
    REQUIRE(waitFor(failed));
    QSignalSpy rendered(view, &ui::DocumentView::pageRendered);

    const QModelIndex item = agendaRowOf(*window.agendaTree()->model(), QStringLiteral("i2"));
    window.agendaTree()->setCurrentIndex(item);
    Q_EMIT window.agendaTree()->activated(item);
    REQUIRE(waitForPage(rendered, 0));
    CHECK(view->pageCount() >= 2);
    CHECK(view->documentTitle().contains(QStringLiteral("d-good")));
    const QImage page = view->renderedPageImage(0);
    REQUIRE_FALSE(page.isNull());
    CHECK_FALSE(isBlank(page));
}

TEST_CASE("A document Poppler cannot open gives a visible message, not a crash", "[ui]")
{
    SyncedShare fixture;
    SyncService sync(fixture.cacheDir.path(), fixture.share.root());
    ui::MainWindow window(*fixture.cache, sync, nullptr);
    window.show();
    QSignalSpy failed(window.documentView(), &ui::DocumentView::documentFailed);
    window.openDocument(QStringLiteral("d-broken"));
    REQUIRE(waitFor(failed));
    CHECK_FALSE(window.documentView()->message().isEmpty());
    CHECK_FALSE(window.bannerText().isEmpty());
}

TEST_CASE("The window keeps working from the cache when the share is gone", "[ui]")
{
    SyncedShare fixture;
    SyncService sync(fixture.cacheDir.path(), fixture.share.root() + QStringLiteral("/unplugged"));
    ui::MainWindow window(*fixture.cache, sync, nullptr);
    window.show();
    QSignalSpy finished(&sync, &SyncService::syncFinished);
    sync.start();
    REQUIRE(waitFor(finished));
    CHECK_FALSE(sync.isOnline());
    // The window hears of the sync's end through the desk, a few turns of the event loop later.
    for (int waited = 0; waited < 500 && !window.bannerText().contains(QStringLiteral("Offline"));
         ++waited)
        QTest::qWait(20);
    CHECK(window.bannerText().contains(QStringLiteral("Offline")));
    CHECK(window.meetingList()->model()->rowCount() == 1);
    CHECK(window.agendaTree()->model()->rowCount() == 3);
}

TEST_CASE("The command line opens a share, a cache, or one PDF file", "[ui]")
{
    using ui::StartupOptions;
    const StartupOptions share = StartupOptions::parse({ QStringLiteral("--share"),
        QStringLiteral("/mnt/phonghop"), QStringLiteral("--cache"), QStringLiteral("/tmp/c") });
    CHECK(share.error.isEmpty());
    CHECK(share.sharePath == QStringLiteral("/mnt/phonghop"));
    CHECK(share.cachePath == QStringLiteral("/tmp/c"));
    CHECK(StartupOptions::parse({ QStringLiteral("file:///home/an/T%E1%BB%9D%20tr%C3%ACnh.pdf") })
              .pdfFile
        == QStringLiteral("/home/an/Tờ trình.pdf"));
    CHECK_FALSE(StartupOptions::parse({ QStringLiteral("--share") }).error.isEmpty());
    CHECK_FALSE(StartupOptions::parse({ QStringLiteral("--bogus") }).error.isEmpty());
}

TEST_CASE("The secretary sees a delegate's comment on a document, grouped by delegate", "[ui]")
{
    SyncedShare fixture;
    const Meeting meeting = fixture.cache->meeting(QStringLiteral("ubnd-2026-12-04")).value();
    const DocumentRef document = meeting.documents.first();
    // A delegate comments; the comment waits in the outbox and reaches the share at the sync.
    DocumentComment comment;
    comment.meetingId = meeting.id;
    comment.documentId = document.id;
    comment.documentVersion = document.version;
    comment.page = 1;
    comment.quote = QStringLiteral("đề án xây dựng nông thôn mới");
    comment.text = QStringLiteral("Đề nghị bổ sung kinh phí thực hiện năm 2027.");
    comment.authorName = QStringLiteral("Trần Thị Bình");
    comment.createdAt = QDateTime::currentDateTime();
    Outbox outbox(fixture.cache->database());
    REQUIRE(submitDocumentComment(outbox, SigningKey::generate(), comment).ok());
    REQUIRE(SyncEngine(*fixture.cache, fixture.share.root()).run().recordsDelivered == 1);

    // The dialog reads the share through the desk, off the GUI thread.
    SyncService sync(fixture.cacheDir.path(), fixture.share.root());
    Desk desk(*fixture.cache, sync);
    ui::DocumentCommentsDialog dialog(desk, meeting.id, document.id, document.title);
    QSignalSpy loaded(&dialog, &ui::DocumentCommentsDialog::commentsLoaded);
    REQUIRE(waitFor(loaded));
    CHECK(dialog.commentCount() == 1);
    ui::DocumentCommentsDialog other(
        desk, meeting.id, meeting.documents.last().id, QStringLiteral("x"));
    QSignalSpy otherLoaded(&other, &ui::DocumentCommentsDialog::commentsLoaded);
    REQUIRE(waitFor(otherLoaded));
    CHECK(other.commentCount() == 0);
}
