#include "meeting_core/search/textfolding.h"

#include <array>

namespace phonghop::textfolding {

namespace {

constexpr char16_t dropped = 0;
constexpr char16_t complex = 0xFFFF;

// Folds one UTF-16 unit without the table: compatibility decomposition, marks dropped,
// đ → d, case folded. May give zero, one or several units.
QString foldSlow(QChar c)
{
    if (c == QChar(0x0111) || c == QChar(0x0110))
        return QStringLiteral("d");
    if (c.isSurrogate())
        return QString(c);
    QString result;
    const QString decomposed = QString(c).normalized(QString::NormalizationForm_KD);
    for (const QChar part : decomposed) {
        if (part.category() == QChar::Mark_NonSpacing || part.category() == QChar::Mark_Enclosing
            || part.category() == QChar::Mark_SpacingCombining)
            continue;
        if (part == QChar(0x0111) || part == QChar(0x0110)) {
            result += QLatin1Char('d');
            continue;
        }
        result += part.toCaseFolded();
    }
    return result;
}

// Every unit below 0x2000 (Latin, Vietnamese, combining marks, Greek, Cyrillic) is looked
// up in a table built once: folding runs over every page of every document.
constexpr int tableSize = 0x2000;

const std::array<char16_t, tableSize> &foldTable()
{
    static const std::array<char16_t, tableSize> table = [] {
        std::array<char16_t, tableSize> t {};
        for (int i = 0; i < tableSize; ++i) {
            const QString folded = foldSlow(QChar(static_cast<char16_t>(i)));
            if (folded.isEmpty())
                t[i] = dropped;
            else if (folded.size() == 1)
                t[i] = folded.at(0).unicode();
            else
                t[i] = complex;
        }
        return t;
    }();
    return table;
}

template <typename Sink> void foldEach(QStringView composed, Sink sink)
{
    const auto &table = foldTable();
    for (qsizetype i = 0; i < composed.size(); ++i) {
        const char16_t unit = composed.at(i).unicode();
        if (unit < tableSize && table[unit] != complex) {
            if (table[unit] != dropped)
                sink(QChar(table[unit]), i);
            continue;
        }
        if (QChar::isSurrogate(unit)) {
            sink(QChar(unit), i);
            continue;
        }
        for (const QChar part : foldSlow(QChar(unit)))
            sink(part, i);
    }
}

bool isNormalizedAscii(QStringView text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

} // namespace

QString fold(QStringView text)
{
    // ASCII needs no normalisation; most of a page is ASCII-free in Vietnamese, though.
    const QString composed = isNormalizedAscii(text)
        ? text.toString()
        : text.toString().normalized(QString::NormalizationForm_C);
    QString result;
    result.reserve(composed.size());
    foldEach(composed, [&result](QChar c, qsizetype) { result.append(c); });
    return result;
}

FoldedText foldWithMap(QStringView text)
{
    FoldedText folded;
    // Snippets fold whole pages for every hit shown: write into sized buffers rather than
    // appending unit by unit (a unit rarely folds into more than one).
    qsizetype capacity = text.size() + 16;
    folded.text.resize(capacity);
    folded.sourceIndex.resize(capacity);
    qsizetype used = 0;
    QChar *out = folded.text.data();
    int *map = folded.sourceIndex.data();
    // Indexes refer to `text` as given: fold unit by unit, without composing first, so a
    // decomposed mark simply drops out and a composed letter maps to itself.
    foldEach(text, [&](QChar c, qsizetype index) {
        if (used == capacity) {
            capacity *= 2;
            folded.text.resize(capacity);
            folded.sourceIndex.resize(capacity);
            out = folded.text.data();
            map = folded.sourceIndex.data();
        }
        out[used] = c;
        map[used] = static_cast<int>(index);
        ++used;
    });
    folded.text.truncate(used);
    folded.sourceIndex.resize(used);
    return folded;
}

QString foldCaseOnly(QStringView text)
{
    return text.toString().normalized(QString::NormalizationForm_C).toCaseFolded();
}

bool hasDiacritics(QStringView text)
{
    const QString composed = text.toString().normalized(QString::NormalizationForm_C);
    return fold(composed) != composed.toCaseFolded();
}

QStringList words(QStringView foldedText)
{
    QStringList result;
    QString current;
    for (const QChar c : foldedText) {
        if (c.isLetterOrNumber() || c.isSurrogate()) {
            current.append(c);
        } else if (!current.isEmpty()) {
            result.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        result.append(current);
    return result;
}

} // namespace phonghop::textfolding
