#pragma once

#include <QSplitter>

class QLabel;
class QListView;
class QTreeView;

namespace phonghop {
struct Meeting;
}

namespace phonghop::ui {

class AgendaModel;
class MeetingListModel;

// The main window's left column: the meetings (upcoming first) above, the selected meeting's
// title, time, place and chair with its agenda and documents below. Finger-friendly lists.
class MeetingColumn final : public QSplitter {
    Q_OBJECT
public:
    explicit MeetingColumn(QWidget *parent = nullptr);

    MeetingListModel *meetings() const { return m_meetings; }
    AgendaModel *agenda() const { return m_agenda; }
    QListView *meetingList() const { return m_meetingList; }
    QTreeView *agendaTree() const { return m_agendaTree; }

    // The meeting's title and details above its agenda; nullptr clears them.
    void showHeading(const Meeting *meeting);

private:
    MeetingListModel *m_meetings;
    AgendaModel *m_agenda;
    QListView *m_meetingList;
    QTreeView *m_agendaTree;
    QLabel *m_meetingTitle;
    QLabel *m_meetingDetails;
    QLabel *m_statusBanner; // "Đã hoãn đến 08:00 15/12/2026 — lý do…", hidden when scheduled
};

} // namespace phonghop::ui
