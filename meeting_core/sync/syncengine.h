#pragma once

#include "util/cancellation.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <algorithm>
#include <functional>

namespace phonghop {

class MeetingCache;

struct SyncProblem {
    enum class Kind { Rejected, NotArrivedYet, Damaged, NotDelivered };
    Kind kind = Kind::Rejected;
    QString meetingId;
    int revision = 0;
    QString message; // translated, names the meeting and what is wrong
};

struct SyncReport {
    enum class Outcome {
        Success,        // the share was read; see problems for revisions kept out
        Unreachable,    // the share folder is missing or vanished during the sync
        NotAShare,
        NewerFormat,    // written by a newer PhòngHọp: nothing was read
        UntrustedShare, // the organisation key differs from the pinned one
        Failed,         // the local cache could not be written (disk full, ...)
        Cancelled,
    };
    Outcome outcome = Outcome::Success;
    QString message;                // one line for the user when outcome != Success
    QStringList updatedMeetings;    // ids whose new revision is now in the cache
    QList<SyncProblem> problems;
    int recordsDelivered = 0;       // outbox records written to this device's folder
    int objectsCopied = 0;
    qint64 bytesCopied = 0;
    QDateTime finishedAt;

    bool reachedShare() const { return outcome == Outcome::Success; }
    bool complete() const { return outcome == Outcome::Success && problems.isEmpty(); }
    // One line that sums it up: the failure, the first problem, or what was updated.
    QString summary() const;
};

struct SyncProgress {
    int objectsDone = 0;
    int objectsTotal = 0;
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;
};

// Brings a MeetingCache up to date from a mounted share folder, after delivering this
// device's outbox into its own folder there. Incremental (only newer
// revisions are read, only missing objects copied), verified (signature, schema, SHA-256
// before anything enters the cache), atomic per meeting (a revision appears whole or not at
// all) and resumable (objects already copied are kept, temporaries cleaned at start-up).
class SyncEngine final {
public:
    using ProgressCallback = std::function<void(const SyncProgress &)>;

    SyncEngine(MeetingCache &cache, QString sharePath);

    // Objects are copied by this many threads (hashing is CPU-bound, copying waits on I/O).
    void setCopyThreads(int threads) { m_copyThreads = std::max(1, threads); }
    // When IT pinned the organisation key in the system configuration, a share with another
    // key is refused even on the first sync ("3f2a-9c1d-...", see keyFingerprint()).
    void setRequiredOrganisationFingerprint(const QString &fingerprint) { m_requiredFingerprint = fingerprint; }

    // Progress may be reported from a worker thread.
    SyncReport run(const CancellationToken &cancel = {}, const ProgressCallback &progress = {});

private:
    MeetingCache &m_cache;
    QString m_sharePath;
    QString m_requiredFingerprint;
    int m_copyThreads = 2;
};

} // namespace phonghop
