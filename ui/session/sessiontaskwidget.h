#pragma once

#include <QWidget>
#include <functional>

class QComboBox;
class QLabel;
class QPushButton;

namespace phonghop {
class SessionService;
class Status;
struct AgendaItem;
enum class OptionMeaning;
} // namespace phonghop

namespace phonghop::ui {

// One task of the live session (roll call, speakers, votes, conclusions, minutes, audit log),
// a tab's worth of the session panel. It shows SessionService's state, brought up to date in
// place on every stateChanged, and calls the service's actions; what an action answered goes
// out through reported() for the panel's message line.
class SessionTaskWidget : public QWidget {
    Q_OBJECT
public:
    // Irreversible actions ask first; tests answer here instead of a dialog (the question's
    // text in, yes or no out).
    void setConfirmation(std::function<bool(const QString &)> answer)
    {
        m_confirm = std::move(answer);
    }

Q_SIGNALS:
    // ok false: error says what went wrong.
    void reported(bool ok, const QString &error);

protected:
    SessionTaskWidget(SessionService &service, QWidget *parent);

    // Brings the widget to the service's state; called on every stateChanged.
    virtual void refresh() = 0;

    void report(const Status &status);
    void report(bool ok, const QString &error) { Q_EMIT reported(ok, error); }
    bool confirm(const QString &title, const QString &question, const QString &yes);
    // A participant's name from the roster (the id when the roster does not know it).
    QString nameOf(const QString &participantId) const;

    SessionService &m_service;

private:
    std::function<bool(const QString &)> m_confirm;
};

// Small pieces the session's task widgets share.
namespace sessionui {
// A push button of the preferred touch height (touchTargetHeight).
QPushButton *touchButton(const QString &text, QWidget *parent);
// A label that wraps and keeps the height its text needs.
void wrap(QLabel *label);
// A page that scrolls up and down, never sideways: buttons wrap and texts break instead.
QWidget *scrolled(QWidget *page);
// Refills a drop-down only when its (data, text) entries changed, so an open drop-down is not
// closed under the finger; then selects keep (the first entry when it is not there).
void syncCombo(
    QComboBox *box, const QList<std::pair<QString, QString>> &entries, const QString &keep);
QString formatDuration(qint64 seconds); // "mm:ss"
// The chair's remaining time of an item: "12 minutes left" ("Còn 12 phút"), rounded up, or
// "Over time by 3 minutes" ("Quá giờ 3 phút") when seconds is negative.
QString remainingTimeText(qint64 seconds);
QString percentText(double percent); // in the interface's locale: "57,14 %"
// "2. Title" of an agenda item; the id when the agenda does not have it.
QString agendaItemTitle(const QList<AgendaItem> &agenda, const QString &itemId);
// The colour of a vote button: green yes, red no, grey abstain, blue a candidate.
QString optionColour(OptionMeaning meaning);
} // namespace sessionui

} // namespace phonghop::ui
