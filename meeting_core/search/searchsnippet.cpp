#include "search/searchsnippet.h"

#include "search/textfolding.h"

#include <algorithm>

namespace phonghop {

namespace {

struct Word {
    QString text;  // folded
    int start = 0; // in the original text
    int end = 0;
};

QVector<Word> wordsWithPositions(const QString &text)
{
    const textfolding::FoldedText folded = textfolding::foldWithMap(text);
    QVector<Word> words;
    Word current;
    bool inWord = false;
    for (qsizetype i = 0; i < folded.text.size(); ++i) {
        const QChar c = folded.text.at(i);
        const int source = folded.sourceIndex.at(i);
        if (c.isLetterOrNumber() || c.isSurrogate()) {
            if (!inWord) {
                current = Word{QString(), source, source};
                inWord = true;
            }
            current.text.append(c);
            current.end = source + 1;
        } else if (inWord) {
            words.append(current);
            inWord = false;
        }
    }
    if (inWord)
        words.append(current);
    // A decomposed mark after the last letter belongs to the word.
    for (Word &word : words) {
        while (word.end < text.size() && text.at(word.end).category() == QChar::Mark_NonSpacing)
            ++word.end;
    }
    return words;
}

} // namespace

QVector<QPair<int, int>> findTermOccurrences(const QString &text, const QList<SearchTerm> &terms)
{
    QVector<QPair<int, int>> found;
    const QVector<Word> words = wordsWithPositions(text);
    for (const SearchTerm &term : terms) {
        const qsizetype length = term.words.size();
        if (length == 0)
            continue;
        for (qsizetype i = 0; i + length <= words.size(); ++i) {
            bool match = true;
            for (qsizetype k = 0; k < length && match; ++k) {
                const QString &want = term.words.at(k);
                const QString &have = words.at(i + k).text;
                const bool last = k + 1 == length;
                match = (last && term.prefix) ? have.startsWith(want) : have == want;
            }
            if (match)
                found.append({words.at(i).start, words.at(i + length - 1).end - words.at(i).start});
        }
    }
    std::sort(found.begin(), found.end());
    return found;
}

Snippet makeSnippet(const QString &text, const QList<SearchTerm> &terms, int width)
{
    Snippet snippet;
    const QVector<QPair<int, int>> occurrences = findTermOccurrences(text, terms);
    const int first = occurrences.isEmpty() ? 0 : occurrences.first().first;
    // Some context before the hit, most of the room after it; cut at spaces.
    int start = std::max(0, first - width / 3);
    while (start > 0 && start < first && !text.at(start - 1).isSpace())
        ++start;
    int end = std::min(static_cast<int>(text.size()), start + width);
    while (end < text.size() && end > first && !text.at(end).isSpace() && end - start < width + 20)
        ++end;

    QString out;
    QVector<int> map(end - start + 1, 0); // original offset -> snippet offset
    if (start > 0)
        out += QChar(0x2026);
    bool lastWasSpace = false;
    for (int i = start; i < end; ++i) {
        map[i - start] = static_cast<int>(out.size());
        const QChar c = text.at(i);
        if (c.isSpace()) {
            if (!lastWasSpace)
                out += QLatin1Char(' ');
            lastWasSpace = true;
        } else {
            out += c;
            lastWasSpace = false;
        }
    }
    map[end - start] = static_cast<int>(out.size());
    if (end < text.size())
        out += QChar(0x2026);
    for (const auto &[position, length] : occurrences) {
        if (position < start || position + length > end)
            continue;
        const int from = map[position - start];
        const int to = map[position + length - start];
        snippet.highlights.append({from, to - from});
    }
    snippet.text = out;
    return snippet;
}

} // namespace phonghop
