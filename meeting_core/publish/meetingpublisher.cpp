#include "meetingpublisher.h"

#include "meeting_core/confidential/sealeddocument.h"
#include "meeting_core/org/directorystore.h"
#include "meeting_core/org/rosterbuilder.h"
#include "meeting_core/publish/officepreparation.h"
#include "meeting_core/share/shareformat.h"
#include "meeting_core/share/sharereader.h"
#include "meeting_core/share/sharewriter.h"
#include "meeting_core/trust/devicekey.h"
#include "meeting_core/util/sha256.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>
#include <algorithm>

namespace phonghop {

namespace {

// The context of this file's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::MeetingPublisher)
};

PublishOutcome failed(PublishOutcome::Kind kind, const QString &message)
{
    PublishOutcome outcome;
    outcome.kind = kind;
    outcome.message = message;
    return outcome;
}

// Participants given by id only (MEETING.json may name just id, role and weight) take their
// name and position from the organisation's directory; role and weight too when the role is
// missing. Returns the ids that have no name and are not in the directory.
QStringList completeFromDirectory(DraftMeeting &draft, const PeopleDirectory &directory)
{
    QStringList unknown;
    for (DraftParticipant &participant : draft.participants) {
        const DirectoryPerson *person = directory.person(participant.id);
        if (!person) {
            if (participant.fullName.trimmed().isEmpty())
                unknown << participant.id;
            continue;
        }
        if (participant.fullName.trimmed().isEmpty())
            participant.fullName = person->fullName;
        if (participant.position.trimmed().isEmpty())
            participant.position = person->position;
        if (!participant.role) {
            participant.role = person->defaultRole;
            participant.voteWeight = double(person->weight);
        }
    }
    return unknown;
}

// The devices a confidential document's key is sealed to: every enrolled (not revoked) device
// the meeting's roster lists for each recipient (the roster is built from the directory).
QList<RecipientDevice> recipientDevices(
    const DraftDocument &document, const Roster &roster, QStringList *withoutDevice)
{
    QList<RecipientDevice> devices;
    for (const QString &recipient : document.recipientIds) {
        const RosterParticipant *participant = roster.participant(recipient);
        if (!participant || participant->devices.isEmpty()) {
            *withoutDevice << recipient;
            continue;
        }
        for (const RosterDevice &device : participant->devices) {
            if (std::none_of(devices.cbegin(), devices.cend(),
                    [&](const RecipientDevice &d) { return d.publicKey == device.publicKey; }))
                devices << RecipientDevice { recipient, device.publicKey };
        }
    }
    return devices;
}

} // namespace

MeetingPublisher::MeetingPublisher(QString sharePath, SigningKey key)
    : m_sharePath(std::move(sharePath))
    , m_key(std::move(key))
    , m_converter(std::make_unique<OfficeConverter>())
{
}

int MeetingPublisher::highestManifestRevision(const QString &meetingId) const
{
    // Only a revision that verifies is news: an unsigned 99999999.manifest.json is not.
    return ShareWriter(m_sharePath).highestValidRevision(meetingId, m_key.publicKey());
}

QString MeetingPublisher::recentLoneSignatureAbove(const QString &meetingId, int revision) const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto lone = ShareReader(m_sharePath).loneSignatures(meetingId);
    std::sort(lone.begin(), lone.end(),
        [](const QPair<int, QDateTime> &a, const QPair<int, QDateTime> &b) {
            return a.first < b.first;
        });
    // Names above `revision` that some file already uses: a publisher starting now skips them.
    QSet<int> used;
    for (const QPair<int, QDateTime> &signature : lone)
        used.insert(signature.first);
    for (const int manifest : ShareReader(m_sharePath).manifestRevisions(meetingId))
        used.insert(manifest);
    // mtimes lie on shares; this is only a hint to wait rather than to race. Only the signature
    // where another publisher working from the same revision would be writing counts (the
    // first number above it that was free), and only when its time is plausible: a
    // signature dated in the future, or one far above, is a squatter's and is skipped.
    constexpr qint64 clockSkew = 300;
    for (const QPair<int, QDateTime> &signature : std::as_const(lone)) {
        if (signature.first <= revision)
            continue;
        bool contiguous = true;
        for (int below = revision + 1; below < signature.first && contiguous; ++below)
            contiguous = used.contains(below);
        if (!contiguous)
            break;
        const qint64 age = signature.second.secsTo(now);
        if (age >= -clockSkew && age < m_inProgressWindow)
            return shareformat::signatureFileName(signature.first);
    }
    return {};
}

PublishOutcome MeetingPublisher::newerRevisionOutcome(const DraftMeeting &draft, int newest) const
{
    PublishOutcome outcome;
    outcome.kind = PublishOutcome::Kind::NewerRevisionExists;
    outcome.newerRevision = newest;
    const int base = draft.basedOnRevision.value_or(0);
    outcome.message = base > 0
        ? Tr::tr(
            "Revision %1 of this meeting was published by someone else after revision %2, which "
            "you were editing. Nothing was published. Review their changes, then publish again.")
              .arg(newest)
              .arg(base)
        : Tr::tr(
            "A meeting with the id \"%1\" was already published (revision %2) by someone else. "
            "Nothing was published. Review it, then publish again.")
              .arg(draft.id)
              .arg(newest);
    const ShareReader reader(m_sharePath);
    const Result<ShareInfo> info = reader.readInfo();
    if (!info)
        return outcome;
    const auto newer = reader.readManifest(draft.id, newest, info->organisationKey);
    if (!newer)
        return outcome;
    Meeting before;
    if (base > 0) {
        const auto previous = reader.readManifest(draft.id, base, info->organisationKey);
        if (previous)
            before = previous->meeting;
    }
    outcome.theirChanges = diffMeetings(before, newer->meeting);
    return outcome;
}

PublishOutcome MeetingPublisher::publish(
    const DraftMeeting &draft, const CancellationToken &cancel, const ProgressCallback &progress)
{
    using K = PublishOutcome::Kind;
    // The organisation's directory, read with this key as the trusted one (a share without
    // one, or that cannot be read yet, simply completes nothing; the checks below report it).
    PeopleDirectory directory;
    if (const Result<DirectoryStore::Reading> reading
        = DirectoryStore(m_sharePath).read(m_key.publicKey()))
        directory = reading->directory;
    DraftMeeting completed = draft;
    const QStringList unknown = completeFromDirectory(completed, directory);

    QList<ValidationProblem> problems;
    for (const QString &id : unknown)
        problems << ValidationProblem { ValidationProblem::Kind::ParticipantNotInDirectory, id,
            Tr::tr("The participant \u201C%1\u201D has no name and is not in the organisation's "
                   "directory: add them to the directory, or give their name.")
                .arg(id) };
    for (const ValidationProblem &problem : PublishValidator().validate(completed)) {
        if (!(problem.kind == ValidationProblem::Kind::ParticipantWithoutName
                && unknown.contains(problem.subjectId)))
            problems << problem;
    }
    // The roster must be possible before anything is written (one chair, keys listed once).
    // Confidential documents are sealed to the devices it lists for their recipients.
    QHash<QString, QList<RecipientDevice>> sealTo;
    if (!PublishValidator::hasBlocking(problems) && !completed.participants.isEmpty()) {
        const Roster roster = buildRoster(
            draft::toMeeting(completed, {}), directory, 1, QDateTime::currentDateTimeUtc());
        if (Status valid = roster.validate(); !valid)
            problems << ValidationProblem { ValidationProblem::Kind::RosterInvalid, completed.id,
                Tr::tr("The meeting's roster cannot be made: %1").arg(valid.error()) };
        for (const DraftDocument &document : std::as_const(completed.documents)) {
            if (!document.confidential)
                continue;
            QStringList withoutDevice;
            sealTo.insert(document.id, recipientDevices(document, roster, &withoutDevice));
            for (const QString &person : std::as_const(withoutDevice))
                problems << ValidationProblem { ValidationProblem::Kind::RecipientWithoutDevice,
                    document.id,
                    Tr::tr("The confidential document \u201C%1\u201D cannot be sealed for "
                           "\u201C%2\u201D: they have no enrolled device. Enrol a device for "
                           "them, or remove them from the recipients.")
                        .arg(document.title, person) };
        }
    }
    if (PublishValidator::hasBlocking(problems)) {
        PublishOutcome outcome = failed(K::Invalid,
            Tr::tr("The meeting was not published: %1")
                .arg(PublishValidator::describe(problems).first()));
        outcome.problems = problems;
        return outcome;
    }

    const ShareReader reader(m_sharePath);
    const Result<ShareInfo> info = reader.readInfo();
    if (!info)
        return failed(K::Failed, Tr::tr("The share cannot be used: %1").arg(info.error()));
    if (info->organisationKey != m_key.publicKey())
        return failed(K::Failed,
            Tr::tr("This key cannot publish to this share: the share belongs to "
                   "another organisation key (%1).")
                .arg(keyFingerprint(info->organisationKey)));

    // Sealed documents are share format 2.1 (confidential/sealeddocument.h).
    for (const DraftDocument &document : std::as_const(completed.documents)) {
        const QString tooOld = document.confidential
            ? sealedDocumentShareProblem(document.title, info->majorVersion, info->minorVersion)
            : QString();
        if (!tooOld.isEmpty()) {
            PublishOutcome outcome
                = failed(K::Invalid, Tr::tr("The meeting was not published: %1").arg(tooOld));
            outcome.problems = problems;
            outcome.problems << ValidationProblem { ValidationProblem::Kind::ConfidentialOnOldShare,
                document.id, outcome.message };
            return outcome;
        }
    }

    // Ask first, so a lost race costs no upload of large scans.
    std::optional<int> writerBase;
    if (draft.basedOnRevision) {
        const int newest = highestManifestRevision(draft.id);
        if (newest > *draft.basedOnRevision)
            return newerRevisionOutcome(draft, newest);
        if (const QString busy = recentLoneSignatureAbove(draft.id, *draft.basedOnRevision);
            !busy.isEmpty())
            return failed(K::Failed,
                Tr::tr("Someone else is publishing this meeting right now. Wait a "
                       "minute, then publish again.")
                    + u' '
                    + Tr::tr(
                        "If this stays so for more than a few minutes, %1 in the meeting's folder "
                        "of the share is not a publication: ask IT to look at it.")
                          .arg(busy));
        // Lone signatures of abandoned publications and names that do not verify are skipped
        // by the writer, not mistaken for news.
        writerBase = *draft.basedOnRevision;
    }

    PublishProgress state;
    state.documentsTotal = int(draft.documents.size());

    // Office documents become PDFs before anything is stored: a document LibreOffice cannot
    // convert is a problem with its name, and nothing is written.
    OfficePreparation preparation(*m_converter, m_sharePath);
    QList<DocumentRef> publishedDocuments; // of the newest revision on the share
    if (const int newest = highestManifestRevision(draft.id); newest > 0) {
        if (const auto published = reader.readManifest(draft.id, newest, m_key.publicKey())) {
            preparation.setPublishedDocuments(published->meeting.documents);
            publishedDocuments = published->meeting.documents;
            // A document published confidential is never republished in clear by accident:
            // only a draft that declassifies it says so (docs/publish-format.md).
            QList<ValidationProblem> downgrades;
            for (const DraftDocument &document : std::as_const(completed.documents)) {
                if (document.confidential || document.declassified)
                    continue;
                for (const DocumentRef &before : published->meeting.documents) {
                    if (before.id == document.id && before.confidential)
                        downgrades << ValidationProblem {
                            ValidationProblem::Kind::ConfidentialDowngrade, document.id,
                            Tr::tr("The document \u201C%1\u201D was published as confidential; "
                                   "it is not published in clear unless it is declassified "
                                   "(\"declassified\": true).")
                                .arg(document.title)
                        };
                }
            }
            if (!downgrades.isEmpty()) {
                PublishOutcome outcome = failed(K::Invalid,
                    Tr::tr("The meeting was not published: %1").arg(downgrades.first().message));
                outcome.problems = problems + downgrades;
                return outcome;
            }
        }
    }
    const QHash<QString, PreparedDocument> prepared
        = preparation.prepare(completed, cancel, [&](const ConversionStep &step) {
              state.converting = true;
              state.conversionsDone = step.done;
              state.conversionsTotal = step.total;
              state.currentDocument = step.documentTitle;
              state.conversionElapsedMs = step.time.elapsedMs;
              state.conversionTimeLimitMs = step.time.timeLimitMs;
              if (progress)
                  progress(state);
          });
    state.converting = false;
    if (preparation.cancelled())
        return failed(K::Cancelled, Tr::tr("Publication cancelled; the share is unchanged."));
    if (!preparation.problems().isEmpty()) {
        PublishOutcome outcome = failed(K::Invalid,
            Tr::tr("The meeting was not published: %1")
                .arg(preparation.problems().first().message));
        outcome.problems = problems + preparation.problems();
        return outcome;
    }

    // What goes into the share, per document: its PDF, then its original when it has one.
    for (const PreparedDocument &document : prepared) {
        state.bytesTotal += QFileInfo(document.pdfPath).size();
        if (!document.originalPath.isEmpty())
            state.bytesTotal += QFileInfo(document.originalPath).size();
    }
    if (progress)
        progress(state);

    ShareWriter writer(m_sharePath);
    QHash<QString, QPair<QString, qint64>> objects;
    QHash<QString, OriginalFile> originals;
    QHash<QString, SealedDocument> sealed;
    QStringList notices;
    // Sealed files are written here first, then stored like any object (by their own hash).
    QTemporaryDir sealing;
    for (const DraftDocument &document : completed.documents) {
        if (cancel.isCancelled())
            return failed(K::Cancelled, Tr::tr("Publication cancelled; the share is unchanged."));
        PreparedDocument entry = prepared.value(document.id);
        if (document.confidential) {
            // Only the ciphertext goes to the share; an office original would be readable by
            // anyone, so a confidential document is published without it.
            if (!sealing.isValid())
                return failed(K::Failed,
                    Tr::tr("The confidential document \u201C%1\u201D could not be sealed: no "
                           "temporary folder. Nothing was published.")
                        .arg(document.title));
            // The same PDF for the same devices as in the revision on the share: its sealed
            // object and keys are kept, so seats see no change and copy nothing again.
            if (const DocumentRef *before = reusableSeal(publishedDocuments, document.id,
                    entry.pdfPath, sealTo.value(document.id),
                    [&reader](const QString &sha256) { return reader.objectPath(sha256); })) {
                SealedDocument kept;
                kept.file.plainSha256 = before->plainSha256;
                kept.file.plainSize = before->plainSize;
                kept.file.sealedSize = before->size;
                kept.recipients = before->recipients;
                sealed.insert(document.id, kept);
                objects.insert(document.id, qMakePair(before->sha256, before->size));
                state.bytesDone += QFileInfo(entry.pdfPath).size();
                ++state.documentsDone;
                if (progress)
                    progress(state);
                continue;
            }
            const QString sealedPath = sealing.filePath(document.id + QStringLiteral(".sealed"));
            Result<SealedDocument> made
                = sealDocument(entry.pdfPath, sealedPath, sealTo.value(document.id), cancel);
            if (!made) {
                if (cancel.isCancelled())
                    return failed(
                        K::Cancelled, Tr::tr("Publication cancelled; the share is unchanged."));
                return failed(K::Failed,
                    Tr::tr("The confidential document \u201C%1\u201D could not be sealed: %2. "
                           "Nothing was published.")
                        .arg(document.title, made.error()));
            }
            sealed.insert(document.id, std::move(made).value());
            entry.pdfPath = sealedPath;
            entry.originalPath.clear();
        }
        QStringList files { entry.pdfPath };
        if (!entry.originalPath.isEmpty())
            files << entry.originalPath;
        state.currentDocument = document.title;
        state.currentBytes = 0;
        for (const QString &file : files)
            state.currentBytes += QFileInfo(file).size();
        if (progress)
            progress(state);
        for (const QString &file : files) {
            const qint64 bytesBefore = state.bytesDone;
            const Result<StoredObject> stored
                = writer.putObject(file, cancel, [&](qint64 done, qint64) {
                      state.bytesDone = bytesBefore + done;
                      if (progress)
                          progress(state);
                  });
            state.bytesDone = bytesBefore;
            if (!stored) {
                if (cancel.isCancelled())
                    return failed(
                        K::Cancelled, Tr::tr("Publication cancelled; the share is unchanged."));
                return failed(K::Failed,
                    Tr::tr("Document \u201C%1\u201D could not be stored in the share: %2. "
                           "Nothing was published.")
                        .arg(document.title, stored.error()));
            }
            if (stored->repaired)
                notices << Tr::tr(
                    "The document \u201C%1\u201D was damaged in the shared folder (%2); it has "
                    "been stored again.")
                               .arg(document.title, stored->damage);
            if (file == entry.pdfPath) {
                objects.insert(document.id, qMakePair(stored->sha256, stored->size));
            } else {
                OriginalFile original = entry.original;
                original.sha256 = stored->sha256;
                original.size = stored->size;
                originals.insert(document.id, original);
            }
            state.bytesDone += QFileInfo(file).size();
        }
        ++state.documentsDone;
        if (progress)
            progress(state);
    }
    if (cancel.isCancelled())
        return failed(K::Cancelled, Tr::tr("Publication cancelled; the share is unchanged."));

    Meeting meeting = draft::toMeeting(completed, objects);
    for (DocumentRef &document : meeting.documents) {
        if (const auto seal = sealed.constFind(document.id); seal != sealed.constEnd()) {
            applySeal(document, *seal);
            if (!prepared.value(document.id).pdfFileName.isEmpty())
                document.fileName = prepared.value(document.id).pdfFileName;
        }
        if (const auto original = originals.constFind(document.id);
            original != originals.constEnd()) {
            document.original = *original;
            document.fileName = prepared.value(document.id).pdfFileName;
        }
    }
    QStringList skipped;
    const Result<int> revision = writer.publish(meeting, m_key, writerBase, &skipped);
    if (!revision) {
        const int newest = highestManifestRevision(draft.id);
        if (draft.basedOnRevision && newest > *draft.basedOnRevision)
            return newerRevisionOutcome(draft, newest);
        return failed(K::Failed, Tr::tr("The meeting was not published: %1").arg(revision.error()));
    }
    PublishOutcome outcome;
    outcome.kind = K::Published;
    outcome.revision = revision.value();
    outcome.meeting = meeting;
    outcome.meeting.revision = revision.value();
    outcome.problems = problems; // warnings only
    outcome.message
        = Tr::tr("Published revision %1 of \u201C%2\u201D.").arg(revision.value()).arg(draft.title);
    // Names in the way and repaired documents are said, so that a squatter is noticed rather
    // than silently stepped over.
    outcome.notices = notices + skipped;
    if (!outcome.notices.isEmpty())
        outcome.message += u' ' + outcome.notices.join(u' ');
    // The roster beside the manifest: a new revision only when participants, roles, weights or
    // enrolled devices changed. The manifest cannot be taken back, so a roster that fails
    // leaves a publication that seats can read but not run: reported as Failed, honestly.
    if (!meeting.participants.isEmpty()) {
        const Result<qint64> roster = publishRoster(m_sharePath, outcome.meeting, directory, m_key);
        if (!roster) {
            outcome.kind = K::Failed;
            outcome.message
                = Tr::tr("Revision %1 of \u201C%2\u201D was published, but its roster could "
                         "not be written: %3. Seats cannot check in or vote until it is; "
                         "publish again.")
                      .arg(revision.value())
                      .arg(draft.title, roster.error());
            return outcome;
        }
        outcome.rosterRevision = roster.value();
        outcome.message += u' ' + Tr::tr("The roster is at revision %1.").arg(roster.value());
    }
    return outcome;
}

void MeetingPublisher::markPublished(DraftMeeting &draft, const PublishOutcome &outcome)
{
    if (outcome.revision <= 0)
        return;
    draft.basedOnRevision = outcome.revision;
    for (DraftDocument &document : draft.documents) {
        for (const DocumentRef &ref : outcome.meeting.documents) {
            if (ref.id == document.id)
                document.publishedSha256 = ref.sha256;
        }
    }
}

} // namespace phonghop
