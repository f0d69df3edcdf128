// A confidential document's copy on a recipient's seat (issue 16): offered only there, saved
// with the reader's watermark on its pages, and disabled with the reason when the office forbids
// its export.
#include <catch2/catch.hpp>

#include "mainwindow/agendamodel.h"
#include "mainwindow/confidentialcopyaction.h"
#include "mainwindow/mainwindow.h"
#include "meeting_core/confidential/sealeddocument.h"
#include "meeting_core/pdf/pdfdocument.h"
#include "meeting_core/share/sharewriter.h"
#include "meeting_core/store/meetingcache.h"
#include "meeting_core/sync/syncengine.h"
#include "meeting_core/sync/syncservice.h"
#include "meeting_core/trust/devicekey.h"
#include "meeting_core/util/sha256.h"
#include "pdf_fixtures.h"
#include "secretary/agendaeditor.h"
#include "testsupport.h"
#include "viewer/documentview.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QListWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
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
    QSignalSpy progressed(&copy, &ui::ConfidentialCopyAction::progressed);
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
    // Written on a worker, page by page, and the screen is told each page.
    CHECK_FALSE(copy.isBusy());
    REQUIRE_FALSE(progressed.isEmpty());
    CHECK(progressed.last().at(0).toInt() == progressed.last().at(1).toInt());
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

TEST_CASE("The desk shows a recipient's confidential document with their watermark and its copy "
          "action disabled when export is forbidden",
    "[confidential][ui]")
{
    test::TestShare share;
    REQUIRE(ShareWriter(share.root()).upgrade(test::testOrganisationKey()).ok()); // 2.x: sealed
    QTemporaryDir cacheDir, staging;
    const SigningKey device = SigningKey::fromSeed(QByteArray(32, 'h'));
    REQUIRE(device.save(QDir(cacheDir.path()).filePath(QLatin1String(DeviceKey::fileName))).ok());
    const QString pdfPath = staging.filePath(QStringLiteral("mat.pdf"));
    test::pdf::writeTextPdf(pdfPath, 2);
    const QString sealedPath = staging.filePath(QStringLiteral("sealed"));
    const Result<SealedDocument> sealed = sealDocument(
        pdfPath, sealedPath, { RecipientDevice { QStringLiteral("p1"), device.publicKey() } });
    REQUIRE(sealed.ok());
    Meeting meeting = share.makeMeeting(QStringLiteral("ubnd-2026-12-07"), 0);
    DocumentRef document
        = share.addDocument(QStringLiteral("d-mat"), QStringLiteral("i1"), readAll(sealedPath));
    document.confidential = true;
    document.classification = QStringLiteral("Mật");
    document.plainSha256 = sealed->file.plainSha256;
    document.plainSize = sealed->file.plainSize;
    document.recipients = sealed->recipients;
    document.noExport = true;
    meeting.documents << document;
    share.publish(meeting);

    auto opened = MeetingCache::open(cacheDir.path());
    REQUIRE(opened.ok());
    MeetingCache &cache = *opened.value();
    test::pinTestOrganisation(cache);
    const SyncReport report = SyncEngine(cache, share.root()).run();
    INFO(report.summary().toStdString());
    REQUIRE(report.complete());
    SyncService sync(cacheDir.path(), share.root());
    ui::MainWindow window(cache, sync, nullptr);
    window.resize(1280, 800);
    window.show();
    QCoreApplication::processEvents();

    ui::DocumentView *view = window.documentView();
    QSignalSpy painted(view, &ui::DocumentView::pageRendered);
    QAbstractItemModel *model = window.agendaTree()->model();
    const QModelIndexList found
        = model->match(model->index(0, 0), ui::AgendaModel::AgendaItemIdRole, QStringLiteral("i1"),
            1, Qt::MatchExactly | Qt::MatchRecursive);
    REQUIRE(found.size() == 1);
    window.agendaTree()->setCurrentIndex(found.first());
    Q_EMIT window.agendaTree()->activated(found.first());
    for (int i = 0; i < 100 && view->pageCount() == 0; ++i)
        QTest::qWait(100);
    REQUIRE(view->pageCount() == 2);
    for (int i = 0; i < 100 && painted.isEmpty(); ++i)
        painted.wait(100);
    CHECK_FALSE(painted.isEmpty());

    // Every page image of it carries the reader's watermark.
    REQUIRE(view->renderService());
    CHECK(view->renderService()->watermark().text().startsWith(
        QStringLiteral("Nguyễn Thị Hoa — Chủ tịch UBND xã — ")));
    const int page = painted.isEmpty() ? 0 : painted.first().first().toInt();
    const QImage shown = view->renderedPageImage(page).convertToFormat(QImage::Format_RGB32);
    REQUIRE_FALSE(shown.isNull());
    // Against the clear PDF rendered at the same size: white paper turned light grey.
    auto clearPdf = PdfDocument::open(pdfPath);
    REQUIRE(clearPdf.ok());
    PdfRenderOptions options;
    options.page = page;
    options.scale = shown.width() / clearPdf.value()->pageSize(page).width();
    // (Nearest pixels, to the view's size, which may round a pixel differently.)
    const QImage clear = clearPdf.value()
                             ->render(options)
                             .image.convertToFormat(QImage::Format_RGB32)
                             .scaled(shown.size(), Qt::IgnoreAspectRatio, Qt::FastTransformation);
    int grey = 0;
    for (int y = 0; y < shown.height(); ++y) {
        for (int x = 0; x < shown.width(); ++x) {
            const QRgb pixel = shown.pixel(x, y);
            grey += clear.pixel(x, y) == qRgb(255, 255, 255) && qRed(pixel) == qGreen(pixel)
                && qGreen(pixel) == qBlue(pixel) && qRed(pixel) >= 150 && qRed(pixel) < 250;
        }
    }
    CHECK(grey > 500);

    // The copy action is there, disabled, and says why.
    auto *copy = window.findChild<QAction *>(QStringLiteral("saveConfidentialCopy"));
    REQUIRE(copy);
    CHECK(copy->isVisible());
    CHECK_FALSE(copy->isEnabled());
    CHECK(copy->toolTip() == noExportMessage());
}

TEST_CASE("The agenda editor forbids export only of a confidential document", "[confidential][ui]")
{
    DraftMeeting draft;
    draft.id = QStringLiteral("hop-mat");
    draft.agenda << DraftAgendaItem { QStringLiteral("i1"), {}, QStringLiteral("Nhân sự"), {}, 0 };
    DraftDocument document;
    document.id = QStringLiteral("d1");
    document.agendaItemId = QStringLiteral("i1");
    document.title = QStringLiteral("Phương án nhân sự");
    document.confidential = true;
    draft.documents << document;
    ui::AgendaEditor editor;
    editor.setDraft(draft);
    editor.selectItem(QStringLiteral("i1"));
    editor.selectDocument(QStringLiteral("d1"));
    auto *noExport = editor.findChild<QCheckBox *>(QStringLiteral("documentNoExport"));
    REQUIRE(noExport);
    CHECK(noExport->isEnabled());
    CHECK_FALSE(noExport->isChecked());
    noExport->setChecked(true);
    editor.apply(draft);
    REQUIRE(draft.documents.size() == 1);
    CHECK(draft.documents.first().noExport);

    // Published in clear, the flag means nothing: the box is disabled and the manifest drops it.
    draft.documents.first().confidential = false;
    editor.setDraft(draft);
    editor.selectItem(QStringLiteral("i1"));
    editor.selectDocument(QStringLiteral("d1"));
    CHECK_FALSE(noExport->isEnabled());
}

TEST_CASE("The agenda editor keeps a confidential document's classification", "[confidential][ui]")
{
    DraftMeeting draft;
    draft.id = QStringLiteral("hop-mat");
    draft.agenda << DraftAgendaItem { QStringLiteral("i1"), {}, QStringLiteral("Nhân sự"), {}, 0 };
    DraftDocument document;
    document.id = QStringLiteral("d1");
    document.agendaItemId = QStringLiteral("i1");
    document.title = QStringLiteral("Phương án nhân sự");
    document.confidential = true;
    draft.documents << document;
    ui::AgendaEditor editor;
    editor.setDraft(draft);
    editor.selectItem(QStringLiteral("i1"));
    editor.selectDocument(QStringLiteral("d1"));
    auto *classification = editor.findChild<QComboBox *>(QStringLiteral("documentClassification"));
    REQUIRE(classification);
    CHECK(classification->isEnabled());
    // None given yet: the publication's default is shown.
    CHECK(classification->currentText() == QStringLiteral("Mật"));
    classification->setCurrentText(QStringLiteral("Nội bộ"));
    editor.apply(draft);
    REQUIRE(draft.documents.size() == 1);
    CHECK(draft.documents.first().classification == QStringLiteral("Nội bộ"));
    // The list says it too.
    auto *list = editor.findChild<QListWidget *>(QStringLiteral("documentList"));
    REQUIRE(list);
    REQUIRE(list->count() == 1);
    CHECK(list->item(0)->text().startsWith(QStringLiteral("[Nội bộ] ")));

    // Read back from a draft, and dropped with the mark.
    editor.setDraft(draft);
    editor.selectItem(QStringLiteral("i1"));
    editor.selectDocument(QStringLiteral("d1"));
    CHECK(classification->currentText() == QStringLiteral("Nội bộ"));
    auto *mark = editor.findChild<QCheckBox *>(QStringLiteral("documentConfidential"));
    REQUIRE(mark);
    mark->setChecked(false);
    editor.apply(draft);
    CHECK_FALSE(classification->isEnabled());
    CHECK(draft.documents.first().classification.isEmpty());
}
