// Fuzz target: a people list as CSV, the way people bring it (Excel exports in UTF-8 with or
// without a BOM, UTF-16 with a BOM, or Vietnamese Windows-1258), read both ways the program
// reads one: peoplecsv (participants of a draft) and readPeopleList (the organisation's
// directory, from a real file). Every person read has a name and a usable vote weight; the
// directory's people are valid together.
#include "fuzzsupport.h"

#include "meeting_core/org/organisationadmin.h"
#include "meeting_core/publish/peoplecsv.h"
#include "meeting_core/publish/textencoding.h"

#include <cmath>

using namespace phonghop;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzz::bytesOf(data, size);
    const Result<DecodedText> decoded = textencoding::decode(bytes);
    if (decoded && decoded->encodingName == u"Windows-1258")
        PHONGHOP_FUZZ_CHECK("people_csv", decoded->text == textencoding::decodeWindows1258(bytes));
    (void)textencoding::looksVietnamese(QString::fromUtf8(bytes));

    const Result<PeopleImport> imported = peoplecsv::parse(bytes);
    if (imported) {
        PHONGHOP_FUZZ_CHECK("people_csv", decoded.ok());
        PHONGHOP_FUZZ_CHECK("people_csv", imported->encodingName == decoded->encodingName);
        for (const DraftParticipant &p : imported->people) {
            PHONGHOP_FUZZ_CHECK("people_csv", !p.fullName.isEmpty());
            PHONGHOP_FUZZ_CHECK("people_csv", std::isfinite(p.voteWeight) && p.voteWeight >= 0);
        }
    }

    static const QString path
        = fuzz::freshFolder(QStringLiteral("csv")) + QStringLiteral("/nhan-su.csv");
    fuzz::writeFile(path, bytes);
    QStringList notes;
    const Result<QList<DirectoryPerson>> people = readPeopleList(path, &notes);
    if (people) {
        PHONGHOP_FUZZ_CHECK("people_csv", decoded.ok());
        PeopleDirectory directory;
        directory.revision = 1;
        directory.people = people.value();
        PHONGHOP_FUZZ_CHECK("people_csv", directory.validate().ok());
        for (const DirectoryPerson &p : people.value())
            PHONGHOP_FUZZ_CHECK("people_csv", p.weight >= 0 && !p.fullName.isEmpty());
    }
    return 0;
}
