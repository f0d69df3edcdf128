#include "documentgenerator.h"

#include "meeting_core/pdf/administrativedocument.h"
#include "meeting_core/pdf/pdfdocument.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QImage>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QTransform>

namespace phonghop::documentgenerator {

namespace {

// The context of this file's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::DocumentGenerator)
};

const QStringList &sentences()
{
    static const QStringList list = {
        QStringLiteral("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật "
                       "sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức "
                       "chính quyền địa phương ngày 22 tháng 11 năm 2019."),
        QStringLiteral("Thực hiện Nghị quyết của Hội đồng nhân dân tỉnh về kế hoạch phát triển "
                       "kinh tế - xã hội năm 2027, Ủy ban nhân dân tỉnh đã chỉ đạo các sở, ban, "
                       "ngành và địa phương triển khai đồng bộ các giải pháp."),
        QStringLiteral("Tổng vốn đầu tư công dự kiến là 4.215,6 tỷ đồng, trong đó vốn ngân sách "
                       "trung ương 1.870 tỷ đồng, vốn ngân sách địa phương 2.345,6 tỷ đồng."),
        QStringLiteral("Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP) ước đạt 7,2%, vượt "
                       "0,4 điểm phần trăm so với kế hoạch đề ra."),
        QStringLiteral("Công tác cải cách hành chính tiếp tục được đẩy mạnh; tỷ lệ hồ sơ thủ tục "
                       "hành chính được giải quyết trực tuyến toàn trình đạt 68,5%."),
        QStringLiteral("Đề nghị các đồng chí thành viên Ủy ban nhân dân tỉnh nghiên cứu, cho ý "
                       "kiến đối với dự thảo Quyết định trước ngày họp."),
        QStringLiteral("Sở Tài chính chủ trì, phối hợp với Sở Kế hoạch và Đầu tư rà soát, cân đối "
                       "nguồn vốn, bảo đảm đúng quy định của Luật Đầu tư công."),
        QStringLiteral("Việc giải phóng mặt bằng dự án đường tỉnh 397 còn chậm do vướng mắc trong "
                       "công tác xác định nguồn gốc đất và đơn giá bồi thường."),
        QStringLiteral("Ủy ban nhân dân các huyện, thị xã, thành phố có trách nhiệm chỉ đạo Ủy ban "
                       "nhân dân cấp xã niêm yết công khai danh sách các hộ được hỗ trợ."),
        QStringLiteral(
            "Chương trình chuyển đổi số giai đoạn 2026 - 2030 xác định phòng họp không giấy là "
            "nhiệm vụ trọng tâm, góp phần tiết kiệm chi phí in ấn và thời gian chuẩn bị tài liệu."),
        QStringLiteral("Thu ngân sách nhà nước trên địa bàn ước đạt 12.480 tỷ đồng, bằng 104,3% dự "
                       "toán Trung ương giao và tăng 8,1% so với cùng kỳ."),
        QStringLiteral("Quyết định số 01/2019/QĐ-UBND về đề án sắp xếp đơn vị hành chính cấp "
                       "huyện, cấp xã được tổ chức thực hiện nghiêm túc, đúng lộ trình."),
        QStringLiteral("Đảng ủy, chính quyền các cấp đã tập trung lãnh đạo, chỉ đạo bảo đảm quốc "
                       "phòng, an ninh và trật tự, an toàn xã hội trên địa bàn."),
        QStringLiteral("Số doanh nghiệp thành lập mới là 1.126 doanh nghiệp với tổng vốn đăng ký "
                       "15.732 tỷ đồng; số doanh nghiệp quay trở lại hoạt động là 412."),
        QStringLiteral("Giao Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc việc thực hiện và "
                       "tổng hợp, báo cáo kết quả theo định kỳ hằng quý."),
        QStringLiteral("Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm còn 2,9%; công tác bảo đảm "
                       "an sinh xã hội, chăm lo người có công được thực hiện kịp thời, đầy đủ."),
    };
    return list;
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// The heading of Decree 30: a department's document names its committee above it.
QString headerHtml(const GeneratedDocument &d)
{
    AdministrativeHeading heading;
    heading.parentAgency = d.issuingUnit.isEmpty() ? QString() : d.agency;
    heading.agency = d.issuingUnit.isEmpty() ? d.agency : d.issuingUnit;
    heading.number = d.number;
    heading.placeAndDate = d.placeAndDate;
    heading.kindTitle = d.kindTitle;
    heading.subject = d.subject;
    return administrativedocument::headingHtml(heading);
}

// The signature on the right: the signer's capacity over the title ("TM. ỦY BAN NHÂN DÂN" /
// "CHỦ TỊCH"), bold capitals, then the name.
QString signatureHtml(const GeneratedDocument &d)
{
    QStringList title;
    for (const QString &line : d.signerTitle.split(u'\n'))
        title << escaped(line);
    return QStringLiteral(
               "<table width=\"100%\" style=\"margin-top:12px\"><tr><td width=\"50%\"></td>"
               "<td width=\"50%\" align=\"center\"><b>")
        + title.join(QStringLiteral("<br/>"))
        + QStringLiteral("</b><br/><i>(Đã ký)</i><br/><br/><br/><b>") + escaped(d.signerName)
        + QStringLiteral("</b></td></tr></table>");
}

// Paragraphs for the body: the document's own, then generated ones up to `wanted` in all.
QStringList bodyParagraphsUpTo(const GeneratedDocument &d, int wanted)
{
    QStringList body = d.paragraphs;
    if (body.size() < wanted)
        body += vietnameseParagraphs(static_cast<int>(wanted - body.size()), d.seed);
    return body;
}

// The same, up to the page goal, given how many generated paragraphs fill a page.
QStringList bodyParagraphs(const GeneratedDocument &d, int paragraphsPerPage)
{
    return bodyParagraphsUpTo(d, d.minimumPages * paragraphsPerPage + 2);
}

Status finish(QPdfWriter &writer, QPainter &painter, const QString &path)
{
    painter.end();
    Q_UNUSED(writer);
    if (!QFileInfo::exists(path) || QFileInfo(path).size() == 0)
        return Status::failure(Tr::tr("Cannot write %1").arg(path));
    return Status::success();
}

} // namespace

QStringList vietnameseParagraphs(int count, quint32 seed)
{
    QRandomGenerator random(seed);
    QStringList paragraphs;
    const QStringList &all = sentences();
    for (int i = 0; i < count; ++i) {
        QStringList paragraph;
        const int length = 3 + static_cast<int>(random.bounded(3));
        for (int s = 0; s < length; ++s)
            paragraph << all.at(static_cast<int>(random.bounded(static_cast<quint32>(all.size()))));
        if (i % 9 == 0)
            paragraphs << QStringLiteral("Mục %1. Tình hình thực hiện nhiệm vụ").arg(i / 9 + 1);
        paragraphs << paragraph.join(u' ');
    }
    return paragraphs;
}

namespace {

Status writeTextDocumentWith(const QString &path, const GeneratedDocument &d, int paragraphs)
{
    QString html = headerHtml(d);
    const QString indent = administrativedocument::indentStyle();
    int section = 0;
    for (const QString &paragraph : bodyParagraphsUpTo(d, paragraphs)) {
        const bool heading = paragraph.startsWith(QStringLiteral("Mục "));
        // The document's own paragraphs and the generated ones each number their sections from
        // 1: numbered again here, in order.
        html += heading ? QStringLiteral("<p><b>Mục %1.%2</b></p>")
                              .arg(++section)
                              .arg(escaped(paragraph.section(u'.', 1)))
                        : QStringLiteral("<p align=\"justify\" style=\"%1\">").arg(indent)
                + escaped(paragraph) + QStringLiteral("</p>");
    }
    html += signatureHtml(d);
    if (!administrativedocument::writePdf(path, d.kindTitle + u' ' + d.subject, html))
        return Status::failure(Tr::tr("Cannot write %1").arg(path));
    return Status::success();
}

} // namespace

Status writeTextDocument(const QString &path, const GeneratedDocument &d)
{
    // Five generated paragraphs fill an A4 page in 13 pt DejaVu Serif. The page is set in Times
    // New Roman (or its metric twin Liberation Serif) where the machine has it, which fits more
    // on a page: the pages are counted, and a document short of its goal is written once more
    // with as much more text as it lacked, and a twentieth for the paragraphs' varying lengths.
    const int paragraphs = d.minimumPages * 5 + 2;
    if (Status written = writeTextDocumentWith(path, d, paragraphs);
        !written.ok() || d.minimumPages <= 1)
        return written;
    auto pdf = PdfDocument::open(path);
    if (!pdf.ok())
        return Status::failure(pdf.error());
    const int pages = pdf.value()->pageCount();
    if (pages >= d.minimumPages || pages == 0)
        return Status::success();
    const int more = paragraphs * d.minimumPages / pages;
    return writeTextDocumentWith(path, d, more + more / 20);
}

Status writeScannedDocument(const QString &path, const GeneratedDocument &d, int pages, int dpi)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(dpi);
    writer.setTitle(d.kindTitle + u' ' + d.subject);
    writer.setCreator(QStringLiteral("PhòngHọp (scan)"));

    const QSize pixels(qRound(210.0 / 25.4 * dpi), qRound(297.0 / 25.4 * dpi));
    const QStringList body = bodyParagraphs(d, 4);
    QRandomGenerator random(d.seed);
    QPainter pdf(&writer);
    if (!pdf.isActive())
        return Status::failure(Tr::tr("Cannot write %1").arg(path));
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        QImage scan(pixels, QImage::Format_Grayscale8);
        scan.fill(QColor(246, 244, 240));
        {
            QPainter ink(&scan);
            ink.setRenderHint(QPainter::Antialiasing);
            ink.setRenderHint(QPainter::TextAntialiasing);
            // A scanner never feeds paper perfectly straight.
            const double skew = (random.bounded(100) - 50) / 100.0;
            ink.translate(pixels.width() / 2.0, pixels.height() / 2.0);
            ink.rotate(skew);
            ink.translate(-pixels.width() / 2.0, -pixels.height() / 2.0);
            ink.setPen(QColor(35, 35, 35));
            QFont font(QStringLiteral("DejaVu Serif"));
            font.setPixelSize(dpi * 12 / 72);
            ink.setFont(font);
            const int margin = dpi * 25 / 25;
            QRect area(margin + dpi / 4, margin, pixels.width() - 2 * margin,
                pixels.height() - 2 * margin);
            if (page == 0) {
                QFont bold = font;
                bold.setBold(true);
                ink.setFont(bold);
                ink.drawText(area, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                    d.agency + u'\n' + d.number + QStringLiteral("\n\n") + d.kindTitle + u'\n'
                        + d.subject);
                area.setTop(area.top() + dpi * 2);
                ink.setFont(font);
            }
            const int perPage = 5;
            QStringList pageText;
            for (int i = 0; i < perPage; ++i)
                pageText << body.at((page * perPage + i) % body.size());
            ink.drawText(
                area, Qt::AlignJustify | Qt::TextWordWrap, pageText.join(QStringLiteral("\n\n")));
            ink.drawText(QRect(0, pixels.height() - dpi, pixels.width(), dpi / 2), Qt::AlignCenter,
                QString::number(page + 1));
            if (page == 0) {
                // The red stamp, grey on a greyscale scan.
                ink.setPen(QPen(QColor(110, 110, 110), dpi / 40));
                ink.drawEllipse(QPoint(pixels.width() * 2 / 3, pixels.height() - dpi * 3),
                    dpi * 2 / 3, dpi * 2 / 3);
            }
        }
        // Paper grain and dust: sparse specks keep the JPEG realistic in size.
        uchar *bits = scan.bits();
        const qsizetype total = scan.sizeInBytes();
        for (int speck = 0; speck < pixels.width() * 8; ++speck) {
            const qsizetype at
                = static_cast<qsizetype>(random.bounded(static_cast<quint32>(total)));
            bits[at] = static_cast<uchar>(bits[at] > 128 ? 200 + random.bounded(40) : 90);
        }
        pdf.drawImage(QRect(QPoint(0, 0), pixels), scan);
    }
    return finish(writer, pdf, path);
}

} // namespace phonghop::documentgenerator
