#include "sessioncommon.h"

#include "meeting_core/session/sessionrecords.h"

#include <QCoreApplication>

// phonghop-cli session check-in, vote, speak (request-to-speak), withdraw: a seat's own
// actions, signed with its device key, so that the record can be checked afterwards by anyone,
// without the app.
namespace phonghop::cli::session {

namespace {
// The context of the session commands' messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::cli::SessionCommands)
};

// "Tán thành", "0", "yes" (an option's meaning, when only one option has it).
int choiceIndex(const PollDefinition &poll, const QString &text)
{
    bool number = false;
    const int index = text.toInt(&number);
    if (number)
        return index >= 0 && index < poll.options.size() ? index : -1;
    for (int i = 0; i < poll.options.size(); ++i)
        if (poll.options.at(i).label.compare(text, Qt::CaseInsensitive) == 0)
            return i;
    int found = -1;
    for (int i = 0; i < poll.options.size(); ++i) {
        if (optionMeaningId(poll.options.at(i).meaning) == text.toLower()) {
            if (found >= 0)
                return -1; // ambiguous (candidates)
            found = i;
        }
    }
    return found;
}
} // namespace

int runCheckIn(const QStringList &arguments, Streams &streams)
{
    const QStringList positional = positionalArguments(arguments, sessionFlags);
    if (positional.size() > 2)
        return sessionUsageError(streams);
    Seat seat;
    if (const int code = openSeat(arguments, streams, seat, Failure); code != Success)
        return code;
    const QString who = positional.value(1);
    if (const RosterParticipant *self = seat.service->self();
        self && !who.isEmpty() && who != self->id && self->role != Role::Secretary)
        return fail(streams, Rejected,
            Tr::tr("Only the secretary may check in someone else; this seat is %1 (%2)")
                .arg(self->name, roleDisplayName(self->role)));
    if (const Status done = seat.service->checkIn(who); !done)
        return fail(streams, Failure, done.error());
    const QString id = who.isEmpty() ? seat.service->self()->id : who;
    streams.out << Tr::tr("Checked in: %1").arg(nameOf(seat.service->state(), id)) << '\n';
    streams.out.flush();
    return Success;
}
int runVote(const QStringList &arguments, Streams &streams)
{
    const QStringList positional = positionalArguments(arguments, sessionFlags);
    if (positional.size() != 3)
        return sessionUsageError(streams);
    Seat seat;
    if (const int code = openSeat(arguments, streams, seat, Failure); code != Success)
        return code;
    const QString pollId = positional.at(1);
    const PollState *poll = seat.service->state().poll(pollId);
    if (!poll)
        return fail(streams, Failure, Tr::tr("No poll %1 in this meeting").arg(pollId));
    QList<int> choices;
    QStringList labels;
    for (const QString &text : positional.at(2).split(u',', Qt::SkipEmptyParts)) {
        const int index = choiceIndex(poll->open.poll, text.trimmed());
        if (index < 0) {
            QStringList options;
            for (int i = 0; i < poll->open.poll.options.size(); ++i)
                options << QStringLiteral("%1 = %2").arg(i).arg(
                    poll->open.poll.options.at(i).label);
            return fail(streams, UsageError,
                Tr::tr("\"%1\" is not an option of poll %2 (%3)")
                    .arg(text, pollId, options.join(QStringLiteral("; "))));
        }
        choices << index;
        labels << poll->open.poll.options.at(index).label;
    }
    const bool secret = poll->open.poll.secret;
    const QString title = poll->open.poll.title;
    // --other: the opinion written with "Ý kiến khác"; --for: the member whose proxy this
    // seat's participant holds, where the roster allows voting by proxy.
    const QString otherText = optionValue(arguments, QStringLiteral("--other"));
    const QString forMember = optionValue(arguments, QStringLiteral("--for"));
    if (const Status done = seat.service->castVote(pollId, choices, otherText, forMember); !done)
        return fail(streams, Failure, done.error());
    streams.out << Tr::tr("Ballot cast in \"%1\": %2%3")
                       .arg(title, labels.join(QStringLiteral(", ")),
                           secret ? Tr::tr(" (secret ballot)") : QString())
                << '\n';
    if (!forMember.isEmpty())
        streams.out << Tr::tr("Cast by proxy for %1").arg(nameOf(seat.service->state(), forMember))
                    << '\n';
    streams.out.flush();
    // Recorded on this seat either way; say when the shared folder does not have it yet.
    for (const SessionService::Undelivered &u : seat.service->undelivered())
        streams.err << Tr::tr(
            "Not delivered to the shared folder yet (kept on this seat, sent at the next "
            "look at the share): %1%2")
                           .arg(u.fileName,
                               u.error.isEmpty() ? QString() : QStringLiteral(": ") + u.error)
                    << '\n';
    streams.err.flush();
    return Success;
}

int runRequestToSpeak(const QStringList &arguments, Streams &streams)
{
    const QStringList positional = positionalArguments(arguments, sessionFlags);
    if (positional.size() != 2)
        return sessionUsageError(streams);
    const QString text = optionValue(arguments, QStringLiteral("--text")).trimmed();
    if (text.size() > maxSpeakTextLength)
        return fail(streams, UsageError,
            Tr::tr("--text is %1 characters long; a topic has at most %2")
                .arg(text.size())
                .arg(maxSpeakTextLength));
    Seat seat;
    if (const int code = openSeatAs(arguments, streams, seat,
            { Role::Chair, Role::Secretary, Role::Delegate, Role::Guest }, {});
        code != Success)
        return code;
    const std::optional<QString> item = agendaItemId(*seat.service, positional.at(1));
    if (!item)
        return unknownItem(streams, *seat.service, positional.at(1));
    if (seat.service->state().speakerListClosed(*item))
        return fail(streams, Rejected,
            Tr::tr("The chair has closed the speakers' list of item %1: the request was not "
                   "made. Ask the chair to reopen it")
                .arg(itemTitle(seat.service->meeting(), *item)));
    const bool question = hasFlag(arguments, QStringLiteral("--question"));
    if (const Status done = seat.service->requestToSpeak(
            *item, question ? SpeakType::Question : SpeakType::Speak, text);
        !done)
        return fail(streams, Failure, done.error());
    streams.out << (question
            ? Tr::tr("Question asked on item %1").arg(itemTitle(seat.service->meeting(), *item))
            : Tr::tr("Asked to speak on item %1").arg(itemTitle(seat.service->meeting(), *item)))
                << '\n';
    streams.out.flush();
    return Success;
}

int runWithdraw(const QStringList &arguments, Streams &streams)
{
    const QStringList positional = positionalArguments(arguments, sessionFlags);
    if (positional.size() != 2)
        return sessionUsageError(streams);
    Seat seat;
    if (const int code = openSeatAs(arguments, streams, seat,
            { Role::Chair, Role::Secretary, Role::Delegate, Role::Guest }, {});
        code != Success)
        return code;
    SessionService &service = *seat.service;
    const std::optional<QString> item = agendaItemId(service, positional.at(1));
    if (!item)
        return unknownItem(streams, service, positional.at(1));
    // The question with --question; else the speech, or the one question when no speech waits.
    const bool question = hasFlag(arguments, QStringLiteral("--question"));
    const SessionState &state = service.state();
    const QString self = service.self()->id;
    const SpeakRequest *request = nullptr;
    for (const SpeakType type : { SpeakType::Speak, SpeakType::Question })
        for (const SpeakRequest &r : state.requests)
            if (!request && r.waiting() && r.participantId == self && r.itemId == *item
                && r.type == type && (type == SpeakType::Question || !question))
                request = &r;
    if (!request)
        return fail(streams, Rejected,
            Tr::tr("%1 has no request to speak waiting on item %2: nothing was withdrawn")
                .arg(nameOf(state, self), itemTitle(service.meeting(), *item)));
    const SpeakType type = request->type;
    if (const Status done = service.withdrawRequest(request->hash); !done)
        return fail(streams, Failure, done.error());
    streams.out << (type == SpeakType::Question
            ? Tr::tr("Question on item %1 withdrawn").arg(itemTitle(service.meeting(), *item))
            : Tr::tr("Request to speak on item %1 withdrawn")
                  .arg(itemTitle(service.meeting(), *item)))
                << '\n';
    streams.out.flush();
    return Success;
}

} // namespace phonghop::cli::session
