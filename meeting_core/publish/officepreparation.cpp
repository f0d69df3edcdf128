#include "officepreparation.h"

#include "meeting_core/share/sharereader.h"
#include "meeting_core/util/boundedfile.h"
#include "meeting_core/util/hashingcopy.h"
#include "meeting_core/util/sha256.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace phonghop {

namespace {

// The context of this file's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::OfficePreparation)
};

QString documentName(const DraftDocument &document)
{
    return QStringLiteral("\u201C%1\u201D")
        .arg(document.title.isEmpty() ? QFileInfo(document.filePath).fileName() : document.title);
}

ValidationProblem::Kind problemKind(ConversionOutcome::Kind kind)
{
    using K = ConversionOutcome::Kind;
    switch (kind) {
    case K::ConverterMissing:
        return ValidationProblem::Kind::ConverterMissing;
    case K::TimedOut:
        return ValidationProblem::Kind::ConversionTimedOut;
    case K::Empty:
        return ValidationProblem::Kind::ConvertedEmpty;
    default:
        return ValidationProblem::Kind::ConversionFailed;
    }
}

} // namespace

OfficePreparation::OfficePreparation(OfficeConverter &converter, QString sharePath)
    : m_converter(converter)
    , m_sharePath(std::move(sharePath))
{
}

OfficePreparation::~OfficePreparation() = default;

void OfficePreparation::setPublishedDocuments(const QList<DocumentRef> &documents)
{
    for (const DocumentRef &document : documents) {
        if (!document.original.isEmpty())
            m_publishedByOriginal.insert(document.original.sha256, document);
    }
}

QString OfficePreparation::reusePublishedPdf(const QString &originalSha256)
{
    const auto published = m_publishedByOriginal.constFind(originalSha256);
    if (published == m_publishedByOriginal.constEnd())
        return {};
    if (!m_work) {
        m_work = std::make_unique<QTemporaryDir>(
            QDir::temp().filePath(QStringLiteral("phonghop-publish-XXXXXX")));
        if (!m_work->isValid())
            return {};
    }
    // Read like any share file (no links, no pipes, no more than its stated size) and kept
    // only when its bytes hash to its name: otherwise the document is simply converted again.
    QFile source;
    if (!boundedfile::open(
            source, ShareReader(m_sharePath).objectPath(published->sha256), published->size))
        return {};
    const QString copy = m_work->filePath(published->sha256 + QStringLiteral(".pdf"));
    QFile target(copy);
    if (!target.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    const HashingCopy copied = HashingCopy::run(source, target, {}, published->size);
    target.close();
    if (copied.problem != HashingCopy::Problem::None || copied.sha256 != published->sha256
        || copied.bytes != published->size) {
        QFile::remove(copy);
        return {};
    }
    return copy;
}

QHash<QString, PreparedDocument> OfficePreparation::prepare(
    const DraftMeeting &draft, const CancellationToken &cancel, const ProgressCallback &progress)
{
    QHash<QString, PreparedDocument> prepared;
    ConversionStep step;
    for (const DraftDocument &document : draft.documents) {
        if (officeFormatOfDocument(document))
            ++step.total;
    }
    for (const DraftDocument &document : draft.documents) {
        PreparedDocument entry;
        const std::optional<OfficeFormat> format = officeFormatOfDocument(document);
        if (!format) {
            entry.pdfPath = document.filePath;
            prepared.insert(document.id, entry);
            continue;
        }
        if (cancel.isCancelled()) {
            m_cancelled = true;
            return prepared;
        }
        // The name delegates save it under: the draft's fileName when it names an office file
        // (a cached original has no name of its own), else the attached file's.
        const QString originalName = officeFormatOf(document.fileName)
            ? document.fileName
            : QFileInfo(document.filePath).fileName();
        entry.originalPath = document.filePath;
        entry.original.fileName = originalName;
        entry.original.mediaType = format->mediaType;
        entry.pdfFileName = QFileInfo(originalName).completeBaseName() + QStringLiteral(".pdf");
        step.documentTitle = document.title.isEmpty() ? originalName : document.title;
        step.time = {};
        if (progress)
            progress(step);

        entry.pdfPath = reusePublishedPdf(Sha256::hexOfFile(document.filePath));
        entry.reusedFromShare = !entry.pdfPath.isEmpty();
        if (!entry.reusedFromShare) {
            const ConversionOutcome converted = m_converter.convert(
                document.filePath, *format, cancel, [&](const ConversionProgress &time) {
                    step.time = time;
                    if (progress)
                        progress(step);
                });
            if (converted.kind == ConversionOutcome::Kind::Cancelled || cancel.isCancelled()) {
                m_cancelled = true;
                return prepared;
            }
            if (!converted.converted()) {
                m_problems << ValidationProblem { problemKind(converted.kind), document.id,
                    Tr::tr("Document %1 (%2) cannot be converted to PDF: %3")
                        .arg(documentName(document), originalName, converted.detail) };
                ++step.done;
                continue;
            }
            entry.pdfPath = converted.pdfPath;
            entry.fromCache = converted.fromCache;
        }
        prepared.insert(document.id, entry);
        ++step.done;
        if (progress)
            progress(step);
    }
    return prepared;
}

} // namespace phonghop
