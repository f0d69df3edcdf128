#include "syncservice.h"

#include "meeting_core/store/meetingcache.h"

#include <QCoreApplication>

namespace phonghop {

class SyncService::Worker final : public QObject {
public:
    Worker(QString cacheDirectory, CancellationToken cancel)
        : m_cacheDirectory(std::move(cacheDirectory))
        , m_cancel(std::move(cancel))
    {
    }

    // Runs on the worker thread; reports back through queued calls on the service.
    void run(SyncService *service, const QString &sharePath, const QString &requiredFingerprint,
        SyncScope scope, int keepDays)
    {
        SyncReport report;
        if (!m_cache) {
            auto opened = MeetingCache::open(m_cacheDirectory);
            if (!opened) {
                report.outcome = SyncReport::Outcome::Failed;
                report.message = opened.error();
                deliver(service, report);
                return;
            }
            m_cache = std::move(opened).value();
        }
        SyncEngine engine(*m_cache, sharePath);
        engine.setRequiredOrganisationFingerprint(requiredFingerprint);
        engine.setScope(scope);
        engine.setKeepPastDocumentsDays(keepDays);
        report = engine.run(m_cancel, [service](const SyncProgress &progress) {
            QMetaObject::invokeMethod(
                service, [service, progress] { Q_EMIT service->syncProgress(progress); },
                Qt::QueuedConnection);
        });
        deliver(service, report);
    }

private:
    static void deliver(SyncService *service, const SyncReport &report)
    {
        QMetaObject::invokeMethod(
            service, [service, report] { service->handleFinished(report); }, Qt::QueuedConnection);
    }

    QString m_cacheDirectory;
    CancellationToken m_cancel;
    std::unique_ptr<MeetingCache> m_cache;
};

SyncService::SyncService(QString cacheDirectory, QString sharePath, QObject *parent)
    : QObject(parent)
    , m_cacheDirectory(std::move(cacheDirectory))
    , m_sharePath(std::move(sharePath))
{
    qRegisterMetaType<SyncReport>();
    qRegisterMetaType<SyncProgress>();
    qRegisterMetaType<OfferedOrganisation>();
    m_thread.setObjectName(QStringLiteral("phonghop-sync"));
    m_worker = new Worker(m_cacheDirectory, m_cancel);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncService::syncNow);
}

SyncService::~SyncService()
{
    m_cancel.cancel();
    m_thread.quit();
    m_thread.wait();
}

void SyncService::setIntervals(int normalMs, int maxMs)
{
    m_normalInterval = normalMs;
    m_maxInterval = std::max(normalMs, maxMs);
    m_currentInterval = normalMs;
}

void SyncService::start()
{
    if (!m_thread.isRunning())
        m_thread.start(QThread::LowPriority);
    syncNow();
}

void SyncService::syncNow()
{
    if (m_sharePath.isEmpty())
        return;
    if (m_running) {
        m_pending = true; // run again as soon as this one ends
        return;
    }
    m_timer.stop();
    m_running = true;
    Q_EMIT syncStarted();
    Worker *worker = m_worker;
    const QString share = m_sharePath;
    const QString fingerprint = m_requiredFingerprint;
    const SyncScope scope = m_scope;
    const int keepDays = m_keepDays;
    QMetaObject::invokeMethod(
        worker,
        [worker, this, share, fingerprint, scope, keepDays] {
            worker->run(this, share, fingerprint, scope, keepDays);
        },
        Qt::QueuedConnection);
}

void SyncService::setSharePath(const QString &sharePath)
{
    m_sharePath = sharePath;
    m_currentInterval = m_normalInterval;
    syncNow();
}

void SyncService::setRequiredOrganisationFingerprint(const QString &fingerprint)
{
    m_requiredFingerprint = fingerprint;
}

void SyncService::handleFinished(const SyncReport &report)
{
    m_running = false;
    const bool online = report.outcome != SyncReport::Outcome::Unreachable;
    // Back off while the share does not answer; come back to the normal pace once it does.
    m_currentInterval = online ? m_normalInterval : std::min(m_currentInterval * 2, m_maxInterval);
    if (online != m_online) {
        m_online = online;
        Q_EMIT onlineChanged(online);
    }
    Q_EMIT syncFinished(report);
    if (report.outcome == SyncReport::Outcome::OrganisationUnconfirmed && report.offered) {
        // Polling again would only ask again: wait for the person (syncNow() once confirmed).
        m_pending = false;
        Q_EMIT organisationConfirmationNeeded(*report.offered);
        return;
    }
    if (m_pending) {
        m_pending = false;
        syncNow();
        return;
    }
    m_timer.start(online ? m_normalInterval : std::min(m_currentInterval, m_maxInterval));
}

} // namespace phonghop
