#include "session/agendawidget.h"

#include "meeting_core/session/sessionservice.h"
#include "style/flowlayout.h"

#include <QGroupBox>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>
#include <functional>

namespace phonghop::ui {

using sessionui::touchButton;

namespace {

constexpr int itemIdRole = Qt::UserRole + 1;

// Parents before children, siblings by position: "4.a" right after "4", whatever order the
// cache lists them in.
QList<AgendaItem> inAgendaOrder(const QList<AgendaItem> &agenda)
{
    QList<AgendaItem> ordered;
    const std::function<void(const QString &, int)> add = [&](const QString &parent, int depth) {
        QList<AgendaItem> children;
        for (const AgendaItem &item : agenda) {
            if (item.parentId == parent && item.id != parent)
                children << item;
        }
        std::stable_sort(children.begin(), children.end(),
            [](const AgendaItem &a, const AgendaItem &b) { return a.position < b.position; });
        for (const AgendaItem &item : std::as_const(children)) {
            ordered << item;
            if (depth < 8) // a broken manifest cannot loop here
                add(item.id, depth + 1);
        }
    };
    add(QString(), 0);
    return ordered;
}

int depthOf(const QList<AgendaItem> &agenda, const AgendaItem &item)
{
    int depth = 0;
    QString parent = item.parentId;
    while (!parent.isEmpty() && depth < 8) {
        ++depth;
        const auto found = std::find_if(agenda.begin(), agenda.end(),
            [&parent](const AgendaItem &a) { return a.id == parent; });
        parent = found == agenda.end() ? QString() : found->parentId;
    }
    return depth;
}

} // namespace

AgendaWidget::AgendaWidget(SessionService &service, QWidget *parent)
    : SessionTaskWidget(service, parent)
{
    auto *v = new QVBoxLayout(this);
    // The chair's controls come first: they are what the chair came to the tab for.
    m_chair = new QGroupBox(tr("Chair: the selected item"), this);
    auto *row = new FlowLayout(m_chair);
    auto *makeCurrent = touchButton(tr("Make current"), m_chair);
    makeCurrent->setObjectName(QStringLiteral("agendaMakeCurrent"));
    auto *done = touchButton(tr("Done"), m_chair);
    done->setObjectName(QStringLiteral("markDone"));
    auto *deferred = touchButton(tr("Defer"), m_chair);
    deferred->setObjectName(QStringLiteral("markDeferred"));
    auto *withdrawn = touchButton(tr("Withdraw"), m_chair);
    withdrawn->setObjectName(QStringLiteral("markWithdrawn"));
    auto *reopen = touchButton(tr("Not handled yet"), m_chair);
    reopen->setObjectName(QStringLiteral("markOpen"));
    for (QPushButton *button : { makeCurrent, done, deferred, withdrawn, reopen })
        row->addWidget(button);
    v->addWidget(m_chair);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("sessionAgenda"));
    m_list->setWordWrap(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setStyleSheet(QStringLiteral("QListWidget::item { min-height: 40px; }"));
    v->addWidget(m_list, 1);

    connect(makeCurrent, &QPushButton::clicked, this,
        [this] { report(m_service.setCurrentItem(selectedItemId())); });
    connect(done, &QPushButton::clicked, this, [this] { mark(AgendaItemProgress::Done); });
    connect(deferred, &QPushButton::clicked, this, [this] { mark(AgendaItemProgress::Deferred); });
    connect(
        withdrawn, &QPushButton::clicked, this, [this] { mark(AgendaItemProgress::Withdrawn); });
    connect(reopen, &QPushButton::clicked, this, [this] { mark(AgendaItemProgress::Open); });
    refresh();
}

QString AgendaWidget::selectedItemId() const
{
    const QListWidgetItem *selected = m_list->currentItem();
    return selected ? selected->data(itemIdRole).toString() : m_service.state().currentItemId;
}

void AgendaWidget::mark(AgendaItemProgress progress)
{
    const QString itemId = selectedItemId();
    if (itemId.isEmpty()) {
        report(false, tr("Choose an agenda item first"));
        return;
    }
    report(m_service.markAgendaItem(itemId, progress));
}

void AgendaWidget::refresh()
{
    m_chair->setVisible(m_service.isChair());
    const SessionState &state = m_service.state();
    const std::optional<Meeting> meeting = m_service.meeting();
    const QList<AgendaItem> agenda = meeting ? inAgendaOrder(meeting->agenda) : QList<AgendaItem>();
    const QString keep
        = m_list->currentItem() ? m_list->currentItem()->data(itemIdRole).toString() : QString();
    // Rows are updated in place when the agenda is the same, so a selection stays put.
    bool sameItems = m_list->count() == agenda.size();
    for (int row = 0; sameItems && row < m_list->count(); ++row)
        sameItems = m_list->item(row)->data(itemIdRole).toString() == agenda.at(row).id;
    if (!sameItems)
        m_list->clear();
    for (qsizetype row = 0; row < agenda.size(); ++row) {
        const AgendaItem &item = agenda.at(row);
        QStringList parts { item.number + QStringLiteral(". ") + item.title };
        if (item.plannedMinutes > 0)
            parts << tr("%n minute(s)", nullptr, item.plannedMinutes);
        const AgendaItemProgress progress = state.progressOf(item.id);
        if (progress != AgendaItemProgress::Open)
            parts << agendaItemProgressName(progress);
        if (item.id == state.currentItemId)
            parts << tr("now");
        QString text = QString(depthOf(agenda, item) * 4, u' ') + parts.join(QStringLiteral(" — "));
        QListWidgetItem *entry = sameItems ? m_list->item(static_cast<int>(row)) : nullptr;
        if (!entry) {
            entry = new QListWidgetItem(m_list);
            entry->setData(itemIdRole, item.id);
        }
        entry->setText(text);
        QFont font = m_list->font();
        font.setBold(item.id == state.currentItemId);
        font.setStrikeOut(progress == AgendaItemProgress::Withdrawn);
        entry->setFont(font);
        entry->setForeground(progress == AgendaItemProgress::Done ? QColor(0x1b, 0x5e, 0x20)
                : progress == AgendaItemProgress::Deferred        ? QColor(0x7a, 0x41, 0x00)
                : progress == AgendaItemProgress::Withdrawn
                ? m_list->palette().color(QPalette::Disabled, QPalette::Text)
                : m_list->palette().color(QPalette::Text));
        if (!sameItems && item.id == keep)
            m_list->setCurrentItem(entry);
    }
}

} // namespace phonghop::ui
