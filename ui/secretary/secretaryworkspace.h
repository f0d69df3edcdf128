#pragma once

#include "meeting_core/publish/draftmeeting.h"
#include "meeting_core/publish/draftstore.h"
#include "meeting_core/publish/meetingpublisher.h"
#include "meeting_core/trust/signingkey.h"
#include "meeting_core/util/cancellation.h"

#include <QMainWindow>
#include <QThread>
#include <memory>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTimer;

namespace phonghop {
class MeetingCache;
}

namespace phonghop::ui {

class AgendaEditor;
class ConsultationOffice;
class DelegatePreview;
class DevicesPage;
class OrganisationAccess;
class PeoplePage;
class StatisticsPage;
class MeetingForm;
class ParticipantsEditor;

// The secretary's workspace (issue 6): drafts kept on this machine, the meeting form,
// participants, the agenda builder with documents, a preview as delegates will see it,
// and validation + publication with progress and Cancel. Only the secretary's role sees it;
// the main window decides when to show it.
class SecretaryWorkspace final : public QMainWindow {
    Q_OBJECT
public:
    // cache: the main window's cache (past meetings for templates; drafts are stored beside
    // it in <cache>/drafts). sharePath: where to publish. keyPath: the publishing key file.
    SecretaryWorkspace(
        MeetingCache &cache, QString sharePath, QString keyPath, QWidget *parent = nullptr);
    ~SecretaryWorkspace() override;

    // The draft as the widgets show it now.
    DraftMeeting currentDraft() const;
    void openDraft(const DraftMeeting &draft, const QString &key = {});
    void newMeeting();
    void newFromPastMeeting(const QString &meetingId);
    void reviseMeeting(const QString &meetingId);

    // Validates on a worker thread; problems appear in the list below the tabs.
    void checkDraft();
    // Publishes on a worker thread; publicationFinished follows.
    void publish();
    void cancelPublication();
    bool isPublishing() const { return m_worker != nullptr; }

    QString statusText() const;
    QStringList problemLines() const;
    QTabWidget *tabs() const { return m_tabs; }
    // Meetings, the organisation's people (danh bạ) and its devices.
    QTabWidget *sections() const { return m_sections; }
    PeoplePage *peoplePage() const { return m_people; }
    DevicesPage *devicesPage() const { return m_devices; }
    ConsultationOffice *consultationOffice() const { return m_consultations; }
    // Statistics over the cached meetings (issue 17).
    StatisticsPage *statisticsPage() const { return m_statistics; }
    OrganisationAccess *organisationAccess() const { return m_access; }
    // Uses this organisation key without asking for its passphrase (tests; a key unlocked
    // elsewhere).
    void setOrganisationKey(const SigningKey &key);
    ParticipantsEditor *participantsEditor() const { return m_participants; }
    AgendaEditor *agendaEditor() const { return m_agenda; }
    DelegatePreview *preview() const { return m_preview; }
    QProgressBar *progressBar() const { return m_progress; }

Q_SIGNALS:
    void publicationFinished(const phonghop::PublishOutcome &outcome);
    void validationFinished(const QList<phonghop::ValidationProblem> &problems);

private:
    void buildUi();
    void refreshDraftList();
    void markEdited();
    void saveNow();
    void showProblems(const QList<ValidationProblem> &problems);
    void setMessage(const QString &text, bool isError);
    void onProgress(const PublishProgress &progress);
    void onPublished(const PublishOutcome &outcome);
    void showConflict(const PublishOutcome &outcome);
    void setBusy(bool busy);
    void choosePastMeeting(bool asTemplate);
    void deleteDraft();

    MeetingCache &m_cache;
    QString m_sharePath;
    QString m_keyPath;
    DraftStore m_store;
    DraftMeeting m_draft; // fields the widgets do not edit (basedOnRevision)
    QString m_draftKey;

    QListWidget *m_draftList = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTabWidget *m_sections = nullptr;
    OrganisationAccess *m_access = nullptr;
    PeoplePage *m_people = nullptr;
    DevicesPage *m_devices = nullptr;
    ConsultationOffice *m_consultations = nullptr;
    StatisticsPage *m_statistics = nullptr;
    MeetingForm *m_form = nullptr;
    ParticipantsEditor *m_participants = nullptr;
    AgendaEditor *m_agenda = nullptr;
    DelegatePreview *m_preview = nullptr;
    QListWidget *m_problems = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_check = nullptr;
    QPushButton *m_publish = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QTimer *m_saveTimer = nullptr;

    std::unique_ptr<QThread> m_worker;
    CancellationToken m_cancel;
    bool m_loading = false;
};

} // namespace phonghop::ui
