#pragma once

#include "session/sessiontaskwidget.h"

class QLabel;
class QPushButton;
class QTableView;

namespace phonghop::ui {

class AttendanceModel;

// The roll call: the count and the quorum, checking in, reporting an absence or giving a
// proxy, the list of participants, and the secretary's "check in the selected participant"
// and exports.
class AttendanceWidget final : public SessionTaskWidget {
    Q_OBJECT
public:
    explicit AttendanceWidget(SessionService &service, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }

private:
    void refresh() override;
    QString selectedParticipant() const;
    void reportAbsence();
    void giveProxy();
    void exportCsv();
    void exportPdf();

    AttendanceModel *m_model = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_checkIn = nullptr;
    QPushButton *m_checkInSelected = nullptr;
};

} // namespace phonghop::ui
