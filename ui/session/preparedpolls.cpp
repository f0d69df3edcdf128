#include "session/preparedpolls.h"

#include "meeting_core/domain/meeting.h"
#include "meeting_core/session/sessionstate.h"
#include "session/sessiontaskwidget.h"

#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace phonghop::ui {

PreparedPollsBox::PreparedPollsBox(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("preparedPolls"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *box = new QGroupBox(tr("Ready"), this);
    m_list = new QVBoxLayout(box);
    outer->addWidget(box);
    hide();
}

void PreparedPollsBox::update(const Meeting *meeting, const SessionState &state)
{
    const QList<PreparedPoll> polls = meeting ? meeting->polls : QList<PreparedPoll>();
    // Items in agenda order, the current one first: its polls are the ones about to be voted.
    QStringList itemOrder;
    if (meeting) {
        if (!state.currentItemId.isEmpty())
            itemOrder << state.currentItemId;
        for (const AgendaItem &item : meeting->agenda) {
            if (!itemOrder.contains(item.id))
                itemOrder << item.id;
        }
    }
    QString key = itemOrder.join(u',');
    for (const PreparedPoll &poll : polls)
        key += u'|' + poll.id + u'/' + poll.agendaItemId + u'/' + poll.title
            + (state.poll(poll.id) ? u'+' : u'-');
    setVisible(!polls.isEmpty());
    if (key == m_shownKey)
        return; // unchanged: the buttons stay under the finger
    m_shownKey = key;
    // Later, not now: the button tapped may be the one whose click brought us here.
    while (QLayoutItem *item = m_list->takeAt(0)) {
        if (QWidget *widget = item->widget()) {
            widget->hide();
            widget->setObjectName(QString());
            widget->deleteLater();
        }
        delete item;
    }
    for (const QString &itemId : std::as_const(itemOrder)) {
        const QList<PreparedPoll> ofItem = meeting->pollsOf(itemId);
        if (ofItem.isEmpty())
            continue;
        auto *heading
            = new QLabel((itemId == state.currentItemId ? tr("Now: %1") : QStringLiteral("%1"))
                             .arg(sessionui::agendaItemTitle(meeting->agenda, itemId)),
                this);
        sessionui::wrap(heading);
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
        m_list->addWidget(heading);
        for (const PreparedPoll &poll : ofItem) {
            const bool opened = state.poll(poll.id) != nullptr;
            auto *button = sessionui::touchButton(
                opened ? tr("%1 (opened)").arg(poll.title) : poll.title, this);
            button->setObjectName(QStringLiteral("prepared-") + poll.id);
            // A large target: the chair opens it with one tap, between two sentences.
            button->setMinimumHeight(std::max(button->minimumHeight(), 56));
            button->setToolTip(tr("Open this prepared poll"));
            button->setEnabled(!opened);
            connect(button, &QPushButton::clicked, this,
                [this, id = poll.id] { Q_EMIT openRequested(id); });
            m_list->addWidget(button);
        }
    }
}

} // namespace phonghop::ui
