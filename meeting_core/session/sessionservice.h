#pragma once

#include "domain/meeting.h"
#include "session/sessionstate.h"
#include "trust/signingkey.h"
#include "util/result.h"

#include <QObject>
#include <QTimer>
#include <memory>
#include <optional>

namespace phonghop {

class AuditLog;
class MeetingCache;
class Outbox;

// Details printed in the minutes that the share does not say.
struct MinutesInfo {
    QString number; // "Số: 15/BB-UBND"; empty: a blank to fill in
    QString place; // "Sơn Hà"
};

// The live session as this seat takes part in it: who this seat is (its device key and the
// participant the roster lists it as), what every device folder on the share says (verified
// and folded into a SessionState), and this seat's own actions, each signed, committed to the
// Outbox first (durable before the screen says it is done), noted in the AuditLog, and then
// written into the device's own folder at once (the SyncEngine would deliver it at the next
// sync anyway; writing twice is harmless).
class SessionService final : public QObject {
    Q_OBJECT
public:
    // cache: the seat's MeetingCache (the device key lives in its folder, next to it).
    SessionService(MeetingCache &cache, QString sharePath, QString meetingId,
        QObject *parent = nullptr);
    ~SessionService() override;

    const QString &meetingId() const { return m_meetingId; }
    const QString &sharePath() const { return m_sharePath; }
    void setSharePath(const QString &sharePath);
    void setMeetingId(const QString &meetingId);

    // Re-reads the share every intervalMs (0 stops).
    void setRefreshInterval(int intervalMs);
    // Delivers pending records, reads the roster and every device folder, folds the session.
    Status refresh();

    bool hasRoster() const { return m_roster.has_value(); }
    const SessionState &state() const { return m_state; }
    std::optional<Meeting> meeting() const;
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
    Status requestToSpeak(const QString &itemId, SpeakType type);
    Status callSpeaker(const QString &requestHash); // chair
    Status callNextSpeaker(); // chair: the first request of the current item (or any)
    Status startSpeakingTime(); // chair
    Status stopSpeakingTime(); // chair
    Status setCurrentItem(const QString &itemId); // chair
    Status broadcastPage(const QString &documentSha256, int page); // chair
    // Polls.
    Result<QString> openPoll(const PollDefinition &poll); // chair; returns the poll id
    Status castVote(const QString &pollId, const QList<int> &choices);
    Status closePoll(const QString &pollId); // chair
    QByteArray exportPollCsv(const QString &pollId) const;
    // Decisions and minutes.
    Status recordConclusion(
        const QString &itemId, const QString &conclusion, const QStringList &pollIds); // chair
    Status writeMinutes(const QString &pdfPath, const MinutesInfo &info) const;
    Status signMinutes(const QString &pdfPath); // chair; locks the minutes
    Status writeAttendancePdf(const QString &pdfPath) const;

    AuditLog &auditLog();
    int pendingDeliveries() const;

Q_SIGNALS:
    void stateChanged();
    void identityChanged();
    void problemOccurred(const QString &message);

private:
    Status loadIdentity();
    Status loadRoster();
    QList<SessionFile> readShare();
    Status publishRecord(const SignedRecord &record, const QString &fileName, const QString &action,
        const QString &subject, const QString &details);
    Status requireRole(Role role) const;
    Status requireEnrolled() const;
    QList<SessionFile> ballotFilesOf(const PollOpen &open) const;
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
    QTimer m_timer;
};

} // namespace phonghop
