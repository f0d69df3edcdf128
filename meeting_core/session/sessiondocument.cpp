#include "sessiondocument.h"

#include "meeting_core/pdf/administrativedocument.h"

#include <QCoreApplication>

namespace phonghop::sessiondocument {

namespace {
// The context of this file's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::SessionDocument)
};
} // namespace

QDateTime inMeetingTime(const QDateTime &time, const QDateTime &meetingStart)
{
    if (!time.isValid())
        return {};
    if (!meetingStart.isValid())
        return time.toLocalTime();
    return time.toOffsetFromUtc(meetingStart.offsetFromUtc());
}

QString hhmm(const QDateTime &time, const QDateTime &meetingStart)
{
    return time.isValid() ? inMeetingTime(time, meetingStart).toString(QStringLiteral("HH:mm"))
                          : QString();
}

QString numberText(const QString &number, const QString &blank)
{
    const QString n = number.trimmed();
    if (n.isEmpty())
        return blank;
    if (n.startsWith(QStringLiteral("Số"), Qt::CaseInsensitive))
        return n;
    return QStringLiteral("Số: ") + n;
}

QString headingHtml(const SessionDocumentContent &c, const QString &blankNumber,
    const QString &kindTitle, const QString &subject)
{
    const QDate d = c.date.isValid() ? inMeetingTime(c.date, c.date).date() : QDate::currentDate();
    AdministrativeHeading h;
    h.agency = c.agency;
    h.number = numberText(c.number, blankNumber);
    h.placeAndDate
        = QStringLiteral("%1, ngày %2 tháng %3 năm %4")
              .arg(c.place.trimmed().isEmpty() ? QStringLiteral("……") : c.place.trimmed())
              .arg(d.day(), 2, 10, QLatin1Char('0'))
              .arg(d.month(), 2, 10, QLatin1Char('0'))
              .arg(d.year());
    h.kindTitle = kindTitle;
    h.subject = subject;
    return administrativedocument::headingHtml(h);
}

QString itemLabel(const SessionDocumentContent &content, const QString &itemId)
{
    for (const AgendaItem &item : content.agenda)
        if (item.id == itemId)
            return item.number.isEmpty() ? item.title
                                         : item.number + QStringLiteral(". ") + item.title;
    return itemId;
}

QStringList itemsInOrder(const SessionDocumentContent &content, const SessionState &state)
{
    QStringList ids;
    for (const AgendaItem &item : agendaInOrder(content.agenda))
        ids << item.id;
    for (const SpeechRecord &s : state.speeches)
        if (!ids.contains(s.itemId))
            ids << s.itemId;
    for (const DecisionRecord &d : state.chain.decisions)
        if (!ids.contains(d.agendaItemId))
            ids << d.agendaItemId;
    return ids;
}

QString sentence(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || QStringLiteral(".!?;:…").contains(t.back()))
        return t;
    return t + u'.';
}

QString indented(const QString &html)
{
    return QStringLiteral("<p align=\"justify\" style=\"") + administrativedocument::indentStyle()
        + QStringLiteral("\">") + html + QStringLiteral("</p>");
}

QString documentTitle(const SessionDocumentContent &content, const QString &sha256)
{
    for (const DocumentRef &document : content.documents)
        if (document.sha256 == sha256)
            return document.title;
    return QStringLiteral("tài liệu SHA-256 %1…").arg(sha256.left(12)); // printed in Vietnamese
}

Status writePdf(const QString &path, const QString &title, const QString &html)
{
    if (!administrativedocument::writePdf(path, title, html))
        return Status::failure(Tr::tr("Cannot write %1").arg(path));
    return Status::success();
}

} // namespace phonghop::sessiondocument
