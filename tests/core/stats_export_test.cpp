// The statistics' exports and their parts: the period's dates, the CSV sections, the bar chart
// painted into an image, the A4 PDF read back, and the command line's refusals.
#include "cli_run.h"

#include "meeting_core/i18n/localeformat.h"
#include "meeting_core/pdf/pdfdocument.h"
#include "meeting_core/stats/statistics.h"

#include <QImage>
#include <QPainter>

using namespace phonghop;
using namespace phonghop::test;

namespace {

Statistics sample()
{
    Statistics st;
    st.query.from = PeriodBound::parse(QStringLiteral("2025-01-01")).value();
    st.query.to = PeriodBound::parse(QStringLiteral("2025-12-31")).value();
    st.query.unit = QStringLiteral("UBND xã Sơn Hà");
    st.meetings = 2;
    st.attendance << PersonAttendance { QStringLiteral("uy-vien-1"),
        QStringLiteral("Nguyễn Thị \"Hoa\", Ủy viên"), 2, 1, 1, 0, 0, 0 };
    st.attendance << PersonAttendance { QStringLiteral("uy-vien-2"), QStringLiteral("Lê Văn Hùng"),
        2, 0, 0, 1, 1, 0 };
    st.speeches << PersonSpeeches { QStringLiteral("uy-vien-1"), QStringLiteral("Nguyễn Thị Hoa"),
        3, 1 };
    st.polls << PollOutcome { QStringLiteral("hop-1"), QStringLiteral("Phiên họp tháng 1"),
        QStringLiteral("bq-1"), QStringLiteral("muc-1"), QStringLiteral("Thông qua Tờ trình"), true,
        true, QStringLiteral("threshold"), 7 };
    st.documents << MeetingDocuments { QStringLiteral("hop-1"), QStringLiteral("Phiên họp tháng 1"),
        QDateTime(QDate(2025, 1, 6), QTime(8, 0)), 3, 5, 3, 1,
        { { QStringLiteral("to-trinh"), 2 }, { QStringLiteral("bao-cao"), 1 } } };
    st.documentKinds << KindDocuments { QStringLiteral("to-trinh"), 2, 4, 3, 1 };
    st.missingSessions << QStringLiteral("hop-2");
    return st;
}

} // namespace

TEST_CASE("A period's ends are a day or an instant, anything else is refused")
{
    const Result<PeriodBound> day = PeriodBound::parse(QStringLiteral("2025-03-01"));
    REQUIRE(day.ok());
    CHECK(day->date == QDate(2025, 3, 1));
    CHECK_FALSE(day->instant.isValid());
    const Result<PeriodBound> instant
        = PeriodBound::parse(QStringLiteral("2025-03-01T08:00:00+07:00"));
    REQUIRE(instant.ok());
    CHECK(instant->instant.toUTC() == QDateTime(QDate(2025, 3, 1), QTime(1, 0), Qt::UTC));
    for (const char *bad : { "2025-02-30", "01/03/2025", "2025-3-1", "yesterday", "" })
        CHECK_FALSE(PeriodBound::parse(QString::fromLatin1(bad)).ok());
}

TEST_CASE("The CSV has a section per table, UTF-8 with a byte-order mark, quoted as needed")
{
    const QByteArray csv = exportStatisticsCsv(sample());
    REQUIRE(csv.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(csv.mid(3));
    CHECK(text.contains(QStringLiteral("\"Nguyễn Thị \"\"Hoa\"\", Ủy viên\",2,1,1,0,0,0\r\n")));
    CHECK(text.contains(QStringLiteral("Lê Văn Hùng,2,0,0,1,1,0\r\n")));
    CHECK(text.contains(QStringLiteral("Nguyễn Thị Hoa,3,1\r\n")));
    CHECK(text.contains(QStringLiteral("to-trinh,2,4,3,1\r\n")));
    CHECK(text.contains(QStringLiteral("hop-2\r\n")));
    const QList<StatisticsTable> tables = statisticsTables(sample());
    for (const StatisticsTable &table : tables)
        CHECK(text.contains(table.title + QStringLiteral("\r\n")));
}

TEST_CASE("The bar chart paints its bars, longest for the largest value")
{
    BarChart chart;
    chart.title = QStringLiteral("Phát biểu");
    chart.series = QStringList { QStringLiteral("Phát biểu") };
    chart.groups << BarChart::Group { QStringLiteral("A"), { 10 } }
                 << BarChart::Group { QStringLiteral("B"), { 5 } };
    QImage image(600, 300, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        paintBarChart(painter, QRectF(0, 0, 600, 300), chart);
    }
    // The bars' colour along each row: the first bar about twice as long as the second.
    const QRgb bar = QColor(0x2e, 0x7d, 0x32).rgb();
    QList<int> lengths;
    for (int y = 0; y < 300; ++y) {
        int n = 0;
        for (int x = 0; x < 600; ++x)
            n += image.pixel(x, y) == bar;
        if (n > 30 && (lengths.isEmpty() || std::abs(lengths.last() - n) > 20))
            lengths << n;
    }
    REQUIRE(lengths.size() == 2);
    CHECK(lengths[0] > lengths[1] * 1.8);
    CHECK(lengths[0] < lengths[1] * 2.2);
}

TEST_CASE("The PDF is A4 with each table and its figures")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("thong-ke.pdf"));
    REQUIRE(writeStatisticsPdf(sample(), path, LocaleFormat(QStringLiteral("vi"))).ok());
    auto pdf = PdfDocument::open(path);
    REQUIRE(pdf.ok());
    REQUIRE(pdf.value()->pageCount() >= 1);
    const QSizeF page = pdf.value()->pageSize(0);
    CHECK(std::abs(page.width() - 595.3) < 2);
    CHECK(std::abs(page.height() - 841.9) < 2);
    QString text;
    for (int p = 0; p < pdf.value()->pageCount(); ++p)
        for (const PdfTextBox &box : pdf.value()->textBoxes(p))
            text += box.text + u' ';
    CHECK(text.contains(QStringLiteral("Hùng")));
    CHECK(text.contains(QStringLiteral("hop-2")));
    // Nothing at the path when it cannot be written.
    CHECK_FALSE(writeStatisticsPdf(
        sample(), dir.filePath(QStringLiteral("no/such/dir/x.pdf")), LocaleFormat())
                    .ok());
}

TEST_CASE("phonghop-cli stats refuses a wrong period, and an empty cache gives empty tables")
{
    QTemporaryDir dir;
    const Cli cli;
    const QString cache = dir.filePath(QStringLiteral("cache"));
    CHECK(cli.run({ QStringLiteral("stats"), QStringLiteral("--cache"), cache,
                      QStringLiteral("--from"), QStringLiteral("2025-13-01"),
                      QStringLiteral("--to"), QStringLiteral("2025-12-31") })
              .exitCode
        == 2);
    CHECK(cli.run({ QStringLiteral("stats"), QStringLiteral("--cache"), cache,
                      QStringLiteral("--from"), QStringLiteral("2025-12-31"),
                      QStringLiteral("--to"), QStringLiteral("2025-01-01") })
              .exitCode
        == 2);
    CHECK(cli.run({ QStringLiteral("stats"), QStringLiteral("--cache"), cache }).exitCode == 2);
    const QString csv = dir.filePath(QStringLiteral("thong-ke.csv"));
    const CliRun run = cli.ok({ QStringLiteral("stats"), QStringLiteral("--cache"), cache,
        QStringLiteral("--from"), QStringLiteral("2025-01-01"), QStringLiteral("--to"),
        QStringLiteral("2025-12-31"), QStringLiteral("--json"), QStringLiteral("--csv"), csv });
    const QJsonObject o = run.json().object();
    CHECK(o.value(u"meetings").toInt() == 0);
    CHECK(o.value(u"attendance").toArray().isEmpty());
    CHECK(o.value(u"consultationsAvailable").toBool());
    CHECK(o.value(u"consultations").toArray().isEmpty());
    CHECK(readBytes(csv).startsWith("\xEF\xBB\xBF"));
}
