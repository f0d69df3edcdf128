#pragma once

#include "meeting_core/store/cacheretention.h"
#include "meeting_core/sync/organisationtrust.h"
#include "meeting_core/util/cancellation.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <algorithm>
#include <functional>
#include <optional>

namespace phonghop {

class MeetingCache;
class ShareReader;
struct ShareInfo;

struct SyncProblem {
    enum class Kind { Rejected, NotArrivedYet, Damaged, NotDelivered };
    Kind kind = Kind::Rejected;
    QString meetingId;
    int revision = 0;
    QString message; // translated, names the meeting and what is wrong
};

struct SyncReport {
    enum class Outcome {
        Success, // the share was read; see problems for revisions kept out
        Unreachable, // the share folder is missing or vanished during the sync
        NotAShare,
        NewerFormat, // written by a newer PhòngHọp: nothing was read
        UntrustedShare, // the organisation key differs from the pinned or required one
        // No organisation key is pinned yet and none is required: nothing was read (nor
        // delivered); offered says which organisation the share presents, for a person to
        // confirm (pinOrganisation) before the next sync.
        OrganisationUnconfirmed,
        Failed, // the local cache could not be written (disk full, ...)
        Cancelled,
    };
    Outcome outcome = Outcome::Success;
    QString message; // one line for the user when outcome != Success
    // Ids whose new revision is now in the cache, or that left it (out of this seat's scope).
    QStringList updatedMeetings;
    QStringList updatedConsultations; // the same for consultations (issue 17)
    QList<SyncProblem> problems;
    std::optional<OfferedOrganisation> offered; // set with OrganisationUnconfirmed
    int recordsDelivered = 0; // outbox records written to this device's folder
    // The organisation revoked this device (a lost tablet): the confidential documents it held
    // were deleted from its cache at this sync ("remote wipe"); how many sealed files went.
    bool deviceRevoked = false;
    int confidentialFilesWiped = 0;
    int objectsCopied = 0;
    qint64 bytesCopied = 0;
    // Sync scope (issue 16, docs/cache.md): the meetings of the share this seat does not copy
    // (its person takes no part and they are not open to all staff), and of them those that
    // left its cache at this sync (the person was removed from a newer revision).
    int meetingsOutOfScope = 0;
    int meetingsLeftScope = 0;
    // Eviction after the sync: past meetings' documents deleted from the object store.
    int objectsEvicted = 0;
    qint64 bytesEvicted = 0;
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
    // The fingerprint this seat must find ("3f2a-9c1d-...", any spelling normaliseFingerprint
    // accepts): from the system configuration (IT), or `sync --expect-fingerprint`. A share
    // with another key is refused; with no key pinned yet, a share with this key is pinned.
    // Without it, a seat with no pin reads nothing and reports OrganisationUnconfirmed.
    void setRequiredOrganisationFingerprint(const QString &fingerprint)
    {
        m_requiredFingerprint = fingerprint;
    }
    // Which meetings this seat copies (docs/cache.md, "Sync scope"). Own by default: the
    // meetings of the person this seat's device is enrolled for in the organisation's signed
    // directory, and those open to all staff. A seat whose device is in no directory (not
    // enrolled, or a 1.x share without one) copies every meeting, as before scopes existed.
    void setScope(SyncScope scope) { m_scope = scope; }
    // Documents of meetings that ended more than this many days ago are not copied, and are
    // evicted from the cache after the sync (CacheRetention). 0 (the engine's default, for
    // tools and tests): never.
    void setKeepPastDocumentsDays(int days) { m_keepDays = std::max(0, days); }

    // The person whose meetings a seat with this device copies: the directory's person of the
    // device (the newest verified directory on the share); empty when there is none.
    static QString seatPerson(
        const QString &sharePath, const QByteArray &organisationKey, const QString &deviceId);

    // Progress may be reported from a worker thread.
    SyncReport run(const CancellationToken &cancel = {}, const ProgressCallback &progress = {});

    // Share format 2.0: every meeting folder is listed at least this often (else the index).
    static constexpr int fullShareLookSeconds = 600;

private:
    // The meetings whose folders this refresh lists: for a newer revision, and for a newer
    // status record.
    struct MeetingsToLookAt {
        QStringList forRevisions;
        QStringList forStatus;
        // Every folder is listed this time (a 1.x share, or a 2.0 share's periodic full look):
        // the consultations are looked at too (the index does not announce them).
        bool fullLook = false;
    };
    MeetingsToLookAt meetingsToLookAt(
        const ShareReader &reader, const ShareInfo &info, const QHash<QString, int> &cached);

    MeetingCache &m_cache;
    QString m_sharePath;
    QString m_requiredFingerprint;
    int m_copyThreads = 2;
    SyncScope m_scope = SyncScope::Own;
    int m_keepDays = 0;
};

} // namespace phonghop
