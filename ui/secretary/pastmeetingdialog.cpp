#include "secretary/pastmeetingdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace phonghop::ui {

namespace {
constexpr int MeetingIdRole = Qt::UserRole + 1;
}

PastMeetingDialog::PastMeetingDialog(
    const QList<MeetingSummary> &meetings, Purpose purpose, QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
{
    const bool asTemplate = purpose == Purpose::CopyAsTemplate;
    setWindowTitle(asTemplate ? tr("Copy a past meeting") : tr("Revise a published meeting"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(asTemplate
            ? tr("The new meeting gets its participants and agenda:")
            : tr("Open this meeting's latest revision to change and publish it again:"),
        this));
    m_list->setStyleSheet(QStringLiteral("QListWidget::item { min-height: 44px; }"));
    const QLocale locale;
    for (const MeetingSummary &summary : meetings) {
        auto *row = new QListWidgetItem(
            QStringLiteral("%1\n%2").arg(
                summary.title, locale.toString(summary.start, QStringLiteral("dd/MM/yyyy HH:mm"))),
            m_list);
        row->setData(MeetingIdRole, summary.id);
    }
    m_list->setCurrentRow(0);
    layout->addWidget(m_list);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    for (QAbstractButton *button : buttons->buttons())
        button->setMinimumHeight(44);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    resize(560, 480);
}

QString PastMeetingDialog::chosenMeetingId() const
{
    return m_list->currentItem() ? m_list->currentItem()->data(MeetingIdRole).toString()
                                 : QString();
}

} // namespace phonghop::ui
