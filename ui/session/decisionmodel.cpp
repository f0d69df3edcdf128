#include "session/decisionmodel.h"

#include "meeting_core/session/sessionstate.h"
#include "session/sessiontaskwidget.h"

#include <QFont>

namespace phonghop::ui {

DecisionModel::DecisionModel(QObject *parent)
    : KeyedRowsModel({ tr("Conclusions") }, parent)
{
}

void DecisionModel::update(const SessionState &state, const QList<AgendaItem> &agenda)
{
    const auto itemTitle
        = [&agenda](const QString &itemId) { return sessionui::agendaItemTitle(agenda, itemId); };
    QList<KeyedRow> rows;
    for (int i = 0; i < state.chain.decisions.size(); ++i) {
        const DecisionRecord &d = state.chain.decisions.at(i);
        rows.append({ state.chain.hashes.value(i, QStringLiteral("decision-%1").arg(i)),
            { { { Qt::DisplayRole,
                QStringLiteral("%1: %2").arg(itemTitle(d.agendaItemId), d.conclusion) } } } });
    }
    QFont italic;
    italic.setItalic(true);
    for (const ConclusionDraft &d : state.unconfirmedDrafts()) {
        const QString title = itemTitle(d.itemId);
        const QString text
            = title.isEmpty() ? d.conclusion : title + QStringLiteral(": ") + d.conclusion;
        rows.append({ d.hash,
            { { { Qt::DisplayRole,
                    tr("Draft by %1, awaiting the chair — %2")
                        .arg(state.participantName(d.writtenBy), text) },
                { Qt::FontRole, italic }, { DraftHashRole, d.hash } } } });
    }
    setRows(rows);
}

} // namespace phonghop::ui
