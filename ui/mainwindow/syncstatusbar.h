#pragma once

#include "meeting_core/sync/syncengine.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace phonghop::ui {

// The status area: which share, online or offline, when the last sync succeeded, progress of
// the current one, and a button to sync now.
class SyncStatusBar final : public QWidget {
    Q_OBJECT
public:
    explicit SyncStatusBar(QWidget *parent = nullptr);

    void setSharePath(const QString &path);
    void setLastSync(const QDateTime &time);
    void setOnline(bool online);
    void showSyncStarted();
    void showProgress(const SyncProgress &progress);
    void showFinished(const SyncReport &report);

    QString stateText() const;

Q_SIGNALS:
    void syncRequested();
    void chooseShareRequested();

private:
    QLabel *m_state;
    QLabel *m_share;
    QLabel *m_lastSync;
    QProgressBar *m_progress;
    QToolButton *m_syncButton;
    bool m_online = false;
};

} // namespace phonghop::ui
