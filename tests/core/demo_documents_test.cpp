// The demo share's generated documents, read back through Poppler: laid out after Decree
// 30/2020/NĐ-CP like the minutes (national heading on one line, the agencies on the left).
#include "pdf_reading.h"

#include "meeting_core/demo/demoshare.h"
#include "meeting_core/demo/documentgenerator.h"
#include "meeting_core/pdf/pdfdocument.h"

#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>

using namespace phonghop;
using namespace phonghop::test;

namespace {
// The first document of the demo: a department's submission under the provincial committee.
GeneratedDocument submission()
{
    GeneratedDocument d;
    d.agency = QStringLiteral("ỦY BAN NHÂN DÂN TỈNH SƠN HÀ");
    d.issuingUnit = QStringLiteral("SỞ KẾ HOẠCH VÀ ĐẦU TƯ");
    d.number = QStringLiteral("Số: 215/TTr-SKHĐT");
    d.placeAndDate = QStringLiteral("Sơn Hà, ngày 20 tháng 11 năm 2026");
    d.kindTitle = QStringLiteral("TỜ TRÌNH");
    d.subject = QStringLiteral("Về kế hoạch đầu tư công năm 2027");
    d.paragraphs = documentgenerator::vietnameseParagraphs(2, 1011);
    d.minimumPages = 4;
    d.seed = 11;
    d.signerTitle = QStringLiteral("GIÁM ĐỐC");
    d.signerName = QStringLiteral("Phạm Thị Dung");
    return d;
}

void keepForScreenshot(const QString &path, const QString &name)
{
    if (const QByteArray keep = qgetenv("PHONGHOP_SCREENSHOT_DIR"); !keep.isEmpty())
        QFile::copy(path, QString::fromLocal8Bit(keep) + u'/' + name);
}

bool onOneLine(const QVector<PdfTextBox> &words)
{
    if (words.isEmpty())
        return false;
    for (const PdfTextBox &word : words)
        if (std::abs(word.rect.bottom() - words.first().rect.bottom()) >= 1.0)
            return false;
    return true;
}
} // namespace

TEST_CASE("A generated document prints the national heading on one line and the committee above "
          "its department on the left")
{
    const GeneratedDocument document = submission();
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("to-trinh.pdf"));
    REQUIRE(documentgenerator::writeTextDocument(path, document).ok());
    keepForScreenshot(path, QStringLiteral("to-trinh.pdf"));
    checkHeading(path, QStringLiteral("ỦY"));

    auto doc = PdfDocument::open(path);
    REQUIRE(doc.ok());
    const QVector<PdfTextBox> boxes = doc.value()->textBoxes(0);
    const QRectF national = united(
        consecutiveWords(boxes, QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").split(u' ')));
    // The committee's name breaks between its kind and its place, never inside the place.
    const QVector<PdfTextBox> committee
        = consecutiveWords(boxes, QStringLiteral("ỦY BAN NHÂN DÂN").split(u' '));
    const QVector<PdfTextBox> province
        = consecutiveWords(boxes, QStringLiteral("TỈNH SƠN HÀ").split(u' '));
    const QVector<PdfTextBox> department
        = consecutiveWords(boxes, QStringLiteral("SỞ KẾ HOẠCH VÀ ĐẦU TƯ").split(u' '));
    const QVector<PdfTextBox> number
        = consecutiveWords(boxes, QStringLiteral("Số: 215/TTr-SKHĐT").split(u' '));
    const QVector<PdfTextBox> date
        = consecutiveWords(boxes, QStringLiteral("Sơn Hà, ngày 20 tháng 11 năm 2026").split(u' '));
    CHECK(onOneLine(committee));
    CHECK(onOneLine(province));
    CHECK(onOneLine(number));
    CHECK(onOneLine(date));
    // Top to bottom on the left: committee, province, department (in DejaVu Serif on two
    // lines), number; all left of the heading.
    CHECK(united(province).top() >= united(committee).bottom() - 1);
    CHECK(united(department).top() >= united(province).bottom() - 1);
    CHECK(united(number).top() > united(department).bottom());
    for (const QRectF &left :
        { united(committee), united(province), united(department), united(number) })
        CHECK(left.right() < national.left());
    // Centred in their column, one under the other.
    CHECK(std::abs(united(department).center().x() - united(committee).center().x()) < 3);
    // The place and date on the right, below the motto; the title below everything.
    CHECK(united(date).left() > united(number).right());
    CHECK(united(date).top() > national.bottom());
    const QVector<PdfTextBox> title
        = consecutiveWords(boxes, { QStringLiteral("TỜ"), QStringLiteral("TRÌNH") });
    const QVector<PdfTextBox> subject
        = consecutiveWords(boxes, QStringLiteral("Về kế hoạch đầu tư công năm 2027").split(u' '));
    CHECK(onOneLine(subject));
    CHECK(united(title).top() > united(number).bottom());
    CHECK(united(subject).top() > united(title).bottom() - 1);

    const QString text = pdfText(path);
    CHECK(text.contains(QStringLiteral("Căn cứ Luật Tổ chức chính quyền địa phương")));
    CHECK(text.contains(QStringLiteral("GIÁM ĐỐC")));
    CHECK(text.contains(QStringLiteral("Phạm Thị Dung")));
    CHECK(doc.value()->pageCount() >= document.minimumPages);
    // The document's own section and the generated ones are numbered on from each other.
    CHECK(text.count(QStringLiteral("Mục 1.")) == 1);
    CHECK(text.contains(QStringLiteral("Mục 2. Tình hình thực hiện nhiệm vụ")));
}

TEST_CASE("A generated document reaches the number of pages asked for")
{
    GeneratedDocument document = submission();
    document.minimumPages = 40; // the benchmarks' long document
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("bao-cao.pdf"));
    REQUIRE(documentgenerator::writeTextDocument(path, document).ok());
    auto doc = PdfDocument::open(path);
    REQUIRE(doc.ok());
    CHECK(doc.value()->pageCount() >= 40);
    CHECK(doc.value()->pageCount() <= 48); // not far beyond: the benchmarks count on the size
}

TEST_CASE("Every text document of the demo share prints its national heading on one line and the "
          "agency on the left")
{
    QTemporaryDir share;
    REQUIRE(demoshare::write(share.path()).ok());
    int textDocuments = 0;
    QDirIterator objects(
        share.filePath(QStringLiteral("objects")), QDir::Files, QDirIterator::Subdirectories);
    while (objects.hasNext()) {
        const QString path = objects.next();
        auto doc = PdfDocument::open(path);
        if (!doc.ok() || doc.value()->textBoxes(0).isEmpty())
            continue; // not a PDF, or a scan without a text layer
        ++textDocuments;
        INFO(path.toStdString() << ", " << doc.value()->pageCount() << " pages");
        checkHeading(path, QStringLiteral("ỦY"));
        keepForScreenshot(path, QStringLiteral("demo-%1.pdf").arg(textDocuments));
    }
    CHECK(textDocuments == 9); // and two scans
}
