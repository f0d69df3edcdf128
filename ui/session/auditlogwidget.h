#pragma once

#include "session/sessiontaskwidget.h"

class QTableView;

namespace phonghop::ui {

class AuditLogModel;

// The audit log of this seat ("lưu vết"), newest last, and its export as CSV.
class AuditLogWidget final : public SessionTaskWidget {
    Q_OBJECT
public:
    explicit AuditLogWidget(SessionService &service, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }

private:
    void refresh() override;
    void exportCsv();

    AuditLogModel *m_model = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace phonghop::ui
