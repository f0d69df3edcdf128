#include <catch2/catch.hpp>

#include "meeting_core/i18n/localeformat.h"

#include <QTimeZone>

using namespace phonghop;

TEST_CASE("Vietnamese dates name the weekday and put the day first", "[i18n][format]")
{
    const LocaleFormat vi(QStringLiteral("vi"));
    const QDateTime friday(QDate(2020, 8, 28), QTime(16, 4), QTimeZone(7 * 3600));
    CHECK(vi.dateTime(friday) == QStringLiteral("Thứ Sáu, 28/08/2020, 16:04"));
    CHECK(vi.longDate(QDate(2026, 11, 29)) == QStringLiteral("Chủ Nhật, 29/11/2026"));
    CHECK(vi.date(QDate(2027, 1, 5)) == QStringLiteral("05/01/2027"));
    CHECK(vi.time(QTime(8, 0)) == QStringLiteral("08:00"));
    const QStringList days = { QStringLiteral("Thứ Hai"), QStringLiteral("Thứ Ba"),
        QStringLiteral("Thứ Tư"), QStringLiteral("Thứ Năm"), QStringLiteral("Thứ Sáu"),
        QStringLiteral("Thứ Bảy"), QStringLiteral("Chủ Nhật") };
    for (int day = 1; day <= 7; ++day)
        CHECK(vi.weekdayName(day) == days.at(day - 1));
    // 2026-11-23 is a Monday: the weekday follows the date, not a table offset.
    CHECK(vi.longDate(QDate(2026, 11, 23)).startsWith(QStringLiteral("Thứ Hai")));
    CHECK(vi.dateTime(QDateTime()).isEmpty());
}

TEST_CASE("Document dates are written as in administrative papers", "[i18n][format]")
{
    const LocaleFormat vi(QStringLiteral("vi"));
    CHECK(vi.documentDate(QDate(2026, 11, 20)) == QStringLiteral("ngày 20 tháng 11 năm 2026"));
    CHECK(vi.documentDate(QDate(2026, 2, 5)) == QStringLiteral("ngày 05 tháng 02 năm 2026"));
    CHECK(vi.documentDate(QDate(2026, 8, 28)) == QStringLiteral("ngày 28 tháng 8 năm 2026"));
}

TEST_CASE("A meeting's time span on one day shows the date once", "[i18n][format]")
{
    const LocaleFormat vi(QStringLiteral("vi"));
    const QDateTime start(QDate(2020, 8, 28), QTime(8, 0));
    CHECK(vi.timeRange(start, start.addSecs(3 * 3600 + 1800))
        == QStringLiteral("Thứ Sáu, 28/08/2020, 08:00–11:30"));
    CHECK(vi.timeRange(start, start.addDays(1))
        == QStringLiteral("Thứ Sáu, 28/08/2020, 08:00 – Thứ Bảy, 29/08/2020, 08:00"));
}

TEST_CASE("Vietnamese numbers group thousands with dots and use a decimal comma", "[i18n][format]")
{
    const LocaleFormat vi(QStringLiteral("vi"));
    CHECK(vi.number(qint64(12480)) == QStringLiteral("12.480"));
    CHECK(vi.number(qint64(1234567890)) == QStringLiteral("1.234.567.890"));
    CHECK(vi.number(qint64(-1500)) == QStringLiteral("-1.500"));
    CHECK(vi.number(qint64(999)) == QStringLiteral("999"));
    CHECK(vi.number(4215.6, 1) == QStringLiteral("4.215,6"));
    CHECK(vi.number(0.05, 2) == QStringLiteral("0,05"));
    CHECK(vi.number(-2.999, 2) == QStringLiteral("-3,00"));
    CHECK(vi.percent(7.2) == QStringLiteral("7,2 %"));
    CHECK(vi.percent(57.1428, 2) == QStringLiteral("57,14 %"));
    CHECK(vi.fileSize(1536 * 1024) == QStringLiteral("1,5 MB"));
}

TEST_CASE("English keeps the day-first date but English names and separators", "[i18n][format]")
{
    const LocaleFormat en(QStringLiteral("en"));
    CHECK(en.dateTime(QDateTime(QDate(2020, 8, 28), QTime(16, 4)))
        == QStringLiteral("Friday, 28/08/2020, 16:04"));
    CHECK(en.number(4215.6, 1) == QStringLiteral("4,215.6"));
    CHECK(en.number(qint64(12480)) == QStringLiteral("12,480"));
    CHECK(en.percent(57.1428, 2) == QStringLiteral("57.14%"));
    CHECK(en.documentDate(QDate(2026, 11, 20)) == QStringLiteral("20 November 2026"));
    // Unknown languages fall back to Vietnamese, the product's default.
    CHECK(LocaleFormat(QStringLiteral("fr")).language() == QStringLiteral("vi"));
}
