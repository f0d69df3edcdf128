#pragma once

#include "session/keyedrowsmodel.h"

namespace phonghop {
struct AgendaItem;
struct DocumentRef;
struct SessionState;
} // namespace phonghop

namespace phonghop::ui {

// The decisions of the chain ("item: conclusion"), then the secretary's drafts the chair has
// not confirmed, in italics. A draft's key is its record hash (what confirmConclusion takes);
// a decision's is its record hash in the chain. A corrected decision stays, in grey, saying
// which decision superseded it; a correction says which one it corrects; a cited
// document is named by its title.
class DecisionModel final : public KeyedRowsModel {
    Q_OBJECT
public:
    // The draft's record hash; empty for a decision.
    static constexpr int DraftHashRole = Qt::UserRole + 1;
    // A current decision's record hash (one the chair may correct); empty otherwise.
    static constexpr int CurrentDecisionRole = Qt::UserRole + 2;

    explicit DecisionModel(QObject *parent = nullptr);
    void update(const SessionState &state, const QList<AgendaItem> &agenda,
        const QList<DocumentRef> &documents = {});
};

} // namespace phonghop::ui
