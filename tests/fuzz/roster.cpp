// Fuzz target: a meeting roster. The input is the payload of a "roster" record; the target
// signs it with the fuzzing organisation's key, so verifyRoster reaches Roster::fromJson and
// its structural checks. A roster that verifies must survive being signed again unchanged.
#include "fuzzsupport.h"

#include "meeting_core/trust/roster.h"

using namespace phonghop;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const SigningKey &organisation = fuzz::keyOf(fuzz::who::organisation);
    const QString fingerprint = keyFingerprint(organisation.publicKey());
    const QByteArray record = fuzz::signedEnvelope(
        QLatin1StringView(Roster::recordKind), fuzz::bytesOf(data, size), organisation);
    const Result<VerifiedRoster> verified = verifyRoster(record, fingerprint);
    // Signed by anybody else, it is refused.
    PHONGHOP_FUZZ_CHECK("roster",
        !verifyRoster(fuzz::signedEnvelope(QLatin1StringView(Roster::recordKind),
                          fuzz::bytesOf(data, size), fuzz::keyOf(fuzz::who::chair)),
            fingerprint)
             .ok());
    if (!verified)
        return 0;

    const Roster &roster = verified->roster;
    PHONGHOP_FUZZ_CHECK("roster", roster.validate().ok());
    PHONGHOP_FUZZ_CHECK("roster", roster.chair() != nullptr);
    for (const RosterParticipant &p : roster.participants) {
        PHONGHOP_FUZZ_CHECK("roster", roster.participant(p.id) == &p);
        for (const RosterDevice &d : p.devices) {
            PHONGHOP_FUZZ_CHECK("roster", roster.participantForKey(d.publicKey) == &p);
            PHONGHOP_FUZZ_CHECK("roster", roster.device(d.id) == &d);
            PHONGHOP_FUZZ_CHECK("roster", roster.keyHasRole(d.publicKey, p.role));
        }
    }
    (void)roster.keysOfRole(Role::Delegate);

    const Result<Roster> again = Roster::fromJson(roster.toJson());
    PHONGHOP_FUZZ_CHECK("roster", again.ok());
    PHONGHOP_FUZZ_CHECK("roster", again->toJson() == roster.toJson());
    const Result<VerifiedRoster> resigned
        = verifyRoster(signRoster(roster, organisation).toBytes(), fingerprint);
    PHONGHOP_FUZZ_CHECK("roster", resigned.ok());
    PHONGHOP_FUZZ_CHECK("roster", checkRosterSuccession(roster, resigned->roster).ok());
    (void)checkRosterSuccession(fuzz::roster(), roster);
    return 0;
}
