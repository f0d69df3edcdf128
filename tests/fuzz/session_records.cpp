// Fuzz target: the records of a live session, every kind a seat folds (check-in, absence,
// proxy, speak-request, floor, agenda-item, presenter, minutes-signed, conclusion-draft,
// poll-open, ballot, poll-close, decision), read as the device folders of the fuzzing
// meeting hold them.
//
// Input: files separated by a line "--8<--". Each file starts with a header line
// "<who>[!] [file name]": who is the device folder and signer (docs/fuzzing.md: c chair,
// s secretary, g guest, 1-3 delegates, o organisation, x a stranger). Without '!' the next
// line is the record's kind and the rest its payload, signed by who's key; with '!' the rest
// is the file's bytes as they are. Then foldSession gives the state, and for every poll left
// open the chair's close of the ballots found must verify on every seat.
#include "fuzzsupport.h"

#include "meeting_core/session/sessionstate.h"
#include "meeting_core/trust/devicekey.h"
#include "meeting_core/voting/ballotbox.h"
#include "meeting_core/voting/pollrecords.h"

using namespace phonghop;

namespace {
QList<SessionFile> filesOf(const QByteArray &input)
{
    QList<SessionFile> files;
    const QList<QByteArray> parts = fuzz::splitParts(input);
    for (qsizetype i = 0; i < parts.size() && i < 64; ++i) {
        const QByteArray &part = parts.at(i);
        const qsizetype headerEnd = part.indexOf('\n');
        const QByteArray header = headerEnd < 0 ? part : part.left(headerEnd);
        const QByteArray body = headerEnd < 0 ? QByteArray() : part.mid(headerEnd + 1);
        if (header.isEmpty())
            continue;
        const char who = header.at(0);
        const bool raw = header.size() > 1 && header.at(1) == '!';
        const qsizetype space = header.indexOf(' ');
        QString fileName = space < 0 ? QString() : QString::fromUtf8(header.mid(space + 1));
        const SigningKey &key = fuzz::keyOf(who);
        QByteArray bytes;
        if (raw) {
            bytes = body;
            if (fileName.isEmpty())
                fileName = QStringLiteral("record-%1.json").arg(i);
        } else {
            const qsizetype kindEnd = body.indexOf('\n');
            const QString kind = QString::fromUtf8(kindEnd < 0 ? body : body.left(kindEnd));
            bytes = fuzz::signedEnvelope(
                kind, kindEnd < 0 ? QByteArray() : body.mid(kindEnd + 1), key);
            if (fileName.isEmpty())
                fileName = QStringLiteral("%1-%2.json").arg(kind).arg(i);
        }
        files << SessionFile { deviceIdOf(key.publicKey()), fileName, bytes, nullptr };
    }
    return files;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<SessionFile> files = filesOf(fuzz::bytesOf(data, size));
    const VerifiedRoster &roster = fuzz::verifiedRoster();

    SessionContext delegate;
    delegate.ownParticipantId = fuzz::participantIdOf('1');
    delegate.ownKey = &fuzz::keyOf('1');
    const SessionState seen = foldSession(roster, files, delegate);
    PHONGHOP_FUZZ_CHECK(
        "session_records", seen.attendance.size() == roster.roster.participants.size());
    (void)exportAttendanceCsv(seen);
    (void)seen.queue();
    (void)seen.unconfirmedDrafts();

    SessionContext chair;
    chair.ownParticipantId = fuzz::participantIdOf(fuzz::who::chair);
    chair.ownKey = &fuzz::keyOf(fuzz::who::chair);
    chair.chairKey = &fuzz::keyOf(fuzz::who::chair);
    const SessionState chairs = foldSession(roster, files, chair);
    PHONGHOP_FUZZ_CHECK("session_records", chairs.polls.size() == seen.polls.size());

    for (const PollState &poll : chairs.polls) {
        if (poll.closed)
            continue;
        const QDateTime closedAt = poll.open.openedAt.addSecs(3600);
        const BallotCollection ballots = collectBallots(
            poll.open, poll.roster.roster, files, closedAt, &fuzz::keyOf(fuzz::who::chair));
        QStringList present;
        for (const AttendanceEntry &entry : chairs.attendance) {
            if (entry.status == AttendanceStatus::Present)
                present << entry.participantId;
        }
        const Result<ClosedPoll> closed = closePoll(poll.open, poll.roster.roster, present, ballots,
            closedAt, fuzz::keyOf(fuzz::who::chair));
        if (!closed)
            continue;
        const CloseVerification verified = verifyPollClose(
            closed->record.toBytes(), poll.open, poll.roster.roster, std::nullopt);
        PHONGHOP_FUZZ_CHECK("session_records", verified.signedByChair);
        PHONGHOP_FUZZ_CHECK("session_records", verified.boundToOpen);
        PHONGHOP_FUZZ_CHECK("session_records", verified.recountMatches);
        // Every valid ballot cast before the close is in it, as any seat can check. (A secret
        // ballot the chair could not open, or whose sealed choices are invalid, is left out,
        // and seats without the chair's key report it as not counted: docs/fuzzing.md.)
        const bool leftOutSealed = poll.open.poll.secret
            && (ballots.count(BallotProblem::Unsealable) > 0
                || ballots.count(BallotProblem::InvalidChoices) > 0);
        if (!leftOutSealed)
            PHONGHOP_FUZZ_CHECK("session_records",
                checkCloseAgainstBallots(poll.open, poll.roster.roster, verified.close, files)
                    .isEmpty());
        (void)exportResultCsv(poll.open, poll.roster.roster, verified.close, verified.recount);
    }
    return 0;
}
