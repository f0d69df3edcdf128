#include "sessioncommon.h"

#include <QCoreApplication>

// phonghop-cli session notice, supersede: the conclusion notice the secretary issues after the
// meeting, and the chair's correction of a conclusion by a later decision.
namespace phonghop::cli::session {

namespace {
// The context of the session commands' messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::cli::SessionCommands)
};

// A decision by its position in the chain ("2", 1-based) or the start of its record hash.
qsizetype decisionIndex(const SessionService &service, const QString &text)
{
    bool number = false;
    const int position = text.toInt(&number);
    if (number && text.size() < 8)
        return position >= 1 && position <= service.state().chain.decisions.size() ? position - 1
                                                                                   : -1;
    return service.findDecision(text);
}
} // namespace

int runNotice(const QStringList &arguments, Streams &streams)
{
    const QStringList positional = positionalArguments(arguments, sessionFlags);
    if (positional.size() != 2)
        return sessionUsageError(streams);
    Seat seat;
    if (const int code = openSeat(arguments, streams, seat, Failure); code != Success)
        return code;
    SessionService &service = *seat.service;
    if (!service.meeting())
        streams.err << Tr::tr(
            "The meeting is not in the cache (run phonghop-cli sync first): the notice lacks "
            "its title, agency and agenda")
                    << '\n';
    const NoticeInfo info { optionValue(arguments, QStringLiteral("--number")),
        optionValue(arguments, QStringLiteral("--place")) };
    if (!info.number.isEmpty() || !info.place.isEmpty()) {
        // Kept for the meeting, beside the minutes' number and place.
        SessionService::DocumentDetails kept = service.documentDetails();
        if (!kept.kept)
            kept = {};
        MinutesInfo minutes = kept.minutes;
        if (!info.place.isEmpty())
            minutes.place = info.place;
        if (const Status stored = service.keepDocumentDetails(
                minutes, info.number.isEmpty() ? kept.noticeNumber : info.number);
            !stored)
            return fail(streams, Failure, stored.error());
    }
    if (const Status written = service.writeNotice(positional.at(1), info); !written)
        return fail(streams, Failure, written.error());
    streams.out << Tr::tr("Conclusion notice written to %1 (%n conclusion(s))", nullptr,
        static_cast<int>(service.state().chain.currentDecisions().size()))
                       .arg(positional.at(1))
                << '\n';
    streams.out.flush();
    return Success;
}

int runSupersede(const QStringList &arguments, Streams &streams)
{
    const QStringList positional = positionalArguments(arguments, sessionFlags);
    if (positional.size() != 3 || positional.at(2).trimmed().isEmpty())
        return sessionUsageError(streams);
    Seat seat;
    if (const int code = openSeatAs(arguments, streams, seat, { Role::Chair },
            Tr::tr("Only the chair may correct a conclusion"));
        code != Success)
        return code;
    SessionService &service = *seat.service;
    const qsizetype index = decisionIndex(service, positional.at(1).trimmed());
    if (index < 0)
        return fail(streams, Rejected,
            Tr::tr("The decision record has no decision %1 (give its position, 1 to %2, or at "
                   "least 8 digits of its hash)")
                .arg(positional.at(1))
                .arg(service.state().chain.decisions.size()));
    const DecisionRecord corrected = service.state().chain.decisions.at(index);
    if (const Status done = service.supersedeConclusion(service.state().chain.hashes.at(index),
            positional.at(2).trimmed(), optionValue(arguments, QStringLiteral("--document")));
        !done)
        return fail(streams, Rejected, done.error());
    streams.out << Tr::tr("Conclusion %1 of item %2 corrected by a new decision; the chain keeps "
                          "both (%3 decisions)")
                       .arg(index + 1)
                       .arg(itemTitle(service.meeting(), corrected.agendaItemId))
                       .arg(service.state().chain.decisions.size())
                << '\n';
    streams.out.flush();
    return Success;
}

} // namespace phonghop::cli::session
