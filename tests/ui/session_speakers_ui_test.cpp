// The speakers' tab (issue 15): the two lists (speeches, questions) with the topic, a
// delegate's withdrawal, the chair's order and closing of the list, and the countdown of the
// speaking time every seat shows, from the chair's start and the limit.
#include "session_fixture.h"

#include "session/sessionpanel.h"
#include "session/sessiontaskwidget.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>

using namespace phonghop;
using namespace phonghop::test;

namespace {
template <typename T> T *child(QWidget &w, const char *name)
{
    T *found = w.findChild<T *>(QString::fromLatin1(name));
    INFO(name);
    REQUIRE(found);
    return found;
}

QString rowText(QListView *view, int row)
{
    return view->model()->index(row, 0).data().toString();
}

void saveScreenshot(QWidget &w, const char *name)
{
    const QByteArray dir = qgetenv("PHONGHOP_SCREENSHOT_DIR");
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    if (!dir.isEmpty())
        w.grab().save(QString::fromLocal8Bit(dir) + u'/' + QString::fromLatin1(name)
            + QStringLiteral(".png"));
}

struct SpeakersPanel {
    std::unique_ptr<ui::SessionPanel> panel;
    explicit SpeakersPanel(SessionService &service)
        : panel(std::make_unique<ui::SessionPanel>(service))
    {
        panel->resize(520, 900);
        panel->show();
        panel->findChild<QTabWidget *>()->setCurrentIndex(1); // Speakers
    }
    QWidget &operator*() { return *panel; }
};
} // namespace

TEST_CASE("Speakers' tab: speeches and questions in two lists with their topic: a delegate "
          "withdraws their own and the chair reorders and closes the list",
    "[ui][session][speakers]")
{
    SessionShare share;
    auto chair = share.seat(share.m.chairKey);
    auto d1 = share.seat(share.m.memberKeys[0]);
    auto d2 = share.seat(share.m.memberKeys[1]);
    auto d3 = share.seat(share.m.memberKeys[2]);
    REQUIRE((*chair)->setCurrentItem(QStringLiteral("i1")).ok());
    REQUIRE((*d1)->refresh().ok());

    SpeakersPanel delegate(**d1);
    child<QLineEdit>(*delegate, "speakTopic")->setText(QStringLiteral("Kinh phí sửa đường"));
    QTest::mouseClick(child<QPushButton>(*delegate, "askToSpeak"), Qt::LeftButton);
    CHECK(child<QLineEdit>(*delegate, "speakTopic")->text().isEmpty());
    REQUIRE((*d2)->requestToSpeak(QStringLiteral("i1"), SpeakType::Question).ok());
    REQUIRE((*d1)->refresh().ok());
    QListView *speeches = child<QListView>(*delegate, "speakerQueue");
    QListView *questions = child<QListView>(*delegate, "questionQueue");
    REQUIRE(speeches->model()->rowCount() == 1);
    CHECK(rowText(speeches, 0).contains(QStringLiteral("Ủy viên 1")));
    CHECK(rowText(speeches, 0).contains(QStringLiteral("Kinh phí sửa đường")));
    REQUIRE(questions->model()->rowCount() == 1);
    CHECK(rowText(questions, 0).contains(QStringLiteral("Ủy viên 2")));
    // A delegate does not see the chair's controls.
    CHECK_FALSE(child<QPushButton>(*delegate, "closeList")->isVisibleTo(delegate.panel.get()));

    QPushButton *withdraw = child<QPushButton>(*delegate, "withdrawRequest");
    REQUIRE(withdraw->isEnabled());
    QTest::mouseClick(withdraw, Qt::LeftButton);
    REQUIRE((*d1)->refresh().ok());
    CHECK(speeches->model()->rowCount() == 0);
    CHECK_FALSE(withdraw->isEnabled());

    REQUIRE((*d3)->requestToSpeak(QStringLiteral("i1"), SpeakType::Speak).ok());
    REQUIRE((*d1)->requestToSpeak(QStringLiteral("i1"), SpeakType::Speak).ok());
    REQUIRE((*chair)->refresh().ok());
    SpeakersPanel chairPanel(**chair);
    QListView *chairSpeeches = child<QListView>(*chairPanel, "speakerQueue");
    QListView *chairQuestions = child<QListView>(*chairPanel, "questionQueue");
    REQUIRE(chairSpeeches->model()->rowCount() == 2);
    CHECK(rowText(chairSpeeches, 0).contains(QStringLiteral("Ủy viên 3")));
    chairSpeeches->setCurrentIndex(chairSpeeches->model()->index(1, 0)); // Ủy viên 1
    QTest::mouseClick(child<QPushButton>(*chairPanel, "moveSpeakerUp"), Qt::LeftButton);
    REQUIRE((*d2)->refresh().ok()); // another seat sees the chair's order
    QStringList order;
    for (const SpeakRequest &r : (*d2)->state().queue(SpeakType::Speak, QStringLiteral("i1")))
        order << r.participantId;
    CHECK(order == QStringList { MeetingFixture::memberId(0), MeetingFixture::memberId(2) });
    CHECK(rowText(chairSpeeches, 0).contains(QStringLiteral("Ủy viên 1")));

    // Choosing in one list clears the other: one request is the chair's choice.
    chairQuestions->setCurrentIndex(chairQuestions->model()->index(0, 0));
    CHECK_FALSE(chairSpeeches->currentIndex().isValid());

    QPushButton *closeList = child<QPushButton>(*chairPanel, "closeList");
    REQUIRE(closeList->isVisibleTo(chairPanel.panel.get()));
    CHECK(
        closeList->minimumHeight() >= child<QPushButton>(*chairPanel, "callNext")->minimumHeight());
    QTest::mouseClick(closeList, Qt::LeftButton);
    CHECK((*chair)->state().speakerListClosed(QStringLiteral("i1")));
    CHECK(closeList->text() != QStringLiteral("Close the list")); // now "Reopen the list"
    saveScreenshot(*chairPanel, "session-speakers-chair");

    REQUIRE((*d1)->refresh().ok());
    QLabel *listState = child<QLabel>(*delegate, "speakerListState");
    CHECK(listState->isVisibleTo(delegate.panel.get()));
    CHECK_FALSE(listState->text().isEmpty());
    auto *speakers = qobject_cast<ui::SessionTaskWidget *>(
        child<QPushButton>(*delegate, "askQuestion")->parentWidget());
    REQUIRE(speakers);
    QSignalSpy reported(speakers, &ui::SessionTaskWidget::reported);
    QTest::mouseClick(child<QPushButton>(*delegate, "askQuestion"), Qt::LeftButton);
    REQUIRE(reported.size() == 1);
    CHECK_FALSE(reported.at(0).at(0).toBool());
    CHECK(reported.at(0).at(1).toString().contains(QStringLiteral("closed")));
    CHECK(questions->model()->rowCount() == 1);
    saveScreenshot(*delegate, "session-speakers-delegate");
}

TEST_CASE("Speakers' tab: the countdown of the speaking time is the same on every seat (from the "
          "chair's start and the item's limit) and shows the time over",
    "[ui][session][speakers]")
{
    SessionShare share;
    auto chair = share.seat(share.m.chairKey);
    auto d1 = share.seat(share.m.memberKeys[0]);
    auto d2 = share.seat(share.m.memberKeys[1]);
    REQUIRE((*chair)->setCurrentItem(QStringLiteral("i1")).ok());
    REQUIRE((*d1)->requestToSpeak(QStringLiteral("i1"), SpeakType::Speak).ok());
    REQUIRE((*chair)->refresh().ok());

    SpeakersPanel chairPanel(**chair);
    child<QSpinBox>(*chairPanel, "speakingLimit")->setValue(3);
    QTest::mouseClick(child<QPushButton>(*chairPanel, "limitForItem"), Qt::LeftButton);
    REQUIRE((*chair)->state().speakingLimitSecs(QStringLiteral("i1")) == 180);
    REQUIRE((*chair)->state().requests.size() == 1);
    const QString request = (*chair)->state().requests.first().hash;

    // The chair gave the floor and started the time five minutes ago (by the chair's clock):
    // every seat counts from that start, not from when it read the record, so each shows two
    // minutes over.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const auto &[action, secondsAgo] : { std::pair { "call", 310 }, { "start", 300 } }) {
        const QDateTime at = now.addSecs(-secondsAgo);
        const SignedRecord r = makeSessionRecord(sessionkinds::floor, share.meetingId(), at,
            { { QStringLiteral("action"), QString::fromLatin1(action) },
                { QStringLiteral("request"), request } },
            share.m.chairKey);
        share.put(share.m.chairKey, sessionRecordFileName(r, at), r.toBytes());
    }

    REQUIRE((*d2)->refresh().ok());
    SpeakersPanel other(**d2);
    QLabel *time = child<QLabel>(*other, "floorTime");
    CHECK(time->text().startsWith(u'+'));
    CHECK(time->text().mid(1, 2) == QStringLiteral("02")); // 5:00 spoken, 3:00 allowed
    CHECK(time->toolTip().contains(QStringLiteral("03:00")));
    CHECK(time->styleSheet().contains(QStringLiteral("color")));
    saveScreenshot(*other, "session-speakers-overtime");

    // The chair gives the item ten minutes: every seat counts down again.
    child<QSpinBox>(*chairPanel, "speakingLimit")->setValue(10);
    QTest::mouseClick(child<QPushButton>(*chairPanel, "limitForItem"), Qt::LeftButton);
    REQUIRE((*d2)->refresh().ok());
    CHECK_FALSE(time->text().startsWith(u'+'));
    // 10:00 allowed, 5:00 spoken (and the seconds this test took): 5:00 or 4:xx left.
    CHECK((time->text() == QStringLiteral("05:00") || time->text().startsWith(u"04:")));
    CHECK(time->styleSheet().isEmpty());
}
