#pragma once

#include "meeting_core/domain/meeting.h"

#include <QDialog>

class QListWidget;

namespace phonghop::ui {

// The secretary picks a meeting synced to this computer: to copy its participants and agenda
// into a new meeting, or to revise and publish it again.
class PastMeetingDialog final : public QDialog {
    Q_OBJECT
public:
    enum class Purpose { CopyAsTemplate, Revise };
    PastMeetingDialog(
        const QList<MeetingSummary> &meetings, Purpose purpose, QWidget *parent = nullptr);

    // The meeting picked (empty when none is).
    QString chosenMeetingId() const;

private:
    QListWidget *m_list;
};

} // namespace phonghop::ui
