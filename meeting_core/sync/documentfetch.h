#pragma once

#include "meeting_core/util/cancellation.h"
#include "meeting_core/util/result.h"

#include <QString>
#include <functional>

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

// The same in two steps, for a window that must keep painting while a 200 MB scan is copied:
// the copy, which touches only files and runs on any thread (the job holds what it needs), then
// the record that keeps the objects from eviction, in the cache's database, on the cache's
// thread.
std::function<Status(const CancellationToken &)> copyDocumentAgainJob(
    const MeetingCache &cache, const QString &sharePath, const DocumentRef &document);
Status recordDocumentFetchedAgain(MeetingCache &cache, const DocumentRef &document);

} // namespace phonghop
