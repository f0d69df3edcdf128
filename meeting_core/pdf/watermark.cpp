#include "meeting_core/pdf/watermark.h"

#include "meeting_core/pdf/pdfdocument.h"
#include "meeting_core/util/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFont>
#include <QFontMetricsF>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QStringList>
#include <QtMath>
#include <cmath>

namespace phonghop {

namespace {

// The context of this file's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::Watermark)
};

constexpr QRgb grey = qRgb(90, 90, 90);
constexpr int alpha = 56; // of 255: faint over text, still legible on white

} // namespace

QString Watermark::text() const
{
    QStringList parts;
    if (!name.isEmpty())
        parts << name;
    if (!position.isEmpty())
        parts << position;
    if (date.isValid())
        parts << date.toString(QStringLiteral("dd/MM/yyyy"));
    return parts.join(QStringLiteral(" \u2014 "));
}

QRgb watermarkGrey()
{
    return grey;
}

void paintWatermark(QImage &image, const Watermark &watermark, QSize pageSize, QPoint origin)
{
    const QString line = watermark.text();
    if (line.isEmpty() || image.isNull() || pageSize.isEmpty())
        return;
    if (image.format() != QImage::Format_ARGB32_Premultiplied
        && image.format() != QImage::Format_RGB32 && image.format() != QImage::Format_ARGB32)
        image = image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.translate(-origin);
    const double width = pageSize.width();
    const double height = pageSize.height();
    // The font follows the page: about a thirtieth of its shorter side.
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(std::max(8, int(std::lround(std::min(width, height) / 30.0))));
    font.setBold(true);
    painter.setFont(font);
    QColor colour(grey);
    colour.setAlpha(alpha);
    painter.setPen(colour);
    const QFontMetricsF metrics(font);
    const double textWidth = metrics.horizontalAdvance(line);
    const double gap = metrics.height() * 3.0;
    const double rowStep = metrics.height() * 5.0;
    // Lines along the page's diagonal (bottom left to top right), around its centre, long
    // enough to cover the page whichever way it is turned.
    painter.translate(width / 2.0, height / 2.0);
    painter.rotate(-qRadiansToDegrees(std::atan2(height, width)));
    const double reach = std::hypot(width, height) / 2.0 + textWidth;
    int row = 0;
    for (double y = -reach; y <= reach; y += rowStep, ++row) {
        // Every other row shifted by half a text, so the lines do not stack into columns.
        const double shift = (row % 2) * (textWidth + gap) / 2.0;
        for (double x = -reach - shift; x <= reach; x += textWidth + gap)
            painter.drawText(QPointF(x, y), line);
    }
}

QString watermarkedCopyCancelledMessage()
{
    return Tr::tr("Cancelled: the copy was not saved.");
}

Status writeWatermarkedPdf(const QByteArray &pdfBytes, const Watermark &watermark,
    const QString &target, int dpi, const CancellationToken &cancel, const PageProgress &progress)
{
    auto opened = PdfDocument::openData(pdfBytes, QDir::toNativeSeparators(target));
    if (!opened)
        return Status::failure(opened.error());
    return writeWatermarkedPdf(*opened.value(), watermark, target, dpi, cancel, progress);
}

Status writeWatermarkedPdf(const PdfDocument &document, const Watermark &watermark,
    const QString &target, int dpi, const CancellationToken &cancel, const PageProgress &progress)
{
    if (document.isLocked())
        return Status::failure(Tr::tr("The document is protected by a password."));
    const QString temporary = atomicfile::temporarySiblingPath(target);
    const auto failed = [&](const QString &message) {
        QFile::remove(temporary);
        return Status::failure(message);
    };
    const double scale = dpi / 72.0;
    {
        QPdfWriter writer(temporary);
        writer.setResolution(dpi);
        writer.setTitle(document.title());
        writer.setCreator(QStringLiteral("PhòngHọp"));
        QPainter painter;
        for (int page = 0; page < document.pageCount(); ++page) {
            if (cancel.isCancelled()) {
                painter.end();
                return failed(watermarkedCopyCancelledMessage());
            }
            const QSizeF points = document.pageSize(page);
            writer.setPageMargins(QMarginsF(0, 0, 0, 0));
            writer.setPageSize(QPageSize(points, QPageSize::Point));
            if (page == 0 ? !painter.begin(&writer) : !writer.newPage()) {
                painter.end();
                return failed(
                    Tr::tr("%1 cannot be written.").arg(QDir::toNativeSeparators(target)));
            }
            PdfRenderOptions options;
            options.page = page;
            options.scale = scale;
            PdfRenderOutcome outcome = document.render(options);
            if (outcome.image.isNull()) {
                painter.end();
                return failed(outcome.message);
            }
            paintWatermark(outcome.image, watermark, outcome.image.size());
            const QRect area(QPoint(0, 0), writer.pageLayout().paintRectPixels(dpi).size());
            // Opaque: no soft mask in the PDF (the page is painted on white paper anyway).
            painter.drawImage(area, outcome.image.convertToFormat(QImage::Format_RGB32));
            if (progress)
                progress(page + 1, document.pageCount());
        }
        if (!painter.end())
            return failed(Tr::tr("%1 cannot be written.").arg(QDir::toNativeSeparators(target)));
    }
    QFile written(temporary);
    if (!written.open(QIODevice::ReadWrite) || written.size() == 0
        || !atomicfile::flushToDisk(written))
        return failed(Tr::tr("%1 cannot be written.").arg(QDir::toNativeSeparators(target)));
    written.close();
    if (!atomicfile::replaceExisting(temporary, target))
        return failed(Tr::tr("%1 cannot be written.").arg(QDir::toNativeSeparators(target)));
    return Status::success();
}

} // namespace phonghop
