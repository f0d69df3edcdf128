#include "ballotbox.h"

#include <QCoreApplication>
#include <algorithm>

// What a closed poll shows outside the session: its other opinions ("Ý kiến khác") and the
// result as CSV (declared in ballotbox.h; kept apart from the ballot box's checks).
namespace phonghop {

namespace {
// The context of the ballot box's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::BallotBox)
};

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n')
        && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString csvLine(const QStringList &fields)
{
    QStringList escaped;
    for (const QString &field : fields)
        escaped << csvField(field);
    return escaped.join(u',') + QStringLiteral("\r\n");
}
} // namespace

QStringList otherOpinions(const PollOpen &open, const Roster &roster, const PollClose &close)
{
    QStringList opinions;
    for (const CountedEntry &entry : close.entries) {
        if (entry.otherText.isEmpty())
            continue;
        if (open.poll.secret) {
            opinions << entry.otherText;
            continue;
        }
        const RosterParticipant *voter = roster.participant(entry.voter);
        const RosterParticipant *holder = roster.participant(entry.proxyHolder);
        const QString name = voter ? voter->name : entry.voter;
        opinions << (entry.proxyHolder.isEmpty()
                ? Tr::tr("%1: %2").arg(name, entry.otherText)
                : Tr::tr("%1 (by proxy, %2): %3")
                      .arg(name, holder ? holder->name : entry.proxyHolder, entry.otherText));
    }
    if (open.poll.secret)
        opinions.sort(Qt::CaseInsensitive);
    return opinions;
}

QByteArray exportResultCsv(
    const PollOpen &open, const Roster &roster, const PollClose &close, const TallyResult &tally)
{
    QString text;
    text += csvLine({ Tr::tr("Poll"), open.poll.title });
    text += csvLine({ Tr::tr("Closed at"), toIsoUtc(close.closedAt) });
    text += csvLine({ Tr::tr("Rule"), open.poll.rule.describe() });
    text += csvLine({ Tr::tr("Entitled"), QString::number(tally.entitledWeight) });
    text += csvLine({ Tr::tr("Present"), QString::number(tally.presentWeight) });
    text += csvLine({ Tr::tr("Cast"), QString::number(tally.castWeight) });
    text += csvLine({ Tr::tr("Result"), tally.passed ? Tr::tr("Passed") : Tr::tr("Not passed") });
    text += csvLine({ Tr::tr("Explanation"), tally.explanation });
    text += QStringLiteral("\r\n");
    text += csvLine({ Tr::tr("Option"), Tr::tr("Votes"), Tr::tr("Ballots"), Tr::tr("Percent") });
    for (const OptionResult &option : tally.options)
        text += csvLine({ option.option.label, QString::number(option.weight),
            QString::number(option.ballots), QString::number(option.percent, 'f', 2) });
    const bool hasOther = open.poll.otherOptionIndex() >= 0;
    const bool anyProxy = std::any_of(close.entries.cbegin(), close.entries.cend(),
        [](const CountedEntry &e) { return !e.proxyHolder.isEmpty(); });
    const auto nameOf = [&roster](const QString &id) {
        const RosterParticipant *p = roster.participant(id);
        return p ? p->name : id;
    };
    if (!open.poll.secret) {
        text += QStringLiteral("\r\n");
        QStringList header { Tr::tr("Voter"), Tr::tr("Choice") };
        if (hasOther)
            header << Tr::tr("Other opinion");
        if (anyProxy)
            header << Tr::tr("Cast by proxy holder");
        text += csvLine(header);
        for (const CountedEntry &entry : close.entries) {
            QStringList labels;
            for (int choice : entry.choices)
                labels << open.poll.options.value(choice).label;
            QStringList row { nameOf(entry.voter), labels.join(QStringLiteral("; ")) };
            if (hasOther)
                row << entry.otherText;
            if (anyProxy)
                row << (entry.proxyHolder.isEmpty() ? QString() : nameOf(entry.proxyHolder));
            text += csvLine(row);
        }
    } else if (hasOther) {
        // The opinions without their authors, in alphabetical order (the entries' order would
        // follow the pseudonyms, which is no link to a person, but sorted says nothing at all).
        QStringList opinions;
        for (const CountedEntry &entry : close.entries)
            if (!entry.otherText.isEmpty())
                opinions << entry.otherText;
        opinions.sort(Qt::CaseInsensitive);
        text += QStringLiteral("\r\n");
        text += csvLine({ Tr::tr("Other opinion") });
        for (const QString &opinion : std::as_const(opinions))
            text += csvLine({ opinion });
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace phonghop
