#pragma once

// Generated PDFs read back through Poppler: their text, and where the heading of Decree
// 30/2020/NĐ-CP stands on page 1 (minutes, attendance list, the demo's documents).
#include "meeting_core/pdf/pdfdocument.h"

#include <catch2/catch.hpp>

#include <QRectF>
#include <QString>
#include <QStringList>
#include <QVector>

#include <cmath>

namespace phonghop::test {

// The text of every page, words separated by single spaces.
inline QString pdfText(const QString &path)
{
    auto doc = PdfDocument::open(path);
    REQUIRE(doc.ok());
    QString text;
    for (int page = 0; page < doc.value()->pageCount(); ++page)
        for (const PdfTextBox &box : doc.value()->textBoxes(page))
            text += box.text + u' ';
    return text.simplified();
}

// The boxes of `words` where they first follow each other in `boxes`, or none.
inline QVector<PdfTextBox> consecutiveWords(
    const QVector<PdfTextBox> &boxes, const QStringList &words)
{
    for (qsizetype i = 0; i + words.size() <= boxes.size(); ++i) {
        bool match = true;
        for (qsizetype j = 0; j < words.size() && match; ++j)
            match = boxes.at(i + j).text == words.at(j);
        if (match)
            return boxes.mid(i, words.size());
    }
    return {};
}

inline QRectF united(const QVector<PdfTextBox> &boxes)
{
    QRectF r;
    for (const PdfTextBox &b : boxes)
        r = r.united(b.rect);
    return r;
}

// Decree 30/2020/NĐ-CP: the national heading on one line in 12-13 pt upright bold, the motto
// centred below it, the agency on the left; all inside the printable width of A4.
inline void checkHeading(const QString &pdfPath, const QString &agencyFirstWord)
{
    auto doc = PdfDocument::open(pdfPath);
    REQUIRE(doc.ok());
    const QVector<PdfTextBox> boxes = doc.value()->textBoxes(0);
    const QVector<PdfTextBox> heading
        = consecutiveWords(boxes, QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").split(u' '));
    REQUIRE(heading.size() == 8);
    for (const PdfTextBox &word : heading) {
        INFO(word.text.toStdString()
            << " at y " << word.rect.bottom() << ", the heading's first word at "
            << heading.first().rect.bottom());
        CHECK(std::abs(word.rect.bottom() - heading.first().rect.bottom()) < 1.0); // one baseline
        CHECK(std::abs(word.rect.height() - heading.first().rect.height()) < 0.5); // one size
    }
    for (qsizetype i = 1; i < heading.size(); ++i)
        CHECK(heading.at(i).rect.left() > heading.at(i - 1).rect.right()); // left to right
    // Poppler's box is the font's ascent to descent: about 1.1-1.2 times the size in points.
    const qreal height = heading.first().rect.height();
    INFO("heading box height " << height << " pt");
    CHECK(height >= 12.0);
    CHECK(height <= 15.6);

    const QRectF line = united(heading);
    const QSizeF page = doc.value()->pageSize(0);
    CHECK(line.right() <= page.width() - 15 * 72 / 25.4 + 1); // right margin 15 mm
    const QVector<PdfTextBox> motto
        = consecutiveWords(boxes, QStringLiteral("Độc lập - Tự do - Hạnh phúc").split(u' '));
    REQUIRE(motto.size() == 8);
    const QRectF mottoLine = united(motto);
    CHECK(mottoLine.top() >= line.bottom() - 1); // below, not beside
    CHECK(mottoLine.top() - line.bottom() < 6); // the next line
    CHECK(std::abs(mottoLine.center().x() - line.center().x()) < 3); // centred under it

    const QVector<PdfTextBox> agency = consecutiveWords(boxes, { agencyFirstWord });
    REQUIRE(agency.size() == 1);
    CHECK(agency.first().rect.right() < line.left()); // on the left
    CHECK(std::abs(agency.first().rect.top() - line.top()) < 2); // at the same height
}

} // namespace phonghop::test
