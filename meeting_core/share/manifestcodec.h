#pragma once

#include "meeting_core/domain/meeting.h"
#include "meeting_core/util/result.h"

#include <QByteArray>

namespace phonghop {

// The JSON of a meeting manifest (docs/share-format.md). Decoding validates the schema and
// names the first field that is wrong, so a rejected revision can be explained.
QByteArray encodeManifest(const Meeting &meeting);
Result<Meeting> decodeManifest(const QByteArray &bytes);

} // namespace phonghop
