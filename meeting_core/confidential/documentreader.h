#pragma once

#include "meeting_core/confidential/sealeddocument.h"
#include "meeting_core/domain/meeting.h"
#include "meeting_core/pdf/pdfdocument.h"
#include "meeting_core/pdf/watermark.h"
#include "meeting_core/trust/signingkey.h"
#include "meeting_core/util/result.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace phonghop {

class MeetingCache;

// A seat's documents as it may have them (issue 16): a clear document is its cached PDF; a
// confidential one is readable only on a recipient device, decrypted chunk by chunk with the
// device key kept in the cache's folder (trust/devicekey.h). The viewer and
// `phonghop-cli document save` go through here; nothing decrypted is written to the cache.
class DocumentReader final {
public:
    explicit DocumentReader(const MeetingCache &cache);

    // This seat's device: the key in the cache folder, loaded once (empty id: no key yet, so
    // no confidential document is for this seat).
    QString deviceId() const { return m_deviceId; }

    DocumentAccess access(const DocumentRef &document) const;
    // Whether this seat can open the document now: its PDF, or for a confidential document its
    // sealed object and this device's entry, are in the cache.
    bool readable(const DocumentRef &document) const;

    // The PDF's bytes (decrypted for a recipient). A translated failure for a seat that is not
    // a recipient (notRecipientMessage()), a document not synced yet, or a damaged one.
    Result<QByteArray> read(const DocumentRef &document) const;

    // The document as a device read on demand: for a recipient, decrypted chunk by chunk and
    // never held whole (openSealedDocumentDevice); otherwise the cached file. Fails as read().
    Result<std::unique_ptr<QIODevice>> openDevice(const DocumentRef &document) const;
    // The same, to be run later on another thread (PdfRenderService::openSource): what can be
    // refused at once (not a recipient, a locked key, not synced) is refused here; the source
    // holds copies of what it needs (not this reader, nor the cache) and verifies the document
    // when it runs.
    Result<PdfDeviceSource> source(const DocumentRef &document) const;

    // Who this seat's reader is, for the watermark of a confidential document (issue 16): the
    // participant of the meeting whose device this is (the document's recipient entry for this
    // device names them), their name and position, and the date given (the caller's today).
    // Empty for a clear document or a seat that is not a recipient.
    Watermark watermark(const Meeting &meeting, const DocumentRef &document, QDate date) const;

    // Writes the document as read() gives it to target, chunk by chunk (a confidential one is
    // never held whole), under a temporary name renamed into place (nothing is left at target on
    // failure, nor when a clear document's checksum does not match).
    Status saveAs(const DocumentRef &document, const QString &target) const;

private:
    const MeetingCache &m_cache;
    std::optional<SigningKey> m_deviceKey;
    QString m_deviceId;
    // Why the key could not be loaded (locked by its PIN, a wrong PIN given, unreadable).
    QString m_keyProblem;
};

} // namespace phonghop
