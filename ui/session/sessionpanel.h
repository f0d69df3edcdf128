#pragma once

#include <QWidget>
#include <functional>

class QTabWidget;

namespace phonghop {
class SessionService;
}

namespace phonghop::ui {

class AgendaWidget;
class AttendanceWidget;
class AuditLogWidget;
class ConclusionsWidget;
class MinutesWidget;
class PollsWidget;
class SessionHeader;
class SessionTaskWidget;
class SpeakersWidget;

// The live session on this seat (issue 5): a header (who this seat is, the current agenda item
// and progress, the shared folder, the last message) over one tab per task: roll call,
// speakers, voting, conclusions with the minutes, and the audit log. Each task is a widget of
// its own over its own models (issue 14); everything goes through SessionService.
class SessionPanel final : public QWidget {
    Q_OBJECT
public:
    explicit SessionPanel(SessionService &service, QWidget *parent = nullptr);
    ~SessionPanel() override;

    // The chair's viewer reports the page on screen; broadcast when "Broadcast my page" is on.
    void presenterPageChanged(const QString &documentSha256, int page);
    bool isFollowingPresenter() const;
    // Closing a poll and signing the minutes ask first; tests answer through this instead of a
    // dialog (the question's text in, yes or no out).
    void setConfirmation(std::function<bool(const QString &)> answer);

Q_SIGNALS:
    // The presenter's document and page (0-based), while "Follow the presenter" is on.
    void followPresenter(const QString &documentSha256, int page);
    // "Enrol this device" was pressed (shown while this seat is in no roster).
    void enrolmentRequested();

private:
    QList<SessionTaskWidget *> tasks() const;

    SessionService &m_service;
    SessionHeader *m_header = nullptr;
    QTabWidget *m_tabs = nullptr;
    AttendanceWidget *m_attendance = nullptr;
    SpeakersWidget *m_speakers = nullptr;
    PollsWidget *m_polls = nullptr;
    ConclusionsWidget *m_conclusions = nullptr;
    MinutesWidget *m_minutes = nullptr;
    AuditLogWidget *m_audit = nullptr;
    AgendaWidget *m_agenda = nullptr;
};

} // namespace phonghop::ui
