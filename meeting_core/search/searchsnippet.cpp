#include "meeting_core/search/searchsnippet.h"

#include "meeting_core/search/textfolding.h"

#include <QSet>
#include <algorithm>

namespace phonghop {

namespace {

bool isWordUnit(QChar c)
{
    return c.isLetterOrNumber() || c.isSurrogate();
}

// Where the word starting at `from` (a word start in folded text) ends.
qsizetype wordEnd(const QString &folded, qsizetype from)
{
    while (from < folded.size() && isWordUnit(folded.at(from)))
        ++from;
    return from;
}

qsizetype nextWordStart(const QString &folded, qsizetype from)
{
    while (from < folded.size() && !isWordUnit(folded.at(from)))
        ++from;
    return from;
}

} // namespace

QVector<QPair<int, int>> findTermOccurrences(const QString &text, const QList<SearchTerm> &terms)
{
    QVector<QPair<int, int>> found;
    // One folding pass over the page; each term's first word is looked up with indexOf and
    // the rest checked word by word, as the index matches them.
    const textfolding::FoldedText folded = textfolding::foldWithMap(text);
    const QString &haystack = folded.text;
    for (const SearchTerm &term : terms) {
        if (term.words.isEmpty())
            continue;
        const QString &first = term.words.first();
        qsizetype from = 0;
        while ((from = haystack.indexOf(first, from)) >= 0) {
            const qsizetype start = from;
            from += 1;
            if (start > 0 && isWordUnit(haystack.at(start - 1)))
                continue;
            qsizetype position = start;
            qsizetype end = start;
            bool match = true;
            for (qsizetype k = 0; k < term.words.size() && match; ++k) {
                if (k > 0)
                    position = nextWordStart(haystack, end);
                const QString &want = term.words.at(k);
                end = wordEnd(haystack, position);
                const bool last = k + 1 == term.words.size();
                const QStringView have = QStringView(haystack).mid(position, end - position);
                match = (last && term.prefix) ? have.startsWith(want) : have == want;
            }
            if (!match)
                continue;
            int sourceStart = folded.sourceIndex.at(start);
            int sourceEnd = folded.sourceIndex.at(end - 1) + 1;
            // A decomposed mark after the last letter belongs to the word.
            while (
                sourceEnd < text.size() && text.at(sourceEnd).category() == QChar::Mark_NonSpacing)
                ++sourceEnd;
            found.append({ sourceStart, sourceEnd - sourceStart });
            from = end;
        }
    }
    std::sort(found.begin(), found.end());
    return found;
}

Snippet makeSnippet(const QString &text, const QList<SearchTerm> &terms, int width)
{
    Snippet snippet;
    const QVector<QPair<int, int>> occurrences = findTermOccurrences(text, terms);
    // Centre on the place where most of the typed words come together, not merely the
    // first place one of them appears.
    int first = occurrences.isEmpty() ? 0 : occurrences.first().first;
    int bestCovered = 0;
    // Each occurrence folded once, not once per window it falls in.
    QStringList foldedOccurrences;
    foldedOccurrences.reserve(occurrences.size());
    for (const auto &[position, length] : occurrences)
        foldedOccurrences.append(textfolding::fold(QStringView(text).mid(position, length)));
    for (qsizetype i = 0; i < occurrences.size(); ++i) {
        QSet<QString> words;
        const int from = occurrences.at(i).first;
        for (qsizetype k = i; k < occurrences.size() && occurrences.at(k).first < from + width / 2;
             ++k)
            words.insert(foldedOccurrences.at(k));
        if (words.size() > bestCovered) {
            bestCovered = static_cast<int>(words.size());
            first = from;
        }
    }
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
        snippet.highlights.append({ from, to - from });
    }
    snippet.text = out;
    return snippet;
}

} // namespace phonghop
