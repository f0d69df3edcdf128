#pragma once

#include "meeting_core/domain/meeting.h"
#include "meeting_core/share/shareformat.h"
#include "meeting_core/util/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace phonghop {

struct ShareInfo {
    int majorVersion = 0;
    int minorVersion = 0;
    QString organisationName;
    QByteArray organisationKey; // raw 32-byte Ed25519 public key
    // A 2.0 share upgraded from 1.x ("upgradedAt"): its device folders may hold session
    // records written before, which a seat reads once.
    bool upgraded = false;
};

// A verified manifest: the meeting and the exact bytes its signature covers.
struct VerifiedManifest {
    Meeting meeting;
    QByteArray bytes;
};

// Reads a share (docs/share-format.md). Every method verifies before it returns data and
// ignores names that do not match the format's patterns.
class ShareReader final {
public:
    enum class InfoProblem { None, Unreachable, NotAShare, Damaged, NewerFormat };

    explicit ShareReader(QString rootPath);

    const QString &rootPath() const { return m_root; }
    bool isReachable() const;

    Result<ShareInfo> readInfo(InfoProblem *problem = nullptr) const;
    QStringList meetingIds() const;
    // Revisions that have a manifest file, highest first.
    QList<int> manifestRevisions(const QString &meetingId) const;
    // Revisions that have a signature but no manifest yet (a publication under way, or one
    // abandoned), with the signature file's modification time — only a hint, mtimes lie.
    QList<QPair<int, QDateTime>> loneSignatures(const QString &meetingId) const;
    // Reads revision `revision`, checks its signature against `trustedKey` and its schema.
    Result<VerifiedManifest> readManifest(
        const QString &meetingId, int revision, const QByteArray &trustedKey) const;
    QString objectPath(const QString &sha256) const;

    // The meeting's status records (meetings/<id>/status-<number>.json, share format 1.2):
    // their numbers, highest first (links and pipes listed, so reading them is refused).
    QList<int> statusRecordNumbers(const QString &meetingId) const;
    // Record `number`, verified: signed by `trustedKey` (the organisation key), naming this
    // meeting and number; otherwise why not.
    Result<MeetingStatus> readMeetingStatus(
        const QString &meetingId, int number, const QByteArray &trustedKey) const;

    // Device folders and their records (check-ins, ballots, ...), strict names only.
    // The caller verifies each record's signature and role (trust/, voting/).
    QStringList deviceIds() const;
    QStringList deviceRecordNames(const QString &deviceId) const;
    Result<QByteArray> readDeviceRecord(const QString &deviceId, const QString &fileName) const;

    // Share format 2.0: a meeting's session log (docs/share-format.md, "The session log").
    // Pages are listed only to find where to start; a seat then lists its current page and
    // looks whether the next one exists.
    QList<int> sessionPages(const QString &meetingId) const;
    bool sessionPageExists(const QString &meetingId, int page) const;
    // The entries of one page ("<device id>.<record name>"), strict names only; links and
    // anything else are refused when read.
    QStringList sessionEntries(const QString &meetingId, int page) const;
    QString sessionEntryPath(const QString &meetingId, int page, const QString &entryName) const;
    QString sessionPagePath(const QString &meetingId, int page) const;
    // Share format 2.0: the publications the index announces (one listing for the whole share).
    QList<shareformat::IndexEntry> indexEntries() const;

private:
    QString m_root;
};

} // namespace phonghop
