#pragma once

#include "util/cancellation.h"
#include "util/result.h"

#include <QString>
#include <QStringList>

namespace phonghop {

// Pulls the text of every page of a PDF for the search index, in reading order as Poppler
// lays it out (what pdftotext prints). A page without a text layer (a scan) gives an empty
// string. Poppler stays inside the .cpp, as everywhere in meeting_core.
class PdfTextExtractor final {
public:
    // Fails with a translated message when the file is missing, damaged or encrypted.
    static Result<QStringList> extractPages(const QString &path, const CancellationToken &cancel = {});
};

} // namespace phonghop
