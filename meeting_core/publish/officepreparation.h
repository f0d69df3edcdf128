#pragma once

#include "meeting_core/convert/officeconverter.h"
#include "meeting_core/domain/meeting.h"
#include "meeting_core/publish/draftmeeting.h"
#include "meeting_core/publish/publishvalidator.h"
#include "meeting_core/util/cancellation.h"

#include <QHash>
#include <QList>
#include <QString>
#include <functional>
#include <memory>

class QTemporaryDir;

namespace phonghop {

// A document ready to be stored: the PDF delegates read and, for an office document, the
// file it was converted from.
struct PreparedDocument {
    QString pdfPath;
    QString originalPath; // empty for a document attached as a PDF
    OriginalFile original; // fileName and mediaType; sha256 and size once stored
    QString pdfFileName; // "to-trinh-123.pdf" for "to-trinh-123.docx"
    bool reusedFromShare = false; // the PDF of the same original bytes, already published
    bool fromCache = false; // the PDF of the same original bytes, converted earlier here
};

struct ConversionStep {
    int done = 0;
    int total = 0;
    QString documentTitle;
    ConversionProgress time;
};

// Converts a draft's office documents to PDF before anything is written to the share
// (docs/office-documents.md). A document whose original bytes were already published keeps
// its published PDF (read back from the share and checked against its hash), so publishing
// again does not turn an unchanged Word file into an "updated" document for delegates.
class OfficePreparation final {
public:
    using ProgressCallback = std::function<void(const ConversionStep &)>;

    OfficePreparation(OfficeConverter &converter, QString sharePath);
    ~OfficePreparation();

    // The published documents of the newest revision (their originals say which PDFs can be
    // reused); none for a first publication.
    void setPublishedDocuments(const QList<DocumentRef> &documents);

    // One entry per document id. Problems name each document that cannot be converted; when
    // cancelled, cancelled() is true and the result is incomplete.
    QHash<QString, PreparedDocument> prepare(const DraftMeeting &draft,
        const CancellationToken &cancel, const ProgressCallback &progress = {});
    const QList<ValidationProblem> &problems() const { return m_problems; }
    bool cancelled() const { return m_cancelled; }

private:
    QString reusePublishedPdf(const QString &originalSha256);

    OfficeConverter &m_converter;
    QString m_sharePath;
    QHash<QString, DocumentRef> m_publishedByOriginal; // original sha256 -> published document
    std::unique_ptr<QTemporaryDir> m_work;
    QList<ValidationProblem> m_problems;
    bool m_cancelled = false;
};

} // namespace phonghop
