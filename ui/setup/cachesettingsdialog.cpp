#include "setup/cachesettingsdialog.h"

#include "meeting_core/settings/appsettings.h"
#include "meeting_core/store/meetingcache.h"
#include "meeting_core/sync/syncservice.h"
#include "style/touchstyle.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>
#include <memory>
#include <optional>

namespace phonghop::ui {

namespace {

QString megabytes(qint64 bytes)
{
    return QLocale().toString(double(bytes) / 1e6, 'f', 1);
}

// Runs `work` on a thread of its own, then `done` on the dialog's thread (not at all when the
// dialog is gone by then).
template <typename T>
void runOffGuiThread(QObject *context, std::function<T()> work, std::function<void(const T &)> done)
{
    auto result = std::make_shared<std::optional<T>>();
    QThread *thread = QThread::create([work = std::move(work), result] { *result = work(); });
    QObject::connect(thread, &QThread::finished, context, [result, done = std::move(done)] {
        if (*result)
            done(**result);
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start(QThread::LowPriority);
}

} // namespace

CacheSettingsDialog::CacheSettingsDialog(
    QString cacheDirectory, AppSettings *settings, SyncService &sync, QWidget *parent)
    : QDialog(parent)
    , m_cacheDirectory(std::move(cacheDirectory))
    , m_settings(settings)
    , m_sync(sync)
{
    setWindowTitle(tr("Cache and sync"));
    m_figures.keepDays = -1;
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, windowTitle(), question,
                   QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Yes;
    };

    m_size = new QLabel(tr("Measuring the cache…"));
    m_size->setObjectName(QStringLiteral("cacheSize"));
    m_size->setWordWrap(true);
    m_evictable = new QLabel;
    m_evictable->setObjectName(QStringLiteral("evictable"));
    m_evictable->setWordWrap(true);

    m_days = new QSpinBox;
    m_days->setObjectName(QStringLiteral("keepDays"));
    m_days->setRange(0, AppSettings::maximumKeepDays);
    m_days->setSuffix(tr(" days"));
    m_days->setSpecialValueText(tr("Keep for ever"));
    m_days->setMinimumHeight(touchTargetHeight);
    m_days->setValue(settings ? settings->keepPastDocumentsDays() : sync.keepPastDocumentsDays());

    m_scope = new QComboBox;
    m_scope->setObjectName(QStringLiteral("syncScope"));
    m_scope->addItem(tr("My meetings and those open to all staff"), syncScopeKey(SyncScope::Own));
    m_scope->addItem(
        tr("Every meeting of the organisation (the office's seat)"), syncScopeKey(SyncScope::All));
    m_scope->setMinimumHeight(touchTargetHeight);
    m_scope->setCurrentIndex(
        m_scope->findData(settings ? settings->syncScope() : syncScopeKey(sync.scope())));

    if (settings) {
        m_days->setEnabled(!settings->isLocked(AppSettings::Key::KeepPastDocumentsDays));
        m_scope->setEnabled(!settings->isLocked(AppSettings::Key::SyncScope));
        const QString managed = tr("This setting is managed by your administrator");
        if (!m_days->isEnabled())
            m_days->setToolTip(managed);
        if (!m_scope->isEnabled())
            m_scope->setToolTip(managed);
    }

    m_evict = new QPushButton(tr("Evict now…"));
    m_evict->setObjectName(QStringLiteral("evictNow"));
    m_evict->setMinimumHeight(touchTargetHeight);
    m_evict->setEnabled(false);

    auto *form = new QFormLayout;
    form->addRow(tr("Keep documents of past meetings for"), m_days);
    form->addRow(tr("Meetings this seat copies"), m_scope);

    auto *explanation = new QLabel(
        tr("Documents of meetings that ended longer ago are deleted from this computer after "
           "each sync. Their agendas, your annotations and notes, attendance, votes and "
           "decisions stay; a document can be fetched again from the shared folder when you "
           "open it."));
    explanation->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    for (QAbstractButton *button : buttons->buttons())
        button->setMinimumHeight(touchTargetHeight);
    connect(buttons, &QDialogButtonBox::accepted, this, &CacheSettingsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_size);
    layout->addWidget(m_evictable);
    layout->addWidget(m_evict, 0, Qt::AlignLeft);
    layout->addLayout(form);
    layout->addWidget(explanation);
    layout->addWidget(buttons);

    connect(m_days, &QSpinBox::valueChanged, this, &CacheSettingsDialog::refresh);
    connect(m_evict, &QPushButton::clicked, this, &CacheSettingsDialog::evictNow);
    refresh();
}

void CacheSettingsDialog::refresh()
{
    const int generation = ++m_generation;
    const int days = m_days->value();
    m_evict->setEnabled(false);
    const QString directory = m_cacheDirectory;
    runOffGuiThread<Result<CacheFigures>>(
        this,
        [directory, days]() -> Result<CacheFigures> {
            auto cache = MeetingCache::open(directory);
            if (!cache)
                return Result<CacheFigures>::failure(cache.error());
            return CacheRetention(*cache.value()).figures(days);
        },
        [this, generation](
            const Result<CacheFigures> &figures) { showFigures(figures, generation); });
}

void CacheSettingsDialog::showFigures(const Result<CacheFigures> &figures, int generation)
{
    if (generation != m_generation)
        return;
    if (!figures) {
        m_size->setText(tr("The cache could not be measured: %1").arg(figures.error()));
        m_evictable->clear();
        return;
    }
    m_figures = figures.value();
    m_size->setText(tr("This computer holds %1 MB for PhòngHọp, of which %2 MB are documents.")
                        .arg(megabytes(m_figures.totalBytes), megabytes(m_figures.documentBytes)));
    if (m_figures.keepDays == 0)
        m_evictable->setText(tr("Documents of past meetings are kept for ever."));
    else if (m_figures.evictableObjects == 0)
        m_evictable->setText(tr("No document of a meeting that ended more than %n day(s) ago is "
                                "on this computer.",
            nullptr, m_figures.keepDays));
    else
        m_evictable->setText(
            tr("Eviction would free %1 MB: %2 file(s) of %3 meeting(s) that ended more than %4 "
               "day(s) ago.")
                .arg(megabytes(m_figures.evictableBytes))
                .arg(m_figures.evictableObjects)
                .arg(m_figures.pastMeetingsWithDocuments)
                .arg(m_figures.keepDays));
    m_evict->setEnabled(m_figures.evictableObjects > 0);
    Q_EMIT figuresShown();
}

void CacheSettingsDialog::evictNow()
{
    const int days = m_days->value();
    if (days <= 0
        || !m_confirm(tr("Delete from this computer the documents of meetings that "
                         "ended more than %1 day(s) ago (%2 MB)? This cannot be "
                         "undone on this computer; the documents can be fetched again "
                         "from the shared folder.")
                          .arg(days)
                          .arg(megabytes(m_figures.evictableBytes))))
        return;
    m_evict->setEnabled(false);
    const QString directory = m_cacheDirectory;
    runOffGuiThread<Result<EvictionResult>>(
        this,
        [directory, days]() -> Result<EvictionResult> {
            auto cache = MeetingCache::open(directory);
            if (!cache)
                return Result<EvictionResult>::failure(cache.error());
            return CacheRetention(*cache.value()).evict(days);
        },
        [this](const Result<EvictionResult> &evicted) {
            if (!evicted) {
                QMessageBox::warning(this, windowTitle(),
                    tr("The documents could not be evicted: %1").arg(evicted.error()));
            } else {
                Q_EMIT evictionFinished(evicted->objectsDeleted, evicted->bytesFreed);
            }
            refresh();
        });
}

void CacheSettingsDialog::save()
{
    const QString scopeKey = m_scope->currentData().toString();
    const SyncScope scope = syncScopeFromKey(scopeKey).value_or(SyncScope::Own);
    if (m_settings) {
        Status saved = m_settings->setSyncScope(scopeKey);
        if (saved)
            saved = m_settings->setKeepPastDocumentsDays(m_days->value());
        if (saved)
            saved = m_settings->sync();
        if (!saved) {
            QMessageBox::warning(
                this, windowTitle(), tr("The settings could not be saved: %1").arg(saved.error()));
            return;
        }
    }
    const bool scopeChanged = scope != m_sync.scope();
    m_sync.setScope(scope);
    m_sync.setKeepPastDocumentsDays(m_days->value());
    if (scopeChanged)
        m_sync.syncNow();
    accept();
}

} // namespace phonghop::ui
