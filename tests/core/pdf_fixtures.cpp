#include "pdf_fixtures.h"

#include <QCoreApplication>
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
        painter.drawText(QPointF(60, 150), QStringLiteral("Ủy ban nhân dân tỉnh đề nghị Hội đồng xem xét."));
        painter.fillRect(QRectF(60, 200, 300, 40), QColor(30, 60, 120));
    }
}

void writeHugePagePdf(const QString &path)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QSizeF(14400, 14400), QPageSize::Point, QString(), QPageSize::ExactMatch));
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
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(72);
    QPainter painter(&writer);
    painter.setRenderHint(QPainter::Antialiasing);
    QRandomGenerator random(42);
    for (int page = 0; page < 2; ++page) {
        if (page > 0)
            writer.newPage();
        for (int i = 0; i < shapesPerPage; ++i) {
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
