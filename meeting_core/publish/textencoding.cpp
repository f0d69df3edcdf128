#include "textencoding.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace phonghop::textencoding {

namespace {

// The context of this file's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::TextEncoding)
};

// Windows-1258 bytes 0x80..0xFF (Microsoft's table; 0 = undefined). 0xCC, 0xD2, 0xDE, 0xEC
// and 0xF2 are the combining tone marks (grave, hook above, tilde, acute, dot below).
constexpr char16_t highHalf[128] = {
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, // 80
    0x02C6, 0x2030, 0, 0x2039, 0x0152, 0, 0, 0, // 88
    0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 90
    0x02DC, 0x2122, 0, 0x203A, 0x0153, 0, 0, 0x0178, // 98
    0x00A0, 0x00A1, 0x00A2, 0x00A3, 0x00A4, 0x00A5, 0x00A6, 0x00A7, // A0
    0x00A8, 0x00A9, 0x00AA, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF, // A8
    0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x00B4, 0x00B5, 0x00B6, 0x00B7, // B0
    0x00B8, 0x00B9, 0x00BA, 0x00BB, 0x00BC, 0x00BD, 0x00BE, 0x00BF, // B8
    0x00C0, 0x00C1, 0x00C2, 0x0102, 0x00C4, 0x00C5, 0x00C6, 0x00C7, // C0
    0x00C8, 0x00C9, 0x00CA, 0x00CB, 0x0300, 0x00CD, 0x00CE, 0x00CF, // C8
    0x0110, 0x00D1, 0x0309, 0x00D3, 0x00D4, 0x01A0, 0x00D6, 0x00D7, // D0
    0x00D8, 0x00D9, 0x00DA, 0x00DB, 0x00DC, 0x01AF, 0x0303, 0x00DF, // D8
    0x00E0, 0x00E1, 0x00E2, 0x0103, 0x00E4, 0x00E5, 0x00E6, 0x00E7, // E0
    0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x0301, 0x00ED, 0x00EE, 0x00EF, // E8
    0x0111, 0x00F1, 0x0323, 0x00F3, 0x00F4, 0x01A1, 0x00F6, 0x00F7, // F0
    0x00F8, 0x00F9, 0x00FA, 0x00FB, 0x00FC, 0x01B0, 0x20AB, 0x00FF, // F8
};

bool isVietnameseMark(char16_t c)
{
    switch (c) {
    case 0x0300:
    case 0x0301:
    case 0x0303:
    case 0x0309:
    case 0x0323: // tones
    case 0x0302:
    case 0x0306:
    case 0x031B: // â ă ơ ư
        return true;
    default:
        return false;
    }
}

bool isVietnameseBase(QChar c)
{
    const char16_t lower = c.toLower().unicode();
    if (lower == u'đ')
        return true;
    return lower >= u'a' && lower <= u'z';
}

} // namespace

QString decodeWindows1258(const QByteArray &bytes)
{
    QString text;
    text.reserve(bytes.size());
    for (const char byte : bytes) {
        const auto b = static_cast<unsigned char>(byte);
        if (b < 0x80)
            text += QChar(b);
        else if (const char16_t c = highHalf[b - 0x80])
            text += QChar(c);
        else
            text += QChar(QChar::ReplacementCharacter);
    }
    return text.normalized(QString::NormalizationForm_C);
}

bool looksVietnamese(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.unicode() < 0x80)
            continue;
        if (c == QChar::ReplacementCharacter)
            return false;
        if (c.category() == QChar::Mark_NonSpacing)
            return false; // a tone mark that did not combine with a vowel
        if (!c.isLetter()) {
            // Typographic punctuation is fine; other symbols in a list of names are not.
            if (c.category() == QChar::Punctuation_InitialQuote
                || c.category() == QChar::Punctuation_FinalQuote
                || c.category() == QChar::Punctuation_Dash || c == QChar(0x00A0)
                || c == QChar(0x2026))
                continue;
            return false;
        }
        const QString parts = QString(c).normalized(QString::NormalizationForm_D);
        if (!isVietnameseBase(parts.at(0)))
            return false;
        for (qsizetype k = 1; k < parts.size(); ++k) {
            if (!isVietnameseMark(parts.at(k).unicode()))
                return false;
        }
    }
    return true;
}

Result<DecodedText> decode(const QByteArray &bytes)
{
    using R = Result<DecodedText>;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return DecodedText {
            QString::fromUtf8(bytes.mid(3)).normalized(QString::NormalizationForm_C),
            QStringLiteral("UTF-8"), true
        };
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder utf16(QStringConverter::Utf16, QStringConverter::Flag::ConvertInitialBom);
        const QString text = utf16.decode(bytes);
        if (!utf16.hasError())
            return DecodedText { text.normalized(QString::NormalizationForm_C),
                QStringLiteral("UTF-16"), false };
    }
    QStringDecoder utf8(QStringConverter::Utf8);
    const QString text = utf8.decode(bytes);
    if (!utf8.hasError())
        return DecodedText { text.normalized(QString::NormalizationForm_C), QStringLiteral("UTF-8"),
            true };

    const QString legacy = decodeWindows1258(bytes);
    if (looksVietnamese(legacy))
        return DecodedText { legacy, QStringLiteral("Windows-1258"), false };
    return R::failure(
        Tr::tr("The file is not in UTF-8, and it does not read as Vietnamese Windows-1258 "
               "either (it may be TCVN3 or VNI). Save it again as \"CSV UTF-8\" and import "
               "that file."));
}

} // namespace phonghop::textencoding
