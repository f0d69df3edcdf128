// Fuzz target: the organisation's people directory (people/directory-<revision>.json). The
// input is the payload of a "people-directory" record; the target signs it with the fuzzing
// organisation's key and reads it back through DirectoryStore from a real folder, then
// checks what was read survives being written again.
#include "fuzzsupport.h"

#include "meeting_core/org/directorystore.h"
#include "meeting_core/org/peopledirectory.h"
#include "meeting_core/trust/devicekey.h"

#include <QJsonDocument>

using namespace phonghop;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray payload = fuzz::bytesOf(data, size);
    const SigningKey &organisation = fuzz::keyOf(fuzz::who::organisation);
    static const QString share = fuzz::freshFolder(QStringLiteral("share"));
    fuzz::writeFile(share + QStringLiteral("/people/") + DirectoryStore::fileName(1),
        fuzz::signedEnvelope(
            QLatin1StringView(PeopleDirectory::recordKind), payload, organisation));

    const Result<DirectoryStore::Reading> reading
        = DirectoryStore(share).read(organisation.publicKey());
    PHONGHOP_FUZZ_CHECK("people_directory", reading.ok());
    const PeopleDirectory &directory = reading->directory;
    if (directory.revision == 0) {
        PHONGHOP_FUZZ_CHECK("people_directory", !reading->problems.isEmpty());
        return 0;
    }
    PHONGHOP_FUZZ_CHECK("people_directory", directory.revision == 1);
    PHONGHOP_FUZZ_CHECK("people_directory", directory.validate().ok());
    for (const DirectoryPerson &p : directory.people) {
        PHONGHOP_FUZZ_CHECK("people_directory", directory.person(p.id) == &p);
        for (const DirectoryDevice &d : p.devices) {
            PHONGHOP_FUZZ_CHECK("people_directory", directory.personWithDevice(d.id) == &p);
            PHONGHOP_FUZZ_CHECK("people_directory", d.id == deviceIdOf(d.publicKey));
        }
        (void)p.activeDevices();
        (void)personIdFromName(p.fullName, { p.id });
    }
    const Result<PeopleDirectory> again = PeopleDirectory::fromJson(directory.toJson());
    PHONGHOP_FUZZ_CHECK("people_directory", again.ok());
    PHONGHOP_FUZZ_CHECK("people_directory", again->toJson() == directory.toJson());
    return 0;
}
