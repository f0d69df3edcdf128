#pragma once

#include "session/sessiontaskwidget.h"

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSpinBox;
class QTimer;

namespace phonghop {
struct SpeakRequest;
enum class SpeakType;
} // namespace phonghop

namespace phonghop::ui {

class SpeakerQueueModel;

// Speakers: who has the floor and the countdown of their speaking time, asking to speak or to
// ask a question (with a topic) and withdrawing it, the two lists (speeches, questions),
// following the presenter's page; for the chair (first, above the rest) the current agenda
// item, calling the selected or the next speaker, the speaking time, the list's order, removing
// a request, closing and reopening the item's list, and broadcasting the chair's own page.
class SpeakersWidget final : public SessionTaskWidget {
    Q_OBJECT
public:
    explicit SpeakersWidget(SessionService &service, QWidget *parent = nullptr);

    QListView *queue() const { return m_queue; }
    QListView *questions() const { return m_questions; }
    // The chair's viewer reports the page on screen; broadcast when "Broadcast my page" is on.
    void presenterPageChanged(const QString &documentSha256, int page);
    bool isFollowingPresenter() const;

Q_SIGNALS:
    // The presenter's document and page (0-based), while "Follow the presenter" is on.
    void followPresenter(const QString &documentSha256, int page);

private:
    void refresh() override;
    void refreshAgendaChoice();
    void followPresenterIfMoved();
    void updateTimer();
    void callSpeaker();
    void askToSpeak(SpeakType type);
    void withdraw();
    void toggleList();
    void setLimit(bool forItem);
    // The chair's selected request (in either list), or nullptr.
    const SpeakRequest *selectedRequest() const;
    void moveSelected(int by);
    void removeSelected();
    QListView *makeList(SpeakerQueueModel *model, const QString &objectName);

    SpeakerQueueModel *m_model = nullptr;
    SpeakerQueueModel *m_questionModel = nullptr;
    QLabel *m_floor = nullptr;
    QLabel *m_floorTime = nullptr;
    QListView *m_queue = nullptr;
    QListView *m_questions = nullptr;
    QLabel *m_listState = nullptr;
    QLineEdit *m_topic = nullptr;
    QPushButton *m_withdraw = nullptr;
    QCheckBox *m_follow = nullptr;
    QGroupBox *m_chair = nullptr;
    QComboBox *m_itemChoice = nullptr;
    QPushButton *m_startTime = nullptr;
    QPushButton *m_stopTime = nullptr;
    QPushButton *m_closeList = nullptr;
    QSpinBox *m_limit = nullptr;
    QCheckBox *m_broadcast = nullptr;
    QTimer *m_clock = nullptr;
    QString m_lastPresenterKey; // the presenter's page last followed
};

} // namespace phonghop::ui
