#include "session/speakerqueuemodel.h"

#include "meeting_core/session/sessionstate.h"
#include "session/sessiontaskwidget.h"

namespace phonghop::ui {

SpeakerQueueModel::SpeakerQueueModel(QObject *parent)
    : KeyedRowsModel({ tr("Waiting to speak") }, parent)
{
}

void SpeakerQueueModel::update(const SessionState &state, const QList<AgendaItem> &agenda)
{
    const auto itemTitle
        = [&agenda](const QString &itemId) { return sessionui::agendaItemTitle(agenda, itemId); };
    QList<KeyedRow> rows;
    int n = 0;
    for (const SpeakRequest &r : state.queue()) {
        const QString text = QStringLiteral("%1. %2 — %3%4")
                                 .arg(++n)
                                 .arg(state.participantName(r.participantId),
                                     r.type == SpeakType::Question ? tr("question") : tr("speech"),
                                     r.itemId == state.currentItemId || r.itemId.isEmpty()
                                         ? QString()
                                         : QStringLiteral(" (") + itemTitle(r.itemId) + u')');
        rows.append({ r.hash, { { { Qt::DisplayRole, text } } } });
    }
    setRows(rows);
}

} // namespace phonghop::ui
