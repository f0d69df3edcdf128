#include "session/pollresultmodel.h"

#include "meeting_core/session/sessionstate.h"
#include "session/sessiontaskwidget.h"

namespace phonghop::ui {

PollResultModel::PollResultModel(QObject *parent)
    : KeyedRowsModel({ tr("Option"), tr("Votes"), tr("Percent") }, parent)
{
}

void PollResultModel::update(const PollState *poll)
{
    QList<KeyedRow> rows;
    if (poll && poll->closed) {
        int i = 0;
        for (const OptionResult &o : poll->result.options) {
            rows.append({ poll->open.poll.id + u'#' + QString::number(i++),
                { { { Qt::DisplayRole,
                      o.option.label + (o.elected ? tr(" (elected)") : QString()) } },
                    { { Qt::DisplayRole, QString::number(o.weight) } },
                    { { Qt::DisplayRole, sessionui::percentText(o.percent) } } } });
        }
    }
    setRows(rows);
}

} // namespace phonghop::ui
