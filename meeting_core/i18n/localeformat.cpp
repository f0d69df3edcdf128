#include "meeting_core/i18n/localeformat.h"

#include <cmath>

namespace phonghop {

LocaleFormat::LocaleFormat(const QString &language)
    : m_language(language == u"en" ? QStringLiteral("en") : QStringLiteral("vi"))
    , m_vietnamese(m_language == u"vi")
{
}

QString LocaleFormat::weekdayName(int dayOfWeek) const
{
    static const char *const vietnamese[]
        = { "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật" };
    static const char *const english[]
        = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" };
    if (dayOfWeek < 1 || dayOfWeek > 7)
        return {};
    return QString::fromUtf8((m_vietnamese ? vietnamese : english)[dayOfWeek - 1]);
}

QString LocaleFormat::date(const QDate &date) const
{
    if (!date.isValid())
        return {};
    return QStringLiteral("%1/%2/%3")
        .arg(date.day(), 2, 10, QLatin1Char('0'))
        .arg(date.month(), 2, 10, QLatin1Char('0'))
        .arg(date.year(), 4, 10, QLatin1Char('0'));
}

QString LocaleFormat::longDate(const QDate &value) const
{
    if (!value.isValid())
        return {};
    return weekdayName(value.dayOfWeek()) + QStringLiteral(", ") + date(value);
}

QString LocaleFormat::time(const QTime &time) const
{
    if (!time.isValid())
        return {};
    return QStringLiteral("%1:%2")
        .arg(time.hour(), 2, 10, QLatin1Char('0'))
        .arg(time.minute(), 2, 10, QLatin1Char('0'));
}

QString LocaleFormat::dateTime(const QDateTime &dateTime) const
{
    if (!dateTime.isValid())
        return {};
    return longDate(dateTime.date()) + QStringLiteral(", ") + time(dateTime.time());
}

QString LocaleFormat::documentDate(const QDate &date) const
{
    if (!date.isValid())
        return {};
    if (m_vietnamese) {
        // Decree 30/2020/NĐ-CP: days and months below 10 (1, 2 for months) take a leading zero.
        const QString day
            = QStringLiteral("%1").arg(date.day(), date.day() < 10 ? 2 : 1, 10, QLatin1Char('0'));
        const QString month = QStringLiteral("%1").arg(
            date.month(), date.month() < 3 ? 2 : 1, 10, QLatin1Char('0'));
        return QStringLiteral("ngày %1 tháng %2 năm %3").arg(day, month).arg(date.year());
    }
    static const char *const months[] = { "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December" };
    return QStringLiteral("%1 %2 %3")
        .arg(date.day())
        .arg(QString::fromLatin1(months[date.month() - 1]))
        .arg(date.year());
}

QString LocaleFormat::timeRange(const QDateTime &start, const QDateTime &end) const
{
    if (!start.isValid())
        return {};
    if (!end.isValid())
        return dateTime(start);
    if (start.date() == end.date())
        return dateTime(start) + QChar(0x2013) + time(end.time());
    return dateTime(start) + QStringLiteral(" – ") + dateTime(end);
}

QString LocaleFormat::number(qint64 value) const
{
    const QChar group = m_vietnamese ? QLatin1Char('.') : QLatin1Char(',');
    const QString digits
        = QString::number(value < 0 ? -static_cast<quint64>(value) : static_cast<quint64>(value));
    QString grouped;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            grouped += group;
        grouped += digits.at(i);
    }
    return value < 0 ? QLatin1Char('-') + grouped : grouped;
}

QString LocaleFormat::number(double value, int decimals) const
{
    if (!std::isfinite(value))
        return QString::number(value);
    decimals = std::clamp(decimals, 0, 9);
    const double scale = std::pow(10.0, decimals);
    const double rounded = std::round(std::abs(value) * scale);
    const auto whole = static_cast<qint64>(std::floor(rounded / scale));
    QString result = number(whole);
    if (decimals > 0) {
        const auto fraction
            = static_cast<qint64>(std::llround(rounded - static_cast<double>(whole) * scale));
        result += m_vietnamese ? QLatin1Char(',') : QLatin1Char('.');
        result += QStringLiteral("%1").arg(fraction, decimals, 10, QLatin1Char('0'));
    }
    return (value < 0 && rounded > 0) ? QLatin1Char('-') + result : result;
}

QString LocaleFormat::percent(double value, int decimals) const
{
    // Vietnamese writes a space before the sign ("57,14 %"), English none ("57.14%"); the
    // vote explanations and the session panel write them the same way (issue 14).
    return number(value, decimals) + (m_vietnamese ? QStringLiteral(" %") : QStringLiteral("%"));
}

QString LocaleFormat::fileSize(qint64 bytes) const
{
    if (bytes < 1024)
        return number(bytes) + (m_vietnamese ? QStringLiteral(" byte") : QStringLiteral(" bytes"));
    const char *const units[] = { "KB", "MB", "GB", "TB" };
    double value = static_cast<double>(bytes) / 1024.0;
    int unit = 0;
    while (value >= 1024.0 && unit < 3) {
        value /= 1024.0;
        ++unit;
    }
    return number(value, value < 10 ? 1 : 0) + QLatin1Char(' ') + QString::fromLatin1(units[unit]);
}

} // namespace phonghop
