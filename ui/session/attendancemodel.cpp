#include "session/attendancemodel.h"

#include "meeting_core/session/sessionstate.h"

#include <QColor>

namespace phonghop::ui {

AttendanceModel::AttendanceModel(QObject *parent)
    : KeyedRowsModel({ tr("Participant"), tr("Status"), tr("Note") }, parent)
{
}

void AttendanceModel::update(const SessionState &state)
{
    QList<KeyedRow> rows;
    rows.reserve(state.attendance.size());
    for (const AttendanceEntry &e : state.attendance) {
        QMap<int, QVariant> status { { Qt::DisplayRole,
            attendanceCategoryName(attendanceCategory(e)) } };
        if (e.status == AttendanceStatus::Present)
            status.insert(Qt::ForegroundRole, QColor(0x1b, 0x5e, 0x20));
        else if (e.status == AttendanceStatus::Absent)
            status.insert(Qt::ForegroundRole, QColor(0xb0, 0x00, 0x20));
        else if (e.status == AttendanceStatus::Proxy)
            status.insert(Qt::ForegroundRole, QColor(0x15, 0x65, 0xc0));
        QString note = e.reason;
        if (e.status == AttendanceStatus::Proxy)
            note = tr("to %1").arg(state.participantName(e.proxyTo))
                + (e.reason.isEmpty() ? QString() : QStringLiteral(" — ") + e.reason);
        rows.append({ e.participantId,
            { { { Qt::DisplayRole, e.name }, { Qt::ToolTipRole, e.title } }, status,
                { { Qt::DisplayRole, note } } } });
    }
    setRows(rows);
}

} // namespace phonghop::ui
