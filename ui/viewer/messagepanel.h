#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace phonghop::ui {

// What the viewer shows instead of pages: "no document", "opening…", why a document cannot be
// shown (damaged, not a PDF), and for a locked document a password row to open it.
class MessagePanel final : public QWidget {
    Q_OBJECT
public:
    explicit MessagePanel(QWidget *parent = nullptr);

    void showMessage(const QString &text, bool askPassword = false);
    QString text() const;
    // Empties the password row and puts the cursor in it, for a (new) try.
    void askPassword();

Q_SIGNALS:
    void unlockRequested(const QString &password);

private:
    QLabel *m_label = nullptr;
    QWidget *m_passwordRow = nullptr;
    QLineEdit *m_passwordEdit = nullptr;
};

} // namespace phonghop::ui
