#pragma once

#include <QDateTime>
#include <QString>

namespace phonghop {

// Dates, times and numbers the way the interface language writes them, independent of the
// machine's locale data: Vietnamese "Thứ Sáu, 28/08/2020, 16:04" and "4.215,6";
// English "Friday, 28/08/2020, 16:04" and "4,215.6" (day first in both: the documents are
// Vietnamese administrative papers).
class LocaleFormat final {
public:
    // "vi" or "en"; anything else is treated as "vi", the product's default.
    explicit LocaleFormat(const QString &language = QStringLiteral("vi"));

    const QString &language() const { return m_language; }
    bool isVietnamese() const { return m_vietnamese; }

    // "Thứ Hai" ... "Chủ Nhật"; dayOfWeek as in QDate (1 = Monday).
    QString weekdayName(int dayOfWeek) const;
    QString date(const QDate &date) const; // "28/08/2020"
    QString longDate(const QDate &date) const; // "Thứ Sáu, 28/08/2020"
    QString time(const QTime &time) const; // "16:04"
    QString dateTime(const QDateTime &dateTime) const; // "Thứ Sáu, 28/08/2020, 16:04"
    // "ngày 28 tháng 8 năm 2020", as written under an administrative document's title.
    QString documentDate(const QDate &date) const;
    // A start and an end on the same day: "Thứ Sáu, 28/08/2020, 08:00–11:30".
    QString timeRange(const QDateTime &start, const QDateTime &end) const;

    QString number(qint64 value) const; // "12.480"
    QString number(double value, int decimals) const; // "4.215,6"
    QString percent(double value, int decimals = 1) const; // "7,2 %"; English "7.2%"
    QString fileSize(qint64 bytes) const; // "1,5 MB"

private:
    QString m_language;
    bool m_vietnamese = true;
};

} // namespace phonghop
