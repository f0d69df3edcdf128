#pragma once

#include "meeting_core/domain/meeting.h"
#include "meeting_core/share/shareformat.h"
#include "meeting_core/util/cancellation.h"
#include "meeting_core/util/result.h"

#include <QString>
#include <functional>
#include <optional>

namespace phonghop {

class SigningKey;

struct StoredObject {
    QString sha256;
    qint64 size = 0;
    // The share held other bytes under this object's name (same size or not, a link, a pipe)
    // and they were replaced by the right ones; `damage` says what was wrong (translated).
    bool repaired = false;
    QString damage;
};

// Writes a share (docs/share-format.md): objects first, then a signed, numbered manifest
// that is never overwritten. Used by the demo, the tests and the secretary's workspace.
class ShareWriter final {
public:
    explicit ShareWriter(QString rootPath);

    // Creates the folders and the share descriptor; a share that already names another
    // organisation key is refused. `majorVersion`: the layout of a new share (1: per device,
    // which seats of older versions read; 2: share format 2.0, the session log).
    Status initialise(const QString &organisationName, const SigningKey &organisationKey,
        int majorVersion = shareformat::legacyMajorVersion);

    // The organisation moves a 1.x share to format 2.0 (docs/share-format.md, "Upgrading a
    // share"): the descriptor is replaced in one step by one of version 2.0 that keeps its
    // organisation and creation time, and the index announces every meeting's latest valid
    // revision. Refused unless the descriptor names `organisationKey`. Already 2.0: nothing to do.
    Status upgrade(const SigningKey &organisationKey);

    // The major version of the share's descriptor (1 when it cannot be read: a writer never
    // puts records where a 1.x reader would miss them unless the share says 2.0).
    int formatMajor() const;

    // Share format 2.0: writes a session record of `meetingId` into the meeting's session log,
    // as "<device>.<fileName>" in the highest page (the next one once it is full), and again
    // in the page after it if that appeared meanwhile (so a seat that moved on still sees it).
    // Writing the same bytes again succeeds.
    enum class SessionWrite { Written, NameTaken, Failed };
    struct SessionWriteOutcome {
        SessionWrite kind = SessionWrite::Failed;
        QString error; // translated
    };
    SessionWriteOutcome writeSessionRecord(const QString &meetingId, const QString &deviceId,
        const QString &fileName, const QByteArray &bytes);

    // Bytes done and total while one object is copied (large scans take a while).
    using ByteProgress = std::function<void(qint64 done, qint64 total)>;

    // Adds a file as a content-addressed object. An object already under its name is kept only
    // when its bytes hash to that name (read like any share file, within its size); anything
    // else there is replaced in one step by the right bytes (StoredObject::repaired), or the
    // call fails saying why, so a same-size junk file cannot keep a revision out of new seats.
    Result<StoredObject> putObject(const QString &filePath, const CancellationToken &cancel = {},
        const ByteProgress &progress = {});

    // Publishes `meeting` as its next revision, signed with `key`, and returns the revision.
    // The next revision follows the highest one that verifies against `key` (share format
    // 1.1): names above it that are not valid revisions — a lone signature, an unsigned or
    // badly signed manifest, a pipe — are skipped, never built upon, and each is added to
    // `notices` (translated). When `basedOnRevision` is given and the share holds a newer
    // valid revision, nothing is written: another publisher got there first.
    Result<int> publish(const Meeting &meeting, const SigningKey &key,
        std::optional<int> basedOnRevision = std::nullopt, QStringList *notices = nullptr);

    // The highest revision of the meeting whose manifest and signature verify against
    // `organisationKey` (0: none).
    int highestValidRevision(const QString &meetingId, const QByteArray &organisationKey) const;

    // Publishes the meeting's status (postponed, cancelled, ...) as the next status record in
    // its folder, signed with `key`, and returns its number. The meeting must have a revision
    // that verifies against `key`; the number follows the highest name present, and a name
    // taken meanwhile is skipped (create, never replace).
    Result<int> publishMeetingStatus(
        const QString &meetingId, const MeetingStatus &status, const SigningKey &key);

    // Writes a record into devices/<deviceId>/ (this device's own folder: one writer per
    // folder). Writing the same bytes again succeeds, so a delivery interrupted after the
    // write but before it was noted can simply be repeated.
    Status writeDeviceRecord(
        const QString &deviceId, const QString &fileName, const QByteArray &bytes);

    // The highest revision number any name in the meeting's folder uses (manifests and lone
    // signatures, valid or not): what share format 1.0 writers counted from.
    int latestRevisionNumber(const QString &meetingId) const;

private:
    QString m_root;
    mutable int m_formatMajor = 0; // read once
    Status announceRevision(const QString &meetingId, int revision);
    Status announceStatus(const QString &meetingId, int number);
    Status announce(const QString &entryName);
    Status writeLegacyDeviceRecord(
        const QString &deviceId, const QString &fileName, const QByteArray &bytes);
    // Writes `bytes` under `path` unless the name is taken; the same bytes there count as written.
    SessionWriteOutcome writeEntry(const QString &path, const QByteArray &bytes);
};

} // namespace phonghop
