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

Status ShareWriter::initialise(const QString &organisationName, const SigningKey &organisationKey)
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
        { QStringLiteral("version"), shareformat::versionText() },
        { QStringLiteral("organisation"),
            QJsonObject { { QStringLiteral("name"), organisationName },
                { QStringLiteral("publicKey"),
                    QString::fromLatin1(organisationKey.publicKey().toBase64()) } } },
        { QStringLiteral("createdAt"), QDateTime::currentDateTime().toString(Qt::ISODateWithMs) },
    };
    return atomicfile::writeNew(descriptorPath, QJsonDocument(descriptor).toJson());
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
        if (written)
            return number;
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
        const QByteArray manifest = encodeManifest(published);
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
        if (manifestWritten)
            return noticed(revision);
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
