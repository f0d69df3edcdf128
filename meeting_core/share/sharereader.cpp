#include "sharereader.h"

#include "meeting_core/share/manifestcodec.h"
#include "meeting_core/share/meetingstatusrecord.h"
#include "meeting_core/share/shareformat.h"
#include "meeting_core/trust/signingkey.h"
#include "meeting_core/util/boundedfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace phonghop {

namespace {

// The context of this file's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::ShareReader)
};

// Every file of the share is read through boundedfile: never a link, a pipe or a device,
// never more than its kind's limit (shareformat::limits).
Result<QByteArray> readShareFile(
    const QString &path, qint64 limit, boundedfile::Refusal *refusal = nullptr)
{
    return boundedfile::read(path, limit, refusal);
}

} // namespace

ShareReader::ShareReader(QString rootPath)
    : m_root(std::move(rootPath))
{
}

bool ShareReader::isReachable() const
{
    return QFileInfo(m_root).isDir();
}

Result<ShareInfo> ShareReader::readInfo(InfoProblem *problem) const
{
    auto failWith = [problem](InfoProblem kind, const QString &message) {
        if (problem)
            *problem = kind;
        return Result<ShareInfo>::failure(message);
    };
    if (problem)
        *problem = InfoProblem::None;
    const QString path = QDir(m_root).filePath(shareformat::descriptorFileName);
    boundedfile::Refusal refusal = boundedfile::Refusal::None;
    const Result<QByteArray> bytes = readShareFile(path, shareformat::limits::descriptor, &refusal);
    // The folder itself is looked at only when its descriptor cannot be read (a sync poll of a
    // 2.0 share costs one operation fewer).
    if (!bytes && !isReachable())
        return failWith(InfoProblem::Unreachable,
            Tr::tr("The share %1 cannot be reached").arg(QDir::toNativeSeparators(m_root)));
    if (refusal == boundedfile::Refusal::Missing)
        return failWith(InfoProblem::NotAShare,
            Tr::tr("%1 is not a PhòngHọp share (no %2)")
                .arg(QDir::toNativeSeparators(m_root), shareformat::descriptorFileName));
    if (!bytes)
        return failWith(refusal == boundedfile::Refusal::Unreadable ? InfoProblem::Unreachable
                                                                    : InfoProblem::Damaged,
            Tr::tr("Cannot read %1: %2").arg(shareformat::descriptorFileName, bytes.error()));
    const QJsonDocument document = QJsonDocument::fromJson(bytes.value());
    const QJsonObject root = document.object();
    if (!document.isObject()
        || root.value(QStringLiteral("format")).toString() != u"phonghop-share")
        return failWith(InfoProblem::Damaged,
            Tr::tr("%1 is damaged or incomplete").arg(shareformat::descriptorFileName));
    const QString versionText = root.value(QStringLiteral("version")).toString();
    const auto version = shareformat::parseVersion(versionText);
    if (!version)
        return failWith(InfoProblem::Damaged,
            Tr::tr("%1 has no valid format version").arg(shareformat::descriptorFileName));
    if (version->major > shareformat::majorVersion)
        return failWith(InfoProblem::NewerFormat,
            Tr::tr("This share was written by a newer PhòngHọp (share format %1; this "
                   "version reads %2). Please update PhòngHọp.")
                .arg(versionText, shareformat::versionText()));
    const QJsonObject organisation = root.value(QStringLiteral("organisation")).toObject();
    ShareInfo info;
    info.majorVersion = version->major;
    info.minorVersion = version->minor;
    info.upgraded = root.contains(QStringLiteral("upgradedAt"));
    info.organisationName = organisation.value(QStringLiteral("name")).toString();
    info.organisationKey = QByteArray::fromBase64(
        organisation.value(QStringLiteral("publicKey")).toString().toLatin1());
    if (info.organisationKey.size() != 32)
        return failWith(InfoProblem::Damaged,
            Tr::tr("%1 has no valid organisation key").arg(shareformat::descriptorFileName));
    return info;
}

QStringList ShareReader::meetingIds() const
{
    QStringList ids;
    const QDir meetings(QDir(m_root).filePath(shareformat::meetingsFolder));
    // A folder that is a link is not the share's own (a link can lead anywhere): skipped.
    for (const QString &name :
        meetings.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks)) {
        if (shareformat::isMeetingId(name))
            ids << name;
    }
    return ids;
}

QList<int> ShareReader::manifestRevisions(const QString &meetingId) const
{
    QList<int> revisions;
    const QDir folder(QDir(m_root).filePath(shareformat::meetingsFolder + u'/' + meetingId));
    // System too: a pipe or a link under a manifest's name is listed, so that reading it is
    // refused and reported rather than silently skipped.
    for (const QString &name : folder.entryList(QDir::Files | QDir::System)) {
        if (const auto revision = shareformat::manifestRevision(name))
            revisions << *revision;
    }
    std::sort(revisions.begin(), revisions.end(), std::greater<>());
    return revisions;
}

QList<QPair<int, QDateTime>> ShareReader::loneSignatures(const QString &meetingId) const
{
    QList<QPair<int, QDateTime>> lone;
    const QDir folder(QDir(m_root).filePath(shareformat::meetingsFolder + u'/' + meetingId));
    const QStringList names = folder.entryList(QDir::Files);
    for (const QString &name : names) {
        const auto revision = shareformat::signatureRevision(name);
        if (revision && !names.contains(shareformat::manifestFileName(*revision)))
            lone << qMakePair(*revision, QFileInfo(folder.filePath(name)).lastModified().toUTC());
    }
    return lone;
}

Result<VerifiedManifest> ShareReader::readManifest(
    const QString &meetingId, int revision, const QByteArray &trustedKey) const
{
    using R = Result<VerifiedManifest>;
    const QDir folder(QDir(m_root).filePath(shareformat::meetingsFolder + u'/' + meetingId));
    const Result<QByteArray> bytes = readShareFile(
        folder.filePath(shareformat::manifestFileName(revision)), shareformat::limits::manifest);
    if (!bytes)
        return R::failure(Tr::tr("cannot be read: %1").arg(bytes.error()));
    const QString signaturePath = folder.filePath(shareformat::signatureFileName(revision));
    boundedfile::Refusal signatureRefusal = boundedfile::Refusal::None;
    const Result<QByteArray> signatureBytes
        = readShareFile(signaturePath, shareformat::limits::signature, &signatureRefusal);
    if (signatureRefusal == boundedfile::Refusal::Missing)
        return R::failure(Tr::tr("its signature has not arrived yet"));
    if (!signatureBytes)
        return R::failure(Tr::tr("its signature cannot be read: %1").arg(signatureBytes.error()));
    const QJsonObject signature = QJsonDocument::fromJson(signatureBytes.value()).object();
    const QByteArray signer
        = QByteArray::fromBase64(signature.value(QStringLiteral("signer")).toString().toLatin1());
    const QByteArray signatureValue = QByteArray::fromBase64(
        signature.value(QStringLiteral("signature")).toString().toLatin1());
    if (signer != trustedKey)
        return R::failure(Tr::tr("it is not signed by the organisation's key"));
    if (!verifySignature(bytes.value(), signatureValue, trustedKey))
        return R::failure(Tr::tr("its signature does not match (incomplete or altered)"));

    Result<Meeting> meeting = decodeManifest(bytes.value());
    if (!meeting)
        return R::failure(meeting.error());
    if (meeting->id != meetingId || meeting->revision != revision)
        return R::failure(Tr::tr("it names another meeting or revision than its file name"));
    return VerifiedManifest { std::move(meeting).value(), bytes.value() };
}

QList<int> ShareReader::statusRecordNumbers(const QString &meetingId) const
{
    QList<int> numbers;
    if (!shareformat::isMeetingId(meetingId))
        return numbers;
    const QDir folder(QDir(m_root).filePath(shareformat::meetingsFolder + u'/' + meetingId));
    for (const QString &name : folder.entryList(QDir::Files | QDir::System)) {
        if (const auto number = shareformat::statusRecordNumber(name))
            numbers << *number;
    }
    std::sort(numbers.begin(), numbers.end(), std::greater<>());
    return numbers;
}

Result<MeetingStatus> ShareReader::readMeetingStatus(
    const QString &meetingId, int number, const QByteArray &trustedKey) const
{
    using R = Result<MeetingStatus>;
    if (!shareformat::isMeetingId(meetingId))
        return R::failure(Tr::tr("\"%1\" is not a valid meeting id").arg(meetingId));
    const QString path = m_root + u'/' + shareformat::meetingsFolder + u'/' + meetingId + u'/'
        + shareformat::statusRecordFileName(number);
    const Result<QByteArray> bytes = readShareFile(path, shareformat::limits::record);
    if (!bytes)
        return R::failure(Tr::tr("cannot be read: %1").arg(bytes.error()));
    return meetingstatusrecord::read(bytes.value(), meetingId, number, trustedKey);
}

QStringList ShareReader::deviceIds() const
{
    QStringList ids;
    const QDir devices(QDir(m_root).filePath(shareformat::devicesFolder));
    for (const QString &name :
        devices.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks)) {
        if (shareformat::isDeviceId(name))
            ids << name;
    }
    return ids;
}

QStringList ShareReader::deviceRecordNames(const QString &deviceId) const
{
    QStringList names;
    if (!shareformat::isDeviceId(deviceId))
        return names;
    const QDir folder(QDir(m_root).filePath(shareformat::devicesFolder + u'/' + deviceId));
    // Links are left out (one to /dev/zero counts as a file for QDir): reading one would be
    // refused anyway, on every refresh.
    for (const QString &name : folder.entryList(QDir::Files | QDir::NoSymLinks, QDir::Name)) {
        if (shareformat::isDeviceRecordName(name))
            names << name;
    }
    return names;
}

Result<QByteArray> ShareReader::readDeviceRecord(
    const QString &deviceId, const QString &fileName) const
{
    if (!shareformat::isDeviceId(deviceId) || !shareformat::isDeviceRecordName(fileName))
        return Result<QByteArray>::failure(Tr::tr("not a record name: %1").arg(fileName));
    return readShareFile(
        m_root + u'/' + shareformat::devicesFolder + u'/' + deviceId + u'/' + fileName,
        shareformat::deviceRecordLimit(fileName));
}

namespace {
// Every name in a folder, from the listing alone (no look at each entry: on a file server that
// is one round trip per name). What a name holds is checked when it is read (boundedfile).
QStringList namesIn(const QString &folder)
{
    QStringList names;
    QDirIterator it(folder, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    while (it.hasNext())
        names << it.nextFileInfo().fileName();
    return names;
}
} // namespace

QString ShareReader::sessionPagePath(const QString &meetingId, int page) const
{
    return m_root + u'/' + shareformat::meetingsFolder + u'/' + meetingId + u'/'
        + shareformat::sessionFolder + u'/' + shareformat::sessionPageName(page);
}

QList<int> ShareReader::sessionPages(const QString &meetingId) const
{
    QList<int> pages;
    if (!shareformat::isMeetingId(meetingId))
        return pages;
    for (const QString &name : namesIn(m_root + u'/' + shareformat::meetingsFolder + u'/'
             + meetingId + u'/' + shareformat::sessionFolder)) {
        if (const auto page = shareformat::sessionPageNumber(name))
            pages << *page;
    }
    std::sort(pages.begin(), pages.end());
    return pages;
}

bool ShareReader::sessionPageExists(const QString &meetingId, int page) const
{
    return shareformat::isMeetingId(meetingId)
        && QFileInfo(sessionPagePath(meetingId, page)).isDir();
}

QStringList ShareReader::sessionEntries(const QString &meetingId, int page) const
{
    QStringList entries;
    if (!shareformat::isMeetingId(meetingId))
        return entries;
    for (const QString &name : namesIn(sessionPagePath(meetingId, page))) {
        if (shareformat::sessionEntry(name))
            entries << name;
    }
    return entries;
}

QString ShareReader::sessionEntryPath(
    const QString &meetingId, int page, const QString &entryName) const
{
    return sessionPagePath(meetingId, page) + u'/' + entryName;
}

QList<shareformat::IndexEntry> ShareReader::indexEntries() const
{
    QList<shareformat::IndexEntry> entries;
    for (const QString &name : namesIn(m_root + u'/' + shareformat::indexFolder)) {
        if (const auto entry = shareformat::indexEntry(name))
            entries << *entry;
    }
    return entries;
}

QString ShareReader::objectPath(const QString &sha256) const
{
    return m_root + u'/' + shareformat::objectsFolder + u'/' + sha256.left(2) + u'/' + sha256;
}

} // namespace phonghop
