#include "meeting_core/pdf/annotationexport.h"

#include "meeting_core/util/atomicfile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFont>
#include <QPainter>
#include <QTextOption>
#include <poppler-annotation.h>
#include <poppler-qt6.h>

namespace phonghop {

namespace {
const QString freeTextPrefix = QStringLiteral("phonghop-freetext:");
constexpr double appearanceDpi = 200.0;

// The context of this file's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::AnnotationExport)
};

void setCommon(Poppler::Annotation &target, const Annotation &a, const QString &author)
{
    target.setAuthor(author);
    target.setUniqueName(a.id);
    target.setCreationDate(a.created.isValid() ? a.created : QDateTime::currentDateTimeUtc());
    target.setModificationDate(a.modified.isValid() ? a.modified : QDateTime::currentDateTimeUtc());
    Poppler::Annotation::Style style;
    style.setColor(a.color);
    style.setOpacity(1.0);
    style.setWidth(a.type == AnnotationType::Ink ? a.width : 1.0);
    target.setStyle(style);
}

std::unique_ptr<Poppler::Annotation> toPoppler(
    const Annotation &a, const QString &author, QSizeF pagePoints)
{
    std::unique_ptr<Poppler::Annotation> result;
    switch (a.type) {
    case AnnotationType::Highlight:
    case AnnotationType::Underline:
    case AnnotationType::StrikeOut: {
        auto h = std::make_unique<Poppler::HighlightAnnotation>();
        h->setHighlightType(a.type == AnnotationType::Highlight
                ? Poppler::HighlightAnnotation::Highlight
                : a.type == AnnotationType::Underline ? Poppler::HighlightAnnotation::Underline
                                                      : Poppler::HighlightAnnotation::StrikeOut);
        QList<Poppler::HighlightAnnotation::Quad> quads;
        // Poppler's annotations are in normalized page coordinates too.
        for (const NormalizedRect &quad : a.quads) {
            const QRectF &r = quad.toRectF();
            Poppler::HighlightAnnotation::Quad q;
            q.points[0] = r.topLeft();
            q.points[1] = r.topRight();
            q.points[2] = r.bottomRight();
            q.points[3] = r.bottomLeft();
            q.capStart = q.capEnd = false;
            q.feather = 0;
            quads.append(q);
        }
        h->setHighlightQuads(quads);
        h->setContents(a.contents.isEmpty() ? a.anchor.quote : a.contents);
        result = std::move(h);
        break;
    }
    case AnnotationType::Ink: {
        auto ink = std::make_unique<Poppler::InkAnnotation>();
        QList<QVector<QPointF>> paths;
        for (const InkStroke &s : a.strokes) {
            QVector<QPointF> path;
            path.reserve(s.points.size());
            for (const InkPoint &p : s.points)
                path.append(p.position.toPointF());
            paths.append(path);
        }
        ink->setInkPaths(paths);
        result = std::move(ink);
        break;
    }
    case AnnotationType::Note: {
        auto note = std::make_unique<Poppler::TextAnnotation>(Poppler::TextAnnotation::Linked);
        note->setTextIcon(QStringLiteral("Note"));
        note->setContents(a.contents);
        result = std::move(note);
        break;
    }
    case AnnotationType::FreeText: {
        auto stamp = std::make_unique<Poppler::StampAnnotation>();
        stamp->setContents(a.contents);
        stamp->setStampIconName(freeTextPrefix + a.id);
        result = std::move(stamp);
        break;
    }
    }
    setCommon(*result, a, author);
    if (a.type == AnnotationType::FreeText)
        result->setUniqueName(freeTextPrefix + a.id);
    result->setBoundary(a.boundingRect().toRectF());
    Q_UNUSED(pagePoints);
    return result;
}
} // namespace

QImage renderFreeTextAppearance(
    const QString &text, const QColor &border, QSizeF pagePoints, const NormalizedRect &rect)
{
    const double scale = appearanceDpi / 72.0;
    const QSizeF points = PageGeometry(pagePoints).toPagePoints(rect).size();
    const QSize size(
        std::max(8, int(points.width() * scale)), std::max(8, int(points.height() * scale)));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(QColor(255, 255, 255, 235));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setPen(QPen(border, 1.5 * scale));
    painter.drawRect(QRectF(
        0.75 * scale, 0.75 * scale, size.width() - 1.5 * scale, size.height() - 1.5 * scale));
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(int(11 * scale));
    painter.setFont(font);
    painter.setPen(Qt::black);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    painter.drawText(
        QRectF(4 * scale, 3 * scale, size.width() - 8 * scale, size.height() - 6 * scale), text,
        option);
    return image;
}

Status exportAnnotatedCopy(const QString &sourcePdf, const QVector<Annotation> &annotations,
    const QString &targetPath, const QString &author)
{
    std::unique_ptr<Poppler::Document> document = Poppler::Document::load(sourcePdf);
    if (!document || document->isLocked())
        return Status::failure(
            Tr::tr("The document %1 could not be opened.").arg(QFileInfo(sourcePdf).fileName()));
    for (const Annotation &a : annotations) {
        if (a.needsReview || a.page < 0 || a.page >= document->numPages())
            continue; // not placed: an export must not put it somewhere wrong
        std::unique_ptr<Poppler::Page> page = document->page(a.page);
        if (!page)
            continue;
        std::unique_ptr<Poppler::Annotation> annotation = toPoppler(a, author, page->pageSizeF());
        page->addAnnotation(annotation.get());
        if (a.type == AnnotationType::FreeText) {
            // The appearance is set once the annotation belongs to the page.
            static_cast<Poppler::StampAnnotation *>(annotation.get())
                ->setStampCustomImage(
                    renderFreeTextAppearance(a.contents, a.color, page->pageSizeF(), a.rect));
        }
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    std::unique_ptr<Poppler::PDFConverter> converter = document->pdfConverter();
    converter->setOutputDevice(&buffer);
    converter->setPDFOptions(Poppler::PDFConverter::WithChanges);
    if (!converter->convert())
        return Status::failure(Tr::tr("The annotated copy could not be produced."));
    const Status written = atomicfile::writeReplacing(targetPath, buffer.data());
    if (!written)
        return Status::failure(Tr::tr("The annotated copy could not be saved to %1: %2")
                                   .arg(QFileInfo(targetPath).absolutePath(), written.error()));
    return Status::success();
}

Result<QVector<Annotation>> readPdfAnnotations(const QString &path)
{
    std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
    if (!document || document->isLocked())
        return Result<QVector<Annotation>>::failure(
            Tr::tr("The document %1 could not be opened.").arg(QFileInfo(path).fileName()));
    QVector<Annotation> result;
    for (int p = 0; p < document->numPages(); ++p) {
        std::unique_ptr<Poppler::Page> page = document->page(p);
        if (!page)
            continue;
        for (const std::unique_ptr<Poppler::Annotation> &pa : page->annotations()) {
            Annotation a;
            a.page = p;
            a.id = pa->uniqueName();
            a.color = pa->style().color();
            a.contents = pa->contents();
            a.created = pa->creationDate();
            a.modified = pa->modificationDate();
            const QRectF box = pa->boundary();
            switch (pa->subType()) {
            case Poppler::Annotation::AHighlight: {
                auto *h = static_cast<Poppler::HighlightAnnotation *>(pa.get());
                switch (h->highlightType()) {
                case Poppler::HighlightAnnotation::Underline:
                    a.type = AnnotationType::Underline;
                    break;
                case Poppler::HighlightAnnotation::StrikeOut:
                    a.type = AnnotationType::StrikeOut;
                    break;
                default:
                    a.type = AnnotationType::Highlight;
                }
                for (const auto &q : h->highlightQuads()) {
                    double x0 = 2, y0 = 2, x1 = -1, y1 = -1;
                    for (const QPointF &pt : q.points) {
                        x0 = std::min(x0, pt.x());
                        y0 = std::min(y0, pt.y());
                        x1 = std::max(x1, pt.x());
                        y1 = std::max(y1, pt.y());
                    }
                    a.quads.append(
                        NormalizedRect(NormalizedPoint(x0, y0), NormalizedPoint(x1, y1)));
                }
                a.anchor.quote = a.contents;
                break;
            }
            case Poppler::Annotation::AInk: {
                auto *ink = static_cast<Poppler::InkAnnotation *>(pa.get());
                a.type = AnnotationType::Ink;
                a.width = pa->style().width();
                for (const QVector<QPointF> &path : ink->inkPaths()) {
                    InkStroke s;
                    for (const QPointF &pt : path)
                        s.points.append({ NormalizedPoint(pt), 1.0f });
                    a.strokes.append(s);
                }
                break;
            }
            case Poppler::Annotation::AText: {
                auto *text = static_cast<Poppler::TextAnnotation *>(pa.get());
                a.type = text->textType() == Poppler::TextAnnotation::InPlace
                    ? AnnotationType::FreeText
                    : AnnotationType::Note;
                a.rect = NormalizedRect(box);
                break;
            }
            case Poppler::Annotation::AStamp: {
                if (!a.id.startsWith(freeTextPrefix))
                    continue;
                a.type = AnnotationType::FreeText;
                a.id = a.id.mid(freeTextPrefix.size());
                a.rect = NormalizedRect(box);
                break;
            }
            default:
                continue;
            }
            result.append(a);
        }
    }
    return result;
}

} // namespace phonghop
