#pragma once

#include "meeting_core/domain/meeting.h"

#include <QAbstractListModel>
#include <QDateTime>

namespace phonghop::ui {

// The meetings in the cache, upcoming first, as the cache orders them.
class MeetingListModel final : public QAbstractListModel {
    Q_OBJECT
public:
    enum Roles {
        MeetingIdRole = Qt::UserRole + 1,
        StartRole,
        EndRole,
        LocationRole,
        UpcomingRole,
        // The meeting's status (MeetingStatusKind as int) and its line: "Đã hủy — lý do…",
        // empty while it is simply scheduled.
        StatusRole,
        StatusTextRole,
    };

    explicit MeetingListModel(QObject *parent = nullptr);

    void setMeetings(const QList<MeetingSummary> &meetings, const QDateTime &now);
    int rowOf(const QString &meetingId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    QList<MeetingSummary> m_meetings;
    QDateTime m_now;
};

} // namespace phonghop::ui
