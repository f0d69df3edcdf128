// Fuzz target: a meeting manifest (meetings/<id>/<revision>.manifest.json), decoded alone and
// read through ShareReader with a valid detached signature, so the schema checks behind the
// signature are reached. What decodes must encode and decode again to the same meeting.
#include "fuzzsupport.h"

#include "meeting_core/share/manifestcodec.h"
#include "meeting_core/share/shareformat.h"
#include "meeting_core/share/sharereader.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace phonghop;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzz::bytesOf(data, size);
    const Result<Meeting> meeting = decodeManifest(bytes);
    if (meeting) {
        const QByteArray again = encodeManifest(meeting.value());
        const Result<Meeting> reread = decodeManifest(again);
        PHONGHOP_FUZZ_CHECK("manifest", reread.ok());
        PHONGHOP_FUZZ_CHECK("manifest", encodeManifest(reread.value()) == again);
    } else {
        PHONGHOP_FUZZ_CHECK("manifest", !meeting.error().isEmpty());
    }

    static const QString share = fuzz::freshFolder(QStringLiteral("share"));
    const SigningKey &organisation = fuzz::keyOf(fuzz::who::organisation);
    const QString folder = share + QStringLiteral("/meetings/") + fuzz::meetingId() + u'/';
    fuzz::writeFile(folder + shareformat::manifestFileName(1), bytes);
    const QJsonObject signature {
        { QStringLiteral("signer"), QString::fromLatin1(organisation.publicKey().toBase64()) },
        { QStringLiteral("signature"), QString::fromLatin1(organisation.sign(bytes).toBase64()) },
    };
    fuzz::writeFile(folder + shareformat::signatureFileName(1), QJsonDocument(signature).toJson());
    const ShareReader reader(share);
    const Result<VerifiedManifest> verified
        = reader.readManifest(fuzz::meetingId(), 1, organisation.publicKey());
    if (verified) {
        PHONGHOP_FUZZ_CHECK("manifest", meeting.ok());
        PHONGHOP_FUZZ_CHECK("manifest", verified->bytes == bytes);
        PHONGHOP_FUZZ_CHECK("manifest", verified->meeting.id == fuzz::meetingId());
        PHONGHOP_FUZZ_CHECK("manifest", verified->meeting.revision == 1);
    }
    PHONGHOP_FUZZ_CHECK(
        "manifest", reader.manifestRevisions(fuzz::meetingId()) == QList<int> { 1 });
    return 0;
}
