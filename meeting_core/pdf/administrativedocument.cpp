#include "administrativedocument.h"

#include <QAbstractTextDocumentLayout>
#include <QFileInfo>
#include <QFont>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QStringList>
#include <QTextDocument>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

namespace phonghop::administrativedocument {

namespace {

// A4 with the margins of Decree 30/2020/NĐ-CP (left 30 mm, right 15 mm, top and bottom 20 mm).
const QMarginsF pageMarginsMm(30, 20, 15, 20);
constexpr qreal mmToPt = 72.0 / 25.4;
constexpr int printResolution = 300; // dpi of the PDF writer the document is laid out on
constexpr qreal printableWidthPt = (210.0 - 15.0 - 30.0) * mmToPt; // 467.7 pt
// The heading's columns: the agency on the left, the national heading on the right.
constexpr int agencyColumnPercent = 36;
constexpr qreal agencyPointSize = 12; // Decree 30: 12-13 pt
constexpr qreal nationalHeadingPointSize = 13; // Decree 30: 12-13 pt, upright bold capitals
constexpr qreal titlePointSize = 14; // Decree 30: 13-14 pt

const QString nationalHeading = QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
const QString motto = QStringLiteral("Độc lập - Tự do - Hạnh phúc");

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// Width of text in points at pointSize; measured at a large pixel size so that hinting does
// not round it, and independent of any screen's resolution.
qreal widthInPoints(const QString &text, const QString &face, bool bold, qreal pointSize)
{
    QFont font(face);
    font.setBold(bold);
    font.setPixelSize(1000);
    return QFontMetricsF(font).horizontalAdvance(text) / 1000.0 * pointSize;
}

// The national heading must stay on one line: 13 pt when the column is wide enough for it in
// this face, else the largest size that fits (Decree 30 allows a smaller size for the width).
qreal nationalHeadingSize(const QString &face)
{
    const qreal column = printableWidthPt * (100 - agencyColumnPercent) / 100.0 - 6; // a little air
    const qreal atFull = widthInPoints(nationalHeading, face, true, nationalHeadingPointSize);
    if (atFull <= column)
        return nationalHeadingPointSize;
    return std::floor(nationalHeadingPointSize * column / atFull * 4) / 4; // quarter points
}

// Whether a line may end between `before` and `after` without cutting a phrase. A Vietnamese
// word is several syllables written apart ("nhân dân", "xã hội"), so a line rather ends after
// a comma or "của", or before "và", "về", a year, or the kind of an agency or a place ("ủy
// ban", "tỉnh", "xã"), but not just after a dash ("kinh tế - xã hội").
bool naturalBreak(const QString &before, const QString &after)
{
    static const QStringList starts = { QStringLiteral("và"), QStringLiteral("về"),
        QStringLiteral("năm"), QStringLiteral("ủy"), QStringLiteral("tỉnh"),
        QStringLiteral("thành"), QStringLiteral("huyện"), QStringLiteral("quận"),
        QStringLiteral("thị"), QStringLiteral("xã"), QStringLiteral("phường") };
    if (before == u'-')
        return false;
    return before.endsWith(u',') || before.endsWith(u';')
        || before.compare(QStringLiteral("của"), Qt::CaseInsensitive) == 0
        || starts.contains(after.toLower());
}

// A name too long for its column, broken into the fewest lines that fit, as even as can be
// and rather longer above than below ("ỦY BAN NHÂN DÂN / TỈNH SƠN HÀ", not "ỦY BAN NHÂN DÂN
// TỈNH SƠN / HÀ" as plain wrapping gives). Words too long for any line: left to the layout.
QStringList balancedLines(
    const QString &text, const QString &face, bool bold, qreal pointSize, qreal column)
{
    const QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    const auto width = [&](qsizetype from, qsizetype to) {
        return widthInPoints(words.mid(from, to - from).join(u' '), face, bold, pointSize);
    };
    if (words.size() < 2 || width(0, words.size()) <= column)
        return { text.simplified() };
    for (qsizetype lines = 2; lines <= std::min<qsizetype>(words.size(), 5); ++lines) {
        // Every way of cutting the words into `lines` lines that fit: the widest line counts,
        // half of each step where a line is longer than the one above it, and a quarter of the
        // column for a cut inside a phrase (naturalBreak): a ragged block reads better than a
        // word cut in two.
        QList<qsizetype> cuts, best;
        qreal bestScore = std::numeric_limits<qreal>::max();
        std::function<void(qsizetype, qsizetype)> cut = [&](qsizetype from, qsizetype left) {
            if (left == 1) {
                cuts << words.size();
                qreal widest = 0, steps = 0, above = std::numeric_limits<qreal>::max();
                qsizetype start = 0;
                bool fits = true;
                for (qsizetype end : std::as_const(cuts)) {
                    const qreal w = width(start, end);
                    fits = fits && w <= column;
                    widest = std::max(widest, w);
                    steps += std::max<qreal>(0, w - above);
                    if (end < words.size() && !naturalBreak(words.at(end - 1), words.at(end)))
                        steps += column / 2; // halved below
                    above = w;
                    start = end;
                }
                if (fits && widest + steps / 2 < bestScore) {
                    bestScore = widest + steps / 2;
                    best = cuts;
                }
                cuts.removeLast();
                return;
            }
            for (qsizetype end = from + 1; end <= words.size() - left + 1; ++end) {
                cuts << end;
                cut(end, left - 1);
                cuts.removeLast();
            }
        };
        cut(0, lines);
        if (!best.isEmpty()) {
            QStringList result;
            qsizetype start = 0;
            for (qsizetype end : std::as_const(best)) {
                result << words.mid(start, end - start).join(u' ');
                start = end;
            }
            return result;
        }
    }
    return { text.simplified() };
}

QString linesHtml(const QStringList &lines)
{
    QStringList escaped;
    for (const QString &line : lines)
        escaped << esc(line);
    return escaped.join(QStringLiteral("<br/>"));
}

QString pt(qreal size)
{
    return QString::number(size, 'f', 2) + QStringLiteral("pt");
}

} // namespace

QString family()
{
    const QStringList available = QFontDatabase::families(QFontDatabase::Vietnamese);
    for (const QString &face :
        { QStringLiteral("Times New Roman"), QStringLiteral("Liberation Serif") })
        if (available.contains(face))
            return face;
    return QStringLiteral("DejaVu Serif");
}

// Paragraph indent of Decree 30 (1 cm). Qt takes text-indent in the layout's device pixels,
// unlike margins and padding, which it scales from CSS pixels.
QString indentStyle()
{
    return QStringLiteral("text-indent:%1px").arg(qRound(10 * mmToPt * printResolution / 72));
}

// Decree 30/2020/NĐ-CP, Appendix I: on the left the agency above the issuer (upright capitals),
// the issuer (bold capitals), a short rule under it and the number; on the right the national
// heading on one line, the motto with a rule as long as itself, and the place and date in italics.
//
// One table of six columns: each side is [air | rule | air], so that a rule is the top border
// of the middle cell of a row of its own (Qt's rich text ignores the width of a table or <hr>
// nested in a cell), and the texts above and below span their side's three columns. The
// national heading is kept on one line by its size (nationalHeadingSize), not by "nowrap":
// Qt spreads a spanning cell's unbreakable width over its columns and the rule would shrink.
QString headingHtml(const AdministrativeHeading &heading)
{
    const QString face = family();
    const QString parent = heading.parentAgency.toUpper();
    const QString agency = heading.agency.toUpper();

    const qreal agencyColumn = printableWidthPt * agencyColumnPercent / 100.0;
    const qreal headingColumn = printableWidthPt - agencyColumn;
    // The cell's padding and the layout's rounding want a little air.
    const qreal agencyText = agencyColumn - 16;
    const QStringList parentLines = parent.isEmpty()
        ? QStringList()
        : balancedLines(parent, face, false, agencyPointSize, agencyText);
    const QStringList agencyLines = balancedLines(agency, face, true, agencyPointSize, agencyText);
    // The motto's rule is as long as the motto; the issuer's a third of its longest line
    // (at least a few words' worth), centred.
    const qreal mottoRule
        = std::min(widthInPoints(motto, face, true, bodyPointSize), headingColumn);
    qreal agencyLine = 0;
    for (const QString &line : agencyLines)
        agencyLine = std::max(agencyLine, widthInPoints(line, face, true, agencyPointSize));
    const qreal agencyRule
        = std::clamp(std::min(agencyLine, agencyText) / 3, 40.0, agencyColumn / 2);
    // Percentages of the table's width, in tenths so that the rules keep their length.
    const auto share = [](qreal points) {
        return QString::number(points / printableWidthPt * 100, 'f', 1) + u'%';
    };
    const auto side = [&share](qreal column, qreal rule) {
        const QString air = share((column - rule) / 2);
        return QStringLiteral(
            "<td width=\"%1\" style=\"font-size:2pt\">&nbsp;</td>"
            "<td width=\"%2\" style=\"border-top:1px solid black; font-size:2pt\">&nbsp;</td>"
            "<td width=\"%1\" style=\"font-size:2pt\">&nbsp;</td>")
            .arg(air, share(rule));
    };

    // Rows: [agencies (2 rows) | heading, motto], [motto's rule], [issuer's rule | place, date
    // (2 rows)], [number]: each rule stays under its own text, however many lines the agencies
    // take, and the agencies start on the line of the national heading.
    QString agencies;
    if (!parentLines.isEmpty())
        agencies += QStringLiteral("<p align=\"center\" style=\"font-size:%1; margin:0\">%2</p>")
                        .arg(pt(agencyPointSize), linesHtml(parentLines));
    agencies += QStringLiteral("<p align=\"center\" style=\"font-size:%1; margin:0\"><b>%2</b></p>")
                    .arg(pt(agencyPointSize), linesHtml(agencyLines));
    QString h = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" "
                               "style=\"border-collapse:collapse\">");
    h += QStringLiteral(
        "<tr><td colspan=\"3\" rowspan=\"2\" align=\"center\" valign=\"top\" "
        "style=\"padding-right:12px; padding-bottom:5px\">%1</td>"
        "<td colspan=\"3\" align=\"center\" valign=\"top\" style=\"padding-bottom:5px\">"
        "<p align=\"center\" style=\"font-size:%2; margin:0\"><b>%3</b></p>"
        "<p align=\"center\" style=\"font-size:%4; margin:0\"><b>%5</b></p>"
        "</td></tr>")
             .arg(agencies, pt(nationalHeadingSize(face)), esc(nationalHeading), pt(bodyPointSize),
                 esc(motto));
    h += QStringLiteral("<tr>") + side(headingColumn, mottoRule) + QStringLiteral("</tr>");
    h += QStringLiteral("<tr>") + side(agencyColumn, agencyRule)
        + QStringLiteral(
            "<td colspan=\"3\" rowspan=\"2\" align=\"center\" valign=\"top\" "
            "style=\"padding-top:4px\">"
            "<p align=\"center\" style=\"font-size:%1; margin:0\"><i>%2</i></p></td></tr>")
              .arg(pt(bodyPointSize), esc(heading.placeAndDate));
    h += QStringLiteral(
        "<tr><td colspan=\"3\" align=\"center\" valign=\"top\" style=\"padding-top:2px\">"
        "<p align=\"center\" style=\"font-size:%1; margin:0\">%2</p></td></tr></table>")
             .arg(pt(bodyPointSize), esc(heading.number));
    // The kind of document, its subject and a short rule under them (a rule again the top
    // border of a cell: a margin between a paragraph and a table is not kept).
    const qreal titleRule = 60;
    const QStringList subjectLines
        = balancedLines(heading.subject, face, true, titlePointSize, printableWidthPt - 24);
    h += QStringLiteral(
             "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" "
             "style=\"border-collapse:collapse; margin-top:18px; margin-bottom:12px\">"
             "<tr><td colspan=\"3\" align=\"center\" style=\"padding-bottom:5px\">"
             "<p align=\"center\" style=\"font-size:%1; margin:0\"><b>%2</b></p>"
             "<p align=\"center\" style=\"font-size:%1; margin:0\"><b>%3</b></p></td></tr><tr>")
             .arg(pt(titlePointSize), esc(heading.kindTitle), linesHtml(subjectLines))
        + side(printableWidthPt, titleRule) + QStringLiteral("</tr></table>");
    return h;
}

bool writePdf(const QString &path, const QString &title, const QString &html)
{
    {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(pageMarginsMm, QPageLayout::Millimeter);
        writer.setResolution(printResolution);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("PhòngHọp"));
        QTextDocument text;
        // Laid out on the writer itself, so that a point is a point on paper. Left to itself the
        // document lays out at the screen's resolution and print() stretches it to the page,
        // which printed 12 pt as 16 pt and wrapped the national heading.
        text.documentLayout()->setPaintDevice(&writer);
        QFont font(family());
        font.setPointSizeF(bodyPointSize);
        text.setDefaultFont(font);
        text.setHtml(html);
        text.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
        text.print(&writer);
    }
    return QFileInfo::exists(path) && QFileInfo(path).size() > 0;
}

} // namespace phonghop::administrativedocument
