#include "session/auditlogmodel.h"

#include "meeting_core/session/sessionstate.h"

#include <QLocale>

namespace phonghop::ui {

AuditLogModel::AuditLogModel(QObject *parent)
    : KeyedRowsModel({ tr("Time"), tr("Who"), tr("Action"), tr("Details") }, parent)
{
}

void AuditLogModel::update(const QList<AuditLog::Entry> &entries, const SessionState &state)
{
    QList<KeyedRow> rows;
    rows.reserve(entries.size());
    const QLocale locale;
    for (const AuditLog::Entry &e : entries) {
        rows.append({ QString::number(e.id),
            { { { Qt::DisplayRole, locale.toString(e.at.toLocalTime(), QLocale::ShortFormat) } },
                { { Qt::DisplayRole, state.participantName(e.actor) } },
                { { Qt::DisplayRole, e.action } },
                { { Qt::DisplayRole,
                    e.subject
                        + (e.details.isEmpty() ? QString()
                                               : QStringLiteral(": ") + e.details) } } } });
    }
    setRows(rows);
}

} // namespace phonghop::ui
