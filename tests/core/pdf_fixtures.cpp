#include "pdf_fixtures.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QFile>
#include <QFont>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QThread>

namespace phonghop::test::pdf {

QString vietnameseSentence()
{
    return QStringLiteral("Quyết định số 01/2019/QĐ-UBND về đề án");
}

void writeTextPdf(const QString &path, int pages)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(72);
    writer.setTitle(QStringLiteral("Tờ trình thử nghiệm"));
    QPainter painter(&writer);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(14);
    painter.setFont(font);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        painter.drawText(QPointF(60, 80), QStringLiteral("Trang %1").arg(i + 1));
        painter.drawText(QPointF(60, 120), vietnameseSentence());
        painter.drawText(
            QPointF(60, 150), QStringLiteral("Ủy ban nhân dân tỉnh đề nghị Hội đồng xem xét."));
        painter.fillRect(QRectF(60, 200, 300, 40), QColor(30, 60, 120));
    }
}

void writeMixedSizePdf(const QString &path, int pages, const QList<int> &landscapePages)
{
    QPdfWriter writer(path);
    writer.setResolution(72);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    auto orientation = [&](int page) {
        return landscapePages.contains(page) ? QPageLayout::Landscape : QPageLayout::Portrait;
    };
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), orientation(0), QMarginsF(0, 0, 0, 0)));
    QPainter painter(&writer);
    for (int i = 0; i < pages; ++i) {
        if (i > 0) {
            writer.setPageLayout(
                QPageLayout(QPageSize(QPageSize::A4), orientation(i), QMarginsF(0, 0, 0, 0)));
            writer.newPage();
        }
        painter.fillRect(QRectF(40, 40, 200, 60), QColor(30, 60, 120));
    }
}

void writeHugePagePdf(const QString &path)
{
    QPdfWriter writer(path);
    writer.setPageSize(
        QPageSize(QSizeF(14400, 14400), QPageSize::Point, QString(), QPageSize::ExactMatch));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(72);
    QPainter painter(&writer);
    painter.fillRect(QRectF(0, 0, 7200, 7200), Qt::darkGreen);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(400);
    painter.setFont(font);
    painter.drawText(QPointF(500, 9000), vietnameseSentence());
}

void writeSlowPdf(const QString &path, int shapesPerPage)
{
    writeShapesPdf(path, { shapesPerPage, shapesPerPage });
}

void writeShapesPdf(const QString &path, const QList<int> &shapesPerPage)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(72);
    QPainter painter(&writer);
    painter.setRenderHint(QPainter::Antialiasing);
    QRandomGenerator random(42);
    for (qsizetype page = 0; page < shapesPerPage.size(); ++page) {
        if (page > 0)
            writer.newPage();
        for (int i = 0; i < shapesPerPage.at(page); ++i) {
            painter.setBrush(QColor::fromRgb(random.generate() | 0xff000000u));
            painter.setPen(Qt::NoPen);
            const double x = random.bounded(540.0);
            const double y = random.bounded(780.0);
            painter.drawEllipse(QRectF(x, y, 2 + random.bounded(30.0), 2 + random.bounded(30.0)));
        }
    }
}

void writeTruncatedPdf(const QString &path, double keepFraction)
{
    writeTextPdf(path, 5);
    QFile file(path);
    file.open(QIODevice::ReadWrite);
    file.resize(static_cast<qint64>(file.size() * keepFraction));
}

namespace {
QByteArray rc4(const QByteArray &key, const QByteArray &data)
{
    unsigned char state[256];
    for (int i = 0; i < 256; ++i)
        state[i] = static_cast<unsigned char>(i);
    for (int i = 0, j = 0; i < 256; ++i) {
        j = (j + state[i] + static_cast<unsigned char>(key.at(i % key.size()))) & 0xff;
        std::swap(state[i], state[j]);
    }
    QByteArray out = data;
    for (qsizetype k = 0, i = 0, j = 0; k < out.size(); ++k) {
        i = (i + 1) & 0xff;
        j = (j + state[i]) & 0xff;
        std::swap(state[i], state[j]);
        out[k] = static_cast<char>(out.at(k) ^ state[(state[i] + state[j]) & 0xff]);
    }
    return out;
}

QByteArray md5(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Md5);
}

// PDF 1.7, 7.6.3.3: passwords are padded (or cut) to 32 bytes with this string.
QByteArray padded(const QByteArray &password)
{
    static const unsigned char padding[32] = { 0x28, 0xBF, 0x4E, 0x5E, 0x4E, 0x75, 0x8A, 0x41, 0x64,
        0x00, 0x4E, 0x56, 0xFF, 0xFA, 0x01, 0x08, 0x2E, 0x2E, 0x00, 0xB6, 0xD0, 0x68, 0x3E, 0x80,
        0x2F, 0x0C, 0xA9, 0xFE, 0x64, 0x53, 0x69, 0x7A };
    return (password.left(32) + QByteArray(reinterpret_cast<const char *>(padding), 32)).left(32);
}
} // namespace

void writeEncryptedPdf(const QString &path, const QByteArray &userPassword)
{
    const QByteArray ownerPassword("chu-tich");
    const QByteArray id = md5("phonghop-test-id");
    const qint32 permissions = -4;
    // Algorithm 3 (O), 2 (file key) and 4 (U), revision 2, 40-bit keys.
    const QByteArray owner = rc4(md5(padded(ownerPassword)).left(5), padded(userPassword));
    QByteArray keyInput = padded(userPassword) + owner;
    for (int i = 0; i < 4; ++i)
        keyInput.append(static_cast<char>((static_cast<quint32>(permissions) >> (8 * i)) & 0xff));
    keyInput += id;
    const QByteArray fileKey = md5(keyInput).left(5);
    const QByteArray user = rc4(fileKey, padded(QByteArray()));
    // Algorithm 1: each object's key mixes in its number (4) and generation (0).
    const QByteArray objectKey = md5(fileKey + QByteArray("\x04\x00\x00\x00\x00", 5)).left(10);
    const QByteArray content = rc4(objectKey, "0.1 0.2 0.6 rg 50 400 400 300 re f\n");

    QByteArray pdf("%PDF-1.4\n");
    QVector<qsizetype> offsets;
    auto object = [&](const QByteArray &body) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(offsets.size()) + " 0 obj\n" + body + "\nendobj\n";
    };
    object("<< /Type /Catalog /Pages 2 0 R >>");
    object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
    object(
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>");
    object("<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content
        + "\nendstream");
    object("<< /Filter /Standard /V 1 /R 2 /O <" + owner.toHex() + "> /U <" + user.toHex() + "> /P "
        + QByteArray::number(permissions) + " >>");
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(offsets.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(offsets.size() + 1)
        + " /Root 1 0 R /Encrypt 5 0 R /ID [<" + id.toHex() + "> <" + id.toHex()
        + ">] >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(pdf);
}

namespace {
// A hand-made PDF: objects numbered from 1 in the order given, then the xref and trailer.
QByteArray assemblePdf(const QList<QByteArray> &objects, const QByteArray &trailerExtra)
{
    QByteArray pdf("%PDF-1.4\n");
    QVector<qsizetype> offsets;
    for (const QByteArray &body : objects) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(offsets.size()) + " 0 obj\n" + body + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(offsets.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(offsets.size() + 1) + " /Root 1 0 R "
        + trailerExtra + " >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

QByteArray pdfTextString(const QString &text)
{
    QByteArray utf16("\xFE\xFF", 2);
    for (QChar c : text) {
        utf16.append(static_cast<char>(c.unicode() >> 8));
        utf16.append(static_cast<char>(c.unicode() & 0xff));
    }
    return "<" + utf16.toHex() + ">";
}
} // namespace

void writeOutlinedPdf(const QString &path)
{
    const QByteArray content("0.8 0.1 0.1 rg 100 600 300 100 re f\n");
    const QByteArray page(
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 9 0 R /Resources << >> >>");
    const QList<QByteArray> objects {
        "<< /Type /Catalog /Pages 2 0 R /Outlines 6 0 R >>",
        "<< /Type /Pages /Kids [3 0 R 4 0 R 5 0 R] /Count 3 >>",
        page,
        page,
        page,
        "<< /Type /Outlines /First 7 0 R /Last 8 0 R /Count 2 >>",
        "<< /Title " + pdfTextString(QStringLiteral("Phần I: Tổng quan"))
            + " /Parent 6 0 R /Next 8 0 R /Dest [4 0 R /XYZ 0 421 0] >>",
        "<< /Title " + pdfTextString(QStringLiteral("Phần II: Đề án"))
            + " /Parent 6 0 R /Prev 7 0 R /Dest [5 0 R /Fit] >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content
            + "\nendstream",
    };
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(assemblePdf(objects, QByteArray()));
}

void writeGarbage(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    QRandomGenerator random(7);
    QByteArray bytes(64 * 1024, '\0');
    for (char &c : bytes)
        c = static_cast<char>(random.bounded(256));
    file.write(bytes);
}

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(2);
    }
    return done();
}

} // namespace phonghop::test::pdf
