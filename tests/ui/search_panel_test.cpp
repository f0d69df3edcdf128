#include <catch2/catch.hpp>

#include "annotations/personalnoteseditor.h"
#include "mainwindow/agendamodel.h"
#include "mainwindow/mainwindow.h"
#include "meeting_core/annotations/annotationstore.h"
#include "meeting_core/desk/searchfeeder.h"
#include "meeting_core/search/searchindexservice.h"
#include "meeting_core/store/meetingcache.h"
#include "meeting_core/sync/syncengine.h"
#include "meeting_core/sync/syncservice.h"
#include "search/searchpanel.h"
#include "testsupport.h"

#include <QBuffer>
#include <QComboBox>
#include <QPainter>
#include <QPdfWriter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTreeView>
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

TEST_CASE(
    "The search panel lists hits by meeting and document and opens the page tapped", "[search][ui]")
{
    test::TestShare share;
    Meeting meeting = share.makeMeeting(QStringLiteral("m1"), 0);
    meeting.start = QDateTime(QDate(2026, 12, 4), QTime(8, 0), QTimeZone(7 * 3600));
    DocumentRef document = share.addDocument(QStringLiteral("d1"), QStringLiteral("i1"),
        pdfWithPages({ QStringLiteral("Trang mở đầu."),
            QStringLiteral("Căn cứ Quyết định số 15/QĐ-UBND của tỉnh.") }));
    meeting.documents << document;
    share.publish(meeting);
    QTemporaryDir cacheDir;
    {
        auto cache = MeetingCache::open(cacheDir.path());
        REQUIRE(cache.ok());
        test::pinTestOrganisation(*cache.value());
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

TEST_CASE("A delegate's notes, annotations and the conclusions are found, labelled, and open where "
          "they belong",
    "[search][ui][feed]")
{
    test::TestShare share;
    const Meeting meeting
        = share.makeMeeting(QStringLiteral("m1"), 2); // d2 on item i2 (number "2")
    share.publish(meeting);
    QTemporaryDir cacheDir;
    auto opened = MeetingCache::open(cacheDir.path());
    REQUIRE(opened.ok());
    MeetingCache &cache = *opened.value();
    test::pinTestOrganisation(cache);
    REQUIRE(SyncEngine(cache, share.root()).run().complete());
    const DocumentRef d2 = cache.meeting(QStringLiteral("m1"))->documents.at(1);

    SearchIndexService service(cacheDir.path());
    QSignalSpy finished(&service, &SearchIndexService::indexingFinished);
    service.updateIndex();
    REQUIRE(finished.wait(60000));
    ui::SearchPanel panel(&service);
    panel.resize(600, 800);
    panel.show();
    QTreeWidget *tree = panel.resultView();
    const auto search = [&service, &panel, tree](const QString &text) {
        service.waitForEntries(); // what the feeder fed is written on the service's entry thread
        panel.setQueryText(text);
        panel.searchNow();
        return leaves(tree);
    };

    AnnotationStore store(cache.database());
    const QString lan = QStringLiteral("lan");
    // Written before the feeder existed (an earlier run): found after the full feed.
    store.setPersonalNote(
        lan, QStringLiteral("m1"), {}, QStringLiteral("Chuẩn bị ý kiến về chợ đầu mối"));
    SearchFeeder feeder(&service, cache, store, lan);
    feeder.feedAll();
    QList<QTreeWidgetItem *> hits = search(QStringLiteral("cho dau moi"));
    REQUIRE(hits.size() == 1);
    CHECK(hits.first()->text(0)
        == QStringLiteral("My notes on the meeting: Chuẩn bị ý kiến về chợ đầu mối"));

    // Typed in the notes editor (the store tells the feeder): found at once, with its item.
    store.setPersonalNote(lan, QStringLiteral("m1"), QStringLiteral("i2"),
        QStringLiteral("Hỏi lại về đường giao thông nông thôn"));
    hits = search(QStringLiteral("duong giao thong"));
    REQUIRE(hits.size() == 1);
    CHECK(hits.first()->text(0).startsWith(QStringLiteral("My notes — item 2: ")));
    CHECK(hits.first()->text(0).contains(QStringLiteral("đường giao thông")));
    QSignalSpy meetingOpened(&panel, &ui::SearchPanel::openMeeting);
    Q_EMIT tree->itemActivated(hits.first(), 0);
    REQUIRE(meetingOpened.size() == 1);
    CHECK(meetingOpened.first().at(0).toString() == QStringLiteral("m1"));
    CHECK(meetingOpened.first().at(1).toString() == QStringLiteral("i2"));

    store.setPersonalNote(
        lan, QStringLiteral("m1"), QStringLiteral("i2"), QStringLiteral("Đã sửa: trường mầm non"));
    CHECK(search(QStringLiteral("duong giao thong")).isEmpty());
    CHECK(search(QStringLiteral("truong mam non")).size() == 1);
    store.setPersonalNote(lan, QStringLiteral("m1"), QStringLiteral("i2"), {});
    CHECK(search(QStringLiteral("truong mam non")).isEmpty());
    // Another person's notes on this computer are not theirs to find.
    store.setPersonalNote(QStringLiteral("binh"), QStringLiteral("m1"), QStringLiteral("i1"),
        QStringLiteral("Ý kiến riêng về thủy lợi"));
    CHECK(search(QStringLiteral("thuy loi")).isEmpty());

    // An annotation's words: listed under its document, opening its page (nothing to find there).
    Annotation annotation;
    annotation.id = QStringLiteral("a1");
    annotation.type = AnnotationType::Note;
    annotation.page = 2;
    annotation.contents = QStringLiteral("Đề nghị Phòng Tài chính giải trình");
    store.save({ lan, d2.id, d2.version }, annotation);
    hits = search(QStringLiteral("giai trinh"));
    REQUIRE(hits.size() == 1);
    CHECK(hits.first()->text(0).startsWith(QStringLiteral("My annotation — page 3: ")));
    REQUIRE(hits.first()->parent() != nullptr);
    CHECK(hits.first()->parent()->parent() != nullptr); // meeting > document > hit
    QSignalSpy pageOpened(&panel, &ui::SearchPanel::openResult);
    Q_EMIT tree->itemActivated(hits.first(), 0);
    REQUIRE(pageOpened.size() == 1);
    CHECK(pageOpened.first().at(1).toString() == d2.sha256);
    CHECK(pageOpened.first().at(2).toInt() == 2);
    CHECK(pageOpened.first().at(3).toString().isEmpty());
    annotation.contents = QStringLiteral("Đã rõ");
    store.save({ lan, d2.id, d2.version }, annotation);
    CHECK(search(QStringLiteral("giai trinh")).isEmpty());
    CHECK(search(QStringLiteral("da ro")).size() == 1);
    store.remove({ lan, d2.id, d2.version }, annotation.id);
    CHECK(search(QStringLiteral("da ro")).isEmpty());

    // The session's conclusions, each fed once however often the state is announced.
    ChainReport chain;
    DecisionRecord decision;
    decision.meetingId = QStringLiteral("m1");
    decision.agendaItemId = QStringLiteral("i3");
    decision.conclusion = QStringLiteral("Thống nhất đầu tư cầu treo bản Mường");
    chain.decisions = { decision };
    chain.hashes = { QStringLiteral("h0") };
    feeder.feedConclusions(chain);
    feeder.feedConclusions(chain);
    hits = search(QStringLiteral("cau treo"));
    REQUIRE(hits.size() == 1);
    CHECK(hits.first()->text(0).startsWith(QStringLiteral("Conclusion — item 3: ")));
    Q_EMIT tree->itemActivated(hits.first(), 0);
    REQUIRE(meetingOpened.size() == 2);
    CHECK(meetingOpened.last().at(1).toString() == QStringLiteral("i3"));
}

TEST_CASE("In the main window, a note typed in the notes editor is found and its hit selects its "
          "agenda item",
    "[search][ui][feed]")
{
    test::TestShare share;
    share.publish(share.makeMeeting(QStringLiteral("m1"), 2));
    QTemporaryDir cacheDir;
    auto opened = MeetingCache::open(cacheDir.path());
    REQUIRE(opened.ok());
    test::pinTestOrganisation(*opened.value());
    REQUIRE(SyncEngine(*opened.value(), share.root()).run().complete());
    SyncService sync(cacheDir.path(), share.root());
    ui::MainWindow window(*opened.value(), sync, nullptr);
    // Declared after the window, as in the application: the service goes first, and the notes
    // editor still saves (through the feeder) while the window closes.
    SearchIndexService service(cacheDir.path());
    QSignalSpy finished(&service, &SearchIndexService::indexingFinished);
    window.setSearchService(&service);
    window.show();
    REQUIRE(finished.wait(60000));

    QTreeView *agenda = window.agendaTree();
    const auto itemRow = [agenda](const QString &itemId) {
        const QModelIndexList rows = agenda->model()->match(agenda->model()->index(0, 0),
            ui::AgendaModel::AgendaItemIdRole, itemId, 1, Qt::MatchExactly | Qt::MatchRecursive);
        REQUIRE(rows.size() == 1);
        return rows.first();
    };
    agenda->setCurrentIndex(itemRow(QStringLiteral("i2")));
    auto *notes = window.findChild<ui::PersonalNotesEditor *>();
    REQUIRE(notes != nullptr);
    notes->setText(QStringLiteral("Hỏi lại về đường giao thông nông thôn"));
    REQUIRE(notes->save());

    auto *panel = window.findChild<ui::SearchPanel *>(QStringLiteral("searchPanel"));
    REQUIRE(panel != nullptr);
    service.waitForEntries();
    panel->setQueryText(QStringLiteral("duong giao thong"));
    panel->searchNow();
    REQUIRE(panel->hitCount() == 1);
    const QList<QTreeWidgetItem *> hits = leaves(panel->resultView());
    REQUIRE(hits.size() == 1);
    CHECK(hits.first()->text(0).startsWith(QStringLiteral("My notes — item 2: ")));

    agenda->setCurrentIndex(itemRow(QStringLiteral("i3")));
    Q_EMIT panel->resultView()->itemActivated(hits.first(), 0);
    CHECK(agenda->currentIndex().data(ui::AgendaModel::AgendaItemIdRole).toString()
        == QStringLiteral("i2"));
    CHECK(agenda->currentIndex().data(ui::AgendaModel::KindRole).toInt()
        == static_cast<int>(ui::AgendaModel::Kind::AgendaItem));
    CHECK(notes->text()
        == QStringLiteral("Hỏi lại về đường giao thông nông thôn")); // the editor follows

    notes->setText(QStringLiteral("Chưa lưu: saved by the editor as the window closes"));
}
