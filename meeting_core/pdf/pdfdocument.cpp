#include "meeting_core/pdf/pdfdocument.h"
#include "meeting_core/util/readfailure.h"

#include <poppler/qt6/poppler-qt6.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QVariant>
#include <cmath>
#include <mutex>

namespace phonghop {

namespace {

// The context of this file's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::PdfDocument)
};

// Poppler reports every oddity of a damaged file through qDebug by default; a hostile file
// can print thousands of lines. The messages that matter reach the user through Result.
void quietPopplerMessages()
{
    static std::once_flag once;
    std::call_once(once, [] {
        Poppler::setDebugErrorFunction([](const QString &, const QVariant &) {}, QVariant());
    });
}

Poppler::Page::Rotation toPopplerRotation(int quarterTurns)
{
    switch (((quarterTurns % 4) + 4) % 4) {
    case 1:
        return Poppler::Page::Rotate90;
    case 2:
        return Poppler::Page::Rotate180;
    case 3:
        return Poppler::Page::Rotate270;
    default:
        return Poppler::Page::Rotate0;
    }
}

// State the abort callback reads; Poppler's callback is a plain function pointer, so it
// travels as a pointer inside the QVariant closure.
struct AbortState {
    const std::function<bool()> *abort = nullptr;
    QElapsedTimer timer;
    int timeLimitMs = 0;
    bool aborted = false;
    bool timedOut = false;
};

bool shouldAbort(const QVariant &closure)
{
    auto *state = static_cast<AbortState *>(closure.value<void *>());
    if (!state)
        return false;
    if (state->abort && *state->abort && (*state->abort)()) {
        state->aborted = true;
        return true;
    }
    if (state->timeLimitMs > 0 && state->timer.elapsed() > state->timeLimitMs) {
        state->timedOut = true;
        return true;
    }
    return false;
}

// Poppler gives letters with their marks either precomposed or as base + combining marks,
// depending on the font's ToUnicode map. Compose each letter (NFC) so that find and copy see
// "ế" as one character, and keep one rectangle per resulting UTF-16 unit.
void appendComposed(PdfTextBox &box, const QString &text, const QVector<QRectF> &rects)
{
    qsizetype i = 0;
    while (i < text.size()) {
        qsizetype end = i + 1;
        if (text.at(i).isHighSurrogate() && end < text.size())
            ++end;
        while (end < text.size() && text.at(end).isMark())
            ++end;
        QRectF rect;
        for (qsizetype k = i; k < end && k < rects.size(); ++k)
            rect = rect.isNull() ? rects.at(k) : rect.united(rects.at(k));
        const QString composed = text.mid(i, end - i).normalized(QString::NormalizationForm_C);
        box.text += composed;
        for (qsizetype k = 0; k < composed.size(); ++k)
            box.chars.append(rect);
        i = end;
    }
}

void convertOutline(const QVector<Poppler::OutlineItem> &items, QVector<PdfOutlineItem> &out,
    int pageCount, int depth)
{
    if (depth > 32) // a cyclic or absurdly deep outline in a hostile file
        return;
    for (const auto &item : items) {
        PdfOutlineItem entry;
        entry.title = item.name().simplified();
        entry.open = item.isOpen();
        if (const auto destination = item.destination()) {
            const int page = destination->pageNumber() - 1;
            if (page >= 0 && page < pageCount) {
                entry.page = page;
                if (destination->isChangeTop())
                    entry.topFraction = std::clamp(destination->top(), 0.0, 1.0);
            }
        }
        if (item.hasChildren())
            convertOutline(item.children(), entry.children, pageCount, depth + 1);
        out.append(std::move(entry));
    }
}

} // namespace

struct PdfDocument::Private {
    std::unique_ptr<QIODevice> device; // what Poppler reads, when not a file nor bytes: outlives it
    const ReadFailureSource *readFailures = nullptr; // the device, when it can tell a failed read

    // The device's first failed read, when there was one.
    QString readFailure() const { return readFailures ? readFailures->readFailure() : QString(); }
    std::unique_ptr<Poppler::Document> document;
    // Read page by page when first asked for: reading every page's size walks the whole page
    // tree (10 ms for 500 pages), which page 1 does not need (issue 20). An unread entry is
    // invalid; a page that cannot be read keeps an empty, valid size.
    mutable QVector<QSizeF> pageSizes;
    int pageCount = 0;

    void readPages()
    {
        pageCount = document->isLocked() ? 0 : std::max(0, document->numPages());
        pageSizes = QVector<QSizeF>(pageCount, QSizeF(-1, -1));
    }

    QSizeF pageSize(int index) const
    {
        if (index < 0 || index >= pageSizes.size())
            return QSizeF();
        QSizeF &size = pageSizes[index];
        if (!size.isValid()) {
            const std::unique_ptr<Poppler::Page> page(document->page(index));
            size = page ? page->pageSizeF() : QSizeF(0, 0);
        }
        return size;
    }
};

PdfDocument::PdfDocument()
    : d(std::make_unique<Private>())
{
}
PdfDocument::~PdfDocument() = default;

Result<std::unique_ptr<PdfDocument>> PdfDocument::open(const QString &path)
{
    using R = Result<std::unique_ptr<PdfDocument>>;
    quietPopplerMessages();
    const QFileInfo info(path);
    if (!info.exists())
        return R::failure(Tr::tr("The file %1 does not exist.").arg(info.fileName()));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(
            Tr::tr("The file %1 cannot be read: %2").arg(info.fileName(), file.errorString()));
    if (file.size() == 0)
        return R::failure(Tr::tr("The file %1 is empty.").arg(info.fileName()));
    // PDF readers accept the header anywhere in the first kilobyte.
    if (!file.read(1024).contains("%PDF-"))
        return R::failure(Tr::tr("The file %1 is not a PDF document.").arg(info.fileName()));
    file.close();

    std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
    if (!document)
        return R::failure(
            Tr::tr("The PDF document %1 is damaged and cannot be opened.").arg(info.fileName()));
    if (!document->isLocked() && document->numPages() <= 0)
        return R::failure(Tr::tr("The PDF document %1 is damaged: it has no readable pages.")
                              .arg(info.fileName()));

    document->setRenderHint(Poppler::Document::Antialiasing, true);
    document->setRenderHint(Poppler::Document::TextAntialiasing, true);
    std::unique_ptr<PdfDocument> result(new PdfDocument());
    result->d->document = std::move(document);
    result->d->readPages();
    return R(std::move(result));
}

Result<std::unique_ptr<PdfDocument>> PdfDocument::openData(
    const QByteArray &bytes, const QString &name)
{
    using R = Result<std::unique_ptr<PdfDocument>>;
    quietPopplerMessages();
    if (bytes.isEmpty())
        return R::failure(Tr::tr("The file %1 is empty.").arg(name));
    if (!bytes.left(1024).contains("%PDF-"))
        return R::failure(Tr::tr("The file %1 is not a PDF document.").arg(name));
    // Poppler keeps (a shared copy of) the bytes for as long as the document lives.
    std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(bytes);
    if (!document)
        return R::failure(Tr::tr("The PDF document %1 is damaged and cannot be opened.").arg(name));
    if (!document->isLocked() && document->numPages() <= 0)
        return R::failure(
            Tr::tr("The PDF document %1 is damaged: it has no readable pages.").arg(name));
    document->setRenderHint(Poppler::Document::Antialiasing, true);
    document->setRenderHint(Poppler::Document::TextAntialiasing, true);
    std::unique_ptr<PdfDocument> result(new PdfDocument());
    result->d->document = std::move(document);
    result->d->readPages();
    return R(std::move(result));
}

Result<std::unique_ptr<PdfDocument>> PdfDocument::openDevice(
    std::unique_ptr<QIODevice> device, const QString &name)
{
    using R = Result<std::unique_ptr<PdfDocument>>;
    quietPopplerMessages();
    if (!device || !device->isOpen() || !device->isReadable() || device->isSequential())
        return R::failure(Tr::tr("The file %1 cannot be read: %2")
                              .arg(name, device ? device->errorString() : QString()));
    if (device->size() == 0)
        return R::failure(Tr::tr("The file %1 is empty.").arg(name));
    if (!device->seek(0))
        return R::failure(
            Tr::tr("The file %1 cannot be read: %2").arg(name, device->errorString()));
    const QByteArray head = device->read(1024);
    if (head.isEmpty() && !device->errorString().isEmpty() && device->size() > 0)
        return R::failure(
            Tr::tr("The file %1 cannot be read: %2").arg(name, device->errorString()));
    if (!head.contains("%PDF-"))
        return R::failure(Tr::tr("The file %1 is not a PDF document.").arg(name));
    device->seek(0);
    std::unique_ptr<PdfDocument> result(new PdfDocument());
    result->d->device = std::move(device);
    result->d->readFailures = dynamic_cast<const ReadFailureSource *>(result->d->device.get());
    std::unique_ptr<Poppler::Document> document = Poppler::Document::load(result->d->device.get());
    if (const QString failure = result->d->readFailure(); !failure.isEmpty())
        return R::failure(Tr::tr("The file %1 cannot be read: %2").arg(name, failure));
    if (!document)
        return R::failure(Tr::tr("The PDF document %1 is damaged and cannot be opened.").arg(name));
    if (!document->isLocked() && document->numPages() <= 0)
        return R::failure(
            Tr::tr("The PDF document %1 is damaged: it has no readable pages.").arg(name));
    document->setRenderHint(Poppler::Document::Antialiasing, true);
    document->setRenderHint(Poppler::Document::TextAntialiasing, true);
    result->d->document = std::move(document);
    result->d->readPages();
    return R(std::move(result));
}

bool PdfDocument::isLocked() const
{
    return d->document->isLocked();
}

bool PdfDocument::unlock(const QString &password)
{
    // PDF passwords are bytes; Latin-1 is what Poppler-Qt expects, UTF-8 is what newer
    // (AES-256) writers use, so try both.
    const bool unlocked = !d->document->unlock(password.toLatin1(), password.toLatin1())
        || !d->document->unlock(password.toUtf8(), password.toUtf8());
    if (!unlocked || d->document->isLocked())
        return false;
    d->readPages();
    return true;
}

int PdfDocument::pageCount() const
{
    return d->pageCount;
}

QSizeF PdfDocument::pageSize(int page) const
{
    const QSizeF size = d->pageSize(page);
    return size.isEmpty() ? QSizeF() : size;
}

QString PdfDocument::title() const
{
    return d->document->isLocked() ? QString()
                                   : d->document->info(QStringLiteral("Title")).simplified();
}

QVector<PdfOutlineItem> PdfDocument::outline() const
{
    QVector<PdfOutlineItem> items;
    if (!d->document->isLocked())
        convertOutline(d->document->outline(), items, d->pageCount, 0);
    return items;
}

QVector<PdfTextBox> PdfDocument::textBoxes(int pageIndex) const
{
    QVector<PdfTextBox> boxes;
    if (pageIndex < 0 || pageIndex >= d->pageCount)
        return boxes;
    const std::unique_ptr<Poppler::Page> page(d->document->page(pageIndex));
    if (!page)
        return boxes;
    const auto list = page->textList(Poppler::Page::Rotate0);
    boxes.reserve(static_cast<qsizetype>(list.size()));
    for (const auto &word : list) {
        PdfTextBox box;
        box.rect = word->boundingBox();
        box.spaceAfter = word->hasSpaceAfter();
        const QString text = word->text();
        QVector<QRectF> rects;
        rects.reserve(text.size());
        for (qsizetype i = 0; i < text.size(); ++i)
            rects.append(word->charBoundingBox(static_cast<int>(i)));
        appendComposed(box, text, rects);
        boxes.append(std::move(box));
    }
    return boxes;
}

QSize PdfDocument::imageSize(QSizeF pagePoints, double scale, int rotation)
{
    const bool sideways = (((rotation % 4) + 4) % 4) % 2 == 1;
    const QSizeF size = sideways ? pagePoints.transposed() : pagePoints;
    return QSize(std::max(1, static_cast<int>(std::ceil(size.width() * scale - 0.01))),
        std::max(1, static_cast<int>(std::ceil(size.height() * scale - 0.01))));
}

PdfRenderOutcome PdfDocument::render(const PdfRenderOptions &options) const
{
    PdfRenderOutcome outcome;
    auto fail = [&](PdfRenderError error, const QString &message) {
        outcome.image = QImage();
        outcome.error = error;
        outcome.message = message;
        return outcome;
    };
    if (d->document->isLocked())
        return fail(PdfRenderError::Failed, Tr::tr("The document is locked by a password."));
    if (options.page < 0 || options.page >= d->pageCount || !(options.scale > 0))
        return fail(
            PdfRenderError::Failed, Tr::tr("Page %1 does not exist.").arg(options.page + 1));
    const QSize full = imageSize(pageSize(options.page), options.scale, options.rotation);
    const QRect area = options.tile.isNull() ? QRect(QPoint(0, 0), full)
                                             : options.tile.intersected(QRect(QPoint(0, 0), full));
    if (area.isEmpty())
        return fail(
            PdfRenderError::Failed, Tr::tr("Nothing to draw on page %1.").arg(options.page + 1));
    if (qint64(area.width()) * area.height() > options.maxPixels)
        return fail(PdfRenderError::TooLarge,
            Tr::tr("Page %1 is too large to draw at this zoom.").arg(options.page + 1));

    const std::unique_ptr<Poppler::Page> page(d->document->page(options.page));
    if (!page)
        return fail(
            PdfRenderError::Failed, Tr::tr("Page %1 cannot be read.").arg(options.page + 1));

    AbortState state;
    state.abort = &options.abort;
    state.timeLimitMs = options.timeLimitMs;
    state.timer.start();
    const double dpi = 72.0 * options.scale;
    QImage image = options.tile.isNull()
        ? page->renderToImage(dpi, dpi, -1, -1, -1, -1, toPopplerRotation(options.rotation),
            nullptr, nullptr, shouldAbort, QVariant::fromValue(static_cast<void *>(&state)))
        : page->renderToImage(dpi, dpi, area.x(), area.y(), area.width(), area.height(),
            toPopplerRotation(options.rotation), nullptr, nullptr, shouldAbort,
            QVariant::fromValue(static_cast<void *>(&state)));
    if (state.aborted)
        return fail(PdfRenderError::Aborted,
            Tr::tr("Drawing page %1 was cancelled.").arg(options.page + 1));
    if (state.timedOut)
        return fail(PdfRenderError::TimedOut,
            Tr::tr("Page %1 takes too long to draw and was skipped.").arg(options.page + 1));
    // Poppler draws what it could read: a page drawn over a failed read is not the page.
    if (const QString failure = d->readFailure(); !failure.isEmpty())
        return fail(PdfRenderError::Failed,
            Tr::tr("Page %1 cannot be drawn: %2").arg(options.page + 1).arg(failure));
    if (image.isNull())
        return fail(
            PdfRenderError::Failed, Tr::tr("Page %1 cannot be drawn.").arg(options.page + 1));
    outcome.image = std::move(image);
    return outcome;
}

} // namespace phonghop
