#include <catch2/catch.hpp>

#include "search/searchindexservice.h"
#include "search/searchpanel.h"
#include "store/meetingcache.h"
#include "sync/syncengine.h"
#include "testsupport.h"

#include <QBuffer>
#include <QComboBox>
#include <QPainter>
#include <QPdfWriter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTreeWidget>

using namespace phonghop;

namespace {

QByteArray pdfWithPages(const QStringList &pages)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(72);
    QPainter painter(&writer);
    painter.setFont(QFont(QStringLiteral("DejaVu Sans"), 11));
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (i > 0)
            writer.newPage();
        painter.drawText(QRectF(40, 40, 500, 700), Qt::TextWordWrap, pages.at(i));
    }
    painter.end();
    return bytes;
}

// Every hit row (leaves) of the result tree.
QList<QTreeWidgetItem *> leaves(QTreeWidget *tree)
{
    QList<QTreeWidgetItem *> found;
    QList<QTreeWidgetItem *> stack;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        stack << tree->topLevelItem(i);
    while (!stack.isEmpty()) {
        QTreeWidgetItem *item = stack.takeFirst();
        if (item->childCount() == 0)
            found << item;
        for (int i = 0; i < item->childCount(); ++i)
            stack << item->child(i);
    }
    return found;
}

} // namespace

TEST_CASE("The search panel lists hits by meeting and document and opens the page tapped", "[search][ui]")
{
    test::TestShare share;
    Meeting meeting = share.makeMeeting(QStringLiteral("m1"), 0);
    meeting.start = QDateTime(QDate(2026, 12, 4), QTime(8, 0), QTimeZone(7 * 3600));
    DocumentRef document = share.addDocument(
        QStringLiteral("d1"), QStringLiteral("i1"),
        pdfWithPages({QStringLiteral("Trang mở đầu."), QStringLiteral("Căn cứ Quyết định số 15/QĐ-UBND của tỉnh.")}));
    meeting.documents << document;
    share.publish(meeting);
    QTemporaryDir cacheDir;
    {
        auto cache = MeetingCache::open(cacheDir.path());
        REQUIRE(cache.ok());
        REQUIRE(SyncEngine(*cache.value(), share.root()).run().complete());
    }

    SearchIndexService service(cacheDir.path());
    ui::SearchPanel panel(&service);
    panel.resize(600, 800);
    panel.show();
    QSignalSpy finished(&service, &SearchIndexService::indexingFinished);
    service.updateIndex();
    REQUIRE(finished.wait(60000));

    panel.setQueryText(QStringLiteral("quyet dinh"));
    panel.searchNow();
    REQUIRE(panel.hitCount() == 1);
    QTreeWidget *tree = panel.resultView();
    REQUIRE(tree->topLevelItemCount() == 1); // the meeting
    REQUIRE(tree->topLevelItem(0)->childCount() == 1); // the document
    const QList<QTreeWidgetItem *> hits = leaves(tree);
    REQUIRE(hits.size() == 1);
    CHECK(hits.first()->text(0).contains(QStringLiteral("Quyết định")));
    // Rows are big enough for a finger.
    CHECK(tree->visualItemRect(hits.first()).height() >= 44);

    QSignalSpy opened(&panel, &ui::SearchPanel::openResult);
    Q_EMIT tree->itemActivated(hits.first(), 0);
    REQUIRE(opened.size() == 1);
    CHECK(opened.first().at(0).toString() == QStringLiteral("m1"));
    CHECK(opened.first().at(1).toString() == document.sha256);
    CHECK(opened.first().at(2).toInt() == 1);
    CHECK(opened.first().at(3).toString() == QStringLiteral("quyet dinh"));

    // An agenda item hit opens the meeting instead.
    QSignalSpy meetingOpened(&panel, &ui::SearchPanel::openMeeting);
    panel.setQueryText(QStringLiteral("noi dung 2"));
    panel.searchNow();
    const QList<QTreeWidgetItem *> agenda = leaves(tree);
    REQUIRE_FALSE(agenda.isEmpty());
    Q_EMIT tree->itemActivated(agenda.first(), 0);
    REQUIRE(meetingOpened.size() == 1);
    CHECK(meetingOpened.first().at(1).toString() == QStringLiteral("i2"));

    panel.setQueryText(QStringLiteral("khong co"));
    panel.searchNow();
    CHECK(panel.hitCount() == 0);
    CHECK(tree->topLevelItemCount() == 0);
}
