#include "seatsettings.h"

#include "meeting_core/store/meetingcache.h"

namespace phonghop::ui {

namespace {
const QString secretaryKeyPathKey = QStringLiteral("ui/secretary-key-path");
}

QString rememberedSecretaryKeyPath(MeetingCache &cache)
{
    const Result<QString> path = cache.readValue(secretaryKeyPathKey);
    return path ? path.value() : QString();
}

void rememberSecretaryKeyPath(MeetingCache &cache, const QString &keyPath)
{
    // Only a convenience: when it cannot be remembered, the key can still be given with
    // --secretary-key, so the failure is not worth a message.
    const Status remembered = cache.writeValue(secretaryKeyPathKey, keyPath);
    Q_UNUSED(remembered)
}

} // namespace phonghop::ui
