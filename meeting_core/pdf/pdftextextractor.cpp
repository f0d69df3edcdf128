#include "pdf/pdftextextractor.h"

#include <poppler/qt6/poppler-qt6.h>

#include <QCoreApplication>
#include <QFileInfo>
#include <memory>

namespace phonghop {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("phonghop::PdfTextExtractor", text);
}
} // namespace

Result<QStringList> PdfTextExtractor::extractPages(const QString &path, const CancellationToken &cancel)
{
    if (!QFileInfo::exists(path))
        return Result<QStringList>::failure(tr("The document file %1 is missing.").arg(path));
    std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
    if (!document)
        return Result<QStringList>::failure(tr("The document %1 is damaged or is not a PDF.").arg(path));
    if (document->isLocked())
        return Result<QStringList>::failure(tr("The document %1 is protected by a password.").arg(path));
    QStringList pages;
    const int count = std::max(0, document->numPages());
    pages.reserve(count);
    for (int i = 0; i < count; ++i) {
        if (cancel.isCancelled())
            return Result<QStringList>::failure(tr("Cancelled."));
        const std::unique_ptr<Poppler::Page> page(document->page(i));
        // A null rectangle asks for the whole page.
        pages.append(page ? page->text(QRectF()) : QString());
    }
    return pages;
}

} // namespace phonghop
