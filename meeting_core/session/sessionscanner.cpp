#include "sessionscanner.h"

#include "share/sharereader.h"
#include "share/sharewriter.h"
#include "trust/signedrecord.h"

#include "share/shareformat.h"
#include "sync/organisationtrust.h"
#include "trust/devicekey.h"
#include "voting/pollrecords.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <map>

namespace phonghop {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("phonghop::SessionScanner", text);
}

struct ListedFiles {
    QList<SessionFile> rosters;
    QList<SessionFile> records;
};
} // namespace

QList<SessionFile> ballotFilesOf(const QList<SessionFile> &files, const QString &pollId)
{
    QList<SessionFile> ballots;
    const QString prefix = QStringLiteral("ballot-") + pollId + u'-';
    for (const SessionFile &f : files)
        if (f.fileName.startsWith(prefix))
            ballots << f;
    return ballots;
}

SessionScanResult SessionScanner::scan(const SessionScanInput &input)
{
    SessionScanResult result;
    const QDateTime scanStarted = QDateTime::currentDateTimeUtc();
    result.seenChainHead = input.seenChain.headHash;
    result.requestedClose = input.closePollId;
    if (input.sharePath != m_sharePath || input.meetingId != m_meetingId) {
        m_firstSeen.clear();
        m_meetingId = input.meetingId;
    }
    if (input.sharePath != m_sharePath) {
        m_known.clear();
        m_shareOrganisationKey.clear();
        m_sharePath = input.sharePath;
    }

    // An empty listing from a vanished share must not read as "nobody has done anything".
    if (!QFileInfo::exists(QDir(input.sharePath).filePath(shareformat::descriptorFileName))) {
        result.shareReachable = false;
        result.rosterStatus = Status::failure(
            tr("The shared folder %1 cannot be reached").arg(QDir::toNativeSeparators(input.sharePath)));
        return result;
    }

    // Deliver first, so this seat's own records are part of what it reads. A name taken on the
    // share never blocks a record (deliverOutboxItem); what stays undelivered is said.
    QHash<qint64, QString> namesNow; // Outbox item → its name on the share after this step
    QSet<qint64> undelivered;
    for (const Outbox::Item &item : input.deliveries) {
        const OutboxDelivery d = deliverOutboxItem(input.sharePath, item);
        result.deliveries << SessionScanResult::Delivery { item.id, d.fileName, d.delivered, d.renamed, false, d.error };
        namesNow.insert(item.id, d.fileName);
        if (d.delivered)
            result.deliveredIds << item.id;
        else
            undelivered.insert(item.id);
    }

    const ShareReader reader(input.sharePath);
    const QString rosterPrefix = QStringLiteral("roster-") + input.meetingId + u'-';
    ListedFiles listed;
    for (const QString &device : reader.deviceIds()) {
        for (const QString &name : reader.deviceRecordNames(device)) {
            const bool roster = name.startsWith(QStringLiteral("roster-"));
            if (roster && !name.startsWith(rosterPrefix))
                continue; // another meeting's roster
            const QString key = device + u'/' + name;
            auto known = m_known.constFind(key);
            SessionFile file;
            if (known != m_known.constEnd()) {
                file = known.value();
            } else {
                const Result<QByteArray> read = reader.readDeviceRecord(device, name);
                if (!read)
                    continue; // gone or unreadable for now; listed again next scan
                ++result.recordsRead;
                file = SessionFile { device, name, read.value(), {} };
                if (Result<SignedRecord> parsed = SignedRecord::fromBytes(file.bytes)) {
                    file.record = std::make_shared<const SignedRecord>(std::move(parsed).value());
                    m_known.insert(key, file);
                }
            }
            (roster ? listed.rosters : listed.records) << file;
        }
    }

    // This seat's own records must still be on the share as it wrote them. One that is gone
    // (deleted, or its name now holds another file) is delivered again, and said.
    QList<SessionProblem> ownProblems;
    QList<SessionFile> ownBallots;
    QSet<QString> undeliveredBallots;
    {
        QSet<QString> meetingOpens; // this meeting's poll openings: its ballots and closes cite them
        for (const SessionFile &f : std::as_const(listed.records))
            if (f.record && f.record->kind() == QLatin1String(PollOpen::recordKind)
                && f.record->payload().value(u"meeting").toString() == input.meetingId)
                meetingOpens.insert(f.record->hash());
        QHash<QString, qsizetype> listedAt; // "<device>/<name>" → index in listed.records
        for (qsizetype i = 0; i < listed.records.size(); ++i)
            listedAt.insert(listed.records.at(i).deviceFolder + u'/' + listed.records.at(i).fileName, i);
        for (const OwnRecord &own : input.ownRecords) {
            if (!own.record)
                continue;
            const QJsonObject &payload = own.record->payload();
            const bool ballot = own.record->kind() == QLatin1String(Ballot::recordKind);
            const bool concerns = payload.value(u"meeting").toString() == input.meetingId
                || meetingOpens.contains(payload.value(u"pollOpen").toString());
            Outbox::Item item = own.item;
            item.fileName = namesNow.value(item.id, item.fileName);
            const bool pendingNow = undelivered.contains(item.id)
                || (!item.delivered() && !namesNow.contains(item.id));
            if (ballot)
                ownBallots << SessionFile { item.deviceId, item.fileName, item.bytes, own.record };
            if (pendingNow) {
                if (ballot)
                    undeliveredBallots.insert(own.record->hash());
                continue;
            }
            if (!concerns)
                continue;
            const qsizetype at = listedAt.value(item.deviceId + u'/' + item.fileName, -1);
            if (at >= 0) {
                const SessionFile &there = listed.records.at(at);
                if (there.record && there.record->hash() == own.record->hash())
                    continue; // still there as written
            }
            const OutboxDelivery d = deliverOutboxItem(input.sharePath, item);
            result.deliveries << SessionScanResult::Delivery { item.id, d.fileName, d.delivered,
                d.fileName != own.item.fileName, true, d.error };
            if (!d.delivered) {
                ownProblems << SessionProblem { item.deviceId, item.fileName,
                    tr("This seat's record %1 is gone from the shared folder and could not be "
                       "delivered again: %2")
                        .arg(item.fileName, d.error) };
                continue;
            }
            ownProblems << SessionProblem { item.deviceId, d.fileName,
                tr("This seat's record %1 had disappeared from the shared folder (deleted, or "
                   "replaced by another file); it was delivered again")
                    .arg(item.fileName) };
            SessionFile back { item.deviceId, d.fileName, item.bytes, own.record };
            m_known.insert(back.deviceFolder + u'/' + back.fileName, back);
            listed.records << back;
        }
    }

    // The share's own key says only whether this is the demo share; it is never trusted as
    // the organisation's key (docs/trust.md: nothing is pinned silently).
    if (m_shareOrganisationKey.isEmpty()) {
        if (const Result<ShareInfo> info = reader.readInfo())
            m_shareOrganisationKey = info->organisationKey;
    }
    result.shareOrganisationKey = m_shareOrganisationKey;
    result.files = std::move(listed.records);
    const QString pin = input.organisationPin;
    if (pin.isEmpty()) {
        result.rosterStatus = Status::failure(organisationUnconfirmedMessage());
        return result;
    }

    // The roster: the highest revision signed by the pinned organisation key, among the ones
    // the seat keeps and the ones on the share. A revision kept once is never given up, so a
    // deleted file or an old copy of the folder cannot take the seat back.
    std::map<qint64, KeptRoster> revisions;
    const auto verified = [&](const QByteArray &bytes) -> std::optional<VerifiedRoster> {
        Result<VerifiedRoster> roster = verifyRoster(bytes, pin);
        if (!roster || roster->roster.meetingId != input.meetingId)
            return std::nullopt;
        return std::move(roster).value();
    };
    for (const QByteArray &bytes : input.keptRosters)
        if (std::optional<VerifiedRoster> roster = verified(bytes))
            revisions.try_emplace(roster->roster.revision, KeptRoster { *roster, bytes });
    if (input.roster && input.roster->roster.meetingId == input.meetingId)
        revisions.try_emplace(input.roster->roster.revision, KeptRoster { *input.roster, {} });
    QList<SessionProblem> rosterProblems;
    for (const SessionFile &file : std::as_const(listed.rosters)) {
        std::optional<VerifiedRoster> roster = verified(file.bytes);
        if (!roster)
            continue;
        const auto [at, added] = revisions.try_emplace(roster->roster.revision, KeptRoster { *roster, file.bytes });
        if (added)
            result.rostersToKeep << at->second;
        else if (at->second.roster.recordHash != roster->recordHash)
            rosterProblems << SessionProblem { file.deviceFolder, file.fileName,
                tr("Another roster with revision %1 was verified before; this one is ignored")
                    .arg(roster->roster.revision) };
    }
    if (revisions.empty()) {
        result.rosterStatus = Status::failure(
            tr("The share holds no roster signed by the organisation for this meeting yet"));
        return result;
    }
    result.roster = revisions.rbegin()->second.roster;
    for (const auto &[revision, kept] : revisions)
        if (revision != result.roster->roster.revision)
            result.earlierRosters << kept.roster;

    SessionContext ctx;
    const RosterParticipant *self
        = input.key ? result.roster->roster.participantForKey(input.key->publicKey()) : nullptr;
    ctx.ownParticipantId = self ? self->id : QString();
    ctx.ownKey = input.key ? &*input.key : nullptr;
    ctx.chairKey = self && self->role == Role::Chair ? &*input.key : nullptr;
    ctx.ownChoices = input.ownChoices;
    ctx.ownBallots = ownBallots;
    ctx.undeliveredBallots = undeliveredBallots;
    ctx.seenChain = input.seenChain;
    // First seen now, unless the arrival log (or this scanner, earlier) already has it.
    ctx.firstSeen = input.firstSeen;
    for (const SessionFile &f : std::as_const(result.files)) {
        if (!f.record || ctx.firstSeen.contains(f.record->hash()))
            continue;
        const QDateTime seen = m_firstSeen.value(f.record->hash(), scanStarted);
        ctx.firstSeen.insert(f.record->hash(), seen);
        result.arrivals.insert(f.record->hash(), seen);
        m_firstSeen.insert(f.record->hash(), seen);
    }
    ctx.earlierRosters = result.earlierRosters;
    result.state = foldSession(*result.roster, result.files, ctx);
    result.state.problems += rosterProblems;
    result.state.problems += ownProblems;

    if (!input.closePollId.isEmpty()) {
        const PollState *poll = result.state.poll(input.closePollId);
        if (!ctx.chairKey) {
            result.closeStatus = Status::failure(tr("Only the chair may close a poll"));
        } else if (!poll) {
            result.closeStatus = Status::failure(tr("No such poll"));
        } else if (poll->closed) {
            result.closeStatus = Status::failure(tr("The poll is already closed"));
        } else {
            // Under the roster the poll was opened with, without the devices revoked since.
            const Roster &pollRoster = poll->roster.roster;
            const QDateTime now = QDateTime::currentDateTimeUtc();
            const BallotCollection ballots = collectBallots(poll->open, pollRoster,
                ballotFilesOf(result.files, poll->open.poll.id), now, ctx.chairKey,
                revokedDevicesOf(pollRoster, result.roster->roster));
            QStringList present;
            for (const AttendanceEntry &e : std::as_const(result.state.attendance))
                if (e.status == AttendanceStatus::Present)
                    present << e.participantId;
            const Result<ClosedPoll> closed
                = closePoll(poll->open, pollRoster, present, ballots, now, *ctx.chairKey);
            if (closed) {
                result.closeRecord = closed->record;
                result.closedPollId = poll->open.poll.id;
                result.closedAt = now;
                result.closePassed = closed->tally.passed;
            } else {
                result.closeStatus = Status::failure(closed.error());
            }
        }
    }
    return result;
}

} // namespace phonghop
