// A consultation's confidential document (issue 17 on issue 16's sealing), every step a
// phonghop-cli process: an organisation from an empty folder, two members and one person who is
// not consulted, each with an enrolled device; the office publishes a consultation with a
// confidential PDF. Nothing on the share nor on the other seat is the PDF; each member's seat
// reads it back; a ciphertext altered by one byte is refused; the seat not consulted gets the
// meetings' message. And a share in format 1.x refuses it, as it refuses a meeting's.
#include "cli_run.h"
#include "publish_fixtures.h"

#include "meeting_core/confidential/documentreader.h"
#include "meeting_core/confidential/sealeddocument.h"
#include "meeting_core/consult/consultation.h"
#include "meeting_core/consult/consultationservice.h"
#include "meeting_core/consult/consultationshare.h"
#include "meeting_core/org/directorystore.h"
#include "meeting_core/share/shareformat.h"
#include "meeting_core/share/sharewriter.h"
#include "meeting_core/store/meetingcache.h"
#include "meeting_core/trust/devicekey.h"
#include "meeting_core/trust/signedrecord.h"
#include "meeting_core/util/sha256.h"

#include <QDirIterator>
#include <QJsonArray>

using namespace phonghop;
using namespace phonghop::test;

namespace {

const QString id = QStringLiteral("xin-y-kien-nhan-su");

// Every file under folder whose bytes are the PDF or start like one.
QStringList clearPdfsUnder(const QString &folder, const QString &pdfSha256)
{
    QStringList found;
    QDirIterator files(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        const QByteArray bytes = readBytes(path);
        if (bytes.startsWith("%PDF") || Sha256::hexOf(bytes) == pdfSha256)
            found << path;
    }
    return found;
}

bool saysNotRecipient(const QString &text)
{
    return text.contains(notRecipientMessage())
        || text.contains(QStringLiteral("Tài liệu mật — chỉ người nhận được xem"));
}

// The consultation's documents as a seat's cache holds them.
QList<DocumentRef> cachedDocuments(const QString &cacheDirectory)
{
    auto cache = MeetingCache::open(cacheDirectory);
    REQUIRE(cache.ok());
    const std::optional<Consultation> c = ConsultationService(*cache.value(), {}).consultation(id);
    REQUIRE(c);
    return c->documents;
}

} // namespace

TEST_CASE("A consultation's confidential document is sealed to the members' devices: read back "
          "on their seats only, in separate processes",
    "[consult][cli][confidential]")
{
    QTemporaryDir root;
    REQUIRE(root.isValid());
    const QString share = root.filePath(QStringLiteral("share"));
    const QString office = root.filePath(QStringLiteral("van-phong"));
    const QString key = office + QStringLiteral("/co-quan.key");
    Cli cli;
    cli.env.insert(QStringLiteral("PHONGHOP_CLOCK"), QStringLiteral("2030-06-30T09:00:00+07:00"));

    cli.ok({ QStringLiteral("org"), QStringLiteral("init"), QStringLiteral("--share"), share,
        QStringLiteral("--name"), QStringLiteral("UBND xã Sơn Hà"), QStringLiteral("--key"), key });
    const QString fingerprint
        = cli.ok({ QStringLiteral("org"), QStringLiteral("info"), QStringLiteral("--share"), share,
                     QStringLiteral("--json") })
              .json()
              .object()
              .value(u"fingerprint")
              .toString();
    writeText(office + QStringLiteral("/can-bo.csv"),
        QStringLiteral("\uFEFFMã,Họ và tên,Chức vụ,Đơn vị,Vai trò,Trọng số\r\n"
                       "chu-tich,Nguyễn Văn An,Chủ tịch UBND xã,UBND xã,Chủ tọa,1\r\n"
                       "uy-vien-1,Hoàng Văn Em,Ủy viên UBND xã,UBND xã,Đại biểu,1\r\n"
                       "uy-vien-2,Vũ Thị Giang,Ủy viên UBND xã,UBND xã,Đại biểu,1\r\n")
            .toUtf8());
    cli.ok({ QStringLiteral("people"), QStringLiteral("import"),
        office + QStringLiteral("/can-bo.csv"), QStringLiteral("--share"), share,
        QStringLiteral("--key"), key });
    const QStringList people { QStringLiteral("chu-tich"), QStringLiteral("uy-vien-1"),
        QStringLiteral("uy-vien-2") };
    QHash<QString, QString> caches;
    QHash<QString, QString> fingerprints;
    for (const QString &person : people) {
        caches.insert(person, root.filePath(QStringLiteral("may-") + person));
        const QString device
            = cli.ok({ QStringLiteral("enrol"), QStringLiteral("request"),
                         QStringLiteral("--share"), share, QStringLiteral("--cache"),
                         caches.value(person), QStringLiteral("--person"), person,
                         QStringLiteral("--label"), QStringLiteral("Máy ") + person,
                         QStringLiteral("--json") })
                  .json()
                  .object()
                  .value(u"fingerprint")
                  .toString();
        cli.ok({ QStringLiteral("enrol"), QStringLiteral("approve"), QStringLiteral("--share"),
            share, QStringLiteral("--key"), key, QStringLiteral("--device"), device });
        fingerprints.insert(person, device);
    }

    // The PDF, confidential, and a second one the office forbids to export.
    const QString pdfPath = office + QStringLiteral("/nhan-su.pdf");
    publish::writePaddedPdf(pdfPath, 60'000, 4);
    const QByteArray pdf = readBytes(pdfPath);
    const QString pdfSha = Sha256::hexOf(pdf);
    const QString lockedPath = office + QStringLiteral("/ho-so.pdf");
    publish::writePaddedPdf(lockedPath, 30'000, 2);
    writeText(office + QStringLiteral("/CONSULTATION.json"),
        QStringLiteral(R"({
  "format": "phonghop-consultation", "version": 1, "id": "%1",
  "title": "Phương án kiện toàn nhân sự", "issuingBody": "UBND xã Sơn Hà",
  "deadline": "2030-06-30T17:00:00+07:00", "members": ["chu-tich", "uy-vien-1"],
  "questions": [{"id": "q1", "text": "Thông qua phương án?", "rule": "uy-ban-nhan-dan"}],
  "documents": [
    {"id": "d1", "title": "Phương án nhân sự", "file": "nhan-su.pdf", "confidential": true},
    {"id": "d2", "title": "Hồ sơ cán bộ", "file": "ho-so.pdf", "confidential": true,
     "classification": "Tối mật", "noExport": true}
  ]
})")
            .arg(id)
            .toUtf8());
    // `org init` makes a share in format 1.2: refused as a meeting's confidential document is,
    // with nothing written, until the organisation upgrades the share.
    const CliRun old = cli.run({ QStringLiteral("consult"), QStringLiteral("publish"),
        office + QStringLiteral("/CONSULTATION.json"), QStringLiteral("--share"), share,
        QStringLiteral("--key"), key });
    CHECK(old.exitCode != 0);
    CHECK(old.err.contains(QStringLiteral("org upgrade-share")));
    CHECK_FALSE(QFileInfo::exists(share + QStringLiteral("/consultations/") + id));
    cli.ok({ QStringLiteral("org"), QStringLiteral("upgrade-share"), QStringLiteral("--share"),
        share, QStringLiteral("--key"), key });
    cli.ok({ QStringLiteral("consult"), QStringLiteral("publish"),
        office + QStringLiteral("/CONSULTATION.json"), QStringLiteral("--share"), share,
        QStringLiteral("--key"), key });

    // The signed record lists the two members' devices, nobody else's.
    const QByteArray recordBytes
        = readBytes(share + QStringLiteral("/consultations/%1/consultation-00000001.json").arg(id));
    const Result<SignedRecord> record
        = SignedRecord::fromBytes(recordBytes, QLatin1StringView(Consultation::recordKind));
    REQUIRE(record.ok());
    const QJsonObject d1 = record->payload().value(u"documents").toArray().at(0).toObject();
    CHECK(d1.value(u"confidential").toBool());
    CHECK(d1.value(u"classification").toString() == QStringLiteral("Mật"));
    CHECK(d1.value(u"plainSha256").toString() == pdfSha);
    QStringList recipients;
    for (const QJsonValue &r : d1.value(u"recipients").toArray())
        recipients << r.toObject().value(u"person").toString();
    recipients.sort();
    CHECK(recipients == QStringList { QStringLiteral("chu-tich"), QStringLiteral("uy-vien-1") });
    CHECK(record->payload()
              .value(u"documents")
              .toArray()
              .at(1)
              .toObject()
              .value(u"noExport")
              .toBool());

    for (const QString &person : people)
        cli.ok(
            { QStringLiteral("sync"), QStringLiteral("--share"), share, QStringLiteral("--cache"),
                caches.value(person), QStringLiteral("--expect-fingerprint"), fingerprint });

    // Nothing on the share, nor on the seat not consulted, is the PDF or starts like one.
    CHECK(clearPdfsUnder(share, pdfSha).isEmpty());
    CHECK(clearPdfsUnder(caches.value(QStringLiteral("uy-vien-2")), pdfSha).isEmpty());
    // That seat has the consultation (its title is public) but no copy of the ciphertext.
    const QList<DocumentRef> outside = cachedDocuments(caches.value(QStringLiteral("uy-vien-2")));
    REQUIRE(outside.size() == 2);
    {
        auto cache = MeetingCache::open(caches.value(QStringLiteral("uy-vien-2")));
        REQUIRE(cache.ok());
        CHECK_FALSE(cache.value()->objects().contains(outside.at(0).sha256));
    }
    const auto save = [&](const QString &person, const QString &document, const QString &out) {
        return cli.run({ QStringLiteral("consult"), QStringLiteral("document"), id, document,
            QStringLiteral("--out"), out, QStringLiteral("--cache"), caches.value(person) });
    };
    const CliRun refused = save(QStringLiteral("uy-vien-2"), QStringLiteral("d1"),
        root.filePath(QStringLiteral("uy-vien-2.pdf")));
    CHECK(refused.exitCode == 4);
    CHECK(saysNotRecipient(refused.err));
    CHECK_FALSE(QFileInfo::exists(root.filePath(QStringLiteral("uy-vien-2.pdf"))));

    // Each member's seat reads the PDF: exactly its bytes through the meetings' reader, and a
    // watermarked copy through the command; the one not to export is refused even to them.
    for (const QString &member : { QStringLiteral("chu-tich"), QStringLiteral("uy-vien-1") }) {
        INFO(member.toStdString());
        const QString out = root.filePath(member + QStringLiteral(".pdf"));
        const CliRun saved = save(member, QStringLiteral("d1"), out);
        INFO(saved.all().toStdString());
        CHECK(saved.exitCode == 0);
        CHECK(readBytes(out).startsWith("%PDF"));
        const CliRun locked
            = save(member, QStringLiteral("d2"), root.filePath(member + QStringLiteral("-2.pdf")));
        CHECK(locked.exitCode == 4);
        const QList<DocumentRef> documents = cachedDocuments(caches.value(member));
        auto cache = MeetingCache::open(caches.value(member));
        REQUIRE(cache.ok());
        const DocumentReader reader(*cache.value());
        CHECK(reader.access(documents.at(0)) == DocumentAccess::Recipient);
        const Result<QByteArray> read = reader.read(documents.at(0));
        REQUIRE(read.ok());
        CHECK(read.value() == pdf);
        // Whose copy it is: the member's name and position from the directory.
        Meeting readers;
        readers.participants << ConsultationService(*cache.value(), {}).selfParticipant();
        const Watermark mark = reader.watermark(readers, documents.at(0), QDate(2030, 6, 30));
        CHECK(mark.name
            == (member == u"chu-tich" ? QStringLiteral("Nguyễn Văn An")
                                      : QStringLiteral("Hoàng Văn Em")));
        CHECK(mark.position.contains(QStringLiteral("UBND xã")));
    }

    // One byte of a member's sealed copy altered: refused, by the command and by the reader.
    {
        const QList<DocumentRef> documents
            = cachedDocuments(caches.value(QStringLiteral("uy-vien-1")));
        auto cache = MeetingCache::open(caches.value(QStringLiteral("uy-vien-1")));
        REQUIRE(cache.ok());
        const QString object = cache.value()->sealedObjectPath(documents.at(0));
        REQUIRE_FALSE(object.isEmpty());
        QFile file(object);
        file.setPermissions(file.permissions() | QFileDevice::WriteOwner);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.seek(file.size() / 2));
        char byte = 0;
        REQUIRE(file.getChar(&byte));
        REQUIRE(file.seek(file.size() / 2));
        REQUIRE(file.putChar(char(byte ^ 0x01)));
        file.close();
        CHECK_FALSE(DocumentReader(*cache.value()).read(documents.at(0)).ok());
    }
    const QString altered = root.filePath(QStringLiteral("altered.pdf"));
    const CliRun damaged = save(QStringLiteral("uy-vien-1"), QStringLiteral("d1"), altered);
    CHECK(damaged.exitCode != 0);
    CHECK_FALSE(QFileInfo::exists(altered));

    // The chairman's tablet is lost: revoked, its next look at the share deletes its sealed copy.
    cli.ok({ QStringLiteral("enrol"), QStringLiteral("revoke"), QStringLiteral("--share"), share,
        QStringLiteral("--key"), key, QStringLiteral("--device"),
        fingerprints.value(QStringLiteral("chu-tich")) });
    cli.run({ QStringLiteral("consult"), QStringLiteral("list"), QStringLiteral("--cache"),
        caches.value(QStringLiteral("chu-tich")), QStringLiteral("--share"), share });
    {
        const QList<DocumentRef> documents
            = cachedDocuments(caches.value(QStringLiteral("chu-tich")));
        auto cache = MeetingCache::open(caches.value(QStringLiteral("chu-tich")));
        REQUIRE(cache.ok());
        CHECK_FALSE(cache.value()->objects().contains(documents.at(0).sha256));
        CHECK_FALSE(DocumentReader(*cache.value()).read(documents.at(0)).ok());
    }
}

TEST_CASE("A consultation's confidential document is not published onto a share in format 1.x, "
          "nor for a member without an enrolled device",
    "[consult][confidential]")
{
    QTemporaryDir root;
    REQUIRE(root.isValid());
    const SigningKey organisation = SigningKey::fromSeed(QByteArray(32, 'o'));
    const SigningKey device = SigningKey::fromSeed(QByteArray(32, 'a'));
    const auto makeShare = [&](const QString &share, int major) {
        REQUIRE(ShareWriter(share)
                    .initialise(QStringLiteral("UBND xã Sơn Hà"), organisation, major)
                    .ok());
        REQUIRE(DirectoryStore(share)
                    .update(organisation,
                        [&](PeopleDirectory &directory) {
                            DirectoryPerson anh;
                            anh.id = QStringLiteral("p-anh");
                            anh.fullName = QStringLiteral("Trần Văn Anh");
                            anh.devices << DirectoryDevice { deviceIdOf(device.publicKey()),
                                device.publicKey(), QStringLiteral("Máy"),
                                QDateTime::currentDateTimeUtc(), {}, {} };
                            DirectoryPerson duc;
                            duc.id = QStringLiteral("p-duc");
                            duc.fullName = QStringLiteral("Lê Minh Đức");
                            directory.people << anh << duc;
                            return Status::success();
                        })
                    .ok());
    };
    const QString pdfPath = root.filePath(QStringLiteral("mat.pdf"));
    publish::writePaddedPdf(pdfPath, 20'000, 1);
    const auto file = [&](const QStringList &members) {
        ConsultationFile f;
        f.consultation.id = id;
        f.consultation.title = QStringLiteral("Nhân sự");
        f.consultation.issuingBody = QStringLiteral("UBND xã Sơn Hà");
        f.consultation.deadline = QDateTime::currentDateTimeUtc().addDays(3);
        f.consultation.members = members;
        ConsultationQuestion q;
        q.poll.id = QStringLiteral("q1");
        q.poll.title = QStringLiteral("Thông qua?");
        q.poll.kind = PollKind::YesNo;
        q.poll.options = ConsultationQuestion::defaultOptions();
        q.poll.rule = VotingRule::fromJson(
            QJsonObject { { QStringLiteral("preset"), QStringLiteral("da-so-phieu") } })
                          .value();
        f.consultation.questions << q;
        DocumentRef d;
        d.id = QStringLiteral("d1");
        d.title = QStringLiteral("Phương án");
        d.fileName = QStringLiteral("mat.pdf");
        d.confidential = true;
        d.classification = QStringLiteral("Mật");
        f.consultation.documents << d;
        f.documentFiles << pdfPath;
        return f;
    };

    const QString legacy = root.filePath(QStringLiteral("legacy"));
    makeShare(legacy, shareformat::legacyMajorVersion);
    const Result<Consultation> old
        = ConsultationShare(legacy).publish(file({ QStringLiteral("p-anh") }), organisation);
    REQUIRE_FALSE(old.ok());
    CHECK(old.error().contains(QStringLiteral("phonghop-cli org upgrade-share")));
    CHECK(ConsultationShare(legacy).consultationIds().isEmpty());

    const QString current = root.filePath(QStringLiteral("current"));
    makeShare(current, shareformat::majorVersion);
    const Result<Consultation> noDevice = ConsultationShare(current).publish(
        file({ QStringLiteral("p-anh"), QStringLiteral("p-duc") }), organisation);
    REQUIRE_FALSE(noDevice.ok());
    CHECK(noDevice.error().contains(QStringLiteral("p-duc")));
    CHECK(ConsultationShare(current).consultationIds().isEmpty());

    // Published for the member with a device; a revision with the same PDF keeps its sealed
    // object; a revision in clear of a document published confidential is refused.
    const Result<Consultation> first
        = ConsultationShare(current).publish(file({ QStringLiteral("p-anh") }), organisation);
    REQUIRE(first.ok());
    REQUIRE(first->documents.at(0).recipients.size() == 1);
    const Result<Consultation> second
        = ConsultationShare(current).publish(file({ QStringLiteral("p-anh") }), organisation);
    REQUIRE(second.ok());
    CHECK(second->revision == 2);
    CHECK(second->documents.at(0).sha256 == first->documents.at(0).sha256);
    ConsultationFile clear = file({ QStringLiteral("p-anh") });
    clear.consultation.documents[0].confidential = false;
    const Result<Consultation> downgraded = ConsultationShare(current).publish(clear, organisation);
    REQUIRE_FALSE(downgraded.ok());
    CHECK(downgraded.error().contains(QStringLiteral("confidential")));
}
