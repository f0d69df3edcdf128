#pragma once

#include "meeting_core/voting/poll.h"

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace phonghop {
class SessionService;
}

namespace phonghop::ui {

// The chair's poll form: the question, its kind (approval, yes/no, a choice among options and
// how many may be chosen), the voting rule, secret or not; "Open poll" and "Close poll", and
// who has not voted yet. Opening happens here; closing is the voting widget's, which knows the
// poll shown and asks first.
class PollForm final : public QGroupBox {
    Q_OBJECT
public:
    explicit PollForm(SessionService &service, QWidget *parent = nullptr);

    QPushButton *closeButton() const { return m_close; }
    void setPending(const QString &text); // "Not voted yet: …"

Q_SIGNALS:
    // The chair opened a poll (its id); the state has it a moment later in the app.
    void pollOpened(const QString &pollId);
    void reported(bool ok, const QString &error);

private:
    void openPoll();
    void kindChanged();
    void showRule();
    VotingRule rule() const; // the preset with the base chosen

    SessionService &m_service;
    QLineEdit *m_title = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_preset = nullptr;
    QComboBox *m_base = nullptr; // the preset's base, or another one
    QCheckBox *m_other = nullptr; // add "Ý kiến khác"
    QLabel *m_rule = nullptr;
    QLineEdit *m_options = nullptr;
    QSpinBox *m_maxChoices = nullptr;
    QCheckBox *m_secret = nullptr;
    QPushButton *m_close = nullptr;
    QLabel *m_pending = nullptr;
};

} // namespace phonghop::ui
