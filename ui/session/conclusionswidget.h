#pragma once

#include "session/sessiontaskwidget.h"

class QComboBox;
class QGroupBox;
class QLabel;
class QListView;
class QPlainTextEdit;
class QPushButton;

namespace phonghop::ui {

class DecisionModel;

// Conclusions: the decision record with whether its chain is intact, the secretary's drafts
// waiting for the chair (who confirms the selected one), and the box where the chair records
// a conclusion for the current item, or the secretary drafts one, citing one of the meeting's
// documents if need be. The chair corrects the selected conclusion with the box's text (a
// later decision that supersedes it; the box is filled with the old text first).
class ConclusionsWidget final : public SessionTaskWidget {
    Q_OBJECT
public:
    explicit ConclusionsWidget(SessionService &service, QWidget *parent = nullptr);

    QListView *decisionList() const { return m_list; }

private:
    void refresh() override;
    void confirmDraft();
    void recordConclusion();
    void correctConclusion();
    QString citedDocument() const; // the SHA-256 chosen, empty for none

    DecisionModel *m_model = nullptr;
    QLabel *m_chainStatus = nullptr;
    QListView *m_list = nullptr;
    QPushButton *m_confirmDraft = nullptr;
    QGroupBox *m_drafting = nullptr;
    QPlainTextEdit *m_conclusion = nullptr;
    QPushButton *m_record = nullptr;
    QComboBox *m_document = nullptr;
    QPushButton *m_correct = nullptr;
};

} // namespace phonghop::ui
