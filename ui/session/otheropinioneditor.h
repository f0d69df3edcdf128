#pragma once

#include <QFrame>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace phonghop::ui {

// The text a delegate writes with the poll's "Ý kiến khác" option: a large text field (a finger
// can place the cursor, the on-screen keyboard has room), how many characters are left, and
// "Cast with this opinion" / "Cancel". Shown when that option is tapped; the ballot is cast only
// with the text (the core checks it again: not blank, at most 500 characters).
class OtherOpinionEditor final : public QFrame {
    Q_OBJECT
public:
    explicit OtherOpinionEditor(QWidget *parent = nullptr);

    // Shows the editor for the option's label, with a text to start from (the seat's own last
    // opinion, when it changes its vote), and puts the cursor in it.
    void start(const QString &optionLabel, const QString &text = {});
    QString text() const;
    QPlainTextEdit *textEdit() const { return m_text; }
    QPushButton *castButton() const { return m_cast; }

Q_SIGNALS:
    void castRequested(const QString &text);
    void cancelled();

private:
    void updateCount();

    QLabel *m_label = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_cast = nullptr;
};

} // namespace phonghop::ui
