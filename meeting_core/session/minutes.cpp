#include "minutes.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

#include <algorithm>
#include <cmath>

namespace phonghop {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("phonghop::Minutes", text);
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString nameOf(const SessionState &state, const QString &participantId)
{
    const RosterParticipant *p = state.roster.roster.participant(participantId);
    return p ? p->name : participantId;
}

QString itemLabel(const MinutesContent &content, const QString &itemId)
{
    for (const AgendaItem &item : content.agenda)
        if (item.id == itemId)
            return item.number + QStringLiteral(". ") + item.title;
    return itemId;
}

QString hhmm(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("HH:mm")) : QString();
}

// A4 with the margins of Decree 30/2020/NĐ-CP (left 30 mm, right 15 mm, top and bottom 20 mm).
const QMarginsF pageMarginsMm(30, 20, 15, 20);
constexpr qreal mmToPt = 72.0 / 25.4;
constexpr int printResolution = 300; // dpi of the PDF writer the document is laid out on
constexpr qreal printableWidthPt = (210.0 - 15.0 - 30.0) * mmToPt; // 467.7 pt
// The heading's columns: the agency on the left, the national heading on the right.
constexpr int agencyColumnPercent = 36;
constexpr qreal bodyPointSize = 13; // Decree 30: 13-14 pt
constexpr qreal nationalHeadingPointSize = 13; // Decree 30: 12-13 pt, upright bold capitals

const QString nationalHeading = QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");

// The serif face the minutes are set in: Times New Roman as in print where it is installed
// with Vietnamese (Windows, or Liberation Serif with the same metrics), else DejaVu Serif.
QString documentFamily()
{
    const QStringList available = QFontDatabase::families(QFontDatabase::Vietnamese);
    for (const QString &family : { QStringLiteral("Times New Roman"), QStringLiteral("Liberation Serif") })
        if (available.contains(family))
            return family;
    return QStringLiteral("DejaVu Serif");
}

// Width of text in points at pointSize; measured at a large pixel size so that hinting does
// not round it, and independent of any screen's resolution.
qreal widthInPoints(const QString &text, const QString &family, bool bold, qreal pointSize)
{
    QFont font(family);
    font.setBold(bold);
    font.setPixelSize(1000);
    return QFontMetricsF(font).horizontalAdvance(text) / 1000.0 * pointSize;
}

// The national heading must stay on one line: 13 pt when the column is wide enough for it in
// this face, else the largest size that fits (Decree 30 allows a smaller size for the width).
qreal nationalHeadingSize(const QString &family)
{
    const qreal column = printableWidthPt * (100 - agencyColumnPercent) / 100.0 - 6; // a little air
    const qreal atFull = widthInPoints(nationalHeading, family, true, nationalHeadingPointSize);
    if (atFull <= column)
        return nationalHeadingPointSize;
    return std::floor(nationalHeadingPointSize * column / atFull * 4) / 4; // quarter points
}

// Paragraph indent of Decree 30 (1 cm). Qt takes text-indent in the layout's device pixels,
// unlike margins and padding, which it scales from CSS pixels.
QString indentStyle()
{
    return QStringLiteral("text-indent:%1px").arg(qRound(10 * mmToPt * printResolution / 72));
}

QString pt(qreal size)
{
    return QString::number(size, 'f', 2) + QStringLiteral("pt");
}

// The heading of Decree 30/2020/NĐ-CP, Appendix I: on the left the agency (bold capitals),
// a short rule under it and the number; on the right the national heading on one line, the
// motto with a rule as long as itself, and the place and date in italics.
//
// One table of six columns: each side is [air | rule | air], so that a rule is the top border
// of the middle cell of a row of its own (Qt's rich text ignores the width of a table or <hr>
// nested in a cell), and the texts above and below span their side's three columns. The
// national heading is kept on one line by its size (nationalHeadingSize), not by "nowrap":
// Qt spreads a spanning cell's unbreakable width over its columns and the rule would shrink.
QString heading(const MinutesContent &c, const QString &kindTitle, const QString &subject)
{
    const QString family = documentFamily();
    const QDate d = c.date.isValid() ? c.date.toLocalTime().date() : QDate::currentDate();
    const QString placeDate = QStringLiteral("%1, ngày %2 tháng %3 năm %4")
                                  .arg(c.place.isEmpty() ? QStringLiteral("……") : c.place)
                                  .arg(d.day(), 2, 10, QLatin1Char('0'))
                                  .arg(d.month(), 2, 10, QLatin1Char('0'))
                                  .arg(d.year());
    const QString motto = QStringLiteral("Độc lập - Tự do - Hạnh phúc");
    const QString agency = c.agency.toUpper();

    const qreal agencyColumn = printableWidthPt * agencyColumnPercent / 100.0;
    const qreal headingColumn = printableWidthPt - agencyColumn;
    // The motto's rule is as long as the motto; the agency's a third of its longest line
    // (at least a few words' worth), centred.
    const qreal mottoRule = std::min(widthInPoints(motto, family, true, bodyPointSize), headingColumn);
    const qreal agencyLine = std::min(widthInPoints(agency, family, true, 12), agencyColumn - 12);
    const qreal agencyRule = std::clamp(agencyLine / 3, 40.0, agencyColumn / 2);
    // Percentages of the table's width, in tenths so that the rules keep their length.
    const auto share = [](qreal pt) { return QString::number(pt / printableWidthPt * 100, 'f', 1) + u'%'; };
    const auto side = [&share](qreal column, qreal rule) {
        const QString air = share((column - rule) / 2);
        return QStringLiteral("<td width=\"%1\" style=\"font-size:2pt\">&nbsp;</td>"
                              "<td width=\"%2\" style=\"border-top:1px solid black; font-size:2pt\">&nbsp;</td>"
                              "<td width=\"%1\" style=\"font-size:2pt\">&nbsp;</td>")
            .arg(air, share(rule));
    };

    // Rows: [agency (2 rows) | heading, motto], [motto's rule], [agency's rule | place, date
    // (2 rows)], [number]: each rule stays under its own text, however many lines the agency
    // takes, and the agency starts on the line of the national heading.
    QString h = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" "
                               "style=\"border-collapse:collapse\">");
    h += QStringLiteral("<tr><td colspan=\"3\" rowspan=\"2\" align=\"center\" valign=\"top\" "
                        "style=\"padding-right:12px; padding-bottom:5px\">"
                        "<p align=\"center\" style=\"font-size:12pt; margin:0\"><b>%1</b></p></td>"
                        "<td colspan=\"3\" align=\"center\" valign=\"top\" style=\"padding-bottom:5px\">"
                        "<p align=\"center\" style=\"font-size:%2; margin:0\"><b>%3</b></p>"
                        "<p align=\"center\" style=\"font-size:13pt; margin:0\"><b>%4</b></p>"
                        "</td></tr>")
             .arg(esc(agency), pt(nationalHeadingSize(family)), esc(nationalHeading), esc(motto));
    h += QStringLiteral("<tr>") + side(headingColumn, mottoRule) + QStringLiteral("</tr>");
    h += QStringLiteral("<tr>") + side(agencyColumn, agencyRule)
        + QStringLiteral("<td colspan=\"3\" rowspan=\"2\" align=\"center\" valign=\"top\" style=\"padding-top:4px\">"
                         "<p align=\"center\" style=\"font-size:13pt; margin:0\"><i>%1</i></p></td></tr>")
              .arg(esc(placeDate));
    h += QStringLiteral("<tr><td colspan=\"3\" align=\"center\" valign=\"top\" style=\"padding-top:2px\">"
                        "<p align=\"center\" style=\"font-size:13pt; margin:0\">%1</p></td></tr></table>")
             .arg(esc(c.number.isEmpty() ? QStringLiteral("Số: ……/BB") : c.number));
    // The title, the subject and a short rule under them (a rule again the top border of a cell:
    // a margin between a paragraph and a table is not kept).
    const qreal titleRule = 60;
    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" "
                        "style=\"border-collapse:collapse; margin-top:18px; margin-bottom:12px\">"
                        "<tr><td colspan=\"3\" align=\"center\" style=\"padding-bottom:5px\">"
                        "<p align=\"center\" style=\"font-size:14pt; margin:0\"><b>%1</b></p>"
                        "<p align=\"center\" style=\"font-size:14pt; margin:0\"><b>%2</b></p></td></tr><tr>")
             .arg(esc(kindTitle), esc(subject))
        + side(printableWidthPt, titleRule) + QStringLiteral("</tr></table>");
    return h;
}

QString attendanceTable(const SessionState &state)
{
    QString h = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\">"
                               "<tr><th>TT</th><th>Họ và tên</th><th>Chức vụ</th><th>Tình trạng</th>"
                               "<th>Ghi chú</th></tr>");
    int n = 0;
    for (const AttendanceEntry &e : state.attendance) {
        QString status;
        switch (e.status) {
        case AttendanceStatus::Present:
            status = QStringLiteral("Có mặt");
            break;
        case AttendanceStatus::Absent:
            status = QStringLiteral("Vắng mặt");
            break;
        case AttendanceStatus::Proxy:
            status = QStringLiteral("Ủy quyền");
            break;
        case AttendanceStatus::NotCheckedIn:
            status = QStringLiteral("Chưa điểm danh");
            break;
        }
        QString note = e.reason;
        if (e.status == AttendanceStatus::Proxy)
            note = QStringLiteral("Ủy quyền cho %1").arg(nameOf(state, e.proxyTo))
                + (e.reason.isEmpty() ? QString() : QStringLiteral(" (") + e.reason + u')');
        h += QStringLiteral("<tr><td align=\"center\">%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                 .arg(++n)
                 .arg(esc(e.name), esc(e.title), esc(status), esc(note));
    }
    h += QStringLiteral("</table>");
    const AttendanceSummary &s = state.summary;
    h += QStringLiteral("<p>Có mặt: %1; vắng mặt: %2; ủy quyền: %3. %4</p>")
             .arg(s.present)
             .arg(s.absent)
             .arg(s.proxy)
             .arg(s.quorumMet ? QStringLiteral("Đủ số lượng thành viên theo quy định để tiến hành phiên họp.")
                              : QStringLiteral("Chưa đủ số lượng thành viên theo quy định."));
    return h;
}

QString signatures(const MinutesContent &c)
{
    return QStringLiteral("<table width=\"100%\" style=\"margin-top:24px\"><tr>"
                          "<td width=\"50%\" align=\"center\"><b>THƯ KÝ</b><br/><i>(Ký, ghi rõ họ tên)</i>"
                          "<br/><br/><br/><br/><b>")
        + esc(c.secretaryName)
        + QStringLiteral("</b></td><td width=\"50%\" align=\"center\"><b>CHỦ TỌA</b><br/>"
                         "<i>(Ký, ghi rõ họ tên)</i><br/><br/><br/><br/><b>")
        + esc(c.chairName) + QStringLiteral("</b></td></tr></table>");
}

Status print(const QString &path, const QString &title, const QString &html)
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
        QFont font(documentFamily());
        font.setPointSizeF(bodyPointSize);
        text.setDefaultFont(font);
        text.setHtml(html);
        text.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
        text.print(&writer);
    }
    if (!QFileInfo::exists(path) || QFileInfo(path).size() == 0)
        return Status::failure(tr("Cannot write %1").arg(path));
    return Status::success();
}
} // namespace

MinutesContent minutesContentFor(const Meeting &meeting, const SessionState &state)
{
    MinutesContent c;
    c.agency = meeting.organisation;
    c.date = meeting.start;
    c.meetingTitle = meeting.title;
    c.location = meeting.location;
    c.agenda = meeting.agenda;
    for (const RosterParticipant &p : state.roster.roster.participants) {
        if (p.role == Role::Chair && c.chairName.isEmpty())
            c.chairName = p.name;
        if (p.role == Role::Secretary && c.secretaryName.isEmpty())
            c.secretaryName = p.name;
    }
    return c;
}

namespace minutes {

QString html(const MinutesContent &c, const SessionState &state)
{
    QString h = heading(c, QStringLiteral("BIÊN BẢN"), c.meetingTitle);
    const QString time = c.date.isValid()
        ? QStringLiteral("%1 ngày %2").arg(hhmm(c.date), c.date.toLocalTime().toString(QStringLiteral("dd/MM/yyyy")))
        : QString();
    QStringList when;
    if (!time.isEmpty())
        when << QStringLiteral("Thời gian bắt đầu: %1.").arg(esc(time));
    if (!c.location.isEmpty())
        when << QStringLiteral("Địa điểm: %1.").arg(esc(c.location));
    if (!when.isEmpty())
        h += QStringLiteral("<p align=\"justify\">") + when.join(u' ') + QStringLiteral("</p>");
    h += QStringLiteral("<p>Chủ tọa: %1. Thư ký: %2.</p>").arg(esc(c.chairName), esc(c.secretaryName));
    h += QStringLiteral("<p><b>I. THÀNH PHẦN THAM DỰ</b></p>") + attendanceTable(state);

    h += QStringLiteral("<p><b>II. NỘI DUNG PHIÊN HỌP</b></p>");
    QStringList itemIds;
    for (const AgendaItem &item : c.agenda)
        itemIds << item.id;
    for (const SpeechRecord &s : state.speeches)
        if (!itemIds.contains(s.itemId))
            itemIds << s.itemId;
    for (const DecisionRecord &d : state.chain.decisions)
        if (!itemIds.contains(d.agendaItemId))
            itemIds << d.agendaItemId;
    for (const QString &itemId : std::as_const(itemIds)) {
        h += QStringLiteral("<p><b>%1</b></p>").arg(esc(itemLabel(c, itemId)));
        QStringList speakers;
        for (const SpeechRecord &s : state.speeches) {
            if (s.itemId != itemId)
                continue;
            speakers << QStringLiteral("%1 (%2, %3–%4)")
                            .arg(nameOf(state, s.participantId),
                                s.type == SpeakType::Question ? QStringLiteral("chất vấn")
                                                              : QStringLiteral("phát biểu"),
                                hhmm(s.startedAt), hhmm(s.stoppedAt));
        }
        if (!speakers.isEmpty())
            h += (QStringLiteral("<p style=\"") + indentStyle() + QStringLiteral("\">Ý kiến phát biểu: %1.</p>"))
                     .arg(esc(speakers.join(QStringLiteral("; "))));
        for (const DecisionRecord &d : state.chain.decisions) {
            if (d.agendaItemId != itemId)
                continue;
            h += (QStringLiteral("<p style=\"") + indentStyle() + QStringLiteral("\"><b>Kết luận:</b> %1</p>")).arg(esc(d.conclusion));
            for (const PollState &p : state.polls) {
                if (!p.closed || !d.pollCloseHashes.contains(p.closeHash))
                    continue;
                h += (QStringLiteral("<p style=\"") + indentStyle() + QStringLiteral("\"><i>(Căn cứ kết quả biểu quyết: %1)</i></p>"))
                         .arg(esc(p.open.poll.title));
            }
        }
    }

    h += QStringLiteral("<p><b>III. KẾT QUẢ BIỂU QUYẾT</b></p>");
    int closedPolls = 0;
    for (const PollState &p : state.polls) {
        if (!p.closed)
            continue;
        ++closedPolls;
        h += QStringLiteral("<p><b>%1</b> (%2)</p>")
                 .arg(esc(p.open.poll.title),
                     p.open.poll.secret ? QStringLiteral("bỏ phiếu kín") : QStringLiteral("biểu quyết công khai"));
        h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"
                            "<tr><th>Phương án</th><th>Số phiếu</th><th>Tỷ lệ</th></tr>");
        for (const OptionResult &o : p.result.options)
            h += QStringLiteral("<tr><td>%1</td><td align=\"center\">%2</td><td align=\"center\">%3%</td></tr>")
                     .arg(esc(o.option.label))
                     .arg(o.weight)
                     .arg(QString::number(o.percent, 'f', 2).replace(u'.', u','));
        h += QStringLiteral("</table>");
        h += (QStringLiteral("<p style=\"") + indentStyle() + QStringLiteral("\">Kết quả: %1. %2</p>"))
                 .arg(p.result.passed ? QStringLiteral("THÔNG QUA") : QStringLiteral("KHÔNG THÔNG QUA"),
                     esc(p.open.poll.rule.describe()));
    }
    if (closedPolls == 0)
        h += (QStringLiteral("<p style=\"") + indentStyle() + QStringLiteral("\">Không có nội dung biểu quyết.</p>"));

    h += QStringLiteral("<p align=\"justify\">Biên bản được lập xong hồi ……, đã thông qua các thành "
                        "viên dự họp và thống nhất nội dung.</p>");
    h += signatures(c);
    return h;
}

Status writePdf(const QString &path, const MinutesContent &content, const SessionState &state)
{
    return print(path, QStringLiteral("Biên bản ") + content.meetingTitle, html(content, state));
}

Status writeAttendancePdf(const QString &path, const MinutesContent &content, const SessionState &state)
{
    const QString html = heading(content, QStringLiteral("DANH SÁCH ĐIỂM DANH"), content.meetingTitle)
        + attendanceTable(state) + signatures(content);
    return print(path, QStringLiteral("Danh sách điểm danh ") + content.meetingTitle, html);
}

} // namespace minutes
} // namespace phonghop
