#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace phonghop {

// What the reader asked for: the words typed in the search box plus the filters.
// Words are all required; "a phrase in quotes" must appear as written (accents aside);
// word* matches every word starting with word.
struct SearchQuery {
    QString text;
    QStringList meetingIds; // empty: every cached meeting
    QDateTime from; // meetings starting at or after (invalid: no limit)
    QDateTime to; // meetings starting before (invalid: no limit)
    QStringList documentKinds; // "to-trinh", ...; when set, only pages of those documents
    QStringList entryKinds; // "document-page", "agenda-item", "note", ...; empty: all
    bool prefixLastWord = false; // search-as-you-type: the last word may still be growing
    int limit = 200;
};

// One part of the query after parsing: folded words that must follow each other.
struct SearchTerm {
    QStringList words; // folded (no marks, đ → d, lower case)
    QStringList exactWords; // same words with their marks, case folded (NFC)
    bool prefix = false; // the last word is a prefix
    bool phrase = false; // written in quotes
};

// Splits the text into terms; an empty list when nothing searchable was typed.
QList<SearchTerm> parseSearchText(const QString &text, bool prefixLastWord);

} // namespace phonghop
