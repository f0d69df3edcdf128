#include "seatsettings.h"

#include "meeting_core/store/meetingcache.h"

namespace phonghop::ui {

namespace {
const QString secretaryKeyPathKey = QStringLiteral("ui/secretary-key-path");
}

QString rememberedSecretaryKeyPath(MeetingCache &cache)
{
    try {
        return cache.value(secretaryKeyPathKey);
    } catch (const DatabaseError &) {
        return {};
    }
}

void rememberSecretaryKeyPath(MeetingCache &cache, const QString &keyPath)
{
    try {
        cache.setValue(secretaryKeyPathKey, keyPath);
    } catch (const DatabaseError &) {
        // Only a convenience: the key can still be given with --secretary-key.
    }
}

} // namespace phonghop::ui
