#include "sessioncommon.h"

#include "meeting_core/session/sessionrecords.h"
#include "meeting_core/trust/devicekey.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <algorithm>

namespace phonghop::cli::session {

namespace {
// The context of the session commands' messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::cli::SessionCommands)
};
} // namespace

int fail(Streams &streams, int code, const QString &message)
{
    streams.err << message << '\n';
    streams.err.flush();
    return code;
}

void printSessionUsage(QTextStream &stream)
{
    stream << Tr::tr("Usage: phonghop-cli session SUBCOMMAND %1 [OPTIONS]").arg(sessionOptions)
           << "\n\n"
           << Tr::tr("Subcommands:") << '\n';
    const QList<QPair<QString, QString>> lines {
        { QStringLiteral("status [--json]"),
            Tr::tr("Attendance, quorum, current item, floor, polls, decisions and problems") },
        { QStringLiteral("verify [--json]"),
            Tr::tr("Check every record; exit 0 when clean, 1 when it has problems, 2 when it "
                   "cannot be read") },
        { QStringLiteral("attendance --csv FILE | --pdf FILE"),
            Tr::tr("Export the attendance list") },
        { QStringLiteral("minutes FILE.pdf [--number TEXT] [--place TEXT]"),
            Tr::tr("Write the minutes as PDF; the number and place given are kept for the "
                   "meeting") },
        { QStringLiteral("check-in [PARTICIPANT]"),
            Tr::tr("Check in oneself (or, as the secretary, a participant)") },
        { QStringLiteral("vote POLL CHOICE[,CHOICE...] [--other TEXT] [--for MEMBER]"),
            Tr::tr("Cast a ballot; a choice is an option's label or its 0-based index; --other "
                   "gives the opinion for \"Ý kiến khác\", --for votes by proxy") },
        { QStringLiteral("speak ITEM [--question] [--text TEXT]"),
            Tr::tr("Ask for the floor on an agenda item (by its id or number), with a topic of at "
                   "most %1 characters; request-to-speak is the same")
                .arg(maxSpeakTextLength) },
        { QStringLiteral("withdraw ITEM [--question]"),
            Tr::tr("Withdraw one's own request to speak on the item") },
        { QStringLiteral("speakers [ITEM]"),
            Tr::tr("The item's speeches and questions waiting, and the speaking time") },
        { QStringLiteral("open-poll POLL --title TEXT [--kind K] [--options A,B,...] [--max N] "
                         "[--rule PRESET] [--secret]"),
            Tr::tr("Chair: open a poll; kinds approval (default), yes-no, choice; rules %1 "
                   "(default %2)")
                .arg(VotingRule::presetIds().join(QStringLiteral(", ")),
                    VotingRule::presetIds().constFirst()) },
        { QStringLiteral("open-poll POLL"),
            Tr::tr("Chair: open the poll prepared with the meeting under that id, as published") },
        { QStringLiteral("close-poll POLL"), Tr::tr("Chair: close a poll and sign its result") },
        { QStringLiteral("call-next ITEM"),
            Tr::tr("Chair: make ITEM the current item if it is not, and give the floor to the next "
                   "speaker") },
        { QStringLiteral("conclude ITEM TEXT [--polls P,...] [--document SHA256]"),
            Tr::tr("Chair: record the item's conclusion in the decision chain (the secretary: a "
                   "draft for the chair)") },
        { QStringLiteral("sign-minutes FILE.pdf"),
            Tr::tr("Chair: sign the minutes PDF, which locks them") },
        { QStringLiteral("close-list ITEM"),
            Tr::tr("Chair: close the item's speakers' list; requests are refused until reopened") },
        { QStringLiteral("reopen-list ITEM"), Tr::tr("Chair: reopen the item's speakers' list") },
        { QStringLiteral("move-speaker ITEM PARTICIPANT POSITION [--question]"),
            Tr::tr("Chair: move a participant's request to a place (1 = next) in the item's list "
                   "of speeches (or questions)") },
        { QStringLiteral("remove-speaker ITEM PARTICIPANT [--question]"),
            Tr::tr("Chair: take a participant's request off the item's list") },
        { QStringLiteral("time-limit SECONDS|M:SS|none [--item ITEM]"),
            Tr::tr("Chair: the speaking time per speaker for the meeting (or one item)") },
        { QStringLiteral("sign-minutes FILE.pdf --certificate NICKNAME [--nss-dir DIR] "
                         "[--pkcs11-module PATH] [--output SIGNED.pdf]"),
            Tr::tr("Chair: sign the minutes with a token's certificate (PIN from %1 or asked) "
                   "into SIGNED.pdf (default FILE-signed.pdf), which the record then names")
                .arg(QStringLiteral("PHONGHOP_TOKEN_PIN")) },
        { QStringLiteral("notice FILE.pdf [--number TEXT] [--place TEXT]"),
            Tr::tr("Write the conclusion notice (Thông báo kết luận) as PDF") },
        { QStringLiteral("sign-notice FILE.pdf --certificate NICKNAME [--nss-dir DIR] "
                         "[--pkcs11-module PATH] [--output SIGNED.pdf]"),
            Tr::tr("Chair or secretary: sign the conclusion notice with a token's certificate (PIN "
                   "from %1 or asked) into SIGNED.pdf (default FILE-signed.pdf)")
                .arg(QStringLiteral("PHONGHOP_TOKEN_PIN")) },
        { QStringLiteral("supersede DECISION TEXT [--document SHA256]"),
            Tr::tr("Chair: correct a conclusion (DECISION: its position in the chain or the "
                   "start of its hash) with a later decision") },
        { QStringLiteral("mark-item ITEM done|deferred|withdrawn|open"),
            Tr::tr("Chair: mark an agenda item done, deferred or withdrawn (open takes the mark "
                   "back)") },
    };
    for (const auto &[synopsis, summary] : lines) {
        if (synopsis.size() > 48) // a long synopsis on a line of its own
            stream << "  " << synopsis << '\n' << QString(52, u' ') << summary << '\n';
        else
            stream << "  " << synopsis.leftJustified(48) << "  " << summary << '\n';
    }
    stream.flush();
}

int sessionUsageError(Streams &streams)
{
    printSessionUsage(streams.err);
    return UsageError;
}

int openSeat(const QStringList &arguments, Streams &streams, Seat &seat, int ioFailure)
{
    const QString share = optionValue(arguments, QStringLiteral("--share"));
    const QString cacheDirectory = optionValue(arguments, QStringLiteral("--cache"));
    const QString meeting = optionValue(arguments, QStringLiteral("--meeting"));
    if (share.isEmpty() || cacheDirectory.isEmpty() || meeting.isEmpty()) {
        printSessionUsage(streams.err);
        return UsageError;
    }
    if (!QFileInfo(share).isDir())
        return fail(streams, ioFailure == Failure ? Unreachable : ioFailure,
            Tr::tr("The share %1 cannot be reached").arg(share));
    auto opened = MeetingCache::open(cacheDirectory);
    if (!opened)
        return fail(streams, ioFailure, opened.error());
    seat.cache = std::move(opened).value();
    seat.service = std::make_unique<SessionService>(*seat.cache, share, meeting);
    if (const Status read = seat.service->refresh(); !read)
        return fail(streams, ioFailure, read.error());
    return Success;
}

QString nameOf(const SessionState &state, const QString &participantId)
{
    const RosterParticipant *p = state.roster.roster.participant(participantId);
    return p ? p->name : participantId;
}

QString itemTitle(const std::optional<Meeting> &meeting, const QString &itemId)
{
    if (meeting) {
        for (const AgendaItem &item : meeting->agenda)
            if (item.id == itemId)
                return item.number + QStringLiteral(". ") + item.title;
    }
    return itemId;
}

QString pollCountsText(const PollState &poll)
{
    QStringList parts;
    for (const OptionResult &o : poll.result.options)
        parts << QStringLiteral("%1 %2").arg(o.option.label).arg(o.weight);
    return parts.join(QStringLiteral(", "));
}

QString quorumName(Quorum quorum)
{
    switch (quorum) {
    case Quorum::None:
        return Tr::tr("no quorum required");
    case Quorum::MoreThanHalf:
        return Tr::tr("more than half");
    case Quorum::TwoThirds:
        return Tr::tr("two thirds");
    }
    return {};
}
int requireSeatRole(
    const Seat &seat, std::initializer_list<Role> roles, const QString &refusal, Streams &streams)
{
    const SessionService &service = *seat.service;
    if (!service.hasRoster())
        return fail(streams, Rejected,
            Tr::tr(
                "The roster of this meeting has not reached this seat yet (phonghop-cli sync, and "
                "ask the secretary to publish the meeting): nothing was done"));
    const RosterParticipant *self = service.self();
    if (!self)
        return fail(streams, Rejected,
            Tr::tr(
                "This seat is not enrolled in the meeting's roster (key fingerprint %1): nothing "
                "was done. Ask the secretary to approve its enrolment and publish the meeting "
                "again")
                .arg(keyFingerprint(service.publicKey())));
    if (std::find(roles.begin(), roles.end(), self->role) == roles.end())
        return fail(streams, Rejected,
            Tr::tr("%1; this seat is %2 (%3): nothing was done")
                .arg(refusal, self->name, roleDisplayName(self->role)));
    return Success;
}

// An agenda item by its id or by its number as printed ("2", "I.1"); the text as given when
// the meeting is not in the cache (the chair's seat may not have synced its agenda).
std::optional<QString> agendaItemId(const SessionService &service, const QString &text)
{
    const std::optional<Meeting> meeting = service.meeting();
    if (!meeting)
        return text;
    for (const AgendaItem &item : meeting->agenda)
        if (item.id == text)
            return item.id;
    for (const AgendaItem &item : meeting->agenda)
        if (item.number == text)
            return item.id;
    return std::nullopt;
}

int unknownItem(Streams &streams, const SessionService &service, const QString &text)
{
    QStringList items;
    if (const std::optional<Meeting> meeting = service.meeting())
        for (const AgendaItem &item : meeting->agenda)
            items << QStringLiteral("%1 (%2)").arg(item.id, item.number);
    return fail(streams, Rejected,
        Tr::tr("The agenda has no item %1 (items: %2)")
            .arg(text, items.join(QStringLiteral(", "))));
}

int openSeatAs(const QStringList &arguments, Streams &streams, Seat &seat,
    std::initializer_list<Role> roles, const QString &refusal)
{
    if (const int code = openSeat(arguments, streams, seat, Failure); code != Success)
        return code;
    return requireSeatRole(seat, roles, refusal, streams);
}

QString sessionDuration(qint64 seconds)
{
    const qint64 s = std::abs(seconds);
    const QString text = s >= 3600
        ? QStringLiteral("%1:%2:%3")
              .arg(s / 3600)
              .arg(s / 60 % 60, 2, 10, QLatin1Char('0'))
              .arg(s % 60, 2, 10, QLatin1Char('0'))
        : QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return seconds < 0 ? u'-' + text : text;
}

} // namespace phonghop::cli::session
