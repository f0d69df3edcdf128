#include "directorystore.h"

#include "meeting_core/share/shareformat.h"
#include "meeting_core/trust/signedrecord.h"
#include "meeting_core/util/atomicfile.h"
#include "meeting_core/util/boundedfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QThread>
#include <algorithm>

namespace phonghop {

namespace {

// The context of this file's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::DirectoryStore)
};

const QString peopleFolder = QStringLiteral("people");

// "directory-000003.json" -> 3; nothing for any other name (temporary files, conflict copies).
std::optional<qint64> revisionOf(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^directory-(\\d{6,9})\\.json$"));
    const QRegularExpressionMatch match = pattern.match(name);
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toLongLong();
}

// Revisions present in the folder, highest first. Listings of a network share can lag behind
// a file just written by another machine, so the names just above the highest are also
// probed directly.
QList<qint64> revisionsIn(const QDir &folder)
{
    QList<qint64> revisions;
    for (const QString &name : folder.entryList(QDir::Files)) {
        if (const auto revision = revisionOf(name))
            revisions << *revision;
    }
    std::sort(revisions.begin(), revisions.end(), std::greater<>());
    qint64 highest = revisions.isEmpty() ? 0 : revisions.first();
    while (QFileInfo::exists(folder.filePath(DirectoryStore::fileName(highest + 1)))) {
        ++highest;
        revisions.prepend(highest);
    }
    return revisions;
}

struct FileRead {
    std::optional<PeopleDirectory> directory;
    QString problem;
};

static_assert(shareformat::limits::largeRecord == SignedRecord::maximumSize);

FileRead readRevision(const QDir &folder, qint64 revision, const QByteArray &organisationKey)
{
    const QString name = DirectoryStore::fileName(revision);
    auto refused = [&name](const QString &why) {
        return FileRead { std::nullopt, Tr::tr("people/%1 was refused: %2").arg(name, why) };
    };
    // Read like every file of the share: never a link, a pipe or a device, never past its limit.
    const Result<QByteArray> bytes
        = boundedfile::read(folder.filePath(name), shareformat::limits::largeRecord);
    if (!bytes)
        return refused(bytes.error());
    const Result<SignedRecord> record
        = SignedRecord::fromBytes(bytes.value(), QLatin1StringView(PeopleDirectory::recordKind));
    if (!record)
        return refused(record.error());
    if (record->signerPublicKey() != organisationKey)
        return refused(
            Tr::tr("it is signed by %1, not by the organisation key %2")
                .arg(keyFingerprint(record->signerPublicKey()), keyFingerprint(organisationKey)));
    Result<PeopleDirectory> directory = PeopleDirectory::fromJson(record->payload());
    if (!directory)
        return refused(directory.error());
    if (directory->revision != revision)
        return refused(Tr::tr("it names revision %1").arg(directory->revision));
    return FileRead { std::move(directory).value(), {} };
}

// The newest revision that verifies, the refused files above it, and the highest revision
// number present (valid or not) when the folder was listed.
Result<DirectoryStore::Reading> readFolder(
    const QString &root, const QByteArray &organisationKey, qint64 *highestPresent)
{
    using R = Result<DirectoryStore::Reading>;
    if (!QFileInfo(root).isDir())
        return R::failure(
            Tr::tr("The shared folder %1 cannot be reached").arg(QDir::toNativeSeparators(root)));
    DirectoryStore::Reading reading;
    const QDir folder(QDir(root).filePath(peopleFolder));
    const QList<qint64> revisions = revisionsIn(folder);
    if (highestPresent)
        *highestPresent = revisions.isEmpty() ? 0 : revisions.first();
    // Newest first; the first one that verifies is the directory. Older files are not read.
    for (const qint64 revision : revisions) {
        FileRead file = readRevision(folder, revision, organisationKey);
        if (file.directory) {
            reading.directory = std::move(*file.directory);
            break;
        }
        reading.problems << file.problem;
    }
    return reading;
}

} // namespace

DirectoryStore::DirectoryStore(QString shareRoot)
    : m_root(std::move(shareRoot))
{
}

QString DirectoryStore::fileName(qint64 revision)
{
    return QStringLiteral("directory-%1.json").arg(revision, 6, 10, QLatin1Char('0'));
}

Result<DirectoryStore::Reading> DirectoryStore::read(const QByteArray &organisationKey) const
{
    return readFolder(m_root, organisationKey, nullptr);
}

Result<PeopleDirectory> DirectoryStore::update(const SigningKey &organisationKey, const Edit &edit)
{
    using R = Result<PeopleDirectory>;
    const QDir folder(QDir(m_root).filePath(peopleFolder));
    if (!QFileInfo(m_root).isDir())
        return R::failure(
            Tr::tr("The shared folder %1 cannot be reached").arg(QDir::toNativeSeparators(m_root)));
    if (!QDir().mkpath(folder.path()))
        return R::failure(Tr::tr("Cannot create the people folder in the share"));
    for (int attempt = 0; attempt < maximumAttempts; ++attempt) {
        qint64 highest = 0;
        const Result<Reading> reading = readFolder(m_root, organisationKey.publicKey(), &highest);
        if (!reading)
            return R::failure(reading.error());
        PeopleDirectory directory = reading->directory;
        if (Status edited = edit(directory); !edited)
            return R::failure(edited.error());
        // An edit that changes nothing writes nothing (an import of the same list again).
        if (reading->directory.revision > 0 && directory.toJson() == reading->directory.toJson())
            return directory;
        // Just above every file that was there when it was read, the refused ones too (a
        // damaged file is never replaced). Never further: a revision written meanwhile by
        // someone else must be read and built upon, not skipped over.
        directory.revision = std::max(highest, reading->directory.revision) + 1;
        directory.issuedAt = QDateTime::currentDateTimeUtc();
        if (Status valid = directory.validate(); !valid)
            return R::failure(valid.error());
        const SignedRecord record = SignedRecord::create(
            QLatin1StringView(PeopleDirectory::recordKind), directory.toJson(), organisationKey);
        const QString path = folder.filePath(fileName(directory.revision));
        const Status written = atomicfile::writeNew(path, record.toBytes());
        if (written)
            return directory;
        if (!QFileInfo::exists(path))
            return R::failure(
                Tr::tr("Cannot write the directory to the share: %1").arg(written.error()));
        // Another secretary wrote this revision first: read theirs and apply the edit again,
        // after a short random pause so that two writers do not keep colliding.
        QThread::msleep(QRandomGenerator::global()->bounded(1, 5 + 5 * attempt));
    }
    return R::failure(Tr::tr("The directory is being changed by others at the same time; "
                             "try again in a moment"));
}

} // namespace phonghop
