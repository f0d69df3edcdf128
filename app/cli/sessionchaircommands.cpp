#include "sessioncommon.h"

#include "meeting_core/util/sha256.h"
#include "meeting_core/voting/preparedpoll.h"

#include <QCoreApplication>
#include <QFileInfo>

// phonghop-cli session open-poll, close-poll, call-next, conclude, sign-minutes: the chair's
// (and for conclusions the secretary's) actions on the live session.
namespace phonghop::cli::session {

namespace {
// The context of the session commands' messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::cli::SessionCommands)
};

std::optional<PollKind> pollKindFromId(const QString &id)
{
    for (const PollKind kind : { PollKind::Approval, PollKind::YesNo, PollKind::Choice })
        if (pollKindId(kind) == id)
            return kind;
    return std::nullopt;
}
} // namespace

// `session open-poll POLL` without --title: the poll prepared with the meeting (MEETING.json's
// polls[], published in the manifest), opened as the secretary wrote it.
int openPreparedPoll(const QStringList &arguments, Streams &streams, const QString &pollId)
{
    for (const QString &spotOption : { QStringLiteral("--kind"), QStringLiteral("--options"),
             QStringLiteral("--max"), QStringLiteral("--rule"), QStringLiteral("--secret") }) {
        if (arguments.contains(spotOption))
            return fail(streams, UsageError,
                Tr::tr("%1 describes a poll made on the spot: give it with --title, or leave it "
                       "out to open the prepared poll %2 as it was published")
                    .arg(spotOption, pollId));
    }
    Seat seat;
    if (const int code = openSeatAs(
            arguments, streams, seat, { Role::Chair }, Tr::tr("Only the chair may open a poll"));
        code != Success)
        return code;
    const std::optional<Meeting> meeting = seat.service->meeting();
    const PreparedPoll *prepared = meeting ? meeting->poll(pollId) : nullptr;
    if (!prepared) {
        QStringList ids;
        if (meeting) {
            for (const PreparedPoll &poll : meeting->polls)
                ids << poll.id;
        }
        // No prepared poll at all: this meeting's polls are made on the spot, with --title.
        if (ids.isEmpty()) {
            streams.err << Tr::tr("The meeting has no prepared poll %1 (none was published with "
                                  "it, or this seat has not synced): give --title to make one on "
                                  "the spot")
                               .arg(pollId)
                        << '\n';
            return sessionUsageError(streams);
        }
        return fail(streams, Rejected,
            Tr::tr("The meeting has no prepared poll %1; prepared: %2")
                .arg(pollId, ids.join(QStringLiteral(", "))));
    }
    const Result<PollDefinition> poll = preparedPollDefinition(*prepared);
    if (!poll)
        return fail(streams, Rejected,
            Tr::tr("The prepared poll %1 cannot be opened: %2").arg(pollId, poll.error()));
    if (seat.service->state().poll(pollId))
        return fail(streams, Rejected,
            Tr::tr("The poll %1 was already opened in this meeting").arg(pollId));
    const Result<QString> opened = seat.service->openPoll(poll.value());
    if (!opened)
        return fail(streams, Failure, opened.error());
    QStringList options;
    for (int i = 0; i < poll->options.size(); ++i)
        options << QStringLiteral("%1 = %2").arg(i).arg(poll->options.at(i).label);
    streams.out << Tr::tr("Poll %1 \"%2\" opened: %3")
                       .arg(poll->id, poll->title, options.join(QStringLiteral("; ")))
                << '\n'
                << Tr::tr("Rule: %1").arg(poll->rule.describe()) << '\n';
    if (poll->secret)
        streams.out << Tr::tr("Secret ballot: no screen shows who chose what") << '\n';
    streams.out.flush();
    return Success;
}

int runOpenPoll(const QStringList &arguments, Streams &streams)
{
    const QStringList positional = positionalArguments(arguments, sessionFlags);
    const QString title = optionValue(arguments, QStringLiteral("--title")).trimmed();
    if (positional.size() == 2 && !arguments.contains(QStringLiteral("--title")))
        return openPreparedPoll(arguments, streams, positional.at(1));
    if (positional.size() != 2 || title.isEmpty())
        return sessionUsageError(streams);
    PollDefinition poll;
    poll.id = positional.at(1);
    poll.title = title;
    poll.secret = hasFlag(arguments, QStringLiteral("--secret"));
    if (const QString kind = optionValue(arguments, QStringLiteral("--kind")); !kind.isEmpty()) {
        const std::optional<PollKind> parsed = pollKindFromId(kind);
        if (!parsed)
            return fail(streams, UsageError,
                Tr::tr("Unknown poll kind: %1 (approval, yes-no or choice)").arg(kind));
        poll.kind = *parsed;
    }
    const QString preset = arguments.contains(QStringLiteral("--rule"))
        ? optionValue(arguments, QStringLiteral("--rule"))
        : VotingRule::presetIds().constFirst(); // the app's default, the People's Committee
    const std::optional<VotingRule> rule = VotingRule::fromPreset(preset);
    if (!rule)
        return fail(streams, UsageError,
            Tr::tr("Unknown voting rule: %1 (%2)")
                .arg(preset, VotingRule::presetIds().join(QStringLiteral(", "))));
    poll.rule = *rule;
    poll.options = PollDefinition::defaultOptions(poll.kind);
    QStringList labels;
    for (const QString &label :
        optionValue(arguments, QStringLiteral("--options")).split(u',', Qt::SkipEmptyParts))
        if (!label.trimmed().isEmpty())
            labels << label.trimmed();
    if (poll.kind == PollKind::Choice) {
        if (labels.size() < 2)
            return fail(streams, UsageError,
                Tr::tr("A choice poll needs at least two options: --options A,B,..."));
        poll.options.clear();
        for (const QString &label : std::as_const(labels))
            poll.options << PollOption { label, OptionMeaning::Candidate };
    } else if (!labels.isEmpty()) {
        // Other words for the kind's options, in their order (Yes, No[, Abstain]).
        if (labels.size() != poll.options.size())
            return fail(streams, UsageError,
                Tr::tr("A %1 poll has %2 options; --options gives %3")
                    .arg(pollKindId(poll.kind))
                    .arg(poll.options.size())
                    .arg(labels.size()));
        for (qsizetype i = 0; i < labels.size(); ++i)
            poll.options[i].label = labels.at(i);
    }
    if (const QString max = optionValue(arguments, QStringLiteral("--max")); !max.isEmpty()) {
        bool number = false;
        poll.maxChoices = max.toInt(&number);
        if (!number || poll.maxChoices < 1)
            return fail(
                streams, UsageError, Tr::tr("--max needs a whole number, 1 or more: %1").arg(max));
    }
    if (const Status valid = poll.validate(); !valid)
        return fail(streams, Rejected, valid.error());

    Seat seat;
    if (const int code = openSeatAs(
            arguments, streams, seat, { Role::Chair }, Tr::tr("Only the chair may open a poll"));
        code != Success)
        return code;
    if (seat.service->state().poll(poll.id))
        return fail(streams, Rejected,
            Tr::tr("A poll %1 was already opened in this meeting; choose another id (%2 is free)")
                .arg(poll.id, seat.service->nextPollId()));
    const Result<QString> opened = seat.service->openPoll(poll);
    if (!opened)
        return fail(streams, Failure, opened.error());
    QStringList options;
    for (int i = 0; i < poll.options.size(); ++i)
        options << QStringLiteral("%1 = %2").arg(i).arg(poll.options.at(i).label);
    streams.out << Tr::tr("Poll %1 \"%2\" opened: %3")
                       .arg(poll.id, poll.title, options.join(QStringLiteral("; ")))
                << '\n'
                << Tr::tr("Rule: %1").arg(poll.rule.describe()) << '\n';
    if (poll.secret)
        streams.out << Tr::tr("Secret ballot: no screen shows who chose what") << '\n';
    streams.out.flush();
    return Success;
}

int runClosePoll(const QStringList &arguments, Streams &streams)
{
    const QStringList positional = positionalArguments(arguments, sessionFlags);
    if (positional.size() != 2)
        return sessionUsageError(streams);
    Seat seat;
    if (const int code = openSeatAs(
            arguments, streams, seat, { Role::Chair }, Tr::tr("Only the chair may close a poll"));
        code != Success)
        return code;
    const QString pollId = positional.at(1);
    const PollState *before = seat.service->state().poll(pollId);
    if (!before)
        return fail(streams, Rejected, Tr::tr("No poll %1 in this meeting").arg(pollId));
    if (before->closed)
        return fail(streams, Rejected, Tr::tr("The poll %1 is already closed").arg(pollId));
    // A secret poll's ballots open only on the chair's device that opened it.
    if (before->open.poll.secret && seat.service->publicKey() != before->open.chairKey)
        return fail(
            streams, Rejected, secretCloseDeviceMessage(before->open, before->roster.roster));
    if (const Status done = seat.service->closePoll(pollId); !done)
        return fail(streams, Failure, done.error());
    const PollState *poll = seat.service->state().poll(pollId);
    if (!poll || !poll->closed)
        return fail(streams, Failure,
            Tr::tr("The close of poll %1 was written but could not be read back from the share yet")
                .arg(pollId));
    streams.out << Tr::tr("Poll %1 \"%2\" closed: %3: %4")
                       .arg(poll->open.poll.id, poll->open.poll.title, pollCountsText(*poll),
                           poll->result.passed ? Tr::tr("passed") : Tr::tr("not passed"))
                << '\n';
    streams.out.flush();
    return Success;
}

int runCallNext(const QStringList &arguments, Streams &streams)
{
    const QStringList positional = positionalArguments(arguments, sessionFlags);
    if (positional.size() != 2)
        return sessionUsageError(streams);
    Seat seat;
    if (const int code = openSeatAs(
            arguments, streams, seat, { Role::Chair }, Tr::tr("Only the chair may give the floor"));
        code != Success)
        return code;
    SessionService &service = *seat.service;
    const std::optional<QString> item = agendaItemId(service, positional.at(1));
    if (!item)
        return unknownItem(streams, service, positional.at(1));
    if (service.state().currentItemId != *item) {
        if (const Status set = service.setCurrentItem(*item); !set)
            return fail(streams, Failure, set.error());
        streams.out << Tr::tr("Current item: %1").arg(itemTitle(service.meeting(), *item)) << '\n';
        streams.out.flush();
    }
    const QList<SpeakRequest> queue = service.state().queue(*item);
    if (queue.isEmpty())
        return fail(streams, Failure,
            Tr::tr("Nobody is waiting to speak on item %1")
                .arg(itemTitle(service.meeting(), *item)));
    const SpeakRequest next = queue.first();
    if (const Status called = service.callSpeaker(next.hash); !called)
        return fail(streams, Failure, called.error());
    streams.out << (next.type == SpeakType::Question
            ? Tr::tr("The floor goes to %1 (a question); %2 more waiting")
            : Tr::tr("The floor goes to %1; %2 more waiting"))
                       .arg(nameOf(service.state(), next.participantId))
                       .arg(queue.size() - 1)
                << '\n';
    streams.out.flush();
    return Success;
}

int runMarkItem(const QStringList &arguments, Streams &streams)
{
    const QStringList positional = positionalArguments(arguments, sessionFlags);
    if (positional.size() != 3)
        return sessionUsageError(streams);
    const std::optional<AgendaItemProgress> progress = agendaItemProgressFromId(positional.at(2));
    if (!progress)
        return fail(streams, UsageError,
            Tr::tr("Unknown mark \"%1\": use done, deferred, withdrawn or open")
                .arg(positional.at(2)));
    Seat seat;
    if (const int code = openSeatAs(arguments, streams, seat, { Role::Chair },
            Tr::tr("Only the chair may mark an agenda item"));
        code != Success)
        return code;
    SessionService &service = *seat.service;
    const std::optional<QString> item = agendaItemId(service, positional.at(1));
    if (!item)
        return unknownItem(streams, service, positional.at(1));
    if (const Status marked = service.markAgendaItem(*item, *progress); !marked)
        return fail(streams, Failure, marked.error());
    streams.out << Tr::tr("Item %1: %2")
                       .arg(itemTitle(service.meeting(), *item), agendaItemProgressName(*progress))
                << '\n';
    streams.out.flush();
    return Success;
}

int runConclude(const QStringList &arguments, Streams &streams)
{
    const QStringList positional = positionalArguments(arguments, sessionFlags);
    if (positional.size() != 3 || positional.at(2).trimmed().isEmpty())
        return sessionUsageError(streams);
    Seat seat;
    if (const int code = openSeatAs(arguments, streams, seat, { Role::Chair, Role::Secretary },
            Tr::tr("Only the chair or the secretary may record a conclusion"));
        code != Success)
        return code;
    SessionService &service = *seat.service;
    const std::optional<QString> item = agendaItemId(service, positional.at(1));
    if (!item)
        return unknownItem(streams, service, positional.at(1));
    QStringList polls;
    for (const QString &id :
        optionValue(arguments, QStringLiteral("--polls")).split(u',', Qt::SkipEmptyParts)) {
        const QString pollId = id.trimmed();
        const PollState *poll = service.state().poll(pollId);
        if (!poll)
            return fail(streams, Rejected, Tr::tr("No poll %1 in this meeting").arg(pollId));
        if (!poll->closed)
            return fail(streams, Rejected,
                Tr::tr("The poll %1 is not closed; a conclusion rests on closed polls only")
                    .arg(pollId));
        polls << pollId;
    }
    const bool chair = service.self()->role == Role::Chair;
    if (const Status done = service.recordConclusion(*item, positional.at(2).trimmed(), polls,
            optionValue(arguments, QStringLiteral("--document")));
        !done)
        return fail(streams, Failure, done.error());
    streams.out << (chair
            ? Tr::tr("Conclusion of item %1 recorded in the decision chain (%2 decisions)")
                  .arg(itemTitle(service.meeting(), *item))
                  .arg(service.state().chain.decisions.size())
            : Tr::tr("Draft conclusion of item %1 written; the chair confirms it")
                  .arg(itemTitle(service.meeting(), *item)))
                << '\n';
    streams.out.flush();
    return Success;
}

int runSignMinutes(const QStringList &arguments, Streams &streams)
{
    if (!optionValue(arguments, QStringLiteral("--certificate")).isEmpty())
        return runSignMinutesWithCertificate(arguments, streams); // sessionsigncommands.cpp
    const QStringList positional = positionalArguments(arguments, sessionFlags);
    if (positional.size() != 2)
        return sessionUsageError(streams);
    const QString path = positional.at(1);
    if (!QFileInfo(path).isFile())
        return fail(streams, UsageError, Tr::tr("The file %1 does not exist").arg(path));
    Seat seat;
    if (const int code = openSeatAs(arguments, streams, seat, { Role::Chair },
            Tr::tr("Only the chair may sign the minutes"));
        code != Success)
        return code;
    if (!seat.service->state().minutesSha256.isEmpty())
        return fail(streams, Rejected,
            Tr::tr("The minutes are already signed (SHA-256 %1)")
                .arg(seat.service->state().minutesSha256));
    if (const Status done = seat.service->signMinutes(path); !done)
        return fail(streams, Failure, done.error());
    streams.out << Tr::tr("Minutes signed by the chair (SHA-256 %1); they are locked")
                       .arg(seat.service->state().minutesSha256.isEmpty()
                               ? Sha256::hexOfFile(path)
                               : seat.service->state().minutesSha256)
                << '\n';
    streams.out.flush();
    return Success;
}
} // namespace phonghop::cli::session
