#pragma once

#include "meeting_core/util/cancellation.h"
#include "meeting_core/util/result.h"

#include <QByteArray>
#include <QDate>
#include <QImage>
#include <QPoint>
#include <QSize>
#include <QString>
#include <functional>

namespace phonghop {

// Who reads a confidential document, written across every page of it (issue 16): the
// reader's name, their position and the date, as "Nguyễn Văn An — Chủ tịch UBND — 07/12/2026".
// Pure data; confidential/documentreader.h builds it for this seat's device.
struct Watermark {
    QString name;
    QString position;
    QDate date;

    bool isEmpty() const { return name.isEmpty() && position.isEmpty() && !date.isValid(); }
    // The line drawn on the page: the parts that are set, joined by " — ", the date dd/MM/yyyy.
    QString text() const;
    bool operator==(const Watermark &) const = default;
};

// Paints the watermark onto image, a part of a rendered page: pageSize is the whole page's
// image in pixels (as rendered, rotated), and origin where image sits in it (a tile at high
// zoom), so tiles of one page join into one watermark. Diagonal lines of the text repeated
// across the page, grey with a low alpha (faint but legible), the font scaled to the page.
void paintWatermark(QImage &image, const Watermark &watermark, QSize pageSize, QPoint origin = {});

// The grey of the watermark (before its alpha), for tests that look for it.
QRgb watermarkGrey();

// A PDF whose pages are the pages of pdfBytes rendered at dpi with the watermark on them, written
// whole to target or not at all. The text of the original is not kept (only its image): a
// watermark in a separate layer could be removed by any PDF editor. Long work (a page rendered at
// dpi each): progress says how many pages are written of how many, after each page; a cancel
// stops before the next page and leaves nothing at target.
using PageProgress = std::function<void(int pagesDone, int pageCount)>;
Status writeWatermarkedPdf(const QByteArray &pdfBytes, const Watermark &watermark,
    const QString &target, int dpi = 150, const CancellationToken &cancel = {},
    const PageProgress &progress = {});
// The same from a document already open (one read from a device: a confidential document
// decrypted chunk by chunk). document is used on the calling thread only.
class PdfDocument;
Status writeWatermarkedPdf(const PdfDocument &document, const Watermark &watermark,
    const QString &target, int dpi = 150, const CancellationToken &cancel = {},
    const PageProgress &progress = {});
// What writeWatermarkedPdf says when it was cancelled.
QString watermarkedCopyCancelledMessage();

} // namespace phonghop
