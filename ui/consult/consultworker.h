#pragma once

#include "meeting_core/consult/consultationservice.h"
#include "meeting_core/util/result.h"

#include <QDateTime>
#include <QString>
#include <functional>

namespace phonghop::ui {

// The consultation screens read the share and write on it away from the screen's thread: each
// piece of work opens the cache on its own thread (one MeetingCache per thread) and a
// ConsultationService over it.
Status withConsultationService(const QString &cacheDirectory, const QString &shareRoot,
    const std::function<Status(ConsultationService &)> &work);

// "Còn 2 ngày 3 giờ", "Còn 45 phút", "Đã hết hạn" (translated).
QString timeLeftText(const QDateTime &now, const QDateTime &deadline);
// "17:00 30/06/2030" in the deadline's own offset.
QString deadlineText(const QDateTime &deadline);

} // namespace phonghop::ui
