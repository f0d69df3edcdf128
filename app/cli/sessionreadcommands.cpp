#include "sessioncommon.h"

#include "meeting_core/sync/organisationtrust.h"
#include "meeting_core/trust/devicekey.h"
#include "meeting_core/util/sha256.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// phonghop-cli session status, verify, attendance, minutes: the live session's record read and
// checked as any seat reads it (docs/session.md, "Command line").
namespace phonghop::cli::session {

namespace {
// The context of the session commands' messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::cli::SessionCommands)
};

constexpr int statusFormatVersion = 1;

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
                    Tr::tr("Ballot for poll \"%1\" refused: %2")
                        .arg(poll.open.poll.id, report.message) };
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
                    Tr::tr("The decision at height %1 rests on a poll result that is not on the "
                           "share or was refused")
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
        { QStringLiteral("status"),
            poll.closed ? QStringLiteral("closed") : QStringLiteral("open") },
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

// Each decision of the chain, a correction naming the one it supersedes and the other way.
QJsonArray decisionsJson(const ChainReport &chain)
{
    QJsonArray entries;
    for (qsizetype i = 0; i < chain.decisions.size(); ++i) {
        const DecisionRecord &d = chain.decisions.at(i);
        entries.append(QJsonObject {
            { QStringLiteral("hash"), chain.hashes.value(i) },
            { QStringLiteral("item"), d.agendaItemId },
            { QStringLiteral("conclusion"), d.conclusion },
            { QStringLiteral("document"), d.documentSha256 },
            { QStringLiteral("supersedes"), d.supersedes },
            { QStringLiteral("supersededBy"), chain.supersededBy.value(i) },
        });
    }
    return entries;
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
            { QStringLiteral("category"), attendanceCategoryId(attendanceCategory(e)) },
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
        { QStringLiteral("excused"), s.excused },
    };
    QJsonValue floor; // null: nobody has the floor
    if (state.floor)
        floor = QJsonObject {
            { QStringLiteral("participant"), state.floor->participantId },
            { QStringLiteral("item"), state.floor->itemId },
            { QStringLiteral("type"), speakTypeId(state.floor->type) },
            { QStringLiteral("running"), state.floor->running() },
        };
    if (state.floor) // the speaking time, filed item (sessionspeakercommands.cpp)
        floor = withSpeakingTime(floor.toObject(), state);
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
                { QStringLiteral("head"),
                    state.chain.hashes.isEmpty() ? QString() : state.chain.hashes.last() },
                { QStringLiteral("problems"), chainProblems },
                { QStringLiteral("entries"), decisionsJson(state.chain) },
            } },
        { QStringLiteral("minutesSha256"), state.minutesSha256 },
        { QStringLiteral("problems"), static_cast<int>(recordProblems(state).size()) },
        // This seat's records not on the shared folder yet: a count, and each with the reason.
        { QStringLiteral("undelivered"), static_cast<int>(undelivered.size()) },
        { QStringLiteral("undeliveredRecords"), undelivered },
        { QStringLiteral("speakers"), speakersJson(state) },
    };
}

void printStatus(const SessionService &service, QTextStream &out)
{
    const SessionState &state = service.state();
    const std::optional<Meeting> meeting = service.meeting();
    out << Tr::tr("Meeting: %1")
               .arg(meeting && !meeting->title.isEmpty()
                       ? QStringLiteral("%1 (%2)").arg(meeting->title, service.meetingId())
                       : service.meetingId())
        << '\n';
    if (const RosterParticipant *self = service.self())
        out << Tr::tr("This seat: %1 (%2), %3")
                   .arg(self->name, self->id, roleDisplayName(self->role))
            << '\n';
    else
        out << Tr::tr("This seat: not enrolled in the roster (key fingerprint %1)")
                   .arg(keyFingerprint(service.publicKey()))
            << '\n';
    const AttendanceSummary &s = state.summary;
    // One category per person, so that the figures add up to the roster.
    out << Tr::tr("Attendance of %1 people: %2 present, %3 absent with a reason, %4 absent "
                  "without a reason, %5 by proxy, %6 not checked in")
               .arg(state.attendance.size())
               .arg(s.present)
               .arg(s.excused)
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
               .arg(state.currentItemId.isEmpty() ? Tr::tr("none")
                                                  : itemTitle(meeting, state.currentItemId))
        << '\n';
    if (!state.floor)
        out << Tr::tr("Floor: nobody") << '\n';
    else
        out << (state.floor->running() ? Tr::tr("Floor: %1, speaking")
                                       : Tr::tr("Floor: %1, called"))
                   .arg(nameOf(state, state.floor->participantId))
            << '\n';
    printSpeakingTime(state, out);
    if (state.polls.isEmpty())
        out << Tr::tr("Polls: none") << '\n';
    else
        out << Tr::tr("Polls:") << '\n';
    for (const PollState &poll : state.polls) {
        if (!poll.closed) {
            out << "  "
                << Tr::tr("%1 \"%2\": open; ballots: %3, yet to vote: %4")
                       .arg(poll.open.poll.id, poll.open.poll.title)
                       .arg(poll.ballots.accepted.size())
                       .arg(poll.pendingVoters.size())
                << '\n';
            for (const QString &problem : poll.ownBallotProblems)
                out << "    " << problem << '\n';
            continue;
        }
        out << "  "
            << Tr::tr("%1 \"%2\": closed, %3: %4")
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
    for (qsizetype i = 0; i < state.chain.decisions.size(); ++i) {
        const DecisionRecord &d = state.chain.decisions.at(i);
        const qsizetype by = state.chain.indexOf(state.chain.supersededBy.value(i));
        out << "  " << i + 1 << ". " << itemTitle(meeting, d.agendaItemId) << ": " << d.conclusion;
        if (by >= 0)
            out << ' ' << Tr::tr("(corrected by decision %1)").arg(by + 1);
        out << '\n';
    }
    out << (state.minutesSha256.isEmpty()
            ? Tr::tr("Minutes: not signed")
            : Tr::tr("Minutes: signed by the chair (SHA-256 %1)").arg(state.minutesSha256))
        << '\n';
    const QList<SessionService::Undelivered> undelivered = service.undelivered();
    if (!undelivered.isEmpty())
        out << Tr::tr("Not delivered yet: %1 record(s) of this seat are not on the shared folder")
                   .arg(undelivered.size())
            << '\n';
    for (const SessionService::Undelivered &u : undelivered)
        out << "  "
            << (u.error.isEmpty() ? u.fileName : QStringLiteral("%1: %2").arg(u.fileName, u.error))
            << '\n';
    const qsizetype problems = recordProblems(state).size();
    if (problems == 0)
        out << Tr::tr("Problems: none") << '\n';
    else
        out << Tr::tr("Problems: %1 (phonghop-cli session verify lists them)").arg(problems)
            << '\n';
    out.flush();
}
} // namespace

int runStatus(const QStringList &arguments, Streams &streams)
{
    Seat seat;
    if (const int code = openSeat(arguments, streams, seat, Failure); code != Success)
        return code;
    if (hasFlag(arguments, QStringLiteral("--json"))) {
        streams.out << QString::fromUtf8(
            QJsonDocument(statusJson(*seat.service)).toJson(QJsonDocument::Indented));
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
        problems.prepend(
            RecordProblem { QStringLiteral("organisation"), organisationUnconfirmedMessage() });
    // What this seat did that the shared folder does not hold yet is missing from the record.
    for (const SessionService::Undelivered &u : seat.service->undelivered())
        problems << RecordProblem { QStringLiteral("outbox"),
            u.error.isEmpty()
                ? Tr::tr("This seat's record %1 is not on the shared folder yet").arg(u.fileName)
                : Tr::tr("This seat's record %1 is not on the shared folder yet: %2")
                      .arg(u.fileName, u.error) };
    int closed = 0;
    for (const PollState &poll : state.polls)
        closed += poll.closed ? 1 : 0;
    if (hasFlag(arguments, QStringLiteral("--json"))) {
        QJsonArray list;
        for (const RecordProblem &p : problems)
            list.append(QJsonObject {
                { QStringLiteral("source"), p.source }, { QStringLiteral("message"), p.message } });
        streams.out << QString::fromUtf8(QJsonDocument(
            QJsonObject {
                { QStringLiteral("meeting"), seat.service->meetingId() },
                { QStringLiteral("clean"), problems.isEmpty() },
                { QStringLiteral("polls"), static_cast<int>(state.polls.size()) },
                { QStringLiteral("closedPolls"), closed },
                { QStringLiteral("decisions"), static_cast<int>(state.chain.decisions.size()) },
                { QStringLiteral("problems"), list },
            })
                                             .toJson(QJsonDocument::Indented));
    } else {
        streams.out << Tr::tr(
            "Checked: roster revision %1; polls: %2, closed and their close records "
            "verified and recounted: %3; decisions in the chain: %4")
                           .arg(state.roster.roster.revision)
                           .arg(state.polls.size())
                           .arg(closed)
                           .arg(state.chain.decisions.size())
                    << '\n';
        for (const RecordProblem &p : problems)
            streams.out << Tr::tr("Problem: %1")
                               .arg(p.source.isEmpty()
                                       ? p.message
                                       : p.source + QStringLiteral(": ") + p.message)
                        << '\n';
        streams.out << (problems.isEmpty()
                ? Tr::tr("The record is clean.")
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
    if (csvPath.isEmpty() && pdfPath.isEmpty())
        return sessionUsageError(streams);
    Seat seat;
    if (const int code = openSeat(arguments, streams, seat, Failure); code != Success)
        return code;
    if (!csvPath.isEmpty()) {
        QFile file(csvPath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(exportAttendanceCsv(seat.service->state())) < 0 || !file.flush())
            return fail(
                streams, Failure, Tr::tr("Cannot write %1: %2").arg(csvPath, file.errorString()));
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
    if (positional.size() != 2)
        return sessionUsageError(streams);
    Seat seat;
    if (const int code = openSeat(arguments, streams, seat, Failure); code != Success)
        return code;
    if (!seat.service->meeting())
        streams.err << Tr::tr(
            "The meeting is not in the cache (run phonghop-cli sync first): the minutes "
            "lack its title, agency and agenda")
                    << '\n';
    MinutesInfo info { optionValue(arguments, QStringLiteral("--number")),
        optionValue(arguments, QStringLiteral("--place")) };
    // The number and place given are kept for the meeting (the app's dialog shows them); what
    // is not given is what was kept.
    SessionService::DocumentDetails kept = seat.service->documentDetails();
    if (!info.number.isEmpty() || !info.place.isEmpty()) {
        if (!kept.kept)
            kept = {};
        if (info.number.isEmpty())
            info.number = kept.minutes.number;
        if (info.place.isEmpty())
            info.place = kept.minutes.place;
        if (const Status stored = seat.service->keepDocumentDetails(info, kept.noticeNumber);
            !stored)
            return fail(streams, Failure, stored.error());
    } else if (!kept.kept) {
        streams.err << Tr::tr("No number or place given for this meeting (--number, --place): "
                              "they are left blank to fill in")
                    << '\n';
    }
    if (const Status written = seat.service->writeMinutes(positional.at(1), info); !written)
        return fail(streams, Failure, written.error());
    streams.out << Tr::tr("Minutes written to %1").arg(positional.at(1)) << '\n';
    streams.out.flush();
    return Success;
}

} // namespace phonghop::cli::session
