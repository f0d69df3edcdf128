#include "publish_fixtures.h"

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QTimeZone>
#include <catch2/catch.hpp>

namespace phonghop::test::publish {

void writePdf(const QString &path, const QString &text)
{
    REQUIRE(QDir().mkpath(QFileInfo(path).absolutePath()));
    QPdfWriter writer(path);
    writer.setTitle(text);
    QPainter painter(&writer);
    painter.setFont(QFont(QStringLiteral("DejaVu Sans"), 14));
    painter.drawText(QRectF(0, 0, writer.width(), writer.height()), Qt::TextWordWrap, text);
    painter.end();
    REQUIRE(QFileInfo(path).size() > 0);
}

void writePaddedPdf(const QString &path, qint64 size, quint32 seed)
{
    QByteArray pdf("%PDF-1.4\n");
    QList<qint64> offsets;
    auto object = [&](const QByteArray &body) {
        offsets << pdf.size();
        pdf += QByteArray::number(offsets.size()) + " 0 obj\n" + body + "\nendobj\n";
    };
    object("<< /Type /Catalog /Pages 2 0 R >>");
    object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
    object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>");
    const QByteArray padding = test::pseudoRandomBytes(std::max<qint64>(0, size - 600), seed);
    object("<< /Length " + QByteArray::number(padding.size()) + " >>\nstream\n" + padding
        + "\nendstream");
    const qint64 xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(offsets.size() + 1) + "\n0000000000 65535 f \n";
    for (qint64 offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(offsets.size() + 1)
        + " /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    test::writeFile(path, pdf);
}

DraftMeeting validDraft(const QString &folder, const QString &meetingId)
{
    DraftMeeting d;
    d.id = meetingId;
    d.title = QStringLiteral("Phiên họp thường kỳ tháng 12 năm 2026");
    d.meetingType = QStringLiteral("phien-hop-thuong-ky");
    d.organisation = QStringLiteral("UBND xã Tân Phú");
    d.hostUnit = QStringLiteral("Văn phòng HĐND và UBND xã");
    d.location = QStringLiteral("Phòng họp tầng 2");
    const QTimeZone vietnam(7 * 3600);
    d.start = QDateTime(QDate(2026, 12, 18), QTime(8, 0), vietnam);
    d.end = QDateTime(QDate(2026, 12, 18), QTime(11, 0), vietnam);
    d.chairName = QStringLiteral("Nguyễn Văn Ánh");
    d.participants = {
        { QStringLiteral("p-anh"), QStringLiteral("Nguyễn Văn Ánh"),
            QStringLiteral("Chủ tịch UBND xã"), Role::Chair, 1.0, {} },
        { QStringLiteral("p-tuyet"), QStringLiteral("Trần Thị Tuyết"),
            QStringLiteral("Công chức Văn phòng"), Role::Secretary, 0.0, {} },
        { QStringLiteral("p-duc"), QStringLiteral("Lê Đức Thọ"), QStringLiteral("Phó Chủ tịch"),
            Role::Delegate, 1.0, {} },
    };
    d.agenda = {
        { QStringLiteral("i1"), {}, QStringLiteral("Kinh tế - xã hội"), {}, 0 },
        { QStringLiteral("i2"), QStringLiteral("i1"),
            QStringLiteral("Báo cáo tình hình kinh tế - xã hội năm 2026"),
            QStringLiteral("Phó Chủ tịch Lê Đức Thọ"), 30 },
        { QStringLiteral("i3"), QStringLiteral("i1"), QStringLiteral("Dự thảo kế hoạch năm 2027"),
            {}, 20 },
        { QStringLiteral("i4"), {}, QStringLiteral("Công tác cán bộ"), {}, 15 },
    };
    const QStringList titles = { QStringLiteral("Báo cáo số 45/BC-UBND"),
        QStringLiteral("Dự thảo Kế hoạch 2027"), QStringLiteral("Tờ trình về nhân sự") };
    const QStringList items = { QStringLiteral("i2"), QStringLiteral("i3"), QStringLiteral("i4") };
    for (int i = 0; i < 3; ++i) {
        DraftDocument document;
        document.id = QStringLiteral("d%1").arg(i + 1);
        document.agendaItemId = items.at(i);
        document.title = titles.at(i);
        document.kind = QStringLiteral("bao-cao");
        document.issuingBody = QStringLiteral("UBND xã Tân Phú");
        document.filePath = QDir(folder).filePath(QStringLiteral("tai-lieu-%1.pdf").arg(i + 1));
        document.fileName = QFileInfo(document.filePath).fileName();
        writePdf(document.filePath, titles.at(i) + QStringLiteral(" — nội dung có dấu tiếng Việt"));
        d.documents << document;
    }
    return d;
}

} // namespace phonghop::test::publish
