// Issue 16: a past meeting's document that eviction deleted from this seat. Opening it says so
// and offers to fetch it again; once fetched (verified) it opens, and a refusal leaves it out.
#include <catch2/catch.hpp>

#include "mainwindow/agendamodel.h"
#include "mainwindow/mainwindow.h"
#include "meeting_core/annotations/annotationstore.h"
#include "meeting_core/demo/documentgenerator.h"
#include "meeting_core/store/cacheretention.h"
#include "meeting_core/store/meetingcache.h"
#include "meeting_core/sync/syncengine.h"
#include "meeting_core/sync/syncservice.h"
#include "testsupport.h"
#include "viewer/documentview.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

using namespace phonghop;

namespace {

QModelIndex agendaRowOf(const QAbstractItemModel &model, const QString &itemId)
{
    const QModelIndexList found = model.match(model.index(0, 0), ui::AgendaModel::AgendaItemIdRole,
        itemId, 1, Qt::MatchExactly | Qt::MatchRecursive);
    REQUIRE(found.size() == 1);
    return found.first();
}

// Answers every "evicted document" question with the button whose text starts with `answer`
// (the window may ask as soon as it opens the meeting's first document), and keeps what it said.
struct Responder {
    QString answer;
    QStringList asked;
    QTimer timer;

    Responder()
    {
        timer.setInterval(20);
        QObject::connect(&timer, &QTimer::timeout, [this] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || box->objectName() != u"evictedDocumentQuestion")
                return;
            for (QAbstractButton *button : box->buttons()) {
                if (button->text().remove(u'&').startsWith(answer)) {
                    asked << box->text();
                    button->click();
                    return;
                }
            }
        });
        timer.start();
    }
};

} // namespace

TEST_CASE("An evicted document says so, is fetched again on request and then opens", "[ui][cache]")
{
    test::TestShare share;
    Meeting meeting = share.makeMeeting(QStringLiteral("ubnd-2026-05-04"), 0);
    meeting.start = QDateTime::currentDateTimeUtc().addDays(-200);
    meeting.end = meeting.start.addSecs(3 * 3600);
    QTemporaryDir staging;
    GeneratedDocument content;
    content.agency = QStringLiteral("ỦY BAN NHÂN DÂN XÃ TÂN PHÚ");
    content.number = QStringLiteral("Số: 7/TTr-UBND");
    content.kindTitle = QStringLiteral("TỜ TRÌNH");
    content.subject = QStringLiteral("Về kế hoạch năm");
    const QString pdf = staging.filePath(QStringLiteral("to-trinh.pdf"));
    REQUIRE(documentgenerator::writeTextDocument(pdf, content).ok());
    const DocumentRef document
        = share.addDocument(QStringLiteral("d-old"), QStringLiteral("i2"), test::readFile(pdf));
    meeting.documents << document;
    share.publish(meeting);

    QTemporaryDir cacheDir;
    auto opened = MeetingCache::open(cacheDir.path());
    REQUIRE(opened.ok());
    MeetingCache &cache = *opened.value();
    test::pinTestOrganisation(cache);
    REQUIRE(SyncEngine(cache, share.root()).run().complete());
    REQUIRE(cache.objects().contains(document.sha256));
    const Result<EvictionResult> evicted = CacheRetention(cache).evict(90);
    REQUIRE(evicted.ok());
    REQUIRE(evicted->objectsDeleted == 1);

    Responder responder;
    responder.answer = QStringLiteral("Cancel");
    SyncService sync(cacheDir.path(), share.root());
    ui::MainWindow window(cache, sync, nullptr);
    window.show();
    REQUIRE(window.currentMeetingId() == meeting.id);
    ui::DocumentView *view = window.documentView();
    const QModelIndex row = agendaRowOf(*window.agendaTree()->model(), QStringLiteral("i2"));

    // Refused: the document stays out, the viewer says why.
    Q_EMIT window.agendaTree()->activated(row);
    REQUIRE_FALSE(responder.asked.isEmpty());
    CHECK(responder.asked.last().contains(QStringLiteral("removed from this computer")));
    CHECK_FALSE(cache.objects().contains(document.sha256));

    // Accepted: fetched, verified, opened; no longer evicted.
    const qsizetype questions = responder.asked.size();
    QSignalSpy rendered(view, &ui::DocumentView::pageRendered);
    responder.answer = QStringLiteral("Fetch again");
    Q_EMIT window.agendaTree()->activated(row);
    CHECK(responder.asked.size() == questions + 1);
    REQUIRE(cache.objects().contains(document.sha256));
    CHECK_FALSE(CacheRetention(cache).isEvicted(document.sha256));
    for (int i = 0; i < 300 && rendered.isEmpty(); ++i)
        rendered.wait(100);
    CHECK_FALSE(rendered.isEmpty());
}
