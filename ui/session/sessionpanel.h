#pragma once

#include <QWidget>
#include <functional>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QHBoxLayout;
class QLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;
class QTimer;

namespace phonghop {
class SessionService;
}

namespace phonghop::ui {

// The live session on this seat (issue 5): the current agenda item and progress, roll call,
// requests to speak and the floor with its timer, votes with large buttons and verified
// results, the chair's controls, conclusions and minutes, the audit log. Everything goes
// through SessionService; the panel only shows its state and calls its actions.
class SessionPanel final : public QWidget {
    Q_OBJECT
public:
    explicit SessionPanel(SessionService &service, QWidget *parent = nullptr);
    ~SessionPanel() override;

    // The chair's viewer reports the page on screen; broadcast when "Broadcast my page" is on.
    void presenterPageChanged(const QString &documentSha256, int page);
    bool isFollowingPresenter() const;
    // Closing a poll and signing the minutes ask first; tests answer through this instead of a
    // dialog (the question's text in, yes or no out).
    void setConfirmation(std::function<bool(const QString &)> answer) { m_confirm = std::move(answer); }

Q_SIGNALS:
    // The presenter's document and page (0-based), while "Follow the presenter" is on.
    void followPresenter(const QString &documentSha256, int page);
    // "Enrol this device" was pressed (shown while this seat is in no roster).
    void enrolmentRequested();

private:
    void buildHeader();
    QWidget *buildAttendanceTab();
    QWidget *buildSpeakersTab();
    QWidget *buildVotingTab();
    QWidget *buildDecisionsTab();
    QWidget *buildAuditTab();
    void refreshFromState();
    void refreshIdentity();
    void refreshAttendance();
    void refreshSpeakers();
    void refreshVoting();
    void refreshDecisions();
    void refreshAudit();
    void updateTimer();
    void report(bool ok, const QString &error);
    bool confirm(const QString &title, const QString &question, const QString &yes);
    void rebuildVoteButtons();
    QString nameOf(const QString &participantId) const;
    QString itemTitle(const QString &itemId) const;
    QString currentPollId() const;

    SessionService &m_service;
    // Header
    QComboBox *m_actAs = nullptr;
    QLabel *m_identity = nullptr;
    QLabel *m_undelivered = nullptr;
    QPushButton *m_enrol = nullptr;
    QLabel *m_item = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_message = nullptr;
    QTabWidget *m_tabs = nullptr;
    // Attendance
    QLabel *m_attendanceSummary = nullptr;
    QTableWidget *m_attendance = nullptr;
    QPushButton *m_checkIn = nullptr;
    QPushButton *m_absent = nullptr;
    QPushButton *m_proxy = nullptr;
    QPushButton *m_checkInSelected = nullptr;
    // Speakers
    QLabel *m_floor = nullptr;
    QLabel *m_floorTime = nullptr;
    QListWidget *m_queue = nullptr;
    QPushButton *m_askSpeak = nullptr;
    QPushButton *m_askQuestion = nullptr;
    QGroupBox *m_chairSpeakers = nullptr;
    QComboBox *m_itemChoice = nullptr;
    QCheckBox *m_follow = nullptr;
    QCheckBox *m_broadcast = nullptr;
    QTimer *m_clock = nullptr;
    QPushButton *m_startTime = nullptr;
    QPushButton *m_stopTime = nullptr;
    std::function<bool(const QString &)> m_confirm;
    // Voting
    QLabel *m_pollTitle = nullptr;
    QLabel *m_pollStatus = nullptr;
    QLayout *m_voteButtons = nullptr;
    QList<QPushButton *> m_voteButtonList;
    QString m_voteButtonsPoll;
    QTableWidget *m_results = nullptr;
    QLabel *m_resultSummary = nullptr;
    QLabel *m_verification = nullptr;
    QComboBox *m_pollChoice = nullptr;
    QGroupBox *m_chairPoll = nullptr;
    QLineEdit *m_newPollTitle = nullptr;
    QComboBox *m_newPollKind = nullptr;
    QComboBox *m_newPollPreset = nullptr;
    QLineEdit *m_newPollOptions = nullptr;
    QSpinBox *m_newPollMax = nullptr;
    QCheckBox *m_newPollSecret = nullptr;
    QPushButton *m_closePoll = nullptr;
    QPushButton *m_exportResult = nullptr;
    QLabel *m_pending = nullptr;
    // Decisions
    QListWidget *m_decisions = nullptr;
    QLabel *m_chainStatus = nullptr;
    QGroupBox *m_chairDecisions = nullptr;
    QPlainTextEdit *m_conclusion = nullptr;
    QPushButton *m_recordConclusion = nullptr;
    QPushButton *m_confirmDraft = nullptr;
    QLabel *m_shareStatus = nullptr;
    QString m_selectPollWhenSeen; // the poll this seat just opened
    QLabel *m_minutesStatus = nullptr;
    QPushButton *m_signMinutes = nullptr;
    // Audit
    QTableWidget *m_audit = nullptr;
    QString m_lastPresenterKey;
    QString m_lastMinutesPath;
    QString m_minutesMeetingId;
};

} // namespace phonghop::ui
