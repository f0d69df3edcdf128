#include "meetinglistmodel.h"

#include "timeformat.h"

namespace phonghop::ui {

MeetingListModel::MeetingListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void MeetingListModel::setMeetings(const QList<MeetingSummary> &meetings, const QDateTime &now)
{
    beginResetModel();
    m_meetings = meetings;
    m_now = now;
    endResetModel();
}

int MeetingListModel::rowOf(const QString &meetingId) const
{
    for (qsizetype row = 0; row < m_meetings.size(); ++row) {
        if (m_meetings.at(row).id == meetingId)
            return static_cast<int>(row);
    }
    return -1;
}

int MeetingListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_meetings.size());
}

QVariant MeetingListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_meetings.size())
        return {};
    const MeetingSummary &meeting = m_meetings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return meeting.title;
    case Qt::ToolTipRole: {
        const QString tip = tr("%1\n%2\n%3")
                                .arg(meeting.title, formatMeetingTime(meeting.start, meeting.end),
                                    meeting.location);
        const QString status = meeting.status.describe();
        return status.isEmpty() ? tip : tip + u'\n' + status;
    }
    case Qt::AccessibleDescriptionRole: {
        const QString status = meeting.status.describe();
        return (status.isEmpty() ? QString() : status + QStringLiteral(", "))
            + formatMeetingTime(meeting.start, meeting.end) + QStringLiteral(", ")
            + meeting.location;
    }
    case MeetingIdRole:
        return meeting.id;
    case StartRole:
        return meeting.start;
    case EndRole:
        return meeting.end;
    case LocationRole:
        return meeting.location;
    case UpcomingRole:
        return (meeting.end.isValid() ? meeting.end : meeting.start) >= m_now;
    case StatusRole:
        return static_cast<int>(meeting.status.kind);
    case StatusTextRole:
        return meeting.status.describe();
    default:
        return {};
    }
}

} // namespace phonghop::ui
