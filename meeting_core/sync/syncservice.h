#pragma once

#include "meeting_core/sync/syncengine.h"

#include <QObject>
#include <QThread>
#include <QTimer>
#include <memory>

namespace phonghop {

// Runs SyncEngine off the GUI thread: once at start, then by polling the share with back-off
// (listings can be stale and mtimes lie, so polling is by revision, never by watch events).
// The worker opens its own connection to the cache.
class SyncService final : public QObject {
    Q_OBJECT
public:
    SyncService(QString cacheDirectory, QString sharePath, QObject *parent = nullptr);
    ~SyncService() override;

    // Polling interval while the share answers; doubles while it does not, up to maxInterval.
    void setIntervals(int normalMs, int maxMs);
    void start();
    void syncNow();
    void setSharePath(const QString &sharePath);
    // Optional pin from the system configuration: "3f2a-9c1d-..." (see AppSettings). With it,
    // the first sync pins the share's key when it matches and refuses it otherwise.
    void setRequiredOrganisationFingerprint(const QString &fingerprint);
    // The seat's sync scope and the days it keeps past meetings' documents (SyncEngine's
    // setScope and setKeepPastDocumentsDays; AppSettings "Sync/Scope" and
    // "Cache/KeepPastDocumentsDays"), from the next sync on.
    void setScope(SyncScope scope) { m_scope = scope; }
    void setKeepPastDocumentsDays(int days) { m_keepDays = std::max(0, days); }
    SyncScope scope() const { return m_scope; }
    int keepPastDocumentsDays() const { return m_keepDays; }

    const QString &sharePath() const { return m_sharePath; }
    bool isRunning() const { return m_running; }
    bool isOnline() const { return m_online; }

Q_SIGNALS:
    void syncStarted();
    void syncProgress(const phonghop::SyncProgress &progress);
    void syncFinished(const phonghop::SyncReport &report);
    // Emitted (after syncFinished) when the share presents an organisation this seat has not
    // pinned and no fingerprint is required: a person compares offered.fingerprint and, if it
    // is right, calls pinOrganisation(cache, offered.name, offered.key) and then syncNow().
    // Until then the service does not poll again on its own (nothing is read meanwhile).
    void organisationConfirmationNeeded(const phonghop::OfferedOrganisation &offered);
    void onlineChanged(bool online);

private:
    class Worker;
    void handleFinished(const SyncReport &report);

    QString m_cacheDirectory;
    QString m_sharePath;
    QString m_requiredFingerprint;
    SyncScope m_scope = SyncScope::Own;
    int m_keepDays = 0;
    QThread m_thread;
    Worker *m_worker = nullptr; // owned by m_thread's lifetime (deleteLater on finish)
    QTimer m_timer;
    CancellationToken m_cancel;
    int m_normalInterval = 30000;
    int m_maxInterval = 300000;
    int m_currentInterval = 30000;
    bool m_running = false;
    bool m_online = false;
    bool m_pending = false;
};

} // namespace phonghop

Q_DECLARE_METATYPE(phonghop::SyncReport)
Q_DECLARE_METATYPE(phonghop::SyncProgress)
