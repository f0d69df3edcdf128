#include "sessionscanner.h"

#include "share/sharereader.h"
#include "share/sharewriter.h"
#include "trust/signedrecord.h"

#include "share/shareformat.h"
#include "sync/organisationtrust.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
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
    result.seenChainHead = input.seenChain.headHash;
    result.requestedClose = input.closePollId;
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

    // Deliver first, so this seat's own records are part of what it reads.
    ShareWriter writer(input.sharePath);
    for (const Outbox::Item &item : input.deliveries) {
        if (writer.writeDeviceRecord(item.deviceId, item.fileName, item.bytes))
            result.deliveredIds << item.id;
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
    ctx.seenChain = input.seenChain;
    ctx.earlierRosters = result.earlierRosters;
    result.state = foldSession(*result.roster, result.files, ctx);
    result.state.problems += rosterProblems;

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
