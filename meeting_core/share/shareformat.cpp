#include "shareformat.h"

#include <QRegularExpression>

namespace phonghop::shareformat {

namespace {
std::optional<int> revisionOf(QStringView fileName, const QRegularExpression &pattern)
{
    const QRegularExpressionMatch match = pattern.match(fileName);
    if (!match.hasMatch())
        return std::nullopt;
    const int revision = match.capturedView(1).toInt();
    return revision > 0 ? std::optional<int>(revision) : std::nullopt;
}
} // namespace

bool isMeetingId(QStringView name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,63}$"));
    return pattern.match(name).hasMatch();
}

bool isDeviceId(QStringView name)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{32}$"));
    return pattern.match(name).hasMatch();
}

bool isDeviceRecordName(QStringView name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,150}\\.json$"));
    return pattern.match(name).hasMatch() && !name.contains(u"conflict");
}

bool isObjectShard(QStringView name)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{2}$"));
    return pattern.match(name).hasMatch();
}

std::optional<int> manifestRevision(QStringView fileName)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{8})\\.manifest\\.json$"));
    return revisionOf(fileName, pattern);
}

std::optional<int> signatureRevision(QStringView fileName)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{8})\\.manifest\\.sig$"));
    return revisionOf(fileName, pattern);
}

std::optional<int> statusRecordNumber(QStringView fileName)
{
    static const QRegularExpression pattern(QStringLiteral("^status-([0-9]{6,9})\\.json$"));
    return revisionOf(fileName, pattern);
}

QString statusRecordFileName(int number)
{
    return QStringLiteral("status-%1.json").arg(number, 6, 10, QLatin1Char('0'));
}

qint64 deviceRecordLimit(QStringView fileName)
{
    for (const auto prefix : { u"roster-", u"poll-close-", u"decision-" }) {
        if (fileName.startsWith(QStringView(prefix)))
            return limits::largeRecord;
    }
    return limits::record;
}

QString manifestFileName(int revision)
{
    return QStringLiteral("%1.manifest.json").arg(revision, 8, 10, QLatin1Char('0'));
}

QString signatureFileName(int revision)
{
    return QStringLiteral("%1.manifest.sig").arg(revision, 8, 10, QLatin1Char('0'));
}

std::optional<Version> parseVersion(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{1,4})\\.([0-9]{1,4})$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    return Version { match.captured(1).toInt(), match.captured(2).toInt() };
}

QString versionText()
{
    return QStringLiteral("%1.%2").arg(majorVersion).arg(minorVersion);
}

QString versionText(int major)
{
    if (major < majorVersion)
        return QStringLiteral("%1.%2").arg(legacyMajorVersion).arg(legacyMinorVersion);
    return versionText();
}

std::optional<int> sessionPageNumber(QStringView folderName)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{6})$"));
    return revisionOf(folderName, pattern);
}

QString sessionPageName(int page)
{
    return QStringLiteral("%1").arg(page, 6, 10, QLatin1Char('0'));
}

std::optional<SessionEntry> sessionEntry(QStringView fileName)
{
    if (fileName.size() < 34 || fileName.at(32) != u'.')
        return std::nullopt;
    const QStringView device = fileName.left(32);
    const QStringView record = fileName.mid(33);
    if (!isDeviceId(device) || !isDeviceRecordName(record))
        return std::nullopt;
    return SessionEntry { device.toString(), record.toString() };
}

QString sessionEntryName(const QString &deviceId, const QString &recordName)
{
    return deviceId + u'.' + recordName;
}

std::optional<IndexEntry> indexEntry(QStringView fileName)
{
    static const QRegularExpression revisionPattern(
        QStringLiteral("^([0-9]{8})\\.([a-z0-9][a-z0-9-]{0,63})$"));
    static const QRegularExpression statusPattern(
        QStringLiteral("^status-([0-9]{6,9})\\.([a-z0-9][a-z0-9-]{0,63})$"));
    const bool isStatus = fileName.startsWith(u"status-");
    const QRegularExpressionMatch match
        = (isStatus ? statusPattern : revisionPattern).match(fileName);
    if (!match.hasMatch())
        return std::nullopt;
    const int number = match.capturedView(1).toInt();
    if (number <= 0)
        return std::nullopt;
    if (isStatus)
        return IndexEntry { match.captured(2), 0, number };
    return IndexEntry { match.captured(2), number, 0 };
}

QString indexEntryName(const QString &meetingId, int revision)
{
    return QStringLiteral("%1.%2").arg(revision, 8, 10, QLatin1Char('0')).arg(meetingId);
}

QString statusIndexEntryName(const QString &meetingId, int statusNumber)
{
    return QStringLiteral("status-%1.%2").arg(statusNumber, 6, 10, QLatin1Char('0')).arg(meetingId);
}

std::optional<QString> rosterMeeting(QStringView fileName)
{
    static const QRegularExpression pattern(
        QStringLiteral("^roster-([a-z0-9][a-z0-9-]{0,63})-[0-9]{6,9}\\.json$"));
    const QRegularExpressionMatch match = pattern.match(fileName);
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1);
}

} // namespace phonghop::shareformat
