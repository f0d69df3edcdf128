#pragma once

#include "meeting_core/stats/statistics.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace phonghop {

// The meetings of a period (and unit) in the cache, in start order (then id): what every
// statistic and the archive's update go over.
struct PeriodMeeting {
    QString id;
    QString title;
    QString organisation;
    QDateTime start;
};
QList<PeriodMeeting> meetingsOfPeriod(Database &cacheDb, const StatisticsQuery &query);
// Whether a meeting starting at `start` (its ISO text as cached: startsAt) is in the period.
bool inPeriod(const StatisticsQuery &query, const QString &startsAt, const QDateTime &start);

} // namespace phonghop
