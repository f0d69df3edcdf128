// Issue 15 on screen: the meeting list and the meeting's banner say a meeting is postponed or
// cancelled; the chair opens a prepared poll from "Ready" with one tap and a confirmation,
// marks agenda items (the progress bar counts them) and sees the item's remaining time; the
// secretary prepares a poll under an agenda item.
#include "session_fixture.h"

#include "mainwindow/meetingcolumn.h"
#include "mainwindow/meetinglistmodel.h"
#include "meeting_core/publish/publishvalidator.h"
#include "meeting_core/share/manifestcodec.h"
#include "publish_fixtures.h"
#include "secretary/agendaeditor.h"
#include "secretary/preparedpollseditor.h"
#include "session/sessionheader.h"
#include "session/sessionpanel.h"
#include "session/sessiontaskwidget.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QTimeZone>

using namespace phonghop;
using namespace phonghop::test;

namespace {

template <typename T> T *child(QWidget &w, const QString &name)
{
    T *found = w.findChild<T *>(name);
    INFO(name.toStdString());
    REQUIRE(found);
    return found;
}

// The fixture's meeting as its manifest would carry it: two items, one with planned minutes,
// and two prepared polls under the second.
Meeting fixtureMeeting(const QString &id)
{
    Meeting meeting;
    meeting.id = id;
    meeting.revision = 1;
    meeting.title = QStringLiteral("Phiên họp thường kỳ tháng 11");
    meeting.start = QDateTime(QDate(2026, 11, 27), QTime(8, 0), QTimeZone(7 * 3600));
    meeting.end = meeting.start.addSecs(3 * 3600);
    meeting.agenda << AgendaItem { QStringLiteral("i1"), {}, 0, QStringLiteral("1"),
        QStringLiteral("Khai mạc"), {}, 0 };
    meeting.agenda << AgendaItem { QStringLiteral("i2"), {}, 1, QStringLiteral("2"),
        QStringLiteral("Tờ trình về kế hoạch đầu tư công"), {}, 30 };
    meeting.polls << PreparedPoll::fromJson(
        QJsonObject { { QStringLiteral("id"), QStringLiteral("bq1") },
            { QStringLiteral("item"), QStringLiteral("i2") },
            { QStringLiteral("title"), QStringLiteral("Thông qua Tờ trình số 12/TTr-UBND") },
            { QStringLiteral("kind"), QStringLiteral("approval") },
            { QStringLiteral("preset"), QStringLiteral("da-so-phieu") } });
    meeting.polls << PreparedPoll::fromJson(
        QJsonObject { { QStringLiteral("id"), QStringLiteral("bq2") },
            { QStringLiteral("item"), QStringLiteral("i2") },
            { QStringLiteral("title"), QStringLiteral("Có đồng ý điều chỉnh không") },
            { QStringLiteral("kind"), QStringLiteral("yes-no") } });
    return meeting;
}

// With PHONGHOP_SCREENSHOT_DIR set, the widget as drawn, to look at.
void screenshot(QWidget &w, const char *name)
{
    const QByteArray dir = qgetenv("PHONGHOP_SCREENSHOT_DIR");
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    if (!dir.isEmpty())
        w.grab().save(QString::fromLocal8Bit(dir) + u'/' + QString::fromLatin1(name)
            + QStringLiteral(".png"));
}

void cacheMeeting(test::Seat &seat, const Meeting &meeting)
{
    seat.cache->storeMeeting(meeting, encodeManifest(meeting));
    REQUIRE(seat->refresh().ok());
}

} // namespace

TEST_CASE("The meeting list and the meeting's banner show a postponed or cancelled meeting")
{
    QTemporaryDir dir;
    auto opened = MeetingCache::open(dir.path());
    REQUIRE(opened.ok());
    MeetingCache &cache = *opened.value();
    Meeting postponed = fixtureMeeting(QStringLiteral("hop-hoan"));
    Meeting cancelled = fixtureMeeting(QStringLiteral("hop-huy"));
    cancelled.title = QStringLiteral("Hội nghị tiếp xúc cử tri");
    Meeting ordinary = fixtureMeeting(QStringLiteral("hop-thuong"));
    ordinary.title = QStringLiteral("Giao ban tuần");
    for (const Meeting &m : { postponed, cancelled, ordinary })
        cache.storeMeeting(m, encodeManifest(m));
    MeetingStatus later;
    later.kind = MeetingStatusKind::Postponed;
    later.number = 1;
    later.until = QDateTime(QDate(2026, 12, 15), QTime(8, 0), QTimeZone(7 * 3600));
    later.reason = QStringLiteral("Chủ tịch đi công tác");
    cache.storeMeetingStatus(postponed.id, later);
    MeetingStatus off;
    off.kind = MeetingStatusKind::Cancelled;
    off.number = 1;
    off.reason = QStringLiteral("Bão số 9");
    cache.storeMeetingStatus(cancelled.id, off);

    ui::MeetingColumn column;
    column.resize(360, 700);
    column.show();
    const QDateTime now(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    column.meetings()->setMeetings(cache.meetings(now), now);
    const auto textOf = [&](const QString &id, int role) {
        return column.meetings()->index(column.meetings()->rowOf(id), 0).data(role).toString();
    };
    CHECK(textOf(postponed.id, ui::MeetingListModel::StatusTextRole)
        == QStringLiteral("Postponed to 08:00 15/12/2026 \u2014 Chủ tịch đi công tác"));
    CHECK(textOf(cancelled.id, ui::MeetingListModel::StatusTextRole)
        == QStringLiteral("Cancelled \u2014 Bão số 9"));
    CHECK(textOf(ordinary.id, ui::MeetingListModel::StatusTextRole).isEmpty());
    // Said to screen readers and in the tooltip too, not only painted.
    CHECK(textOf(cancelled.id, Qt::AccessibleDescriptionRole)
              .startsWith(QStringLiteral("Cancelled")));
    CHECK(textOf(postponed.id, Qt::ToolTipRole).contains(QStringLiteral("Postponed to 08:00")));

    auto *banner = child<QLabel>(column, QStringLiteral("meetingStatusBanner"));
    std::optional<Meeting> shown = cache.meeting(cancelled.id);
    REQUIRE(shown);
    column.showHeading(&*shown);
    CHECK(banner->isVisible());
    CHECK(banner->text() == QStringLiteral("Cancelled \u2014 Bão số 9"));
    shown = cache.meeting(ordinary.id);
    column.showHeading(&*shown);
    CHECK_FALSE(banner->isVisible());
    shown = cache.meeting(postponed.id);
    column.showHeading(&*shown);
    CHECK(banner->isVisible());
    CHECK(banner->text().contains(QStringLiteral("08:00 15/12/2026")));
    screenshot(column, "meeting-status-list");
}

TEST_CASE("The chair opens a prepared poll from Ready with one tap after a confirmation, and "
          "delegates see no Ready list")
{
    SessionShare share;
    auto chair = share.seat(share.m.chairKey);
    auto delegate = share.seat(share.m.memberKeys[0]);
    const Meeting meeting = fixtureMeeting(share.meetingId());
    cacheMeeting(*chair, meeting);
    cacheMeeting(*delegate, meeting);

    ui::SessionPanel panel(**chair);
    panel.resize(520, 900);
    panel.show();
    panel.findChild<QTabWidget *>()->setCurrentIndex(2); // Voting
    QWidget *ready = child<QWidget>(panel, QStringLiteral("preparedPolls"));
    CHECK(ready->isVisible());
    QPushButton *first = child<QPushButton>(panel, QStringLiteral("prepared-bq1"));
    CHECK(first->text() == QStringLiteral("Thông qua Tờ trình số 12/TTr-UBND"));
    CHECK(first->minimumHeight() >= 56);
    screenshot(panel, "prepared-polls-ready");

    // Declined: nothing opens.
    QStringList asked;
    panel.setConfirmation([&asked](const QString &question) {
        asked << question;
        return false;
    });
    QTest::mouseClick(first, Qt::LeftButton);
    REQUIRE(asked.size() == 1);
    CHECK(asked.first().contains(QStringLiteral("Thông qua Tờ trình số 12/TTr-UBND")));
    CHECK_FALSE((*chair)->state().poll(QStringLiteral("bq1")));

    panel.setConfirmation([](const QString &) { return true; });
    QTest::mouseClick(first, Qt::LeftButton);
    REQUIRE((*chair)->refresh().ok());
    const PollState *opened = (*chair)->state().poll(QStringLiteral("bq1"));
    REQUIRE(opened);
    CHECK(opened->open.poll.title == QStringLiteral("Thông qua Tờ trình số 12/TTr-UBND"));
    CHECK(opened->open.poll.rule.preset == QStringLiteral("da-so-phieu"));
    // Once opened, its button says so and cannot open it again.
    first = child<QPushButton>(panel, QStringLiteral("prepared-bq1"));
    CHECK_FALSE(first->isEnabled());
    CHECK(child<QPushButton>(panel, QStringLiteral("prepared-bq2"))->isEnabled());

    REQUIRE((*delegate)->refresh().ok());
    CHECK((*delegate)->state().poll(QStringLiteral("bq1")));
    ui::SessionPanel delegatePanel(**delegate);
    delegatePanel.show();
    delegatePanel.findChild<QTabWidget *>()->setCurrentIndex(2);
    CHECK_FALSE(child<QWidget>(delegatePanel, QStringLiteral("preparedPolls"))->isVisible());
}

TEST_CASE("The chair marks agenda items, the progress bar counts them, and the header shows the "
          "item's remaining time")
{
    SessionShare share;
    auto chair = share.seat(share.m.chairKey);
    auto delegate = share.seat(share.m.memberKeys[0]);
    const Meeting meeting = fixtureMeeting(share.meetingId());
    cacheMeeting(*chair, meeting);
    cacheMeeting(*delegate, meeting);

    ui::SessionPanel panel(**chair);
    panel.resize(520, 900);
    panel.show();
    auto *progress = child<QProgressBar>(panel, QStringLiteral("agendaProgress"));
    CHECK(progress->value() == 0);

    REQUIRE((*chair)->setCurrentItem(QStringLiteral("i1")).ok());
    REQUIRE((*chair)->refresh().ok());
    auto *agenda = child<QListWidget>(panel, QStringLiteral("sessionAgenda"));
    REQUIRE(agenda->count() == 2);
    agenda->setCurrentRow(0);
    QTest::mouseClick(child<QPushButton>(panel, QStringLiteral("markDone")), Qt::LeftButton);
    REQUIRE((*chair)->refresh().ok());
    CHECK((*chair)->state().progressOf(QStringLiteral("i1")) == AgendaItemProgress::Done);
    CHECK(progress->value() == 1);
    CHECK(progress->text().contains(QStringLiteral("1 handled")));
    CHECK(agenda->item(0)->text().contains(QStringLiteral("Done")));
    agenda->setCurrentRow(1);
    QTest::mouseClick(child<QPushButton>(panel, QStringLiteral("markDeferred")), Qt::LeftButton);
    REQUIRE((*chair)->refresh().ok());
    CHECK(progress->value() == 2);

    // Every seat sees the marks; only the chair has the buttons.
    REQUIRE((*delegate)->refresh().ok());
    CHECK((*delegate)->state().progressOf(QStringLiteral("i2")) == AgendaItemProgress::Deferred);
    CHECK_FALSE((*delegate)->markAgendaItem(QStringLiteral("i2"), AgendaItemProgress::Done).ok());
    ui::SessionPanel delegatePanel(**delegate);
    delegatePanel.show();
    delegatePanel.findChild<QTabWidget *>()->setCurrentIndex(5);
    CHECK_FALSE(child<QPushButton>(delegatePanel, QStringLiteral("markDone"))->isVisible());

    // Remaining time: item 2 plans 30 minutes; 18 minutes after it became current, 12 are left.
    REQUIRE((*chair)->setCurrentItem(QStringLiteral("i2")).ok());
    REQUIRE((*chair)->refresh().ok());
    const QDateTime since = (*chair)->state().currentItemSince;
    REQUIRE(since.isValid());
    auto *header = panel.findChild<ui::SessionHeader *>();
    REQUIRE(header);
    auto *remaining = child<QLabel>(panel, QStringLiteral("remainingTime"));
    header->showRemainingTime(since.addSecs(18 * 60));
    CHECK(remaining->isVisibleTo(&panel));
    // Tests run without a catalogue: "%n minute(s)" reads "12 minute(s)" here.
    CHECK(remaining->text().startsWith(QStringLiteral("12 minute")));
    CHECK(remaining->text().endsWith(QStringLiteral(" left")));
    header->showRemainingTime(since.addSecs(33 * 60 + 10));
    CHECK(remaining->text().startsWith(QStringLiteral("Over time by 4 minute")));
    CHECK(remaining->styleSheet().contains(QStringLiteral("#b00020")));
    panel.findChild<QTabWidget *>()->setCurrentIndex(5);
    screenshot(panel, "agenda-marks");
    CHECK(ui::sessionui::remainingTimeText(59).startsWith(QStringLiteral("1 minute")));
    CHECK(ui::sessionui::remainingTimeText(0).startsWith(QStringLiteral("0 minute")));
    CHECK(ui::sessionui::remainingTimeText(-1).startsWith(QStringLiteral("Over time by 1 minute")));
    // An item without planned minutes shows none.
    REQUIRE((*chair)->setCurrentItem(QStringLiteral("i1")).ok());
    REQUIRE((*chair)->refresh().ok());
    header->showRemainingTime((*chair)->state().currentItemSince.addSecs(60));
    CHECK_FALSE(remaining->isVisibleTo(&panel));
}

TEST_CASE("The secretary prepares a poll under an agenda item, kept in the draft and "
          "validated")
{
    QTemporaryDir dir;
    DraftMeeting draft = test::publish::validDraft(dir.path());
    ui::AgendaEditor editor;
    editor.setDraft(draft);
    const QString itemId = draft.agenda.last().id;
    editor.selectItem(itemId);
    ui::PreparedPollsEditor *polls = editor.pollsEditor();
    REQUIRE(polls);

    // A choice poll needs its candidates: refused with a message, nothing added.
    child<QLineEdit>(*polls, QStringLiteral("preparedPollTitle"))
        ->setText(QStringLiteral("Bầu Tổ trưởng"));
    auto *kind = child<QComboBox>(*polls, QStringLiteral("preparedPollKind"));
    kind->setCurrentIndex(kind->findData(QStringLiteral("choice")));
    QTest::mouseClick(
        child<QPushButton>(*polls, QStringLiteral("addPreparedPoll")), Qt::LeftButton);
    CHECK(polls->polls().isEmpty());
    CHECK_FALSE(child<QLabel>(*polls, QStringLiteral("preparedPollProblem"))->text().isEmpty());

    child<QPlainTextEdit>(*polls, QStringLiteral("preparedPollOptions"))
        ->setPlainText(QStringLiteral("Lê Văn Cường\nPhạm Thị Dung"));
    auto *preset = child<QComboBox>(*polls, QStringLiteral("preparedPollPreset"));
    preset->setCurrentIndex(preset->findData(QStringLiteral("da-so-phieu")));
    QTest::mouseClick(
        child<QPushButton>(*polls, QStringLiteral("addPreparedPoll")), Qt::LeftButton);
    REQUIRE(polls->polls().size() == 1);
    CHECK(polls->list()->count() == 1);

    DraftMeeting edited = draft;
    editor.apply(edited);
    REQUIRE(edited.polls.size() == 1);
    const PreparedPoll &poll = edited.polls.first();
    CHECK(poll.agendaItemId == itemId);
    CHECK(poll.title == QStringLiteral("Bầu Tổ trưởng"));
    CHECK(poll.definition.value(u"kind").toString() == QStringLiteral("choice"));
    CHECK(poll.definition.value(u"preset").toString() == QStringLiteral("da-so-phieu"));
    CHECK(poll.definition.value(u"options").toArray().size() == 2);
    const QList<ValidationProblem> problems = PublishValidator().validate(edited);
    for (const ValidationProblem &problem : problems)
        CHECK(problem.subjectId != poll.id);

    // Another item shows none of them; removing the item removes its polls.
    editor.selectItem(draft.agenda.first().id);
    CHECK(polls->list()->count() == 0);
    editor.selectItem(itemId);
    CHECK(polls->list()->count() == 1);
    polls->list()->setCurrentRow(0);
    QTest::mouseClick(
        child<QPushButton>(*polls, QStringLiteral("removePreparedPoll")), Qt::LeftButton);
    editor.apply(edited);
    CHECK(edited.polls.isEmpty());
}
