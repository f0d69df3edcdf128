#pragma once

#include "meeting_core/util/result.h"

#include <QByteArray>
#include <QString>

namespace phonghop {

// Text from files people bring (CSV exported by Excel): UTF-8 (with or without a BOM),
// UTF-16 with a BOM, or Vietnamese Windows-1258. Windows-1258 writes most toned letters as
// a base letter plus a combining tone mark; the result is normalised to NFC so names compare
// and sort like the same names typed in UTF-8.
struct DecodedText {
    QString text;
    QString encodingName; // "UTF-8", "UTF-16", "Windows-1258"
    bool wasUtf8 = false;
};

namespace textencoding {

// Decodes bytes that are known to be Windows-1258 (our own table, so it does not depend on
// ICU being present), NFC-normalised. Bytes the code page leaves undefined become U+FFFD.
QString decodeWindows1258(const QByteArray &bytes);

// True when every non-ASCII letter of text belongs to the Vietnamese alphabet (a base letter
// with Vietnamese marks only) and no mark is left uncombined; used to tell Windows-1258
// from other legacy encodings (TCVN3, VNI) that would decode to mojibake.
bool looksVietnamese(const QString &text);

// Detects the encoding; fails, saying which encodings were tried, when the bytes are
// neither UTF-8 nor plausible Windows-1258.
Result<DecodedText> decode(const QByteArray &bytes);

} // namespace textencoding
} // namespace phonghop
