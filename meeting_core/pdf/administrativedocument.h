#pragma once

#include <QString>

namespace phonghop {

// The heading of a Vietnamese administrative document (Decree 30/2020/NĐ-CP, Appendix I).
struct AdministrativeHeading {
    QString
        parentAgency; // the agency above the issuer, "ỦY BAN NHÂN DÂN TỈNH SƠN HÀ"; may be empty
    QString agency; // the issuing agency, "SỞ KẾ HOẠCH VÀ ĐẦU TƯ"
    QString number; // "Số: 215/TTr-SKHĐT"
    QString placeAndDate; // "Sơn Hà, ngày 20 tháng 11 năm 2026"
    QString kindTitle; // "TỜ TRÌNH"
    QString subject; // "Về kế hoạch đầu tư công năm 2027"
};

// A4 documents laid out after Decree 30/2020/NĐ-CP: margins 30/15/20/20 mm, body 13 pt in a
// serif face with Vietnamese, the heading with the national heading on one line. Used by the
// minutes and by the demo's generated documents, so both print alike.
namespace administrativedocument {

constexpr qreal bodyPointSize = 13; // Decree 30: 13-14 pt

// Times New Roman where it is installed with Vietnamese (or Liberation Serif, its metrics),
// else DejaVu Serif.
QString family();

// The heading as rich text: on the left the agencies (names upper-cased), a short rule and the
// number; on the right the national heading on one line, the motto over its rule, the place
// and date; below them the kind of document and its subject over a short rule.
QString headingHtml(const AdministrativeHeading &heading);

// The style (without quotes) of a body paragraph with the 1 cm first-line indent.
QString indentStyle();

// Lays `html` out on the PDF writer itself (true point sizes) and writes `path`; false when
// no file was written.
[[nodiscard]] bool writePdf(const QString &path, const QString &title, const QString &html);

} // namespace administrativedocument
} // namespace phonghop
