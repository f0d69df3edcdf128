// The session panel drives the real SessionService over a real share folder.
#include "session_fixture.h"

#include "session/sessionpanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace phonghop;
using namespace phonghop::test;

namespace {
template <typename T>
T *child(QWidget &w, const char *name)
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
        w.grab().save(QString::fromLocal8Bit(dir) + u'/' + QString::fromLatin1(name) + QStringLiteral(".png"));
}
} // namespace

TEST_CASE("Session panel: a delegate checks in and votes with the large buttons; the chair's controls stay hidden")
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
    CHECK((*delegate)->state().attendanceOf(MeetingFixture::memberId(0))->status == AttendanceStatus::Present);
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
    QTableWidget *results = child<QTableWidget>(panel, "pollResults");
    REQUIRE(results->rowCount() == 3);
    CHECK(results->item(0, 1)->text() == QStringLiteral("1"));
    CHECK(child<QLabel>(panel, "ballotVerification")->text().contains(QStringLiteral("counted")));
    CHECK_FALSE(child<QPushButton>(panel, "vote-0")->isEnabled());
    CHECK(child<QPushButton>(panel, "vote-0")->isHidden());
    screenshot(panel, "session-delegate-result");
}

TEST_CASE("Session panel: the chair calls the next speaker, and following the presenter emits the page")
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

TEST_CASE("Session panel: the secretary writes the conclusion, the chair confirms the draft into the decision record")
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
    secretaryPanel.findChild<QPlainTextEdit *>()->setPlainText(QStringLiteral("Thống nhất chủ trương đầu tư"));
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
    QListWidget *list = child<QListWidget>(chairPanel, "decisionList");
    REQUIRE(list->count() == 1);
    CHECK(list->item(0)->text().contains(QStringLiteral("Thống nhất chủ trương đầu tư")));
    CHECK(list->item(0)->font().italic()); // a draft, not yet a decision
    QPushButton *confirm = child<QPushButton>(chairPanel, "confirmDraft");
    REQUIRE(confirm->isVisibleTo(&chairPanel));
    screenshot(chairPanel, "session-chair-draft");
    QTest::mouseClick(confirm, Qt::LeftButton);
    REQUIRE((*chair)->state().chain.decisions.size() == 1);
    CHECK((*chair)->state().chain.decisions.first().conclusion == QStringLiteral("Thống nhất chủ trương đầu tư"));
    REQUIRE(list->count() == 1);
    CHECK_FALSE(list->item(0)->font().italic());
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

TEST_CASE("Session panel in the app's background mode: two polls opened in quick succession get their own ids, and the last one is shown")
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
    for (int round = 0; round < 100 && ((*chair)->refreshing() || (*chair)->state().polls.size() < 2); ++round) {
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

TEST_CASE("Session panel: the speaker the chair selected stays selected across refreshes and is the one called")
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
    QListWidget *queue = child<QListWidget>(panel, "speakerQueue");
    REQUIRE(queue->count() == 2);
    queue->setCurrentRow(1); // Ủy viên 2's question, not the first in line
    // Someone else asks meanwhile; the list is rebuilt by the refresh.
    REQUIRE((*d3)->requestToSpeak({}, SpeakType::Speak).ok());
    REQUIRE((*chair)->refresh().ok());
    REQUIRE(queue->count() == 3);
    REQUIRE(queue->currentItem());
    CHECK(queue->currentItem()->text().contains(QStringLiteral("Ủy viên 2")));
    QTest::mouseClick(child<QPushButton>(panel, "callNext"), Qt::LeftButton);
    REQUIRE((*chair)->state().floor.has_value());
    CHECK((*chair)->state().floor->participantId == MeetingFixture::memberId(1));
}
