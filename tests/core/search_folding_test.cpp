#include <catch2/catch.hpp>

#include "meeting_core/search/searchquery.h"
#include "meeting_core/search/searchsnippet.h"
#include "meeting_core/search/textfolding.h"

using namespace phonghop;

namespace {
QString nfd(const QString &text)
{
    return text.normalized(QString::NormalizationForm_D);
}
QString nfc(const QString &text)
{
    return text.normalized(QString::NormalizationForm_C);
}
} // namespace

TEST_CASE("Every Vietnamese vowel with every tone folds to its bare letter, in both cases",
    "[search][folding]")
{
    // Base vowels with their vowel marks (breve, circumflex, horn) and what they fold to.
    const QList<QPair<QString, QChar>> vowels = {
        { QStringLiteral("a"), u'a' },
        { QStringLiteral("ă"), u'a' },
        { QStringLiteral("â"), u'a' },
        { QStringLiteral("e"), u'e' },
        { QStringLiteral("ê"), u'e' },
        { QStringLiteral("i"), u'i' },
        { QStringLiteral("o"), u'o' },
        { QStringLiteral("ô"), u'o' },
        { QStringLiteral("ơ"), u'o' },
        { QStringLiteral("u"), u'u' },
        { QStringLiteral("ư"), u'u' },
        { QStringLiteral("y"), u'y' },
    };
    // No tone, huyền, sắc, hỏi, ngã, nặng.
    const QList<QString> tones = { QString(), QString(QChar(0x0300)), QString(QChar(0x0301)),
        QString(QChar(0x0309)), QString(QChar(0x0303)), QString(QChar(0x0323)) };
    int checked = 0;
    for (const auto &[vowel, bare] : vowels) {
        for (const QString &tone : tones) {
            for (const QString &letter : { vowel, vowel.toUpper() }) {
                const QString composed = nfc(letter + tone);
                INFO("letter " << composed.toStdString());
                // Composed Vietnamese letters are single units (ế is U+1EBF).
                CHECK(composed.size() == 1);
                CHECK(textfolding::fold(composed) == QString(bare));
                CHECK(textfolding::fold(nfd(composed)) == QString(bare));
                ++checked;
            }
        }
    }
    CHECK(checked == 12 * 6 * 2);
}

TEST_CASE("đ and Đ fold to d, which SQLite's remove_diacritics does not do", "[search][folding]")
{
    CHECK(textfolding::fold(QStringLiteral("đ")) == QStringLiteral("d"));
    CHECK(textfolding::fold(QStringLiteral("Đ")) == QStringLiteral("d"));
    CHECK(textfolding::fold(QStringLiteral("Đảng ủy")) == QStringLiteral("dang uy"));
    CHECK(textfolding::fold(QStringLiteral("QĐ-UBND")) == QStringLiteral("qd-ubnd"));
}

TEST_CASE("Mixed case and NFD or NFC input fold to the same text", "[search][folding]")
{
    const QString sentence = QStringLiteral("Quyết định số 01/2019/QĐ-UBND về Đề án Phát triển");
    const QString expected = QStringLiteral("quyet dinh so 01/2019/qd-ubnd ve de an phat trien");
    CHECK(textfolding::fold(sentence) == expected);
    CHECK(textfolding::fold(nfd(sentence)) == expected);
    CHECK(textfolding::fold(sentence.toUpper()) == expected);
    CHECK(textfolding::fold(QStringLiteral("qUYẾT đỊNH")) == QStringLiteral("quyet dinh"));
    CHECK(textfolding::foldCaseOnly(nfd(QStringLiteral("QUYẾT"))) == QStringLiteral("quyết"));
}

TEST_CASE("Typed diacritics are recognised, in NFD too, plain text has none", "[search][folding]")
{
    CHECK(textfolding::hasDiacritics(QStringLiteral("quyết")));
    CHECK(textfolding::hasDiacritics(nfd(QStringLiteral("quyết"))));
    CHECK(textfolding::hasDiacritics(QStringLiteral("dang Đ")));
    CHECK_FALSE(textfolding::hasDiacritics(QStringLiteral("quyet dinh QD-UBND 2026")));
}

TEST_CASE("Folding keeps a map back to the original text for highlights", "[search][folding]")
{
    const QString text = nfd(QStringLiteral("Số Đề án"));
    const textfolding::FoldedText folded = textfolding::foldWithMap(text);
    CHECK(folded.text == QStringLiteral("so de an"));
    REQUIRE(folded.sourceIndex.size() == folded.text.size());
    const qsizetype d = folded.text.indexOf(u'd');
    CHECK(text.at(folded.sourceIndex.at(d)) == QChar(0x0110));
}

TEST_CASE(
    "Query parsing: words, quoted phrases, prefixes and hyphenated numbers", "[search][query]")
{
    const QList<SearchTerm> terms
        = parseSearchText(QStringLiteral("\"kế hoạch đầu tư\" ngân* QĐ-UBND"), false);
    REQUIRE(terms.size() == 3);
    CHECK(terms.at(0).phrase);
    CHECK(terms.at(0).words
        == QStringList { QStringLiteral("ke"), QStringLiteral("hoach"), QStringLiteral("dau"),
            QStringLiteral("tu") });
    CHECK(terms.at(0).exactWords.first() == QStringLiteral("kế"));
    CHECK(terms.at(1).prefix);
    CHECK(terms.at(1).words == QStringList { QStringLiteral("ngan") });
    CHECK(terms.at(2).words == QStringList { QStringLiteral("qd"), QStringLiteral("ubnd") });
    CHECK_FALSE(terms.at(2).prefix);

    const QList<SearchTerm> typing = parseSearchText(QStringLiteral("quyết đị"), true);
    REQUIRE(typing.size() == 2);
    CHECK_FALSE(typing.at(0).prefix);
    CHECK(typing.at(1).prefix);
    CHECK(parseSearchText(QStringLiteral("  \" - ; "), true).isEmpty());
}

TEST_CASE("A snippet shows the text around the hit and marks it in the original spelling",
    "[search][snippet]")
{
    QString text;
    for (int i = 0; i < 40; ++i)
        text += QStringLiteral("Lời mở đầu của văn bản. ");
    text += QStringLiteral("Căn cứ Quyết định số 15/QĐ-UBND\nngày 20 tháng 11 năm 2026. ");
    for (int i = 0; i < 40; ++i)
        text += QStringLiteral("Phần cuối. ");
    const Snippet snippet = makeSnippet(text, parseSearchText(QStringLiteral("quyet dinh"), false));
    CHECK(snippet.text.startsWith(QChar(0x2026)));
    CHECK(snippet.text.endsWith(QChar(0x2026)));
    CHECK_FALSE(snippet.text.contains(u'\n'));
    INFO(snippet.text.toStdString());
    // Two words typed, two words marked.
    REQUIRE(snippet.highlights.size() == 2);
    CHECK(snippet.text.mid(snippet.highlights.at(0).first, snippet.highlights.at(0).second)
        == QStringLiteral("Quyết"));
    CHECK(snippet.text.mid(snippet.highlights.at(1).first, snippet.highlights.at(1).second)
        == QStringLiteral("định"));
    const Snippet phrase
        = makeSnippet(text, parseSearchText(QStringLiteral("\"quyet dinh\""), false));
    REQUIRE(phrase.highlights.size() == 1);
    CHECK(phrase.text.mid(phrase.highlights.first().first, phrase.highlights.first().second)
        == QStringLiteral("Quyết định"));

    const Snippet code = makeSnippet(text, parseSearchText(QStringLiteral("QD-UBND"), false));
    REQUIRE(code.highlights.size() == 1);
    CHECK(code.text.mid(code.highlights.first().first, code.highlights.first().second)
        == QStringLiteral("QĐ-UBND"));
}
