#pragma once

#include "session/keyedrowsmodel.h"

#include "meeting_core/store/auditlog.h"

namespace phonghop {
struct SessionState;
}

namespace phonghop::ui {

// The audit log ("lưu vết"): time, who, action, details; keyed by the entry's id. The log only
// grows, so a refresh appends rows and leaves the ones shown alone.
class AuditLogModel final : public KeyedRowsModel {
    Q_OBJECT
public:
    enum Column { Time, Who, Action, Details };

    explicit AuditLogModel(QObject *parent = nullptr);
    // state: to name the actors from the roster.
    void update(const QList<AuditLog::Entry> &entries, const SessionState &state);
};

} // namespace phonghop::ui
