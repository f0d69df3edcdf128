// `phonghop-cli org …` and `people …` run as real processes: an organisation set up from an
// empty folder, its protected key (wrong passphrase, truncated file, another organisation's
// key, an older unprotected file), and its directory of people.
#include "cli_run.h"

#include "meeting_core/org/organisationadmin.h"
#include "meeting_core/share/shareformat.h"
#include "meeting_core/share/sharereader.h"
#include "meeting_core/trust/signingkey.h"

#include <QTemporaryDir>

using namespace phonghop;
using namespace phonghop::test;

TEST_CASE(
    "org init sets up a share in an empty folder with a protected key and prints its fingerprint",
    "[org][cli]")
{
    Office office(false);
    const QString backup = office.path(QStringLiteral("usb/du-phong.key"));
    const CliRun r
        = office.cli.ok({ QStringLiteral("org"), QStringLiteral("init"), QStringLiteral("--share"),
            office.share, QStringLiteral("--name"), QStringLiteral("UBND xã Sơn Hà"),
            QStringLiteral("--key"), office.key, QStringLiteral("--backup"), backup });

    const Result<KeyFileInfo> info = inspectKeyFile(office.key);
    REQUIRE(info.ok());
    CHECK(info->protectedByPassphrase);
    CHECK(info->organisationName == u"UBND xã Sơn Hà");
    const QString fingerprint = keyFingerprint(info->publicKey);
    CHECK(r.out.contains(fingerprint));
    CHECK(fingerprint.count(u'-') == 7); // eight groups of four

    // The share names that key; the key opens with the passphrase, and the backup is a second
    // protected copy of the same key.
    const Result<ShareInfo> share = ShareReader(office.share).readInfo();
    REQUIRE(share.ok());
    CHECK(share->organisationKey == info->publicKey);
    CHECK(share->organisationName == u"UBND xã Sơn Hà");
    const Result<SigningKey> key = SigningKey::loadProtected(office.key, cliPassphrase);
    REQUIRE(key.ok());
    CHECK(key->publicKey() == info->publicKey);
    const Result<SigningKey> copy = SigningKey::loadProtected(backup, cliPassphrase);
    REQUIRE(copy.ok());
    CHECK(copy->publicKey() == info->publicKey);
    CHECK(readBytes(backup) != readBytes(office.key)); // its own salt and nonce
    CHECK(QFileInfo(office.key).permissions().testFlag(QFileDevice::ReadOwner));
    CHECK_FALSE(QFileInfo(office.key).permissions().testFlag(QFileDevice::ReadOther));

    // org info: what IT reads out, from the share alone.
    const QJsonObject shown
        = office.cli
              .ok({ QStringLiteral("org"), QStringLiteral("info"), QStringLiteral("--share"),
                  office.share, QStringLiteral("--json") })
              .json()
              .object();
    CHECK(shown.value(u"name").toString() == u"UBND xã Sơn Hà");
    CHECK(shown.value(u"fingerprint").toString() == fingerprint);
    CHECK(shown.value(u"formatVersion").toString().startsWith(QStringLiteral("1.")));
    const CliRun text = office.cli.ok(
        { QStringLiteral("org"), QStringLiteral("info"), QStringLiteral("--share"), office.share });
    CHECK(text.out.contains(fingerprint));
    CHECK(text.out.contains(QStringLiteral("UBND xã Sơn Hà")));

    // An empty directory to start from.
    CHECK(office.cli
              .ok({ QStringLiteral("people"), QStringLiteral("list"), QStringLiteral("--share"),
                  office.share, QStringLiteral("--json") })
              .json()
              .array()
              .isEmpty());

    // --json, for scripts.
    Office other(false);
    const QJsonObject json
        = other.cli
              .ok({ QStringLiteral("org"), QStringLiteral("init"), QStringLiteral("--share"),
                  other.share, QStringLiteral("--name"), QStringLiteral("UBND xã Tân Phú"),
                  QStringLiteral("--key"), other.key, QStringLiteral("--json") })
              .json()
              .object();
    CHECK(json.value(u"fingerprint").toString()
        == keyFingerprint(inspectKeyFile(other.key)->publicKey));
    CHECK(json.value(u"name").toString() == u"UBND xã Tân Phú");
}

TEST_CASE("org init refuses an existing share, an existing key file and a folder in use, touching "
          "nothing",
    "[org][cli]")
{
    Office office;
    const QStringList before = filesUnder(office.share);
    const QByteArray keyBytes = readBytes(office.key);

    // The same share again, with a new key file: refused, nothing written.
    const QString newKey = office.path(QStringLiteral("khac.key"));
    const CliRun again = office.cli.run({ QStringLiteral("org"), QStringLiteral("init"),
        QStringLiteral("--share"), office.share, QStringLiteral("--name"),
        QStringLiteral("UBND xã Khác"), QStringLiteral("--key"), newKey });
    CHECK(again.exitCode == 4);
    CHECK(again.err.contains(QStringLiteral("already holds")));
    CHECK_FALSE(QFileInfo::exists(newKey));
    CHECK(filesUnder(office.share) == before);

    // A new folder with the existing key file: refused, the key left as it was.
    const QString fresh = office.path(QStringLiteral("share-2"));
    const CliRun keyExists = office.cli.run({ QStringLiteral("org"), QStringLiteral("init"),
        QStringLiteral("--share"), fresh, QStringLiteral("--name"), QStringLiteral("UBND xã Khác"),
        QStringLiteral("--key"), office.key });
    CHECK(keyExists.exitCode == 4);
    CHECK(keyExists.err.contains(QStringLiteral("already exists")));
    CHECK(readBytes(office.key) == keyBytes);
    CHECK(filesUnder(fresh).isEmpty());

    // A folder that holds other files.
    const QString used = office.path(QStringLiteral("tai-lieu"));
    writeText(used + QStringLiteral("/bao-cao.pdf"), "%PDF-1.4");
    const CliRun notEmpty = office.cli.run({ QStringLiteral("org"), QStringLiteral("init"),
        QStringLiteral("--share"), used, QStringLiteral("--name"), QStringLiteral("UBND xã Khác"),
        QStringLiteral("--key"), newKey });
    CHECK(notEmpty.exitCode == 4);
    CHECK_FALSE(QFileInfo::exists(newKey));
    CHECK(filesUnder(used) == QStringList { QStringLiteral("bao-cao.pdf") });

    // Without a passphrase and without a terminal: a usage error that says how to give one.
    Cli noPassphrase { QString() };
    const CliRun none = noPassphrase.run({ QStringLiteral("org"), QStringLiteral("init"),
        QStringLiteral("--share"), fresh, QStringLiteral("--name"), QStringLiteral("UBND xã Khác"),
        QStringLiteral("--key"), newKey });
    CHECK(none.exitCode == 2);
    CHECK(none.err.contains(QStringLiteral("PHONGHOP_KEY_PASSPHRASE")));
    CHECK_FALSE(QFileInfo::exists(newKey));
    CHECK(filesUnder(fresh).isEmpty());

    CHECK(office.cli
              .run({ QStringLiteral("org"), QStringLiteral("init"), QStringLiteral("--share"),
                  fresh })
              .exitCode
        == 2);
}

TEST_CASE("A wrong passphrase is refused with exit 4 and a clear message, the directory is left as "
          "it was",
    "[org][cli]")
{
    Office office;
    REQUIRE(office.import(staffCsv()).exitCode == 0);
    const qint64 revision = office.directoryRevision();

    Cli wrong { QStringLiteral("không phải mật khẩu") };
    const QString file = office.path(QStringLiteral("them.csv"));
    writeText(file, "Họ và tên,Chức vụ\nHoàng Văn Em,Ủy viên\n");
    const CliRun r = wrong.run({ QStringLiteral("people"), QStringLiteral("import"), file,
        QStringLiteral("--share"), office.share, QStringLiteral("--key"), office.key });
    CHECK(r.exitCode == 4);
    CHECK(r.err.contains(QStringLiteral("Wrong passphrase")));
    CHECK(office.directoryRevision() == revision);

    // No passphrase at all, no terminal to ask on: usage error.
    Cli none { QString() };
    const CliRun missing = none.run({ QStringLiteral("people"), QStringLiteral("import"), file,
        QStringLiteral("--share"), office.share, QStringLiteral("--key"), office.key });
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(QStringLiteral("PHONGHOP_KEY_PASSPHRASE")));
    CHECK(office.directoryRevision() == revision);

    // The same refusal on publish.
    const QString meeting = office.path(QStringLiteral("hop.json"));
    writeText(meeting, meetingJson(QStringLiteral("hop-thang-12")));
    const CliRun publish
        = wrong.run({ QStringLiteral("publish"), meeting, QStringLiteral("--share"), office.share,
            QStringLiteral("--key"), office.key, QStringLiteral("--quiet") });
    CHECK(publish.exitCode == 4);
    CHECK(publish.err.contains(QStringLiteral("Wrong passphrase")));
    CHECK(ShareReader(office.share).meetingIds().isEmpty());
}

TEST_CASE("A truncated or garbled key file is refused with exit 4, a missing one is a usage error",
    "[org][cli]")
{
    Office office;
    const QByteArray bytes = readBytes(office.key);
    const QString truncated = office.path(QStringLiteral("cut.key"));
    writeText(truncated, bytes.left(bytes.size() / 2));
    const QString garbled = office.path(QStringLiteral("garbled.key"));
    writeText(garbled, "đây không phải là khóa");
    const QString meeting = office.path(QStringLiteral("hop.json"));
    writeText(meeting, meetingJson(QStringLiteral("hop-thang-12")));

    for (const QString &key : { truncated, garbled }) {
        INFO(key.toStdString());
        const CliRun imported = office.import(staffCsv(), key);
        CHECK(imported.exitCode == 4);
        CHECK_FALSE(imported.err.isEmpty());
        const CliRun published
            = office.cli.run({ QStringLiteral("publish"), meeting, QStringLiteral("--share"),
                office.share, QStringLiteral("--key"), key, QStringLiteral("--quiet") });
        CHECK(published.exitCode == 4);
    }
    CHECK(office.directoryRevision() == 1);
    CHECK(ShareReader(office.share).meetingIds().isEmpty());
    CHECK(office.import(staffCsv(), office.path(QStringLiteral("missing.key"))).exitCode == 2);
}

TEST_CASE("The key of another organisation is refused by people import, publish and enrol approve",
    "[org][cli]")
{
    Office ours;
    Office theirs;
    REQUIRE(ours.import(staffCsv()).exitCode == 0);
    const QStringList before = filesUnder(ours.share);

    const CliRun imported = ours.import(staffCsv(), theirs.key);
    CHECK(imported.exitCode == 4);
    CHECK(imported.err.contains(theirs.fingerprint));

    const QString meeting = ours.path(QStringLiteral("hop.json"));
    writeText(meeting, meetingJson(QStringLiteral("hop-thang-12")));
    const CliRun published
        = ours.cli.run({ QStringLiteral("publish"), meeting, QStringLiteral("--share"), ours.share,
            QStringLiteral("--key"), theirs.key, QStringLiteral("--quiet") });
    CHECK(published.exitCode == 4);
    CHECK(published.err.contains(QStringLiteral("not the key of the organisation")));

    // A pending request, approved with the wrong key: refused, still pending.
    QTemporaryDir seat;
    ours.cli.ok({ QStringLiteral("enrol"), QStringLiteral("request"), QStringLiteral("--share"),
        ours.share, QStringLiteral("--cache"), seat.path(), QStringLiteral("--person"),
        QStringLiteral("uy-vien") });
    const QJsonArray pending
        = ours.cli
              .ok({ QStringLiteral("enrol"), QStringLiteral("list"), QStringLiteral("--share"),
                  ours.share, QStringLiteral("--json") })
              .json()
              .array();
    REQUIRE(pending.size() == 1);
    const QString fingerprint = pending.at(0).toObject().value(u"fingerprint").toString();
    const CliRun approved = ours.cli.run(
        { QStringLiteral("enrol"), QStringLiteral("approve"), QStringLiteral("--share"), ours.share,
            QStringLiteral("--key"), theirs.key, QStringLiteral("--device"), fingerprint });
    CHECK(approved.exitCode == 4);
    CHECK(ours.cli
              .ok({ QStringLiteral("enrol"), QStringLiteral("list"), QStringLiteral("--share"),
                  ours.share, QStringLiteral("--json") })
              .json()
              .array()
              .size()
        == 1);
    CHECK(ShareReader(ours.share).meetingIds().isEmpty());
    CHECK(ours.directoryRevision() == 2);
}

TEST_CASE("people import adds and updates the directory, people list --json shows it", "[org][cli]")
{
    Office office;
    const CliRun first = office.import(staffCsv());
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    CHECK(first.out.contains(QStringLiteral("4 added, 0 updated")));

    QJsonArray people = office.people();
    REQUIRE(people.size() == 4);
    const QJsonObject chair = findById(people, QStringLiteral("id"), QStringLiteral("chu-tich"));
    CHECK(chair.value(u"name").toString() == u"Nguyễn Văn An");
    CHECK(chair.value(u"position").toString() == u"Chủ tịch UBND xã");
    CHECK(chair.value(u"unit").toString() == u"UBND xã");
    CHECK(chair.value(u"role").toString() == u"chair");
    CHECK(chair.value(u"weight").toInt() == 1);
    CHECK_FALSE(chair.value(u"retired").toBool());
    CHECK(chair.value(u"devices").toArray().isEmpty());
    const QJsonObject secretary = findById(people, QStringLiteral("id"), QStringLiteral("thu-ky"));
    CHECK(secretary.value(u"role").toString() == u"secretary");
    CHECK(secretary.value(u"weight").toInt() == 0);

    // A second list: one person changes position, one joins; nobody is removed.
    const CliRun second = office.import(
        QByteArrayLiteral("Mã,Họ và tên,Chức vụ,Đơn vị,Vai trò,Trọng số\n"
                          "uy-vien,Phạm Thị Dung,Phó Chủ tịch UBND xã,UBND xã,Đại biểu,1\n"
                          "hoang-van-em,Hoàng Văn Em,Ủy viên UBND xã,Quân sự xã,Đại biểu,1\n"));
    INFO(second.err.toStdString());
    REQUIRE(second.exitCode == 0);
    CHECK(second.out.contains(QStringLiteral("1 added, 1 updated")));
    people = office.people();
    CHECK(people.size() == 5);
    CHECK(findById(people, QStringLiteral("id"), QStringLiteral("uy-vien"))
              .value(u"position")
              .toString()
        == u"Phó Chủ tịch UBND xã");
    CHECK(findById(people, QStringLiteral("id"), QStringLiteral("hoang-van-em"))
              .value(u"name")
              .toString()
        == u"Hoàng Văn Em");

    // people add and retire.
    office.cli.ok({ QStringLiteral("people"), QStringLiteral("add"), QStringLiteral("--share"),
        office.share, QStringLiteral("--key"), office.key, QStringLiteral("--name"),
        QStringLiteral("Võ Thị Giang"), QStringLiteral("--position"),
        QStringLiteral("Công chức Tư pháp"), QStringLiteral("--role"), QStringLiteral("guest"),
        QStringLiteral("--weight"), QStringLiteral("0") });
    office.cli.ok(
        { QStringLiteral("people"), QStringLiteral("retire"), QStringLiteral("hoang-van-em"),
            QStringLiteral("--share"), office.share, QStringLiteral("--key"), office.key });
    people = office.people();
    CHECK(people.size() == 6);
    const QJsonObject giang
        = findById(people, QStringLiteral("name"), QStringLiteral("Võ Thị Giang"));
    CHECK(giang.value(u"id").toString() == u"vo-thi-giang");
    CHECK(giang.value(u"role").toString() == u"guest");
    CHECK(findById(people, QStringLiteral("id"), QStringLiteral("hoang-van-em"))
              .value(u"retired")
              .toBool());
    CHECK(office.cli
              .run({ QStringLiteral("people"), QStringLiteral("retire"), QStringLiteral("khong-co"),
                  QStringLiteral("--share"), office.share, QStringLiteral("--key"), office.key })
              .exitCode
        == 4);

    // The text listing, for a person.
    const CliRun text = office.cli.ok({ QStringLiteral("people"), QStringLiteral("list"),
        QStringLiteral("--share"), office.share });
    CHECK(text.out.contains(QStringLiteral("Nguyễn Văn An")));

    // A directory file signed by another key is skipped and reported; the valid ones stay.
    Office theirs;
    REQUIRE(theirs.import(staffCsv()).exitCode == 0);
    QFile::copy(theirs.share + QStringLiteral("/people/") + DirectoryStore::fileName(2),
        office.share + QStringLiteral("/people/")
            + DirectoryStore::fileName(office.directoryRevision() + 1));
    const CliRun planted = office.cli.ok({ QStringLiteral("people"), QStringLiteral("list"),
        QStringLiteral("--share"), office.share, QStringLiteral("--json") });
    CHECK(planted.json().array().size() == 6);
    CHECK_FALSE(planted.err.isEmpty());
}

TEST_CASE("An older unprotected key file still works, with a warning, org backup-key makes a "
          "protected copy",
    "[org][cli]")
{
    QTemporaryDir dir;
    const QString share = dir.filePath(QStringLiteral("share"));
    const SigningKey key = SigningKey::fromSeed(QByteArray(32, '\x42'));
    REQUIRE(OrganisationAdmin::initialise(share, QStringLiteral("UBND xã Cũ"), key).ok());
    const QString legacy = dir.filePath(QStringLiteral("cu.key"));
    REQUIRE(key.save(legacy).ok());
    REQUIRE_FALSE(inspectKeyFile(legacy)->protectedByPassphrase);

    Cli cli { QString() }; // an older file needs no passphrase
    const QString list = dir.filePath(QStringLiteral("can-bo.csv"));
    writeText(list, staffCsv());
    const CliRun imported = cli.ok({ QStringLiteral("people"), QStringLiteral("import"), list,
        QStringLiteral("--share"), share, QStringLiteral("--key"), legacy });
    CHECK(imported.err.contains(QStringLiteral("Warning")));
    CHECK(imported.err.contains(QStringLiteral("backup-key")));

    // Its protected copy: the passphrase of PHONGHOP_NEW_KEY_PASSPHRASE.
    Cli copying { QString() };
    copying.env.insert(
        QStringLiteral("PHONGHOP_NEW_KEY_PASSPHRASE"), QStringLiteral("mật khẩu mới của bản sao"));
    const QString copy = dir.filePath(QStringLiteral("moi.key"));
    copying.ok({ QStringLiteral("org"), QStringLiteral("backup-key"), QStringLiteral("--key"),
        legacy, QStringLiteral("--to"), copy });
    REQUIRE(inspectKeyFile(copy)->protectedByPassphrase);
    CHECK(SigningKey::loadProtected(copy, QStringLiteral("mật khẩu mới của bản sao"))->publicKey()
        == key.publicKey());
    CHECK(copying
              .run({ QStringLiteral("org"), QStringLiteral("backup-key"), QStringLiteral("--key"),
                  legacy, QStringLiteral("--to"), copy })
              .exitCode
        == 4); // never over an existing file

    // A copy of a protected key without a new passphrase keeps the same one.
    Cli same { QStringLiteral("mật khẩu mới của bản sao") };
    const QString second = dir.filePath(QStringLiteral("usb/thu-hai.key"));
    same.ok({ QStringLiteral("org"), QStringLiteral("backup-key"), QStringLiteral("--key"), copy,
        QStringLiteral("--to"), second });
    CHECK(SigningKey::loadProtected(second, QStringLiteral("mật khẩu mới của bản sao"))->publicKey()
        == key.publicKey());
    CHECK(inspectKeyFile(second)->organisationName == inspectKeyFile(copy)->organisationName);
    Cli wrong { QStringLiteral("sai") };
    CHECK(wrong
              .run({ QStringLiteral("org"), QStringLiteral("backup-key"), QStringLiteral("--key"),
                  copy, QStringLiteral("--to"), dir.filePath(QStringLiteral("ba.key")) })
              .exitCode
        == 4);
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("ba.key"))));
}

TEST_CASE(
    "Asking org, people and enrol for --help and on each subcommand prints its usage and exits 0",
    "[org][cli]")
{
    Cli cli;
    const QList<QStringList> asks {
        { QStringLiteral("org"), QStringLiteral("--help") },
        { QStringLiteral("org"), QStringLiteral("init"), QStringLiteral("--help") },
        { QStringLiteral("org"), QStringLiteral("info"), QStringLiteral("--help") },
        { QStringLiteral("org"), QStringLiteral("backup-key"), QStringLiteral("--help") },
        { QStringLiteral("people"), QStringLiteral("--help") },
        { QStringLiteral("people"), QStringLiteral("import"), QStringLiteral("--help") },
        { QStringLiteral("people"), QStringLiteral("list"), QStringLiteral("-h") },
        { QStringLiteral("enrol"), QStringLiteral("--help") },
        { QStringLiteral("enrol"), QStringLiteral("request"), QStringLiteral("--help") },
        { QStringLiteral("enrol"), QStringLiteral("approve"), QStringLiteral("--help") },
        { QStringLiteral("publish"), QStringLiteral("--help") },
        { QStringLiteral("demo-share"), QStringLiteral("--help") },
    };
    for (const QStringList &ask : asks) {
        INFO(ask.join(u' ').toStdString());
        const CliRun r = cli.run(ask);
        CHECK(r.exitCode == 0);
        CHECK(r.out.contains(QStringLiteral("Usage: phonghop-cli ") + ask.first()));
    }
    CHECK(cli.run({ QStringLiteral("org"), QStringLiteral("init"), QStringLiteral("--help") })
              .out.contains(QStringLiteral("--name NAME")));
    CHECK(cli.run({ QStringLiteral("org") }).exitCode == 2);
    CHECK(cli.run({ QStringLiteral("enrol"), QStringLiteral("frobnicate") }).exitCode == 2);
    const CliRun top = cli.ok({ QStringLiteral("--help") });
    for (const QString &command : { QStringLiteral("org init"), QStringLiteral("people import"),
             QStringLiteral("enrol request") })
        CHECK(top.out.contains(command));
}

TEST_CASE(
    "people rules shows and sets the body's proxy rules, a wrong value is refused", "[org][cli]")
{
    Office office;
    const auto rules = [&office](const QStringList &options) {
        return office.cli.run(
            QStringList { QStringLiteral("people"), QStringLiteral("rules"),
                QStringLiteral("--share"), office.share, QStringLiteral("--key"), office.key }
            + options);
    };
    const CliRun shown = rules({});
    INFO(shown.err.toStdString());
    REQUIRE(shown.exitCode == 0);
    CHECK(shown.out.contains(QStringLiteral("may not vote")));
    CHECK(shown.out.contains(QStringLiteral("count towards the quorum")));
    const qint64 before = office.directoryRevision();
    CHECK(office.directoryRevision() == before); // showing writes nothing

    const CliRun set = rules({ QStringLiteral("--proxy-voting"), QStringLiteral("yes"),
        QStringLiteral("--count-proxies-for-quorum"), QStringLiteral("no") });
    INFO(set.err.toStdString());
    REQUIRE(set.exitCode == 0);
    CHECK(set.out.contains(QStringLiteral("may vote for")));
    CHECK(set.out.contains(QStringLiteral("do not count")));
    const Result<DirectoryStore::Reading> read
        = DirectoryStore(office.share).read(office.publicKey());
    REQUIRE(read.ok());
    CHECK(read->directory.revision == before + 1);
    CHECK(read->directory.proxyVoting);
    CHECK_FALSE(read->directory.countProxiesForQuorum);

    const CliRun wrong = rules({ QStringLiteral("--proxy-voting"), QStringLiteral("maybe") });
    CHECK(wrong.exitCode == 2);
    CHECK(wrong.err.contains(QStringLiteral("maybe")));
    CHECK(office.directoryRevision() == before + 1); // nothing written
}

TEST_CASE("org upgrade-share moves a share to format 2.0 with its organisation key only",
    "[org][cli][scale]")
{
    Office office;
    Office other;
    // Another organisation's key changes nothing.
    const CliRun refused = office.cli.run({ QStringLiteral("org"), QStringLiteral("upgrade-share"),
        QStringLiteral("--share"), office.share, QStringLiteral("--key"), other.key });
    CHECK(refused.exitCode == 4);
    CHECK(ShareReader(office.share).readInfo()->majorVersion == 1);

    const QByteArray before = readBytes(office.share + QStringLiteral("/phonghop-share.json"));
    office.cli.ok({ QStringLiteral("org"), QStringLiteral("upgrade-share"),
        QStringLiteral("--share"), office.share, QStringLiteral("--key"), office.key });
    const Result<ShareInfo> info = ShareReader(office.share).readInfo();
    REQUIRE(info.ok());
    CHECK(info->majorVersion == 2);
    CHECK(info->upgraded);
    CHECK(info->organisationKey == office.publicKey());
    CHECK(info->organisationName == u"UBND xã Sơn Hà");
    const QJsonObject descriptor
        = QJsonDocument::fromJson(readBytes(office.share + QStringLiteral("/phonghop-share.json")))
              .object();
    CHECK(descriptor.value(u"createdAt")
        == QJsonDocument::fromJson(before).object().value(u"createdAt"));
    CHECK(QFileInfo(office.share + QStringLiteral("/index")).isDir());
    CHECK(office.cli
              .ok({ QStringLiteral("org"), QStringLiteral("info"), QStringLiteral("--share"),
                  office.share, QStringLiteral("--json") })
              .json()
              .object()
              .value(u"formatVersion")
              .toString()
        == QStringLiteral("2.1"));
    // Once more: nothing to do, said so.
    CHECK(office.cli
              .ok({ QStringLiteral("org"), QStringLiteral("upgrade-share"),
                  QStringLiteral("--share"), office.share, QStringLiteral("--key"), office.key })
              .exitCode
        == 0);
}
