#include "demosession.h"

#include "meeting_core/demo/demoshare.h"
#include "meeting_core/org/directorystore.h"
#include "meeting_core/org/rosterbuilder.h"
#include "meeting_core/share/sharereader.h"
#include "meeting_core/trust/signingkey.h"

#include <QCoreApplication>

namespace phonghop::demosession {

namespace {
// The context of this file's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::DemoSession)
};
} // namespace

Status writeRosters(const QString &shareRoot)
{
    // The demo share writes its rosters itself now, through publishRoster (demoshare::write);
    // this brings them up to date with the directory, and writes nothing when they are.
    const ShareReader reader(shareRoot);
    const Result<ShareInfo> info = reader.readInfo();
    if (!info)
        return Status::failure(info.error());
    const SigningKey organisation = demoshare::organisationKey();
    const Result<DirectoryStore::Reading> people
        = DirectoryStore(shareRoot).read(organisation.publicKey());
    if (!people)
        return Status::failure(people.error());
    const QStringList meetings = reader.meetingIds();
    if (meetings.isEmpty())
        return Status::failure(Tr::tr("The demo share has no meeting"));
    for (const QString &meetingId : meetings) {
        const QList<int> revisions = reader.manifestRevisions(meetingId);
        if (revisions.isEmpty())
            continue;
        const Result<VerifiedManifest> manifest
            = reader.readManifest(meetingId, revisions.first(), info->organisationKey);
        if (!manifest)
            return Status::failure(manifest.error());
        const Result<qint64> roster
            = publishRoster(shareRoot, manifest->meeting, people->directory, organisation);
        if (!roster)
            return Status::failure(roster.error());
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
