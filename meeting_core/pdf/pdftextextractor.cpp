#include "meeting_core/pdf/pdftextextractor.h"

#include <poppler/qt6/poppler-qt6.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <memory>

namespace phonghop {

namespace {

// The context of this file's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::PdfTextExtractor)
};

// What Poppler's abort callback reads (a plain function pointer: the state travels as a pointer
// inside the QVariant closure), as for rendering.
struct PageGuard {
    const CancellationToken *cancel = nullptr;
    QElapsedTimer page;
    int pageLimitMs = 0;
    bool cancelled = false;
    bool timedOut = false;
};

bool shouldStop(const QVariant &closure)
{
    auto *guard = static_cast<PageGuard *>(closure.value<void *>());
    if (!guard)
        return false;
    if (guard->cancel && guard->cancel->isCancelled()) {
        guard->cancelled = true;
        return true;
    }
    if (guard->pageLimitMs > 0 && guard->page.elapsed() > guard->pageLimitMs) {
        guard->timedOut = true;
        return true;
    }
    return false;
}

QString seconds(int milliseconds)
{
    return QLocale().toString(milliseconds / 1000.0, 'g', 3);
}

} // namespace

Result<QStringList> PdfTextExtractor::extractPages(
    const QString &path, const CancellationToken &cancel)
{
    return extractPages(path, cancel, TextExtractionLimits {}, nullptr);
}

Result<QStringList> PdfTextExtractor::extractPages(const QString &path,
    const CancellationToken &cancel, const TextExtractionLimits &limits, QStringList *notes)
{
    const auto note = [notes](const QString &text) {
        if (notes)
            *notes << text;
    };
    if (!QFileInfo::exists(path))
        return Result<QStringList>::failure(Tr::tr("The document file %1 is missing.").arg(path));
    std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
    if (!document)
        return Result<QStringList>::failure(
            Tr::tr("The document %1 is damaged or is not a PDF.").arg(path));
    if (document->isLocked())
        return Result<QStringList>::failure(
            Tr::tr("The document %1 is protected by a password.").arg(path));
    const int pageCount = std::max(0, document->numPages());
    const int count = std::min(pageCount, std::max(0, limits.maxPages));
    if (count < pageCount)
        note(Tr::tr("The document %1 has %2 pages; only the first %3 can be searched.")
                 .arg(path)
                 .arg(pageCount)
                 .arg(count));

    QStringList pages;
    pages.reserve(count);
    QElapsedTimer documentTime;
    documentTime.start();
    qsizetype total = 0;
    PageGuard guard;
    guard.cancel = &cancel;
    guard.pageLimitMs = limits.pageTimeLimitMs;
    for (int i = 0; i < count; ++i) {
        if (cancel.isCancelled())
            return Result<QStringList>::failure(Tr::tr("Cancelled."));
        if (limits.documentTimeLimitMs > 0 && documentTime.elapsed() > limits.documentTimeLimitMs) {
            note(Tr::tr(
                "Reading the text of %1 took longer than %2 seconds; pages from %3 on cannot be "
                "searched.")
                     .arg(path, seconds(limits.documentTimeLimitMs))
                     .arg(i + 1));
            break;
        }
        if (total >= limits.maxDocumentChars) {
            note(Tr::tr(
                "The document %1 holds more than %2 characters of text; pages from %3 on cannot "
                "be searched.")
                     .arg(path)
                     .arg(limits.maxDocumentChars)
                     .arg(i + 1));
            break;
        }
        const std::unique_ptr<Poppler::Page> page(document->page(i));
        QString text;
        if (page) {
            guard.timedOut = false;
            guard.page.start();
            // Words in reading order, each line ended: the same layout as Page::text() without
            // the columns of spaces, and one that Poppler can abort.
            const auto words = page->textList(Poppler::Page::Rotate0, shouldStop,
                QVariant::fromValue(static_cast<void *>(&guard)));
            if (guard.cancelled)
                return Result<QStringList>::failure(Tr::tr("Cancelled."));
            if (guard.timedOut) {
                note(Tr::tr(
                    "Page %1 of %2 took longer than %3 seconds to read; it cannot be searched.")
                         .arg(i + 1)
                         .arg(path, seconds(limits.pageTimeLimitMs)));
            } else {
                for (const auto &word : words) {
                    text += word->text();
                    if (!word->nextWord())
                        text += u'\n'; // the last word of its line
                    else if (word->hasSpaceAfter())
                        text += u' ';
                    if (text.size() > limits.maxPageChars)
                        break;
                }
                if (text.size() > limits.maxPageChars) {
                    text.truncate(limits.maxPageChars);
                    note(Tr::tr(
                        "Page %1 of %2 holds more than %3 characters of text; the rest of it "
                        "cannot be searched.")
                             .arg(i + 1)
                             .arg(path)
                             .arg(limits.maxPageChars));
                }
            }
        }
        total += text.size();
        pages.append(text);
    }
    return pages;
}

} // namespace phonghop
