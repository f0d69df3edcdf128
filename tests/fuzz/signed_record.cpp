// Fuzz target: the envelope of every signed record on the share (rosters, the people
// directory, enrolment requests, poll records, ballots, session records, decisions,
// document comments): SignedRecord::fromBytes on the file's bytes. A record that verifies
// keeps its identity when written out again.
#include "fuzzsupport.h"

#include "meeting_core/trust/signedrecord.h"

using namespace phonghop;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzz::bytesOf(data, size);
    const Result<SignedRecord> record = SignedRecord::fromBytes(bytes);
    if (!record) {
        PHONGHOP_FUZZ_CHECK("signed_record", !record.error().isEmpty());
        return 0;
    }
    PHONGHOP_FUZZ_CHECK("signed_record",
        verifySignature(SignedRecord::signedMessage(record->kind(), record->payloadBytes()),
            record->signature(), record->signerPublicKey()));
    const Result<SignedRecord> again = SignedRecord::fromBytes(record->toBytes());
    PHONGHOP_FUZZ_CHECK("signed_record", again.ok());
    PHONGHOP_FUZZ_CHECK("signed_record", again->hash() == record->hash());
    PHONGHOP_FUZZ_CHECK("signed_record", again->payload() == record->payload());
    PHONGHOP_FUZZ_CHECK("signed_record", SignedRecord::fromBytes(bytes, record->kind()).ok());
    PHONGHOP_FUZZ_CHECK(
        "signed_record", !SignedRecord::fromBytes(bytes, record->kind() + u'x').ok());
    (void)fromIsoUtc(record->payload().value(u"at").toString());
    return 0;
}
