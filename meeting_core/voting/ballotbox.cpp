#include "ballotbox.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <algorithm>
#include <map>

namespace phonghop {

namespace {
// The context of this file's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::BallotBox)
};

QList<int> intList(const QJsonValue &value, bool *ok)
{
    QList<int> list;
    *ok = value.isArray();
    for (const QJsonValue &v : value.toArray()) {
        if (!v.isDouble() || v.toDouble() != v.toInt()) {
            *ok = false;
            return {};
        }
        list << v.toInt();
    }
    return list;
}
} // namespace

QString ballotProblemId(BallotProblem problem)
{
    switch (problem) {
    case BallotProblem::Garbled:
        return QStringLiteral("garbled");
    case BallotProblem::UnknownKey:
        return QStringLiteral("unknown-key");
    case BallotProblem::WrongFolder:
        return QStringLiteral("wrong-folder");
    case BallotProblem::Impersonation:
        return QStringLiteral("impersonation");
    case BallotProblem::OtherPoll:
        return QStringLiteral("other-poll");
    case BallotProblem::NotEntitled:
        return QStringLiteral("not-entitled");
    case BallotProblem::AfterClose:
        return QStringLiteral("after-close");
    case BallotProblem::InvalidChoices:
        return QStringLiteral("invalid-choices");
    case BallotProblem::Unsealable:
        return QStringLiteral("unsealable");
    case BallotProblem::Duplicate:
        return QStringLiteral("duplicate");
    case BallotProblem::Superseded:
        return QStringLiteral("superseded");
    case BallotProblem::Revoked:
        return QStringLiteral("revoked");
    case BallotProblem::ProxyRefused:
        return QStringLiteral("proxy-refused");
    }
    return {};
}

int BallotCollection::count(BallotProblem problem) const
{
    return static_cast<int>(std::count_if(reports.begin(), reports.end(),
        [&](const BallotReport &r) { return r.problem == problem; }));
}

Result<SignedRecord> recordOf(const BallotFile &file, const QString &expectedKind)
{
    if (!file.record)
        return expectedKind.isEmpty() ? SignedRecord::fromBytes(file.bytes)
                                      : SignedRecord::fromBytes(file.bytes, expectedKind);
    return expectedKind.isEmpty() ? Result<SignedRecord>(*file.record)
                                  : SignedRecord::ofKind(*file.record, expectedKind);
}

BallotCollection collectBallots(const PollOpen &open, const Roster &roster,
    const QList<BallotFile> &files, const std::optional<QDateTime> &closedAt,
    const SigningKey *chairKey, const QSet<QByteArray> &revokedKeys, const ProxyGrants &proxies)
{
    BallotCollection collection;
    QSet<QString> seenHashes;
    std::map<QString, QList<AcceptedBallot>> byVoter;
    QHash<QString, const BallotFile *> fileOfHash;

    for (const BallotFile &file : files) {
        const auto reject
            = [&](BallotProblem problem, const QString &message, const QString &hash = {}) {
                  collection.reports
                      << BallotReport { file.deviceFolder, file.fileName, problem, message, hash };
              };
        const Result<SignedRecord> record = recordOf(file, QLatin1StringView(Ballot::recordKind));
        if (!record) {
            reject(BallotProblem::Garbled, record.error());
            continue;
        }
        const QString hash = record->hash();
        const RosterParticipant *participant = roster.participantForKey(record->signerPublicKey());
        const RosterDevice *device = roster.deviceForKey(record->signerPublicKey());
        if (!participant || !device) {
            reject(BallotProblem::UnknownKey,
                Tr::tr("Signed by key %1, which the roster does not list")
                    .arg(keyFingerprint(record->signerPublicKey())),
                hash);
            continue;
        }
        if (file.deviceFolder != device->id) {
            reject(BallotProblem::WrongFolder,
                Tr::tr("A ballot of %1's device %2 was found in the folder of device %3")
                    .arg(participant->name, device->id, file.deviceFolder),
                hash);
            continue;
        }
        const QJsonObject p = record->payload();
        Ballot ballot;
        ballot.pollId = p.value(u"poll").toString();
        ballot.pollOpenHash = p.value(u"pollOpen").toString();
        ballot.voter = p.value(u"voter").toString();
        ballot.device = p.value(u"device").toString();
        ballot.sequence = p.value(u"sequence").toInteger(0);
        ballot.castAt = fromIsoUtc(p.value(u"castAt").toString());
        if (ballot.pollId.isEmpty() || ballot.pollOpenHash.isEmpty() || ballot.sequence < 1
            || !ballot.castAt.isValid()) {
            reject(BallotProblem::Garbled, Tr::tr("The ballot misses required fields"), hash);
            continue;
        }
        if (ballot.pollId != open.poll.id || ballot.pollOpenHash != open.recordHash) {
            reject(BallotProblem::OtherPoll,
                Tr::tr("The ballot belongs to another poll (%1) and cannot be counted in this one")
                    .arg(ballot.pollId),
                hash);
            continue;
        }
        const QString proxyHolder = p.value(u"proxyHolder").toString();
        const bool byProxy = ballot.voter != participant->id && proxyHolder == participant->id;
        if ((ballot.voter != participant->id && !byProxy) || ballot.device != device->id) {
            reject(BallotProblem::Impersonation,
                Tr::tr("The ballot is signed by %1's device but names voter \"%2\"")
                    .arg(participant->name, ballot.voter),
                hash);
            continue;
        }
        // A ballot cast by proxy counts only where the body's rules allow it (the roster's
        // proxyVoting), and only for a member who gave the signer the proxy.
        const RosterParticipant *voter = byProxy ? roster.participant(ballot.voter) : participant;
        if (byProxy && !roster.proxyVoting) {
            reject(BallotProblem::ProxyRefused,
                Tr::tr("The rules of this body do not let a proxy holder vote: %1's ballot for %2 "
                       "is not counted")
                    .arg(participant->name, voter ? voter->name : ballot.voter),
                hash);
            continue;
        }
        if (byProxy && (!voter || proxies.value(ballot.voter) != participant->id)) {
            reject(BallotProblem::ProxyRefused,
                Tr::tr("%1 does not hold %2's proxy, so the ballot cast for them is not counted")
                    .arg(participant->name, voter ? voter->name : ballot.voter),
                hash);
            continue;
        }
        if (revokedKeys.contains(record->signerPublicKey())) {
            reject(BallotProblem::Revoked,
                Tr::tr(
                    "A revoked device wrote this ballot: %1's device %2 (%3) is no longer in the "
                    "roster, so its ballots do not count")
                    .arg(participant->name, device->label.isEmpty() ? device->id : device->label,
                        keyFingerprint(record->signerPublicKey())),
                hash);
            continue;
        }
        if (!voter->entitledToVote()) {
            reject(BallotProblem::NotEntitled,
                Tr::tr("%1 takes part without a vote").arg(voter->name), hash);
            continue;
        }
        if (closedAt && ballot.castAt > *closedAt) {
            reject(BallotProblem::AfterClose,
                Tr::tr("%1's ballot was cast at %2, after the poll closed at %3")
                    .arg(participant->name, toIsoUtc(ballot.castAt), toIsoUtc(*closedAt)),
                hash);
            continue;
        }
        if (seenHashes.contains(hash)) {
            reject(BallotProblem::Duplicate,
                Tr::tr("A copy of a ballot already read; it is counted once"), hash);
            continue;
        }
        seenHashes.insert(hash);

        AcceptedBallot accepted;
        accepted.hash = hash;
        accepted.voter = voter->id;
        accepted.device = device->id;
        accepted.sequence = ballot.sequence;
        accepted.castAt = ballot.castAt;
        accepted.weight = voter->weight;
        if (byProxy)
            accepted.proxyHolder = participant->id;
        if (open.poll.secret) {
            auto sealed = QByteArray::fromBase64Encoding(
                p.value(u"sealed").toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            if (!sealed || (*sealed).isEmpty() || p.contains(u"choices")) {
                reject(BallotProblem::Garbled,
                    Tr::tr("A ballot of a secret poll must carry sealed choices only"), hash);
                continue;
            }
            if (chairKey) {
                const QByteArray inside = chairKey->openSealed(*sealed);
                const QJsonObject inner = QJsonDocument::fromJson(inside).object();
                bool choicesOk = false;
                accepted.choices = intList(inner.value(u"choices"), &choicesOk);
                accepted.pseudonym = inner.value(u"pseudonym").toString();
                accepted.otherText = inner.value(u"otherText").toString();
                if (inside.isEmpty() || !choicesOk || accepted.pseudonym.isEmpty()
                    || inner.value(u"voter").toString() != voter->id
                    || !(inner.value(u"otherText").isUndefined()
                        || inner.value(u"otherText").isString())) {
                    reject(BallotProblem::Unsealable,
                        Tr::tr("%1's secret ballot cannot be opened with the chair's key")
                            .arg(participant->name),
                        hash);
                    continue;
                }
                Status valid = open.poll.checkChoices(accepted.choices);
                if (valid)
                    valid = open.poll.checkOtherText(accepted.choices, accepted.otherText);
                if (!valid) {
                    reject(BallotProblem::InvalidChoices, valid.error(), hash);
                    continue;
                }
            }
        } else {
            bool choicesOk = false;
            accepted.choices = intList(p.value(u"choices"), &choicesOk);
            const QJsonValue otherText = p.value(u"otherText");
            if (!choicesOk || !(otherText.isUndefined() || otherText.isString())) {
                reject(BallotProblem::Garbled, Tr::tr("The ballot's choices are unreadable"), hash);
                continue;
            }
            accepted.otherText = otherText.toString();
            Status valid = open.poll.checkChoices(accepted.choices);
            if (valid)
                valid = open.poll.checkOtherText(accepted.choices, accepted.otherText);
            if (!valid) {
                reject(BallotProblem::InvalidChoices,
                    Tr::tr("%1's ballot is invalid: %2").arg(participant->name, valid.error()),
                    hash);
                continue;
            }
        }
        fileOfHash.insert(hash, &file);
        byVoter[accepted.voter] << accepted;
    }

    // One ballot per voter: highest sequence, then latest castAt, then greatest hash.
    for (auto &[voter, ballots] : byVoter) {
        std::sort(
            ballots.begin(), ballots.end(), [](const AcceptedBallot &a, const AcceptedBallot &b) {
                if (a.sequence != b.sequence)
                    return a.sequence > b.sequence;
                if (a.castAt != b.castAt)
                    return a.castAt > b.castAt;
                return a.hash > b.hash;
            });
        const AcceptedBallot &winner = ballots.first();
        collection.accepted << winner;
        for (qsizetype i = 1; i < ballots.size(); ++i) {
            const AcceptedBallot &loser = ballots.at(i);
            const BallotFile *file = fileOfHash.value(loser.hash);
            const QString message = loser.sequence == winner.sequence
                ? Tr::tr("Two ballots of %1 carry sequence number %2 (devices %3 and %4); the one "
                         "cast later counts")
                      .arg(voter)
                      .arg(loser.sequence)
                      .arg(loser.device, winner.device)
                : Tr::tr("Replaced by %1's later ballot (sequence %2 from device %3)")
                      .arg(voter)
                      .arg(winner.sequence)
                      .arg(winner.device);
            collection.reports << BallotReport { file->deviceFolder, file->fileName,
                BallotProblem::Superseded, message, loser.hash };
        }
    }
    return collection;
}

TallyResult recountClose(const PollOpen &open, const Roster &roster, const PollClose &close)
{
    TallyInput input;
    input.poll = open.poll;
    input.pseudonymous = open.poll.secret;
    input.countProxiesForQuorum = roster.countProxiesForQuorum;
    for (const RosterParticipant &p : roster.participants) {
        if (p.entitledToVote())
            input.members << Member { p.id, p.name, p.weight, close.presentIds.contains(p.id),
                close.proxies.contains(p.id) };
    }
    if (const RosterParticipant *chair = roster.chair())
        input.chairId = chair->id;
    for (const CountedEntry &entry : close.entries) {
        if (input.pseudonymous)
            input.votes << CastVote { entry.pseudonym, entry.choices, entry.weight };
        else
            input.votes << CastVote { entry.voter, entry.choices, 0, !entry.proxyHolder.isEmpty() };
    }
    return computeTally(input);
}

QString secretCloseDeviceMessage(const PollOpen &open, const Roster &roster)
{
    const RosterDevice *opener = roster.deviceForKey(open.chairKey);
    const QString device = opener ? (opener->label.isEmpty() ? opener->id : opener->label)
                                  : keyFingerprint(open.chairKey);
    return Tr::tr(
        "Poll \"%1\" is secret: its ballots are sealed to the chair's device that opened "
        "it (%2), and only that device can open and count them. Close it from that device.")
        .arg(open.poll.id, device);
}

Result<ClosedPoll> closePoll(const PollOpen &open, const Roster &roster,
    const QStringList &presentIds, const BallotCollection &ballots, const QDateTime &closedAt,
    const SigningKey &chairKey, const ProxyGrants &proxies)
{
    using R = Result<ClosedPoll>;
    if (!roster.keyHasRole(chairKey.publicKey(), Role::Chair))
        return R::failure(Tr::tr("Only the chair's key can close a poll"));
    // The sealed choices open only with the key of the device that opened the poll: any other
    // chair device would sign a close without a single ballot.
    if (open.poll.secret && chairKey.publicKey() != open.chairKey)
        return R::failure(secretCloseDeviceMessage(open, roster));
    PollClose close;
    close.pollId = open.poll.id;
    close.pollOpenHash = open.recordHash;
    close.closedAt = closedAt;
    QSet<QString> present;
    for (const QString &id : presentIds) {
        if (roster.participant(id))
            present.insert(id);
    }
    for (auto it = proxies.cbegin(); it != proxies.cend(); ++it) {
        if (roster.participant(it.key()) && roster.participant(it.value())
            && !present.contains(it.key()))
            close.proxies.insert(it.key(), it.value());
    }
    for (const AcceptedBallot &ballot : ballots.accepted) {
        if (open.poll.secret && ballot.pseudonym.isEmpty())
            return R::failure(Tr::tr("A secret ballot was not opened with the chair's key"));
        // A ballot cast by proxy does not make the member represented present.
        if (ballot.proxyHolder.isEmpty()) {
            present.insert(ballot.voter);
            close.proxies.remove(ballot.voter);
        }
        close.acceptedBallotHashes << ballot.hash;
        CountedEntry entry;
        entry.weight = ballot.weight;
        entry.choices = ballot.choices;
        entry.otherText = ballot.otherText;
        if (open.poll.secret) {
            entry.pseudonym = ballot.pseudonym;
        } else {
            entry.voter = ballot.voter;
            entry.ballotHash = ballot.hash;
            entry.proxyHolder = ballot.proxyHolder;
        }
        close.entries << entry;
    }
    close.presentIds = QStringList(present.begin(), present.end());
    close.presentIds.sort();
    close.acceptedBallotHashes.sort();
    // Sorted by voter or pseudonym: the order of arrival would let anyone who watched the
    // folders match secret entries to people.
    std::sort(close.entries.begin(), close.entries.end(),
        [](const CountedEntry &a, const CountedEntry &b) {
            return a.pseudonym.isEmpty() ? a.voter < b.voter : a.pseudonym < b.pseudonym;
        });
    const TallyResult tally = recountClose(open, roster, close);
    close.tally = tally.countsJson();
    SignedRecord record
        = SignedRecord::create(QLatin1StringView(PollClose::recordKind), close.toJson(), chairKey);
    close.recordHash = record.hash();
    close.signer = record.signerPublicKey();
    return ClosedPoll { std::move(record), std::move(close), tally };
}

QString CloseVerification::summary() const
{
    if (!ok())
        return Tr::tr("The poll result could not be confirmed: %1").arg(problems.join(u' '));
    QString text = Tr::tr("The result is signed by the chair and the recount matches.");
    if (ownBallotCounted)
        text += u' ' + Tr::tr("Your ballot was counted as you cast it.");
    return text;
}

CloseVerification verifyPollClose(const QByteArray &closeRecordBytes, const PollOpen &open,
    const Roster &roster, const std::optional<OwnBallot> &own)
{
    CloseVerification v;
    const Result<SignedRecord> record
        = SignedRecord::fromBytes(closeRecordBytes, QLatin1StringView(PollClose::recordKind));
    if (!record) {
        v.problems << Tr::tr("The close record is unreadable: %1").arg(record.error());
        return v;
    }
    v.signedByChair = roster.keyHasRole(record->signerPublicKey(), Role::Chair);
    if (!v.signedByChair)
        v.problems << Tr::tr("The close record is not signed by the chair named in the roster.");
    Result<PollClose> close = PollClose::fromJson(record->payload());
    if (!close) {
        v.problems << close.error();
        return v;
    }
    v.close = close.value();
    v.close.recordHash = record->hash();
    v.close.signer = record->signerPublicKey();
    v.boundToOpen = v.close.pollId == open.poll.id && v.close.pollOpenHash == open.recordHash;
    if (!v.boundToOpen)
        v.problems << Tr::tr("The close record belongs to another poll.");
    if (v.boundToOpen && open.poll.secret && record->signerPublicKey() != open.chairKey)
        v.problems << Tr::tr(
            "The close of this secret poll is signed by another of the chair's devices "
            "than the one that opened it, which cannot open its sealed ballots.");

    // The entries must be one per accepted ballot, one per voter, with the roster's weights.
    QSet<qint64> entitledWeights;
    qsizetype entitled = 0;
    for (const RosterParticipant &p : roster.participants)
        if (p.entitledToVote()) {
            entitledWeights.insert(p.weight);
            ++entitled;
        }
    bool consistent = v.close.entries.size() == v.close.acceptedBallotHashes.size()
        && v.close.entries.size() <= entitled;
    QSet<QString> names;
    const QSet<QString> accepted(
        v.close.acceptedBallotHashes.begin(), v.close.acceptedBallotHashes.end());
    consistent = consistent && accepted.size() == v.close.acceptedBallotHashes.size();
    for (const CountedEntry &entry : std::as_const(v.close.entries)) {
        const QString name = open.poll.secret ? entry.pseudonym : entry.voter;
        if (name.isEmpty() || names.contains(name))
            consistent = false;
        names.insert(name);
        if (open.poll.secret) {
            // Pseudonymous entries cannot name their voter, but each must carry a weight some
            // entitled member of the roster has (the exact weights are checked against the
            // ballot files, checkCloseAgainstBallots).
            consistent = consistent && entry.voter.isEmpty() && entry.ballotHash.isEmpty()
                && entitledWeights.contains(entry.weight);
        } else {
            const RosterParticipant *p = roster.participant(entry.voter);
            consistent = consistent && p && p->entitledToVote() && p->weight == entry.weight
                && accepted.contains(entry.ballotHash);
            // A ballot cast by proxy: allowed by the roster, under a proxy the close lists.
            if (!entry.proxyHolder.isEmpty())
                consistent = consistent && roster.proxyVoting
                    && v.close.proxies.value(entry.voter) == entry.proxyHolder;
        }
    }
    for (auto it = v.close.proxies.cbegin(); it != v.close.proxies.cend(); ++it) {
        if (!roster.participant(it.key()) || !roster.participant(it.value())
            || it.key() == it.value() || v.close.presentIds.contains(it.key()))
            consistent = false;
    }
    if (!consistent)
        v.problems << Tr::tr("The close record's list of counted ballots is inconsistent.");

    v.recount = recountClose(open, roster, v.close);
    v.recountMatches
        = consistent && v.recount.rejected.isEmpty() && v.recount.countsJson() == v.close.tally;
    if (consistent && !v.recountMatches)
        v.problems << Tr::tr("Recounting the ballots gives a different result than the chair's.");

    if (own) {
        // A secret entry names no voter, so only its voter can tell it carries their weight.
        const RosterParticipant *voter
            = own->voter.isEmpty() ? nullptr : roster.participant(own->voter);
        for (const CountedEntry &entry : std::as_const(v.close.entries)) {
            const bool mine = open.poll.secret
                ? entry.pseudonym == own->pseudonym && accepted.contains(own->ballotHash)
                : entry.voter == own->voter && entry.ballotHash == own->ballotHash;
            if (!mine || entry.choices != own->choices
                || (own->otherText && entry.otherText != *own->otherText))
                continue;
            if (open.poll.secret && voter && entry.weight != voter->weight)
                v.problems << Tr::tr(
                    "The close counts your ballot with a vote weight of %1 instead of your %2.")
                                  .arg(entry.weight)
                                  .arg(voter->weight);
            else
                v.ownBallotCounted = true;
        }
        if (!v.ownBallotCounted)
            v.problems << Tr::tr("Your ballot is not counted as you cast it.");
    }
    return v;
}

QStringList checkCloseAgainstBallots(const PollOpen &open, const Roster &roster,
    const PollClose &close, const QList<BallotFile> &files, const QSet<QByteArray> &revokedKeys)
{
    QStringList problems;
    const BallotCollection found
        = collectBallots(open, roster, files, close.closedAt, nullptr, revokedKeys, close.proxies);
    QHash<QString, const AcceptedBallot *> winners;
    for (const AcceptedBallot &ballot : found.accepted)
        winners.insert(ballot.hash, &ballot);
    QSet<QString> validHashes(winners.keyBegin(), winners.keyEnd());
    for (const BallotReport &report : found.reports) {
        if (report.problem == BallotProblem::Superseded)
            validHashes.insert(report.ballotHash);
    }
    const QSet<QString> accepted(
        close.acceptedBallotHashes.begin(), close.acceptedBallotHashes.end());
    for (const QString &hash : accepted) {
        if (!validHashes.contains(hash))
            problems << Tr::tr(
                "The close counts ballot %1, which is not a valid ballot of this poll "
                "among the files on the share")
                            .arg(hash.left(12));
    }
    // Whose ballots the close counts: one each, and (secret polls) the entries' weights must be
    // the roster's weights of those voters. Participation is public, so naming the voter here
    // reveals nothing of a choice.
    QHash<QString, QString> voterOf; // valid ballot hash → voter
    for (const AcceptedBallot &ballot : found.accepted)
        voterOf.insert(ballot.hash, ballot.voter);
    for (const BallotReport &report : found.reports) {
        if (report.problem != BallotProblem::Superseded)
            continue;
        const auto file
            = std::find_if(files.cbegin(), files.cend(), [&report](const BallotFile &f) {
                  return f.deviceFolder == report.deviceFolder && f.fileName == report.fileName;
              });
        if (file == files.cend())
            continue;
        if (const Result<SignedRecord> r = recordOf(*file))
            voterOf.insert(report.ballotHash, r->payload().value(u"voter").toString());
    }
    std::map<QString, int> countedPerVoter;
    QList<qint64> voterWeights;
    for (const QString &hash : accepted) {
        const QString voter = voterOf.value(hash);
        if (voter.isEmpty())
            continue;
        if (++countedPerVoter[voter] == 2)
            problems << Tr::tr("The close counts more than one ballot of %1").arg(voter);
        if (const RosterParticipant *p = roster.participant(voter))
            voterWeights << p->weight;
    }
    if (open.poll.secret && voterWeights.size() == close.entries.size()) {
        QList<qint64> entryWeights;
        for (const CountedEntry &entry : close.entries)
            entryWeights << entry.weight;
        std::sort(voterWeights.begin(), voterWeights.end());
        std::sort(entryWeights.begin(), entryWeights.end());
        if (voterWeights != entryWeights)
            problems << Tr::tr(
                "The close's entries carry other vote weights than the roster gives the "
                "voters whose ballots it counts");
    }
    for (const CountedEntry &entry : close.entries) {
        if (open.poll.secret)
            break;
        const AcceptedBallot *ballot = winners.value(entry.ballotHash);
        if (ballot
            && (ballot->choices != entry.choices || ballot->voter != entry.voter
                || ballot->otherText != entry.otherText
                || ballot->proxyHolder != entry.proxyHolder))
            problems << Tr::tr("The close counts %1's ballot with choices other than the ballot's")
                            .arg(entry.voter);
    }
    for (const AcceptedBallot &ballot : found.accepted) {
        if (!accepted.contains(ballot.hash))
            problems << Tr::tr("%1's ballot, cast at %2 before the close, is not counted (it may "
                               "have reached the chair only after the close)")
                            .arg(ballot.voter, toIsoUtc(ballot.castAt));
    }
    return problems;
}

qint64 nextBallotSequence(const PollOpen &open, const Roster &roster, const QString &voterId,
    const QList<BallotFile> &files, const ProxyGrants &proxies)
{
    qint64 highest = 0;
    const BallotCollection collection
        = collectBallots(open, roster, files, std::nullopt, nullptr, {}, proxies);
    for (const AcceptedBallot &ballot : collection.accepted) {
        if (ballot.voter == voterId)
            highest = std::max(highest, ballot.sequence);
    }
    // Superseded ballots are valid too; their sequences are lower than the winner's.
    return highest + 1;
}

QStringList pendingVoters(const Roster &roster, const BallotCollection &ballots)
{
    QSet<QString> voted;
    for (const AcceptedBallot &ballot : ballots.accepted)
        voted.insert(ballot.voter);
    QStringList pending;
    for (const RosterParticipant &p : roster.participants) {
        if (p.entitledToVote() && !voted.contains(p.id))
            pending << p.id;
    }
    return pending;
}

} // namespace phonghop
