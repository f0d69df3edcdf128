#pragma once

#include <QString>

namespace phonghop {
class MeetingCache;
}

namespace phonghop::ui {

// What this seat remembers about its part in the organisation, in its own cache: the key file
// of the secretariat when this computer set up the organisation or was given the key.
QString rememberedSecretaryKeyPath(MeetingCache &cache);
void rememberSecretaryKeyPath(MeetingCache &cache, const QString &keyPath);

} // namespace phonghop::ui
