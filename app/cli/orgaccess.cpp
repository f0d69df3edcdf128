#include "orgaccess.h"
#include "passphrase.h"

#include "meeting_core/org/directorystore.h"
#include "meeting_core/org/rosterbuilder.h"
#include "meeting_core/share/sharereader.h"
#include "meeting_core/store/meetingcache.h"
#include "meeting_core/sync/organisationtrust.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace phonghop::cli {

namespace {

// The context of this file's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::cli::OrgAccess)
};

int fail(Streams &streams, int code, const QString &message)
{
    streams.err << message << '\n';
    streams.err.flush();
    return code;
}

int unreachable(Streams &streams, const QString &share)
{
    return fail(streams, Unreachable,
        Tr::tr("The share %1 cannot be reached").arg(QDir::toNativeSeparators(share)));
}

// A meeting whose end (or day, when it has no end) has not passed.
bool stillToCome(const Meeting &meeting, const QDateTime &now)
{
    if (meeting.end.isValid())
        return meeting.end >= now;
    if (meeting.start.isValid())
        return meeting.start.addDays(1) >= now;
    return true;
}

} // namespace

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

int openOrganisation(const QString &share, const QString &keyPath, Streams &streams,
    std::optional<OrganisationAdmin> &admin)
{
    if (!QFileInfo(share).isDir())
        return unreachable(streams, share);
    std::optional<SigningKey> key;
    if (const int code = loadOrganisationKey(keyPath, streams, key); code != Success)
        return code;
    Result<OrganisationAdmin> opened = OrganisationAdmin::open(share, *key);
    if (!opened) {
        if (!QFileInfo(share).isDir())
            return unreachable(streams, share);
        return fail(streams, Rejected, opened.error());
    }
    admin.emplace(std::move(opened).value());
    return Success;
}

int trustedOrganisationKey(const QString &share, const QString &cacheDirectory, Streams &streams,
    QByteArray &key, QString *name)
{
    if (!QFileInfo(share).isDir())
        return unreachable(streams, share);
    ShareReader::InfoProblem problem = ShareReader::InfoProblem::None;
    const Result<ShareInfo> info = ShareReader(share).readInfo(&problem);
    if (!info)
        return fail(streams,
            problem == ShareReader::InfoProblem::Unreachable ? Unreachable : Rejected,
            info.error());
    key = info->organisationKey;
    if (name)
        *name = info->organisationName;
    if (cacheDirectory.isEmpty())
        return Success;
    auto cache = MeetingCache::open(cacheDirectory);
    if (!cache)
        return fail(streams, Failure, cache.error());
    const QByteArray pinned = pinnedOrganisationKey(*cache.value());
    if (pinned.isEmpty())
        return Success; // not confirmed yet: what the share names (enrolment comes first)
    if (pinned != info->organisationKey)
        return fail(streams, Rejected,
            Tr::tr(
                "The share names the organisation key %1, but this seat trusts %2: it is not this "
                "seat's organisation")
                .arg(keyFingerprint(info->organisationKey), keyFingerprint(pinned)));
    key = pinned;
    return Success;
}

int readDirectory(
    const QString &share, const QByteArray &key, Streams &streams, PeopleDirectory &directory)
{
    const Result<DirectoryStore::Reading> reading = DirectoryStore(share).read(key);
    if (!reading) {
        if (!QFileInfo(share).isDir())
            return unreachable(streams, share);
        return fail(streams, Failure, reading.error());
    }
    for (const QString &problem : reading->problems)
        streams.err << problem << '\n';
    streams.err.flush();
    directory = reading->directory;
    return Success;
}

bool republishRosters(
    const OrganisationAdmin &admin, const PeopleDirectory &directory, Streams &streams)
{
    const ShareReader reader(admin.shareRoot());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QByteArray key = admin.key().publicKey();
    bool ok = true;
    int written = 0;
    for (const QString &meetingId : reader.meetingIds()) {
        std::optional<Meeting> meeting;
        for (const int revision : reader.manifestRevisions(meetingId)) {
            const Result<VerifiedManifest> manifest = reader.readManifest(meetingId, revision, key);
            if (manifest) {
                meeting = manifest->meeting;
                break;
            }
        }
        if (!meeting || !stillToCome(*meeting, now))
            continue;
        const std::optional<VerifiedRoster> before
            = latestRosterOnShare(admin.shareRoot(), meetingId, key);
        const Result<qint64> revision
            = publishRoster(admin.shareRoot(), *meeting, directory, admin.key(), now);
        if (!revision) {
            streams.err << Tr::tr("The roster of meeting %1 was not updated: %2")
                               .arg(meetingId, revision.error())
                        << '\n';
            ok = false;
            continue;
        }
        if (before && before->roster.revision == revision.value())
            continue;
        ++written;
        streams.out << Tr::tr("Roster of meeting %1 (%2) republished: revision %3")
                           .arg(meetingId, meeting->title)
                           .arg(revision.value())
                    << '\n';
    }
    if (written == 0)
        streams.out << Tr::tr(
            "No roster of a meeting to come needed a new revision; meetings published "
            "from now on include this change")
                    << '\n';
    streams.out.flush();
    streams.err.flush();
    return ok;
}

} // namespace phonghop::cli
