// A consultation's office documents (issue 17 on issue 18), with the real LibreOffice: a .docx
// attached to a consultation reaches a member's seat as its PDF (read back with Poppler) with the
// original beside it; publishing the same bytes again reuses the PDF on the share; a file that
// only claims to be a .docx is refused with nothing written.
#include <catch2/catch.hpp>

#include "meeting_core/confidential/documentreader.h"
#include "meeting_core/consult/consultation.h"
#include "meeting_core/consult/consultationservice.h"
#include "meeting_core/consult/consultationshare.h"
#include "meeting_core/org/directorystore.h"
#include "meeting_core/pdf/pdfdocument.h"
#include "meeting_core/store/meetingcache.h"
#include "meeting_core/trust/devicekey.h"
#include "meeting_core/util/sha256.h"
#include "office_fixtures.h"
#include "testsupport.h"

#include <QDir>
#include <QTemporaryDir>

using namespace phonghop;
namespace office = phonghop::test::office;

namespace {

QString pdfText(const QByteArray &bytes)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("read.pdf"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    const auto opened = PdfDocument::open(path);
    REQUIRE(opened.ok());
    QString text;
    for (int page = 0; page < opened.value()->pageCount(); ++page) {
        for (const PdfTextBox &box : opened.value()->textBoxes(page))
            text += box.text + (box.spaceAfter ? QStringLiteral(" ") : QString());
    }
    return text;
}

ConsultationFile consultationOf(const QString &folder, const QString &documentFile)
{
    const QByteArray json = QStringLiteral(R"({
  "format": "phonghop-consultation", "version": 1, "id": "xin-y-kien-to-trinh",
  "title": "Tờ trình kế hoạch đầu tư công năm 2027", "issuingBody": "UBND xã Tân Phú",
  "deadline": "2030-06-30T17:00:00+07:00", "members": ["p-anh"],
  "questions": [{"id": "q1", "text": "Thông qua Tờ trình?", "rule": "da-so-phieu"}],
  "documents": [{"id": "d1", "title": "Tờ trình", "file": "%1"}]
})")
                                .arg(documentFile)
                                .toUtf8();
    const Result<ConsultationFile> file = parseConsultationFile(json, folder);
    INFO((file.ok() ? QString() : file.error()).toStdString());
    REQUIRE(file.ok());
    return file.value();
}

} // namespace

TEST_CASE("A consultation's .docx reaches the member's seat as a PDF with its original, is not "
          "converted again for the next revision, and a false .docx is refused",
    "[office][consult]")
{
    REQUIRE_FALSE(office::sofficeProgram().isEmpty());
    QTemporaryDir profile, work, seat;
    test::TestShare share;
    const SigningKey organisation = test::testOrganisationKey();
    const SigningKey device = SigningKey::fromSeed(QByteArray(32, 'a'));
    REQUIRE(DirectoryStore(share.root())
                .update(organisation,
                    [&](PeopleDirectory &directory) {
                        DirectoryPerson anh;
                        anh.id = QStringLiteral("p-anh");
                        anh.fullName = QStringLiteral("Trần Văn Anh");
                        anh.devices
                            << DirectoryDevice { deviceIdOf(device.publicKey()), device.publicKey(),
                                   QStringLiteral("Máy"), QDateTime::currentDateTimeUtc(), {}, {} };
                        directory.people << anh;
                        return Status::success();
                    })
                .ok());

    // A file that only says it is a .docx: refused before LibreOffice, nothing on the share.
    const QString fake = work.filePath(QStringLiteral("gia-mao.docx"));
    test::writeFile(fake, QByteArray("this is not a Word document at all"));
    const Result<Consultation> refused
        = ConsultationShare(share.root()).publish(consultationOf(work.path(), fake), organisation);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("gia-mao.docx")));
    CHECK(ConsultationShare(share.root()).consultationIds().isEmpty());

    const QString docx
        = office::writeDocx(profile.path(), work.path(), QStringLiteral("to-trinh-123"),
            { QStringLiteral("TỜ TRÌNH"),
                QStringLiteral("Về việc phê duyệt kế hoạch đầu tư công năm 2027 của xã Tân Phú") });
    const Result<Consultation> first
        = ConsultationShare(share.root()).publish(consultationOf(work.path(), docx), organisation);
    INFO((first.ok() ? QString() : first.error()).toStdString());
    REQUIRE(first.ok());
    const DocumentRef &document = first->documents.at(0);
    CHECK(document.fileName == u"to-trinh-123.pdf");
    CHECK(document.original.fileName == u"to-trinh-123.docx");
    CHECK(document.original.sha256 == Sha256::hexOfFile(docx));
    CHECK(document.original.mediaType.contains(QStringLiteral("wordprocessingml")));

    // The member's seat: the PDF through the meetings' reader, the original in its cache.
    REQUIRE(device.save(QDir(seat.path()).filePath(QStringLiteral("device.key"))).ok());
    auto cache = MeetingCache::open(seat.path());
    REQUIRE(cache.ok());
    test::pinTestOrganisation(*cache.value());
    ConsultationService service(*cache.value(), share.root());
    const Result<ConsultationRefresh> refreshed = service.refresh();
    REQUIRE(refreshed.ok());
    INFO(refreshed->problems.join(u'\n').toStdString());
    const std::optional<Consultation> cached = service.consultation(first->id);
    REQUIRE(cached.has_value());
    const DocumentRef &seatDocument = cached->documents.at(0);
    CHECK(seatDocument.original == document.original);
    CHECK(cache.value()->objects().contains(document.original.sha256));
    const Result<QByteArray> pdf = DocumentReader(*cache.value()).read(seatDocument);
    REQUIRE(pdf.ok());
    CHECK(pdf->startsWith("%PDF"));
    CHECK(pdfText(pdf.value()).contains(QStringLiteral("đầu tư công năm 2027")));

    // A new revision with the same Word file: its PDF on the share is kept, not converted anew
    // (LibreOffice writes the time into every PDF: a new one would look like a changed document).
    const Result<Consultation> second
        = ConsultationShare(share.root()).publish(consultationOf(work.path(), docx), organisation);
    REQUIRE(second.ok());
    CHECK(second->revision == 2);
    CHECK(second->documents.at(0).sha256 == document.sha256);
}
