#pragma once

#include <QString>
#include <optional>

// Names and versions of share format 2.0 (docs/share-format.md; 1.x shares are read and written in
// their own layout as well).
namespace phonghop::shareformat {

// The highest version this code reads and writes.
inline constexpr int majorVersion = 2;
// 2.1 (issue 16): sealed confidential documents, an addition 2.0 readers already handle safely.
inline constexpr int minorVersion = 1;
// The version of shares in the per-device layout (1.x): what `initialise` still creates, so
// that seats of an older PhòngHọp keep working until the organisation upgrades the share.
inline constexpr int legacyMajorVersion = 1;
inline constexpr int legacyMinorVersion = 2;

inline const QString descriptorFileName = QStringLiteral("phonghop-share.json");
inline const QString objectsFolder = QStringLiteral("objects");
inline const QString meetingsFolder = QStringLiteral("meetings");
inline const QString devicesFolder = QStringLiteral("devices");
// Share format 2.0: a meeting's session log, in numbered pages (meetings/<id>/session/<page>/),
// and the share's index of publications (index/<revision>.<meeting id>).
inline const QString sessionFolder = QStringLiteral("session");
inline const QString indexFolder = QStringLiteral("index");
// A writer opens the next page once the highest holds this many entries.
inline constexpr int sessionPageCapacity = 64;
inline constexpr int maximumSessionPage = 999999;

bool isMeetingId(QStringView name);
// devices/<device id>/: 32 lower-case hex digits (see trust/devicekey.h).
bool isDeviceId(QStringView name);
// A record in a device folder: lower-case letters, digits, '.', '-', '_', ending in ".json";
// never a temporary name or a sync tool's conflict copy.
bool isDeviceRecordName(QStringView name);
bool isObjectShard(QStringView name);
// "00000003.manifest.json" -> 3; nothing for any other name (conflict copies included).
std::optional<int> manifestRevision(QStringView fileName);
std::optional<int> signatureRevision(QStringView fileName);
QString manifestFileName(int revision);
// Share format 2.0, the session log: "000003" <-> 3.
std::optional<int> sessionPageNumber(QStringView folderName);
QString sessionPageName(int page);
// "<device id>.<record name>": the device whose folder the record stands for, and its name.
struct SessionEntry {
    QString deviceId;
    QString recordName;
};
std::optional<SessionEntry> sessionEntry(QStringView fileName);
QString sessionEntryName(const QString &deviceId, const QString &recordName);
// Share format 2.0, the index: "00000003.<meeting id>" announces revision 3 of the meeting,
// "status-000002.<meeting id>" its status record number 2.
struct IndexEntry {
    QString meetingId;
    int revision = 0; // 0 for a status entry
    int statusNumber = 0; // 0 for a revision entry
};
std::optional<IndexEntry> indexEntry(QStringView fileName);
QString indexEntryName(const QString &meetingId, int revision);
QString statusIndexEntryName(const QString &meetingId, int statusNumber);
// The meeting a roster file names ("roster-<meeting>-<6 digits>.json"), or nothing.
std::optional<QString> rosterMeeting(QStringView fileName);
QString signatureFileName(int revision);
// meetings/<id>/status-000001.json: the meeting's status records (share format 1.2), numbered
// from 1 with six to nine digits; nothing for any other name.
std::optional<int> statusRecordNumber(QStringView fileName);
QString statusRecordFileName(int number);
// Revision numbers have eight digits: a writer never goes past this one.
inline constexpr int maximumRevision = 99999999;

// The most bytes a reader accepts for each kind of file (docs/share-format.md, "Size
// limits"). A larger file is refused before it is read (boundedfile), so a hostile file
// costs a reader no more memory than a genuine one. Documents (objects) are limited by the
// size their signed manifest states.
namespace limits {
inline constexpr qint64 descriptor = 64 * 1024;
inline constexpr qint64 signature = 4 * 1024;
inline constexpr qint64 manifest = 16 * 1024 * 1024;
// A seat's own records: check-ins, ballots, speak requests, enrolment requests, comments, ...
inline constexpr qint64 record = 1024 * 1024;
// Records that list a whole meeting: rosters, poll closes, decisions; the people directory.
inline constexpr qint64 largeRecord = 8 * 1024 * 1024;
} // namespace limits
// The limit for a record in a device folder, from its name's kind ("roster-…": largeRecord).
qint64 deviceRecordLimit(QStringView fileName);

struct Version {
    int major = 0;
    int minor = 0;
};
std::optional<Version> parseVersion(const QString &text);
// "2.1": the version this code writes into a new 2.x share.
QString versionText();
// The version written into a share of the given major version ("1.2" or "2.1").
QString versionText(int major);

} // namespace phonghop::shareformat
