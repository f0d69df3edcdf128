#pragma once

#include <QWidget>

class QVBoxLayout;

namespace phonghop {
struct Meeting;
struct SessionState;
} // namespace phonghop

namespace phonghop::ui {

// The chair's "Ready" list ("Sẵn sàng"): the polls prepared with the meeting, under their
// agenda items (the current item first), each a large button that asks to open it. Polls
// already opened are shown as such and cannot be opened again.
class PreparedPollsBox final : public QWidget {
    Q_OBJECT
public:
    explicit PreparedPollsBox(QWidget *parent = nullptr);

    // Rebuilds the buttons when the meeting's polls, the current item or what is opened
    // changed; hidden when the meeting prepared no poll.
    void update(const Meeting *meeting, const SessionState &state);

Q_SIGNALS:
    void openRequested(const QString &pollId);

private:
    QVBoxLayout *m_list = nullptr;
    QString m_shownKey; // what the buttons were built for
};

} // namespace phonghop::ui
