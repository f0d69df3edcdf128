#include "syncstatusbar.h"

#include "timeformat.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace phonghop::ui {

SyncStatusBar::SyncStatusBar(QWidget *parent)
    : QWidget(parent)
    , m_state(new QLabel(this))
    , m_share(new QLabel(this))
    , m_lastSync(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_syncButton(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 2, 8, 2);
    layout->setSpacing(16);
    m_state->setObjectName(QStringLiteral("syncState"));
    m_share->setObjectName(QStringLiteral("sharePath"));
    m_lastSync->setObjectName(QStringLiteral("lastSync"));
    m_share->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The texts are as wide as they like where there is room, but never set the window's
    // minimum width: on an 800-px portrait tablet they give way instead of pushing the window
    // (and the Sync button) past the screen's edge.
    for (QLabel *label : { m_state, m_share, m_lastSync })
        label->setMinimumWidth(48);
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_progress->hide();

    auto *chooseShare = new QToolButton(this);
    chooseShare->setIcon(QIcon(QStringLiteral(":/icons/folder.svg")));
    chooseShare->setToolTip(tr("Choose the shared folder"));
    chooseShare->setMinimumSize(44, 44);
    chooseShare->setIconSize(QSize(24, 24));
    connect(chooseShare, &QToolButton::clicked, this, &SyncStatusBar::chooseShareRequested);

    m_syncButton->setIcon(QIcon(QStringLiteral(":/icons/sync.svg")));
    m_syncButton->setText(tr("Sync now"));
    m_syncButton->setToolTip(tr("Sync now (F5)"));
    m_syncButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_syncButton->setMinimumHeight(44);
    m_syncButton->setIconSize(QSize(24, 24));
    connect(m_syncButton, &QToolButton::clicked, this, &SyncStatusBar::syncRequested);

    layout->addWidget(m_state);
    layout->addWidget(chooseShare);
    layout->addWidget(m_share, 1);
    layout->addWidget(m_lastSync);
    layout->addWidget(m_progress);
    layout->addWidget(m_syncButton);
    setOnline(false);
    setLastSync({});
}

void SyncStatusBar::setSharePath(const QString &path)
{
    m_share->setText(path.isEmpty() ? tr("No shared folder chosen")
                                    : tr("Share: %1").arg(QDir::toNativeSeparators(path)));
}

void SyncStatusBar::setLastSync(const QDateTime &time)
{
    m_lastSync->setText(
        time.isValid() ? tr("Last sync: %1").arg(formatDateTime(time)) : tr("Not synced yet"));
}

void SyncStatusBar::setOnline(bool online)
{
    m_online = online;
    // A coloured dot and a word: colour alone does not tell everyone.
    m_state->setText(online ? tr("<span style=\"color:#2e7d32\">●</span> Online")
                            : tr("<span style=\"color:#c62828\">●</span> <b>Offline</b> — working "
                                 "from the local copy"));
}

QString SyncStatusBar::stateText() const
{
    return m_state->text();
}

void SyncStatusBar::showSyncStarted()
{
    m_syncButton->setEnabled(false);
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("Syncing…"));
    m_progress->show();
}

void SyncStatusBar::showProgress(const SyncProgress &progress)
{
    if (progress.bytesTotal <= 0)
        return;
    m_progress->setRange(0, 1000);
    m_progress->setValue(static_cast<int>(1000 * progress.bytesDone / progress.bytesTotal));
    m_progress->setFormat(
        tr("Documents %1 of %2").arg(progress.objectsDone).arg(progress.objectsTotal));
}

void SyncStatusBar::showFinished(const SyncReport &report)
{
    m_syncButton->setEnabled(true);
    m_progress->hide();
    if (report.reachedShare() && report.finishedAt.isValid())
        setLastSync(report.finishedAt);
}

} // namespace phonghop::ui
