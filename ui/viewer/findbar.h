#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTimer;

namespace phonghop::ui {

// The find bar under the pages: the words to find, previous, next, "N of M", close. It asks
// for a search a moment after typing stops (or on Return) and leaves the searching to its owner.
class FindBar final : public QWidget {
    Q_OBJECT
public:
    explicit FindBar(QWidget *parent = nullptr);

    QString text() const;
    // Shows the words searched for, without asking for another search.
    void setText(const QString &text);
    void setStatus(const QString &status);
    // Whether a search of the words shown is under way or done: then Return steps through its
    // hits (Shift+Return backwards) instead of searching again.
    void setSearchActive(bool active) { m_searchActive = active; }
    // Shows the bar with the words selected, ready to type over.
    void open();
    // Hides the bar and asks to forget the search (closeRequested).
    void dismiss();

Q_SIGNALS:
    void searchRequested(const QString &text);
    void nextRequested();
    void previousRequested();
    void closeRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onReturn();

    QLineEdit *m_edit = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_typingPause = nullptr;
    bool m_searchActive = false;
};

} // namespace phonghop::ui
