#include "consult/consultworker.h"

#include "meeting_core/store/meetingcache.h"

#include <QCoreApplication>

namespace phonghop::ui {

Status withConsultationService(const QString &cacheDirectory, const QString &shareRoot,
    const std::function<Status(ConsultationService &)> &work)
{
    Result<std::unique_ptr<MeetingCache>> cache = MeetingCache::open(cacheDirectory);
    if (!cache)
        return Status::failure(cache.error());
    ConsultationService service(*cache.value(), shareRoot);
    return work(service);
}

QString timeLeftText(const QDateTime &now, const QDateTime &deadline)
{
    const qint64 seconds = now.secsTo(deadline);
    if (seconds < 0)
        return QCoreApplication::translate("phonghop::ui::Consultations", "Past the deadline");
    const qint64 days = seconds / 86400;
    const qint64 hours = (seconds % 86400) / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    if (days > 0)
        return QCoreApplication::translate("phonghop::ui::Consultations", "%1 d %2 h left")
            .arg(days)
            .arg(hours);
    if (hours > 0)
        return QCoreApplication::translate("phonghop::ui::Consultations", "%1 h %2 min left")
            .arg(hours)
            .arg(minutes);
    return QCoreApplication::translate("phonghop::ui::Consultations", "%1 min left")
        .arg(qMax<qint64>(minutes, 1));
}

QString deadlineText(const QDateTime &deadline)
{
    return deadline.toString(QStringLiteral("HH:mm dd/MM/yyyy"));
}

} // namespace phonghop::ui
