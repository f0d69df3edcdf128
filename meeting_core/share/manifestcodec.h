#pragma once

#include "meeting_core/domain/meeting.h"
#include "meeting_core/util/result.h"

#include <QByteArray>
#include <QJsonObject>

namespace phonghop {

// The JSON of a meeting manifest (docs/share-format.md). Decoding validates the schema and
// names the first field that is wrong, so a rejected revision can be explained.
// `version` is the share's own ("1.2" on a share still in the per-device layout).
QByteArray encodeManifest(const Meeting &meeting, const QString &version = {});
// A document's file fields as a manifest writes them: the office original, and for a confidential
// document its classification, the sealed PDF's own hash and size, the recipients' sealed keys and
// noExport (or `declassified`). Also the consultation record's (consult/consultation.cpp).
void writeDocumentFileFields(const DocumentRef &document, QJsonObject &object);
Result<Meeting> decodeManifest(const QByteArray &bytes);

} // namespace phonghop
