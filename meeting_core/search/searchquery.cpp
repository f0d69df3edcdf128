#include "meeting_core/search/searchquery.h"

#include "meeting_core/search/textfolding.h"

namespace phonghop {

namespace {

// Words of one chunk of what was typed: "QĐ-UBND" gives the two words qd, ubnd, which must
// follow each other, as they do in the document.
SearchTerm makeTerm(const QString &chunk, bool phrase, bool prefix)
{
    SearchTerm term;
    term.phrase = phrase;
    term.prefix = prefix;
    term.words = textfolding::words(textfolding::fold(chunk));
    term.exactWords = textfolding::words(textfolding::foldCaseOnly(chunk));
    if (term.exactWords.size() != term.words.size())
        term.exactWords.clear(); // unusual scripts: no exact bonus rather than a wrong one
    return term;
}

} // namespace

QList<SearchTerm> parseSearchText(const QString &text, bool prefixLastWord)
{
    QList<SearchTerm> terms;
    const QString input = text.normalized(QString::NormalizationForm_C);
    QString current;
    bool inQuotes = false;
    bool phrasePrefix = false;
    auto flush = [&](bool phrase, bool prefix) {
        SearchTerm term = makeTerm(current, phrase, prefix);
        if (!term.words.isEmpty())
            terms.append(term);
        current.clear();
    };
    for (qsizetype i = 0; i < input.size(); ++i) {
        const QChar c = input.at(i);
        // Typographic quotes come from phones and word processors.
        const bool quote = c == u'"' || c == QChar(0x201C) || c == QChar(0x201D);
        if (quote) {
            flush(inQuotes, inQuotes && phrasePrefix);
            inQuotes = !inQuotes;
            phrasePrefix = false;
        } else if (!inQuotes && c.isSpace()) {
            flush(false, false);
        } else if (c == u'*'
            && (i + 1 == input.size() || input.at(i + 1).isSpace() || input.at(i + 1) == u'"')) {
            if (inQuotes) {
                phrasePrefix = true;
            } else {
                flush(false, true);
            }
        } else {
            current.append(c);
        }
    }
    const bool endsInSpace = !input.isEmpty() && input.back().isSpace();
    flush(inQuotes, prefixLastWord && !inQuotes && !endsInSpace);
    return terms;
}

} // namespace phonghop
