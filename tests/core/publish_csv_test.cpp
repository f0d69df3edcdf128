// People imported from CSV keep their Vietnamese names, whether Excel saved UTF-8 or the
// legacy Windows-1258 code page; anything else is refused rather than turned into mojibake.
#include <catch2/catch.hpp>

#include "meeting_core/publish/peoplecsv.h"
#include "meeting_core/publish/textencoding.h"

#include <QStringDecoder>

using namespace phonghop;

namespace {

QStringList names(const PeopleImport &import)
{
    QStringList result;
    for (const DraftParticipant &person : import.people)
        result << person.fullName;
    return result;
}

const QStringList expectedNames = { QStringLiteral("Nguyễn Văn Ánh"),
    QStringLiteral("Trần Thị Tuyết"), QStringLiteral("Lê Đức Thọ") };

} // namespace

TEST_CASE("A UTF-8 CSV with a BOM and Vietnamese headers imports names, roles and weights",
    "[publish][csv]")
{
    const QByteArray csv = QByteArray("\xEF\xBB\xBF")
        + QStringLiteral("Họ và tên,Chức vụ,Vai trò,Trọng số\r\n"
                         "Nguyễn Văn Ánh,Chủ tịch UBND xã,Chủ trì,1\r\n"
                         "\"Trần Thị Tuyết\",\"Công chức Văn phòng, Thống kê\",Thư ký,0\r\n"
                         "Lê Đức Thọ,Phó Chủ tịch,Đại biểu,\"1,5\"\r\n")
              .toUtf8();
    const Result<PeopleImport> import = peoplecsv::parse(csv);
    REQUIRE(import.ok());
    CHECK(import->wasUtf8);
    CHECK(import->notes.isEmpty());
    CHECK(names(import.value()) == expectedNames);
    CHECK(import->people[0].role == Role::Chair);
    CHECK(import->people[1].role == Role::Secretary);
    CHECK(import->people[1].position == QStringLiteral("Công chức Văn phòng, Thống kê"));
    CHECK(import->people[1].voteWeight == 0.0);
    CHECK(import->people[2].role == Role::Delegate);
    CHECK(import->people[2].voteWeight == 1.5);
}

TEST_CASE("A semicolon CSV without roles imports people who still need a role", "[publish][csv]")
{
    const QByteArray csv
        = QStringLiteral("Họ tên;Chức vụ\nPhạm Thu Hà;Khách mời từ Sở Nội vụ\n;\n").toUtf8();
    const Result<PeopleImport> import = peoplecsv::parse(csv);
    REQUIRE(import.ok());
    REQUIRE(import->people.size() == 1);
    CHECK(import->people[0].fullName == QStringLiteral("Phạm Thu Hà"));
    CHECK_FALSE(import->people[0].role.has_value());
}

TEST_CASE(
    "A Windows-1258 CSV is detected, said so, and gives the same names as UTF-8", "[publish][csv]")
{
    // Written as Excel on a Vietnamese Windows writes it: base letters plus combining tones.
    const QByteArray csv = "H"
                           "o\xF2"
                           " v\xE0"
                           " t\xEA"
                           "n,Ch\xFD\xEC"
                           "c v"
                           "u\xF2"
                           ",Vai tr"
                           "o\xCC"
                           "\r\n"
                           "Nguy\xEA\xDE"
                           "n V\xE3"
                           "n \xC1"
                           "nh,Ch"
                           "u\xD2"
                           " t"
                           "i\xF2"
                           "ch,Ch"
                           "u\xD2"
                           " tr"
                           "i\xCC"
                           "\r\n"
                           "Tr\xE2\xCC"
                           "n Th"
                           "i\xF2"
                           " Tuy\xEA\xEC"
                           "t,C\xF4"
                           "ng ch"
                           "\xFD\xEC"
                           "c,Th\xFD"
                           " k"
                           "y\xEC"
                           "\r\n"
                           "L\xEA \xD0\xFD\xEC"
                           "c Th"
                           "o\xF2"
                           ",Ph"
                           "o\xEC"
                           " Ch"
                           "u\xD2"
                           " t"
                           "i\xF2"
                           "ch,\xD0"
                           "a\xF2"
                           "i bi\xEA\xD2"
                           "u\r\n";
    const Result<PeopleImport> import = peoplecsv::parse(csv);
    REQUIRE(import.ok());
    CHECK_FALSE(import->wasUtf8);
    CHECK(import->encodingName == QStringLiteral("Windows-1258"));
    REQUIRE(import->notes.size() == 1);
    CHECK(import->notes.first().contains(QStringLiteral("not in UTF-8")));
    CHECK(names(import.value()) == expectedNames);
    // NFC: the names compare equal to the same names typed in UTF-8, letter by letter.
    CHECK(import->people[0].fullName.size() == QStringLiteral("Nguyễn Văn Ánh").size());
    CHECK(import->people[0].role == Role::Chair);
    CHECK(import->people[1].role == Role::Secretary);
    CHECK(import->people[2].role == Role::Delegate);
    CHECK(import->people[0].position == QStringLiteral("Chủ tịch"));
}

TEST_CASE("The Windows-1258 table agrees with ICU's where Qt has it", "[publish][csv]")
{
    QStringDecoder icu("windows-1258");
    if (!icu.isValid())
        WARN("This Qt has no ICU Windows-1258 codec; only our table is checked");
    for (int byte = 0; byte < 256; ++byte) {
        const QByteArray one(1, char(byte));
        const QString ours = textencoding::decodeWindows1258(one);
        REQUIRE(ours.size() == 1);
        if (!icu.isValid() || ours.at(0) == QChar(QChar::ReplacementCharacter))
            continue;
        QStringDecoder fresh("windows-1258");
        INFO("byte " << byte);
        CHECK(ours == fresh.decode(one));
    }
}

TEST_CASE(
    "Legacy TCVN3 or VNI bytes are refused with a clear message, not mojibake", "[publish][csv]")
{
    // "Trưởng phòng" in TCVN3 (ABC): ư = 0xAD, ở = 0xEB, ò = 0xE0 in that code page.
    const QByteArray tcvn3 = "H\xE4 t\xAA"
                             "n,Ch\xF8"
                             "c v\xF4\n"
                             "Nguy\xD4n V\xA8n An,Tr\xAD\xEBng ph\xDFng\n";
    const Result<PeopleImport> import = peoplecsv::parse(tcvn3);
    REQUIRE_FALSE(import.ok());
    CHECK(import.error().contains(QStringLiteral("UTF-8")));
    CHECK(import.error().contains(QStringLiteral("TCVN3")));
}
