#pragma once

#include "meeting_core/search/searchquery.h"

#include <QPair>
#include <QString>
#include <QVector>

namespace phonghop {

// A short single-line extract of a text around the first place the terms occur, with the
// occurrences marked: what a result list shows under each hit.
struct Snippet {
    QString text;
    QVector<QPair<int, int>> highlights; // (start, length) in text
};

// Matching is accent- and case-insensitive, word by word, as in the index. When no term
// is found (a hit on another field) the beginning of the text is shown.
Snippet makeSnippet(const QString &text, const QList<SearchTerm> &terms, int width = 180);

// Where the terms occur in text: (start, length) in text's units, in order.
QVector<QPair<int, int>> findTermOccurrences(const QString &text, const QList<SearchTerm> &terms);

} // namespace phonghop
