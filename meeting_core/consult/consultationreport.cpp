#include "consultationreport.h"

#include "meeting_core/pdf/administrativedocument.h"
#include "meeting_core/util/atomicfile.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>
#include <algorithm>

namespace phonghop::consultationreport {

namespace {
// The context of this file's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::ConsultationReport)
};

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString indented(const QString &html)
{
    return QStringLiteral("<p align=\"justify\" style=\"") + administrativedocument::indentStyle()
        + QStringLiteral("\">") + html + QStringLiteral("</p>");
}

QString dateText(const QDateTime &time)
{
    return QStringLiteral("ngày %1 tháng %2 năm %3")
        .arg(time.date().day(), 2, 10, QLatin1Char('0'))
        .arg(time.date().month(), 2, 10, QLatin1Char('0'))
        .arg(time.date().year());
}

// The rule in the words of a Vietnamese document (VotingRule::describe() follows the interface
// language; this document does not).
QString ruleText(const VotingRule &rule)
{
    QString base;
    switch (rule.base) {
    case VoteBase::Entitled:
        base = QStringLiteral("tổng số thành viên được lấy ý kiến");
        break;
    case VoteBase::Present:
    case VoteBase::Cast:
        base = QStringLiteral("số thành viên đã trả lời");
        break;
    case VoteBase::CastYesNo:
        base = QStringLiteral("số phiếu đồng ý và không đồng ý");
        break;
    }
    QString threshold;
    switch (rule.threshold) {
    case Threshold::MoreThanHalf:
        threshold = QStringLiteral("quá nửa");
        break;
    case Threshold::TwoThirds:
        threshold = QStringLiteral("ít nhất hai phần ba");
        break;
    case Threshold::ThreeQuarters:
        threshold = QStringLiteral("ít nhất ba phần tư");
        break;
    }
    QString text = QStringLiteral("được thông qua khi %1 %2 đồng ý").arg(threshold, base);
    if (rule.tieBreak == TieBreak::ChairSide)
        text += QStringLiteral("; trường hợp số đồng ý và không đồng ý bằng nhau thì quyết định "
                               "theo ý kiến của Chủ tịch");
    return text;
}

QString outcomeText(const TallyResult &tally)
{
    if (!tally.quorumMet)
        return QStringLiteral("chưa đủ số thành viên trả lời theo quy định");
    return tally.passed ? QStringLiteral("được thông qua") : QStringLiteral("không được thông qua");
}

QString choiceLabel(const ConsultationQuestion &question, const ConsultationAnswer &answer)
{
    QStringList labels;
    for (const int c : answer.choices)
        labels << question.poll.options.value(c).label;
    return labels.join(QStringLiteral(", "));
}

QString csvField(const QString &text)
{
    QString value = text;
    // A spreadsheet would run a cell that starts like a formula: a member's comment is text.
    if (!value.isEmpty() && QStringLiteral("=+-@").contains(value.front()))
        value.prepend(u'\'');
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n')
        && !value.contains(u'\r'))
        return value;
    value.replace(u'"', QStringLiteral("\"\""));
    return u'"' + value + u'"';
}

QString csvLine(const QStringList &fields)
{
    QStringList escaped;
    for (const QString &field : fields)
        escaped << csvField(field);
    return escaped.join(u',') + QStringLiteral("\r\n");
}
} // namespace

QString html(const ConsultationStatus &status, const QDateTime &date)
{
    const Consultation &c = status.consultation;
    AdministrativeHeading heading;
    heading.agency = c.issuingBody;
    heading.number = QStringLiteral("Số: ……/BC-UBND");
    heading.placeAndDate = QStringLiteral("……, ") + dateText(date);
    heading.kindTitle = QStringLiteral("BÁO CÁO TỔNG HỢP Ý KIẾN THÀNH VIÊN ỦY BAN NHÂN DÂN");
    heading.subject = QStringLiteral("Về %1").arg(c.title);
    QString h = administrativedocument::headingHtml(heading);

    int answered = 0;
    for (const ConsultationMemberStatus &m : status.members)
        answered += m.questionsAnswered > 0 ? 1 : 0;
    h += indented(esc(
        QStringLiteral("Ngày %1, %2 đã gửi phiếu lấy ý kiến đến %3 thành viên Ủy "
                       "ban nhân dân về %4, thời hạn trả lời trước %5. Đến khi tổng "
                       "hợp, có %6/%3 thành viên đã trả lời. Kết quả như sau:")
            .arg(c.publishedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy")), c.issuingBody)
            .arg(c.members.size())
            .arg(c.title, c.deadline.toString(QStringLiteral("HH 'giờ' mm, 'ngày' dd/MM/yyyy")))
            .arg(answered)));
    if (!c.note.trimmed().isEmpty())
        h += indented(esc(c.note.trimmed()));

    h += indented(QStringLiteral("<b>I. NỘI DUNG XIN Ý KIẾN</b>"));
    int number = 0;
    for (const ConsultationQuestion &q : c.questions)
        h += indented(esc(QStringLiteral("%1. %2").arg(++number).arg(q.text())));
    if (!c.documents.isEmpty()) {
        QStringList titles;
        for (const DocumentRef &d : c.documents)
            titles << d.title;
        h += indented(
            esc(QStringLiteral("Tài liệu kèm theo: %1.").arg(titles.join(QStringLiteral("; ")))));
    }

    h += indented(QStringLiteral("<b>II. KẾT QUẢ LẤY Ý KIẾN</b>"));
    number = 0;
    for (const ConsultationQuestionStatus &q : status.questions) {
        h += indented(QStringLiteral("<b>%1. %2</b>").arg(++number).arg(esc(q.question.text())));
        QStringList counts;
        for (const OptionResult &o : q.tally.options)
            counts << QStringLiteral("%1: %2").arg(o.option.label).arg(o.ballots);
        const int notAnswered = static_cast<int>(c.members.size()) - q.tally.ballotsCounted;
        counts << QStringLiteral("Không trả lời: %1").arg(notAnswered);
        h += indented(esc(QStringLiteral("Số thành viên được lấy ý kiến: %1; đã trả lời: %2. %3.")
                              .arg(c.members.size())
                              .arg(q.tally.ballotsCounted)
                              .arg(counts.join(QStringLiteral("; ")))));
        h += indented(esc(QStringLiteral("Nguyên tắc: nội dung %1. Kết quả: %2.")
                              .arg(ruleText(q.question.poll.rule), outcomeText(q.tally))));
    }

    h += indented(QStringLiteral("<b>III. Ý KIẾN CỤ THỂ CỦA CÁC THÀNH VIÊN</b>"));
    bool anyComment = false;
    for (const ConsultationQuestionStatus &q : status.questions) {
        for (const ConsultationMemberStatus &m : status.members) {
            for (const ConsultationAnswer &a : m.answers) {
                if (a.questionId != q.question.id() || a.comment.trimmed().isEmpty())
                    continue;
                anyComment = true;
                h += indented(esc(QStringLiteral("- %1 (câu %2, %3): “%4”")
                                      .arg(m.name, q.question.id(), choiceLabel(q.question, a),
                                          a.comment.trimmed()))
                                  .replace(u'\n', QStringLiteral("<br/>")));
            }
        }
    }
    if (!anyComment)
        h += indented(esc(QStringLiteral("Không có thành viên nào cho ý kiến bằng văn bản.")));

    QStringList missing;
    for (const ConsultationMemberStatus &m : status.members) {
        if (m.questionsAnswered == 0)
            missing << m.name;
    }
    h += indented(QStringLiteral("<b>IV. THÀNH VIÊN CHƯA TRẢ LỜI</b>"));
    h += indented(esc(missing.isEmpty() ? QStringLiteral("Tất cả thành viên đã trả lời.")
                                        : missing.join(QStringLiteral("; ")) + u'.'));
    if (status.close)
        h += indented(esc(QStringLiteral("Kết quả trên được tổng hợp theo biên bản kết thúc lấy ý "
                                         "kiến ngày %1 (mã %2).")
                              .arg(status.close->closedAt.toLocalTime().toString(
                                       QStringLiteral("dd/MM/yyyy HH:mm")),
                                  status.close->recordHash.left(16))));
    h += indented(esc(QStringLiteral("Văn phòng kính báo cáo Chủ tịch Ủy ban nhân dân xem xét, "
                                     "quyết định./.")));
    h += QStringLiteral(
        "<table width=\"100%\" style=\"margin-top:12px\"><tr><td width=\"45%\" valign=\"top\">"
        "<p style=\"margin:0\"><b><i><span style=\"font-size:12pt\">Nơi nhận:</span></i></b></p>"
        "<p style=\"font-size:11pt; margin:0\">- Chủ tịch, các Phó Chủ tịch UBND;<br/>"
        "- Các thành viên UBND;<br/>- Lưu: VT.</p></td>"
        "<td width=\"55%\" align=\"center\" valign=\"top\"><b>TL. CHỦ TỊCH<br/>CHÁNH VĂN "
        "PHÒNG</b><br/><br/><br/><br/><br/></td></tr></table>");
    return h;
}

QString reminderHtml(const ConsultationStatus &status, const QDateTime &date)
{
    const Consultation &c = status.consultation;
    QString h = QStringLiteral("<p align=\"center\" style=\"margin:0\"><b>%1</b></p>")
                    .arg(esc(c.issuingBody.toUpper()));
    h += QStringLiteral("<p align=\"center\" style=\"margin-top:18px\"><b>DANH SÁCH THÀNH VIÊN "
                        "CHƯA TRẢ LỜI PHIẾU LẤY Ý KIẾN</b></p>");
    h += QStringLiteral("<p align=\"center\" style=\"margin-top:0\"><i>%1</i></p>")
             .arg(esc(c.title));
    h += indented(
        esc(QStringLiteral("Thời hạn trả lời: trước %1. Danh sách lập %2.")
                .arg(c.deadline.toString(QStringLiteral("HH 'giờ' mm, 'ngày' dd/MM/yyyy")),
                    dateText(date))));
    QStringList rows;
    int number = 0;
    for (const ConsultationMemberStatus &m : status.members) {
        if (m.answered)
            continue;
        QStringList left;
        for (qsizetype i = 0; i < c.questions.size(); ++i) {
            const QString question = c.questions.at(i).id();
            if (std::none_of(m.answers.cbegin(), m.answers.cend(),
                    [&question](const ConsultationAnswer &a) { return a.questionId == question; }))
                left << QString::number(i + 1);
        }
        rows << QStringLiteral("<tr><td align=\"center\">%1</td><td>%2</td><td>%3</td>"
                               "<td align=\"center\">%4</td></tr>")
                    .arg(++number)
                    .arg(esc(m.name), esc(m.position), esc(left.join(QStringLiteral(", "))));
    }
    if (rows.isEmpty()) {
        h += indented(esc(QStringLiteral("Tất cả thành viên đã trả lời đủ các câu hỏi.")));
        return h;
    }
    h += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                        "style=\"border-collapse:collapse; margin-top:8px\">"
                        "<tr><th width=\"8%\">STT</th><th width=\"37%\">Họ và tên</th>"
                        "<th width=\"35%\">Chức vụ</th><th width=\"20%\">Câu hỏi chưa trả lời</th>"
                        "</tr>")
        + rows.join(QString()) + QStringLiteral("</table>");
    h += indented(esc(QStringLiteral("Tổng số: %1/%2 thành viên chưa trả lời đủ.")
                          .arg(rows.size())
                          .arg(status.members.size())));
    return h;
}

void setReminderPageLayout(QPagedPaintDevice &device)
{
    // Decree 30/2020/NĐ-CP: A4, left 30 mm, right 15 mm, top and bottom 20 mm.
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
        QMarginsF(30, 20, 15, 20), QPageLayout::Millimeter));
}

void paintReminderList(
    QPagedPaintDevice &device, const ConsultationStatus &status, const QDateTime &date)
{
    QTextDocument text;
    // Laid out on the device itself, so that a point is a point on paper.
    text.documentLayout()->setPaintDevice(&device);
    QFont font(administrativedocument::family());
    font.setPointSizeF(administrativedocument::bodyPointSize);
    text.setDefaultFont(font);
    text.setHtml(reminderHtml(status, date));
    const int dpi = device.logicalDpiX();
    text.setPageSize(device.pageLayout().paintRectPixels(dpi).size());
    text.print(&device);
}

Status writeReminderPdf(
    const QString &path, const ConsultationStatus &status, const QDateTime &date)
{
    {
        QPdfWriter writer(path);
        writer.setResolution(300);
        setReminderPageLayout(writer);
        writer.setTitle(
            QStringLiteral("Danh sách thành viên chưa trả lời - ") + status.consultation.title);
        writer.setCreator(QStringLiteral("PhòngHọp"));
        paintReminderList(writer, status, date);
    }
    if (!QFileInfo::exists(path) || QFileInfo(path).size() == 0)
        return Status::failure(
            Tr::tr("Cannot write the reminder list to %1").arg(QDir::toNativeSeparators(path)));
    return Status::success();
}

Status writePdf(const QString &path, const ConsultationStatus &status, const QDateTime &date)
{
    if (!administrativedocument::writePdf(path,
            QStringLiteral("Báo cáo tổng hợp ý kiến thành viên UBND - ")
                + status.consultation.title,
            html(status, date)))
        return Status::failure(
            Tr::tr("Cannot write the report to %1").arg(QDir::toNativeSeparators(path)));
    return Status::success();
}

QByteArray csv(const ConsultationStatus &status)
{
    QString text = QStringLiteral("\uFEFF");
    text += csvLine({ QStringLiteral("Mã lấy ý kiến"), QStringLiteral("Câu hỏi"),
        QStringLiteral("Nội dung"), QStringLiteral("Mã thành viên"), QStringLiteral("Thành viên"),
        QStringLiteral("Chức vụ"), QStringLiteral("Đã trả lời"), QStringLiteral("Ý kiến"),
        QStringLiteral("Góp ý"), QStringLiteral("Thời điểm trả lời") });
    for (const ConsultationQuestion &q : status.consultation.questions) {
        for (const ConsultationMemberStatus &m : status.members) {
            const ConsultationAnswer *answer = nullptr;
            for (const ConsultationAnswer &a : m.answers) {
                if (a.questionId == q.id())
                    answer = &a;
            }
            text += csvLine({ status.consultation.id, q.id(), q.text(), m.person, m.name,
                m.position, answer ? QStringLiteral("có") : QStringLiteral("không"),
                answer ? choiceLabel(q, *answer) : QString(), answer ? answer->comment : QString(),
                answer ? answer->answeredAt.toString(Qt::ISODate) : QString() });
        }
    }
    return text.toUtf8();
}

Status write(const QString &path, const ConsultationStatus &status, const QDateTime &date)
{
    if (path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        return writePdf(path, status, date);
    if (const Status written = atomicfile::writeReplacing(path, csv(status)); !written)
        return Status::failure(Tr::tr("Cannot write the report to %1: %2")
                                   .arg(QDir::toNativeSeparators(path), written.error()));
    return Status::success();
}

} // namespace phonghop::consultationreport
