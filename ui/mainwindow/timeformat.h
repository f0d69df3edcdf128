#pragma once

#include <QDateTime>
#include <QString>

namespace phonghop::ui {

// "Thứ Năm, 04/12/2026, 08:00 – 11:30" in the interface's locale.
QString formatMeetingTime(const QDateTime &start, const QDateTime &end);
QString formatDateTime(const QDateTime &time);

} // namespace phonghop::ui
