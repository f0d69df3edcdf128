// Office documents at publication (issue 18), with the real LibreOffice: a docx and an xlsx
// with Vietnamese text reach a delegate as PDFs (read back with Poppler) with their originals
// saved byte for byte; a damaged, a password-protected, an empty and a slow document each end
// in a validation problem that names the document, with nothing written to the share.
#include <catch2/catch.hpp>

#include "cli/commandlinetool.h"
#include "meeting_core/convert/officeconverter.h"
#include "meeting_core/pdf/pdfdocument.h"
#include "meeting_core/publish/meetingpublisher.h"
#include "meeting_core/share/sharereader.h"
#include "meeting_core/store/meetingcache.h"
#include "meeting_core/sync/syncengine.h"
#include "office_fixtures.h"
#include "publish_fixtures.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace phonghop;
namespace office = phonghop::test::office;

namespace {

using Kind = ValidationProblem::Kind;

QString pdfText(const QString &path)
{
    const auto opened = PdfDocument::open(path);
    REQUIRE(opened.ok());
    QString text;
    for (int page = 0; page < opened.value()->pageCount(); ++page) {
        for (const PdfTextBox &box : opened.value()->textBoxes(page))
            text += box.text + (box.spaceAfter ? QStringLiteral(" ") : QString());
        text += u'\n';
    }
    return text;
}

QStringList shareObjects(const QString &root)
{
    QStringList files;
    QDirIterator it(QDir(root).filePath(QStringLiteral("objects")), QDir::Files | QDir::Hidden,
        QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}

// A draft whose first document is `file` (the others stay the fixture's PDFs).
DraftMeeting draftWith(const QString &folder, const QString &file)
{
    DraftMeeting draft = test::publish::validDraft(folder);
    draft.documents[0].filePath = file;
    draft.documents[0].fileName = QFileInfo(file).fileName();
    return draft;
}

// Publishes a draft that must be refused: returns its problems, checks the share is untouched.
QList<ValidationProblem> refusedProblems(
    const DraftMeeting &draft, const QString &profile, qint64 timeLimitMs = 120'000)
{
    test::TestShare share;
    MeetingPublisher publisher(share.root(), test::testOrganisationKey());
    publisher.officeConverter().setProfileDirectory(profile);
    publisher.officeConverter().setTimeLimitMs(timeLimitMs);
    const PublishOutcome outcome = publisher.publish(draft);
    INFO(outcome.message.toStdString());
    CHECK(outcome.kind == PublishOutcome::Kind::Invalid);
    CHECK(outcome.revision == 0);
    CHECK(ShareReader(share.root()).manifestRevisions(draft.id).isEmpty());
    CHECK(shareObjects(share.root()).isEmpty());
    return outcome.problems;
}

const ValidationProblem *problemOf(const QList<ValidationProblem> &problems, Kind kind)
{
    for (const ValidationProblem &problem : problems) {
        if (problem.kind == kind)
            return &problem;
    }
    return nullptr;
}

} // namespace

TEST_CASE("A docx and an xlsx with Vietnamese text reach a delegate as PDFs, and their originals "
          "are saved byte for byte",
    "[office]")
{
    REQUIRE_FALSE(office::sofficeProgram().isEmpty());
    QTemporaryDir profile, work, cacheFolder, saved;
    test::TestShare share;
    const QString docx
        = office::writeDocx(profile.path(), work.path(), QStringLiteral("to-trinh-123"),
            { QStringLiteral("TỜ TRÌNH"),
                QStringLiteral("Về việc phê duyệt kế hoạch đầu tư công năm 2027 của xã Tân Phú"),
                QStringLiteral(
                    "Kính gửi: Hội đồng nhân dân xã. Ủy ban nhân dân xã trình bày như sau.") });
    const QString xlsx
        = office::writeSpreadsheet(profile.path(), work.path(), QStringLiteral("du-toan"),
            QStringLiteral("Hạng mục,Kinh phí (triệu đồng)\n"
                           "Đường liên thôn Phú Hưng,1250\n"
                           "Trường mầm non Tân Phú,870\n"));

    DraftMeeting draft = test::publish::validDraft(work.path());
    draft.documents[0].filePath = docx;
    draft.documents[0].fileName = QStringLiteral("to-trinh-123.docx");
    draft.documents[1].filePath = xlsx;
    draft.documents[1].fileName.clear(); // the attached file's own name is used
    const QString json = work.filePath(QStringLiteral("MEETING.json"));
    test::writeFile(json, QJsonDocument(draft::toJson(draft, work.path())).toJson());
    const QString key = work.filePath(QStringLiteral("org.key"));
    REQUIRE(test::testOrganisationKey().save(key).ok());

    // phonghop-cli publish converts both, saying so, then stores PDFs and originals.
    QString out, err;
    QTextStream outStream(&out), errStream(&err);
    cli::Streams streams { outStream, errStream };
    const int code
        = cli::CommandLineTool().run({ QStringLiteral("publish"), json, QStringLiteral("--share"),
                                         share.root(), QStringLiteral("--key"), key },
            streams);
    INFO(err.toStdString());
    REQUIRE(code == cli::Success);
    CHECK(err.contains(QStringLiteral("Converting document 1 of 2 to PDF")));
    CHECK(err.contains(QStringLiteral("Converting document 2 of 2 to PDF")));

    auto opened = MeetingCache::open(cacheFolder.path());
    REQUIRE(opened.ok());
    MeetingCache &cache = *opened.value();
    test::pinTestOrganisation(cache);
    const SyncReport report = SyncEngine(cache, share.root()).run();
    INFO(report.summary().toStdString());
    REQUIRE(report.complete());
    const std::optional<Meeting> meeting = cache.meeting(draft.id);
    REQUIRE(meeting);
    const DocumentRef word = meeting->documents.at(0);
    const DocumentRef sheet = meeting->documents.at(1);
    const DocumentRef pdf = meeting->documents.at(2);

    // Delegates get the PDF; the manifest names the original.
    CHECK(word.fileName == QStringLiteral("to-trinh-123.pdf"));
    CHECK(word.original.fileName == QStringLiteral("to-trinh-123.docx"));
    CHECK(word.original.mediaType
        == QStringLiteral(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
    CHECK(word.original.size == QFileInfo(docx).size());
    CHECK(sheet.original.fileName == QStringLiteral("du-toan.xlsx"));
    CHECK(sheet.fileName == QStringLiteral("du-toan.pdf"));
    CHECK(pdf.original.isEmpty());
    CHECK(ShareReader(share.root())
              .readManifest(draft.id, 1, test::testOrganisationKey().publicKey())
              ->bytes.contains("\"original\""));

    // The Vietnamese text comes back from the PDFs through Poppler, in Liberation Serif (the
    // metric-compatible face fontconfig gives for Times New Roman), embedded.
    const QString wordText = pdfText(cache.documentPath(word));
    CHECK(wordText.contains(QStringLiteral("TỜ TRÌNH")));
    CHECK(wordText.contains(QStringLiteral("phê duyệt kế hoạch đầu tư công năm 2027")));
    CHECK(wordText.contains(QStringLiteral("Ủy ban nhân dân xã")));
    CHECK(test::readFile(cache.documentPath(word)).contains("LiberationSerif"));
    const QString sheetText = pdfText(cache.documentPath(sheet));
    CHECK(sheetText.contains(QStringLiteral("Đường liên thôn Phú Hưng")));
    CHECK(sheetText.contains(QStringLiteral("Trường mầm non Tân Phú")));

    // "Tải bản gốc": the original, byte for byte; a target that cannot be written leaves
    // nothing behind.
    const QString target = saved.filePath(QStringLiteral("tờ trình.docx"));
    REQUIRE(cache.saveOriginalAs(word, target).ok());
    CHECK(test::readFile(target) == test::readFile(docx));
    const QString sheetTarget = saved.filePath(QStringLiteral("du-toan.xlsx"));
    REQUIRE(cache.saveOriginalAs(sheet, sheetTarget).ok());
    CHECK(test::readFile(sheetTarget) == test::readFile(xlsx));
    CHECK_FALSE(
        cache.saveOriginalAs(word, saved.filePath(QStringLiteral("no/such/folder/x.docx"))).ok());
    CHECK_FALSE(cache.saveOriginalAs(pdf, saved.filePath(QStringLiteral("x.pdf"))).ok());
    CHECK(QDir(saved.path()).entryList(QDir::Files | QDir::Hidden).size() == 2);

    // Publishing again with the same originals keeps the same PDFs (read back from the share,
    // no LibreOffice needed), so delegates see no "updated" document.
    DraftMeeting again = draft;
    again.basedOnRevision = 1;
    again.title += QStringLiteral(" (bổ sung)");
    MeetingPublisher publisher(share.root(), test::testOrganisationKey());
    publisher.officeConverter().setProgram(work.filePath(QStringLiteral("no-soffice-here")));
    const PublishOutcome second = publisher.publish(again);
    INFO(second.message.toStdString());
    REQUIRE(second.published());
    CHECK(second.meeting.documents.at(0).sha256 == word.sha256);
    CHECK(second.meeting.documents.at(1).sha256 == sheet.sha256);
    CHECK(second.meeting.documents.at(0).original == word.original);
}

TEST_CASE(
    "A damaged docx is a problem that names the document, and nothing is published", "[office]")
{
    QTemporaryDir profile, work;
    const QString good = office::writeDocx(
        profile.path(), work.path(), QStringLiteral("bien-ban"), { QStringLiteral("Biên bản") });
    // Cut in half: a ZIP without its directory, which LibreOffice cannot load.
    const QString damaged = work.filePath(QStringLiteral("bien-ban-hong.docx"));
    test::writeFile(damaged, test::readFile(good).left(int(QFileInfo(good).size() / 2)));
    const auto problems = refusedProblems(draftWith(work.path(), damaged), profile.path());
    const ValidationProblem *problem = problemOf(problems, Kind::ConversionFailed);
    REQUIRE(problem);
    CHECK(problem->subjectId == QStringLiteral("d1"));
    CHECK(problem->message.contains(QStringLiteral("bien-ban-hong.docx")));
    CHECK(problem->message.contains(QStringLiteral("damaged")));

    // Random bytes named .docx (which LibreOffice would import as text) are refused before
    // LibreOffice sees them.
    const QString noise = work.filePath(QStringLiteral("khong-phai-word.docx"));
    test::writeFile(noise, test::pseudoRandomBytes(3000, 18));
    const auto noiseProblems = refusedProblems(draftWith(work.path(), noise), profile.path());
    REQUIRE(problemOf(noiseProblems, Kind::ConversionFailed));
    CHECK(problemOf(noiseProblems, Kind::ConversionFailed)
              ->message.contains(QStringLiteral("khong-phai-word.docx")));
}

TEST_CASE(
    "A password-protected document is a problem that says so, and nothing is published", "[office]")
{
    QTemporaryDir profile, work;
    const QString locked
        = office::writePasswordProtectedOdt(profile.path(), work.path(), QStringLiteral("bi-mat"));
    const auto problems = refusedProblems(draftWith(work.path(), locked), profile.path());
    const ValidationProblem *problem = problemOf(problems, Kind::ConversionFailed);
    REQUIRE(problem);
    CHECK(problem->message.contains(QStringLiteral("co-mat-khau.odt")));
    CHECK(problem->message.contains(QStringLiteral("password")));
}

TEST_CASE("An empty spreadsheet converts to no page with content and is refused", "[office]")
{
    QTemporaryDir profile, work;
    const QString empty
        = office::writeSpreadsheet(profile.path(), work.path(), QStringLiteral("trong"), {});
    const auto problems = refusedProblems(draftWith(work.path(), empty), profile.path());
    const ValidationProblem *problem = problemOf(problems, Kind::ConvertedEmpty);
    REQUIRE(problem);
    CHECK(problem->message.contains(QStringLiteral("trong.xlsx")));

    const QString emptyOds = office::writeSpreadsheet(
        profile.path(), work.path(), QStringLiteral("trong-ods"), {}, QStringLiteral("ods"));
    REQUIRE(problemOf(
        refusedProblems(draftWith(work.path(), emptyOds), profile.path()), Kind::ConvertedEmpty));
}

TEST_CASE("A conversion past the time limit is stopped, LibreOffice with it, and nothing is "
          "published",
    "[office]")
{
    QTemporaryDir profile, work;
    const QString docx = office::writeDocx(
        profile.path(), work.path(), QStringLiteral("cham"), { QStringLiteral("Kế hoạch") });
    // LibreOffice needs well over a second to start: 300 ms is always past the limit.
    const auto problems = refusedProblems(draftWith(work.path(), docx), profile.path(), 300);
    const ValidationProblem *problem = problemOf(problems, Kind::ConversionTimedOut);
    REQUIRE(problem);
    CHECK(problem->message.contains(QStringLiteral("cham.docx")));
    // Its whole process group was killed: no soffice.bin of this profile is left.
    CHECK(office::processesMentioning(profile.path()).isEmpty());
}

TEST_CASE("Without LibreOffice the problem names the package to install", "[office]")
{
    QTemporaryDir work;
    const QString docx = work.filePath(QStringLiteral("to-trinh.docx"));
    test::writeFile(docx, QByteArray("PK\x03\x04", 4) + test::pseudoRandomBytes(200, 3));
    DraftMeeting draft = draftWith(work.path(), docx);
    const QString xlsx = work.filePath(QStringLiteral("bang.xlsx"));
    test::writeFile(xlsx, QByteArray("PK\x03\x04", 4) + test::pseudoRandomBytes(200, 4));
    draft.documents[1].filePath = xlsx;
    draft.documents[1].fileName = QStringLiteral("bang.xlsx");

    test::TestShare share;
    MeetingPublisher publisher(share.root(), test::testOrganisationKey());
    publisher.officeConverter().setProgram(work.filePath(QStringLiteral("no-soffice-here")));
    const PublishOutcome outcome = publisher.publish(draft);
    CHECK(outcome.kind == PublishOutcome::Kind::Invalid);
    QStringList messages;
    for (const ValidationProblem &problem : outcome.problems) {
        if (problem.kind == Kind::ConverterMissing)
            messages << problem.message;
    }
    REQUIRE(messages.size() == 2);
    CHECK(messages[0].contains(QStringLiteral("libreoffice-writer-nogui")));
    CHECK(messages[1].contains(QStringLiteral("libreoffice-calc-nogui")));
    CHECK(shareObjects(share.root()).isEmpty());
}

TEST_CASE(
    "A conversion can be cancelled: LibreOffice is stopped and the share is unchanged", "[office]")
{
    QTemporaryDir profile, work;
    const QString docx = office::writeDocx(
        profile.path(), work.path(), QStringLiteral("huy"), { QStringLiteral("Thông báo") });
    test::TestShare share;
    MeetingPublisher publisher(share.root(), test::testOrganisationKey());
    publisher.officeConverter().setProfileDirectory(profile.path());
    CancellationToken cancel;
    bool sawConversion = false;
    const PublishOutcome outcome
        = publisher.publish(draftWith(work.path(), docx), cancel, [&](const PublishProgress &p) {
              if (p.converting && p.conversionElapsedMs > 0) {
                  sawConversion = true;
                  cancel.cancel();
              }
          });
    CHECK(sawConversion);
    CHECK(outcome.kind == PublishOutcome::Kind::Cancelled);
    CHECK(shareObjects(share.root()).isEmpty());
    CHECK(office::processesMentioning(profile.path()).isEmpty());
}
