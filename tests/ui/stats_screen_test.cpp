// The statistics screen (issue 17, part 4): a share where a few sessions of two units really
// happened (the seats' SessionServices: roll call, speakers, polls, conclusions) and an office
// seat whose cache has the meetings but no session read yet. The page reads the sessions from
// the share on its worker and shows the figures; they are compared with computeStatistics'
// own result and with what the test planned; then the unit filter, the charts, the exports and
// screenshots at 1366×768 and 800×1280.
#include "pdf_reading.h"
#include "voting_fixture.h"

#include "i18n/languageloader.h"
#include "meeting_core/i18n/localeformat.h"
#include "meeting_core/org/rosterbuilder.h"
#include "meeting_core/session/sessionservice.h"
#include "meeting_core/share/sharewriter.h"
#include "meeting_core/stats/statistics.h"
#include "meeting_core/store/meetingcache.h"
#include "meeting_core/sync/organisationtrust.h"
#include "secretary/secretaryworkspace.h"
#include "stats/barchartwidget.h"
#include "stats/statisticspage.h"
#include "stats/statisticstablemodel.h"
#include "style/touchstyle.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <climits>
#include <iostream>
#include <memory>

using namespace phonghop;
using namespace phonghop::test;
using phonghop::ui::StatisticsPage;

namespace {

const QString unitA = QStringLiteral("UBND xã Sơn Hà");
const QString unitB = QStringLiteral("UBND xã Sơn Thủy");
const QString chairId = QStringLiteral("chu-tich");
constexpr int members = 3;
constexpr int held = 6; // meetings whose session happened; one more has none

struct Planned {
    Meeting meeting;
    QMap<QString, QString> category; // person → present | excused | absent | proxy | ""
    QList<QPair<QString, bool>> speeches; // person, question
    bool pollPassed = true;
    int ballots = 0;
};

Meeting meetingOf(int k)
{
    Meeting m;
    m.id = QStringLiteral("hop-2025-%1").arg(k + 1, 2, 10, QLatin1Char('0'));
    m.revision = 1;
    m.title = QStringLiteral("Phiên họp thường kỳ tháng %1").arg(k + 1);
    m.organisation = k % 3 == 2 ? unitB : unitA;
    m.start = QDateTime(QDate(2025, k + 1, 10), QTime(8, 0), Qt::OffsetFromUTC, 7 * 3600);
    m.end = m.start.addSecs(3 * 3600);
    for (int i = 0; i < 2; ++i)
        m.agenda << AgendaItem { QStringLiteral("muc-%1").arg(i + 1), {}, i, QString::number(i + 1),
            QStringLiteral("Nội dung %1").arg(i + 1), {}, 0 };
    static const QStringList kinds { QStringLiteral("to-trinh"), QStringLiteral("bao-cao"),
        QStringLiteral("du-thao-quyet-dinh") };
    for (int i = 0; i < 1 + k % 3; ++i) {
        DocumentRef d;
        d.id = QStringLiteral("tl-%1").arg(i + 1);
        d.agendaItemId = QStringLiteral("muc-%1").arg(i % 2 + 1);
        d.title = QStringLiteral("Tài liệu %1").arg(i + 1);
        d.kind = kinds[(k + i) % 3];
        d.sha256 = QString::fromLatin1(
            QCryptographicHash::hash(m.id.toUtf8() + d.id.toUtf8(), QCryptographicHash::Sha256)
                .toHex());
        d.size = 1000;
        d.version = 1 + (k + i) % 2;
        m.documents << d;
    }
    return m;
}

void require(const Status &status)
{
    INFO(status.error().toStdString());
    REQUIRE(status.ok());
}

struct Seat {
    QTemporaryDir dir;
    std::unique_ptr<MeetingCache> cache;
    std::unique_ptr<SessionService> service;
    Seat(const QString &share, const SigningKey *key, const SigningKey &organisation,
        const QList<Meeting> &meetings)
    {
        REQUIRE(dir.isValid());
        if (key)
            REQUIRE(key->save(dir.filePath(QStringLiteral("device.key"))).ok());
        auto opened = MeetingCache::open(dir.path());
        REQUIRE(opened.ok());
        cache = std::move(opened).value();
        REQUIRE(pinOrganisation(*cache, unitA, organisation.publicKey()).ok());
        for (const Meeting &m : meetings)
            cache->storeMeeting(m, QByteArrayLiteral("{}"));
        cache->setValue(cachekeys::sharePath, share);
        if (key)
            service = std::make_unique<SessionService>(*cache, share, meetings.first().id);
    }
    SessionService &join(const QString &meetingId)
    {
        service->setMeetingId(meetingId);
        require(service->refresh());
        return *service;
    }
};

// The share with its sessions held, once per process.
struct Office {
    MeetingFixture m { members };
    QTemporaryDir shareDir;
    QList<Planned> plan;
    QList<Meeting> meetings; // the plan's, and one more with no session
    std::unique_ptr<Seat> chair, secretary;
    std::vector<std::unique_ptr<Seat>> member;

    QString share() const { return shareDir.path(); }

    Office()
    {
        REQUIRE(shareDir.isValid());
        require(ShareWriter(share()).initialise(unitA, m.organisation));
        static const QStringList cycle { QStringLiteral("present"), QStringLiteral("excused"),
            QStringLiteral("present"), QStringLiteral("absent"), QStringLiteral("present"),
            QStringLiteral("proxy"), QStringLiteral("present"), QString() };
        for (int k = 0; k < held; ++k) {
            Planned p;
            p.meeting = meetingOf(k);
            p.category[chairId] = QStringLiteral("present");
            p.category[QStringLiteral("thu-ky")] = QStringLiteral("present");
            p.category[QStringLiteral("khach")] = k % 2 ? QStringLiteral("present") : QString();
            QStringList present;
            for (int i = 0; i < members; ++i) {
                const QString c = cycle[(k + i) % cycle.size()];
                p.category[MeetingFixture::memberId(i)] = c;
                if (c == u"present")
                    present << MeetingFixture::memberId(i);
            }
            REQUIRE_FALSE(present.isEmpty());
            p.speeches << qMakePair(present.first(), false);
            if (k % 2)
                p.speeches << qMakePair(present.last(), true);
            p.pollPassed = k % 3 != 1;
            p.ballots = 1 + static_cast<int>(present.size());
            plan << p;
            meetings << p.meeting;
        }
        meetings << meetingOf(held); // in unit A, never held
        chair = std::make_unique<Seat>(share(), &m.chairKey, m.organisation, meetings);
        secretary = std::make_unique<Seat>(share(), &m.secretaryKey, m.organisation, meetings);
        for (int i = 0; i < members; ++i)
            member.push_back(std::make_unique<Seat>(
                share(), &m.memberKeys.at(static_cast<size_t>(i)), m.organisation, meetings));
        for (const Planned &p : std::as_const(plan))
            hold(p);
    }

    Seat &seatOf(const QString &person)
    {
        return *member.at(static_cast<size_t>(person.mid(8).toInt() - 1));
    }

    void hold(const Planned &p)
    {
        Roster roster = m.roster;
        roster.meetingId = p.meeting.id;
        require(writeRosterToShare(share(), roster, m.organisation));
        SessionService &sec = secretary->join(p.meeting.id);
        for (auto it = p.category.cbegin(); it != p.category.cend(); ++it) {
            if (it.value() == u"present")
                require(sec.checkIn(it.key()));
            else if (it.value() == u"excused")
                require(sec.reportAbsence(it.key(), QStringLiteral("Đi công tác")));
            else if (it.value() == u"absent")
                require(sec.reportAbsence(it.key(), QString()));
            else if (it.value() == u"proxy")
                require(sec.giveProxy(it.key(), chairId, QStringLiteral("Ốm")));
        }
        SessionService &ch = chair->join(p.meeting.id);
        for (const auto &[person, question] : p.speeches) {
            require(ch.setCurrentItem(QStringLiteral("muc-1")));
            SessionService &speaker = seatOf(person).join(p.meeting.id);
            require(speaker.requestToSpeak(
                QStringLiteral("muc-1"), question ? SpeakType::Question : SpeakType::Speak));
            require(ch.refresh());
            require(ch.callNextSpeaker());
            require(ch.startSpeakingTime());
            require(ch.stopSpeakingTime());
        }
        const PollDefinition poll = MeetingFixture::approvalPoll(QStringLiteral("bq-1"));
        REQUIRE(ch.openPoll(poll).ok());
        const QList<int> choice { p.pollPassed ? 0 : 1 };
        for (auto it = p.category.cbegin(); it != p.category.cend(); ++it)
            if (it.value() == u"present" && it.key().startsWith(QStringLiteral("uy-vien-")))
                require(seatOf(it.key()).join(p.meeting.id).castVote(poll.id, choice));
        require(ch.refresh());
        require(ch.castVote(poll.id, choice));
        require(ch.closePoll(poll.id));
        require(ch.refresh());
        require(ch.recordConclusion(
            QStringLiteral("muc-1"), QStringLiteral("Thống nhất"), { poll.id }));
        require(ch.refresh());
    }

    int count(const QString &person, const QString &category, const QString &unit = {}) const
    {
        int n = 0;
        for (const Planned &p : plan)
            if (unit.isEmpty() || p.meeting.organisation == unit)
                n += p.category.value(person) == category;
        return n;
    }
};

Office &office()
{
    static Office o;
    return o;
}

void computeAndWait(StatisticsPage &page)
{
    QSignalSpy computed(&page, &StatisticsPage::computed);
    QSignalSpy failed(&page, &StatisticsPage::failed);
    page.showButton()->click();
    CHECK(page.isBusy());
    REQUIRE(computed.wait(120000));
    CHECK(failed.isEmpty());
    CHECK_FALSE(page.isBusy());
}

QStringList modelRow(const ui::StatisticsTableModel &model, int row)
{
    QStringList cells;
    for (int c = 0; c < model.columnCount(); ++c)
        cells << model.data(model.index(row, c)).toString();
    return cells;
}

// The row of the shown table whose first cell is `first`.
QStringList rowOf(const ui::StatisticsTableModel &model, const QString &first)
{
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.data(model.index(r, 0)).toString() == first)
            return modelRow(model, r);
    return {};
}

LocaleFormat interfaceFormat()
{
    return LocaleFormat(
        QLocale().language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("vi"));
}

void settle()
{
    for (int i = 0; i < 4; ++i)
        QCoreApplication::processEvents();
}

} // namespace

TEST_CASE("The statistics page shows the figures of the sessions held, by period and unit")
{
    Office &o = office();
    Seat seat(o.share(), nullptr, o.m.organisation, o.meetings);
    StatisticsPage page(*seat.cache, o.share());
    page.resize(1366, 700);
    page.show();
    CHECK(page.units() == QStringList { unitA, unitB });
    CHECK_FALSE(page.exportCsvButton()->isEnabled());

    page.setPeriod(QDate(2025, 1, 1), QDate(2025, 12, 31));
    computeAndWait(page);
    // The sessions were read from the share on the page's worker: the same figures as
    // computeStatistics on the cache now.
    const StatisticsQuery query = page.query();
    CHECK(query.unit.isEmpty());
    const Statistics expected = computeStatistics(seat.cache->database(), query);
    const Statistics &shown = page.statistics();
    CHECK(statisticsToJson(shown) == statisticsToJson(expected));
    CHECK(shown.meetings == held + 1);
    CHECK(shown.missingSessions == QStringList { meetingOf(held).id });
    CHECK(page.summaryUpdate().updated.size() == held);
    CHECK(page.missingText().contains(meetingOf(held).title));
    CHECK(page.exportCsvButton()->isEnabled());
    std::cout << "Statistics screen (" << held + 1 << " meetings): filled from the cache in "
              << page.lastFillMs() << " ms (computing " << page.lastComputeMs()
              << " ms), sessions read from the share by " << page.lastUpdateMs() << " ms\n";

    // Each table on screen is statisticsTables' table, in its order.
    const LocaleFormat format = interfaceFormat();
    const QList<StatisticsTable> tables = statisticsTables(expected, &format);
    REQUIRE(tables.size() == 7);
    for (const StatisticsTable &t : tables) {
        INFO(t.key.toStdString());
        const ui::StatisticsTableModel *model = page.tableModel(t.id);
        REQUIRE(model);
        REQUIRE(model->rowCount() == t.rows.size());
        for (int r = 0; r < model->rowCount(); ++r)
            CHECK(modelRow(*model, r) == t.rows[r]);
        CHECK(page.chartWidget(t.id)->chart().groups.size() == t.chart.groups.size());
    }

    // The counts the test planned.
    const ui::StatisticsTableModel &attendance = *page.tableModel(StatisticsTableId::Attendance);
    for (int i = 0; i < members; ++i) {
        const QString person = MeetingFixture::memberId(i);
        const QStringList row = rowOf(attendance, QStringLiteral("Ủy viên %1").arg(i + 1));
        INFO(person.toStdString());
        REQUIRE(row.size() == 7);
        CHECK(row[1] == QString::number(held));
        CHECK(row[2] == QString::number(o.count(person, QStringLiteral("present"))));
        CHECK(row[3] == QString::number(o.count(person, QStringLiteral("excused"))));
        CHECK(row[4] == QString::number(o.count(person, QStringLiteral("absent"))));
        CHECK(row[5] == QString::number(o.count(person, QStringLiteral("proxy"))));
    }
    int passed = 0;
    for (const Planned &p : o.plan)
        passed += p.pollPassed;
    const ui::StatisticsTableModel &polls = *page.tableModel(StatisticsTableId::Polls);
    CHECK(polls.rowCount() == held);
    int passedShown = 0;
    for (const PollOutcome &p : shown.polls)
        passedShown += p.passed;
    CHECK(passedShown == passed);
    CHECK(page.tableModel(StatisticsTableId::Documents)->rowCount() == held + 1);
    // Numbers right-aligned, names left.
    CHECK(attendance.data(attendance.index(0, 2), Qt::TextAlignmentRole).toInt() & Qt::AlignRight);
    CHECK(attendance.data(attendance.index(0, 0), Qt::TextAlignmentRole).toInt() & Qt::AlignLeft);

    // A click on the "Present" header sorts by the number.
    QTableView *view = page.tableView(StatisticsTableId::Attendance);
    view->sortByColumn(2, Qt::DescendingOrder);
    int previous = INT_MAX;
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        const int value = view->model()->index(r, 2).data().toInt();
        CHECK(value <= previous);
        previous = value;
    }

    SECTION("The unit filter takes only that unit's meetings")
    {
        page.setUnit(unitB);
        REQUIRE(page.unit() == unitB);
        computeAndWait(page);
        const Statistics b = page.statistics();
        int ofB = 0;
        for (const Planned &p : o.plan)
            ofB += p.meeting.organisation == unitB;
        REQUIRE(ofB == 2);
        CHECK(b.meetings == ofB);
        CHECK(b.missingSessions.isEmpty());
        CHECK(page.missingText().isEmpty());
        CHECK(page.tableModel(StatisticsTableId::Polls)->rowCount() == ofB);
        CHECK(page.tableModel(StatisticsTableId::Documents)->rowCount() == ofB);
        const QStringList row
            = rowOf(*page.tableModel(StatisticsTableId::Attendance), QStringLiteral("Ủy viên 1"));
        REQUIRE(row.size() == 7);
        CHECK(row[1] == QString::number(ofB));
        CHECK(row[2]
            == QString::number(
                o.count(MeetingFixture::memberId(0), QStringLiteral("present"), unitB)));
        CHECK(statisticsToJson(b)
            == statisticsToJson(computeStatistics(seat.cache->database(), page.query())));
        CHECK(page.statusText().contains(unitB));
    }

    SECTION("A shorter period: the first quarter only")
    {
        page.setPeriod(QDate(2025, 1, 1), QDate(2025, 3, 31));
        computeAndWait(page);
        CHECK(page.statistics().meetings == 3);
        CHECK(page.tableModel(StatisticsTableId::Polls)->rowCount() == 3);
    }

    SECTION("The chart widget paints the chart")
    {
        ui::BarChartWidget *chart = page.chartWidget(StatisticsTableId::Attendance);
        chart->resize(560, 360);
        ui::BarChartWidget empty;
        empty.resize(chart->size());
        BarChart none = chart->chart();
        none.groups.clear();
        empty.setChart(none);
        const QImage drawn = chart->grab().toImage();
        const QImage blank = empty.grab().toImage();
        CHECK(drawn != blank);
        // Bars are drawn in colour: some pixel is neither grey nor the background.
        bool coloured = false;
        for (int y = 0; y < drawn.height() && !coloured; y += 2)
            for (int x = 0; x < drawn.width() && !coloured; x += 2) {
                const QColor c = drawn.pixelColor(x, y);
                coloured = std::abs(c.red() - c.blue()) > 40 || std::abs(c.green() - c.blue()) > 40;
            }
        CHECK(coloured);
    }

    SECTION("Export CSV and PDF write the figures shown, and say where")
    {
        QTemporaryDir out;
        REQUIRE(out.isValid());
        QString asked;
        page.setSavePathChooser([&](const QString &, const QString &suggested, const QString &) {
            asked = suggested;
            return out.filePath(QStringLiteral("thong-ke"));
        });
        QSignalSpy exported(&page, &StatisticsPage::exported);
        page.exportCsvButton()->click();
        REQUIRE(exported.wait(60000));
        CHECK(asked.endsWith(QStringLiteral("thong-ke_2025-01-01_2025-12-31.csv")));
        CHECK(exported.first().at(0).toBool());
        const QString csvPath = out.filePath(QStringLiteral("thong-ke.csv"));
        CHECK(exported.first().at(1).toString() == csvPath);
        CHECK(page.exportMessage().contains(QDir::toNativeSeparators(csvPath)));
        QFile csv(csvPath);
        REQUIRE(csv.open(QIODevice::ReadOnly));
        const QByteArray bytes = csv.readAll();
        CHECK(bytes == exportStatisticsCsv(expected));
        // The attendance line of a member, with the counts planned.
        const QString member = MeetingFixture::memberId(1);
        const QByteArray line = QStringLiteral("Ủy viên 2,%1,%2,%3,%4,%5")
                                    .arg(held)
                                    .arg(o.count(member, QStringLiteral("present")))
                                    .arg(o.count(member, QStringLiteral("excused")))
                                    .arg(o.count(member, QStringLiteral("absent")))
                                    .arg(o.count(member, QStringLiteral("proxy")))
                                    .toUtf8();
        CHECK(bytes.contains(line));

        page.exportPdfButton()->click();
        REQUIRE(exported.wait(60000));
        REQUIRE(exported.size() == 2);
        CHECK(exported.last().at(0).toBool());
        const QString pdfPath = out.filePath(QStringLiteral("thong-ke.pdf"));
        auto pdf = PdfDocument::open(pdfPath);
        REQUIRE(pdf.ok());
        CHECK(pdf.value()->pageCount() >= 1);
        const QString text = pdfText(pdfPath);
        CHECK(text.contains(QStringLiteral("Ủy viên 2")));
        CHECK(text.contains(meetingOf(0).title));

        // A folder that cannot be written: the failure said, nothing claimed.
        page.setSavePathChooser([&](const QString &, const QString &, const QString &) {
            return out.filePath(QStringLiteral("no-such-folder/thong-ke.csv"));
        });
        page.exportCsvButton()->click();
        REQUIRE(exported.wait(60000));
        CHECK_FALSE(exported.last().at(0).toBool());
        CHECK_FALSE(QFile::exists(out.filePath(QStringLiteral("no-such-folder/thong-ke.csv"))));
    }
}

TEST_CASE("With the share gone the page shows the figures this seat kept and says so")
{
    Office &o = office();
    Seat seat(o.share(), nullptr, o.m.organisation, o.meetings);
    {
        StatisticsPage first(*seat.cache, o.share());
        first.setPeriod(QDate(2025, 1, 1), QDate(2025, 12, 31));
        computeAndWait(first);
    }
    QTemporaryDir nowhere;
    StatisticsPage page(*seat.cache, nowhere.filePath(QStringLiteral("gone")));
    page.setPeriod(QDate(2025, 1, 1), QDate(2025, 12, 31));
    computeAndWait(page);
    CHECK_FALSE(page.summaryUpdate().shareReachable);
    CHECK(page.statistics().missingSessions == QStringList { meetingOf(held).id });
    CHECK(page.statistics().polls.size() == held);
    CHECK(page.statusText().contains(StatisticsPage::tr("The share could not be reached")));
}

TEST_CASE("Cancel leaves the computation and keeps the page usable")
{
    Office &o = office();
    Seat seat(o.share(), nullptr, o.m.organisation, o.meetings);
    StatisticsPage page(*seat.cache, o.share());
    page.setPeriod(QDate(2025, 1, 1), QDate(2025, 12, 31));
    QSignalSpy computed(&page, &StatisticsPage::computed);
    page.showButton()->click();
    REQUIRE(page.cancelButton()->isVisibleTo(&page));
    page.cancelButton()->click();
    CHECK_FALSE(page.isBusy());
    CHECK(page.showButton()->isEnabled());
    CHECK_FALSE(computed.wait(3000)); // the result of the one left is dropped
    CHECK_FALSE(page.hasStatistics());
    computeAndWait(page);
    CHECK(page.statistics().meetings == held + 1);
}

TEST_CASE("The statistics tab of the secretary's workspace, at 1366x768 and 800x1280")
{
    ui::installTouchStyle(*qobject_cast<QApplication *>(QCoreApplication::instance()));
    const QByteArray dir = qgetenv("PHONGHOP_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        (new ui::LanguageLoader)->load(QStringLiteral("vi")); // kept for the whole run
    Office &o = office();
    Seat seat(o.share(), nullptr, o.m.organisation, o.meetings);
    QTemporaryDir keys;
    ui::SecretaryWorkspace workspace(
        *seat.cache, o.share(), keys.filePath(QStringLiteral("organisation.key")));
    StatisticsPage *page = workspace.statisticsPage();
    REQUIRE(page);
    QTabWidget *sections = workspace.sections();
    int tab = -1;
    for (int i = 0; i < sections->count(); ++i)
        if (sections->widget(i)->isAncestorOf(page))
            tab = i;
    REQUIRE(tab >= 0);
    sections->setCurrentIndex(tab);
    page->setPeriod(QDate(2025, 1, 1), QDate(2025, 12, 31));
    for (const QSize size : { QSize(1366, 768), QSize(800, 1280) }) {
        workspace.resize(size);
        workspace.show();
        settle();
        computeAndWait(*page);
        settle();
        // Wide: the chart beside the table; a portrait tablet: above it.
        CHECK(page->chartsBeside() == (size.width() >= 1100));
        // Nothing wider than the window: the page scrolls only down, if at all.
        CHECK(page->width() <= workspace.width());
        for (QPushButton *b :
            { page->showButton(), page->exportCsvButton(), page->exportPdfButton() })
            CHECK(b->visibleRegion().boundingRect().width() == b->width());
        if (!dir.isEmpty()) {
            workspace.grab().save(QString::fromLocal8Bit(dir)
                + QStringLiteral("/stats-%1x%2.png").arg(size.width()).arg(size.height()));
            page->resultTabs()->setCurrentIndex(3);
            settle();
            workspace.grab().save(QString::fromLocal8Bit(dir)
                + QStringLiteral("/stats-polls-%1x%2.png").arg(size.width()).arg(size.height()));
            page->resultTabs()->setCurrentIndex(0);
        }
    }
}
