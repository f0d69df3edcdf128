#include "meeting_core/session/sessionfold.h"

#include "meeting_core/session/sessionrecords.h"
#include "meeting_core/trust/devicekey.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>
#include <map>

// The session's polls: each checked against the roster revision its opening cites, its
// ballots collected, its close verified and recounted, and this seat's own ballot followed
// from its Outbox to the close.
namespace phonghop::sessionfold {

namespace {
// The context of the session state's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::SessionState)
};

// a wins over b for the same voter, under the rule of collectBallots.
bool ballotBeats(const AcceptedBallot &a, const AcceptedBallot &b)
{
    if (a.sequence != b.sequence)
        return a.sequence > b.sequence;
    if (a.castAt != b.castAt)
        return a.castAt > b.castAt;
    return a.hash > b.hash;
}

OwnBallot ownBallotFrom(const AcceptedBallot &b, const PollOpen &open, const SessionContext &ctx)
{
    OwnBallot own;
    own.ballotHash = b.hash;
    own.voter = b.voter; // a secret entry's weight is checked against it
    if (open.poll.secret) {
        if (ctx.ownKey)
            own.pseudonym = ballotPseudonym(
                *ctx.ownKey, open.recordHash, b.proxyHolder.isEmpty() ? QString() : b.voter);
        own.choices = ctx.ownChoices.value(b.hash, b.choices);
    } else {
        own.choices = b.choices;
        own.otherText = b.otherText;
    }
    return own;
}

// The seat's own ballot in an open (or just folded) poll: the last one it cast, as its Outbox
// keeps it, against the one the share's ballots make count for its voter. A later ballot of the
// same voter (the voter's other device) legitimately takes its place; anything else — the
// last ballot deleted, replaced, refused, or not delivered yet — is said loudly.
void checkOwnBallot(PollState &poll, const BallotCollection &shared, const SessionContext &ctx,
    const ProxyGrants &proxies)
{
    if (ctx.ownParticipantId.isEmpty())
        return;
    const PollOpen &open = poll.open;
    const AcceptedBallot *counting = nullptr;
    for (const AcceptedBallot &b : shared.accepted)
        if (b.voter == ctx.ownParticipantId)
            counting = &b;
    std::optional<AcceptedBallot> castLast;
    QSet<QString> castHashes;
    if (!ctx.ownBallots.isEmpty()) {
        QList<BallotFile> cast;
        for (const SessionFile &f : ctx.ownBallots) {
            const Result<SignedRecord> r = recordOf(f);
            if (r && str(r->payload(), "pollOpen") == open.recordHash) {
                cast << f;
                castHashes.insert(r->hash());
            }
        }
        const BallotCollection own
            = collectBallots(open, poll.roster.roster, cast, std::nullopt, nullptr, {}, proxies);
        for (const AcceptedBallot &b : own.accepted)
            if (b.voter == ctx.ownParticipantId)
                castLast = b;
    }
    if (castLast
        && (!counting
            || (counting->hash != castLast->hash && !ballotBeats(*counting, *castLast)))) {
        poll.ownBallot = ownBallotFrom(*castLast, open, ctx);
        const QString which
            = Tr::tr("sequence %1, cast at %2")
                  .arg(castLast->sequence)
                  .arg(castLast->castAt.toLocalTime().toString(QStringLiteral("HH:mm:ss")));
        const auto refused = std::find_if(
            shared.reports.cbegin(), shared.reports.cend(), [&castLast](const BallotReport &r) {
                return r.ballotHash == castLast->hash && r.problem != BallotProblem::Duplicate;
            });
        if (ctx.undeliveredBallots.contains(castLast->hash)) {
            poll.ownBallotStatus = OwnBallotStatus::NotDelivered;
            poll.ownBallotProblems
                << Tr::tr("Your last ballot in poll \"%1\" (%2) has not reached the "
                          "shared folder yet: it is kept on this seat and delivered as "
                          "soon as the folder takes it")
                       .arg(open.poll.id, which);
        } else if (refused != shared.reports.cend()) {
            poll.ownBallotStatus = OwnBallotStatus::Refused;
            poll.ownBallotProblems
                << Tr::tr("Your last ballot in poll \"%1\" (%2) is on the shared "
                          "folder but was refused: %3")
                       .arg(open.poll.id, which, refused->message);
        } else if (counting) {
            poll.ownBallotStatus = OwnBallotStatus::Superseded;
            poll.ownBallotProblems
                << Tr::tr("Your last ballot in poll \"%1\" (%2) is missing from the "
                          "shared folder, and an older ballot of yours (sequence %3) "
                          "counts in its place")
                       .arg(open.poll.id, which)
                       .arg(counting->sequence);
        } else {
            poll.ownBallotStatus = OwnBallotStatus::Missing;
            poll.ownBallotProblems
                << Tr::tr("Your last ballot in poll \"%1\" (%2) is missing from the "
                          "shared folder: no ballot of yours counts")
                       .arg(open.poll.id, which);
        }
        return;
    }
    if (!counting)
        return;
    poll.ownBallot = ownBallotFrom(*counting, open, ctx);
    poll.ownBallotStatus = OwnBallotStatus::Accepted;
    if (castLast && counting->hash != castLast->hash && !castHashes.contains(counting->hash)
        && ctx.ownKey && counting->device == deviceIdOf(ctx.ownKey->publicKey()))
        poll.ownBallotProblems << Tr::tr(
            "A ballot signed with this seat's own key, which this seat did "
            "not cast, counts for you in poll \"%1\" (sequence %2): someone "
            "else may hold this device's key")
                                      .arg(open.poll.id)
                                      .arg(counting->sequence);
}

// The ballots this seat cast by proxy for absent members (where the body allows it): the last
// one for each member must be on the shared folder and not refused (the roster may not allow
// voting by proxy, or the member took the proxy back), and once closed, counted as cast.
void checkOwnProxyBallots(
    PollState &poll, const BallotCollection &shared, const SessionContext &ctx)
{
    if (ctx.ownParticipantId.isEmpty())
        return;
    const PollOpen &open = poll.open;
    std::map<QString, std::pair<qint64, SignedRecord>> lastFor; // member → (sequence, ballot)
    for (const SessionFile &f : ctx.ownBallots) {
        const Result<SignedRecord> r = recordOf(f);
        if (!r || str(r->payload(), "pollOpen") != open.recordHash)
            continue;
        const QString voter = str(r->payload(), "voter");
        const qint64 sequence = r->payload().value(u"sequence").toInteger();
        if (voter == ctx.ownParticipantId)
            continue;
        const auto it = lastFor.find(voter);
        if (it == lastFor.end() || it->second.first < sequence)
            lastFor.insert_or_assign(voter, std::pair { sequence, r.value() });
    }
    for (const auto &[voter, last] : lastFor) {
        const QString hash = last.second.hash();
        const QString name = poll.roster.roster.participant(voter)
            ? poll.roster.roster.participant(voter)->name
            : voter;
        const auto refused
            = std::find_if(shared.reports.cbegin(), shared.reports.cend(), [&hash](const auto &r) {
                  return r.ballotHash == hash && r.problem != BallotProblem::Duplicate;
              });
        if (ctx.undeliveredBallots.contains(hash))
            poll.ownBallotProblems
                << Tr::tr("Your ballot for %1 (by proxy) in poll \"%2\" has not reached the "
                          "shared folder yet")
                       .arg(name, open.poll.id);
        else if (refused != shared.reports.cend())
            poll.ownBallotProblems
                << Tr::tr("Your ballot for %1 (by proxy) in poll \"%2\" was refused: %3")
                       .arg(name, open.poll.id, refused->message);
        else if (poll.closed && !poll.verification.close.acceptedBallotHashes.contains(hash))
            poll.ownBallotProblems
                << Tr::tr("The chair's close of poll \"%1\" does not count your ballot for %2 "
                          "(by proxy)")
                       .arg(open.poll.id, name);
    }
}

// Once the poll is closed: does the chair's close count the seat's last ballot as cast?
void checkOwnBallotCounted(PollState &poll)
{
    if (!poll.ownBallot)
        return;
    if (poll.verification.ownBallotCounted) {
        poll.ownBallotStatus = OwnBallotStatus::Counted;
        return;
    }
    const bool accepted
        = poll.verification.close.acceptedBallotHashes.contains(poll.ownBallot->ballotHash);
    if (accepted) {
        poll.ownBallotStatus = OwnBallotStatus::CountedDifferently;
        poll.ownBallotProblems << Tr::tr(
            "The chair's close of poll \"%1\" counts your last ballot with "
            "other choices than you made")
                                      .arg(poll.open.poll.id);
    } else if (!isOwnBallotProblem(poll.ownBallotStatus)) {
        poll.ownBallotStatus = OwnBallotStatus::NotCounted;
        poll.ownBallotProblems << Tr::tr(
            "The chair's close of poll \"%1\" does not count your last ballot")
                                      .arg(poll.open.poll.id);
    }
}
} // namespace

void foldPolls(const AdmittedRecords &records, const RosterRevisions &rosters,
    const SessionContext &ctx, SessionState &state)
{
    auto refuse = [&state](const SessionFile &f, const QString &message) {
        state.problems << SessionProblem { f.deviceFolder, f.fileName, message };
    };
    // Polls, in opening order, each with the roster revision its opening cites.
    QList<OpenedPoll> opens = records.opens;
    std::sort(opens.begin(), opens.end(), [](const OpenedPoll &a, const OpenedPoll &b) {
        return a.open.openedAt != b.open.openedAt ? a.open.openedAt < b.open.openedAt
                                                  : a.open.recordHash < b.open.recordHash;
    });
    QSet<QString> seenPollIds;
    for (const OpenedPoll &opened : std::as_const(opens)) {
        const PollOpen &open = opened.open;
        const Roster &pollRoster = opened.roster->roster;
        if (seenPollIds.contains(open.poll.id)) {
            state.problems << SessionProblem {
                {}, {},
                Tr::tr("Poll \"%1\" was opened twice; the first opening counts").arg(open.poll.id)
            };
            continue;
        }
        seenPollIds.insert(open.poll.id);
        PollState poll;
        poll.open = open;
        poll.roster = *opened.roster;
        // Devices of the poll's roster that the current revision revoked: their ballots do not
        // count while the poll is open (a lost or stolen device's clock is its own).
        QSet<QByteArray> revokedHere;
        for (auto it = rosters.revoked.cbegin(); it != rosters.revoked.cend(); ++it)
            if (pollRoster.deviceForKey(it.key()))
                revokedHere.insert(it.key());
        const QString prefix = QStringLiteral("ballot-") + open.poll.id + u'-';
        const ProxyGrants proxies = state.proxyGrants();
        QList<BallotFile> mine;
        for (const SessionFile &f : std::as_const(records.ballotFiles)) {
            bool bound = f.fileName.startsWith(prefix);
            if (!bound) {
                const Result<SignedRecord> r = recordOf(f);
                bound = r && str(r->payload(), "pollOpen") == open.recordHash;
            }
            if (bound)
                mine << f;
        }
        // The own ballot as cast (whatever the close says).
        const BallotCollection beforeClose = collectBallots(
            open, pollRoster, mine, std::nullopt, ctx.chairKey, revokedHere, proxies);
        checkOwnBallot(poll, beforeClose, ctx, proxies);
        // The close: the earliest valid one signed by the poll's chair and bound to this opening.
        std::optional<CloseVerification> best;
        for (const SessionFile &f : std::as_const(records.closeFiles)) {
            const Result<SignedRecord> r = recordOf(f);
            if (!r || str(r->payload(), "pollOpen") != open.recordHash)
                continue;
            CloseVerification v = verifyPollClose(f.bytes, open, pollRoster, poll.ownBallot);
            if (!v.signedByChair || !v.boundToOpen) {
                state.problems << SessionProblem { f.deviceFolder, f.fileName,
                    Tr::tr("A close record for poll \"%1\" was refused: %2")
                        .arg(open.poll.id, v.problems.join(u' ')) };
                continue;
            }
            if (rosters.revokedSince(r->signerPublicKey(), v.close.closedAt)) {
                refuse(f, rosters.revokedMessage(r->signerPublicKey(), r->kind()));
                continue;
            }
            if (!best || v.close.closedAt < best->close.closedAt) {
                best = v;
                poll.closeBytes = f.bytes;
                poll.closeHash = r->hash();
            }
        }
        if (best) {
            // The close is the authority on what counted: a device revoked since keeps the
            // ballot the chair counted; its ballots the close left out are reported as revoked.
            const QSet<QString> counted(
                best->close.acceptedBallotHashes.cbegin(), best->close.acceptedBallotHashes.cend());
            QSet<QByteArray> revokedUncounted = revokedHere;
            for (const BallotFile &f : std::as_const(mine)) {
                const Result<SignedRecord> r = recordOf(f);
                if (r && counted.contains(r->hash()))
                    revokedUncounted.remove(r->signerPublicKey());
            }
            poll.closed = true;
            poll.verification = *best;
            poll.result = best->recount;
            poll.closeProblems = best->problems;
            poll.closeProblems
                += checkCloseAgainstBallots(open, pollRoster, best->close, mine, revokedUncounted);
            // Under the proxies the close lists: those in force when the chair closed it.
            poll.ballots = collectBallots(open, pollRoster, mine, best->close.closedAt,
                ctx.chairKey, revokedUncounted, best->close.proxies);
        } else {
            poll.ballots = beforeClose;
        }
        if (poll.closed)
            checkOwnBallotCounted(poll);
        checkOwnProxyBallots(poll, poll.ballots, ctx);
        poll.reports = poll.ballots.reports;
        poll.pendingVoters = pendingVoters(pollRoster, poll.ballots);
        state.polls << poll;
    }
    for (const SessionFile &f : std::as_const(records.closeFiles)) {
        const Result<SignedRecord> r = recordOf(f);
        const QString openHash = r ? str(r->payload(), "pollOpen") : QString();
        const bool known = std::any_of(opens.cbegin(), opens.cend(),
            [&openHash](const OpenedPoll &o) { return o.open.recordHash == openHash; });
        if (!known)
            refuse(f, Tr::tr("A close record for a poll that was never opened"));
    }
}

} // namespace phonghop::sessionfold
