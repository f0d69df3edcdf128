#pragma once

#include "meeting_core/domain/meeting.h"
#include "meeting_core/session/sessionscanner.h"
#include "meeting_core/session/sessionstate.h"
#include "meeting_core/trust/signingkey.h"
#include "meeting_core/util/result.h"

#include <QFutureWatcher>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QThreadPool>
#include <QTimer>
#include <memory>
#include <optional>

namespace phonghop {

class ArrivalLog;
class AuditLog;
class DatabaseError;
class MeetingCache;
class Outbox;
class RosterArchive;
class SessionSummaryArchive;

// Details printed in the minutes that the share does not say.
struct MinutesInfo {
    QString number; // "Số: 15/BB-UBND"; empty: a blank to fill in
    QString place; // "Sơn Hà"
};

// Details printed in the conclusion notice that the share does not say.
struct NoticeInfo {
    QString number; // "Số: 12/TB-UBND" (or "12/TB-UBND"); empty: a blank to fill in
    QString place; // "Sơn Hà"
};

// The live session as this seat takes part in it: who this seat is (its device key and the
// participant the roster lists it as), what every device folder on the share says (verified
// and folded into a SessionState), and this seat's own actions, each signed, committed to the
// Outbox first (durable before the screen says it is done), noted in the AuditLog, and then
// written into the device's own folder at once (the SyncEngine would deliver it at the next
// sync anyway; writing twice is harmless).
//
// Reading the share is a SessionScanner's job (incremental: only records not seen before are
// read). By default refresh() runs it on the calling thread and returns when the state is
// current (tools, tests). With setBackgroundRefresh(true) (the app) every refresh and every
// action's follow-up read runs on a worker thread and the state arrives with stateChanged(),
// so a slow or vanished share never freezes the screen; problems found there are reported
// with problemOccurred().
class SessionService final : public QObject {
    Q_OBJECT
public:
    // cache: the seat's MeetingCache (the device key lives in its folder, next to it).
    SessionService(
        MeetingCache &cache, QString sharePath, QString meetingId, QObject *parent = nullptr);
    ~SessionService() override;

    const QString &meetingId() const { return m_meetingId; }
    const QString &sharePath() const { return m_sharePath; }
    void setSharePath(const QString &sharePath);
    void setMeetingId(const QString &meetingId);

    // Re-reads the share every intervalMs (0 stops), in the background.
    void setRefreshInterval(int intervalMs);
    void setBackgroundRefresh(bool background);
    bool backgroundRefresh() const { return m_background; }
    // Delivers pending records, reads the roster and the device folders, folds the session;
    // returns once the state is current (waits for a background read under way).
    Status refresh();
    // Starts a refresh on a worker thread (or notes that another is wanted after the one
    // under way); the result arrives with stateChanged().
    void requestRefresh();
    // A background refresh is under way (its state has not arrived yet).
    bool refreshing() const { return !m_scanApplied; }
    // Whether the last refresh could see the share; when not, state() is what was read last,
    // at lastReadAt().
    bool shareReachable() const { return m_shareReachable; }
    QDateTime lastReadAt() const { return m_lastReadAt; }
    // Records read from the share by the last refresh (the rest were known already).
    int lastRecordsRead() const { return m_lastRecordsRead; }

    bool hasRoster() const { return m_roster.has_value(); }
    const SessionState &state() const { return m_state; }
    std::optional<Meeting> meeting() const; // from the cache, its agenda in reading order
    QString deviceId() const;
    QByteArray publicKey() const;
    // The participant this seat's key is enrolled as, or nullptr (not enrolled yet).
    const RosterParticipant *self() const;
    bool isChair() const;
    bool isSecretary() const;

    // Demo only: on the demo share a seat may act as any demo participant with that
    // participant's well-known key. The choice is stored in the cache.
    bool isDemoShare() const;
    Status actAs(const QString &participantId); // empty: back to this device's own key
    QString actingAs() const;

    // Roll call.
    Status checkIn(const QString &participantId = {}); // empty: oneself
    Status reportAbsence(const QString &participantId, const QString &reason);
    Status giveProxy(const QString &participantId, const QString &to, const QString &reason = {});
    // Speakers.
    // text: the topic, at most maxSpeakTextLength characters. Refused on a closed list.
    Status requestToSpeak(const QString &itemId, SpeakType type, const QString &text = {});
    Status callSpeaker(const QString &requestHash); // chair
    Status callNextSpeaker(); // chair: the first request of the current item (or any)
    Status startSpeakingTime(); // chair
    Status stopSpeakingTime(); // chair
    // The speakers' list (sessionservicespeakers.cpp). One's own request still waiting:
    Status withdrawRequest(const QString &requestHash);
    Status closeSpeakerList(const QString &itemId); // chair: requests are refused until reopened
    Status reopenSpeakerList(const QString &itemId); // chair
    Status removeSpeakRequest(const QString &requestHash); // chair
    // chair: the waiting requests of one list (item and type) in this order.
    Status reorderSpeakers(const QString &itemId, SpeakType type, const QStringList &hashes);
    // chair: the speaking time per speaker, for an item (empty: the meeting); 0 removes it.
    Status setSpeakingLimit(const QString &itemId, int seconds);
    Status setCurrentItem(const QString &itemId); // chair
    Status broadcastPage(const QString &documentSha256, int page); // chair
    // chair: marks an agenda item done, deferred or withdrawn (Open takes the mark back).
    Status markAgendaItem(const QString &itemId, AgendaItemProgress progress);
    // Polls.
    Result<QString> openPoll(const PollDefinition &poll); // chair; returns the poll id
    // "bq-<n>": the first id no poll on the share, nor one this seat just opened, has.
    QString nextPollId() const;
    // otherText: the opinion written with the poll's "Ý kiến khác" option. forParticipant: a
    // member who gave this seat's participant their proxy, where the roster allows voting by
    // proxy (empty: one's own ballot).
    Status castVote(const QString &pollId, const QList<int> &choices, const QString &otherText = {},
        const QString &forParticipant = {});
    Status closePoll(const QString &pollId); // chair
    QByteArray exportPollCsv(const QString &pollId) const;
    // Decisions and minutes. The chair's conclusion goes into the decision chain; the
    // secretary's is a draft that the chair confirms (signs into the chain) as it stands.
    // A conclusion may cite a document (the SHA-256 of a file on the share; refused when it is
    // not 64 hex digits, or when the meeting is cached and neither lists nor holds it).
    Status recordConclusion(const QString &itemId, const QString &conclusion,
        const QStringList &pollIds, const QString &documentSha256 = {});
    Status confirmConclusion(const QString &draftHash); // chair
    // Chair: corrects a current decision with a later one of the same item that supersedes it
    // (it keeps the polls the corrected one rests on). The chain keeps both.
    Status supersedeConclusion(
        const QString &decisionHash, const QString &conclusion, const QString &documentSha256 = {});
    // The decision of the chain with this record hash, or the one whose hash starts with it
    // (at least 8 hex digits, unique); -1 when none is.
    qsizetype findDecision(const QString &hashOrPrefix) const;
    Status writeMinutes(const QString &pdfPath, const MinutesInfo &info) const;
    Status signMinutes(const QString &pdfPath); // chair; locks the minutes
    Status writeAttendancePdf(const QString &pdfPath) const;
    Status writeNotice(const QString &pdfPath, const NoticeInfo &info) const;
    // The number and place of this meeting's minutes and notice as kept in the cache (given
    // for a draft before); `kept` false when none were, and then the last meeting's number and
    // place, to start from.
    struct DocumentDetails {
        MinutesInfo minutes;
        QString noticeNumber;
        bool kept = false;
    };
    DocumentDetails documentDetails() const;
    Status keepDocumentDetails(const MinutesInfo &minutes, const QString &noticeNumber);

    AuditLog &auditLog();
    int pendingDeliveries() const;
    // This seat's records not on the shared folder yet ("not delivered yet"), oldest first, with
    // why the last attempt failed (empty before the first attempt).
    struct Undelivered {
        QString fileName;
        QString kind; // "ballot", "check-in", ... (empty when the bytes are not a record)
        QDateTime createdAt;
        QString error; // translated
    };
    QList<Undelivered> undelivered() const;

Q_SIGNALS:
    void stateChanged();
    void identityChanged();
    void problemOccurred(const QString &message);

private:
    Status loadIdentity();
    SessionScanInput scanInput(const QString &closePollId);
    Status applyScan(const SessionScanResult &result, quint64 generation);
    Status applyScanResult(const SessionScanResult &result, quint64 generation);
    void keepSayingRedeliveries(const SessionScanResult &result);
    void keepSummary(); // the session summary archive (sessionsummary.h)
    static Status cacheFailure(const DatabaseError &error);
    void startBackgroundScan();
    void backgroundScanFinished();
    Status afterAction();
    QHash<QString, QList<int>> ownChoices();
    // This device's Outbox items, each parsed once (read incrementally from the Outbox).
    const QList<OwnRecord> &ownRecords();
    void rememberOwnChoices(const QString &ballotHash, const QList<int> &choices);
    // Durable first (Outbox, and the audit log unless action is empty), then delivered.
    Status publishRecord(const SignedRecord &record, const QString &fileName, const QString &action,
        const QString &subject, const QString &details);
    // A session record of this seat, signed now and published as above.
    Status publishSessionRecord(const QString &kind, const QJsonObject &fields,
        const QString &action, const QString &subject, const QString &details);
    Status timeFloor(const QString &floorAction, const QString &auditAction);
    Status speakersListAction(const QString &action, const QString &itemId, QJsonObject fields,
        const QString &auditAction, const QString &subject);
    Status requireRole(Role role) const;
    Status recordDecision(const QString &itemId, const QString &conclusion,
        const QStringList &pollIds, const QString &draftHash, const QString &documentSha256 = {},
        qsizetype supersededIndex = -1);
    Result<QString> checkedDocument(const QString &sha256) const; // normalised, or why not
    Status requireEnrolled() const;
    QString valueKey(const QString &name) const;

    MeetingCache &m_cache;
    QString m_sharePath;
    QString m_meetingId;
    std::optional<SigningKey> m_key;
    std::optional<VerifiedRoster> m_roster;
    SessionState m_state;
    QList<SessionFile> m_files;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<RosterArchive> m_rosters; // every roster revision this seat verified
    QList<OwnRecord> m_own; // this device's Outbox items (ownRecords())
    QString m_ownDevice; // the device m_own belongs to
    QHash<qint64, QString> m_deliveryErrors; // Outbox item → why its last delivery failed
    std::unique_ptr<ArrivalLog> m_arrivals; // when this seat first saw each record
    std::unique_ptr<SessionSummaryArchive> m_summaries; // statistics (sessionsummary.h)
    QHash<QString, QDateTime> m_firstSeen; // m_arrivals for m_firstSeenMeeting, in memory
    QString m_firstSeenMeeting;
    QTimer m_timer;
    // Shared with the worker running a scan; one scan at a time.
    std::shared_ptr<SessionScanner> m_scanner;
    QFutureWatcher<SessionScanResult> m_watcher;
    // Its own thread: renders and carry-overs on the global pool never hold up the session.
    QThreadPool m_pool;
    bool m_background = false;
    bool m_scanApplied = true; // the watcher's last result was applied (or there was none)
    bool m_refreshWanted = false; // another background scan after the one under way
    QString m_pendingClose; // the chair asked to close this poll on the next scan
    quint64 m_generation = 0; // bumped when the share or meeting changes: older scans are void
    quint64 m_scanGeneration = 0;
    bool m_demoShare = false;
    int m_lastRecordsRead = 0;
    bool m_shareReachable = true;
    QSet<QString> m_openedPollIds; // by this seat, possibly not read back yet
    QDateTime m_lastReadAt;
    // The chair's last decision, until the share shows it: the next one must follow it.
    std::optional<SignedRecord> m_ownDecisionHead;
};

} // namespace phonghop
