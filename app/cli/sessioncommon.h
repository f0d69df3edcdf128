#pragma once

#include "commands.h"

#include "meeting_core/session/sessionservice.h"
#include "meeting_core/store/meetingcache.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <initializer_list>
#include <memory>
#include <optional>

// What the files of `phonghop-cli session` share: opening a seat, names and titles as printed,
// refusals, and one function per subcommand (sessioncommands.cpp dispatches).
//   sessionreadcommands.cpp   status, verify, attendance, minutes: the record read and checked
//   sessionseatcommands.cpp   check-in, vote, request-to-speak: a seat's own actions
//   sessionchaircommands.cpp  open-poll, close-poll, call-next, conclude, sign-minutes
//   sessionspeakercommands.cpp  close-list, reopen-list, move-speaker, remove-speaker,
//                               time-limit, speakers: the speakers' list
//   sessionsigncommands.cpp   sign-minutes --certificate, sign-notice: the chair's PDF signature
//   sessionnoticecommands.cpp notice, supersede: the conclusion notice and corrections
namespace phonghop::cli::session {

inline const QString sessionOptions = QStringLiteral("--share DIR --cache DIR --meeting ID");
// Options of session subcommands that take no value.
inline const QStringList sessionFlags { QStringLiteral("--json"), QStringLiteral("--secret"),
    QStringLiteral("--question"), QStringLiteral("--help") };

// Prints message on standard error and returns code.
int fail(Streams &streams, int code, const QString &message);
void printSessionUsage(QTextStream &stream);
// Prints the session usage on standard error and returns UsageError.
int sessionUsageError(Streams &streams);

// One seat's view of the session: its cache (device key inside) and the service over it.
struct Seat {
    std::unique_ptr<MeetingCache> cache;
    std::unique_ptr<SessionService> service;
};

// Opens the seat and reads the share. Returns an exit code other than Success on failure,
// with the reason printed; ioFailure is the code for a share, cache or roster that cannot be
// read (verify keeps 1 for "the record has problems").
int openSeat(const QStringList &arguments, Streams &streams, Seat &seat, int ioFailure);

QString nameOf(const SessionState &state, const QString &participantId);
QString itemTitle(const std::optional<Meeting> &meeting, const QString &itemId);
QString quorumName(Quorum quorum);
// "Tán thành 5, Không tán thành 1": a closed poll's counted weights by option.
QString pollCountsText(const PollState &poll);

// Refuses (exit 4, the reason printed) an action on a seat that is not enrolled in the roster,
// or whose role is none of roles; refusal says who may do it.
int requireSeatRole(
    const Seat &seat, std::initializer_list<Role> roles, const QString &refusal, Streams &streams);
// openSeat, then requireSeatRole: the start of every subcommand that acts in someone's role.
int openSeatAs(const QStringList &arguments, Streams &streams, Seat &seat,
    std::initializer_list<Role> roles, const QString &refusal);
// An agenda item by its id or by its number as printed ("2", "I.1"); the text as given when
// the meeting is not in the cache (the chair's seat may not have synced its agenda).
std::optional<QString> agendaItemId(const SessionService &service, const QString &text);
// Refuses (exit 4) with the agenda's items listed.
int unknownItem(Streams &streams, const SessionService &service, const QString &text);

// The subcommands: arguments as given to `session` (the subcommand is the first positional).
int runStatus(const QStringList &arguments, Streams &streams);
int runVerify(const QStringList &arguments, Streams &streams);
int runAttendance(const QStringList &arguments, Streams &streams);
int runMinutes(const QStringList &arguments, Streams &streams);
int runCheckIn(const QStringList &arguments, Streams &streams);
int runVote(const QStringList &arguments, Streams &streams);
int runRequestToSpeak(const QStringList &arguments, Streams &streams);
int runOpenPoll(const QStringList &arguments, Streams &streams);
int runClosePoll(const QStringList &arguments, Streams &streams);
int runCallNext(const QStringList &arguments, Streams &streams);
int runConclude(const QStringList &arguments, Streams &streams);
int runSignMinutes(const QStringList &arguments, Streams &streams);
int runWithdraw(const QStringList &arguments, Streams &streams);
int runCloseList(const QStringList &arguments, Streams &streams);
int runReopenList(const QStringList &arguments, Streams &streams);
int runMoveSpeaker(const QStringList &arguments, Streams &streams);
int runRemoveSpeaker(const QStringList &arguments, Streams &streams);
int runTimeLimit(const QStringList &arguments, Streams &streams);
int runSpeakers(const QStringList &arguments, Streams &streams);
// "3:00", "1:02:03": a speaking time as printed.
QString sessionDuration(qint64 seconds);
// status --json: the floor's speaking time added to its object, and the speakers' lists.
QJsonObject withSpeakingTime(QJsonObject floor, const SessionState &state);
QJsonObject speakersJson(const SessionState &state);
// status: the floor's speaking time against the limit, when it was started.
void printSpeakingTime(const SessionState &state, QTextStream &out);
// sign-minutes with --certificate: the PDF signature (sessionsigncommands.cpp).
int runSignMinutesWithCertificate(const QStringList &arguments, Streams &streams);
// sign-notice FILE.pdf --certificate NICKNAME: the conclusion notice's PDF signature.
int runSignNotice(const QStringList &arguments, Streams &streams);
int runNotice(const QStringList &arguments, Streams &streams);
int runSupersede(const QStringList &arguments, Streams &streams);
int runMarkItem(const QStringList &arguments, Streams &streams);

} // namespace phonghop::cli::session
