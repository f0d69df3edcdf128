// phonghop-bench viewer --generate DIR: the documents the viewer benchmark opens (text-500,
// scans-40, mixed-55, book-360).
#include "bench/viewerbench.h"

#include <QColor>
#include <QDir>
#include <QFont>
#include <QImage>
#include <QLinearGradient>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRadialGradient>
#include <QRandomGenerator>
#include <algorithm>

namespace phonghop::bench::viewer {

namespace {

const QString sentence = QStringLiteral(
    "Căn cứ Luật Tổ chức chính quyền địa phương, Ủy ban nhân dân tỉnh trình Hội đồng nhân dân "
    "xem xét, quyết định đề án phát triển kinh tế – xã hội giai đoạn 2021–2025; đề nghị các sở, "
    "ban, ngành phối hợp thực hiện.");

// Page 1 of every generated file carries a red seal (con dấu) in its top-left corner, which
// every viewer shows at once at its default zoom and window size; no viewer's chrome has that red.
// The launch measurement looks for it.
void drawSeal(QPainter &painter, QPointF centre, double radius)
{
    painter.save();
    painter.setPen(QPen(QColor(220, 20, 30), radius / 8));
    painter.setBrush(QColor(220, 20, 30, 255));
    painter.drawEllipse(centre, radius, radius);
    painter.restore();
}

void writeTextPage(QPainter &painter, int pageNumber, double width)
{
    QFont font(QStringLiteral("DejaVu Serif"));
    font.setPixelSize(11);
    painter.setFont(font);
    painter.setPen(Qt::black);
    QFont title = font;
    title.setBold(true);
    title.setPixelSize(14);
    painter.setFont(title);
    painter.drawText(QRectF(60, 50, width - 120, 20), Qt::AlignCenter,
        QStringLiteral("BÁO CÁO TỔNG HỢP – TRANG %1").arg(pageNumber));
    painter.setFont(font);
    double y = 90;
    for (int paragraph = 0; y < 780; ++paragraph) {
        const QRectF box(60, y, width - 120, 60);
        painter.drawText(
            box, Qt::TextWordWrap, QStringLiteral("%1. ").arg(paragraph + 1) + sentence);
        y += 58;
    }
}

QImage scannedPage(int pageNumber, QRandomGenerator &random)
{
    // A4 at 300 dpi, greyish paper with noise and slightly rotated text, like a real scan.
    QImage image(2480, 3508, QImage::Format_RGB32);
    image.fill(QColor(246, 244, 238));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    for (int i = 0; i < 40000; ++i) {
        const int grey = 200 + random.bounded(40);
        image.setPixel(random.bounded(2480), random.bounded(3508), qRgb(grey, grey, grey));
    }
    painter.rotate(0.4);
    QFont font(QStringLiteral("DejaVu Serif"));
    font.setPixelSize(44);
    painter.setFont(font);
    painter.setPen(QColor(30, 30, 30));
    painter.drawText(QRectF(250, 200, 1980, 80), Qt::AlignCenter,
        QStringLiteral("QUYẾT ĐỊNH SỐ %1/QĐ-UBND").arg(pageNumber));
    double y = 400;
    for (int paragraph = 0; y < 3200; ++paragraph) {
        painter.drawText(QRectF(250, y, 1980, 240), Qt::TextWordWrap, sentence);
        y += 230;
    }
    if (pageNumber == 1)
        drawSeal(painter, QPointF(330, 280), 110);
    return image;
}

// A colour photograph-like picture: soft gradients, shapes and grain (JPEG in the PDF).
QImage photograph(int width, int height, QRandomGenerator &random)
{
    QImage image(width, height, QImage::Format_RGB32);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QLinearGradient sky(0, 0, 0, height);
    sky.setColorAt(0, QColor::fromHsv(190 + random.bounded(40), 90, 235));
    sky.setColorAt(1, QColor::fromHsv(90 + random.bounded(60), 140, 120));
    painter.fillRect(image.rect(), sky);
    for (int i = 0; i < 60; ++i) {
        QRadialGradient blob(
            QPointF(random.bounded(width), random.bounded(height)), 20 + random.bounded(width / 4));
        const QColor colour = QColor::fromHsv(
            random.bounded(360), 120 + random.bounded(120), 100 + random.bounded(150), 160);
        blob.setColorAt(0, colour);
        blob.setColorAt(1, Qt::transparent);
        painter.setPen(Qt::NoPen);
        painter.setBrush(blob);
        painter.drawEllipse(blob.center(), blob.radius(), blob.radius());
    }
    painter.end();
    for (int i = 0; i < width * height / 40; ++i) {
        const int x = random.bounded(width);
        const int y = random.bounded(height);
        const QRgb pixel = image.pixel(x, y);
        const int shift = random.bounded(30) - 15;
        image.setPixel(x, y,
            qRgb(std::clamp(qRed(pixel) + shift, 0, 255), std::clamp(qGreen(pixel) + shift, 0, 255),
                std::clamp(qBlue(pixel) + shift, 0, 255)));
    }
    return image;
}

// book-360.pdf: a long, image-heavy book (issue 20's "352-page book" is a public PDF that is not
// in the repository): a full-page colour cover, then chapters of text with a colour photograph
// on every other page and a full-page plate every 12th page.
void writeBook(const QString &path, QRandomGenerator &random)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(72);
    writer.setTitle(QStringLiteral("Địa chí tỉnh – tập ảnh và tư liệu"));
    QPainter painter(&writer);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    for (int page = 1; page <= 360; ++page) {
        if (page > 1)
            writer.newPage();
        if (page == 1) {
            painter.drawImage(QRectF(0, 0, 595, 842), photograph(1654, 2339, random));
            QFont title(QStringLiteral("DejaVu Serif"));
            title.setPixelSize(34);
            title.setBold(true);
            painter.setFont(title);
            painter.setPen(Qt::white);
            painter.drawText(QRectF(40, 560, 515, 160), Qt::AlignCenter | Qt::TextWordWrap,
                QStringLiteral("ĐỊA CHÍ TỈNH\nTập ảnh và tư liệu"));
            drawSeal(painter, QPointF(80, 70), 26);
        } else if (page % 12 == 0) {
            painter.drawImage(QRectF(0, 0, 595, 842), photograph(1240, 1754, random));
        } else {
            writeTextPage(painter, page, 595);
            if (page % 2 == 0) {
                painter.fillRect(QRectF(60, 330, 475, 330), Qt::white);
                painter.drawImage(QRectF(70, 340, 455, 310), photograph(1200, 818, random));
            }
        }
    }
    painter.end();
}

} // namespace

void generate(const QString &dir, QTextStream &out)
{
    QDir().mkpath(dir);
    QRandomGenerator random(2019);
    {
        const QString path = QDir(dir).filePath(QStringLiteral("text-500.pdf"));
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(72);
        QPainter painter(&writer);
        for (int page = 1; page <= 500; ++page) {
            if (page > 1)
                writer.newPage();
            writeTextPage(painter, page, 595);
            if (page == 1)
                drawSeal(painter, QPointF(80, 70), 26);
        }
        painter.end();
        emitLine(out, { { QStringLiteral("generated"), path }, { QStringLiteral("pages"), 500 } });
    }
    {
        const QString path = QDir(dir).filePath(QStringLiteral("scans-40.pdf"));
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(300);
        QPainter painter(&writer);
        for (int page = 1; page <= 40; ++page) {
            if (page > 1)
                writer.newPage();
            painter.drawImage(QPointF(0, 0), scannedPage(page, random));
        }
        painter.end();
        emitLine(out, { { QStringLiteral("generated"), path }, { QStringLiteral("pages"), 40 } });
    }
    {
        const QString path = QDir(dir).filePath(QStringLiteral("mixed-55.pdf"));
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(72);
        QPainter painter(&writer);
        for (int page = 1; page <= 55; ++page) {
            if (page > 1)
                writer.newPage();
            if (page % 5 == 3) { // a scanned annex at 150 dpi
                painter.drawImage(
                    QRectF(0, 0, 595, 842), scannedPage(page, random).scaled(1240, 1754));
            } else if (page % 5 == 4) { // a chart of many vector shapes
                painter.setRenderHint(QPainter::Antialiasing);
                for (int i = 0; i < 3000; ++i) {
                    painter.setPen(QColor::fromHsv(random.bounded(360), 200, 200));
                    painter.drawLine(
                        QPointF(60 + random.bounded(475.0), 100 + random.bounded(650.0)),
                        QPointF(60 + random.bounded(475.0), 100 + random.bounded(650.0)));
                }
            } else {
                writeTextPage(painter, page, 595);
            }
            if (page == 1)
                drawSeal(painter, QPointF(80, 70), 26);
        }
        painter.end();
        emitLine(out, { { QStringLiteral("generated"), path }, { QStringLiteral("pages"), 55 } });
    }
    {
        const QString path = QDir(dir).filePath(QStringLiteral("book-360.pdf"));
        writeBook(path, random);
        emitLine(out, { { QStringLiteral("generated"), path }, { QStringLiteral("pages"), 360 } });
    }
}

} // namespace phonghop::bench::viewer
