#include "meeting_core/session/sessionservice.h"

#include "meeting_core/session/conclusionnotice.h"
#include "meeting_core/session/minutes.h"
#include "meeting_core/store/meetingcache.h"

// SessionService: the conclusion notice, and the number and place of the session's documents
// kept in the cache, so that the secretary gives them once per meeting (and starts from the
// last meeting's).
namespace phonghop {

namespace {
// The last values given, for any meeting: where the next meeting's dialog starts from.
const QString lastMinutesNumberKey = QStringLiteral("session/last-minutes-number");
const QString lastPlaceKey = QStringLiteral("session/last-place");
const QString lastNoticeNumberKey = QStringLiteral("session/last-notice-number");
} // namespace

SessionService::DocumentDetails SessionService::documentDetails() const
{
    const auto read = [this](const QString &key) {
        const Result<QString> value = m_cache.readValue(key);
        return value ? value.value() : QString();
    };
    DocumentDetails details;
    details.kept = !m_meetingId.isEmpty() && read(valueKey(QStringLiteral("details-kept"))) == u'1';
    if (details.kept) {
        details.minutes.number = read(valueKey(QStringLiteral("minutes-number")));
        details.minutes.place = read(valueKey(QStringLiteral("place")));
        details.noticeNumber = read(valueKey(QStringLiteral("notice-number")));
    } else {
        details.minutes.number = read(lastMinutesNumberKey);
        details.minutes.place = read(lastPlaceKey);
        details.noticeNumber = read(lastNoticeNumberKey);
    }
    return details;
}

Status SessionService::keepDocumentDetails(const MinutesInfo &minutes, const QString &noticeNumber)
{
    if (m_meetingId.isEmpty())
        return Status::failure(tr("No meeting is open"));
    const QList<std::pair<QString, QString>> values {
        { valueKey(QStringLiteral("minutes-number")), minutes.number.trimmed() },
        { valueKey(QStringLiteral("place")), minutes.place.trimmed() },
        { valueKey(QStringLiteral("notice-number")), noticeNumber.trimmed() },
        { lastMinutesNumberKey, minutes.number.trimmed() },
        { lastPlaceKey, minutes.place.trimmed() },
        { lastNoticeNumberKey, noticeNumber.trimmed() },
        { valueKey(QStringLiteral("details-kept")), QStringLiteral("1") },
    };
    for (const auto &[key, value] : values)
        if (Status written = m_cache.writeValue(key, value); !written)
            return written;
    return Status::success();
}

Status SessionService::writeNotice(const QString &pdfPath, const NoticeInfo &info) const
{
    SessionDocumentContent content = minutesContentFor(meeting().value_or(Meeting {}), m_state);
    // What is not given is what was kept for this meeting.
    const DocumentDetails kept = documentDetails();
    content.number = !info.number.trimmed().isEmpty() ? info.number
                                                      : (kept.kept ? kept.noticeNumber : QString());
    content.place = !info.place.trimmed().isEmpty() ? info.place
                                                    : (kept.kept ? kept.minutes.place : QString());
    return conclusionnotice::writePdf(pdfPath, content, m_state);
}

} // namespace phonghop
