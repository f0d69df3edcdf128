#pragma once

#include "meeting_core/session/sessionstate.h"
#include "meeting_core/store/outbox.h"
#include "meeting_core/trust/roster.h"
#include "meeting_core/trust/signingkey.h"
#include "meeting_core/util/result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <functional>
#include <optional>

namespace phonghop {

class ShareReader;

// Everything one refresh of the live session needs, copied out of the seat's cache so that
// the refresh can run away from the GUI thread (it touches the share, which may be a slow or
// vanished SMB mount, and verifies every signature).
// A roster revision verified against the pinned organisation key, with its signed bytes.
struct KeptRoster {
    VerifiedRoster roster;
    QByteArray bytes;
};

// One of this seat's own records (an Outbox item) with its record, parsed once.
struct OwnRecord {
    Outbox::Item item;
    std::shared_ptr<const SignedRecord> record; // null when the bytes are not a record
};

struct SessionScanInput {
    QString sharePath;
    QString meetingId;
    // Fingerprint of the pinned organisation key. Empty: none is pinned yet, and nothing on
    // the share is trusted (the share's own key is never taken for it).
    QString organisationPin;
    std::optional<VerifiedRoster> roster; // the roster the seat already trusts (succession)
    // Every roster revision of the meeting the seat's cache keeps (signed records): the seat
    // starts from the highest, whatever the share holds now.
    QList<QByteArray> keptRosters;
    QList<Outbox::Item> deliveries; // this seat's records not yet on the share
    // This seat's records (its Outbox, delivered or not) that may concern the meeting: its
    // ballots are what its own check rests on, and a delivered one that is gone from the share
    // (deleted, or replaced by another file) is delivered again.
    QList<OwnRecord> ownRecords;
    std::optional<SigningKey> key; // this seat's key (own ballots; the chair opens secret ones)
    QHash<QString, QList<int>> ownChoices; // this seat's secret choices, by ballot hash
    ChainCheckpoint seenChain;
    // This seat's arrival log for the meeting: when it first saw each record (by hash).
    QHash<QString, QDateTime> firstSeen;
    // The chair closes this poll on the ballots the scan finds (empty: no close).
    QString closePollId;
};

// What a scan found on the share besides the session's records (issue 13: bounded reads).
struct ScanStatistics {
    int foreignFolders = 0; // device folders of devices no roster revision lists: not read
    int foreignRecords = 0; // records in roster devices' folders signed by keys no roster lists
    int unreadableFiles = 0; // files that are not (yet) whole records, or that cannot be read
    int notReadYet = 0; // new files left for the next scan (this scan's reading budget spent)
    int foldersNotListed = 0; // folders whose time had not changed: their last listing stood
};

struct SessionScanResult {
    // False when the share's descriptor cannot be seen (unmounted, renamed, network down): then
    // nothing else is set, and the seat keeps the state it read last.
    bool shareReachable = true;
    QList<qint64> deliveredIds; // outbox items now on the share
    // What happened to each Outbox item the scan tried to deliver (pending ones, and delivered
    // ones it found gone from the share and delivered again).
    struct Delivery {
        qint64 id = 0;
        QString fileName; // its name on the share (or the one to try next time)
        bool delivered = false;
        bool renamed = false; // fileName differs from the one the Outbox had
        bool again = false; // it had been delivered before and was gone
        QString error; // translated, when not delivered
    };
    QList<Delivery> deliveries;
    Status rosterStatus = Status::success(); // why no (newer) roster was taken
    std::optional<VerifiedRoster>
        roster; // what the seat trusts after the scan: the newest revision
    QList<VerifiedRoster> earlierRosters; // the revisions before it (polls opened under them)
    QList<KeptRoster> rostersToKeep; // verified on the share, not among the input's keptRosters
    QList<SessionFile> files; // every session record file, roster files excluded
    SessionState state; // valid when roster is set
    QString seenChainHead; // the input's checkpoint head, to tell whether the chain moved
    // Records this scan saw for the first time (not in the input's firstSeen), at the scan's time.
    QHash<QString, QDateTime> arrivals;
    QByteArray shareOrganisationKey; // from the share's info file (empty: unreadable)
    int recordsRead = 0; // files read from the share by this scan (the rest came from memory)
    ScanStatistics statistics;
    // closePollId: the chair's signed close record, or why it could not be made.
    std::optional<SignedRecord> closeRecord;
    QString requestedClose; // the input's closePollId
    QString closedPollId;
    QDateTime closedAt;
    bool closePassed = false;
    Status closeStatus = Status::success();
};

// The ballot files of one poll among a scan's files (by name: "ballot-<poll id>-…").
QList<SessionFile> ballotFilesOf(const QList<SessionFile> &files, const QString &pollId);

// Reads the live session from the share incrementally. Records in device folders are
// immutable (docs/share-format.md: created, never replaced), so a record read once is kept in
// memory and never read again; each scan lists the folders and reads only names it has not
// seen, and verifies each signature once. A file that does not parse as a signed record is not
// kept, so a file still being copied in by another tool is read again next time. Not thread-safe:
// one scan at a time, on any thread.
//
// Bounds (someone with write access can fill the share with junk; a seat must stay quick): only
// the folders of devices that a roster revision of the meeting lists are listed, and the
// organisation key's folder for the rosters; a record signed by a key no roster lists is
// recognised from its envelope, without verifying its signature, and kept only as its signer;
// a file that is not a whole record is kept as its first bytes and looked at again only when
// its size or time changes, less often the longer it stays broken; at most maxNewReadsPerScan
// files are read per scan, maxKeptRecords records kept, and problems about junk are summed up
// per folder after the first few.
class SessionScanner final {
public:
    static constexpr int maxNewReadsPerScan = 20000;
    static constexpr int maxKeptRecords = 40000;
    static constexpr int maxForeignRecords = 200000;
    static constexpr int maxUnreadableFiles = 20000;
    static constexpr int junkListedPerFolder = 10;
    static constexpr uint relistEveryScans = 5; // an unchanged folder is listed again this often
    // A folder changed this recently may change again within the same tick of its clock
    // (2 s on SMB and FAT): it is listed again until its time is older than this.
    static constexpr int racyMtimeSecs = 2;

    SessionScanResult scan(const SessionScanInput &input);
    int knownRecords() const { return int(m_known.size()); }
    // Junk remembered compactly: records signed by unknown keys, and broken files.
    int junkRemembered() const { return int(m_foreign.size() + m_unreadable.size()); }

    // Share format 2.0: every page of the meeting's session log is listed again this often (a
    // stale listing on a file server is caught there), and when the chair closes a poll.
    static constexpr uint logRelistEveryScans = 300;
    // New log entries are read this many at a time.
    static constexpr int parallelReads = 8;

private:
    enum class Seen { Record, Foreign, Unreadable, Later };
    using Look = std::function<Seen(const QString &device, const QString &name, bool trusted,
        SessionFile &file, bool folderChanged, const QString &path, const QString &key)>;
    // An entry of a 2.0 session log page, "<device id>.<record name>".
    struct LogEntry {
        QString deviceId;
        QString recordName;
        QString path;
        QString key; // "<page>/<entry name>": what junk is remembered by
    };
    // What this seat knows of its meeting's session log (share format 2.0).
    struct SessionLog {
        QString meetingId;
        int page = 0; // the page listed on every scan (0: none found yet)
        uint scans = 0;
        QSet<QString> settled; // entries looked at for good (records and foreign ones)
        QList<LogEntry> retry; // entries to look at on the next scan (this scan's budget spent)
        QList<LogEntry> foreign; // signed by keys no roster lists: looked at again when they change
        QSet<QByteArray> foreignKeys; // the roster keys when foreign was last sorted out
        QList<SessionFile> rosters; // the meeting's rosters found in the log
        QList<SessionFile> records; // the meeting's records found in the log, in order
        QSet<QString> recordKeys; // "<device>/<name>" of those and of the legacy records
        QList<SessionFile> legacyRecords; // read once from the device folders (written as 1.x)
        bool legacyRead = false;
    };
    // The log entries not looked at for good yet: the current page and any that followed it
    // (every page when `everyPage`, on the first scan, and every logRelistEveryScans scans).
    QList<LogEntry> listSessionLog(const ShareReader &reader, bool everyPage);
    // Reads the entries not read before, parallelReads at a time, into m_prefetched.
    void prefetch(const QList<LogEntry> &entries);
    void readSessionLog(const QList<LogEntry> &news, const QString &organisationFolder,
        const QString &rosterPrefix, const Look &look, QList<SessionFile> &records,
        QList<SessionProblem> &problems, ScanStatistics &statistics);

    struct Unreadable {
        QByteArray head; // the first bytes of a ballot file, for its poll's ballot box
        QString message; // what is wrong, said once per scan (empty: the fold says it)
        qint64 size = -1;
        QDateTime modified;
    };

    QString m_sharePath;
    QByteArray m_shareOrganisationKey; // read once per share, and again when it changes
    int m_formatMajor = 1;
    bool m_shareUpgraded = false; // 2.0, with device folders written as 1.x before
    qint64 m_descriptorSize = -1;
    QDateTime m_descriptorModified;
    SessionLog m_log;
    // Log entries read ahead, several at a time, by path (a slow server answers reads in
    // parallel): taken by the scan's look at each entry, then dropped.
    QHash<QString, Result<QByteArray>> m_prefetched;
    QHash<QString, SessionFile> m_known; // "<device>/<name>" → the file, its record verified
    QString m_meetingId;
    QHash<QString, QDateTime> m_firstSeen; // records this scanner saw first (in case the log lags)
    QHash<QString, QByteArray> m_foreign; // "<device>/<name>" → signer no roster lists
    QHash<QString, Unreadable> m_unreadable; // "<device>/<name>" → a file that is no record (yet)
    QSet<QByteArray> m_knownKeys; // the device keys of every roster revision, as of the last scan
    struct FolderListing {
        QDateTime modified; // the folder's time when it was listed
        QList<SessionFile> records; // its records of the meeting's devices, verified
        int foreign = 0; // records signed by keys no roster lists
        QString firstForeign;
        QStringList unreadable; // files that are no record (yet): looked at again as they change
        bool complete = true; // every file was read (the scan's budget was not spent)
        // The folder's time was this close to the listing, so a change made after the listing
        // within the same tick of the file system's clock leaves the time as it was: the
        // folder is listed again until its time is safely older than a listing.
        bool racy = false;
    };
    QHash<QString, FolderListing> m_folders; // device folder → its last listing
    QStringList m_deviceFolders; // the last listing of devices/
    QDateTime m_devicesModified;
    bool m_devicesRacy = false; // devices/ changed close to its last listing
    uint m_scans = 0;
};

} // namespace phonghop
