#pragma once

#include "meeting_core/util/result.h"

#include <QString>
#include <QStringList>

namespace phonghop {

// What a generated Vietnamese administrative document says (Decree 30/2020/NĐ-CP layout:
// national heading, agency, number, place and date, title, body, signature).
struct GeneratedDocument {
    QString agency; // "ỦY BAN NHÂN DÂN TỈNH SƠN HÀ"
    QString issuingUnit; // "SỞ KẾ HOẠCH VÀ ĐẦU TƯ", may be empty
    QString number; // "Số: 123/TTr-SKHĐT"
    QString placeAndDate; // "Sơn Hà, ngày 20 tháng 11 năm 2026"
    QString kindTitle; // "TỜ TRÌNH"
    QString subject; // "Về kế hoạch đầu tư công năm 2027"
    QStringList paragraphs;
    int minimumPages = 1; // more body text is generated until the document reaches it
    QString signerTitle; // "GIÁM ĐỐC"
    QString signerName;
    quint32 seed = 1; // the generated text depends only on it
};

// Writes real PDFs for the demo share, the tests and the benchmarks, with QPdfWriter
// (Vietnamese text in an embedded serif font).
namespace documentgenerator {

// Laid out like the minutes (pdf/administrativedocument.h): the national heading on one line,
// the committee above the issuing department on the left, body in 13 pt.
Status writeTextDocument(const QString &path, const GeneratedDocument &document);

// A document made of scanned-looking pages: each page is a 300-dpi greyscale image (slightly
// skewed, with paper noise and a stamp) embedded as JPEG, with no text layer, as real
// scanned government papers are.
Status writeScannedDocument(
    const QString &path, const GeneratedDocument &document, int pages, int dpi = 300);

// Deterministic Vietnamese body text for filling pages.
QStringList vietnameseParagraphs(int count, quint32 seed);

} // namespace documentgenerator
} // namespace phonghop
