// Confidential documents ("Mật", issue 16, share format 2.1): a real folder share, the
// organisation's directory with one device per person, a document sealed by the publisher to two
// recipients, and three seats (two recipients, one not) that sync into their own caches. The
// recipients open it with their device keys; nothing on the share nor on the other seat is the
// PDF. Then what must fail, fails clearly.
#include "cli_run.h"
#include "pdf_fixtures.h"
#include "publish_fixtures.h"

#include "meeting_core/confidential/documentreader.h"
#include "meeting_core/confidential/sealeddocument.h"
#include "meeting_core/org/directorystore.h"
#include "meeting_core/pdf/pdfdocument.h"
#include "meeting_core/pdf/pdfrenderservice.h"
#include "meeting_core/pdf/watermark.h"
#include "meeting_core/publish/meetingpublisher.h"
#include "meeting_core/share/manifestcodec.h"
#include "meeting_core/share/shareformat.h"
#include "meeting_core/share/sharereader.h"
#include "meeting_core/share/sharewriter.h"
#include "meeting_core/store/meetingcache.h"
#include "meeting_core/sync/syncengine.h"
#include "meeting_core/trust/devicekey.h"
#include "meeting_core/trust/documentcipher.h"
#include "meeting_core/util/sha256.h"

#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTimer>
#include <memory>

using namespace phonghop;
using namespace phonghop::test;

namespace {

SigningKey keyFromByte(char byte)
{
    return SigningKey::fromSeed(QByteArray(32, byte));
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

// Every file under folder whose bytes are the PDF or start like one.
QStringList clearPdfsUnder(const QString &folder, const QString &pdfSha256)
{
    QStringList found;
    QDirIterator files(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        const QByteArray bytes = readAll(path);
        if (bytes.startsWith("%PDF") || Sha256::hexOf(bytes) == pdfSha256)
            found << path;
    }
    return found;
}

struct Seat {
    QString personId;
    SigningKey key;
    QString cacheDir;
    std::unique_ptr<MeetingCache> cache;
};

// A share in format `major` with the directory p-anh, p-tuyet, p-duc (one device each), and the
// fixture's draft reduced to one document, confidential, for p-anh and p-duc.
struct ConfidentialRoom {
    QTemporaryDir root;
    QString share;
    SigningKey organisation = keyFromByte('o');
    std::vector<Seat> seats;
    DraftMeeting draft;
    QString pdfPath;
    QByteArray pdf;

    explicit ConfidentialRoom(int major = shareformat::majorVersion, qint64 pdfSize = 200'000)
    {
        REQUIRE(root.isValid());
        share = root.filePath(QStringLiteral("share"));
        REQUIRE(ShareWriter(share)
                    .initialise(QStringLiteral("UBND xã Tân Phú"), organisation, major)
                    .ok());
        const QList<QPair<QString, char>> people { { QStringLiteral("p-anh"), 'a' },
            { QStringLiteral("p-tuyet"), 't' }, { QStringLiteral("p-duc"), 'd' } };
        for (const auto &[person, seed] : people) {
            Seat seat { person, keyFromByte(seed), root.filePath(QStringLiteral("seat-") + person),
                nullptr };
            REQUIRE(QDir().mkpath(seat.cacheDir));
            REQUIRE(seat.key.save(QDir(seat.cacheDir).filePath(QStringLiteral("device.key"))).ok());
            seats.push_back(std::move(seat));
        }
        const Result<PeopleDirectory> written
            = DirectoryStore(share).update(organisation, [&](PeopleDirectory &directory) {
                  for (const Seat &seat : seats) {
                      DirectoryPerson person;
                      person.id = seat.personId;
                      person.fullName = seat.personId;
                      person.devices << DirectoryDevice { deviceIdOf(seat.key.publicKey()),
                          seat.key.publicKey(), QStringLiteral("Máy tính bảng"),
                          QDateTime::currentDateTimeUtc(), {}, {} };
                      directory.people << person;
                  }
                  return Status::success();
              });
        REQUIRE(written.ok());

        draft = test::publish::validDraft(root.filePath(QStringLiteral("draft")));
        DraftDocument document = draft.documents.at(2);
        pdfPath = root.filePath(QStringLiteral("draft/nhan-su.pdf"));
        test::publish::writePaddedPdf(pdfPath, pdfSize, 16);
        pdf = readAll(pdfPath);
        document.filePath = pdfPath;
        document.fileName = QStringLiteral("nhan-su.pdf");
        document.confidential = true;
        document.recipientIds = { QStringLiteral("p-anh"), QStringLiteral("p-duc") };
        draft.documents = { document };
    }

    PublishOutcome publish(const DraftMeeting &what)
    {
        return MeetingPublisher(share, organisation).publish(what);
    }

    SyncReport sync(Seat &seat)
    {
        if (!seat.cache) {
            auto opened = MeetingCache::open(seat.cacheDir);
            REQUIRE(opened.ok());
            seat.cache = std::move(opened).value();
        }
        SyncEngine engine(*seat.cache, share);
        engine.setRequiredOrganisationFingerprint(keyFingerprint(organisation.publicKey()));
        return engine.run();
    }

    Seat &seat(const QString &person)
    {
        for (Seat &s : seats) {
            if (s.personId == person)
                return s;
        }
        FAIL("no seat " << person.toStdString());
        return seats.front();
    }

    DocumentRef cachedDocument(Seat &s)
    {
        const std::optional<Meeting> meeting = s.cache->meeting(draft.id);
        REQUIRE(meeting.has_value());
        REQUIRE(meeting->documents.size() == 1);
        return meeting->documents.first();
    }
};

} // namespace

TEST_CASE(
    "A confidential document reaches its two recipients sealed and nobody else", "[confidential]")
{
    ConfidentialRoom room;
    const PublishOutcome outcome = room.publish(room.draft);
    INFO(outcome.message.toStdString());
    REQUIRE(outcome.published());
    const QString pdfSha256 = Sha256::hexOf(room.pdf);

    // The manifest: ciphertext hash and size, the PDF's inside, one sealed key per device.
    const DocumentRef published = outcome.meeting.documents.first();
    CHECK(published.confidential);
    CHECK(published.classification == QStringLiteral("Mật"));
    CHECK(published.plainSha256 == pdfSha256);
    CHECK(published.plainSize == room.pdf.size());
    CHECK(published.sha256 != pdfSha256);
    CHECK(published.size == sealedSizeFor(room.pdf.size()));
    REQUIRE(published.recipients.size() == 2);
    CHECK(published.recipientFor(deviceIdOf(room.seat(QStringLiteral("p-anh")).key.publicKey())));
    CHECK(published.recipientFor(deviceIdOf(room.seat(QStringLiteral("p-duc")).key.publicKey())));
    CHECK_FALSE(
        published.recipientFor(deviceIdOf(room.seat(QStringLiteral("p-tuyet")).key.publicKey())));
    const QByteArray manifest = readAll(room.share + QStringLiteral("/meetings/") + room.draft.id
        + u'/' + shareformat::manifestFileName(outcome.revision));
    CHECK(manifest.contains("\"version\": \"2.1\""));
    CHECK(manifest.contains("\"sealedKey\""));

    // Nothing on the share is the PDF.
    CHECK(clearPdfsUnder(room.share, pdfSha256).isEmpty());

    for (Seat &seat : room.seats) {
        const SyncReport report = room.sync(seat);
        INFO(seat.personId.toStdString() << ": " << report.summary().toStdString());
        REQUIRE(report.complete());
    }

    // The recipients keep the ciphertext and open it with their device key, into memory.
    for (const QString &person : { QStringLiteral("p-anh"), QStringLiteral("p-duc") }) {
        Seat &seat = room.seat(person);
        const DocumentRef document = room.cachedDocument(seat);
        REQUIRE(document.recipients.size() == 2);
        CHECK(document.plainSha256 == pdfSha256);
        CHECK(seat.cache->objects().contains(document.sha256));
        CHECK(seat.cache->documentPath(document).isEmpty());
        CHECK(clearPdfsUnder(seat.cacheDir, pdfSha256).isEmpty());
        const DocumentReader reader(*seat.cache);
        CHECK(reader.access(document) == DocumentAccess::Recipient);
        CHECK(reader.readable(document));
        const Result<QByteArray> opened = reader.read(document);
        INFO(opened.error().toStdString());
        REQUIRE(opened.ok());
        CHECK(opened.value() == room.pdf);
        auto pdf = PdfDocument::openData(opened.value(), document.title);
        REQUIRE(pdf.ok());
        CHECK(pdf.value()->pageCount() == 1);
        PdfRenderOptions options;
        options.page = 0;
        options.scale = 0.5;
        CHECK_FALSE(pdf.value()->render(options).image.isNull());

        // As the viewer reads it: a device decrypting chunk by chunk (never the whole PDF),
        // from a source that runs later on the render worker; and saved chunk by chunk.
        const Result<PdfDeviceSource> source = reader.source(document);
        REQUIRE(source.ok());
        Result<std::unique_ptr<QIODevice>> device = source.value()(CancellationToken());
        REQUIRE(device.ok());
        auto *sealed = dynamic_cast<SealedFileDevice *>(device.value().get());
        REQUIRE(sealed);
        CHECK(device.value()->size() == room.pdf.size());
        auto streamed = PdfDocument::openDevice(std::move(device).value(), document.title);
        REQUIRE(streamed.ok());
        CHECK(streamed.value()->render(options).image == pdf.value()->render(options).image);
        CHECK(sealed->peakHeldBytes() <= sealed->cacheBound());
        const QString saved = room.root.filePath(QStringLiteral("saved-") + person + ".pdf");
        REQUIRE(reader.saveAs(document, saved).ok());
        CHECK(readAll(saved) == room.pdf);
        QFile::remove(saved);
    }

    // The other seat has the title and classification, never the ciphertext.
    Seat &other = room.seat(QStringLiteral("p-tuyet"));
    const DocumentRef document = room.cachedDocument(other);
    CHECK(document.title == room.draft.documents.first().title);
    CHECK(document.classification == QStringLiteral("Mật"));
    CHECK_FALSE(other.cache->objects().contains(document.sha256));
    CHECK(clearPdfsUnder(other.cacheDir, pdfSha256).isEmpty());
    const DocumentReader reader(*other.cache);
    CHECK(reader.access(document) == DocumentAccess::NotRecipient);
    CHECK_FALSE(reader.readable(document));
    const Result<QByteArray> refused = reader.read(document);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error() == notRecipientMessage());
    const Result<PdfDeviceSource> noSource = reader.source(document);
    REQUIRE_FALSE(noSource.ok());
    CHECK(noSource.error() == notRecipientMessage());
    CHECK_FALSE(reader.saveAs(document, room.root.filePath(QStringLiteral("x.pdf"))).ok());
    CHECK_FALSE(QFile::exists(room.root.filePath(QStringLiteral("x.pdf"))));

    // phonghop-cli: list says who can read it; document save decrypts for a recipient only.
    const Cli cli;
    const QString out = room.root.filePath(QStringLiteral("ban-luu.pdf"));
    const CliRun refusedSave = cli.run({ QStringLiteral("document"), QStringLiteral("save"),
        QStringLiteral("--cache"), other.cacheDir, QStringLiteral("--meeting"), room.draft.id,
        QStringLiteral("--document"), document.id, QStringLiteral("--out"), out });
    CHECK(refusedSave.exitCode == 4);
    CHECK_FALSE(refusedSave.err.trimmed().isEmpty());
    CHECK_FALSE(QFile::exists(out));
    cli.ok({ QStringLiteral("document"), QStringLiteral("save"), QStringLiteral("--cache"),
        room.seat(QStringLiteral("p-duc")).cacheDir, QStringLiteral("--meeting"), room.draft.id,
        QStringLiteral("--document"), document.id, QStringLiteral("--out"), out });
    CHECK(readAll(out).startsWith("%PDF")); // a watermarked copy: see the watermark tests

    const auto listed = [&](const QString &cacheDir) {
        const QJsonObject meeting = cli.ok({ QStringLiteral("list"), QStringLiteral("--cache"),
                                               cacheDir, QStringLiteral("--json") })
                                        .json()
                                        .object()
                                        .value(u"meetings")
                                        .toArray()
                                        .first()
                                        .toObject();
        for (const QJsonValue &item : meeting.value(u"agenda").toArray()) {
            for (const QJsonValue &entry : item.toObject().value(u"documents").toArray())
                return entry.toObject();
        }
        FAIL("no document listed");
        return QJsonObject();
    };
    const QJsonObject forRecipient = listed(room.seat(QStringLiteral("p-anh")).cacheDir);
    CHECK(forRecipient.value(u"confidential").toBool());
    CHECK(forRecipient.value(u"classification").toString() == QStringLiteral("Mật"));
    CHECK(forRecipient.value(u"readable").toBool());
    const QJsonObject forOther = listed(other.cacheDir);
    CHECK(forOther.value(u"confidential").toBool());
    CHECK_FALSE(forOther.value(u"readable").toBool());
}

TEST_CASE("A sealed document does not open with another device's key, altered or cut short",
    "[confidential]")
{
    ConfidentialRoom room;
    REQUIRE(room.publish(room.draft).published());
    Seat &anh = room.seat(QStringLiteral("p-anh"));
    REQUIRE(room.sync(anh).complete());
    const DocumentRef document = room.cachedDocument(anh);
    const QString sealedPath = anh.cache->sealedObjectPath(document);
    REQUIRE_FALSE(sealedPath.isEmpty());
    const QByteArray sealed = readAll(sealedPath);
    REQUIRE(openSealedDocument(document, sealedPath, anh.key).ok());

    SECTION("the entry of this device holds the key sealed for another device")
    {
        DocumentRef swapped = document;
        std::swap(swapped.recipients[0].sealedKey, swapped.recipients[1].sealedKey);
        const Result<QByteArray> opened = openSealedDocument(swapped, sealedPath, anh.key);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().contains(QStringLiteral("another device")));
    }
    SECTION("a device that is not a recipient")
    {
        const Result<QByteArray> opened
            = openSealedDocument(document, sealedPath, room.seat(QStringLiteral("p-tuyet")).key);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error() == notRecipientMessage());
    }
    SECTION("one byte of the ciphertext altered, anywhere")
    {
        for (const qsizetype at : { qsizetype(3), qsizetype(20), qsizetype(40),
                 qsizetype(sealed.size() / 2), sealed.size() - 1 }) {
            QByteArray altered = sealed;
            altered[at] = char(altered.at(at) ^ 0x01);
            const QString path = room.root.filePath(QStringLiteral("altered"));
            writeAll(path, altered);
            const Result<QByteArray> opened = openSealedDocument(document, path, anh.key);
            INFO("byte " << at);
            REQUIRE_FALSE(opened.ok());
            CHECK(opened.error().contains(QStringLiteral("damaged")));
        }
    }
    SECTION("the ciphertext cut short, at a chunk's end or within one")
    {
        const qint64 start = qint64(sizeof(documentcipher::magic) - 1) + 24;
        const qint64 chunk = documentcipher::chunkSize + 17;
        const QString path = room.root.filePath(QStringLiteral("cut"));
        for (const qint64 keep :
            { start + chunk, start + chunk + 100, qint64(sealed.size() - 1) }) {
            writeAll(path, sealed.left(keep));
            INFO("kept " << keep << " of " << sealed.size());
            const Result<QByteArray> opened = openSealedDocument(document, path, anh.key);
            REQUIRE_FALSE(opened.ok());
            CHECK(opened.error().contains(QStringLiteral("damaged")));
        }
        // A chunk appended after the final one is refused too.
        writeAll(path, sealed + sealed.mid(start, chunk));
        const Result<QByteArray> longer = openSealedDocument(document, path, anh.key);
        REQUIRE_FALSE(longer.ok());
        CHECK(longer.error().contains(QStringLiteral("damaged")));
    }
}

TEST_CASE("A manifest naming a recipient who is not a participant is refused by every seat",
    "[confidential]")
{
    ConfidentialRoom room;
    const PublishOutcome outcome = room.publish(room.draft);
    REQUIRE(outcome.published());
    Meeting forged = outcome.meeting;
    DocumentRecipient ghost = forged.documents[0].recipients.first();
    ghost.personId = QStringLiteral("p-ghost");
    ghost.deviceId = QString(32, u'e');
    forged.documents[0].recipients << ghost;
    // Signed by the organisation all the same: the reader checks the list, not only the signature.
    const QByteArray bytes = encodeManifest(forged, shareformat::versionText());
    const Result<Meeting> decoded = decodeManifest(bytes);
    REQUIRE_FALSE(decoded.ok());
    CHECK(decoded.error().contains(QStringLiteral("p-ghost")));
    REQUIRE(ShareWriter(room.share).publish(forged, room.organisation).ok());

    Seat &anh = room.seat(QStringLiteral("p-anh"));
    const SyncReport report = room.sync(anh);
    REQUIRE_FALSE(report.problems.isEmpty());
    CHECK(report.problems.first().kind == SyncProblem::Kind::Rejected);
    CHECK(report.problems.first().message.contains(QStringLiteral("p-ghost")));
    // The revision before it, the genuine one, is what the seat has.
    CHECK(room.cachedDocument(anh).recipients.size() == 2);

    // The publisher never gets that far: a recipient outside the meeting, or one without a
    // device to seal to, is a problem with its name and nothing is written.
    DraftMeeting draft = room.draft;
    draft.basedOnRevision.reset();
    draft.documents[0].recipientIds << QStringLiteral("p-ghost");
    PublishOutcome refused = room.publish(draft);
    CHECK(refused.kind == PublishOutcome::Kind::Invalid);
    draft.documents[0].recipientIds = { QStringLiteral("p-anh") };
    draft.participants << DraftParticipant { QStringLiteral("p-moi"), QStringLiteral("Người mới"),
        {}, Role::Delegate, 1.0, {} };
    draft.documents[0].recipientIds << QStringLiteral("p-moi");
    refused = room.publish(draft);
    CHECK(refused.kind == PublishOutcome::Kind::Invalid);
    REQUIRE_FALSE(refused.problems.isEmpty());
    CHECK(refused.problems.last().kind == ValidationProblem::Kind::RecipientWithoutDevice);
}

TEST_CASE(
    "A confidential document is republished in clear only when declassified", "[confidential]")
{
    ConfidentialRoom room;
    PublishOutcome first = room.publish(room.draft);
    REQUIRE(first.published());
    Seat &tuyet = room.seat(QStringLiteral("p-tuyet"));
    REQUIRE(room.sync(tuyet).complete());

    DraftMeeting clear = room.draft;
    MeetingPublisher::markPublished(clear, first);
    clear.documents[0].confidential = false;
    const PublishOutcome refused = room.publish(clear);
    CHECK(refused.kind == PublishOutcome::Kind::Invalid);
    REQUIRE_FALSE(refused.problems.isEmpty());
    CHECK(refused.problems.last().kind == ValidationProblem::Kind::ConfidentialDowngrade);

    // A revision written around the publisher is refused by the seat that has it as confidential.
    Meeting downgraded = first.meeting;
    {
        const Result<StoredObject> stored = ShareWriter(room.share).putObject(room.pdfPath);
        REQUIRE(stored.ok());
        DocumentRef &document = downgraded.documents[0];
        document.confidential = false;
        document.recipients.clear();
        document.plainSha256.clear();
        document.plainSize = 0;
        document.sha256 = stored->sha256;
        document.size = stored->size;
    }
    REQUIRE(ShareWriter(room.share).publish(downgraded, room.organisation).ok());
    SyncReport report = room.sync(tuyet);
    REQUIRE_FALSE(report.problems.isEmpty());
    CHECK(report.problems.first().message.contains(QStringLiteral("declassified")));
    CHECK(room.cachedDocument(tuyet).confidential);

    // Declassified on purpose: published, and every seat reads it in clear.
    clear.basedOnRevision.reset();
    clear.documents[0].declassified = true;
    const PublishOutcome declassified = room.publish(clear);
    INFO(declassified.message.toStdString());
    REQUIRE(declassified.published());
    CHECK(declassified.meeting.documents[0].declassified);
    report = room.sync(tuyet);
    INFO(report.summary().toStdString());
    CHECK(report.complete());
    const DocumentRef document = room.cachedDocument(tuyet);
    CHECK_FALSE(document.confidential);
    CHECK(document.declassified);
    const Result<QByteArray> read = DocumentReader(*tuyet.cache).read(document);
    REQUIRE(read.ok());
    CHECK(read.value() == room.pdf);
}

TEST_CASE("A confidential document is not published onto a share in format 1.x", "[confidential]")
{
    ConfidentialRoom room(shareformat::legacyMajorVersion);
    const PublishOutcome outcome = room.publish(room.draft);
    CHECK(outcome.kind == PublishOutcome::Kind::Invalid);
    CHECK(outcome.message.contains(QStringLiteral("phonghop-cli org upgrade-share")));
    CHECK(ShareReader(room.share).manifestRevisions(room.draft.id).isEmpty());
    // Nor around the publisher.
    Meeting meeting = draft::toMeeting(room.draft, {});
    CHECK_FALSE(ShareWriter(room.share).publish(meeting, room.organisation).ok());

    // Upgraded, the same draft is published.
    REQUIRE(ShareWriter(room.share).upgrade(room.organisation).ok());
    CHECK(room.publish(room.draft).published());
}

TEST_CASE("The manifest codec keeps a sealed document's fields", "[confidential]")
{
    Meeting meeting;
    meeting.id = QStringLiteral("hop-mat");
    meeting.revision = 1;
    meeting.title = QStringLiteral("Họp");
    meeting.start = QDateTime(QDate(2026, 12, 18), QTime(8, 0), QTimeZone(7 * 3600));
    meeting.participants << Participant { QStringLiteral("p-anh"), QStringLiteral("Ánh"), {},
        Role::Chair, 1, {} };
    meeting.agenda << AgendaItem { QStringLiteral("i1"), {}, 0, QStringLiteral("1"),
        QStringLiteral("Nhân sự"), {}, 0 };
    DocumentRef document;
    document.id = QStringLiteral("d1");
    document.agendaItemId = QStringLiteral("i1");
    document.title = QStringLiteral("Phương án");
    document.sha256 = QString(64, u'a');
    document.size = 1000;
    document.confidential = true;
    document.classification = QStringLiteral("Nội bộ");
    document.plainSha256 = QString(64, u'b');
    document.plainSize = 900;
    document.recipients << DocumentRecipient { QStringLiteral("p-anh"), QString(32, u'c'),
        QByteArray(80, 'k') };
    document.noExport = true;
    meeting.documents << document;
    const Result<Meeting> decoded = decodeManifest(encodeManifest(meeting, QStringLiteral("2.1")));
    REQUIRE(decoded.ok());
    CHECK(decoded->documents.first() == document);

    document.recipients.first().sealedKey = QByteArray(79, 'k');
    meeting.documents = { document };
    CHECK_FALSE(decodeManifest(encodeManifest(meeting, QStringLiteral("2.1"))).ok());
}

TEST_CASE("The document cipher round-trips files of any size, chunk by chunk", "[confidential]")
{
    QTemporaryDir dir;
    const DocumentKey key = DocumentKey::generate();
    const DocumentKey other = DocumentKey::generate();
    for (const qint64 size :
        { qint64(0), qint64(1), documentcipher::chunkSize - 1, documentcipher::chunkSize,
            documentcipher::chunkSize + 1, 3 * documentcipher::chunkSize + 5 }) {
        INFO("size " << size);
        QByteArray plain(size, Qt::Uninitialized);
        for (qint64 i = 0; i < size; ++i)
            plain[i] = char((i * 131 + 7) % 251);
        const QString plainPath = dir.filePath(QStringLiteral("plain"));
        const QString sealedPath = dir.filePath(QStringLiteral("sealed"));
        writeAll(plainPath, plain);
        const Result<SealedFileInfo> sealed = sealFile(plainPath, sealedPath, key);
        REQUIRE(sealed.ok());
        CHECK(sealed->plainSize == size);
        CHECK(sealed->plainSha256 == Sha256::hexOf(plain));
        CHECK(sealed->sealedSize == sealedSizeFor(size));
        CHECK(QFileInfo(sealedPath).size() == sealedSizeFor(size));
        const Result<QByteArray> opened
            = openSealedFile(sealedPath, key, size, Sha256::hexOf(plain));
        REQUIRE(opened.ok());
        CHECK(opened.value() == plain);
        CHECK_FALSE(openSealedFile(sealedPath, other, size).ok());
        CHECK_FALSE(openSealedFile(sealedPath, key, size + 1).ok());
    }
}

TEST_CASE("Publishing again keeps a sealed document unchanged unless its PDF or devices change",
    "[confidential]")
{
    ConfidentialRoom room;
    const PublishOutcome first = room.publish(room.draft);
    REQUIRE(first.published());
    Seat &duc = room.seat(QStringLiteral("p-duc"));
    REQUIRE(room.sync(duc).complete());

    DraftMeeting again = room.draft;
    MeetingPublisher::markPublished(again, first);
    again.title += QStringLiteral(" (bổ sung)");
    const PublishOutcome second = room.publish(again);
    INFO(second.message.toStdString());
    REQUIRE(second.published());
    CHECK(second.meeting.documents[0].sha256 == first.meeting.documents[0].sha256);
    CHECK(second.meeting.documents[0].recipients == first.meeting.documents[0].recipients);
    const SyncReport report = room.sync(duc);
    CHECK(report.complete());
    CHECK(report.objectsCopied == 0);

    // One recipient fewer: sealed again, under a new key, and the old entry no longer opens it.
    MeetingPublisher::markPublished(again, second);
    again.documents[0].recipientIds = { QStringLiteral("p-anh") };
    const PublishOutcome third = room.publish(again);
    REQUIRE(third.published());
    CHECK(third.meeting.documents[0].sha256 != first.meeting.documents[0].sha256);
    CHECK(third.meeting.documents[0].recipients.size() == 1);
    REQUIRE(room.sync(duc).complete());
    const DocumentRef document = room.cachedDocument(duc);
    CHECK(DocumentReader(*duc.cache).access(document) == DocumentAccess::NotRecipient);
    CHECK_FALSE(DocumentReader(*duc.cache).readable(document));
}

namespace {

QImage renderPage(const QByteArray &pdf, double scale)
{
    auto opened = PdfDocument::openData(pdf, QStringLiteral("page"));
    REQUIRE(opened.ok());
    PdfRenderOptions options;
    options.page = 0;
    options.scale = scale;
    QImage image = opened.value()->render(options).image;
    REQUIRE_FALSE(image.isNull());
    return image.convertToFormat(QImage::Format_RGB32);
}

// Pixels that are white in the clear page and a light neutral grey in the other: the
// watermark over blank paper.
int watermarkPixels(const QImage &clear, const QImage &marked)
{
    REQUIRE(clear.size() == marked.size());
    int found = 0;
    for (int y = 0; y < clear.height(); ++y) {
        for (int x = 0; x < clear.width(); ++x) {
            const QRgb before = clear.pixel(x, y);
            const QRgb after = marked.pixel(x, y);
            if (before != qRgb(255, 255, 255) || after == before)
                continue;
            const int r = qRed(after), g = qGreen(after), b = qBlue(after);
            if (std::abs(r - g) <= 2 && std::abs(g - b) <= 2 && r >= 150 && r < 250)
                ++found;
        }
    }
    return found;
}

// The image of one render through the service (its worker thread), or a null image.
QImage renderThroughService(const QByteArray &pdf, const Watermark &watermark, RenderKey key)
{
    PdfRenderService service;
    service.setWatermark(watermark);
    QImage result;
    QEventLoop loop;
    QObject::connect(&service, &PdfRenderService::opened, &loop,
        [&](const PdfDocumentInfo &) { service.request({ key }); });
    QObject::connect(&service, &PdfRenderService::pageReady, &loop,
        [&](const RenderKey &ready, const QImage &image) {
            if (ready == key) {
                result = image;
                loop.quit();
            }
        });
    QObject::connect(&service, &PdfRenderService::openFailed, &loop, &QEventLoop::quit);
    QTimer::singleShot(60'000, &loop, &QEventLoop::quit);
    service.openData(pdf, QStringLiteral("page"));
    loop.exec();
    return result.convertToFormat(QImage::Format_RGB32);
}

} // namespace

TEST_CASE("The watermark line names the reader, their position and the date", "[confidential]")
{
    const Watermark mark { QStringLiteral("Nguyễn Văn An"), QStringLiteral("Chủ tịch UBND"),
        QDate(2026, 12, 7) };
    CHECK(mark.text() == QStringLiteral("Nguyễn Văn An — Chủ tịch UBND — 07/12/2026"));
    CHECK(Watermark { QStringLiteral("An"), {}, QDate(2026, 1, 2) }.text()
        == QStringLiteral("An — 02/01/2026"));
    CHECK(Watermark().isEmpty());
    QImage blank(400, 560, QImage::Format_RGB32);
    blank.fill(Qt::white);
    QImage painted = blank;
    paintWatermark(painted, Watermark(), painted.size());
    CHECK(painted == blank); // nothing to say, nothing drawn
    paintWatermark(painted, mark, painted.size());
    CHECK(watermarkPixels(blank, painted) > 500);
    // Faint: no pixel darker than the grey at its alpha over white.
    int darkest = 255;
    for (int y = 0; y < painted.height(); ++y)
        for (int x = 0; x < painted.width(); ++x)
            darkest = std::min(darkest, qRed(painted.pixel(x, y)));
    CHECK(darkest >= 150);
    CHECK(darkest < 250);
}

TEST_CASE(
    "A recipient's pages of a confidential document carry the reader's watermark", "[confidential]")
{
    ConfidentialRoom room(shareformat::majorVersion, 20'000);
    REQUIRE(room.publish(room.draft).published());
    Seat &anh = room.seat(QStringLiteral("p-anh"));
    REQUIRE(room.sync(anh).complete());
    const DocumentRef document = room.cachedDocument(anh);
    const std::optional<Meeting> meeting = anh.cache->meeting(room.draft.id);
    const DocumentReader reader(*anh.cache);
    const Watermark mark = reader.watermark(*meeting, document, QDate(2026, 12, 7));
    CHECK(mark.text() == QStringLiteral("Nguyễn Văn Ánh — Chủ tịch UBND xã — 07/12/2026"));
    const Result<QByteArray> bytes = reader.read(document);
    REQUIRE(bytes.ok());

    // The service draws it on every image of the document: the page, and a tile of it that
    // matches the same part of the page.
    const RenderKey page = RenderKey::make(0, 1.0);
    const QImage clear = renderPage(bytes.value(), 1.0);
    const QImage marked = renderThroughService(bytes.value(), mark, page);
    REQUIRE(marked.size() == clear.size());
    CHECK(marked != clear);
    CHECK(watermarkPixels(clear, marked) > 1000);
    const QRect tileRect(100, 150, 200, 200);
    const QImage tile
        = renderThroughService(bytes.value(), mark, RenderKey::make(0, 1.0, 0, tileRect));
    REQUIRE(tile.size() == tileRect.size());
    int differing = 0;
    const QImage part = marked.copy(tileRect);
    for (int y = 0; y < tile.height(); ++y)
        for (int x = 0; x < tile.width(); ++x)
            differing += std::abs(qRed(tile.pixel(x, y)) - qRed(part.pixel(x, y))) > 24;
    CHECK(differing < tile.width() * tile.height() / 50);
    CHECK(watermarkPixels(clear.copy(tileRect), tile) > 0);

    // A clear document, or no watermark, renders as Poppler does.
    CHECK(renderThroughService(bytes.value(), Watermark(), page) == clear);
    CHECK(reader.watermark(*meeting, DocumentRef(), QDate(2026, 12, 7)).isEmpty());
    Seat &tuyet = room.seat(QStringLiteral("p-tuyet"));
    REQUIRE(room.sync(tuyet).complete());
    CHECK(DocumentReader(*tuyet.cache).watermark(*meeting, document, QDate(2026, 12, 7)).isEmpty());
}

TEST_CASE(
    "document save gives a recipient a copy with their watermark on its pages", "[confidential]")
{
    ConfidentialRoom room(shareformat::majorVersion, 20'000);
    REQUIRE(room.publish(room.draft).published());
    Seat &duc = room.seat(QStringLiteral("p-duc"));
    REQUIRE(room.sync(duc).complete());
    const DocumentRef document = room.cachedDocument(duc);
    const Cli cli;
    const QString out = room.root.filePath(QStringLiteral("ban-cua-duc.pdf"));
    cli.ok({ QStringLiteral("document"), QStringLiteral("save"), QStringLiteral("--cache"),
        duc.cacheDir, QStringLiteral("--meeting"), room.draft.id, QStringLiteral("--document"),
        document.id, QStringLiteral("--out"), out });
    const QByteArray saved = readAll(out);
    REQUIRE(saved.startsWith("%PDF"));
    CHECK(saved != room.pdf);
    auto copy = PdfDocument::openData(saved, out);
    REQUIRE(copy.ok());
    auto original = PdfDocument::openData(room.pdf, room.pdfPath);
    REQUIRE(original.ok());
    CHECK(copy.value()->pageCount() == original.value()->pageCount());
    const QSizeF size = copy.value()->pageSize(0);
    const QSizeF expected = original.value()->pageSize(0);
    CHECK(std::abs(size.width() - expected.width()) < 1.5);
    CHECK(std::abs(size.height() - expected.height()) < 1.5);
    const QImage clear = renderPage(room.pdf, 1.0);
    const QImage marked = renderPage(saved, 1.0);
    REQUIRE(marked.size() == clear.size());
    CHECK(watermarkPixels(clear, marked) > 1000);
}

TEST_CASE("A confidential document the office forbids to export is not saved, even by a "
          "recipient",
    "[confidential]")
{
    ConfidentialRoom room(shareformat::majorVersion, 20'000);
    room.draft.documents.first().noExport = true;
    const PublishOutcome outcome = room.publish(room.draft);
    REQUIRE(outcome.published());
    CHECK(outcome.meeting.documents.first().noExport);
    Seat &duc = room.seat(QStringLiteral("p-duc"));
    REQUIRE(room.sync(duc).complete());
    const DocumentRef document = room.cachedDocument(duc);
    CHECK(document.noExport);
    CHECK(DocumentReader(*duc.cache).read(document).ok()); // reading it stays allowed
    const Cli cli;
    const QString out = room.root.filePath(QStringLiteral("ban-luu.pdf"));
    const CliRun refused = cli.run({ QStringLiteral("document"), QStringLiteral("save"),
        QStringLiteral("--cache"), duc.cacheDir, QStringLiteral("--meeting"), room.draft.id,
        QStringLiteral("--document"), document.id, QStringLiteral("--out"), out });
    CHECK(refused.exitCode == 4);
    CHECK_FALSE(refused.err.trimmed().isEmpty()); // noExportMessage(), in the seat's language
    CHECK_FALSE(QFile::exists(out));
    const QJsonObject listed = cli.ok({ QStringLiteral("list"), QStringLiteral("--cache"),
                                          duc.cacheDir, QStringLiteral("--json") })
                                   .json()
                                   .object()
                                   .value(u"meetings")
                                   .toArray()
                                   .first()
                                   .toObject();
    bool sawDocument = false;
    for (const QJsonValue &item : listed.value(u"agenda").toArray()) {
        for (const QJsonValue &entry : item.toObject().value(u"documents").toArray()) {
            CHECK(entry.toObject().value(u"noExport").toBool());
            CHECK(entry.toObject().value(u"readable").toBool());
            sawDocument = true;
        }
    }
    CHECK(sawDocument);
}

TEST_CASE("A watermarked copy says its pages as it writes them, and a cancel leaves nothing",
    "[confidential]")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QString source = folder.filePath(QStringLiteral("bon-trang.pdf"));
    test::pdf::writeTextPdf(source, 4);
    const QByteArray pdf = readAll(source);
    const Watermark mark { QStringLiteral("Nguyễn Văn An"), QStringLiteral("Chủ tịch UBND"),
        QDate(2026, 12, 7) };

    QList<QPair<int, int>> steps;
    const QString whole = folder.filePath(QStringLiteral("ban-sao.pdf"));
    REQUIRE(writeWatermarkedPdf(pdf, mark, whole, 72, {}, [&](int done, int count) {
        steps.append({ done, count });
    }).ok());
    CHECK(steps == QList<QPair<int, int>> { { 1, 4 }, { 2, 4 }, { 3, 4 }, { 4, 4 } });
    CHECK(PdfDocument::openData(readAll(whole), whole).value()->pageCount() == 4);

    // Cancelled after the second page: no copy, and an existing file there stays as it was.
    const QString cancelled = folder.filePath(QStringLiteral("huy.pdf"));
    const CancellationToken cancel;
    const Status stopped
        = writeWatermarkedPdf(pdf, mark, cancelled, 72, cancel, [&](int done, int) {
              if (done == 2)
                  cancel.cancel();
          });
    CHECK_FALSE(stopped.ok());
    CHECK(stopped.error() == watermarkedCopyCancelledMessage());
    CHECK_FALSE(QFile::exists(cancelled));
    CHECK(QDir(folder.path()).entryList(QDir::Files).size() == 2);
    {
        QFile existing(cancelled);
        REQUIRE(existing.open(QIODevice::WriteOnly));
        existing.write("ban cu");
    }
    const CancellationToken already;
    already.cancel();
    CHECK_FALSE(writeWatermarkedPdf(pdf, mark, cancelled, 72, already).ok());
    CHECK(readAll(cancelled) == "ban cu");
}

TEST_CASE("A device key under a PIN: a locked seat syncs, but opens a confidential document only "
          "once unlocked",
    "[confidential][device-pin]")
{
    ConfidentialRoom room(shareformat::majorVersion, 20'000);
    REQUIRE(room.publish(room.draft).published());
    Seat &duc = room.seat(QStringLiteral("p-duc"));
    const QString pin = QStringLiteral("240917");
    REQUIRE(DeviceKey::protect(duc.cacheDir, pin).ok());
    // Nothing of the seed is left in clear in the file.
    const QByteArray file = readAll(QDir(duc.cacheDir).filePath(QStringLiteral("device.key")));
    CHECK(file.contains("phonghop-key"));
    CHECK_FALSE(file.contains(QByteArray(32, 'd').toHex()));
    CHECK(DeviceKey::isProtected(duc.cacheDir));
    DeviceKey::lock(duc.cacheDir);
    CHECK_FALSE(DeviceKey::isUnlocked(duc.cacheDir));

    // Locked: the seat still knows which device it is, so its sealed copy arrives.
    REQUIRE(room.sync(duc).complete());
    const DocumentRef document = room.cachedDocument(duc);
    CHECK_FALSE(duc.cache->sealedObjectPath(document).isEmpty());
    {
        const DocumentReader locked(*duc.cache);
        CHECK(locked.access(document) == DocumentAccess::Recipient);
        const Result<QByteArray> refused = locked.read(document);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error() == DeviceKey::lockedMessage());
    }

    // Another process: no PIN, then a wrong one, then the right one.
    Cli cli;
    const QString out = room.root.filePath(QStringLiteral("ban-cua-duc.pdf"));
    const QStringList save { QStringLiteral("document"), QStringLiteral("save"),
        QStringLiteral("--cache"), duc.cacheDir, QStringLiteral("--meeting"), room.draft.id,
        QStringLiteral("--document"), document.id, QStringLiteral("--out"), out };
    cli.env.remove(QString::fromLatin1(DeviceKey::pinVariable));
    const CliRun noPin = cli.run(save);
    CHECK(noPin.exitCode == 1);
    CHECK(noPin.err.contains(QStringLiteral("PIN")));
    CHECK_FALSE(QFile::exists(out));
    cli.env.insert(QString::fromLatin1(DeviceKey::pinVariable), QStringLiteral("999999"));
    const CliRun wrong = cli.run(save);
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.err.contains(QStringLiteral("PIN is wrong")));
    CHECK_FALSE(QFile::exists(out));
    cli.env.insert(QString::fromLatin1(DeviceKey::pinVariable), pin);
    cli.ok(save);
    CHECK(readAll(out).startsWith("%PDF"));

    // In this process too, once unlocked.
    REQUIRE_FALSE(DeviceKey::unlock(duc.cacheDir, QStringLiteral("111111")).ok());
    REQUIRE(DeviceKey::unlock(duc.cacheDir, pin).ok());
    const Result<QByteArray> opened = DocumentReader(*duc.cache).read(document);
    REQUIRE(opened.ok());
    CHECK(opened.value() == room.pdf);
}

TEST_CASE("phonghop-cli device protects a seat's key with a PIN, changes it and removes it",
    "[device-pin]")
{
    QTemporaryDir seat;
    REQUIRE(seat.isValid());
    const SigningKey key = keyFromByte('k');
    const QString keyFile = seat.filePath(QStringLiteral("device.key"));
    REQUIRE(key.save(keyFile).ok());
    Cli cli;
    cli.env.remove(QString::fromLatin1(DeviceKey::pinVariable));
    const QStringList status { QStringLiteral("device"), QStringLiteral("status"),
        QStringLiteral("--cache"), seat.path(), QStringLiteral("--json") };
    QJsonObject shown = cli.ok(status).json().object();
    CHECK(shown.value(u"device").toString() == deviceIdOf(key.publicKey()));
    CHECK_FALSE(shown.value(u"pinProtected").toBool());

    const auto device = [&](const QString &what) {
        return cli.run({ QStringLiteral("device"), what, QStringLiteral("--cache"), seat.path() });
    };
    // No PIN given, and no terminal to ask on: a usage error, nothing changed.
    CHECK(device(QStringLiteral("protect")).exitCode == 2);
    CHECK_FALSE(DeviceKey::isProtected(seat.path()));
    // Too short: refused.
    cli.env.insert(QString::fromLatin1(DeviceKey::pinVariable), QStringLiteral("123"));
    const CliRun shortPin = device(QStringLiteral("protect"));
    CHECK(shortPin.exitCode == 4);
    CHECK(shortPin.err.contains(QStringLiteral("at least 6")));
    CHECK_FALSE(DeviceKey::isProtected(seat.path()));

    cli.env.insert(QString::fromLatin1(DeviceKey::pinVariable), QStringLiteral("481516"));
    REQUIRE(device(QStringLiteral("protect")).exitCode == 0);
    CHECK(DeviceKey::isProtected(seat.path()));
    CHECK(DeviceKey::publicKeyIn(seat.path()) == key.publicKey());
    shown = cli.ok(status).json().object();
    CHECK(shown.value(u"pinProtected").toBool());
    CHECK(shown.value(u"device").toString() == deviceIdOf(key.publicKey()));
    CHECK(device(QStringLiteral("protect")).exitCode == 4); // already protected

    // Changing it asks the current PIN; a wrong one changes nothing.
    cli.env.insert(QStringLiteral("PHONGHOP_NEW_DEVICE_PIN"), QStringLiteral("234223"));
    cli.env.insert(QString::fromLatin1(DeviceKey::pinVariable), QStringLiteral("000001"));
    CHECK(device(QStringLiteral("change-pin")).exitCode == 4);
    cli.env.insert(QString::fromLatin1(DeviceKey::pinVariable), QStringLiteral("481516"));
    REQUIRE(device(QStringLiteral("change-pin")).exitCode == 0);
    CHECK_FALSE(DeviceKey::unlock(seat.path(), QStringLiteral("481516")).ok());
    REQUIRE(DeviceKey::unlock(seat.path(), QStringLiteral("234223")).ok());
    const Result<SigningKey> opened = DeviceKey::load(seat.path());
    REQUIRE(opened.ok());
    CHECK(opened->publicKey() == key.publicKey());
    const QByteArray message("Phiếu biểu quyết");
    CHECK(verifySignature(message, opened->sign(message), key.publicKey()));
    DeviceKey::lock(seat.path());

    // Removed: the key loads without a PIN again, the same key.
    cli.env.insert(QString::fromLatin1(DeviceKey::pinVariable), QStringLiteral("234223"));
    REQUIRE(device(QStringLiteral("remove-pin")).exitCode == 0);
    CHECK_FALSE(DeviceKey::isProtected(seat.path()));
    qunsetenv(DeviceKey::pinVariable);
    const Result<SigningKey> plain = DeviceKey::load(seat.path());
    REQUIRE(plain.ok());
    CHECK(plain->publicKey() == key.publicKey());
    // Nothing but the key file is left in the folder (no temporary copies of the key).
    CHECK(QDir(seat.path()).entryList(QDir::Files | QDir::Hidden) == QStringList { "device.key" });
}

TEST_CASE("A device PIN must be long enough and not one character repeated", "[device-pin]")
{
    CHECK_FALSE(DeviceKey::pinProblem(QStringLiteral("12345")).isEmpty());
    CHECK_FALSE(DeviceKey::pinProblem(QStringLiteral("000000")).isEmpty());
    CHECK(DeviceKey::pinProblem(QStringLiteral("120587")).isEmpty());
    CHECK(DeviceKey::pinProblem(QStringLiteral("mã số 7")).isEmpty());
}

TEST_CASE("A device the organisation revokes deletes its confidential documents at its next sync",
    "[confidential][remote-wipe]")
{
    ConfidentialRoom room(shareformat::majorVersion, 20'000);
    REQUIRE(room.publish(room.draft).published());
    Seat &duc = room.seat(QStringLiteral("p-duc"));
    Seat &anh = room.seat(QStringLiteral("p-anh"));
    REQUIRE(room.sync(duc).complete());
    REQUIRE(room.sync(anh).complete());
    const DocumentRef document = room.cachedDocument(duc);
    const QString sealed = duc.cache->sealedObjectPath(document);
    REQUIRE_FALSE(sealed.isEmpty());

    // A directory file forged by someone on the share wipes nothing: it does not verify.
    {
        QFile forged(QDir(room.share).filePath(QStringLiteral("people/directory-999999.json")));
        REQUIRE(forged.open(QIODevice::WriteOnly));
        forged.write("{\"format\":1,\"kind\":\"people-directory\",\"payload\":\"e30=\"}");
    }
    SyncReport report = room.sync(duc);
    CHECK_FALSE(report.deviceRevoked);
    CHECK(QFile::exists(sealed));

    // A new revision is published (the document under a new title) while the tablet is
    // missing; the seat has not read it yet when its device is revoked.
    DraftMeeting again = room.draft;
    again.basedOnRevision = 1;
    again.documents.first().title += QStringLiteral(" (bổ sung)");
    const PublishOutcome republished = room.publish(again);
    INFO(republished.message.toStdString());
    REQUIRE(republished.published());

    // Revoked in the signed directory (the tablet was lost).
    const SigningKey &ducKey = duc.key;
    REQUIRE(DirectoryStore(room.share)
                .update(room.organisation,
                    [&](PeopleDirectory &directory) {
                        for (DirectoryPerson &person : directory.people)
                            for (DirectoryDevice &device : person.devices)
                                if (device.id == deviceIdOf(ducKey.publicKey()))
                                    device.revokedAt = QDateTime::currentDateTimeUtc();
                        return Status::success();
                    })
                .ok());
    // On a 2.0 share the directory is read at the sync's full looks (every ten minutes):
    // this seat's last one is made old enough.
    duc.cache->setValue(cachekeys::lastFullShareLookAt, QString());
    report = room.sync(duc);
    REQUIRE(report.reachedShare());
    CHECK(report.deviceRevoked);
    CHECK(report.confidentialFilesWiped == 1);
    CHECK(report.summary().contains(QStringLiteral("revoked this device")));
    CHECK_FALSE(QFile::exists(sealed));
    // The new revision came in, still naming the device, but its sealed copy did not.
    const DocumentRef renamed = room.cachedDocument(duc);
    CHECK(renamed.title.endsWith(QStringLiteral("(bổ sung)")));
    CHECK(renamed.recipientFor(deviceIdOf(ducKey.publicKey())) != nullptr);
    CHECK(duc.cache->sealedObjectPath(renamed).isEmpty());
    CHECK_FALSE(DocumentReader(*duc.cache).readable(renamed));
    CHECK(clearPdfsUnder(duc.cacheDir, Sha256::hexOf(room.pdf)).isEmpty());
    // And it stays so at the next syncs, full looks or not.
    report = room.sync(duc);
    CHECK(report.deviceRevoked);
    CHECK(duc.cache->sealedObjectPath(room.cachedDocument(duc)).isEmpty());

    // Another recipient keeps its copy.
    REQUIRE(room.sync(anh).reachedShare());
    CHECK_FALSE(anh.cache->sealedObjectPath(room.cachedDocument(anh)).isEmpty());
}
