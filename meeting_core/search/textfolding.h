#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace phonghop::textfolding {

// Folds text for accent-insensitive Vietnamese search: NFC and NFD input give the same
// result, tones and vowel marks are removed (ế → e, ư → u), đ/Đ become d (SQLite's
// remove_diacritics keeps đ, see FINDINGS.md) and case is folded.
QString fold(QStringView text);

// Case folded and composed (NFC) but with every mark kept: what "exact" means when the
// reader typed diacritics on purpose.
QString foldCaseOnly(QStringView text);

// True when the text carries tone or vowel marks or đ, i.e. the reader typed them.
bool hasDiacritics(QStringView text);

// fold() with, for each output unit, the index of the unit of `text` it came from, so a
// hit found in folded text can be shown in the original (snippets, highlights).
struct FoldedText {
    QString text;
    QVector<int> sourceIndex;
};
FoldedText foldWithMap(QStringView text);

// Splits folded text into words the way SQLite's unicode61 tokenizer does (letters and
// digits; everything else separates).
QStringList words(QStringView foldedText);

} // namespace phonghop::textfolding
