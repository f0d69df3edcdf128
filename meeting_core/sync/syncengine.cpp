#include "syncengine.h"

#include "meeting_core/consult/consultationservice.h"
#include "meeting_core/org/directorystore.h"
#include "meeting_core/share/shareformat.h"
#include "meeting_core/share/sharereader.h"
#include "meeting_core/share/sharewriter.h"
#include "meeting_core/store/meetingcache.h"
#include "meeting_core/store/outbox.h"
#include "meeting_core/trust/devicekey.h"
#include "meeting_core/trust/organisationpin.h"
#include "meeting_core/trust/signingkey.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QPair>
#include <QSet>
#include <atomic>
#include <optional>
#include <thread>
#include <vector>

namespace phonghop {

namespace {

// This seat's device id, from the device key in the cache's folder (empty when there is none:
// no confidential document is then for this seat). Loaded, never created.
// The public key is in clear in the file, so a seat whose key is locked by a PIN syncs too.
QString seatDeviceId(const MeetingCache &cache)
{
    const QByteArray publicKey = DeviceKey::publicKeyIn(cache.directory());
    return publicKey.isEmpty() ? QString() : deviceIdOf(publicKey);
}

// Where a seat remembers that the organisation revoked its device: it copies no sealed
// document again, even between the full looks that read the directory.
const QString revokedKey = QStringLiteral("trust/device-revoked");

// Whether the organisation's newest verified directory lists deviceId as revoked. A directory
// that cannot be read or verified revokes nothing (it cannot be forged into a wipe).
bool revokedInDirectory(
    const QString &sharePath, const QByteArray &organisationKey, const QString &deviceId)
{
    const Result<DirectoryStore::Reading> reading = DirectoryStore(sharePath).read(organisationKey);
    if (!reading)
        return false;
    for (const DirectoryPerson &person : reading->directory.people) {
        for (const DirectoryDevice &device : person.devices) {
            if (device.id == deviceId)
                return !device.active();
        }
    }
    return false;
}

// The objects a document needs in the cache: its PDF, and the office file it was converted
// from when it has one. A confidential document (share format 2.1) needs its sealed object
// only on a recipient device, and nothing anywhere else: a seat that is not a recipient never
// copies the ciphertext. A document marked confidential but not sealed (2.0) needs nothing.
QList<QPair<QString, qint64>> documentObjects(const DocumentRef &document, const QString &deviceId)
{
    if (document.confidential) {
        if (document.plainSha256.isEmpty() || deviceId.isEmpty()
            || !document.recipientFor(deviceId))
            return {};
        return { { document.sha256, document.size } };
    }
    QList<QPair<QString, qint64>> objects { { document.sha256, document.size } };
    if (!document.original.isEmpty())
        objects.append({ document.original.sha256, document.original.size });
    return objects;
}

// The context of this file's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::SyncEngine)
};

// The title of a document the cache has as confidential that the new revision carries in
// clear without `declassified`; empty when there is none.
QString declassifiedWithoutSaying(
    MeetingCache &cache, const QString &meetingId, const Meeting &next)
{
    const std::optional<Meeting> cached = cache.meeting(meetingId);
    if (!cached)
        return {};
    for (const DocumentRef &document : next.documents) {
        if (document.confidential || document.declassified)
            continue;
        for (const DocumentRef &before : cached->documents) {
            if (before.id == document.id && before.confidential)
                return document.title;
        }
    }
    return {};
}

struct Candidate {
    VerifiedManifest manifest;
};

struct ObjectJob {
    QString sha256;
    qint64 size = 0;
    std::optional<StagedObject> staged; // filled by the worker that copied it
    QString error;
};

SyncReport failure(SyncReport::Outcome outcome, const QString &message)
{
    SyncReport report;
    report.outcome = outcome;
    report.message = message;
    report.finishedAt = QDateTime::currentDateTime();
    return report;
}

} // namespace

QString SyncReport::summary() const
{
    if (outcome != Outcome::Success)
        return message;
    if (deviceRevoked)
        return Tr::tr("The organisation revoked this device: its confidential documents were "
                      "deleted from this computer (%n file(s)).",
            nullptr, confidentialFilesWiped);
    if (!problems.isEmpty())
        return problems.first().message;
    const QString done = updatedMeetings.isEmpty()
        ? Tr::tr("Up to date")
        : Tr::tr("%n meeting(s) updated", nullptr, static_cast<int>(updatedMeetings.size()));
    if (meetingsOutOfScope == 0)
        return done;
    return Tr::tr(
        "%1; %n meeting(s) outside this seat's scope not copied", nullptr, meetingsOutOfScope)
        .arg(done);
}

QString SyncEngine::seatPerson(
    const QString &sharePath, const QByteArray &organisationKey, const QString &deviceId)
{
    if (deviceId.isEmpty())
        return {};
    const Result<DirectoryStore::Reading> reading = DirectoryStore(sharePath).read(organisationKey);
    if (!reading)
        return {};
    const DirectoryPerson *person = reading->directory.personWithDevice(deviceId);
    return person ? person->id : QString();
}

SyncEngine::MeetingsToLookAt SyncEngine::meetingsToLookAt(
    const ShareReader &reader, const ShareInfo &info, const QHash<QString, int> &cached)
{
    // Share format 2.0: the index says which meetings have a revision newer than the cache, in
    // one listing. Every so often (and on a 1.x share, always) every meeting folder is listed:
    // a publisher stopped between its manifest and its index entry, or a stale listing, is
    // caught there (docs/share-format.md, "The index").
    const QDateTime lastFullLook
        = QDateTime::fromString(m_cache.value(cachekeys::lastFullShareLookAt), Qt::ISODateWithMs);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (info.majorVersion >= 2 && lastFullLook.isValid() && lastFullLook <= now
        && lastFullLook.secsTo(now) < fullShareLookSeconds) {
        MeetingsToLookAt look;
        look.fullLook = false;
        for (const shareformat::IndexEntry &entry : reader.indexEntries()) {
            if (entry.revision > cached.value(entry.meetingId, 0)
                && !look.forRevisions.contains(entry.meetingId))
                look.forRevisions << entry.meetingId;
            if (entry.statusNumber > 0 && !look.forStatus.contains(entry.meetingId)
                && entry.statusNumber > m_cache.meetingStatus(entry.meetingId).number)
                look.forStatus << entry.meetingId;
        }
        return look;
    }
    if (info.majorVersion >= 2)
        m_cache.setValue(cachekeys::lastFullShareLookAt, now.toString(Qt::ISODateWithMs));
    const QStringList everyMeeting = reader.meetingIds();
    return { everyMeeting, everyMeeting, true };
}

SyncEngine::SyncEngine(MeetingCache &cache, QString sharePath)
    : m_cache(cache)
    , m_sharePath(std::move(sharePath))
{
}

SyncReport SyncEngine::run(const CancellationToken &cancel, const ProgressCallback &progress)
{
    const ShareReader reader(m_sharePath);
    ShareReader::InfoProblem infoProblem = ShareReader::InfoProblem::None;
    const Result<ShareInfo> info = reader.readInfo(&infoProblem);
    if (!info) {
        switch (infoProblem) {
        case ShareReader::InfoProblem::NewerFormat:
            return failure(SyncReport::Outcome::NewerFormat, info.error());
        case ShareReader::InfoProblem::NotAShare:
        case ShareReader::InfoProblem::Damaged:
            return failure(SyncReport::Outcome::NotAShare, info.error());
        default:
            return failure(SyncReport::Outcome::Unreachable, info.error());
        }
    }

    try {
        const QString offeredFingerprint = keyFingerprint(info->organisationKey);
        const QString required = normaliseFingerprint(m_requiredFingerprint);
        if (!m_requiredFingerprint.isEmpty() && required.isEmpty())
            return failure(SyncReport::Outcome::UntrustedShare,
                Tr::tr("\"%1\" is not a key fingerprint (32 hexadecimal digits), so this "
                       "computer cannot check the share's key. Nothing was read.")
                    .arg(m_requiredFingerprint));
        if (!required.isEmpty() && offeredFingerprint != required)
            return failure(SyncReport::Outcome::UntrustedShare,
                Tr::tr("The share presents the organisation key %1, but this computer "
                       "is set up to trust only %2. Nothing was read.")
                    .arg(offeredFingerprint, required));
        // No trust on first use: a key is pinned only when it matches the fingerprint this seat
        // was given, or after a person confirmed it (pinOrganisation).
        const QByteArray pinned = pinnedOrganisationKey(m_cache);
        if (pinned.isEmpty()) {
            if (required.isEmpty()) {
                SyncReport report = failure(SyncReport::Outcome::OrganisationUnconfirmed,
                    Tr::tr(
                        "The shared folder belongs to \"%1\", whose organisation key has the "
                        "fingerprint %2. This seat has not confirmed it yet: compare it with the "
                        "fingerprint your IT staff gave you before trusting it. Nothing was read.")
                        .arg(info->organisationName, offeredFingerprint));
                report.offered = offeredOrganisation(info->organisationName, info->organisationKey);
                return report;
            }
            if (const Status pinnedNow
                = pinOrganisation(m_cache, info->organisationName, info->organisationKey);
                !pinnedNow)
                return failure(SyncReport::Outcome::Failed, pinnedNow.error());
        } else if (pinned != info->organisationKey) {
            return failure(SyncReport::Outcome::UntrustedShare,
                Tr::tr("The share presents another organisation key (%1) than the one "
                       "this installation trusts (%2). Nothing was read.")
                    .arg(offeredFingerprint, keyFingerprint(pinned)));
        }

        SyncReport report;

        // 0. What this seat did while offline goes out first.
        // A name taken on the share by another file never blocks a record: it goes under a
        // new name (deliverOutboxItem, the same step the session scanner runs).
        Outbox outbox(m_cache.database());
        ArrivalLog arrivals(m_cache.database());
        // On a 2.0 share a ballot goes into its poll's meeting: the one this seat saw it in.
        const PollMeeting pollMeeting
            = [&arrivals](const QString &pollOpen) { return arrivals.meetingOf(pollOpen); };
        for (const Outbox::Item &item : outbox.pending()) {
            const OutboxDelivery delivery = deliverOutboxItem(m_sharePath, item, pollMeeting);
            if (!delivery.delivered) {
                if (delivery.renamed)
                    outbox.rename(item.id, delivery.fileName);
                report.problems << SyncProblem { SyncProblem::Kind::NotDelivered, {}, 0,
                    Tr::tr("%1 could not be delivered to the share: %2")
                        .arg(item.fileName, delivery.error) };
                continue;
            }
            outbox.markDelivered(item.id, delivery.fileName);
            ++report.recordsDelivered;
        }

        const QHash<QString, int> cached = m_cache.cachedRevisions();
        QString deviceId = seatDeviceId(m_cache);

        // Sync scope (docs/cache.md): a seat of a person copies that person's meetings and those
        // open to all staff. A meeting left out is remembered at its revision, so it is not
        // verified again until a newer revision (which may add the person) is published.
        const QString person = m_scope == SyncScope::Own
            ? seatPerson(m_sharePath, info->organisationKey, deviceId)
            : QString();
        const QString decidedFor = person.isEmpty() ? QString() : QStringLiteral("own:") + person;
        CacheRetention retention(m_cache);
        QHash<QString, int> known = cached;
        {
            const QHash<QString, int> skipped = retention.outOfScope(decidedFor);
            for (auto it = skipped.cbegin(); it != skipped.cend(); ++it)
                known.insert(it.key(), std::max(it.value(), known.value(it.key(), 0)));
        }
        const auto inScope = [&person](const Meeting &meeting) {
            return person.isEmpty() || meeting.isParticipant(person)
                || meeting.openToAllStaffInEffect();
        };
        // Documents of meetings past the days this seat keeps them are not copied (eviction).
        const auto neededObjects
            = [this, &deviceId](const Meeting &meeting, const DocumentRef &document) {
                  return CacheRetention::isPast(meeting, m_keepDays)
                      ? QList<QPair<QString, qint64>>()
                      : documentObjects(document, deviceId);
              };
        const MeetingsToLookAt lookAt = meetingsToLookAt(reader, info.value(), known);

        // Remote wipe: a device the organisation revoked in its signed directory (a lost or
        // stolen tablet) deletes the sealed copies of confidential documents it holds, and
        // copies no more. Looked at when every meeting folder is (each sync on a 1.x share, the
        // full looks on 2.0: a poll with nothing new stays at the index).
        if (!deviceId.isEmpty() && (lookAt.fullLook || m_cache.value(revokedKey) == deviceId)) {
            if (revokedInDirectory(m_sharePath, info->organisationKey, deviceId)) {
                m_cache.setValue(revokedKey, deviceId);
                report.deviceRevoked = true;
                const Result<int> wiped = m_cache.removeConfidentialObjects();
                if (!wiped)
                    return failure(SyncReport::Outcome::Failed, wiped.error());
                report.confidentialFilesWiped = wiped.value();
                deviceId.clear();
            }
        }

        // 1. The newest valid revision of each meeting that is newer than the cache.
        QList<Candidate> candidates;
        for (const QString &meetingId : lookAt.forRevisions) {
            const int knownRevision = known.value(meetingId, 0);
            for (int revision : reader.manifestRevisions(meetingId)) {
                if (revision <= knownRevision)
                    break;
                Result<VerifiedManifest> manifest
                    = reader.readManifest(meetingId, revision, info->organisationKey);
                // A document this seat has as confidential comes back in clear only when the
                // organisation declassified it (docs/share-format.md, "Sealed documents").
                if (manifest && cached.value(meetingId, 0) > 0) {
                    if (const QString downgraded
                        = declassifiedWithoutSaying(m_cache, meetingId, manifest->meeting);
                        !downgraded.isEmpty())
                        manifest = Result<VerifiedManifest>::failure(
                            Tr::tr("the confidential document \"%1\" is published in clear "
                                   "without being declassified")
                                .arg(downgraded));
                }
                if (manifest && !inScope(manifest->meeting)) {
                    const Result<bool> left
                        = retention.markOutOfScope(meetingId, revision, decidedFor);
                    if (!left)
                        return failure(SyncReport::Outcome::Failed, left.error());
                    if (left.value()) {
                        ++report.meetingsLeftScope;
                        report.updatedMeetings << meetingId; // the lists reload without it
                    }
                    break;
                }
                if (manifest) {
                    candidates << Candidate { std::move(manifest).value() };
                    break;
                }
                report.problems << SyncProblem { SyncProblem::Kind::Rejected, meetingId, revision,
                    Tr::tr("Meeting %1, revision %2 was rejected: %3")
                        .arg(meetingId)
                        .arg(revision)
                        .arg(manifest.error()) };
            }
        }

        // 2. The objects they need that the cache does not have yet, each once.
        std::vector<ObjectJob> jobs;
        QSet<QString> queued;
        SyncProgress totals;
        for (const Candidate &candidate : std::as_const(candidates)) {
            for (const DocumentRef &document : candidate.manifest.meeting.documents) {
                // A document converted from an office file brings its original too (share
                // format 1.2): both are part of the revision. A confidential one only its
                // ciphertext, and only to a recipient (2.1).
                for (const auto &[sha256, size] :
                    neededObjects(candidate.manifest.meeting, document)) {
                    if (queued.contains(sha256) || m_cache.objects().contains(sha256))
                        continue;
                    queued.insert(sha256);
                    jobs.push_back({ sha256, size, {} });
                    totals.bytesTotal += size;
                }
            }
        }
        totals.objectsTotal = static_cast<int>(jobs.size());

        // 3. Copy and verify them, a few at a time.
        std::atomic_size_t nextJob = 0;
        QMutex progressMutex;
        SyncProgress done = totals;
        auto worker = [&]() {
            for (size_t index = nextJob++; index < jobs.size(); index = nextJob++) {
                ObjectJob &job = jobs[index];
                Result<StagedObject> staged = m_cache.objects().stageFile(
                    reader.objectPath(job.sha256), job.sha256, job.size, cancel);
                if (staged)
                    job.staged = std::move(staged).value();
                else
                    job.error = staged.error();
                QMutexLocker lock(&progressMutex);
                ++done.objectsDone;
                done.bytesDone += job.size;
                if (progress)
                    progress(done);
            }
        };
        {
            std::vector<std::jthread> threads;
            const int threadCount = std::min<int>(m_copyThreads, static_cast<int>(jobs.size()));
            for (int i = 1; i < threadCount; ++i)
                threads.emplace_back(worker);
            worker();
        }
        std::vector<StagedObject> staged;
        QHash<QString, QString> objectErrors;
        for (const ObjectJob &job : jobs) {
            if (job.staged) {
                staged.push_back(*job.staged);
                ++report.objectsCopied;
                report.bytesCopied += job.size;
            } else {
                objectErrors.insert(job.sha256, job.error);
            }
        }
        if (cancel.isCancelled()) {
            m_cache.objects().discardStaged(staged);
            return failure(SyncReport::Outcome::Cancelled, Tr::tr("Sync cancelled"));
        }
        // Whatever was verified is kept, so an interrupted sync resumes where it stopped.
        if (const Status committed = m_cache.objects().commitStaged(staged); !committed)
            return failure(SyncReport::Outcome::Failed, committed.error());
        // Only worth a look at the share when something was read from it.
        const bool shareVanished = !candidates.isEmpty() && !reader.isReachable();

        // 4. Each meeting whose objects are all here becomes visible in one transaction.
        for (const Candidate &candidate : std::as_const(candidates)) {
            const Meeting &meeting = candidate.manifest.meeting;
            QString missing;
            for (const DocumentRef &document : meeting.documents) {
                for (const auto &[sha256, size] : neededObjects(meeting, document)) {
                    if (m_cache.objects().contains(sha256))
                        continue;
                    missing = Tr::tr("the document \"%1\" %2")
                                  .arg(document.title,
                                      objectErrors.contains(sha256)
                                          ? Tr::tr("could not be copied: %1")
                                                .arg(objectErrors.value(sha256))
                                          : Tr::tr("has not arrived yet"));
                    break;
                }
                if (!missing.isEmpty())
                    break;
            }
            if (!missing.isEmpty()) {
                report.problems << SyncProblem { SyncProblem::Kind::NotArrivedYet, meeting.id,
                    meeting.revision,
                    Tr::tr("Meeting \"%1\" (revision %2) is not updated yet: %3")
                        .arg(meeting.title)
                        .arg(meeting.revision)
                        .arg(missing) };
                continue;
            }
            m_cache.storeMeeting(meeting, candidate.manifest.bytes);
            report.updatedMeetings << meeting.id;
        }

        // 5. Each meeting's newest status record (postponed, cancelled, ...) newer than the
        // cache's: one not signed by the organisation key is refused and reported, and the
        // next lower number is tried, as for manifests. On a 2.0 share, between full looks, only
        // where the index announces one.
        const QHash<QString, int> outOfScope = retention.outOfScope(decidedFor);
        report.meetingsOutOfScope = static_cast<int>(outOfScope.size());
        for (const QString &meetingId : lookAt.forStatus) {
            if (outOfScope.contains(meetingId))
                continue;
            const int knownNumber = m_cache.meetingStatus(meetingId).number;
            for (const int number : reader.statusRecordNumbers(meetingId)) {
                if (number <= knownNumber)
                    break;
                const Result<MeetingStatus> status
                    = reader.readMeetingStatus(meetingId, number, info->organisationKey);
                if (status) {
                    m_cache.storeMeetingStatus(meetingId, status.value());
                    if (!report.updatedMeetings.contains(meetingId))
                        report.updatedMeetings << meetingId;
                    break;
                }
                report.problems << SyncProblem { SyncProblem::Kind::Rejected, meetingId, 0,
                    Tr::tr("Meeting %1: status record %2 was refused: %3")
                        .arg(
                            meetingId, shareformat::statusRecordFileName(number), status.error()) };
            }
        }

        // Eviction (docs/cache.md): the documents of meetings past the days this seat keeps them
        // leave the object store; everything else about those meetings stays.
        if (m_keepDays > 0 && !cancel.isCancelled()) {
            const Result<EvictionResult> evicted = retention.evict(m_keepDays);
            if (!evicted)
                return failure(SyncReport::Outcome::Failed, evicted.error());
            report.objectsEvicted = evicted->objectsDeleted;
            report.bytesEvicted = evicted->bytesFreed;
        }

        // 6. Consultations (issue 17, docs/consultation-format.md): the newest verified revision
        // of each and its documents, then the verified answers and close, into tables of their
        // own. A revision whose documents have not all arrived waits for the next sync. On a 2.0
        // share only at a full look: a poll with nothing new stays the descriptor and the index
        // (the consultations' own view refreshes them when it is opened).
        if (!shareVanished && !cancel.isCancelled() && lookAt.fullLook) {
            ConsultationService consultations(m_cache, m_sharePath);
            const Result<ConsultationRefresh> refreshed = consultations.refresh();
            if (refreshed) {
                report.updatedConsultations = refreshed->updated;
                for (const QString &problem : refreshed->problems)
                    report.problems << SyncProblem { SyncProblem::Kind::Rejected, {}, 0, problem };
            } else {
                report.problems << SyncProblem { SyncProblem::Kind::NotArrivedYet, {}, 0,
                    Tr::tr("Consultations were not read: %1").arg(refreshed.error()) };
            }
        }

        if (shareVanished) {
            report.outcome = SyncReport::Outcome::Unreachable;
            report.message = Tr::tr("The share %1 became unreachable during the sync; the cache "
                                    "keeps its last good state")
                                 .arg(QDir::toNativeSeparators(m_sharePath));
        } else {
            m_cache.setValue(
                cachekeys::lastSyncAt, QDateTime::currentDateTime().toString(Qt::ISODateWithMs));
            m_cache.setValue(cachekeys::sharePath, m_sharePath);
        }
        report.finishedAt = QDateTime::currentDateTime();
        return report;
    } catch (const DatabaseError &error) {
        return failure(SyncReport::Outcome::Failed,
            error.isDiskFull()
                ? Tr::tr("The disk is full: the cache could not be updated and keeps its "
                         "last good state")
                : Tr::tr("The local cache could not be updated: %1")
                      .arg(QString::fromUtf8(error.what())));
    }
}

} // namespace phonghop
