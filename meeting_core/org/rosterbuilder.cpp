#include "rosterbuilder.h"

#include "meeting_core/share/shareformat.h"
#include "meeting_core/share/sharereader.h"
#include "meeting_core/share/sharewriter.h"
#include "meeting_core/trust/devicekey.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <algorithm>

namespace phonghop {

namespace {

// The context of this file's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::RosterBuilder)
};

// Roster revisions of the meeting in the organisation key's folder, highest first, read from
// the names "roster-<meeting>-<revision, 6 digits>.json".
QList<qint64> rosterRevisions(
    const ShareReader &reader, const QString &folder, const QString &meetingId)
{
    const QString prefix = QStringLiteral("roster-") + meetingId + u'-';
    static const QRegularExpression digits(QStringLiteral("^(\\d{6,9})\\.json$"));
    QList<qint64> revisions;
    for (const QString &name : reader.deviceRecordNames(folder)) {
        if (!name.startsWith(prefix))
            continue;
        const QRegularExpressionMatch match = digits.match(name.mid(prefix.size()));
        if (match.hasMatch())
            revisions << match.captured(1).toLongLong();
    }
    std::sort(revisions.begin(), revisions.end(), std::greater<>());
    return revisions;
}

bool sameDevices(const QList<RosterDevice> &a, const QList<RosterDevice> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).id != b.at(i).id || a.at(i).publicKey != b.at(i).publicKey
            || a.at(i).label != b.at(i).label)
            return false;
    }
    return true;
}

// Everything a roster says except its revision and time.
bool sameContent(const Roster &a, const Roster &b)
{
    if (a.meetingId != b.meetingId || a.participants.size() != b.participants.size()
        || a.proxyVoting != b.proxyVoting || a.countProxiesForQuorum != b.countProxiesForQuorum)
        return false;
    for (qsizetype i = 0; i < a.participants.size(); ++i) {
        const RosterParticipant &x = a.participants.at(i);
        const RosterParticipant &y = b.participants.at(i);
        if (x.id != y.id || x.name != y.name || x.title != y.title || x.role != y.role
            || x.weight != y.weight || !sameDevices(x.devices, y.devices))
            return false;
    }
    return true;
}

} // namespace

void completeParticipantsFromDirectory(
    QList<Participant> &participants, const PeopleDirectory &directory)
{
    for (Participant &participant : participants) {
        const DirectoryPerson *person = directory.person(participant.id);
        if (!person)
            continue;
        if (participant.fullName.trimmed().isEmpty())
            participant.fullName = person->fullName;
        if (participant.position.trimmed().isEmpty())
            participant.position = person->position;
    }
}

Roster buildRoster(const Meeting &meeting, const PeopleDirectory &directory, qint64 revision,
    const QDateTime &issuedAt)
{
    Roster roster;
    roster.meetingId = meeting.id;
    roster.revision = revision;
    roster.issuedAt = issuedAt.toUTC();
    roster.proxyVoting = directory.proxyVoting;
    roster.countProxiesForQuorum = directory.countProxiesForQuorum;
    for (const Participant &participant : meeting.participants) {
        const DirectoryPerson *person = directory.person(participant.id);
        RosterParticipant entry;
        entry.id = participant.id;
        entry.name = participant.fullName.trimmed().isEmpty() && person ? person->fullName
                                                                        : participant.fullName;
        entry.title = participant.position.trimmed().isEmpty() && person ? person->position
                                                                         : participant.position;
        entry.role = participant.role;
        // Guests never vote; a secretary takes the minutes without a vote (docs/trust.md).
        entry.weight = (participant.role == Role::Guest || participant.role == Role::Secretary)
            ? 0
            : std::max<qint64>(0, qRound64(participant.voteWeight));
        if (person) {
            for (const DirectoryDevice &device : person->activeDevices())
                entry.devices << RosterDevice { device.id, device.publicKey, device.label };
        }
        roster.participants << entry;
    }
    return roster;
}

QString rosterFileName(const Roster &roster)
{
    return QStringLiteral("roster-%1-%2.json")
        .arg(roster.meetingId)
        .arg(roster.revision, 6, 10, QLatin1Char('0'));
}

Status writeRosterToShare(
    const QString &shareRoot, const Roster &roster, const SigningKey &organisationKey)
{
    const SignedRecord record = signRoster(roster, organisationKey);
    return ShareWriter(shareRoot).writeDeviceRecord(
        deviceIdOf(organisationKey.publicKey()), rosterFileName(roster), record.toBytes());
}

std::optional<VerifiedRoster> latestRosterOnShare(
    const QString &shareRoot, const QString &meetingId, const QByteArray &organisationKey)
{
    const ShareReader reader(shareRoot);
    const QString folder = deviceIdOf(organisationKey);
    const QString pin = keyFingerprint(organisationKey);
    for (const qint64 revision : rosterRevisions(reader, folder, meetingId)) {
        Roster named;
        named.meetingId = meetingId;
        named.revision = revision;
        const Result<QByteArray> bytes = reader.readDeviceRecord(folder, rosterFileName(named));
        if (!bytes)
            continue;
        Result<VerifiedRoster> roster = verifyRoster(bytes.value(), pin);
        if (!roster || roster->roster.meetingId != meetingId || roster->roster.revision != revision)
            continue;
        return std::move(roster).value();
    }
    return std::nullopt;
}

Result<qint64> publishRoster(const QString &shareRoot, const Meeting &meeting,
    const PeopleDirectory &directory, const SigningKey &organisationKey, const QDateTime &now)
{
    using R = Result<qint64>;
    const ShareReader reader(shareRoot);
    const QString folder = deviceIdOf(organisationKey.publicKey());
    constexpr int attempts = 10;
    for (int attempt = 0; attempt < attempts; ++attempt) {
        const std::optional<VerifiedRoster> latest
            = latestRosterOnShare(shareRoot, meeting.id, organisationKey.publicKey());
        // Above every roster file of the meeting, damaged ones too (never replaced).
        const QList<qint64> present = rosterRevisions(reader, folder, meeting.id);
        const qint64 next = std::max<qint64>(present.isEmpty() ? 0 : present.first(),
                                latest ? latest->roster.revision : 0)
            + 1;
        const Roster roster = buildRoster(meeting, directory, next, now);
        if (latest && sameContent(latest->roster, roster))
            return latest->roster.revision;
        if (Status valid = roster.validate(); !valid)
            return R::failure(
                Tr::tr("The roster of %1 cannot be written: %2").arg(meeting.id, valid.error()));
        const Status written = writeRosterToShare(shareRoot, roster, organisationKey);
        if (written)
            return roster.revision;
        if (!QFileInfo::exists(QDir(shareRoot).filePath(
                shareformat::devicesFolder + u'/' + folder + u'/' + rosterFileName(roster))))
            return R::failure(
                Tr::tr("The roster of %1 cannot be written: %2").arg(meeting.id, written.error()));
        // Another publisher wrote this revision first: look again.
    }
    return R::failure(Tr::tr("The roster of %1 is being published by someone else at the same "
                             "time; try again")
                          .arg(meeting.id));
}

} // namespace phonghop
