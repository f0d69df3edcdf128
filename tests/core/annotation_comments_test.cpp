// "Ý kiến về tài liệu" (issue 4): delegates' signed comments travel through the outbox to the
// share; the secretary gathers them per document and exports CSV and PDF.
#include "meeting_core/annotations/documentcomments.h"
#include "meeting_core/pdf/pdfdocument.h"
#include "meeting_core/pdf/pdfpagetext.h"
#include "meeting_core/share/sharereader.h"
#include "meeting_core/store/database.h"
#include "meeting_core/store/outbox.h"
#include "meeting_core/trust/devicekey.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace phonghop;

namespace {
// Delivers what an outbox holds into the share the way sync does (devices/<id>/<name>).
void deliver(Outbox &outbox, const QString &shareRoot)
{
    for (const Outbox::Item &item : outbox.pending()) {
        test::writeFile(QDir(shareRoot).filePath(
                            QStringLiteral("devices/%1/%2").arg(item.deviceId, item.fileName)),
            item.bytes);
        outbox.markDelivered(item.id);
    }
}

DocumentComment comment(
    const QString &document, const QString &author, const QString &text, int minute)
{
    DocumentComment c;
    c.meetingId = QStringLiteral("hop-1");
    c.documentId = document;
    c.documentVersion = 2;
    c.page = 1;
    c.quote = QStringLiteral("nguồn vốn");
    c.text = text;
    c.authorName = author;
    c.createdAt = QDateTime(QDate(2026, 11, 20), QTime(9, minute), Qt::UTC);
    return c;
}
} // namespace

TEST_CASE("Comments of several delegates reach the share signed and are gathered per document",
    "[annotations][comments]")
{
    QTemporaryDir share;
    Database lanDb = Database::openInMemory();
    Database binhDb = Database::openInMemory();
    Outbox lanOutbox(lanDb);
    Outbox binhOutbox(binhDb);
    const SigningKey lan = SigningKey::generate();
    const SigningKey binh = SigningKey::generate();
    REQUIRE(submitDocumentComment(lanOutbox, lan,
        comment(QStringLiteral("to-trinh"), QStringLiteral("Nguyễn Thị Lan"),
            QStringLiteral("Đề nghị làm rõ nguồn vốn."), 5))
                .ok());
    REQUIRE(submitDocumentComment(binhOutbox, binh,
        comment(QStringLiteral("to-trinh"), QStringLiteral("Trần Văn Bình"),
            QStringLiteral("Đồng ý với tờ trình."), 3))
                .ok());
    REQUIRE(submitDocumentComment(binhOutbox, binh,
        comment(QStringLiteral("bao-cao"), QStringLiteral("Trần Văn Bình"),
            QStringLiteral("Số liệu quý III thiếu."), 4))
                .ok());
    CHECK_FALSE(submitDocumentComment(binhOutbox, binh,
        comment(QStringLiteral("x"), QStringLiteral("B"), QStringLiteral("  "), 1))
                    .ok());
    CHECK(lanOutbox.pendingCount() == 1); // durable before any sync
    deliver(lanOutbox, share.path());
    deliver(binhOutbox, share.path());

    // A record copied into another delegate's folder is not counted as theirs.
    const QString lanFolder = QStringLiteral("devices/%1").arg(deviceIdOf(lan.publicKey()));
    const QString binhFolder = QStringLiteral("devices/%1").arg(deviceIdOf(binh.publicKey()));
    const QStringList lanFiles
        = QDir(QDir(share.path()).filePath(lanFolder)).entryList(QDir::Files);
    REQUIRE(lanFiles.size() == 1);
    QFile::copy(QDir(share.path()).filePath(lanFolder + u'/' + lanFiles.first()),
        QDir(share.path()).filePath(binhFolder + QStringLiteral("/comment-forged.json")));
    // A damaged record is skipped.
    test::writeFile(
        QDir(share.path()).filePath(binhFolder + QStringLiteral("/comment-damaged.json")),
        "{not json");

    const ShareReader reader(share.path());
    const QVector<DocumentComment> gathered
        = gatherDocumentComments(reader, QStringLiteral("hop-1"), QStringLiteral("to-trinh"));
    REQUIRE(gathered.size() == 2);
    CHECK(gathered[0].authorName == QStringLiteral("Trần Văn Bình")); // oldest first
    CHECK(gathered[1].text == QStringLiteral("Đề nghị làm rõ nguồn vốn."));
    CHECK(gathered[1].deviceId == deviceIdOf(lan.publicKey()));
    CHECK(gathered[1].page == 1);

    QTemporaryDir out;
    const QString csvPath = out.filePath(QStringLiteral("y-kien.csv"));
    REQUIRE(exportCommentsCsv(gathered, csvPath).ok());
    const QString csv = QString::fromUtf8(test::readFile(csvPath));
    CHECK(test::readFile(csvPath).startsWith(
        "\xEF\xBB\xBF")); // the BOM spreadsheet programs look for
    CHECK(csv.contains(QStringLiteral("\"Đề nghị làm rõ nguồn vốn.\"")));
    CHECK(csv.count(QStringLiteral("\r\n")) == 3);

    const QString pdfPath = out.filePath(QStringLiteral("y-kien.pdf"));
    REQUIRE(exportCommentsPdf(gathered, QStringLiteral("Tờ trình dự án"), pdfPath).ok());
    auto pdf = PdfDocument::open(pdfPath);
    REQUIRE(pdf.ok());
    const QString text = PdfPageText(pdf.value()->textBoxes(0)).text();
    CHECK(text.contains(QStringLiteral("Trần Văn Bình")));
    CHECK(text.contains(QStringLiteral("nguồn")));

    // A folder that is a file cannot take the export: a message, no file.
    const QString blocked = out.filePath(QStringLiteral("tep"));
    test::writeFile(blocked, "x");
    CHECK_FALSE(exportCommentsCsv(gathered, blocked + QStringLiteral("/y-kien.csv")).ok());
}
