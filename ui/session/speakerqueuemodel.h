#pragma once

#include "session/keyedrowsmodel.h"

namespace phonghop {
struct AgendaItem;
struct SessionState;
} // namespace phonghop

namespace phonghop::ui {

// Who waits to speak, in the order the chair calls them: "1. Name — speech (item)", keyed by
// the request's record hash (what SessionService::callSpeaker takes).
class SpeakerQueueModel final : public KeyedRowsModel {
    Q_OBJECT
public:
    explicit SpeakerQueueModel(QObject *parent = nullptr);
    // agenda: to name a request's item when it is not the current one.
    void update(const SessionState &state, const QList<AgendaItem> &agenda);
};

} // namespace phonghop::ui
