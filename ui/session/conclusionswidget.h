#pragma once

#include "session/sessiontaskwidget.h"

class QGroupBox;
class QLabel;
class QListView;
class QPlainTextEdit;
class QPushButton;

namespace phonghop::ui {

class DecisionModel;

// Conclusions: the decision record with whether its chain is intact, the secretary's drafts
// waiting for the chair (who confirms the selected one), and the box where the chair records
// a conclusion for the current item, or the secretary drafts one.
class ConclusionsWidget final : public SessionTaskWidget {
    Q_OBJECT
public:
    explicit ConclusionsWidget(SessionService &service, QWidget *parent = nullptr);

    QListView *decisionList() const { return m_list; }

private:
    void refresh() override;
    void confirmDraft();
    void recordConclusion();

    DecisionModel *m_model = nullptr;
    QLabel *m_chainStatus = nullptr;
    QListView *m_list = nullptr;
    QPushButton *m_confirmDraft = nullptr;
    QGroupBox *m_drafting = nullptr;
    QPlainTextEdit *m_conclusion = nullptr;
    QPushButton *m_record = nullptr;
};

} // namespace phonghop::ui
