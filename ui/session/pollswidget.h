#pragma once

#include "session/sessiontaskwidget.h"

class QComboBox;
class QLabel;
class QLayout;
class QPushButton;
class QTableView;
class QVBoxLayout;

namespace phonghop {
struct PollState;
}

namespace phonghop::ui {

class OtherOpinionEditor;
class PollForm;
class PollResultModel;
class PreparedPollsBox;

// Voting: the poll shown (SessionState::pollToShow decides which), its options as large
// buttons with this seat's choice marked, how many have voted; once closed, the recounted
// result, whether it passed, and the check of this seat's own ballot. The chair's polls
// prepared with the meeting ("Ready", opened with one tap) and poll form come first, above the
// rest; opening a prepared poll and closing a poll ask first.
class PollsWidget final : public SessionTaskWidget {
    Q_OBJECT
public:
    explicit PollsWidget(SessionService &service, QWidget *parent = nullptr);

    QString shownPollId() const;
    QTableView *resultTable() const { return m_results; }

private:
    void refresh() override;
    void refreshPollChoice();
    void rebuildVoteButtons(const PollState *poll);
    void showOpenPoll(const PollState &poll);
    void showResult(const PollState &poll);
    void markOwnChoice(const PollState &poll);
    void castMultipleChoice();
    void cast(const QList<int> &choices, const QString &otherText = {});
    void refreshVoteFor(const PollState &poll);
    QString ownOtherText(const PollState &poll) const;
    // Made the first time a poll offers "Ý kiến khác" (most polls do not).
    OtherOpinionEditor *otherEditor();
    void closePoll();
    void exportResult();
    void openPreparedPoll(const QString &pollId);

    PollForm *m_form = nullptr;
    PreparedPollsBox *m_prepared = nullptr; // the chair's "Ready" list
    QComboBox *m_pollChoice = nullptr;
    QLabel *m_title = nullptr;
    QLayout *m_voteButtons = nullptr;
    QList<QPushButton *> m_voteButtonList; // the options', then "Cast" for a multiple choice
    QString m_voteButtonsPoll; // the poll record the buttons were made for
    QLabel *m_status = nullptr;
    PollResultModel *m_resultModel = nullptr;
    QTableView *m_results = nullptr;
    QLabel *m_resultSummary = nullptr;
    QLabel *m_verification = nullptr;
    QPushButton *m_export = nullptr;
    QString m_justOpened; // the poll this seat opened, until the state has it
    OtherOpinionEditor *m_otherEditor = nullptr; // the text of "Ý kiến khác", once needed
    QVBoxLayout *m_layout = nullptr;
    QComboBox *m_voteFor = nullptr; // oneself, or a member whose proxy this seat holds
    QLabel *m_otherOpinions = nullptr; // the other opinions of a closed poll
};

} // namespace phonghop::ui
