#pragma once

#include "session/keyedrowsmodel.h"

namespace phonghop {
struct PollState;
}

namespace phonghop::ui {

// A closed poll's recounted result: one row per option (keyed by poll and option), its votes
// (weights) and its percentage in the interface's locale. Empty while the poll is open.
class PollResultModel final : public KeyedRowsModel {
    Q_OBJECT
public:
    enum Column { Option, Votes, Percent };

    explicit PollResultModel(QObject *parent = nullptr);
    void update(const PollState *poll); // nullptr: no poll shown
};

} // namespace phonghop::ui
