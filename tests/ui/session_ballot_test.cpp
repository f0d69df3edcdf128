// The delegate's ballot widgets (issue 15): "Ý kiến khác" asks for the opinion in a text field
// before the ballot is cast with it; where the body allows voting by proxy, a holder chooses
// whose ballot the buttons cast; the chair's form adds the option and the base.
#include "session_fixture.h"

#include "session/otheropinioneditor.h"
#include "session/pollprompt.h"
#include "session/sessionpanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
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
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    if (!dir.isEmpty())
        w.grab().save(QString::fromLocal8Bit(dir) + u'/' + QString::fromLatin1(name)
            + QStringLiteral(".png"));
}

PollDefinition pollWithOther()
{
    PollDefinition poll = MeetingFixture::approvalPoll(QStringLiteral("p1"));
    poll.options << PollDefinition::otherOption();
    return poll;
}
} // namespace

TEST_CASE("Ballot: \"Ý kiến khác\" opens a text field and casts the ballot with the opinion")
{
    SessionShare share;
    auto chair = share.seat(share.m.chairKey);
    auto delegate = share.seat(share.m.memberKeys[0]);
    REQUIRE((*chair)->openPoll(pollWithOther()).ok());
    REQUIRE((*delegate)->refresh().ok());

    ui::SessionPanel panel(**delegate);
    panel.resize(520, 760);
    panel.show();
    panel.findChild<QTabWidget *>()->setCurrentIndex(2); // Voting
    QPushButton *other = child<QPushButton>(panel, "vote-3");
    CHECK(other->text() == QStringLiteral("Ý kiến khác"));
    // No text field until the option is tapped.
    const auto *before = panel.findChild<ui::OtherOpinionEditor *>();
    CHECK((!before || !before->isVisibleTo(&panel)));

    // Tapping the option casts nothing yet: it asks for the opinion.
    QTest::mouseClick(other, Qt::LeftButton);
    CHECK_FALSE((*delegate)->state().poll(QStringLiteral("p1"))->ownBallot.has_value());
    auto *editor = child<ui::OtherOpinionEditor>(panel, "otherOpinionEditor");
    REQUIRE(editor->isVisibleTo(&panel));
    QPlainTextEdit *text = editor->textEdit();
    CHECK(text->minimumHeight() >= 64); // room for a finger
    CHECK_FALSE(editor->castButton()->isEnabled()); // nothing written yet
    text->setPlainText(QString(PollDefinition::maximumOtherTextLength + 1, u'x'));
    CHECK_FALSE(editor->castButton()->isEnabled()); // too long
    CHECK(child<QLabel>(panel, "otherOpinionCount")->text().contains(u"1"));
    const QString opinion = QStringLiteral("Đề nghị làm rõ nguồn vốn đối ứng");
    text->setPlainText(opinion);
    REQUIRE(editor->castButton()->isEnabled());
    screenshot(panel, "session-other-opinion");
    QTest::mouseClick(editor->castButton(), Qt::LeftButton);

    const PollState *poll = (*delegate)->state().poll(QStringLiteral("p1"));
    REQUIRE(poll->ownBallot.has_value());
    CHECK(poll->ownBallot->choices == QList<int> { 3 });
    CHECK(poll->ownBallot->otherText == opinion);
    CHECK_FALSE(editor->isVisibleTo(&panel));
    CHECK(child<QLabel>(panel, "pollStatus")->text().contains(opinion));

    // The chair's result names it beside the voter once closed.
    REQUIRE((*chair)->closePoll(QStringLiteral("p1")).ok());
    REQUIRE((*chair)->refresh().ok());
    ui::SessionPanel chairPanel(**chair);
    chairPanel.resize(520, 900);
    chairPanel.show();
    chairPanel.findChild<QTabWidget *>()->setCurrentIndex(2);
    const QString shown = child<QLabel>(chairPanel, "otherOpinions")->text();
    CHECK(shown.contains(QStringLiteral("Ủy viên 1")));
    CHECK(shown.contains(opinion));
}

TEST_CASE("Ballot prompt: the other opinion is written in the prompt too")
{
    SessionShare share;
    auto chair = share.seat(share.m.chairKey);
    auto delegate = share.seat(share.m.memberKeys[1]);
    REQUIRE((*chair)->openPoll(pollWithOther()).ok());
    REQUIRE((*delegate)->refresh().ok());
    QWidget window;
    window.resize(800, 900);
    auto *document = new QWidget(&window);
    document->setGeometry(0, 0, 800, 900);
    ui::PollPrompt prompt(**delegate, &window);
    prompt.follow(document);
    window.show();
    REQUIRE(prompt.isVisible());
    QTest::mouseClick(child<QPushButton>(prompt, "promptVote-3"), Qt::LeftButton);
    REQUIRE(prompt.otherOpinionEditor()->isVisible());
    prompt.otherOpinionEditor()->textEdit()->setPlainText(
        QStringLiteral("Giữ nguyên phương án cũ"));
    QTest::mouseClick(prompt.otherOpinionEditor()->castButton(), Qt::LeftButton);
    REQUIRE((*delegate)->refresh().ok());
    const PollState *poll = (*delegate)->state().poll(QStringLiteral("p1"));
    REQUIRE(poll->ownBallot.has_value());
    CHECK(poll->ownBallot->otherText == QStringLiteral("Giữ nguyên phương án cũ"));
    CHECK_FALSE(prompt.isVisible()); // voted: the prompt goes away
}

TEST_CASE("Ballot: a proxy holder chooses whose ballot to cast, where the body allows it")
{
    for (const bool allowed : { true, false }) {
        SessionShare share;
        share.m.roster.proxyVoting = allowed;
        share.m.roster.revision = 2;
        share.m.resign();
        REQUIRE(writeRosterToShare(share.root(), share.m.roster, share.m.organisation).ok());
        auto chair = share.seat(share.m.chairKey);
        auto holder = share.seat(share.m.memberKeys[0]);
        auto absent = share.seat(share.m.memberKeys[3]);
        REQUIRE((*absent)->giveProxy({}, MeetingFixture::memberId(0), {}).ok());
        REQUIRE((*chair)->openPoll(MeetingFixture::approvalPoll(QStringLiteral("p1"))).ok());
        REQUIRE((*holder)->refresh().ok());

        ui::SessionPanel panel(**holder);
        panel.resize(520, 760);
        panel.show();
        panel.findChild<QTabWidget *>()->setCurrentIndex(2);
        QComboBox *voteFor = child<QComboBox>(panel, "voteFor");
        CHECK(voteFor->isVisibleTo(&panel) == allowed);
        if (!allowed)
            continue;
        REQUIRE(voteFor->count() == 2);
        CHECK(voteFor->itemText(1).contains(QStringLiteral("Ủy viên 4")));
        voteFor->setCurrentIndex(1);
        QTest::mouseClick(child<QPushButton>(panel, "vote-1"), Qt::LeftButton);
        REQUIRE((*chair)->refresh().ok());
        const PollState *poll = (*chair)->state().poll(QStringLiteral("p1"));
        REQUIRE(poll->ballots.accepted.size() == 1);
        CHECK(poll->ballots.accepted.first().voter == MeetingFixture::memberId(3));
        CHECK(poll->ballots.accepted.first().proxyHolder == MeetingFixture::memberId(0));
        CHECK(poll->ballots.accepted.first().choices == QList<int> { 1 });
        // The holder's own ballot is still to cast.
        CHECK_FALSE((*holder)->state().poll(QStringLiteral("p1"))->ownBallot.has_value());
    }
}

TEST_CASE("Chair's form: the other-opinion option and the base for and against only")
{
    SessionShare share;
    auto chair = share.seat(share.m.chairKey);
    ui::SessionPanel panel(**chair);
    panel.resize(520, 900);
    panel.show();
    panel.findChild<QTabWidget *>()->setCurrentIndex(2);
    child<QLineEdit>(panel, "newPollTitle")->setText(QStringLiteral("Thông qua Tờ trình số 7"));
    child<QCheckBox>(panel, "newPollOther")->setChecked(true);
    QComboBox *base = child<QComboBox>(panel, "newPollBase");
    base->setCurrentIndex(base->findData(QStringLiteral("cast-yes-no")));
    QTest::mouseClick(child<QPushButton>(panel, "openPoll"), Qt::LeftButton);
    REQUIRE((*chair)->refresh().ok());
    REQUIRE((*chair)->state().polls.size() == 1);
    const PollDefinition &poll = (*chair)->state().polls.first().open.poll;
    CHECK(poll.otherOptionIndex() == 3);
    CHECK(poll.rule.base == VoteBase::CastYesNo);

    // A choice poll has neither.
    QComboBox *kind = child<QComboBox>(panel, "newPollKind");
    kind->setCurrentIndex(kind->findData(static_cast<int>(PollKind::Choice)));
    CHECK_FALSE(child<QCheckBox>(panel, "newPollOther")->isEnabled());
}
