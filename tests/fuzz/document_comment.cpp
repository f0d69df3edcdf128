// Fuzz target: a delegate's comment on a document (devices/<device>/comment-*.json, a
// "document-comment" record). The input is the record's payload, signed by a delegate's key
// and put in that delegate's folder of a real share; the secretary gathers the comments on
// one document and exports them as CSV.
#include "fuzzsupport.h"

#include "meeting_core/annotations/documentcomments.h"
#include "meeting_core/share/sharereader.h"
#include "meeting_core/trust/devicekey.h"

using namespace phonghop;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QString share = fuzz::freshFolder(QStringLiteral("share"));
    const SigningKey &device = fuzz::keyOf('1');
    const QString deviceId = deviceIdOf(device.publicKey());
    fuzz::writeFile(
        share + QStringLiteral("/devices/") + deviceId + QStringLiteral("/comment-fuzz.json"),
        fuzz::signedEnvelope(
            QLatin1StringView(DocumentComment::recordKind), fuzz::bytesOf(data, size), device));
    const QVector<DocumentComment> comments
        = gatherDocumentComments(ShareReader(share), fuzz::meetingId(), QStringLiteral("tt-12"));
    PHONGHOP_FUZZ_CHECK("document_comment", comments.size() <= 1);
    for (const DocumentComment &c : comments) {
        PHONGHOP_FUZZ_CHECK("document_comment", c.deviceId == deviceId);
        PHONGHOP_FUZZ_CHECK("document_comment", c.meetingId == fuzz::meetingId());
    }
    PHONGHOP_FUZZ_CHECK("document_comment",
        exportCommentsCsv(comments, share + QStringLiteral("/comments.csv")).ok());
    return 0;
}
