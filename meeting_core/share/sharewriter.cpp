#include "sharewriter.h"

#include "meeting_core/share/manifestcodec.h"
#include "meeting_core/share/meetingstatusrecord.h"
#include "meeting_core/share/shareformat.h"
#include "meeting_core/share/sharereader.h"
#include "meeting_core/trust/signingkey.h"
#include "meeting_core/util/atomicfile.h"
#include "meeting_core/util/boundedfile.h"
#include "meeting_core/util/hashingcopy.h"
#include "meeting_core/util/sha256.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <algorithm>

namespace phonghop {

namespace {
// The context of this file's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::ShareWriter)
};
} // namespace

ShareWriter::ShareWriter(QString rootPath)
    : m_root(std::move(rootPath))
{
}

Status ShareWriter::initialise(
    const QString &organisationName, const SigningKey &organisationKey, int majorVersion)
{
    QDir root(m_root);
    for (const QString &folder :
        { shareformat::objectsFolder, shareformat::meetingsFolder, shareformat::devicesFolder }) {
        if (!root.mkpath(folder))
            return Status::failure(Tr::tr("Cannot create %1 in the share").arg(folder));
    }
    const QString descriptorPath = root.filePath(shareformat::descriptorFileName);
    if (QFileInfo::exists(descriptorPath)) {
        const Result<ShareInfo> info = ShareReader(m_root).readInfo();
        if (!info)
            return Status::failure(info.error());
        if (info->organisationKey != organisationKey.publicKey())
            return Status::failure(Tr::tr("This share belongs to another organisation key"));
        return Status::success();
    }
    const QJsonObject descriptor {
        { QStringLiteral("format"), QStringLiteral("phonghop-share") },
        { QStringLiteral("version"), shareformat::versionText(majorVersion) },
        { QStringLiteral("organisation"),
            QJsonObject { { QStringLiteral("name"), organisationName },
                { QStringLiteral("publicKey"),
                    QString::fromLatin1(organisationKey.publicKey().toBase64()) } } },
        { QStringLiteral("createdAt"), QDateTime::currentDateTime().toString(Qt::ISODateWithMs) },
    };
    if (majorVersion >= 2 && !root.mkpath(shareformat::indexFolder))
        return Status::failure(
            Tr::tr("Cannot create %1 in the share").arg(shareformat::indexFolder));
    m_formatMajor = 0;
    return atomicfile::writeNew(descriptorPath, QJsonDocument(descriptor).toJson());
}

int ShareWriter::formatMajor() const
{
    if (m_formatMajor == 0) {
        const Result<ShareInfo> info = ShareReader(m_root).readInfo();
        m_formatMajor = info ? info->majorVersion : shareformat::legacyMajorVersion;
    }
    return m_formatMajor;
}

Status ShareWriter::upgrade(const SigningKey &organisationKey)
{
    const QString descriptorPath = QDir(m_root).filePath(shareformat::descriptorFileName);
    const Result<ShareInfo> info = ShareReader(m_root).readInfo();
    if (!info)
        return Status::failure(info.error());
    if (info->organisationKey != organisationKey.publicKey())
        return Status::failure(Tr::tr("This share belongs to another organisation key"));
    if (!QDir(m_root).mkpath(shareformat::indexFolder))
        return Status::failure(
            Tr::tr("Cannot create %1 in the share").arg(shareformat::indexFolder));
    // The index first: a 2.0 seat that reads the new descriptor finds every meeting in it.
    const ShareReader reader(m_root);
    for (const QString &meetingId : reader.meetingIds()) {
        const int revision = highestValidRevision(meetingId, organisationKey.publicKey());
        if (revision > 0) {
            if (Status announced = announceRevision(meetingId, revision); !announced)
                return announced;
        }
        // Its newest status record too: a 2.0 seat looks for status records where the index
        // announces them. Which one is valid is for the reader to check, as always.
        const QList<int> statuses = reader.statusRecordNumbers(meetingId);
        if (!statuses.isEmpty()) {
            if (Status announced = announceStatus(meetingId, statuses.first()); !announced)
                return announced;
        }
    }
    if (info->majorVersion >= shareformat::majorVersion)
        return Status::success();
    const Result<QByteArray> bytes
        = boundedfile::read(descriptorPath, shareformat::limits::descriptor);
    if (!bytes)
        return Status::failure(bytes.error());
    QJsonObject descriptor = QJsonDocument::fromJson(bytes.value()).object();
    descriptor.insert(QStringLiteral("version"), shareformat::versionText());
    descriptor.insert(
        QStringLiteral("upgradedAt"), QDateTime::currentDateTime().toString(Qt::ISODateWithMs));
    // The one file an organisation replaces, once: a new descriptor takes the name in one step.
    const QString temporaryPath = atomicfile::temporarySiblingPath(descriptorPath);
    if (Status written = atomicfile::writeNew(temporaryPath, QJsonDocument(descriptor).toJson());
        !written)
        return written;
    if (!atomicfile::replaceExisting(temporaryPath, descriptorPath)) {
        QFile::remove(temporaryPath);
        return Status::failure(Tr::tr("%1 could not be replaced in the shared folder")
                                   .arg(shareformat::descriptorFileName));
    }
    atomicfile::flushDirectory(m_root);
    m_formatMajor = 0;
    return Status::success();
}

Status ShareWriter::announceRevision(const QString &meetingId, int revision)
{
    return announce(shareformat::indexEntryName(meetingId, revision));
}

Status ShareWriter::announceStatus(const QString &meetingId, int number)
{
    return announce(shareformat::statusIndexEntryName(meetingId, number));
}

Status ShareWriter::announce(const QString &entryName)
{
    const QString path = QDir(m_root).filePath(shareformat::indexFolder + u'/' + entryName);
    if (boundedfile::inspect(path) != boundedfile::Refusal::Missing)
        return Status::success(); // announced already (its content is never read)
    QDir().mkpath(QFileInfo(path).absolutePath());
    return atomicfile::writeNew(path, QByteArray());
}

ShareWriter::SessionWriteOutcome ShareWriter::writeEntry(
    const QString &path, const QByteArray &bytes)
{
    if (const Status written = atomicfile::writeNew(path, bytes); written)
        return { SessionWrite::Written, {} };
    if (boundedfile::inspect(path) == boundedfile::Refusal::Missing)
        return { SessionWrite::Failed, Tr::tr("Cannot write to the share") };
    // Read like any file of the share, never more of it than the record itself.
    if (const Result<QByteArray> existing = boundedfile::read(path, bytes.size());
        existing && existing.value() == bytes)
        return { SessionWrite::Written, {} };
    return {
        SessionWrite::NameTaken,
        Tr::tr("The name %1 is taken on the share by another file").arg(QFileInfo(path).fileName())
    };
}

ShareWriter::SessionWriteOutcome ShareWriter::writeSessionRecord(const QString &meetingId,
    const QString &deviceId, const QString &fileName, const QByteArray &bytes)
{
    if (!shareformat::isMeetingId(meetingId) || !shareformat::isDeviceId(deviceId)
        || !shareformat::isDeviceRecordName(fileName))
        return { SessionWrite::Failed,
            Tr::tr("\"%1/%2\" is not a valid record name").arg(deviceId, fileName) };
    const ShareReader reader(m_root);
    const QString entry = shareformat::sessionEntryName(deviceId, fileName);
    const QList<int> pages = reader.sessionPages(meetingId);
    int page = pages.isEmpty() ? 1 : pages.last();
    const QStringList entries = reader.sessionEntries(meetingId, page);
    if (!entries.contains(entry) && entries.size() >= shareformat::sessionPageCapacity)
        ++page;
    if (page > shareformat::maximumSessionPage)
        return { SessionWrite::Failed, Tr::tr("The meeting's session log is full") };
    if (!QDir().mkpath(reader.sessionPagePath(meetingId, page)))
        return { SessionWrite::Failed,
            Tr::tr("Cannot create the meeting's session log in the share") };
    SessionWriteOutcome outcome
        = writeEntry(reader.sessionEntryPath(meetingId, page, entry), bytes);
    // A seat lists its page one last time once it has seen the next one: written after that,
    // the entry would be missed, so it goes into the next page too (docs/share-format.md).
    if (outcome.kind == SessionWrite::Written && reader.sessionPageExists(meetingId, page + 1))
        outcome = writeEntry(reader.sessionEntryPath(meetingId, page + 1, entry), bytes);
    return outcome;
}

namespace {

// Empty when the object under `path` is whole: a plain file of `size` bytes whose SHA-256 is
// `sha256`. Otherwise what is wrong with it, for the secretary.
QString damageOf(const QString &path, const QString &sha256, qint64 size,
    const CancellationToken &cancel, const std::function<void(qint64)> &progress)
{
    QFile file;
    if (const Status opened = boundedfile::open(file, path, size); !opened)
        return opened.error();
    Sha256 hash;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    qint64 total = 0;
    while (total <= size) {
        if (cancel.isCancelled())
            return Tr::tr("Cancelled");
        const qint64 got
            = file.read(buffer.data(), std::min<qint64>(buffer.size(), size + 1 - total));
        if (got < 0)
            return file.errorString();
        if (got == 0)
            break;
        hash.add(buffer.constData(), got);
        total += got;
        if (progress)
            progress(std::min(total, size));
    }
    if (total != size)
        return Tr::tr("it has %1 bytes instead of %2").arg(total).arg(size);
    if (hash.finishHex() != sha256)
        return Tr::tr("its bytes do not match its name (SHA-256)");
    return {};
}

} // namespace

Result<StoredObject> ShareWriter::putObject(
    const QString &filePath, const CancellationToken &cancel, const ByteProgress &progress)
{
    using R = Result<StoredObject>;
    const QString sha256 = Sha256::hexOfFile(filePath);
    if (sha256.isEmpty())
        return R::failure(Tr::tr("Cannot read %1").arg(QDir::toNativeSeparators(filePath)));
    const qint64 size = QFileInfo(filePath).size();
    const QString finalPath = ShareReader(m_root).objectPath(sha256);
    const QString shownName = shareformat::objectsFolder + u'/' + sha256.left(2) + u'/' + sha256;
    const auto reportProgress = [&](qint64 done) {
        if (progress)
            progress(done, size);
    };

    // Whatever holds the name is checked by its hash, not by its size: anyone can put a file of
    // the right size there, and a revision would then never reach a new seat.
    QString damage;
    if (boundedfile::inspect(finalPath) != boundedfile::Refusal::Missing) {
        damage = damageOf(finalPath, sha256, size, cancel, reportProgress);
        if (cancel.isCancelled())
            return R::failure(Tr::tr("Cancelled"));
        if (damage.isEmpty())
            return StoredObject { sha256, size };
    }

    QDir().mkpath(QFileInfo(finalPath).absolutePath());
    const QString temporaryPath = atomicfile::temporarySiblingPath(finalPath);
    QFile source(filePath);
    QFile target(temporaryPath);
    if (!source.open(QIODevice::ReadOnly))
        return R::failure(Tr::tr("Cannot read %1: %2").arg(filePath, source.errorString()));
    if (!target.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return R::failure(Tr::tr("Cannot write to the share: %1").arg(target.errorString()));
    auto fail = [&](const QString &message) {
        target.close();
        QFile::remove(temporaryPath);
        return R::failure(message);
    };
    const HashingCopy copy = HashingCopy::run(source, target, cancel, -1, reportProgress);
    switch (copy.problem) {
    case HashingCopy::Problem::Cancelled:
        return fail(Tr::tr("Cancelled"));
    case HashingCopy::Problem::ReadFailed:
        return fail(Tr::tr("Cannot read %1: %2").arg(filePath, source.errorString()));
    case HashingCopy::Problem::WriteFailed:
        return fail(Tr::tr("Writing to the share failed: %1").arg(target.errorString()));
    case HashingCopy::Problem::None:
        break;
    }
    // The file changed between hashing and copying (still being saved by another program).
    if (copy.sha256 != sha256)
        return fail(Tr::tr("%1 changed while it was being copied; try again once it is saved")
                        .arg(QDir::toNativeSeparators(filePath)));
    if (!atomicfile::flushToDisk(target))
        return fail(Tr::tr("Writing to the share failed: %1").arg(target.errorString()));
    target.close();

    if (damage.isEmpty()) {
        if (atomicfile::publishWithoutReplacing(temporaryPath, finalPath))
            return StoredObject { sha256, size };
        // Someone else stored something under the name meanwhile: the same bytes, or not.
        damage = damageOf(finalPath, sha256, size, cancel, {});
        if (damage.isEmpty()) {
            QFile::remove(temporaryPath);
            return StoredObject { sha256, size };
        }
    }
    // The right bytes take the name in one step (the damaged file, or a link itself, goes; a
    // reader copying it meanwhile keeps what it opened and finds it damaged, then the next
    // sync finds it whole). Share format 1.1: the one replacement a writer ever makes.
    if (!atomicfile::replaceExisting(temporaryPath, finalPath)) {
        QFile::remove(temporaryPath);
        return R::failure(
            Tr::tr("%1 in the shared folder is damaged (%2) and could not be replaced")
                .arg(shownName, damage));
    }
    atomicfile::flushDirectory(QFileInfo(finalPath).absolutePath());
    return StoredObject { sha256, size, true, damage };
}

Status ShareWriter::writeDeviceRecord(
    const QString &deviceId, const QString &fileName, const QByteArray &bytes)
{
    // Share format 2.0: a roster goes into the organisation's folder (where the organisation's
    // tools find its revisions) and into its meeting's session log (where seats read it).
    if (const auto meeting = shareformat::rosterMeeting(fileName);
        meeting && formatMajor() >= 2 && shareformat::isDeviceId(deviceId)) {
        if (const Status written = writeLegacyDeviceRecord(deviceId, fileName, bytes); !written)
            return written;
        const SessionWriteOutcome logged = writeSessionRecord(*meeting, deviceId, fileName, bytes);
        return logged.kind == SessionWrite::Written ? Status::success()
                                                    : Status::failure(logged.error);
    }
    return writeLegacyDeviceRecord(deviceId, fileName, bytes);
}

Status ShareWriter::writeLegacyDeviceRecord(
    const QString &deviceId, const QString &fileName, const QByteArray &bytes)
{
    if (!shareformat::isDeviceId(deviceId) || !shareformat::isDeviceRecordName(fileName))
        return Status::failure(
            Tr::tr("\"%1/%2\" is not a valid record name").arg(deviceId, fileName));
    const QDir folder(QDir(m_root).filePath(shareformat::devicesFolder + u'/' + deviceId));
    if (!QDir().mkpath(folder.path()))
        return Status::failure(Tr::tr("Cannot create this device's folder in the share"));
    const QString path = folder.filePath(fileName);
    if (Status written = atomicfile::writeNew(path, bytes); written)
        return written;
    // What holds the name is read like any file of the share, and never more of it than the
    // record itself: a pipe or a link put there by someone else must not hang the delivery.
    if (const Result<QByteArray> existing = boundedfile::read(path, bytes.size());
        existing && existing.value() == bytes)
        return Status::success();
    return Status::failure(
        Tr::tr("%1 already exists in the share with other content").arg(fileName));
}

Result<int> ShareWriter::publishMeetingStatus(
    const QString &meetingId, const MeetingStatus &status, const SigningKey &key)
{
    using R = Result<int>;
    if (!shareformat::isMeetingId(meetingId))
        return R::failure(Tr::tr("\"%1\" is not a valid meeting id").arg(meetingId));
    if (const Status valid = meetingstatusrecord::check(status); !valid)
        return R::failure(valid.error());
    if (highestValidRevision(meetingId, key.publicKey()) == 0)
        return R::failure(Tr::tr("Meeting %1 has not been published in this shared folder with "
                                 "this organisation key; its status cannot be published.")
                              .arg(meetingId));
    const QDir folder(QDir(m_root).filePath(shareformat::meetingsFolder + u'/' + meetingId));
    int number = 0;
    for (const QString &name : folder.entryList(QDir::Files | QDir::System | QDir::Hidden))
        number = std::max(number, shareformat::statusRecordNumber(name).value_or(0));
    constexpr int attempts = 8; // a name taken between the look and the write: the next one
    for (int attempt = 0; attempt < attempts; ++attempt) {
        ++number;
        const QString path = folder.filePath(shareformat::statusRecordFileName(number));
        const QByteArray bytes
            = meetingstatusrecord::create(meetingId, number, status, key).toBytes();
        const Status written = atomicfile::writeNew(path, bytes);
        if (written) {
            // A missing index entry only delays the status until a seat's next full look
            // (docs/share-format.md, "The index"): the record itself is written.
            if (formatMajor() >= 2)
                static_cast<void>(announceStatus(meetingId, number));
            return number;
        }
        if (boundedfile::inspect(path) == boundedfile::Refusal::Missing)
            return R::failure(written.error());
    }
    return R::failure(Tr::tr("The status of meeting %1 is being published by someone else; try "
                             "again")
                          .arg(meetingId));
}

int ShareWriter::latestRevisionNumber(const QString &meetingId) const
{
    int latest = 0;
    const QDir folder(QDir(m_root).filePath(shareformat::meetingsFolder + u'/' + meetingId));
    for (const QString &name : folder.entryList(QDir::Files)) {
        const auto revision = shareformat::manifestRevision(name);
        const auto signature = shareformat::signatureRevision(name);
        latest = std::max({ latest, revision.value_or(0), signature.value_or(0) });
    }
    return latest;
}

int ShareWriter::highestValidRevision(
    const QString &meetingId, const QByteArray &organisationKey) const
{
    const ShareReader reader(m_root);
    for (const int revision : reader.manifestRevisions(meetingId)) {
        if (reader.readManifest(meetingId, revision, organisationKey))
            return revision;
    }
    return 0;
}

Result<int> ShareWriter::publish(const Meeting &meeting, const SigningKey &key,
    std::optional<int> basedOnRevision, QStringList *notices)
{
    if (!shareformat::isMeetingId(meeting.id))
        return Result<int>::failure(Tr::tr("\"%1\" is not a valid meeting id").arg(meeting.id));
    // Sealed documents are share format 2.1: a 1.x seat would copy the ciphertext and take it
    // for a PDF (the publisher says so first, with the way out: upgrade the share).
    if (formatMajor() < 2
        && std::any_of(meeting.documents.cbegin(), meeting.documents.cend(),
            [](const DocumentRef &document) { return document.confidential; }))
        return Result<int>::failure(
            Tr::tr("a confidential document needs a shared folder in format 2.1 or later; "
                   "upgrade the shared folder first (phonghop-cli org upgrade-share)"));
    const QDir folder(QDir(m_root).filePath(shareformat::meetingsFolder + u'/' + meeting.id));
    if (!QDir().mkpath(folder.path()))
        return Result<int>::failure(Tr::tr("Cannot create the meeting's folder in the share"));

    // Counted from what verifies, not from what is there: anyone can put a name such as
    // 99999999.manifest.sig or an unsigned 99999999.manifest.json into the folder.
    const int latest = highestValidRevision(meeting.id, key.publicKey());
    if (basedOnRevision && latest > *basedOnRevision)
        return Result<int>::failure(
            Tr::tr("A newer revision (%1) of this meeting has been published "
                   "since revision %2; open it and publish again.")
                .arg(latest)
                .arg(*basedOnRevision));
    // Every number above it that some name already uses (a publication abandoned after its
    // signature, a squatter, a pipe): never reused, so no signature meets a foreign manifest.
    QSet<int> taken;
    for (const QString &name : folder.entryList(QDir::Files | QDir::System | QDir::Hidden)) {
        const int used = std::max(shareformat::manifestRevision(name).value_or(0),
            shareformat::signatureRevision(name).value_or(0));
        if (used > latest)
            taken.insert(used);
    }
    const auto nameTaken = [&](int revision) {
        return taken.contains(revision)
            || boundedfile::inspect(folder.filePath(shareformat::signatureFileName(revision)))
            != boundedfile::Refusal::Missing
            || boundedfile::inspect(folder.filePath(shareformat::manifestFileName(revision)))
            != boundedfile::Refusal::Missing;
    };
    // Said once, at the end: the numbers in the way (skipped) and the ones above (ignored).
    QSet<int> ignored = taken;
    const auto skip = [&](int revision) { ignored.insert(revision); };
    const auto noticed = [&](int revision) {
        if (notices && !ignored.isEmpty()) {
            QList<int> numbers(ignored.begin(), ignored.end());
            std::sort(numbers.begin(), numbers.end());
            QStringList shown;
            for (qsizetype i = 0; i < std::min<qsizetype>(numbers.size(), 5); ++i)
                shown << shareformat::manifestFileName(numbers.at(i)).left(8);
            if (numbers.size() > 5)
                shown << QStringLiteral("…");
            *notices << Tr::tr(
                "Meeting %1: files in the shared folder use revision numbers that are not "
                "valid revisions (%2); they were ignored and nothing was built on them.")
                            .arg(meeting.id, shown.join(QStringLiteral(", ")));
        }
        return revision;
    };

    Meeting published = meeting;
    if (!published.publishedAt.isValid())
        published.publishedAt = QDateTime::currentDateTime();
    constexpr int attempts = 8; // a name taken between the look and the write: the next one
    int revision = latest + 1;
    for (int attempt = 0; attempt < attempts; ++attempt, ++revision) {
        while (revision <= shareformat::maximumRevision && nameTaken(revision)) {
            skip(revision);
            ++revision;
        }
        if (revision > shareformat::maximumRevision)
            return Result<int>::failure(Tr::tr("Meeting %1 has no revision number left below %2; "
                                               "nothing was published.")
                                            .arg(meeting.id)
                                            .arg(shareformat::maximumRevision));
        published.revision = revision;
        const QByteArray manifest
            = encodeManifest(published, shareformat::versionText(formatMajor()));
        const QJsonObject signature {
            { QStringLiteral("signer"), QString::fromLatin1(key.publicKey().toBase64()) },
            { QStringLiteral("signature"), QString::fromLatin1(key.sign(manifest).toBase64()) },
        };
        // The signature goes first: a manifest's arrival is what makes a revision visible.
        const Status signatureWritten
            = atomicfile::writeNew(folder.filePath(shareformat::signatureFileName(revision)),
                QJsonDocument(signature).toJson(QJsonDocument::Compact));
        if (!signatureWritten) {
            if (basedOnRevision)
                return Result<int>::failure(
                    Tr::tr("Revision %1 is being published by someone else; try again")
                        .arg(revision));
            skip(revision);
            continue;
        }
        const Status manifestWritten = atomicfile::writeNew(
            folder.filePath(shareformat::manifestFileName(revision)), manifest);
        if (manifestWritten) {
            // Share format 2.0: announced in the index, where a sync poll finds it in one
            // listing. A publisher stopped before this leaves the revision valid and found by
            // the periodic full look (docs/share-format.md, "The index").
            if (formatMajor() >= 2)
                static_cast<void>(announceRevision(meeting.id, revision));
            return noticed(revision);
        }
        // Someone put a manifest under this number after the look: it cannot verify against
        // the signature just written, and the next number is tried.
        if (boundedfile::inspect(folder.filePath(shareformat::manifestFileName(revision)))
            == boundedfile::Refusal::Missing)
            return Result<int>::failure(manifestWritten.error());
        skip(revision);
    }
    return Result<int>::failure(
        Tr::tr("Revision %1 is being published by someone else; try again").arg(revision));
}

} // namespace phonghop
