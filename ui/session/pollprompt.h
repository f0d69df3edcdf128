#pragma once

#include <QFrame>
#include <QList>

class QLabel;
class QPushButton;
class QTimer;
class QVBoxLayout;
class QVBoxLayout;

namespace phonghop {
class SessionService;
}

namespace phonghop::ui {

class FlowLayout;
class OtherOpinionEditor;

// While a poll is open and this delegate has not voted, it is shown over the document as a
// large prompt (issue 14): the question, its options as big buttons, and how long it has been
// open. One tap answers; "Later" puts it away until the next poll (the session panel still
// has it).
class PollPrompt final : public QFrame {
    Q_OBJECT
public:
    PollPrompt(SessionService &service, QWidget *parent);

    // The poll shown, empty when the prompt is hidden.
    QString pollId() const { return m_pollId; }
    QList<QPushButton *> optionButtons() const { return m_buttons; }
    // The text field of "Ý kiến khác": null until that option was tapped once.
    OtherOpinionEditor *otherOpinionEditor() const { return m_otherEditor; }

    // Placed over `over` (the document), centred, at most 640 px wide.
    void follow(QWidget *over);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void place();
    void updateElapsed();
    void cast(const QList<int> &choices, const QString &otherText = {});
    void askOtherOpinion(const QString &optionLabel); // makes the editor the first time

    SessionService &m_service;
    QWidget *m_over = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_question = nullptr;
    QLabel *m_elapsed = nullptr;
    QLabel *m_message = nullptr;
    FlowLayout *m_options = nullptr;
    QPushButton *m_later = nullptr;
    OtherOpinionEditor *m_otherEditor = nullptr; // the text of "Ý kiến khác", once needed
    QVBoxLayout *m_layout = nullptr;
    QList<QPushButton *> m_buttons;
    QString m_pollId;
    QString m_buttonsFor; // the poll record the buttons were made for
    QString m_dismissed; // "Later" was pressed for this poll
    QTimer *m_clock = nullptr;
};

} // namespace phonghop::ui
