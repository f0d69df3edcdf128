#pragma once

#include "session/keyedrowsmodel.h"

namespace phonghop {
struct SessionState;
}

namespace phonghop::ui {

// The roll call: one row per participant (keyed by participant id, roster order) with their
// status, coloured, and a note (the reason for an absence, who holds a proxy).
class AttendanceModel final : public KeyedRowsModel {
    Q_OBJECT
public:
    enum Column { Participant, Status, Note };

    explicit AttendanceModel(QObject *parent = nullptr);
    void update(const SessionState &state);
};

} // namespace phonghop::ui
