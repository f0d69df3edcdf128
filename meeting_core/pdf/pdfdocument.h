#pragma once

#include "meeting_core/util/cancellation.h"
#include "meeting_core/util/result.h"

#include <QByteArray>
#include <QIODevice>
#include <QImage>
#include <QRect>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QVector>
#include <functional>
#include <memory>

namespace phonghop {

// One entry of a document's outline (bookmarks). page is 0-based, -1 when the entry
// points nowhere inside this document; topFraction is the target's y as a fraction of the
// page height (0 = top), or -1 when the entry names no position.
struct PdfOutlineItem {
    QString title;
    int page = -1;
    double topFraction = -1;
    bool open = false;
    QVector<PdfOutlineItem> children;
};

// A word on a page, in page points (unrotated, origin top-left). chars holds one rect per
// UTF-16 unit of text, so find and selection can work on single letters.
struct PdfTextBox {
    QString text;
    QRectF rect;
    QVector<QRectF> chars;
    bool spaceAfter = false;
};

// What to render. scale is device pixels per point (1.0 = 72 dpi); rotation is in quarter
// turns clockwise; tile, when not null, is the part of the rotated page image to render, in
// pixels. abort is polled by Poppler while it draws.
struct PdfRenderOptions {
    int page = 0;
    double scale = 1.0;
    int rotation = 0;
    QRect tile;
    std::function<bool()> abort;
    int timeLimitMs = 15000;
    qint64 maxPixels = 24'000'000;
};

// Why a render gave no image, for the placeholder the view shows.
enum class PdfRenderError { None, Aborted, TimedOut, TooLarge, Failed };

struct PdfRenderOutcome {
    QImage image;
    PdfRenderError error = PdfRenderError::None;
    QString message; // translated; empty when image is valid
};

// Where a document's bytes come from when they are not a file: a function that opens a device
// over them (PdfDocument::openDevice), run on the thread that will use the document, so that long
// work (the verifying pass over a confidential document) stays off the screen's thread. A
// translated failure when it cannot. cancel is set when nobody wants the document any more (the
// viewer closed, another document asked for): long work should stop early.
using PdfDeviceSource
    = std::function<Result<std::unique_ptr<QIODevice>>(const CancellationToken &cancel)>;

// A PDF file opened with Poppler. Not thread-safe: one thread uses one PdfDocument (the
// render worker in PdfRenderService). Poppler never appears in this header.
class PdfDocument final {
public:
    ~PdfDocument();
    PdfDocument(const PdfDocument &) = delete;
    PdfDocument &operator=(const PdfDocument &) = delete;

    // Opens a file; fails with a message a delegate can act on (missing, unreadable, not a
    // PDF, damaged). An encrypted file opens locked: see isLocked() and unlock().
    static Result<std::unique_ptr<PdfDocument>> open(const QString &path);
    // Opens a document held in memory (a confidential document decrypted for this seat, which
    // is never written to disk in clear); name is what messages call it.
    static Result<std::unique_ptr<PdfDocument>> openData(
        const QByteArray &bytes, const QString &name);

    // Opens a document read from a device on demand (a confidential document decrypted chunk by
    // chunk as Poppler asks, never held whole: trust/sealedfiledevice.h). The device must be
    // open for reading and random access; the document owns it and reads it only from the
    // thread that uses the document. name is what messages call it.
    static Result<std::unique_ptr<PdfDocument>> openDevice(
        std::unique_ptr<QIODevice> device, const QString &name);

    bool isLocked() const;
    bool unlock(const QString &password);

    int pageCount() const;
    // In points, unrotated; invalid for a bad index. Read from the file when first asked for.
    QSizeF pageSize(int page) const;
    QString title() const;
    QVector<PdfOutlineItem> outline() const;
    QVector<PdfTextBox> textBoxes(int page) const;

    PdfRenderOutcome render(const PdfRenderOptions &options) const;

    // Pixel size of a page image at a scale and rotation (rounded like Poppler rounds).
    static QSize imageSize(QSizeF pagePoints, double scale, int rotation);

private:
    PdfDocument();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace phonghop
