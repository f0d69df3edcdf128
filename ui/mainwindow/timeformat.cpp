#include "timeformat.h"

#include <QLocale>

namespace phonghop::ui {

namespace {
// Meetings are shown in the time zone they were published in (the room's), not the laptop's.
QString dayAndDate(const QDateTime &time)
{
    const QLocale locale;
    const QString day = locale.dayName(time.date().dayOfWeek(), QLocale::LongFormat);
    QString text = day + QStringLiteral(", ") + time.toString(QStringLiteral("dd/MM/yyyy"));
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}
} // namespace

QString formatMeetingTime(const QDateTime &start, const QDateTime &end)
{
    if (!start.isValid())
        return {};
    QString text
        = dayAndDate(start) + QStringLiteral(", ") + start.toString(QStringLiteral("HH:mm"));
    if (end.isValid() && end.date() == start.date())
        text += QStringLiteral(" – ") + end.toString(QStringLiteral("HH:mm"));
    return text;
}

QString formatDateTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return dayAndDate(time) + QStringLiteral(", ") + time.toString(QStringLiteral("HH:mm"));
}

} // namespace phonghop::ui
