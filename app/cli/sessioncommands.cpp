#include "commands.h"

#include "meeting_core/session/sessionservice.h"
#include "meeting_core/store/meetingcache.h"
#include "meeting_core/sync/organisationtrust.h"
#include "meeting_core/trust/devicekey.h"
#include "meeting_core/util/sha256.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <initializer_list>
#include <memory>

// phonghop-cli session …: the live session's record read and checked as any seat reads it
// (docs/session.md, "Command line"), and a delegate's own actions, so that the record can be
// checked afterwards by anyone, without the app.
namespace phonghop::cli {

namespace {
// The context of this file's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::cli::SessionCommands)
};

constexpr int statusFormatVersion = 1;
const QString sessionOptions = QStringLiteral("--share DIR --cache DIR --meeting ID");
// Options of session subcommands that take no value.
const QStringList sessionFlags { QStringLiteral("--json"), QStringLiteral("--secret"),
    QStringLiteral("--question"), QStringLiteral("--help") };

int fail(Streams &streams, int code, const QString &message)
{
    streams.err << message << '\n';
    streams.err.flush();
    return code;
}

void printSessionUsage(QTextStream &stream)
{
    stream << Tr::tr("Usage: phonghop-cli session SUBCOMMAND %1 [OPTIONS]").arg(sessionOptions) << "\n\n"
           << Tr::tr("Subcommands:") << '\n';
    const QList<QPair<QString, QString>> lines {
        { QStringLiteral("status [--json]"),
            Tr::tr("Attendance, quorum, current item, floor, polls, decisions and problems") },
        { QStringLiteral("verify [--json]"),
            Tr::tr("Check every record; exit 0 when clean, 1 when it has problems, 2 when it cannot be read") },
        { QStringLiteral("attendance --csv FILE | --pdf FILE"), Tr::tr("Export the attendance list") },
        { QStringLiteral("minutes FILE.pdf [--number TEXT] [--place TEXT]"),
            Tr::tr("Write the minutes as PDF") },
        { QStringLiteral("check-in [PARTICIPANT]"),
            Tr::tr("Check in oneself (or, as the secretary, a participant)") },
        { QStringLiteral("vote POLL CHOICE[,CHOICE...]"),
            Tr::tr("Cast a ballot; a choice is an option's label or its 0-based index") },
        { QStringLiteral("request-to-speak ITEM [--question]"),
            Tr::tr("Ask for the floor on an agenda item (by its id or number)") },
        { QStringLiteral("open-poll POLL --title TEXT [--kind K] [--options A,B,...] [--max N] [--rule PRESET] [--secret]"),
            Tr::tr("Chair: open a poll; kinds approval (default), yes-no, choice; rules %1 (default %2)")
                .arg(VotingRule::presetIds().join(QStringLiteral(", ")), VotingRule::presetIds().constFirst()) },
        { QStringLiteral("close-poll POLL"), Tr::tr("Chair: close a poll and sign its result") },
        { QStringLiteral("call-next ITEM"),
            Tr::tr("Chair: make ITEM the current item if it is not, and give the floor to the next speaker") },
        { QStringLiteral("conclude ITEM TEXT [--polls P,...]"),
            Tr::tr("Chair: record the item's conclusion in the decision chain (the secretary: a draft for the chair)") },
        { QStringLiteral("sign-minutes FILE.pdf"), Tr::tr("Chair: sign the minutes PDF, which locks them") },
    };
    for (const auto &[synopsis, summary] : lines) {
        if (synopsis.size() > 48) // a long synopsis on a line of its own
            stream << "  " << synopsis << '\n' << QString(52, u' ') << summary << '\n';
        else
            stream << "  " << synopsis.leftJustified(48) << "  " << summary << '\n';
    }
    stream.flush();
}

// One seat's view of the session: its cache (device key inside) and the service over it.
struct Seat {
    std::unique_ptr<MeetingCache> cache;
    std::unique_ptr<SessionService> service;
};

// Opens the seat and reads the share. Returns an exit code other than Success on failure,
// with the reason printed; ioFailure is the code for a share, cache or roster that cannot be
// read (verify keeps 1 for "the record has problems").
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

// A problem of the record, with where it was found (a file, a poll, the decision chain).
struct RecordProblem {
    QString source; // "devices/<folder>/<file>", "poll:<id>", "decisions"
    QString message; // translated
};

// Ballots kept out for reasons that are part of a normal session (a changed vote, a copy, a
// vote cast after the close) are not problems of the record; the rest are.
bool ballotReportIsProblem(BallotProblem problem)
{
    return problem != BallotProblem::Superseded && problem != BallotProblem::Duplicate
        && problem != BallotProblem::AfterClose;
}

QList<RecordProblem> recordProblems(const SessionState &state)
{
    QList<RecordProblem> problems;
    const auto fileSource = [](const QString &folder, const QString &file) {
        return folder.isEmpty() ? QString() : QStringLiteral("devices/%1/%2").arg(folder, file);
    };
    for (const SessionProblem &p : state.problems)
        problems << RecordProblem { fileSource(p.deviceFolder, p.fileName), p.message };
    for (const PollState &poll : state.polls) {
        const QString source = QStringLiteral("poll:") + poll.open.poll.id;
        // This seat's own last ballot: missing, replaced by an older one, refused, not
        // delivered, or counted otherwise than cast (docs/trust.md).
        for (const QString &message : poll.ownBallotProblems)
            problems << RecordProblem { source, message };
        for (const QString &message : poll.closeProblems)
            problems << RecordProblem { source, message };
        for (const BallotReport &report : poll.reports) {
            if (ballotReportIsProblem(report.problem))
                problems << RecordProblem { fileSource(report.deviceFolder, report.fileName),
                    Tr::tr("Ballot for poll \"%1\" refused: %2").arg(poll.open.poll.id, report.message) };
        }
    }
    for (const ChainProblem &p : state.chain.problems)
        problems << RecordProblem { QStringLiteral("decisions"), p.message };
    // A decision names the close records of the polls it rests on; each must be a close this
    // seat accepted (not one that was refused, or never reached the share).
    for (const DecisionRecord &d : state.chain.decisions) {
        for (const QString &closeHash : d.pollCloseHashes) {
            const bool accepted = std::any_of(state.polls.cbegin(), state.polls.cend(),
                [&closeHash](const PollState &p) { return p.closed && p.closeHash == closeHash; });
            if (!accepted)
                problems << RecordProblem { QStringLiteral("decisions"),
                    Tr::tr("The decision at height %1 rests on a poll result that is not on the share or was refused")
                        .arg(d.height) };
        }
    }
    return problems;
}

QJsonObject pollJson(const PollState &poll)
{
    QJsonObject o {
        { QStringLiteral("id"), poll.open.poll.id },
        { QStringLiteral("title"), poll.open.poll.title },
        { QStringLiteral("kind"), pollKindId(poll.open.poll.kind) },
        { QStringLiteral("secret"), poll.open.poll.secret },
        { QStringLiteral("status"), poll.closed ? QStringLiteral("closed") : QStringLiteral("open") },
        { QStringLiteral("ballots"), static_cast<int>(poll.ballots.accepted.size()) },
        { QStringLiteral("waiting"), static_cast<int>(poll.pendingVoters.size()) },
        { QStringLiteral("ownBallot"), poll.ownBallot.has_value() },
        { QStringLiteral("ownBallotStatus"), ownBallotStatusId(poll.ownBallotStatus) },
        { QStringLiteral("ownBallotProblems"), QJsonArray::fromStringList(poll.ownBallotProblems) },
    };
    if (poll.closed) {
        o.insert(QStringLiteral("passed"), poll.result.passed);
        o.insert(QStringLiteral("result"), poll.result.countsJson());
        o.insert(QStringLiteral("closeHash"), poll.closeHash);
        const CloseVerification &v = poll.verification;
        o.insert(QStringLiteral("verification"),
            QJsonObject {
                { QStringLiteral("ok"), v.ok() && poll.closeProblems.isEmpty() },
                { QStringLiteral("signedByChair"), v.signedByChair },
                { QStringLiteral("boundToOpen"), v.boundToOpen },
                { QStringLiteral("recountMatches"), v.recountMatches },
                { QStringLiteral("ownBallotCounted"), v.ownBallotCounted },
                { QStringLiteral("summary"), v.summary() },
                { QStringLiteral("problems"), QJsonArray::fromStringList(poll.closeProblems) },
            });
    }
    return o;
}

QJsonObject statusJson(const SessionService &service)
{
    const SessionState &state = service.state();
    const AttendanceSummary &s = state.summary;
    QJsonArray participants;
    for (const AttendanceEntry &e : state.attendance)
        participants.append(QJsonObject {
            { QStringLiteral("id"), e.participantId },
            { QStringLiteral("name"), e.name },
            { QStringLiteral("role"), roleKey(e.role) },
            { QStringLiteral("weight"), static_cast<double>(e.weight) },
            { QStringLiteral("status"), attendanceStatusId(e.status) },
            { QStringLiteral("reason"), e.reason },
            { QStringLiteral("proxyTo"), e.proxyTo },
        });
    QJsonObject attendance {
        { QStringLiteral("present"), s.present },
        { QStringLiteral("absent"), s.absent },
        { QStringLiteral("proxy"), s.proxy },
        { QStringLiteral("notCheckedIn"), s.notCheckedIn },
        { QStringLiteral("entitledWeight"), static_cast<double>(s.entitledWeight) },
        { QStringLiteral("presentWeight"), static_cast<double>(s.presentWeight) },
        { QStringLiteral("proxyWeight"), static_cast<double>(s.proxyWeight) },
        { QStringLiteral("quorum"), quorumId(s.quorum) },
        { QStringLiteral("quorumMet"), s.quorumMet },
        { QStringLiteral("participants"), participants },
    };
    QJsonValue floor; // null: nobody has the floor
    if (state.floor)
        floor = QJsonObject {
            { QStringLiteral("participant"), state.floor->participantId },
            { QStringLiteral("item"), state.floor->itemId },
            { QStringLiteral("type"), speakTypeId(state.floor->type) },
            { QStringLiteral("running"), state.floor->running() },
        };
    QJsonArray polls;
    for (const PollState &poll : state.polls)
        polls.append(pollJson(poll));
    QJsonArray chainProblems;
    for (const ChainProblem &p : state.chain.problems)
        chainProblems.append(p.message);
    QJsonArray undelivered;
    for (const SessionService::Undelivered &u : service.undelivered())
        undelivered.append(QJsonObject {
            { QStringLiteral("file"), u.fileName },
            { QStringLiteral("kind"), u.kind },
            { QStringLiteral("since"), u.createdAt.toUTC().toString(Qt::ISODateWithMs) },
            { QStringLiteral("error"), u.error },
        });
    const RosterParticipant *self = service.self();
    return QJsonObject {
        { QStringLiteral("format"), statusFormatVersion },
        { QStringLiteral("meeting"), service.meetingId() },
        { QStringLiteral("rosterRevision"), state.roster.roster.revision },
        { QStringLiteral("seat"),
            QJsonObject {
                { QStringLiteral("device"), service.deviceId() },
                { QStringLiteral("fingerprint"), keyFingerprint(service.publicKey()) },
                { QStringLiteral("participant"), self ? self->id : QString() },
                { QStringLiteral("role"), self ? roleKey(self->role) : QString() },
            } },
        { QStringLiteral("attendance"), attendance },
        { QStringLiteral("currentItem"), state.currentItemId },
        { QStringLiteral("floor"), floor },
        { QStringLiteral("polls"), polls },
        { QStringLiteral("decisions"),
            QJsonObject {
                { QStringLiteral("count"), static_cast<int>(state.chain.decisions.size()) },
                { QStringLiteral("ok"), state.chain.ok() },
                { QStringLiteral("head"), state.chain.hashes.isEmpty() ? QString() : state.chain.hashes.last() },
                { QStringLiteral("problems"), chainProblems },
            } },
        { QStringLiteral("minutesSha256"), state.minutesSha256 },
        { QStringLiteral("problems"), static_cast<int>(recordProblems(state).size()) },
        // This seat's records not on the shared folder yet: a count, and each with the reason.
        { QStringLiteral("undelivered"), static_cast<int>(undelivered.size()) },
        { QStringLiteral("undeliveredRecords"), undelivered },
    };
}

QString pollCountsText(const PollState &poll)
{
    QStringList parts;
    for (const OptionResult &o : poll.result.options)
        parts << QStringLiteral("%1 %2").arg(o.option.label).arg(o.weight);
    return parts.join(QStringLiteral(", "));
}

void printStatus(const SessionService &service, QTextStream &out)
{
    const SessionState &state = service.state();
    const std::optional<Meeting> meeting = service.meeting();
    out << Tr::tr("Meeting: %1").arg(meeting && !meeting->title.isEmpty()
                                       ? QStringLiteral("%1 (%2)").arg(meeting->title, service.meetingId())
                                       : service.meetingId())
        << '\n';
    if (const RosterParticipant *self = service.self())
        out << Tr::tr("This seat: %1 (%2), %3").arg(self->name, self->id, roleDisplayName(self->role)) << '\n';
    else
        out << Tr::tr("This seat: not enrolled in the roster (key fingerprint %1)")
                   .arg(keyFingerprint(service.publicKey()))
            << '\n';
    const AttendanceSummary &s = state.summary;
    out << Tr::tr("Attendance: %1 present, %2 absent, %3 by proxy, %4 not checked in")
               .arg(s.present)
               .arg(s.absent)
               .arg(s.proxy)
               .arg(s.notCheckedIn)
        << '\n';
    out << (s.quorumMet ? Tr::tr("Quorum (%1): met; votes present: %2 of %3")
                        : Tr::tr("Quorum (%1): not met; votes present: %2 of %3"))
               .arg(quorumName(s.quorum))
               .arg(s.presentWeight)
               .arg(s.entitledWeight)
        << '\n';
    out << Tr::tr("Current item: %1")
               .arg(state.currentItemId.isEmpty() ? Tr::tr("none") : itemTitle(meeting, state.currentItemId))
        << '\n';
    if (!state.floor)
        out << Tr::tr("Floor: nobody") << '\n';
    else
        out << (state.floor->running() ? Tr::tr("Floor: %1, speaking") : Tr::tr("Floor: %1, called"))
                   .arg(nameOf(state, state.floor->participantId))
            << '\n';
    if (state.polls.isEmpty())
        out << Tr::tr("Polls: none") << '\n';
    else
        out << Tr::tr("Polls:") << '\n';
    for (const PollState &poll : state.polls) {
        if (!poll.closed) {
            out << "  " << Tr::tr("%1 \"%2\": open; ballots: %3, yet to vote: %4")
                                .arg(poll.open.poll.id, poll.open.poll.title)
                                .arg(poll.ballots.accepted.size())
                                .arg(poll.pendingVoters.size())
                << '\n';
            for (const QString &problem : poll.ownBallotProblems)
                out << "    " << problem << '\n';
            continue;
        }
        out << "  " << Tr::tr("%1 \"%2\": closed, %3: %4")
                            .arg(poll.open.poll.id, poll.open.poll.title, pollCountsText(poll),
                                poll.result.passed ? Tr::tr("passed") : Tr::tr("not passed"))
            << '\n';
        out << "    " << poll.verification.summary() << '\n';
        for (const QString &problem : poll.ownBallotProblems)
            out << "    " << problem << '\n';
        for (const QString &problem : poll.closeProblems)
            if (!poll.verification.problems.contains(problem))
                out << "    " << problem << '\n';
    }
    out << (state.chain.ok() ? Tr::tr("Decisions: %1, chain intact")
                             : Tr::tr("Decisions: %1, the chain has problems"))
               .arg(state.chain.decisions.size())
        << '\n';
    out << (state.minutesSha256.isEmpty() ? Tr::tr("Minutes: not signed")
                                          : Tr::tr("Minutes: signed by the chair (SHA-256 %1)").arg(state.minutesSha256))
        << '\n';
    const QList<SessionService::Undelivered> undelivered = service.undelivered();
    if (!undelivered.isEmpty())
        out << Tr::tr("Not delivered yet: %1 record(s) of this seat are not on the shared folder").arg(undelivered.size())
            << '\n';
    for (const SessionService::Undelivered &u : undelivered)
        out << "  " << (u.error.isEmpty() ? u.fileName : QStringLiteral("%1: %2").arg(u.fileName, u.error)) << '\n';
    const qsizetype problems = recordProblems(state).size();
    if (problems == 0)
        out << Tr::tr("Problems: none") << '\n';
    else
        out << Tr::tr("Problems: %1 (phonghop-cli session verify lists them)").arg(problems) << '\n';
    out.flush();
}

int runStatus(const QStringList &arguments, Streams &streams)
{
    Seat seat;
    if (const int code = openSeat(arguments, streams, seat, Failure); code != Success)
        return code;
    if (hasFlag(arguments, QStringLiteral("--json"))) {
        streams.out << QString::fromUtf8(QJsonDocument(statusJson(*seat.service)).toJson(QJsonDocument::Indented));
        streams.out.flush();
    } else {
        printStatus(*seat.service, streams.out);
    }
    return Success;
}

int runVerify(const QStringList &arguments, Streams &streams)
{
    Seat seat;
    // A seat that has not confirmed the organisation's key trusts nothing on the share: that
    // is a problem of the record as this seat can check it, never a clean record.
    bool unconfirmed = false;
    if (const int code = openSeat(arguments, streams, seat, UsageError); code != Success) {
        unconfirmed = seat.service && seat.service->shareReachable()
            && pinnedOrganisationKey(*seat.cache).isEmpty();
        if (!unconfirmed)
            return code;
    }
    const SessionState &state = seat.service->state();
    QList<RecordProblem> problems = recordProblems(state);
    if (unconfirmed)
        problems.prepend(RecordProblem { QStringLiteral("organisation"), organisationUnconfirmedMessage() });
    // What this seat did that the shared folder does not hold yet is missing from the record.
    for (const SessionService::Undelivered &u : seat.service->undelivered())
        problems << RecordProblem { QStringLiteral("outbox"),
            u.error.isEmpty() ? Tr::tr("This seat's record %1 is not on the shared folder yet").arg(u.fileName)
                              : Tr::tr("This seat's record %1 is not on the shared folder yet: %2").arg(u.fileName, u.error) };
    int closed = 0;
    for (const PollState &poll : state.polls)
        closed += poll.closed ? 1 : 0;
    if (hasFlag(arguments, QStringLiteral("--json"))) {
        QJsonArray list;
        for (const RecordProblem &p : problems)
            list.append(QJsonObject { { QStringLiteral("source"), p.source },
                { QStringLiteral("message"), p.message } });
        streams.out << QString::fromUtf8(QJsonDocument(QJsonObject {
            { QStringLiteral("meeting"), seat.service->meetingId() },
            { QStringLiteral("clean"), problems.isEmpty() },
            { QStringLiteral("polls"), static_cast<int>(state.polls.size()) },
            { QStringLiteral("closedPolls"), closed },
            { QStringLiteral("decisions"), static_cast<int>(state.chain.decisions.size()) },
            { QStringLiteral("problems"), list },
        }).toJson(QJsonDocument::Indented));
    } else {
        streams.out << Tr::tr("Checked: roster revision %1; polls: %2, closed and their close records "
                          "verified and recounted: %3; decisions in the chain: %4")
                           .arg(state.roster.roster.revision)
                           .arg(state.polls.size())
                           .arg(closed)
                           .arg(state.chain.decisions.size())
                    << '\n';
        for (const RecordProblem &p : problems)
            streams.out << Tr::tr("Problem: %1").arg(p.source.isEmpty() ? p.message : p.source + QStringLiteral(": ") + p.message) << '\n';
        streams.out << (problems.isEmpty() ? Tr::tr("The record is clean.")
                                           : Tr::tr("Problems in the record: %1.").arg(problems.size()))
                    << '\n';
    }
    streams.out.flush();
    return problems.isEmpty() ? Success : Failure;
}

int runAttendance(const QStringList &arguments, Streams &streams)
{
    const QString csvPath = optionValue(arguments, QStringLiteral("--csv"));
    const QString pdfPath = optionValue(arguments, QStringLiteral("--pdf"));
    if (csvPath.isEmpty() && pdfPath.isEmpty()) {
        printSessionUsage(streams.err);
        return UsageError;
    }
    Seat seat;
    if (const int code = openSeat(arguments, streams, seat, Failure); code != Success)
        return code;
    if (!csvPath.isEmpty()) {
        QFile file(csvPath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(exportAttendanceCsv(seat.service->state())) < 0 || !file.flush())
            return fail(streams, Failure, Tr::tr("Cannot write %1: %2").arg(csvPath, file.errorString()));
        streams.out << Tr::tr("Attendance list written to %1").arg(csvPath) << '\n';
    }
    if (!pdfPath.isEmpty()) {
        if (const Status written = seat.service->writeAttendancePdf(pdfPath); !written)
            return fail(streams, Failure, written.error());
        streams.out << Tr::tr("Attendance list written to %1").arg(pdfPath) << '\n';
    }
    streams.out.flush();
    return Success;
}

int runMinutes(const QStringList &arguments, Streams &streams)
{
    const QStringList positional = positionalArguments(arguments, sessionFlags);
    if (positional.size() != 2) {
        printSessionUsage(streams.err);
        return UsageError;
    }
    Seat seat;
    if (const int code = openSeat(arguments, streams, seat, Failure); code != Success)
        return code;
    if (!seat.service->meeting())
        streams.err << Tr::tr("The meeting is not in the cache (run phonghop-cli sync first): the minutes "
                          "lack its title, agency and agenda")
                    << '\n';
    const MinutesInfo info { optionValue(arguments, QStringLiteral("--number")),
        optionValue(arguments, QStringLiteral("--place")) };
    if (const Status written = seat.service->writeMinutes(positional.at(1), info); !written)
        return fail(streams, Failure, written.error());
    streams.out << Tr::tr("Minutes written to %1").arg(positional.at(1)) << '\n';
    streams.out.flush();
    return Success;
}

int runCheckIn(const QStringList &arguments, Streams &streams)
{
    const QStringList positional = positionalArguments(arguments, sessionFlags);
    if (positional.size() > 2) {
        printSessionUsage(streams.err);
        return UsageError;
    }
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

int runVote(const QStringList &arguments, Streams &streams)
{
    const QStringList positional = positionalArguments(arguments, sessionFlags);
    if (positional.size() != 3) {
        printSessionUsage(streams.err);
        return UsageError;
    }
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
                options << QStringLiteral("%1 = %2").arg(i).arg(poll->open.poll.options.at(i).label);
            return fail(streams, UsageError,
                Tr::tr("\"%1\" is not an option of poll %2 (%3)").arg(text, pollId, options.join(QStringLiteral("; "))));
        }
        choices << index;
        labels << poll->open.poll.options.at(index).label;
    }
    const bool secret = poll->open.poll.secret;
    const QString title = poll->open.poll.title;
    if (const Status done = seat.service->castVote(pollId, choices); !done)
        return fail(streams, Failure, done.error());
    streams.out << Tr::tr("Ballot cast in \"%1\": %2%3")
                       .arg(title, labels.join(QStringLiteral(", ")),
                           secret ? Tr::tr(" (secret ballot)") : QString())
                << '\n';
    streams.out.flush();
    // Recorded on this seat either way; say when the shared folder does not have it yet.
    for (const SessionService::Undelivered &u : seat.service->undelivered())
        streams.err << Tr::tr("Not delivered to the shared folder yet (kept on this seat, sent at the next "
                          "look at the share): %1%2")
                           .arg(u.fileName, u.error.isEmpty() ? QString() : QStringLiteral(": ") + u.error)
                    << '\n';
    streams.err.flush();
    return Success;
}

// Refuses (exit 4, the reason printed) an action on a seat that is not enrolled in the roster,
// or whose role is none of roles; refusal says who may do it.
int requireSeatRole(const Seat &seat, std::initializer_list<Role> roles, const QString &refusal,
    Streams &streams)
{
    const SessionService &service = *seat.service;
    if (!service.hasRoster())
        return fail(streams, Rejected,
            Tr::tr("The roster of this meeting has not reached this seat yet (phonghop-cli sync, and "
               "ask the secretary to publish the meeting): nothing was done"));
    const RosterParticipant *self = service.self();
    if (!self)
        return fail(streams, Rejected,
            Tr::tr("This seat is not enrolled in the meeting's roster (key fingerprint %1): nothing "
               "was done. Ask the secretary to approve its enrolment and publish the meeting again")
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
        Tr::tr("The agenda has no item %1 (items: %2)").arg(text, items.join(QStringLiteral(", "))));
}

int runRequestToSpeak(const QStringList &arguments, Streams &streams)
{
    const QStringList positional = positionalArguments(arguments, sessionFlags);
    if (positional.size() != 2) {
        printSessionUsage(streams.err);
        return UsageError;
    }
    Seat seat;
    if (const int code = openSeat(arguments, streams, seat, Failure); code != Success)
        return code;
    if (const int code = requireSeatRole(seat, { Role::Chair, Role::Secretary, Role::Delegate, Role::Guest }, {}, streams);
        code != Success)
        return code;
    const std::optional<QString> item = agendaItemId(*seat.service, positional.at(1));
    if (!item)
        return unknownItem(streams, *seat.service, positional.at(1));
    const bool question = hasFlag(arguments, QStringLiteral("--question"));
    if (const Status done = seat.service->requestToSpeak(*item, question ? SpeakType::Question : SpeakType::Speak);
        !done)
        return fail(streams, Failure, done.error());
    streams.out << (question ? Tr::tr("Question asked on item %1").arg(itemTitle(seat.service->meeting(), *item))
                             : Tr::tr("Asked to speak on item %1").arg(itemTitle(seat.service->meeting(), *item)))
                << '\n';
    streams.out.flush();
    return Success;
}

std::optional<PollKind> pollKindFromId(const QString &id)
{
    for (const PollKind kind : { PollKind::Approval, PollKind::YesNo, PollKind::Choice })
        if (pollKindId(kind) == id)
            return kind;
    return std::nullopt;
}

int runOpenPoll(const QStringList &arguments, Streams &streams)
{
    const QStringList positional = positionalArguments(arguments, sessionFlags);
    const QString title = optionValue(arguments, QStringLiteral("--title")).trimmed();
    if (positional.size() != 2 || title.isEmpty()) {
        printSessionUsage(streams.err);
        return UsageError;
    }
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
            Tr::tr("Unknown voting rule: %1 (%2)").arg(preset, VotingRule::presetIds().join(QStringLiteral(", "))));
    poll.rule = *rule;
    poll.options = PollDefinition::defaultOptions(poll.kind);
    QStringList labels;
    for (const QString &label : optionValue(arguments, QStringLiteral("--options")).split(u',', Qt::SkipEmptyParts))
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
                Tr::tr("A %1 poll has %2 options; --options gives %3").arg(pollKindId(poll.kind)).arg(poll.options.size()).arg(labels.size()));
        for (qsizetype i = 0; i < labels.size(); ++i)
            poll.options[i].label = labels.at(i);
    }
    if (const QString max = optionValue(arguments, QStringLiteral("--max")); !max.isEmpty()) {
        bool number = false;
        poll.maxChoices = max.toInt(&number);
        if (!number || poll.maxChoices < 1)
            return fail(streams, UsageError, Tr::tr("--max needs a whole number, 1 or more: %1").arg(max));
    }
    if (const Status valid = poll.validate(); !valid)
        return fail(streams, Rejected, valid.error());

    Seat seat;
    if (const int code = openSeat(arguments, streams, seat, Failure); code != Success)
        return code;
    if (const int code = requireSeatRole(seat, { Role::Chair }, Tr::tr("Only the chair may open a poll"), streams);
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
    streams.out << Tr::tr("Poll %1 \"%2\" opened: %3").arg(poll.id, poll.title, options.join(QStringLiteral("; "))) << '\n'
                << Tr::tr("Rule: %1").arg(poll.rule.describe()) << '\n';
    if (poll.secret)
        streams.out << Tr::tr("Secret ballot: no screen shows who chose what") << '\n';
    streams.out.flush();
    return Success;
}

int runClosePoll(const QStringList &arguments, Streams &streams)
{
    const QStringList positional = positionalArguments(arguments, sessionFlags);
    if (positional.size() != 2) {
        printSessionUsage(streams.err);
        return UsageError;
    }
    Seat seat;
    if (const int code = openSeat(arguments, streams, seat, Failure); code != Success)
        return code;
    if (const int code = requireSeatRole(seat, { Role::Chair }, Tr::tr("Only the chair may close a poll"), streams);
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
        return fail(streams, Rejected, secretCloseDeviceMessage(before->open, before->roster.roster));
    if (const Status done = seat.service->closePoll(pollId); !done)
        return fail(streams, Failure, done.error());
    const PollState *poll = seat.service->state().poll(pollId);
    if (!poll || !poll->closed)
        return fail(streams, Failure,
            Tr::tr("The close of poll %1 was written but could not be read back from the share yet").arg(pollId));
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
    if (positional.size() != 2) {
        printSessionUsage(streams.err);
        return UsageError;
    }
    Seat seat;
    if (const int code = openSeat(arguments, streams, seat, Failure); code != Success)
        return code;
    if (const int code = requireSeatRole(seat, { Role::Chair }, Tr::tr("Only the chair may give the floor"), streams);
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
            Tr::tr("Nobody is waiting to speak on item %1").arg(itemTitle(service.meeting(), *item)));
    const SpeakRequest next = queue.first();
    if (const Status called = service.callSpeaker(next.hash); !called)
        return fail(streams, Failure, called.error());
    streams.out << (next.type == SpeakType::Question ? Tr::tr("The floor goes to %1 (a question); %2 more waiting")
                                                     : Tr::tr("The floor goes to %1; %2 more waiting"))
                       .arg(nameOf(service.state(), next.participantId))
                       .arg(queue.size() - 1)
                << '\n';
    streams.out.flush();
    return Success;
}

int runConclude(const QStringList &arguments, Streams &streams)
{
    const QStringList positional = positionalArguments(arguments, sessionFlags);
    if (positional.size() != 3 || positional.at(2).trimmed().isEmpty()) {
        printSessionUsage(streams.err);
        return UsageError;
    }
    Seat seat;
    if (const int code = openSeat(arguments, streams, seat, Failure); code != Success)
        return code;
    if (const int code = requireSeatRole(seat, { Role::Chair, Role::Secretary },
            Tr::tr("Only the chair or the secretary may record a conclusion"), streams);
        code != Success)
        return code;
    SessionService &service = *seat.service;
    const std::optional<QString> item = agendaItemId(service, positional.at(1));
    if (!item)
        return unknownItem(streams, service, positional.at(1));
    QStringList polls;
    for (const QString &id : optionValue(arguments, QStringLiteral("--polls")).split(u',', Qt::SkipEmptyParts)) {
        const QString pollId = id.trimmed();
        const PollState *poll = service.state().poll(pollId);
        if (!poll)
            return fail(streams, Rejected, Tr::tr("No poll %1 in this meeting").arg(pollId));
        if (!poll->closed)
            return fail(streams, Rejected,
                Tr::tr("The poll %1 is not closed; a conclusion rests on closed polls only").arg(pollId));
        polls << pollId;
    }
    const bool chair = service.self()->role == Role::Chair;
    if (const Status done = service.recordConclusion(*item, positional.at(2).trimmed(), polls); !done)
        return fail(streams, Failure, done.error());
    streams.out << (chair ? Tr::tr("Conclusion of item %1 recorded in the decision chain (%2 decisions)")
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
    const QStringList positional = positionalArguments(arguments, sessionFlags);
    if (positional.size() != 2) {
        printSessionUsage(streams.err);
        return UsageError;
    }
    const QString path = positional.at(1);
    if (!QFileInfo(path).isFile())
        return fail(streams, UsageError, Tr::tr("The file %1 does not exist").arg(path));
    Seat seat;
    if (const int code = openSeat(arguments, streams, seat, Failure); code != Success)
        return code;
    if (const int code = requireSeatRole(seat, { Role::Chair }, Tr::tr("Only the chair may sign the minutes"), streams);
        code != Success)
        return code;
    if (!seat.service->state().minutesSha256.isEmpty())
        return fail(streams, Rejected,
            Tr::tr("The minutes are already signed (SHA-256 %1)").arg(seat.service->state().minutesSha256));
    if (const Status done = seat.service->signMinutes(path); !done)
        return fail(streams, Failure, done.error());
    streams.out << Tr::tr("Minutes signed by the chair (SHA-256 %1); they are locked")
                       .arg(seat.service->state().minutesSha256.isEmpty() ? Sha256::hexOfFile(path)
                                                                          : seat.service->state().minutesSha256)
                << '\n';
    streams.out.flush();
    return Success;
}
} // namespace

int runSession(const QStringList &arguments, Streams &streams)
{
    const QStringList positional = positionalArguments(arguments, sessionFlags);
    if (positional.isEmpty() || hasFlag(arguments, QStringLiteral("--help"))) {
        const bool asked = hasFlag(arguments, QStringLiteral("--help"));
        printSessionUsage(asked ? streams.out : streams.err);
        return asked ? Success : UsageError;
    }
    const QString subcommand = positional.first();
    using Run = int (*)(const QStringList &, Streams &);
    const QList<QPair<QString, Run>> subcommands {
        { QStringLiteral("status"), runStatus },
        { QStringLiteral("verify"), runVerify },
        { QStringLiteral("attendance"), runAttendance },
        { QStringLiteral("minutes"), runMinutes },
        { QStringLiteral("check-in"), runCheckIn },
        { QStringLiteral("vote"), runVote },
        { QStringLiteral("request-to-speak"), runRequestToSpeak },
        { QStringLiteral("open-poll"), runOpenPoll },
        { QStringLiteral("close-poll"), runClosePoll },
        { QStringLiteral("call-next"), runCallNext },
        { QStringLiteral("conclude"), runConclude },
        { QStringLiteral("sign-minutes"), runSignMinutes },
    };
    for (const auto &[name, run] : subcommands)
        if (name == subcommand)
            return run(arguments, streams); // positional.at(0) is the subcommand
    streams.err << Tr::tr("Unknown session subcommand: %1").arg(subcommand) << '\n';
    printSessionUsage(streams.err);
    return UsageError;
}

} // namespace phonghop::cli
