#pragma once

#include "session/keyedrowsmodel.h"

namespace phonghop {
struct AgendaItem;
struct SessionState;
enum class SpeakType;
} // namespace phonghop

namespace phonghop::ui {

// One of the two lists of the speakers' list, speeches or questions: who waits, in the order
// the chair calls them: "1. Name: topic (item)", keyed by the request's record hash (what
// SessionService::callSpeaker takes). A request the chair removed, or its author withdrew,
// leaves the list.
class SpeakerQueueModel final : public KeyedRowsModel {
    Q_OBJECT
public:
    SpeakerQueueModel(SpeakType type, QObject *parent = nullptr);
    // agenda: to name a request's item when it is not the current one.
    void update(const SessionState &state, const QList<AgendaItem> &agenda);

private:
    SpeakType m_type;
};

} // namespace phonghop::ui
