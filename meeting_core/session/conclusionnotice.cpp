#include "conclusionnotice.h"

#include <QCoreApplication>

namespace phonghop::conclusionnotice {

namespace {
// The context of this file's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::ConclusionNotice)
};

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// The notice is a Vietnamese document whatever the interface language; the agency as the
// manifest names it ("Ủy ban nhân dân xã Sơn Hà"), the chair as its head.
QString chairOf(const SessionDocumentContent &c)
{
    return c.agency.trimmed().isEmpty() ? QStringLiteral("Chủ tịch Ủy ban nhân dân")
                                        : QStringLiteral("Chủ tịch ") + c.agency.trimmed();
}

// "Phiên họp thường kỳ…" reads "phiên họp thường kỳ…" in the middle of a sentence.
QString inSentence(const QString &title)
{
    const QString t = title.trimmed();
    if (t.startsWith(QStringLiteral("Phiên")) || t.startsWith(QStringLiteral("Cuộc"))
        || t.startsWith(QStringLiteral("Hội nghị")))
        return t.at(0).toLower() + t.mid(1);
    return t;
}

// Decree 30, Appendix I: "Nơi nhận:" on the left (bold italic 12 pt, the list in 11 pt), the
// authority and title of the signer on the right (bold capitals), room for the signature and
// the seal, then the name. The office issues the notice on the chair's behalf ("TL. CHỦ TỊCH"),
// signed by its head, who is the meeting's secretary under the working regulations.
QString closing(const SessionDocumentContent &c)
{
    const QString recipients = QStringLiteral(
        "<p style=\"margin:0\"><b><i><span style=\"font-size:12pt\">Nơi nhận:</span></i></b></p>"
        "<p style=\"font-size:11pt; margin:0\">- Các thành viên dự phiên họp;<br/>"
        "- Các cơ quan, đơn vị liên quan;<br/>- Lưu: VT.</p>");
    return QStringLiteral("<table width=\"100%\" style=\"margin-top:12px\"><tr>"
                          "<td width=\"45%\" valign=\"top\">")
        + recipients
        + QStringLiteral("</td><td width=\"55%\" align=\"center\" valign=\"top\">"
                         "<b>TL. CHỦ TỊCH<br/>CHÁNH VĂN PHÒNG</b><br/><br/><br/><br/><br/><b>")
        + esc(c.secretaryName) + QStringLiteral("</b></td></tr></table>");
}
} // namespace

QString blankNumber()
{
    return QStringLiteral("Số: ……/TB-UBND");
}

QString subject(const SessionDocumentContent &c)
{
    const QString meeting = c.meetingTitle.trimmed().isEmpty() ? QStringLiteral("phiên họp")
                                                               : inSentence(c.meetingTitle);
    return QStringLiteral("Kết luận của %1 tại %2").arg(chairOf(c), meeting);
}

QString html(const SessionDocumentContent &c, const SessionState &state)
{
    using sessiondocument::indented;
    QString h
        = sessiondocument::headingHtml(c, blankNumber(), QStringLiteral("THÔNG BÁO"), subject(c));

    QStringList opening;
    if (c.date.isValid())
        opening << QStringLiteral("Ngày %1").arg(
            sessiondocument::inMeetingTime(c.date, c.date).toString(QStringLiteral("dd/MM/yyyy")));
    if (!c.location.trimmed().isEmpty())
        opening << QStringLiteral("tại %1").arg(c.location.trimmed());
    QString first = opening.join(QStringLiteral(", "));
    if (!first.isEmpty())
        first += QStringLiteral(", ");
    else
        first = QStringLiteral("Tại phiên họp, ");
    h += indented(esc(QStringLiteral("%1%2 chủ trì %3. Sau khi nghe báo cáo và ý kiến phát biểu "
                                     "của các thành viên dự họp, %4 kết luận như sau:")
                          .arg(first,
                              c.chairName.trimmed().isEmpty()
                                  ? chairOf(c)
                                  : c.chairName.trimmed() + QStringLiteral(", ") + chairOf(c),
                              c.meetingTitle.trimmed().isEmpty() ? QStringLiteral("phiên họp")
                                                                 : inSentence(c.meetingTitle),
                              chairOf(c))));

    // Each item with a conclusion, in agenda order; a corrected conclusion gives way to its
    // correction (the chain keeps both; the notice says what stands).
    const QList<DecisionRecord> conclusions = state.chain.currentDecisions();
    int section = 0;
    for (const QString &itemId : sessiondocument::itemsInOrder(c, state)) {
        QStringList paragraphs;
        for (const DecisionRecord &d : conclusions) {
            if (d.agendaItemId != itemId)
                continue;
            QString text = d.conclusion.trimmed();
            if (!d.documentSha256.isEmpty()) { // "… (kèm theo Kế hoạch số 12/KH-UBND)."
                if (text.endsWith(u'.'))
                    text.chop(1);
                text += QStringLiteral(" (kèm theo %1)")
                            .arg(sessiondocument::documentTitle(c, d.documentSha256));
            }
            text = esc(sessiondocument::sentence(text));
            paragraphs << indented(text);
        }
        if (paragraphs.isEmpty())
            continue;
        QString title = itemId;
        for (const AgendaItem &item : c.agenda)
            if (item.id == itemId)
                title = item.title;
        h += indented(QStringLiteral("<b>%1. %2</b>").arg(++section).arg(esc(title)));
        h += paragraphs.join(QString());
    }
    h += indented(esc(QStringLiteral("Văn phòng %1 thông báo để các cơ quan, đơn vị, cá nhân "
                                     "liên quan biết, thực hiện./.")
                          .arg(c.agency.trimmed().isEmpty() ? QStringLiteral("Ủy ban nhân dân")
                                                            : c.agency.trimmed())));
    h += closing(c);
    return h;
}

Status writePdf(
    const QString &path, const SessionDocumentContent &content, const SessionState &state)
{
    if (state.chain.decisions.isEmpty())
        return Status::failure(
            Tr::tr("The decision record holds no conclusion yet: there is nothing to notify"));
    return sessiondocument::writePdf(
        path, QStringLiteral("Thông báo ") + subject(content), html(content, state));
}

} // namespace phonghop::conclusionnotice
