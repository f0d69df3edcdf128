#include "minutes.h"

#include "meeting_core/pdf/administrativedocument.h"

#include <QCoreApplication>

namespace phonghop {

namespace {
// The context of this file's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::Minutes)
};

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

// The heading of Decree 30/2020/NĐ-CP with the minutes' number, place and date, title and subject.
QString heading(const MinutesContent &c, const QString &kindTitle, const QString &subject)
{
    const QDate d = c.date.isValid() ? c.date.toLocalTime().date() : QDate::currentDate();
    AdministrativeHeading h;
    h.agency = c.agency;
    h.number = c.number.isEmpty() ? QStringLiteral("Số: ……/BB") : c.number;
    h.placeAndDate = QStringLiteral("%1, ngày %2 tháng %3 năm %4")
                         .arg(c.place.isEmpty() ? QStringLiteral("……") : c.place)
                         .arg(d.day(), 2, 10, QLatin1Char('0'))
                         .arg(d.month(), 2, 10, QLatin1Char('0'))
                         .arg(d.year());
    h.kindTitle = kindTitle;
    h.subject = subject;
    return administrativedocument::headingHtml(h);
}

using administrativedocument::indentStyle;

QString attendanceTable(const SessionState &state)
{
    QString h
        = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\">"
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
        h += QStringLiteral(
            "<tr><td align=\"center\">%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                 .arg(++n)
                 .arg(esc(e.name), esc(e.title), esc(status), esc(note));
    }
    h += QStringLiteral("</table>");
    const AttendanceSummary &s = state.summary;
    h += QStringLiteral("<p>Có mặt: %1; vắng mặt: %2; ủy quyền: %3. %4</p>")
             .arg(s.present)
             .arg(s.absent)
             .arg(s.proxy)
             .arg(s.quorumMet ? QStringLiteral(
                      "Đủ số lượng thành viên theo quy định để tiến hành phiên họp.")
                              : QStringLiteral("Chưa đủ số lượng thành viên theo quy định."));
    return h;
}

QString signatures(const MinutesContent &c)
{
    return QStringLiteral(
               "<table width=\"100%\" style=\"margin-top:24px\"><tr>"
               "<td width=\"50%\" align=\"center\"><b>THƯ KÝ</b><br/><i>(Ký, ghi rõ họ tên)</i>"
               "<br/><br/><br/><br/><b>")
        + esc(c.secretaryName)
        + QStringLiteral("</b></td><td width=\"50%\" align=\"center\"><b>CHỦ TỌA</b><br/>"
                         "<i>(Ký, ghi rõ họ tên)</i><br/><br/><br/><br/><b>")
        + esc(c.chairName) + QStringLiteral("</b></td></tr></table>");
}

Status print(const QString &path, const QString &title, const QString &html)
{
    if (!administrativedocument::writePdf(path, title, html))
        return Status::failure(Tr::tr("Cannot write %1").arg(path));
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
        ? QStringLiteral("%1 ngày %2")
              .arg(hhmm(c.date), c.date.toLocalTime().toString(QStringLiteral("dd/MM/yyyy")))
        : QString();
    QStringList when;
    if (!time.isEmpty())
        when << QStringLiteral("Thời gian bắt đầu: %1.").arg(esc(time));
    if (!c.location.isEmpty())
        when << QStringLiteral("Địa điểm: %1.").arg(esc(c.location));
    if (!when.isEmpty())
        h += QStringLiteral("<p align=\"justify\">") + when.join(u' ') + QStringLiteral("</p>");
    h += QStringLiteral("<p>Chủ tọa: %1. Thư ký: %2.</p>")
             .arg(esc(c.chairName), esc(c.secretaryName));
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
            h += (QStringLiteral("<p style=\"") + indentStyle()
                + QStringLiteral("\">Ý kiến phát biểu: %1.</p>"))
                     .arg(esc(speakers.join(QStringLiteral("; "))));
        for (const DecisionRecord &d : state.chain.decisions) {
            if (d.agendaItemId != itemId)
                continue;
            h += (QStringLiteral("<p style=\"") + indentStyle()
                + QStringLiteral("\"><b>Kết luận:</b> %1</p>"))
                     .arg(esc(d.conclusion));
            for (const PollState &p : state.polls) {
                if (!p.closed || !d.pollCloseHashes.contains(p.closeHash))
                    continue;
                h += (QStringLiteral("<p style=\"") + indentStyle()
                    + QStringLiteral("\"><i>(Căn cứ kết quả biểu quyết: %1)</i></p>"))
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
                     p.open.poll.secret ? QStringLiteral("bỏ phiếu kín")
                                        : QStringLiteral("biểu quyết công khai"));
        h += QStringLiteral(
            "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"
            "<tr><th>Phương án</th><th>Số phiếu</th><th>Tỷ lệ</th></tr>");
        for (const OptionResult &o : p.result.options)
            h += QStringLiteral("<tr><td>%1</td><td align=\"center\">%2</td><td "
                                "align=\"center\">%3&nbsp;%</td></tr>")
                     .arg(esc(o.option.label))
                     .arg(o.weight)
                     .arg(QString::number(o.percent, 'f', 2).replace(u'.', u','));
        h += QStringLiteral("</table>");
        // "Ý kiến khác": named with their authors, or (secret polls) without.
        for (const QString &opinion : otherOpinions(p.open, p.roster.roster, p.verification.close))
            h += (QStringLiteral("<p style=\"") + indentStyle()
                + QStringLiteral("\">Ý kiến khác: %1</p>"))
                     .arg(esc(opinion));
        h += (QStringLiteral("<p style=\"") + indentStyle()
            + QStringLiteral("\">Kết quả: %1. %2</p>"))
                 .arg(p.result.passed ? QStringLiteral("THÔNG QUA")
                                      : QStringLiteral("KHÔNG THÔNG QUA"),
                     esc(p.open.poll.rule.describe()));
    }
    if (closedPolls == 0)
        h += (QStringLiteral("<p style=\"") + indentStyle()
            + QStringLiteral("\">Không có nội dung biểu quyết.</p>"));

    h += QStringLiteral(
        "<p align=\"justify\">Biên bản được lập xong hồi ……, đã thông qua các thành "
        "viên dự họp và thống nhất nội dung.</p>");
    h += signatures(c);
    return h;
}

Status writePdf(const QString &path, const MinutesContent &content, const SessionState &state)
{
    return print(path, QStringLiteral("Biên bản ") + content.meetingTitle, html(content, state));
}

Status writeAttendancePdf(
    const QString &path, const MinutesContent &content, const SessionState &state)
{
    const QString html
        = heading(content, QStringLiteral("DANH SÁCH ĐIỂM DANH"), content.meetingTitle)
        + attendanceTable(state) + signatures(content);
    return print(path, QStringLiteral("Danh sách điểm danh ") + content.meetingTitle, html);
}

} // namespace minutes
} // namespace phonghop
