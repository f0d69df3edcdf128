// The session panel drives the real SessionService over a real share folder.
#include "session_fixture.h"

#include "meeting_core/store/auditlog.h"
#include "session/keyedrowsmodel.h"
#include "session/sessionpanel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace phonghop;
using namespace phonghop::test;

namespace {
template <typename T> T *child(QWidget &w, const char *name)
{
    T *found = w.findChild<T *>(QString::fromLatin1(name));
    REQUIRE(found);
    return found;
}

void screenshot(QWidget &w, const char *name)
{
    const QByteArray dir = qgetenv("PHONGHOP_SCREENSHOT_DIR");
    QCoreApplication::processEvents(); // pending layout requests
    QCoreApplication::processEvents(); // and those the first pass posted (labels that wrap)
    if (!dir.isEmpty())
        w.grab().save(QString::fromLocal8Bit(dir) + u'/' + QString::fromLatin1(name)
            + QStringLiteral(".png"));
}

// What a list or table of the panel shows at a row and column.
QString textAt(const QAbstractItemView *view, int row, int column = 0)
{
    return view->model()->index(row, column).data().toString();
}

bool italicAt(const QAbstractItemView *view, int row)
{
    return view->model()->index(row, 0).data(Qt::FontRole).value<QFont>().italic();
}

void settle()
{
    for (int i = 0; i < 4; ++i)
        QCoreApplication::processEvents();
}

// Every way a model can tell its views that rows changed, counted.
struct ModelSignals {
    QSignalSpy reset;
    QSignalSpy layout;
    QSignalSpy inserted;
    QSignalSpy removed;
    QSignalSpy moved;
    QSignalSpy changed;
    explicit ModelSignals(const QAbstractItemModel *model)
        : reset(model, &QAbstractItemModel::modelReset)
        , layout(model, &QAbstractItemModel::layoutChanged)
        , inserted(model, &QAbstractItemModel::rowsInserted)
        , removed(model, &QAbstractItemModel::rowsRemoved)
        , moved(model, &QAbstractItemModel::rowsMoved)
        , changed(model, &QAbstractItemModel::dataChanged)
    {
    }
};

// The rows' keys, in order: "a b c".
QString keysOf(const QAbstractItemModel &model)
{
    QStringList keys;
    for (int row = 0; row < model.rowCount(); ++row)
        keys << model.index(row, 0).data(ui::KeyedRowsModel::KeyRole).toString();
    return keys.join(u' ');
}

// The base of every session model, its rows set directly.
struct LetterRows final : ui::KeyedRowsModel {
    LetterRows()
        : KeyedRowsModel({ QStringLiteral("Letter"), QStringLiteral("Count") })
    {
    }
    // "a1 b2": rows keyed a and b, showing "A" and "B" with their counts.
    void show(const QString &rows)
    {
        QList<ui::KeyedRow> list;
        for (const QString &row : rows.split(u' ', Qt::SkipEmptyParts))
            list.append({ row.left(1),
                { { { Qt::DisplayRole, row.left(1).toUpper() } },
                    { { Qt::DisplayRole, row.mid(1) } } } });
        setRows(list);
    }
};
} // namespace

TEST_CASE("Session panel: a delegate checks in and votes with the large buttons, the chair's "
          "controls stay hidden")
{
    SessionShare share;
    auto chair = share.seat(share.m.chairKey);
    auto delegate = share.seat(share.m.memberKeys[0]);
    REQUIRE((*chair)->openPoll(MeetingFixture::approvalPoll(QStringLiteral("p1"))).ok());
    REQUIRE((*delegate)->refresh().ok());

    ui::SessionPanel panel(**delegate);
    panel.resize(520, 760);
    panel.show();
    CHECK(child<QLabel>(panel, "sessionIdentity")->text().contains(QStringLiteral("Ủy viên 1")));
    panel.findChild<QTabWidget *>()->setCurrentIndex(2); // Voting
    CHECK_FALSE(child<QPushButton>(panel, "openPoll")->isVisibleTo(&panel));

    QTest::mouseClick(child<QPushButton>(panel, "checkIn"), Qt::LeftButton);
    CHECK((*delegate)->state().attendanceOf(MeetingFixture::memberId(0))->status
        == AttendanceStatus::Present);
    CHECK(child<QLabel>(panel, "attendanceSummary")->text().contains(QStringLiteral("1")));

    QPushButton *approve = child<QPushButton>(panel, "vote-0");
    CHECK(approve->text() == QStringLiteral("Tán thành"));
    CHECK(child<QPushButton>(panel, "vote-1")->text() == QStringLiteral("Không tán thành"));
    CHECK(approve->minimumHeight() >= 64);
    QTest::mouseClick(approve, Qt::LeftButton);
    REQUIRE((*delegate)->state().poll(QStringLiteral("p1"))->ownBallot.has_value());
    CHECK((*delegate)->state().poll(QStringLiteral("p1"))->ownBallot->choices == QList<int> { 0 });
    CHECK(child<QLabel>(panel, "pollStatus")->text().contains(QStringLiteral("Tán thành")));
    CHECK(approve->text() == QStringLiteral("✓ Tán thành")); // this seat's choice is marked
    screenshot(panel, "session-delegate-voting");

    REQUIRE((*chair)->closePoll(QStringLiteral("p1")).ok());
    REQUIRE((*delegate)->refresh().ok());
    QTableView *results = child<QTableView>(panel, "pollResults");
    REQUIRE(results->model()->rowCount() == 3);
    CHECK(textAt(results, 0, 1) == QStringLiteral("1"));
    CHECK(child<QLabel>(panel, "ballotVerification")->text().contains(QStringLiteral("counted")));
    CHECK_FALSE(child<QPushButton>(panel, "vote-0")->isEnabled());
    CHECK(child<QPushButton>(panel, "vote-0")->isHidden());
    screenshot(panel, "session-delegate-result");
}

TEST_CASE(
    "Session panel: the chair calls the next speaker, and following the presenter emits the page")
{
    SessionShare share;
    auto chair = share.seat(share.m.chairKey);
    auto delegate = share.seat(share.m.memberKeys[1]);
    REQUIRE((*delegate)->requestToSpeak({}, SpeakType::Speak).ok());
    REQUIRE((*chair)->refresh().ok());
    ui::SessionPanel chairPanel(**chair);
    chairPanel.resize(520, 760);
    chairPanel.show();
    chairPanel.findChild<QTabWidget *>()->setCurrentIndex(1); // Speakers
    REQUIRE(child<QPushButton>(chairPanel, "callNext")->isVisibleTo(&chairPanel));
    QTest::mouseClick(child<QPushButton>(chairPanel, "callNext"), Qt::LeftButton);
    CHECK(child<QLabel>(chairPanel, "floorHolder")->text().contains(QStringLiteral("Ủy viên 2")));

    ui::SessionPanel delegatePanel(**delegate);
    QSignalSpy follow(&delegatePanel, &ui::SessionPanel::followPresenter);
    child<QCheckBox>(delegatePanel, "followPresenter")->setChecked(true);
    REQUIRE((*chair)->broadcastPage(QString(64, u'a'), 4).ok());
    REQUIRE((*delegate)->refresh().ok());
    REQUIRE(follow.size() == 1);
    CHECK(follow.at(0).at(1).toInt() == 4);
    REQUIRE((*delegate)->refresh().ok()); // the same page again: no second signal
    CHECK(follow.size() == 1);
    screenshot(chairPanel, "session-chair");
    chairPanel.findChild<QTabWidget *>()->setCurrentIndex(2);
    screenshot(chairPanel, "session-chair-voting");
    chairPanel.findChild<QTabWidget *>()->setCurrentIndex(0);
    screenshot(chairPanel, "session-roll-call");
}

TEST_CASE("Session panel: the secretary writes the conclusion, the chair confirms the draft into "
          "the decision record")
{
    SessionShare share;
    auto chair = share.seat(share.m.chairKey);
    auto secretary = share.seat(share.m.secretaryKey);
    auto delegate = share.seat(share.m.memberKeys[0]);

    ui::SessionPanel secretaryPanel(**secretary);
    secretaryPanel.resize(520, 760);
    secretaryPanel.show();
    secretaryPanel.findChild<QTabWidget *>()->setCurrentIndex(3); // Decisions
    // A short label that fits 360 px; the tooltip says it waits for the chair.
    QPushButton *write = child<QPushButton>(secretaryPanel, "recordConclusion");
    CHECK(write->toolTip().contains(QStringLiteral("chair to confirm")));
    REQUIRE(write->isVisibleTo(&secretaryPanel));
    CHECK_FALSE(child<QPushButton>(secretaryPanel, "confirmDraft")->isVisibleTo(&secretaryPanel));
    secretaryPanel.findChild<QPlainTextEdit *>()->setPlainText(
        QStringLiteral("Thống nhất chủ trương đầu tư"));
    QTest::mouseClick(write, Qt::LeftButton);
    REQUIRE((*secretary)->state().conclusionDrafts.size() == 1);

    // A delegate sees neither the box nor the confirmation.
    REQUIRE((*delegate)->refresh().ok());
    ui::SessionPanel delegatePanel(**delegate);
    delegatePanel.show();
    delegatePanel.findChild<QTabWidget *>()->setCurrentIndex(3);
    CHECK_FALSE(delegatePanel.findChild<QPlainTextEdit *>()->isVisibleTo(&delegatePanel));
    CHECK_FALSE(child<QPushButton>(delegatePanel, "confirmDraft")->isVisibleTo(&delegatePanel));

    REQUIRE((*chair)->refresh().ok());
    ui::SessionPanel chairPanel(**chair);
    chairPanel.resize(520, 760);
    chairPanel.show();
    chairPanel.findChild<QTabWidget *>()->setCurrentIndex(3);
    QListView *list = child<QListView>(chairPanel, "decisionList");
    REQUIRE(list->model()->rowCount() == 1);
    CHECK(textAt(list, 0).contains(QStringLiteral("Thống nhất chủ trương đầu tư")));
    CHECK(italicAt(list, 0)); // a draft, not yet a decision
    QPushButton *confirm = child<QPushButton>(chairPanel, "confirmDraft");
    REQUIRE(confirm->isVisibleTo(&chairPanel));
    screenshot(chairPanel, "session-chair-draft");
    QTest::mouseClick(confirm, Qt::LeftButton);
    REQUIRE((*chair)->state().chain.decisions.size() == 1);
    CHECK((*chair)->state().chain.decisions.first().conclusion
        == QStringLiteral("Thống nhất chủ trương đầu tư"));
    REQUIRE(list->model()->rowCount() == 1);
    CHECK_FALSE(italicAt(list, 0));
    CHECK_FALSE(confirm->isVisibleTo(&chairPanel));
}

TEST_CASE("Session panel: when the shared folder vanishes the panel says so and keeps the session")
{
    SessionShare share;
    auto delegate = share.seat(share.m.memberKeys[0]);
    REQUIRE((*delegate)->checkIn().ok());
    ui::SessionPanel panel(**delegate);
    panel.resize(520, 760);
    panel.show();
    QLabel *status = child<QLabel>(panel, "sessionShareStatus");
    CHECK_FALSE(status->isVisibleTo(&panel));
    const QString away = share.root() + QStringLiteral("-away");
    REQUIRE(QDir().rename(share.root(), away));
    CHECK_FALSE((*delegate)->refresh().ok());
    CHECK(status->isVisibleTo(&panel));
    CHECK(status->text().contains(QStringLiteral("cannot be reached")));
    CHECK(child<QLabel>(panel, "attendanceSummary")->text().contains(QStringLiteral("1")));
    screenshot(panel, "session-share-vanished");
    REQUIRE(QDir().rename(away, share.root()));
    REQUIRE((*delegate)->refresh().ok());
    CHECK_FALSE(status->isVisibleTo(&panel));
}

TEST_CASE("Session panel in the app's background mode: two polls opened in quick succession get "
          "their own ids, and the last one is shown")
{
    SessionShare share;
    auto chair = share.seat(share.m.chairKey);
    (*chair)->setBackgroundRefresh(true);
    ui::SessionPanel panel(**chair);
    panel.resize(520, 760);
    panel.show();
    panel.findChild<QTabWidget *>()->setCurrentIndex(2); // Voting
    QLineEdit *title = child<QLineEdit>(panel, "newPollTitle");
    QPushButton *open = child<QPushButton>(panel, "openPoll");
    title->setText(QStringLiteral("Thông qua chương trình phiên họp"));
    QTest::mouseClick(open, Qt::LeftButton);
    // The first opening has not been read back when the second is made.
    title->setText(QStringLiteral("Thông qua Tờ trình số 12/TTr-UBND"));
    QTest::mouseClick(open, Qt::LeftButton);
    CHECK_FALSE(child<QLabel>(panel, "sessionMessage")->isVisibleTo(&panel)); // no error
    for (int round = 0;
         round < 100 && ((*chair)->refreshing() || (*chair)->state().polls.size() < 2); ++round) {
        QSignalSpy arrived(&**chair, &SessionService::stateChanged);
        arrived.wait(100);
        if (!(*chair)->refreshing() && (*chair)->state().polls.size() < 2)
            (*chair)->requestRefresh();
    }
    const SessionState &state = (*chair)->state();
    REQUIRE(state.polls.size() == 2);
    CHECK(state.polls.at(0).open.poll.id != state.polls.at(1).open.poll.id);
    CHECK(state.problems.isEmpty());
    QComboBox *choice = child<QComboBox>(panel, "pollChoice");
    CHECK(choice->currentText().contains(QStringLiteral("Tờ trình số 12")));
}

TEST_CASE("Session panel: the speaker the chair selected stays selected across refreshes and is "
          "the one called")
{
    SessionShare share;
    auto chair = share.seat(share.m.chairKey);
    auto d1 = share.seat(share.m.memberKeys[0]);
    auto d2 = share.seat(share.m.memberKeys[1]);
    auto d3 = share.seat(share.m.memberKeys[2]);
    REQUIRE((*d1)->requestToSpeak({}, SpeakType::Speak).ok());
    REQUIRE((*d2)->requestToSpeak({}, SpeakType::Question).ok());
    REQUIRE((*chair)->refresh().ok());
    ui::SessionPanel panel(**chair);
    panel.resize(520, 760);
    panel.show();
    panel.findChild<QTabWidget *>()->setCurrentIndex(1); // Speakers
    // Questions and speeches are two lists.
    QListView *speeches = child<QListView>(panel, "speakerQueue");
    QListView *queue = child<QListView>(panel, "questionQueue");
    REQUIRE(speeches->model()->rowCount() == 1);
    REQUIRE(queue->model()->rowCount() == 1);
    queue->setCurrentIndex(
        queue->model()->index(0, 0)); // Ủy viên 2's question, not the first in line
    // Someone else asks meanwhile; the refresh brings the lists up to date.
    REQUIRE((*d3)->requestToSpeak({}, SpeakType::Speak).ok());
    REQUIRE((*chair)->refresh().ok());
    REQUIRE(speeches->model()->rowCount() == 2);
    REQUIRE(queue->currentIndex().isValid());
    CHECK(queue->currentIndex().data().toString().contains(QStringLiteral("Ủy viên 2")));
    QTest::mouseClick(child<QPushButton>(panel, "callNext"), Qt::LeftButton);
    REQUIRE((*chair)->state().floor.has_value());
    CHECK((*chair)->state().floor->participantId == MeetingFixture::memberId(1));
}

TEST_CASE(
    "Session models: rows that come, go, move or change are told one by one, never by a reset",
    "[ui][session][model]")
{
    LetterRows model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.show(QStringLiteral("a1 b1 c1 d1 e1"));
    REQUIRE(keysOf(model) == QStringLiteral("a b c d e"));
    ModelSignals seen(&model);

    model.show(QStringLiteral("a1 b1 c1 d1 e1")); // the same rows: nothing to say
    CHECK(seen.changed.isEmpty());
    CHECK(seen.inserted.isEmpty());

    model.show(QStringLiteral("a1 b1 d1 e1")); // c goes
    REQUIRE(seen.removed.size() == 1);
    CHECK(seen.removed.at(0).at(1).toInt() == 2);
    CHECK(seen.removed.at(0).at(2).toInt() == 2);

    model.show(QStringLiteral("a1 x1 y1 b1 d1 e1")); // x and y come together: one insertion
    REQUIRE(seen.inserted.size() == 1);
    CHECK(seen.inserted.at(0).at(1).toInt() == 1);
    CHECK(seen.inserted.at(0).at(2).toInt() == 2);

    model.show(QStringLiteral("a1 x1 y1 b7 d1 e1")); // b's count changes: that row only
    REQUIRE(seen.changed.size() == 1);
    CHECK(seen.changed.at(0).at(0).toModelIndex().row() == 3);
    CHECK(seen.changed.at(0).at(1).toModelIndex().row() == 3);
    CHECK(model.index(3, 1).data().toString() == QStringLiteral("7"));

    model.show(QStringLiteral("e1 a1 x1 y1 b7 d1")); // e moves to the top
    CHECK(seen.moved.size() == 1);
    CHECK(keysOf(model) == QStringLiteral("e a x y b d"));

    model.show(QString()); // all go
    CHECK(model.rowCount() == 0);
    CHECK(seen.reset.isEmpty());
    CHECK(seen.layout.isEmpty());
}

TEST_CASE("Session models: a new request to speak inserts one row and a check-in changes one row, "
          "nothing is reset",
    "[ui][session][model]")
{
    SessionShare share;
    auto chair = share.seat(share.m.chairKey);
    auto d1 = share.seat(share.m.memberKeys[0]);
    auto d2 = share.seat(share.m.memberKeys[1]);
    REQUIRE((*d1)->requestToSpeak({}, SpeakType::Speak).ok());
    REQUIRE((*chair)->refresh().ok());
    ui::SessionPanel panel(**chair);
    panel.resize(520, 760);
    panel.show();
    QListView *queue = child<QListView>(panel, "speakerQueue");
    QTableView *attendance = child<QTableView>(panel, "attendanceTable");
    REQUIRE(queue->model()->rowCount() == 1);
    queue->setCurrentIndex(queue->model()->index(0, 0));
    attendance->setCurrentIndex(attendance->model()->index(0, 0));
    ModelSignals queueSeen(queue->model());
    ModelSignals attendanceSeen(attendance->model());

    REQUIRE((*d2)->requestToSpeak({}, SpeakType::Speak).ok()); // the same list as d1's
    REQUIRE((*d2)->checkIn().ok());
    REQUIRE((*chair)->refresh().ok());

    REQUIRE(queue->model()->rowCount() == 2);
    REQUIRE(queueSeen.inserted.size() == 1);
    CHECK(queueSeen.inserted.at(0).at(1).toInt() == 1); // after the one waiting already
    CHECK(queueSeen.inserted.at(0).at(2).toInt() == 1);
    CHECK(queueSeen.reset.isEmpty());
    CHECK(queueSeen.removed.isEmpty());
    CHECK(queueSeen.layout.isEmpty());
    CHECK(textAt(queue, 1).contains(QStringLiteral("Ủy viên 2")));
    CHECK(queue->currentIndex().row() == 0);
    CHECK(queue->currentIndex().data().toString().contains(QStringLiteral("Ủy viên 1")));

    int row = -1;
    for (int r = 0; r < attendance->model()->rowCount(); ++r)
        if (attendance->model()->index(r, 0).data(ui::KeyedRowsModel::KeyRole).toString()
            == MeetingFixture::memberId(1))
            row = r;
    REQUIRE(row >= 0);
    REQUIRE(attendanceSeen.changed.size() == 1);
    CHECK(attendanceSeen.changed.at(0).at(0).toModelIndex().row() == row);
    CHECK(attendanceSeen.changed.at(0).at(1).toModelIndex().row() == row);
    CHECK(textAt(attendance, row, 1) == attendanceStatusName(AttendanceStatus::Present));
    CHECK(attendanceSeen.reset.isEmpty());
    CHECK(attendanceSeen.inserted.isEmpty());
    CHECK(attendanceSeen.removed.isEmpty());
    CHECK(attendance->currentIndex().row() == 0);
}

TEST_CASE("Session models: a refresh with nothing new changes no row and keeps every current row",
    "[ui][session][model]")
{
    SessionShare share;
    auto chair = share.seat(share.m.chairKey);
    auto secretary = share.seat(share.m.secretaryKey);
    auto d1 = share.seat(share.m.memberKeys[0]);
    auto d2 = share.seat(share.m.memberKeys[1]);
    REQUIRE((*d1)->requestToSpeak({}, SpeakType::Speak).ok());
    REQUIRE((*d2)->requestToSpeak({}, SpeakType::Question).ok());
    REQUIRE((*secretary)->recordConclusion({}, QStringLiteral("Thống nhất chủ trương"), {}).ok());
    REQUIRE((*chair)->checkIn().ok());
    REQUIRE((*chair)->openPoll(MeetingFixture::approvalPoll(QStringLiteral("p1"))).ok());
    REQUIRE((*chair)->refresh().ok());
    ui::SessionPanel panel(**chair);
    panel.resize(520, 760);
    panel.show();
    const QList<QAbstractItemView *> views { child<QListView>(panel, "speakerQueue"),
        child<QTableView>(panel, "attendanceTable"), child<QListView>(panel, "decisionList"),
        child<QTableView>(panel, "auditTable") };
    std::vector<std::unique_ptr<ModelSignals>> seen;
    for (QAbstractItemView *view : views) {
        INFO(view->objectName().toStdString());
        REQUIRE(view->model()->rowCount() >= 1);
        const int row = view->model()->rowCount() - 1; // not the first: a reset would lose it
        view->setCurrentIndex(view->model()->index(row, 0));
        seen.push_back(std::make_unique<ModelSignals>(view->model()));
    }
    QSignalSpy stateChanged(&**chair, &SessionService::stateChanged);
    for (int round = 0; round < 3; ++round)
        REQUIRE((*chair)->refresh().ok());
    REQUIRE(stateChanged.size() >= 1); // the refreshes did reach the panel
    for (size_t i = 0; i < seen.size(); ++i) {
        QAbstractItemView *view = views.at(static_cast<int>(i));
        INFO(view->objectName().toStdString());
        CHECK(seen.at(i)->reset.isEmpty());
        CHECK(seen.at(i)->layout.isEmpty());
        CHECK(seen.at(i)->inserted.isEmpty());
        CHECK(seen.at(i)->removed.isEmpty());
        CHECK(seen.at(i)->moved.isEmpty());
        CHECK(seen.at(i)->changed.isEmpty());
        CHECK(view->currentIndex().row() == view->model()->rowCount() - 1);
        CHECK(view->selectionModel()->isSelected(view->currentIndex()));
    }
}

TEST_CASE("Session models: the audit table keeps its scroll position when the log grows",
    "[ui][session][model]")
{
    SessionShare share;
    auto chair = share.seat(share.m.chairKey);
    for (int i = 0; i < 60; ++i)
        (*chair)->auditLog().append(MeetingFixture::memberId(0), QStringLiteral("check-in"),
            share.meetingId(), QStringLiteral("mục %1").arg(i));
    REQUIRE((*chair)->refresh().ok());
    ui::SessionPanel panel(**chair);
    panel.resize(360, 640);
    panel.show();
    panel.findChild<QTabWidget *>()->setCurrentIndex(4); // Audit log
    settle();
    QTableView *audit = child<QTableView>(panel, "auditTable");
    const int rows = audit->model()->rowCount();
    REQUIRE(rows >= 60);
    QScrollBar *scroll = audit->verticalScrollBar();
    REQUIRE(scroll->maximum() > 0);
    scroll->setValue(scroll->maximum() / 2);
    const int value = scroll->value();
    const QModelIndex top = audit->indexAt(QPoint(4, 4));
    REQUIRE(top.isValid());
    ModelSignals seen(audit->model());

    (*chair)->auditLog().append(
        MeetingFixture::memberId(1), QStringLiteral("check-in"), share.meetingId(), QString());
    REQUIRE((*chair)->refresh().ok());
    settle();
    REQUIRE(audit->model()->rowCount() == rows + 1);
    REQUIRE(seen.inserted.size() == 1);
    CHECK(seen.inserted.at(0).at(1).toInt() == rows); // at the end, where the log grows
    CHECK(seen.reset.isEmpty());
    CHECK(seen.removed.isEmpty());
    CHECK(scroll->value() == value);
    CHECK(audit->indexAt(QPoint(4, 4)) == top); // the same entry at the top of the view
}

TEST_CASE("Session models: a participant a new roster revision adds is one attendance row "
          "inserted, the rest untouched",
    "[ui][session][model]")
{
    SessionShare share;
    auto chair = share.seat(share.m.chairKey);
    ui::SessionPanel panel(**chair);
    panel.resize(520, 760);
    panel.show();
    QTableView *attendance = child<QTableView>(panel, "attendanceTable");
    const int rows = attendance->model()->rowCount();
    REQUIRE(rows == static_cast<int>(share.m.roster.participants.size()));
    attendance->setCurrentIndex(attendance->model()->index(rows - 1, 0));
    const QString current = attendance->currentIndex().data(ui::KeyedRowsModel::KeyRole).toString();
    ModelSignals seen(attendance->model());

    // Revision 2 adds a guest.
    Roster next = share.m.roster;
    next.revision = 2;
    next.issuedAt = QDateTime::currentDateTimeUtc();
    next.participants << MeetingFixture::participant(QStringLiteral("khach-moi"),
        QStringLiteral("Khách mời"), Role::Guest, 0, SigningKey::fromSeed(QByteArray(32, 'G')));
    REQUIRE(writeRosterToShare(share.root(), next, share.m.organisation).ok());
    REQUIRE((*chair)->refresh().ok());
    REQUIRE((*chair)->state().roster.roster.revision == 2);

    REQUIRE(attendance->model()->rowCount() == rows + 1);
    REQUIRE(seen.inserted.size() == 1);
    CHECK(seen.inserted.at(0).at(1).toInt() == rows);
    CHECK(seen.inserted.at(0).at(2).toInt() == rows);
    CHECK(textAt(attendance, rows) == QStringLiteral("Khách mời"));
    CHECK(seen.reset.isEmpty());
    CHECK(seen.removed.isEmpty());
    CHECK(seen.changed.isEmpty()); // nobody else's row changed
    CHECK(attendance->currentIndex().data(ui::KeyedRowsModel::KeyRole).toString() == current);
}
