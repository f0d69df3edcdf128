// The conclusions and minutes widgets of the session panel (issue 15): the chair corrects the
// selected conclusion (the list keeps the corrected one, greyed), a conclusion cites one of the
// meeting's documents, the number and place are asked before the first draft and kept, and the
// secretary writes the conclusion notice.
#include "pdf_reading.h"
#include "session_documents_fixture.h"
#include "session_fixture.h"

#include "session/conclusionswidget.h"
#include "session/decisionmodel.h"
#include "session/minuteswidget.h"
#include "session/sessionpanel.h"

#include <QComboBox>
#include <QListView>
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
} // namespace

TEST_CASE("Session panel: the chair corrects the selected conclusion, and the list keeps both",
    "[session][conclusions]")
{
    SessionShare share;
    auto chair = share.seat(share.m.chairKey);
    chair->cache->storeMeeting(documentsMeeting(share.meetingId()), {});
    REQUIRE((*chair)->setCurrentItem(QStringLiteral("item-5")).ok());
    REQUIRE((*chair)->refresh().ok());

    ui::SessionPanel panel(**chair);
    panel.resize(520, 900);
    panel.show();
    panel.findChild<QTabWidget *>()->setCurrentIndex(3);
    auto *conclusions = panel.findChild<ui::ConclusionsWidget *>();
    REQUIRE(conclusions);
    conclusions->setConfirmation([](const QString &) { return true; });
    QPlainTextEdit *box = panel.findChild<QPlainTextEdit *>();
    QComboBox *document = child<QComboBox>(panel, "conclusionDocument");
    REQUIRE(document->count() == 3); // none, and the meeting's two documents
    document->setCurrentIndex(document->findData(planSha));
    box->setPlainText(QStringLiteral("Thống nhất thông qua Kế hoạch"));
    QTest::mouseClick(child<QPushButton>(panel, "recordConclusion"), Qt::LeftButton);
    REQUIRE((*chair)->refresh().ok());
    REQUIRE((*chair)->state().chain.decisions.size() == 1);
    CHECK((*chair)->state().chain.decisions.first().documentSha256 == planSha);

    QListView *list = child<QListView>(panel, "decisionList");
    REQUIRE(list->model()->rowCount() == 1);
    CHECK(list->model()->index(0, 0).data().toString().contains(
        QStringLiteral("Kế hoạch số 12/KH-UBND"))); // the cited document, by title
    QPushButton *correct = child<QPushButton>(panel, "supersedeConclusion");
    REQUIRE(correct->isVisibleTo(&panel));
    // Nothing selected: said, nothing recorded.
    QTest::mouseClick(correct, Qt::LeftButton);
    list->setCurrentIndex(list->model()->index(0, 0));
    // An empty box gets the old text to edit first.
    box->clear();
    QTest::mouseClick(correct, Qt::LeftButton);
    CHECK(box->toPlainText() == QStringLiteral("Thống nhất thông qua Kế hoạch"));
    REQUIRE((*chair)->refresh().ok());
    CHECK((*chair)->state().chain.decisions.size() == 1);
    box->setPlainText(QStringLiteral("Thống nhất thông qua Kế hoạch, bổ sung kinh phí"));
    document->setCurrentIndex(0);
    QTest::mouseClick(correct, Qt::LeftButton);
    REQUIRE((*chair)->refresh().ok());
    const ChainReport &chain = (*chair)->state().chain;
    REQUIRE(chain.decisions.size() == 2);
    CHECK(chain.decisions.at(1).supersedes == chain.hashes.at(0));
    CHECK(chain.decisions.at(1).conclusion
        == QStringLiteral("Thống nhất thông qua Kế hoạch, bổ sung kinh phí"));
    REQUIRE(list->model()->rowCount() == 2);
    CHECK(list->model()
              ->index(0, 0)
              .data(ui::DecisionModel::CurrentDecisionRole)
              .toString()
              .isEmpty());
    CHECK(list->model()->index(1, 0).data(ui::DecisionModel::CurrentDecisionRole).toString()
        == chain.hashes.at(1));
    screenshot(panel, "session-chair-correction");
}

TEST_CASE("Session panel: the number and place are asked before the first draft, kept, and the "
          "secretary writes the notice",
    "[session][minutes]")
{
    SessionShare share;
    auto chair = share.seat(share.m.chairKey);
    auto secretary = share.seat(share.m.secretaryKey);
    secretary->cache->storeMeeting(documentsMeeting(share.meetingId()), {});
    REQUIRE((*chair)
                ->recordConclusion(QStringLiteral("item-4-a"),
                    QStringLiteral("Giao Phòng Tài chính - Kế hoạch rà soát số liệu"), {})
                .ok());
    REQUIRE((*secretary)->refresh().ok());

    ui::SessionPanel panel(**secretary);
    panel.resize(520, 900);
    panel.show();
    panel.findChild<QTabWidget *>()->setCurrentIndex(3); // Conclusions, with the minutes
    auto *minutes = panel.findChild<ui::MinutesWidget *>();
    REQUIRE(minutes);
    int asked = 0;
    minutes->setDetailsPrompt([&asked](const ui::MinutesWidget::Details &start) {
        ++asked;
        CHECK_FALSE(start.kept);
        ui::MinutesWidget::Details given = start;
        given.minutes = MinutesInfo { QStringLiteral("Số: 15/BB-UBND"), QStringLiteral("Sơn Hà") };
        given.noticeNumber = QStringLiteral("12/TB-UBND");
        return std::optional<ui::MinutesWidget::Details>(given);
    });
    QTemporaryDir out;
    QString suggested;
    minutes->setFileChooser([&](const QString &name) {
        suggested = name;
        return out.filePath(name);
    });
    QTest::mouseClick(child<QPushButton>(panel, "generateMinutes"), Qt::LeftButton);
    CHECK(asked == 1);
    REQUIRE(QFileInfo::exists(out.filePath(QStringLiteral("bien-ban.pdf"))));
    CHECK(pdfText(out.filePath(QStringLiteral("bien-ban.pdf")))
              .contains(QStringLiteral("Số: 15/BB-UBND")));
    // A second draft is not asked again: the details are kept for the meeting.
    QTest::mouseClick(child<QPushButton>(panel, "generateMinutes"), Qt::LeftButton);
    CHECK(asked == 1);
    CHECK((*secretary)->documentDetails().kept);

    QPushButton *notice = child<QPushButton>(panel, "writeNotice");
    REQUIRE(notice->isVisibleTo(&panel));
    QTest::mouseClick(notice, Qt::LeftButton);
    CHECK(asked == 1);
    CHECK(suggested == QStringLiteral("thong-bao-ket-luan.pdf"));
    const QString text = pdfText(out.filePath(suggested));
    CHECK(text.contains(QStringLiteral("Số: 12/TB-UBND")));
    CHECK(text.contains(QStringLiteral("Giao Phòng Tài chính - Kế hoạch rà soát số liệu")));

    // A delegate has no notice to write.
    auto delegate = share.seat(share.m.memberKeys[0]);
    ui::SessionPanel delegatePanel(**delegate);
    delegatePanel.show();
    delegatePanel.findChild<QTabWidget *>()->setCurrentIndex(3);
    REQUIRE(child<QPushButton>(delegatePanel, "generateMinutes")->isVisibleTo(&delegatePanel));
    CHECK_FALSE(child<QPushButton>(delegatePanel, "writeNotice")->isVisibleTo(&delegatePanel));
}
