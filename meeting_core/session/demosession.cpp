#include "demosession.h"

#include "demo/demoshare.h"
#include "session/sessionrecords.h"
#include "share/sharereader.h"
#include "trust/devicekey.h"

#include <QCoreApplication>

namespace phonghop::demosession {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("phonghop::DemoSession", text);
}
} // namespace

Status writeRosters(const QString &shareRoot)
{
    const ShareReader reader(shareRoot);
    const Result<ShareInfo> info = reader.readInfo();
    if (!info)
        return Status::failure(info.error());
    const SigningKey organisation = demoshare::organisationKey();
    const QStringList meetings = reader.meetingIds();
    if (meetings.isEmpty())
        return Status::failure(tr("The demo share has no meeting"));
    for (const QString &meetingId : meetings) {
        const QList<int> revisions = reader.manifestRevisions(meetingId);
        if (revisions.isEmpty())
            continue;
        const Result<VerifiedManifest> manifest
            = reader.readManifest(meetingId, revisions.first(), info->organisationKey);
        if (!manifest)
            return Status::failure(manifest.error());
        Roster roster;
        roster.meetingId = meetingId;
        roster.revision = 1;
        roster.issuedAt = manifest->meeting.publishedAt.isValid()
            ? manifest->meeting.publishedAt.toUTC()
            : QDateTime::currentDateTimeUtc();
        for (const Participant &p : manifest->meeting.participants) {
            RosterParticipant rp;
            rp.id = p.id;
            rp.name = p.fullName;
            rp.title = p.position;
            rp.role = p.role;
            rp.weight = (p.role == Role::Guest || p.role == Role::Secretary) ? 0 : qMax<qint64>(1, qRound64(p.voteWeight));
            const SigningKey key = demoshare::participantKey(p.id);
            rp.devices << RosterDevice { deviceIdOf(key.publicKey()), key.publicKey(),
                QStringLiteral("Máy trình diễn") };
            roster.participants << rp;
        }
        if (Status valid = roster.validate(); !valid)
            return valid;
        if (Status written = writeRosterToShare(shareRoot, roster, organisation); !written)
            return written;
    }
    return Status::success();
}

QStringList participantIds()
{
    return { QStringLiteral("p-an"), QStringLiteral("p-binh"), QStringLiteral("p-cuong"),
        QStringLiteral("p-dung"), QStringLiteral("p-duc"), QStringLiteral("p-giang"),
        QStringLiteral("p-hai"), QStringLiteral("p-khanh"), QStringLiteral("p-lan") };
}

} // namespace phonghop::demosession
