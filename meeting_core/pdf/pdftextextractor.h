#pragma once

#include "meeting_core/util/cancellation.h"
#include "meeting_core/util/result.h"

#include <QString>
#include <QStringList>

namespace phonghop {

// Guards for reading a document's text, as rendering has them (PdfRenderOptions): a PDF comes
// from outside the office and may be built to exhaust the machine that indexes it.
struct TextExtractionLimits {
    int maxPages = 5000; // later pages are not searchable
    qsizetype maxPageChars = 200'000; // the rest of a longer page is cut
    qsizetype maxDocumentChars = 20'000'000; // pages after this much text are not read
    int pageTimeLimitMs = 10'000; // a page that takes longer gives no text
    int documentTimeLimitMs = 180'000; // pages after this are not read
};

// Pulls the text of every page of a PDF for the search index, in reading order as Poppler
// lays out its words (the order the viewer's find uses). A page without a text layer (a scan)
// gives an empty string. Poppler stays inside the .cpp, as everywhere in meeting_core.
class PdfTextExtractor final {
public:
    // Fails with a translated message when the file is missing, damaged or encrypted.
    static Result<QStringList> extractPages(
        const QString &path, const CancellationToken &cancel = {});
    // The same within `limits`: what they kept out is said in `notes` (translated, one line
    // each), and the pages read so far are returned. Poppler's abort callback stops a page's
    // drawing operators at the time limit; its layout of the words collected so far cannot be
    // interrupted (docs/trust.md, "Files a hostile writer puts on the share").
    static Result<QStringList> extractPages(const QString &path, const CancellationToken &cancel,
        const TextExtractionLimits &limits, QStringList *notes);
};

} // namespace phonghop
