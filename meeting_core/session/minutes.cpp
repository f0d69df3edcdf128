#include "minutes.h"

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

using sessiondocument::indented;

// The minutes are a Vietnamese document whatever the interface language.
QString categoryText(AttendanceCategory category)
{
    switch (category) {
    case AttendanceCategory::Present:
        return QStringLiteral("Có mặt");
    case AttendanceCategory::Excused:
        return QStringLiteral("Vắng mặt có lý do");
    case AttendanceCategory::Absent:
        return QStringLiteral("Vắng mặt không có lý do");
    case AttendanceCategory::Proxy:
        return QStringLiteral("Ủy quyền");
    case AttendanceCategory::NotCheckedIn:
        return QStringLiteral("Chưa điểm danh");
    }
    return {};
}

QString attendanceTable(const SessionState &state)
{
    QString h
        = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\">"
                         "<tr><th>TT</th><th>Họ và tên</th><th>Chức vụ</th><th>Tình trạng</th>"
                         "<th>Ghi chú</th></tr>");
    int n = 0;
    for (const AttendanceEntry &e : state.attendance) {
        QString note = e.reason;
        if (e.status == AttendanceStatus::Proxy)
            note = QStringLiteral("Ủy quyền cho %1").arg(nameOf(state, e.proxyTo))
                + (e.reason.isEmpty() ? QString() : QStringLiteral(" (") + e.reason + u')');
        h += QStringLiteral(
            "<tr><td align=\"center\">%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                 .arg(++n)
                 .arg(esc(e.name), esc(e.title), esc(categoryText(attendanceCategory(e))),
                     esc(note));
    }
    h += QStringLiteral("</table>");
    // The same five categories as the table, so that the figures add up to its rows.
    const AttendanceSummary &s = state.summary;
    h += QStringLiteral(
        "<p style=\"margin-top:6px\">Tổng số: %1 người; có mặt: %2; vắng mặt có lý do: "
        "%3; vắng mặt không có lý do: %4; ủy quyền: %5; chưa điểm danh: %6. %7</p>")
             .arg(state.attendance.size())
             .arg(s.present)
             .arg(s.excused)
             .arg(s.absent)
             .arg(s.proxy)
             .arg(s.notCheckedIn)
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

} // namespace

MinutesContent minutesContentFor(const Meeting &meeting, const SessionState &state)
{
    MinutesContent c;
    c.agency = meeting.organisation;
    c.date = meeting.start;
    c.meetingTitle = meeting.title;
    c.location = meeting.location;
    c.agenda = agendaInOrder(meeting.agenda);
    c.documents = meeting.documents;
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
    using sessiondocument::hhmm;
    const QString blankNumber = QStringLiteral("Số: ……/BB");
    QString h
        = sessiondocument::headingHtml(c, blankNumber, QStringLiteral("BIÊN BẢN"), c.meetingTitle);
    const QString time = c.date.isValid() ? QStringLiteral("%1 ngày %2")
                                                .arg(hhmm(c.date, c.date),
                                                    sessiondocument::inMeetingTime(c.date, c.date)
                                                        .toString(QStringLiteral("dd/MM/yyyy")))
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
    // A corrected conclusion is replaced by its correction: the minutes say what stands.
    const QList<DecisionRecord> conclusions = state.chain.currentDecisions();
    for (const QString &itemId : sessiondocument::itemsInOrder(c, state)) {
        h += QStringLiteral("<p><b>%1</b></p>").arg(esc(sessiondocument::itemLabel(c, itemId)));
        QStringList speakers;
        for (const SpeechRecord &s : state.speeches) {
            if (s.itemId != itemId)
                continue;
            speakers << QStringLiteral("%1 (%2, %3–%4)")
                            .arg(nameOf(state, s.participantId),
                                s.type == SpeakType::Question ? QStringLiteral("chất vấn")
                                                              : QStringLiteral("phát biểu"),
                                hhmm(s.startedAt, c.date), hhmm(s.stoppedAt, c.date));
        }
        if (!speakers.isEmpty())
            h += indented(QStringLiteral("Ý kiến phát biểu: %1.")
                              .arg(esc(speakers.join(QStringLiteral("; ")))));
        for (const DecisionRecord &d : conclusions) {
            if (d.agendaItemId != itemId)
                continue;
            h += indented(QStringLiteral("<b>Kết luận:</b> %1")
                              .arg(esc(sessiondocument::sentence(d.conclusion))));
            if (!d.documentSha256.isEmpty())
                h += indented(QStringLiteral("<i>(Tài liệu kèm theo: %1)</i>")
                                  .arg(esc(sessiondocument::documentTitle(c, d.documentSha256))));
            for (const PollState &p : state.polls) {
                if (!p.closed || !d.pollCloseHashes.contains(p.closeHash))
                    continue;
                h += indented(QStringLiteral("<i>(Căn cứ kết quả biểu quyết: %1)</i>")
                                  .arg(esc(p.open.poll.title)));
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
            h += indented(QStringLiteral("Ý kiến khác: %1").arg(esc(opinion)));
        h += indented(QStringLiteral("Kết quả: %1. %2")
                          .arg(p.result.passed ? QStringLiteral("THÔNG QUA")
                                               : QStringLiteral("KHÔNG THÔNG QUA"),
                              esc(p.open.poll.rule.describe())));
    }
    if (closedPolls == 0)
        h += indented(QStringLiteral("Không có nội dung biểu quyết."));

    h += QStringLiteral(
        "<p align=\"justify\">Biên bản được lập xong hồi ……, đã thông qua các thành "
        "viên dự họp và thống nhất nội dung.</p>");
    h += signatures(c);
    return h;
}

Status writePdf(const QString &path, const MinutesContent &content, const SessionState &state)
{
    return sessiondocument::writePdf(
        path, QStringLiteral("Biên bản ") + content.meetingTitle, html(content, state));
}

Status writeAttendancePdf(
    const QString &path, const MinutesContent &content, const SessionState &state)
{
    const QString html = sessiondocument::headingHtml(content, QStringLiteral("Số: ……/BB"),
                             QStringLiteral("DANH SÁCH ĐIỂM DANH"), content.meetingTitle)
        + attendanceTable(state) + signatures(content);
    return sessiondocument::writePdf(
        path, QStringLiteral("Danh sách điểm danh ") + content.meetingTitle, html);
}

} // namespace minutes
} // namespace phonghop
