#include "statistics.h"

#include "meeting_core/session/sessionservice.h"
#include "meeting_core/session/sessionsummary.h"
#include "meeting_core/stats/statisticsperiod.h"
#include "meeting_core/store/database.h"
#include "meeting_core/store/meetingcache.h"

#include <QCoreApplication>
#include <QDir>

// Brings the session summary archive up to date from the share (declared in statistics.h):
// one SessionService refresh per meeting, so the records are verified and folded exactly as
// every seat does, and the service's own hook keeps the summary.
namespace phonghop {

namespace {
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::Statistics)
};
} // namespace

SummaryUpdate updateSessionSummaries(
    MeetingCache &cache, const QString &sharePath, const StatisticsQuery &query)
{
    SummaryUpdate update;
    QList<PeriodMeeting> meetings;
    try {
        meetings = meetingsOfPeriod(cache.database(), query);
    } catch (const DatabaseError &error) {
        update.messages
            << Tr::tr("The cache cannot be read: %1").arg(QString::fromUtf8(error.what()));
        return update;
    }
    if (sharePath.isEmpty() || !QDir(sharePath).exists()) {
        update.shareReachable = false;
        for (const PeriodMeeting &m : meetings)
            update.failed << m.id;
        update.messages << (sharePath.isEmpty()
                ? Tr::tr("No shared folder is known to this cache (give --share)")
                : Tr::tr("The shared folder %1 cannot be reached").arg(sharePath));
        return update;
    }
    SessionSummaryArchive archive(cache.database());
    for (const PeriodMeeting &m : meetings) {
        const std::optional<SessionSummaryArchive::Info> before = archive.info(m.id);
        SessionService service(cache, sharePath, m.id);
        QString problem;
        QObject::connect(&service, &SessionService::problemOccurred,
            [&problem](const QString &message) { problem = message; });
        const Status refreshed = service.refresh();
        if (!service.shareReachable()) {
            update.shareReachable = false;
            update.failed << m.id;
            update.messages << Tr::tr("%1: the shared folder cannot be read").arg(m.id);
            continue;
        }
        if (!service.hasRoster() || (!refreshed.ok() && !problem.isEmpty())) {
            update.failed << m.id;
            update.messages << Tr::tr("%1: %2").arg(m.id,
                !problem.isEmpty()   ? problem
                    : refreshed.ok() ? Tr::tr("no roster on the shared folder")
                                     : refreshed.error());
            continue;
        }
        const std::optional<SessionSummaryArchive::Info> after = archive.info(m.id);
        if (after && (!before || before->recordsSha256 != after->recordsSha256))
            update.updated << m.id;
        else if (after)
            update.unchanged << m.id;
        else {
            update.failed << m.id;
            update.messages << Tr::tr("%1: the session's summary could not be kept").arg(m.id);
        }
    }
    return update;
}

} // namespace phonghop
