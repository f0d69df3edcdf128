#pragma once

#include "meeting_core/annotations/annotation.h"
#include "meeting_core/pdf/pdfpagetext.h"
#include "meeting_core/util/result.h"

#include <QSizeF>
#include <QVector>

namespace phonghop {

class AnnotationStore;

// The text and page sizes of one version of a document: what carry-over compares.
struct DocumentText {
    QVector<PdfPageText> pages;
    QVector<QSizeF> sizes; // points
    static Result<DocumentText> load(const QString &pdfPath);
};

struct CarryOverResult {
    QVector<Annotation> placed; // on their new page and position
    QVector<Annotation> needsReview; // needsReview set, with a reason; never dropped
};

// Carries annotations from one version of a document to the next. Text markup follows its
// quoted text (and the text around it when the quote occurs more than once); ink, notes and
// text boxes follow the text nearest to them, moved by as much as that text moved. Anything
// that cannot be placed with confidence is returned as needing review, not guessed.
CarryOverResult carryOver(const QVector<Annotation> &annotations, const DocumentText &oldText,
    const DocumentText &newText, int fromVersion);

// Runs carry-over once for an owner from one version to the next and stores the result in
// one transaction (placed and needing review alike). Returns how many need review.
Result<int> carryOverToVersion(AnnotationStore &store, const QString &owner,
    const QString &documentId, int fromVersion, const QString &oldPdf, int toVersion,
    const QString &newPdf);

} // namespace phonghop
