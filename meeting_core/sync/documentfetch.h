#pragma once

#include "meeting_core/util/result.h"

#include <QString>

namespace phonghop {

class MeetingCache;
struct DocumentRef;

// Fetches one document's object again from the share into the cache (issue 16: a document
// whose file eviction deleted, docs/cache.md): the file the cached, signed manifest names is
// copied and verified by its SHA-256 and size before it appears, with the office original
// when the document has one (a sealed document: its ciphertext, on a recipient seat). The
// object is then kept from eviction for the days the seat keeps documents. Nothing else of the
// share is read.
Status fetchDocumentAgain(
    MeetingCache &cache, const QString &sharePath, const DocumentRef &document);

} // namespace phonghop
