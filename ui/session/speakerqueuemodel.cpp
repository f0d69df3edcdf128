#include "session/speakerqueuemodel.h"

#include "meeting_core/session/sessionstate.h"
#include "session/sessiontaskwidget.h"

namespace phonghop::ui {

SpeakerQueueModel::SpeakerQueueModel(SpeakType type, QObject *parent)
    : KeyedRowsModel({ type == SpeakType::Question ? tr("Questions") : tr("Speeches") }, parent)
    , m_type(type)
{
}

void SpeakerQueueModel::update(const SessionState &state, const QList<AgendaItem> &agenda)
{
    QList<KeyedRow> rows;
    int n = 0;
    for (const SpeakRequest &r : state.queue(m_type)) {
        QString text
            = QStringLiteral("%1. %2").arg(++n).arg(state.participantName(r.participantId));
        if (!r.text.isEmpty())
            text += QStringLiteral(": ") + r.text;
        if (r.itemId != state.currentItemId && !r.itemId.isEmpty())
            text += QStringLiteral(" (") + sessionui::agendaItemTitle(agenda, r.itemId) + u')';
        QMap<int, QVariant> cell { { Qt::DisplayRole, text } };
        if (!r.text.isEmpty())
            cell.insert(Qt::ToolTipRole, r.text); // a long topic is cut off in the list
        rows.append({ r.hash, { cell } });
    }
    setRows(rows);
}

} // namespace phonghop::ui
