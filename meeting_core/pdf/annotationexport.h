#pragma once

#include "meeting_core/annotations/annotation.h"
#include "meeting_core/util/result.h"

#include <QString>
#include <QVector>

namespace phonghop {

// "My annotated copy": the source PDF with the delegate's annotations written as real PDF
// annotations (highlight, underline, strike-out, ink, pop-up text notes, text boxes) that
// other viewers show and can still edit. Poppler stays in the .cpp.
//
// Text boxes: Poppler's own free-text appearance drops Vietnamese letters (FINDINGS.md), so a
// text box is written as a stamp annotation whose appearance is the text drawn by Qt, with the
// text in /Contents and the name "phonghop-freetext:<id>"; readPdfAnnotations maps it back.
//
// The file is written whole or not at all (atomicfile): a full or read-only folder gives a
// message and leaves nothing behind.
Status exportAnnotatedCopy(const QString &sourcePdf, const QVector<Annotation> &annotations,
    const QString &targetPath, const QString &author);

// The annotations inside a PDF (any producer), in the same model, for showing them and for
// checking an export. Types the model has no equivalent for are skipped.
Result<QVector<Annotation>> readPdfAnnotations(const QString &path);

// The image a text box is drawn as (also used to check that exported text is visible).
QImage renderFreeTextAppearance(
    const QString &text, const QColor &border, QSizeF pagePoints, const NormalizedRect &rect);

} // namespace phonghop
