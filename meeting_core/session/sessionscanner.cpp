#include "sessionscanner.h"

#include "share/sharereader.h"
#include "share/sharewriter.h"
#include "trust/signedrecord.h"

#include "share/shareformat.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

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

    // The roster: the highest revision signed by the pinned organisation key that may
    // succeed the one the seat has.
    if (m_shareOrganisationKey.isEmpty()) {
        const Result<ShareInfo> info = reader.readInfo();
        if (info)
            m_shareOrganisationKey = info->organisationKey;
        else if (input.organisationPin.isEmpty())
            result.rosterStatus = Status::failure(info.error());
    }
    result.shareOrganisationKey = m_shareOrganisationKey;
    QString pin = input.organisationPin;
    if (pin.isEmpty() && !m_shareOrganisationKey.isEmpty())
        pin = keyFingerprint(m_shareOrganisationKey);
    result.roster = input.roster;
    if (!pin.isEmpty()) {
        std::optional<VerifiedRoster> best;
        for (const SessionFile &file : std::as_const(listed.rosters)) {
            Result<VerifiedRoster> roster = verifyRoster(file.bytes, pin);
            if (!roster || roster->roster.meetingId != input.meetingId)
                continue;
            if (!best || roster->roster.revision > best->roster.revision)
                best = std::move(roster).value();
        }
        if (!best) {
            result.rosterStatus = Status::failure(
                tr("The share holds no roster signed by the organisation for this meeting yet"));
        } else if (!input.roster || best->recordHash != input.roster->recordHash) {
            Status next = Status::success();
            if (input.roster)
                next = checkRosterSuccession(input.roster->roster, best->roster);
            if (next)
                result.roster = std::move(best);
            else
                result.rosterStatus = next; // keep the roster the seat has
        }
    }
    result.files = std::move(listed.records);
    if (!result.roster)
        return result;

    SessionContext ctx;
    const RosterParticipant *self
        = input.key ? result.roster->roster.participantForKey(input.key->publicKey()) : nullptr;
    ctx.ownParticipantId = self ? self->id : QString();
    ctx.ownKey = input.key ? &*input.key : nullptr;
    ctx.chairKey = self && self->role == Role::Chair ? &*input.key : nullptr;
    ctx.ownChoices = input.ownChoices;
    ctx.seenChain = input.seenChain;
    result.state = foldSession(*result.roster, result.files, ctx);

    if (!input.closePollId.isEmpty()) {
        const PollState *poll = result.state.poll(input.closePollId);
        if (!ctx.chairKey) {
            result.closeStatus = Status::failure(tr("Only the chair may close a poll"));
        } else if (!poll) {
            result.closeStatus = Status::failure(tr("No such poll"));
        } else if (poll->closed) {
            result.closeStatus = Status::failure(tr("The poll is already closed"));
        } else {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            const BallotCollection ballots = collectBallots(poll->open, result.roster->roster,
                ballotFilesOf(result.files, poll->open.poll.id), now, ctx.chairKey);
            QStringList present;
            for (const AttendanceEntry &e : std::as_const(result.state.attendance))
                if (e.status == AttendanceStatus::Present)
                    present << e.participantId;
            const Result<ClosedPoll> closed = closePoll(
                poll->open, result.roster->roster, present, ballots, now, *ctx.chairKey);
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
