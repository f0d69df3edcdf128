#pragma once

#include "meeting_core/store/cacheretention.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace phonghop {
class AppSettings;
class SyncService;
} // namespace phonghop

namespace phonghop::ui {

// "Cache and sync" (issue 16, docs/cache.md): what this seat's cache holds on disk and what
// eviction would free (computed off the GUI thread, on a connection of its own), the days the
// documents of past meetings are kept, the sync scope (own / all), and "Evict now" after a
// confirmation. Save keeps the choices in the settings (when the app has them: not for a share
// given on the command line) and tells the sync service, which applies them from its next sync.
class CacheSettingsDialog final : public QDialog {
    Q_OBJECT
public:
    CacheSettingsDialog(QString cacheDirectory, AppSettings *settings, SyncService &sync,
        QWidget *parent = nullptr);

    // Replaces the question asked before evicting (tests); true evicts.
    void setConfirmation(std::function<bool(const QString &question)> confirm)
    {
        m_confirm = std::move(confirm);
    }
    // The figures last shown (keepDays < 0 before the first arrive).
    const CacheFigures &figures() const { return m_figures; }

Q_SIGNALS:
    void figuresShown(); // the figures of the current days are on screen
    void evictionFinished(int objectsDeleted, qint64 bytesFreed);

private:
    void refresh();
    void showFigures(const Result<CacheFigures> &figures, int generation);
    void evictNow();
    void save();

    QString m_cacheDirectory;
    AppSettings *m_settings;
    SyncService &m_sync;
    QLabel *m_size = nullptr;
    QLabel *m_evictable = nullptr;
    QSpinBox *m_days = nullptr;
    QComboBox *m_scope = nullptr;
    QPushButton *m_evict = nullptr;
    std::function<bool(const QString &)> m_confirm;
    CacheFigures m_figures;
    int m_generation = 0; // figures computed for an older choice of days are dropped
};

} // namespace phonghop::ui
