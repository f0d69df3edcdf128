#pragma once

#include "session/sessiontaskwidget.h"

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QListView;
class QPushButton;
class QTimer;

namespace phonghop::ui {

class SpeakerQueueModel;

// Speakers: who has the floor and for how long, asking to speak or to ask a question, the
// queue, following the presenter's page; for the chair (first, above the rest) the current
// agenda item, calling the selected or the next speaker, the speaking time and broadcasting
// the chair's own page.
class SpeakersWidget final : public SessionTaskWidget {
    Q_OBJECT
public:
    explicit SpeakersWidget(SessionService &service, QWidget *parent = nullptr);

    QListView *queue() const { return m_queue; }
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

    SpeakerQueueModel *m_model = nullptr;
    QLabel *m_floor = nullptr;
    QLabel *m_floorTime = nullptr;
    QListView *m_queue = nullptr;
    QCheckBox *m_follow = nullptr;
    QGroupBox *m_chair = nullptr;
    QComboBox *m_itemChoice = nullptr;
    QPushButton *m_startTime = nullptr;
    QPushButton *m_stopTime = nullptr;
    QCheckBox *m_broadcast = nullptr;
    QTimer *m_clock = nullptr;
    QString m_lastPresenterKey; // the presenter's page last followed
};

} // namespace phonghop::ui
