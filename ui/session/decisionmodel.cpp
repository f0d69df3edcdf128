#include "session/decisionmodel.h"

#include "meeting_core/session/sessionstate.h"
#include "session/sessiontaskwidget.h"

#include <QColor>
#include <QFont>

namespace phonghop::ui {

DecisionModel::DecisionModel(QObject *parent)
    : KeyedRowsModel({ tr("Conclusions") }, parent)
{
}

void DecisionModel::update(
    const SessionState &state, const QList<AgendaItem> &agenda, const QList<DocumentRef> &documents)
{
    const auto itemTitle
        = [&agenda](const QString &itemId) { return sessionui::agendaItemTitle(agenda, itemId); };
    const auto documentTitle = [&documents](const QString &sha256) {
        for (const DocumentRef &d : documents)
            if (d.sha256 == sha256)
                return d.title;
        return sha256.left(12) + QStringLiteral("…");
    };
    const ChainReport &chain = state.chain;
    QList<KeyedRow> rows;
    for (int i = 0; i < chain.decisions.size(); ++i) {
        const DecisionRecord &d = chain.decisions.at(i);
        QString text = QStringLiteral("%1: %2").arg(itemTitle(d.agendaItemId), d.conclusion);
        if (!d.supersedes.isEmpty())
            text = tr("Correction of decision %1 — %2")
                       .arg(chain.indexOf(d.supersedes) + 1)
                       .arg(text);
        if (!d.documentSha256.isEmpty())
            text += QStringLiteral(" ") + tr("(cites %1)").arg(documentTitle(d.documentSha256));
        const QString hash = chain.hashes.value(i, QStringLiteral("decision-%1").arg(i));
        QMap<int, QVariant> cell { { Qt::DisplayRole, text } };
        if (chain.isCurrent(i)) {
            cell.insert(CurrentDecisionRole, hash);
        } else {
            // Kept in the list (the chain keeps it), greyed, with what replaced it.
            cell.insert(Qt::DisplayRole,
                tr("Superseded by decision %1 — %2")
                    .arg(chain.indexOf(chain.supersededBy.value(i)) + 1)
                    .arg(text));
            cell.insert(Qt::ForegroundRole, QColor(0x75, 0x75, 0x75));
        }
        rows.append({ hash, { cell } });
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
