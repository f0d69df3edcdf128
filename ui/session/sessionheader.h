#pragma once

#include <QDateTime>
#include <QWidget>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace phonghop {
class SessionService;
}

namespace phonghop::ui {

// The top of the session panel: who this seat is (or "not enrolled", with the button to
// enrol), the demo's "act as", what is not delivered yet, the current agenda item with "item N
// of M" and how many items are handled, the chair's remaining time for the item, whether the
// shared folder is reachable, and the message of the last action.
class SessionHeader final : public QWidget {
    Q_OBJECT
public:
    explicit SessionHeader(SessionService &service, QWidget *parent = nullptr);

    // ok false shows error under the header; ok true clears it.
    void showOutcome(bool ok, const QString &error);
    // The chair's remaining time of the current item as at `now` (the clock's tick calls it
    // with the current time; tests give their own).
    void showRemainingTime(const QDateTime &now);

Q_SIGNALS:
    void enrolmentRequested();

private:
    void refresh();
    void refreshActAs();
    void refreshShareStatus();
    void refreshAgendaItem();

    SessionService &m_service;
    QLabel *m_identity = nullptr;
    QPushButton *m_enrol = nullptr;
    QComboBox *m_actAs = nullptr;
    QLabel *m_undelivered = nullptr;
    QLabel *m_item = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_remaining = nullptr; // the chair's "Còn 12 phút" / "Quá giờ 3 phút"
    QTimer *m_clock = nullptr;
    QLabel *m_shareStatus = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace phonghop::ui
