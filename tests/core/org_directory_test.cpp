#include <catch2/catch.hpp>

#include "meeting_core/org/directorystore.h"
#include "meeting_core/org/organisationadmin.h"
#include "meeting_core/publish/peoplecsv.h"
#include "meeting_core/share/sharereader.h"
#include "meeting_core/trust/signedrecord.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <atomic>
#include <thread>

using namespace phonghop;

namespace {

const QString organisationName = QStringLiteral("UBND xã Hòa Bình");

QString peopleFile(const QTemporaryDir &dir, qint64 revision)
{
    return dir.filePath(QStringLiteral("share/people/") + DirectoryStore::fileName(revision));
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

DirectoryPerson person(
    const QString &id, const QString &name, Role role = Role::Delegate, qint64 weight = 1)
{
    DirectoryPerson p;
    p.id = id;
    p.fullName = name;
    p.position = QStringLiteral("Ủy viên");
    p.defaultRole = role;
    p.weight = weight;
    return p;
}

OrganisationAdmin makeOrganisation(const QTemporaryDir &dir, const SigningKey &key)
{
    Result<OrganisationAdmin> admin = OrganisationAdmin::initialise(
        dir.filePath(QStringLiteral("share")), organisationName, key);
    REQUIRE(admin.ok());
    return std::move(admin).value();
}

} // namespace

TEST_CASE("Setting up an organisation writes the share and an empty directory", "[org][directory]")
{
    QTemporaryDir dir;
    const SigningKey key = SigningKey::generate();
    const OrganisationAdmin admin = makeOrganisation(dir, key);
    CHECK(admin.fingerprint() == keyFingerprint(key.publicKey()));
    CHECK(admin.info().organisationName == organisationName);

    const Result<ShareInfo> info = ShareReader(admin.shareRoot()).readInfo();
    REQUIRE(info.ok());
    CHECK(info->organisationKey == key.publicKey());

    const Result<DirectoryStore::Reading> reading = admin.directory();
    REQUIRE(reading.ok());
    CHECK(reading->directory.revision == 1);
    CHECK(reading->directory.people.isEmpty());
    CHECK(reading->problems.isEmpty());
    CHECK(QFileInfo::exists(peopleFile(dir, 1)));
}

TEST_CASE("Setting up refuses a folder that already holds a share", "[org][directory]")
{
    QTemporaryDir dir;
    const SigningKey key = SigningKey::generate();
    makeOrganisation(dir, key);
    const QString root = dir.filePath(QStringLiteral("share"));
    const QByteArray descriptor = readAll(root + QStringLiteral("/phonghop-share.json"));

    const Result<OrganisationAdmin> again
        = OrganisationAdmin::initialise(root, organisationName, key);
    CHECK_FALSE(again.ok());
    CHECK(again.error().contains(organisationName));
    CHECK(again.error().contains(keyFingerprint(key.publicKey())));

    const Result<OrganisationAdmin> other
        = OrganisationAdmin::initialise(root, QStringLiteral("Khác"), SigningKey::generate());
    CHECK_FALSE(other.ok());
    CHECK(readAll(root + QStringLiteral("/phonghop-share.json")) == descriptor);

    // A damaged descriptor is a share too: left alone.
    QTemporaryDir damagedDir;
    writeAll(damagedDir.filePath(QStringLiteral("phonghop-share.json")), "{\"format\":");
    const Result<OrganisationAdmin> damaged
        = OrganisationAdmin::initialise(damagedDir.path(), organisationName, key);
    CHECK_FALSE(damaged.ok());
    CHECK(damaged.error().contains(u"phonghop-share.json"));
}

TEST_CASE("Opening a share with another organisation's key is refused", "[org][directory]")
{
    QTemporaryDir dir;
    const SigningKey key = SigningKey::generate();
    makeOrganisation(dir, key);
    const QString root = dir.filePath(QStringLiteral("share"));
    CHECK(OrganisationAdmin::open(root, key).ok());
    const SigningKey stranger = SigningKey::generate();
    const Result<OrganisationAdmin> other = OrganisationAdmin::open(root, stranger);
    REQUIRE_FALSE(other.ok());
    CHECK(other.error().contains(u"another organisation"));
    CHECK(other.error().contains(keyFingerprint(stranger.publicKey())));
    CHECK(other.error().contains(keyFingerprint(key.publicKey())));
}

TEST_CASE("People imported, edited and retired are kept as signed revisions", "[org][directory]")
{
    QTemporaryDir dir;
    const SigningKey key = SigningKey::generate();
    OrganisationAdmin admin = makeOrganisation(dir, key);

    const Result<OrganisationAdmin::ImportSummary> first = admin.importPeople({
        person(QStringLiteral("nguyen-van-an"), QStringLiteral("Nguyễn Văn An"), Role::Chair),
        person(QString(), QStringLiteral("Trần Thị Bình"), Role::Secretary, 0),
        person(QString(), QStringLiteral("Lê Văn Cường")),
    });
    REQUIRE(first.ok());
    CHECK(first->added == 3);
    CHECK(first->updated == 0);
    CHECK(first->directory.revision == 2);
    CHECK(first->directory.person(QStringLiteral("tran-thi-binh")));
    CHECK(first->directory.person(QStringLiteral("le-van-cuong")));

    // Same id updates; same name without id updates; a new name is added; nobody removed.
    DirectoryPerson anAgain
        = person(QStringLiteral("nguyen-van-an"), QStringLiteral("Nguyễn Văn An"), Role::Chair);
    anAgain.position = QStringLiteral("Chủ tịch UBND xã");
    DirectoryPerson binhAgain
        = person(QString(), QStringLiteral("Trần Thị Bình"), Role::Secretary, 0);
    binhAgain.unit = QStringLiteral("Văn phòng");
    const Result<OrganisationAdmin::ImportSummary> second = admin.importPeople(
        { anAgain, binhAgain, person(QString(), QStringLiteral("Phạm Thị Dung")) });
    REQUIRE(second.ok());
    CHECK(second->added == 1);
    CHECK(second->updated == 2);
    CHECK(second->directory.people.size() == 4);
    CHECK(second->directory.person(QStringLiteral("nguyen-van-an"))->position
        == QStringLiteral("Chủ tịch UBND xã"));
    CHECK(second->directory.person(QStringLiteral("tran-thi-binh"))->unit
        == QStringLiteral("Văn phòng"));

    DirectoryPerson edited = *second->directory.person(QStringLiteral("le-van-cuong"));
    edited.weight = 2;
    REQUIRE(admin.savePerson(edited).ok());
    REQUIRE(admin.retirePerson(QStringLiteral("pham-thi-dung")).ok());
    CHECK_FALSE(admin.retirePerson(QStringLiteral("pham-thi-dung")).ok());
    const Result<PeopleDirectory> unknown = admin.retirePerson(QStringLiteral("khong-co"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().contains(u"khong-co"));

    const Result<DirectoryStore::Reading> reading = admin.directory();
    REQUIRE(reading.ok());
    CHECK(reading->directory.revision == 5);
    CHECK(reading->directory.person(QStringLiteral("le-van-cuong"))->weight == 2);
    CHECK(reading->directory.person(QStringLiteral("pham-thi-dung"))->retired);
    for (qint64 revision = 1; revision <= 5; ++revision)
        CHECK(QFileInfo::exists(peopleFile(dir, revision)));

    // Every revision is signed by the organisation key, of kind people-directory.
    const Result<SignedRecord> record
        = SignedRecord::fromBytes(readAll(peopleFile(dir, 5)), QStringLiteral("people-directory"));
    REQUIRE(record.ok());
    CHECK(record->signerPublicKey() == key.publicKey());
}

TEST_CASE("A truncated directory file is skipped, reported, and written above", "[org][directory]")
{
    QTemporaryDir dir;
    const SigningKey key = SigningKey::generate();
    OrganisationAdmin admin = makeOrganisation(dir, key);
    REQUIRE(admin.importPeople({ person(QString(), QStringLiteral("Nguyễn Văn An"), Role::Chair) })
                .ok());
    // Revision 3 arrives cut short (an interrupted sync tool).
    const QByteArray whole = readAll(peopleFile(dir, 2));
    writeAll(peopleFile(dir, 3), whole.left(whole.size() / 2));

    const Result<DirectoryStore::Reading> reading = admin.directory();
    REQUIRE(reading.ok());
    CHECK(reading->directory.revision == 2);
    CHECK(reading->directory.person(QStringLiteral("nguyen-van-an")));
    REQUIRE(reading->problems.size() == 1);
    CHECK(reading->problems.first().contains(u"directory-000003.json"));

    const Result<PeopleDirectory> written
        = admin.savePerson(person(QString(), QStringLiteral("Lê Văn Cường")));
    REQUIRE(written.ok());
    CHECK(written->revision == 4);
    CHECK(written->people.size() == 2); // nothing valid lost
    CHECK(readAll(peopleFile(dir, 3)) == whole.left(whole.size() / 2)); // never replaced
    CHECK(admin.directory()->problems.isEmpty());
}

TEST_CASE("A directory signed by another key is refused and reported", "[org][directory]")
{
    QTemporaryDir dir;
    const SigningKey key = SigningKey::generate();
    OrganisationAdmin admin = makeOrganisation(dir, key);
    REQUIRE(admin.importPeople({ person(QString(), QStringLiteral("Nguyễn Văn An"), Role::Chair) })
                .ok());

    // Someone writes revision 3 with their own key, adding themselves.
    const SigningKey intruder = SigningKey::generate();
    PeopleDirectory forged = admin.directory()->directory;
    forged.revision = 3;
    forged.people << person(QStringLiteral("ke-gian"), QStringLiteral("Kẻ Gian"), Role::Chair);
    writeAll(peopleFile(dir, 3),
        SignedRecord::create(QStringLiteral("people-directory"), forged.toJson(), intruder)
            .toBytes());
    // And an oversized file at revision 4 (a hostile or broken file must stay cheap).
    writeAll(peopleFile(dir, 4), QByteArray(SignedRecord::maximumSize + 10, ' '));

    const Result<DirectoryStore::Reading> reading = admin.directory();
    REQUIRE(reading.ok());
    CHECK(reading->directory.revision == 2);
    CHECK_FALSE(reading->directory.person(QStringLiteral("ke-gian")));
    REQUIRE(reading->problems.size() == 2);
    CHECK(reading->problems.join(u'\n').contains(keyFingerprint(intruder.publicKey())));
    CHECK(reading->problems.join(u'\n').contains(u"directory-000004.json"));

    // A share nobody can reach fails as such.
    CHECK_FALSE(DirectoryStore(dir.filePath(QStringLiteral("nowhere"))).read(key.publicKey()).ok());
}

TEST_CASE(
    "Two secretaries editing the directory at once both keep their changes", "[org][directory]")
{
    QTemporaryDir dir;
    const SigningKey key = SigningKey::generate();
    makeOrganisation(dir, key);
    const QString root = dir.filePath(QStringLiteral("share"));
    constexpr int perWriter = 12;
    std::atomic<int> failures { 0 };
    auto writer = [&](const QString &prefix) {
        Result<OrganisationAdmin> admin = OrganisationAdmin::open(root, key);
        if (!admin) {
            ++failures;
            return;
        }
        for (int i = 0; i < perWriter; ++i) {
            if (!admin.value().savePerson(
                    person(prefix + QString::number(i), prefix + QString::number(i))))
                ++failures;
        }
    };
    std::thread first(writer, QStringLiteral("a-"));
    std::thread second(writer, QStringLiteral("b-"));
    first.join();
    second.join();
    CHECK(failures == 0);
    const Result<DirectoryStore::Reading> reading = DirectoryStore(root).read(key.publicKey());
    REQUIRE(reading.ok());
    CHECK(reading->directory.people.size() == 2 * perWriter);
    CHECK(reading->directory.revision == 1 + 2 * perWriter);
    CHECK(reading->problems.isEmpty());
}

TEST_CASE("Person ids are made from Vietnamese names", "[org][directory]")
{
    CHECK(personIdFromName(QStringLiteral("Nguyễn Văn An")) == u"nguyen-van-an");
    CHECK(personIdFromName(QStringLiteral("Đặng Thị Ánh Tuyết")) == u"dang-thi-anh-tuyet");
    CHECK(personIdFromName(QStringLiteral("Nguyễn Văn An"), { QStringLiteral("nguyen-van-an") })
        == u"nguyen-van-an-2");
    CHECK(personIdFromName(QStringLiteral("Nguyễn Văn An"),
              { QStringLiteral("nguyen-van-an"), QStringLiteral("nguyen-van-an-2") })
        == u"nguyen-van-an-3");
    PeopleDirectory directory;
    directory.people << person(QStringLiteral("bad id"), QStringLiteral("X"));
    CHECK_FALSE(directory.validate().ok());
}

TEST_CASE("A staff list is read with its ids, units, roles and weights", "[org][directory]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("danh-ba.csv"));
    writeAll(path,
        QStringLiteral("Mã;Họ và tên;Chức vụ;Đơn vị;Vai trò;Trọng số\n"
                       "CB01;Nguyễn Văn An;Chủ tịch UBND xã;UBND xã;Chủ trì;1\n"
                       ";Trần Thị Bình;Văn phòng - Thống kê;Văn phòng HĐND và UBND;Thư ký;0\n"
                       "CB03;\"Lê Văn Cường\";Phó Chủ tịch;UBND xã;đại biểu;2\n"
                       ";;;;;\n"
                       "CB04;Phạm Thị Dung;Công chức;Địa chính;chủ nhiệm;x\n")
            .toUtf8());
    QStringList notes;
    const Result<QList<DirectoryPerson>> people = readPeopleList(path, &notes);
    REQUIRE(people.ok());
    REQUIRE(people->size() == 4);
    CHECK(people->at(0).id == u"CB01");
    CHECK(people->at(0).unit == QStringLiteral("UBND xã"));
    CHECK(people->at(0).position == QStringLiteral("Chủ tịch UBND xã"));
    CHECK(people->at(0).defaultRole == Role::Chair);
    CHECK(people->at(1).id == u"tran-thi-binh");
    CHECK(people->at(1).defaultRole == Role::Secretary);
    CHECK(people->at(1).weight == 0);
    CHECK(people->at(1).unit == QStringLiteral("Văn phòng HĐND và UBND"));
    CHECK(people->at(2).weight == 2);
    CHECK(people->at(3).defaultRole == Role::Delegate);
    CHECK(people->at(3).weight == 1);
    CHECK(notes.size() == 2); // an unknown role and an unreadable weight

    // English headers, commas.
    const QString english = dir.filePath(QStringLiteral("people.csv"));
    writeAll(english, "id,name,position,unit,role,weight\nan,An,Chair,Office,chair,1\n");
    const Result<QList<DirectoryPerson>> englishPeople = readPeopleList(english);
    REQUIRE(englishPeople.ok());
    CHECK(englishPeople->first().unit == u"Office");

    // Two rows with the same id are refused.
    writeAll(english, "id,name\nan,An\nan,Another\n");
    CHECK_FALSE(readPeopleList(english).ok());
    CHECK_FALSE(readPeopleList(dir.filePath(QStringLiteral("missing.csv"))).ok());

    // peoplecsv (the meeting draft's import) still reads "Đơn vị" as it did.
    const Result<PeopleImport> draft = peoplecsv::readFile(path);
    REQUIRE(draft.ok());
    CHECK(draft->people.size() == 4);
    CHECK(draft->people.first().fullName == QStringLiteral("Nguyễn Văn An"));
}

TEST_CASE(
    "A staff list imports into the directory and again without duplicates", "[org][directory]")
{
    QTemporaryDir dir;
    const SigningKey key = SigningKey::generate();
    OrganisationAdmin admin = makeOrganisation(dir, key);
    const QString path = dir.filePath(QStringLiteral("danh-ba.csv"));
    writeAll(path,
        QStringLiteral("Họ và tên,Chức vụ\nNguyễn Văn An,Chủ tịch\nTrần Thị Bình,Thư ký\n")
            .toUtf8());
    const Result<QList<DirectoryPerson>> people = readPeopleList(path);
    REQUIRE(people.ok());
    REQUIRE(admin.importPeople(people.value()).ok());
    writeAll(path,
        QStringLiteral("Họ và tên,Chức vụ\nNguyễn Văn An,Chủ tịch UBND\nTrần Thị Bình,Thư ký\n")
            .toUtf8());
    const Result<OrganisationAdmin::ImportSummary> again
        = admin.importPeople(readPeopleList(path).value());
    REQUIRE(again.ok());
    CHECK(again->added == 0);
    CHECK(again->updated == 1);
    CHECK(again->directory.people.size() == 2);
}
