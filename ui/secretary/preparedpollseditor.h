#pragma once

#include "meeting_core/domain/meeting.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace phonghop::ui {

// The polls prepared under the agenda item selected in the agenda builder: a list, and a
// form for the selected one (title, kind, options, how many choices, secret, voting rule
// preset) with Add, Save and Remove. Polls of every item are kept here; the validator checks
// them again when the meeting is published.
class PreparedPollsEditor final : public QWidget {
    Q_OBJECT
public:
    explicit PreparedPollsEditor(QWidget *parent = nullptr);

    void setPolls(const QList<PreparedPoll> &polls);
    const QList<PreparedPoll> &polls() const { return m_polls; }
    // The item whose polls are listed (empty: none selected), and its label for the heading.
    void showItem(const QString &itemId, const QString &label);

    // Also reachable through the buttons; public for tests and automation.
    void addPoll(); // a new approval poll under the shown item, from the form's fields
    void saveSelected(); // the form's fields into the selected poll
    void removeSelected();
    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    void edited();

private:
    void showSelected();
    void refreshList(const QString &selectPollId);
    // The form as a poll; the message says what is missing or wrong.
    bool pollFromForm(PreparedPoll &poll, QString &problem) const;
    void kindChanged();

    QList<PreparedPoll> m_polls;
    QString m_itemId;
    QLabel *m_heading = nullptr;
    QListWidget *m_list = nullptr;
    QLineEdit *m_title = nullptr;
    QComboBox *m_kind = nullptr;
    QPlainTextEdit *m_options = nullptr;
    QSpinBox *m_maxChoices = nullptr;
    QCheckBox *m_secret = nullptr;
    QComboBox *m_preset = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace phonghop::ui
