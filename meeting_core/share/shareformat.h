#pragma once

#include <QString>
#include <optional>

// Names and versions of share format 1.2 (docs/share-format.md; 1.0 and 1.1 shares are read as
// well).
namespace phonghop::shareformat {

inline constexpr int majorVersion = 1;
inline constexpr int minorVersion = 2;

inline const QString descriptorFileName = QStringLiteral("phonghop-share.json");
inline const QString objectsFolder = QStringLiteral("objects");
inline const QString meetingsFolder = QStringLiteral("meetings");
inline const QString devicesFolder = QStringLiteral("devices");

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
QString signatureFileName(int revision);
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
QString versionText();

} // namespace phonghop::shareformat
