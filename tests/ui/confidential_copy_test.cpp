// A confidential document's copy on a recipient's seat (issue 16): offered only there, saved
// with the reader's watermark on its pages, and disabled with the reason when the office forbids
// its export.
#include <catch2/catch.hpp>

#include "mainwindow/confidentialcopyaction.h"
#include "meeting_core/confidential/sealeddocument.h"
#include "meeting_core/pdf/pdfdocument.h"
#include "meeting_core/store/meetingcache.h"
#include "meeting_core/trust/devicekey.h"
#include "meeting_core/util/sha256.h"
#include "pdf_fixtures.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QWidget>

using namespace phonghop;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QImage firstPage(const QByteArray &pdf)
{
    auto opened = PdfDocument::openData(pdf, QStringLiteral("page"));
    REQUIRE(opened.ok());
    PdfRenderOptions options;
    options.scale = 1.0;
    const QImage image = opened.value()->render(options).image;
    REQUIRE_FALSE(image.isNull());
    return image.convertToFormat(QImage::Format_RGB32);
}

} // namespace

TEST_CASE("A confidential copy is saved with the reader's watermark, or disabled with the reason "
          "when the office forbids its export",
    "[confidential][ui]")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QString cacheDir = folder.filePath(QStringLiteral("cache"));
    REQUIRE(QDir().mkpath(cacheDir));
    const SigningKey device = SigningKey::fromSeed(QByteArray(32, 'a'));
    REQUIRE(device.save(QDir(cacheDir).filePath(QLatin1String(DeviceKey::fileName))).ok());
    auto opened = MeetingCache::open(cacheDir);
    REQUIRE(opened.ok());
    MeetingCache &cache = *opened.value();

    const QString pdfPath = folder.filePath(QStringLiteral("nhan-su.pdf"));
    test::pdf::writeTextPdf(pdfPath, 1);
    const QByteArray pdf = readAll(pdfPath);
    const QString sealedPath = folder.filePath(QStringLiteral("sealed"));
    const Result<SealedDocument> sealed = sealDocument(
        pdfPath, sealedPath, { RecipientDevice { QStringLiteral("p-an"), device.publicKey() } });
    REQUIRE(sealed.ok());
    const QByteArray ciphertext = readAll(sealedPath);
    REQUIRE(cache.objects().importBytes(ciphertext, Sha256::hexOf(ciphertext)).ok());

    Meeting meeting;
    meeting.id = QStringLiteral("hop-mat");
    meeting.participants << Participant { QStringLiteral("p-an"), QStringLiteral("Nguyễn Văn An"),
        QStringLiteral("Chủ tịch UBND"), Role::Chair, 1, {} };
    DocumentRef document;
    document.id = QStringLiteral("d1");
    document.title = QStringLiteral("Phương án nhân sự");
    document.fileName = QStringLiteral("nhan-su.pdf");
    document.sha256 = Sha256::hexOf(ciphertext);
    document.size = ciphertext.size();
    document.confidential = true;
    document.classification = QStringLiteral("Mật");
    document.plainSha256 = sealed->file.plainSha256;
    document.plainSize = sealed->file.plainSize;
    document.recipients = sealed->recipients;

    QWidget window;
    ui::ConfidentialCopyAction copy(cache, window);
    copy.setToday([] { return QDate(2026, 12, 7); });
    QSignalSpy finished(&copy, &ui::ConfidentialCopyAction::finished);
    QAction *action = copy.action();
    CHECK_FALSE(action->isVisible());

    // A clear document, or one for another seat: not offered.
    DocumentRef clear;
    clear.id = QStringLiteral("d0");
    copy.setDocument(clear, meeting);
    CHECK_FALSE(action->isVisible());
    DocumentRef other = document;
    other.recipients.clear();
    copy.setDocument(other, meeting);
    CHECK_FALSE(action->isVisible());

    // A recipient: offered, and the copy's page carries the watermark.
    copy.setDocument(document, meeting);
    CHECK(action->isVisible());
    CHECK(action->isEnabled());
    const QString target = folder.filePath(QStringLiteral("ban-cua-an.pdf"));
    REQUIRE(copy.saveTo(target));
    REQUIRE(finished.size() == 1);
    CHECK_FALSE(finished.at(0).at(1).toBool());
    const QByteArray saved = readAll(target);
    CHECK(saved != pdf);
    const QImage before = firstPage(pdf);
    const QImage after = firstPage(saved);
    REQUIRE(before.size() == after.size());
    CHECK(before != after);

    // Forbidden by the office: still there, disabled, and saying why; nothing is written.
    document.noExport = true;
    copy.setDocument(document, meeting);
    CHECK(action->isVisible());
    CHECK_FALSE(action->isEnabled());
    CHECK(action->toolTip() == noExportMessage());
    CHECK(action->toolTip()
        == QStringLiteral(
            "The office does not allow this confidential document to be exported or printed"));
    const QString refused = folder.filePath(QStringLiteral("khong-duoc.pdf"));
    CHECK_FALSE(copy.saveTo(refused));
    CHECK_FALSE(QFile::exists(refused));
    REQUIRE(finished.size() == 2);
    CHECK(finished.at(1).at(1).toBool());
}
