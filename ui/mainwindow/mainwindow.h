#pragma once

#include "meeting_core/domain/meeting.h"
#include "meeting_core/sync/organisationtrust.h"
#include "meeting_core/sync/syncengine.h"
#include "meeting_core/trust/signingkey.h"
#include "meeting_core/util/result.h"

#include <QMainWindow>
#include <memory>
#include <optional>

class QDialog;
class QLabel;
class QListView;
class QTreeView;
class QSplitter;

class QTabWidget;

namespace phonghop {
class AppSettings;
class Desk;
class MeetingCache;
class SearchIndexService;
class SyncService;
} // namespace phonghop

namespace phonghop::ui {

class AgendaModel;
class ConsultationsView;
class AnnotationController;
class PersonalNotesEditor;
class CacheReadingPositions;
class DocumentView;
class MeetingColumn;
class MeetingListModel;
class ReadingMode;
class SearchPanel;
class ConfidentialCopyAction;
class OriginalFileAction;
class SeatActions;
class SessionPanel;
class PollPrompt;
class SyncStatusBar;

// The delegate's desk: the meetings (upcoming first), the selected meeting's agenda with its
// documents, and the document being read. Everything shown comes from the local cache; the
// sync service refreshes it in the background and the window follows. The window lays out
// and wires; the core Desk it builds over the cache coordinates the services and says what
// changed.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    // `settings` may be null (tests); then the chosen share is not remembered.
    MainWindow(
        MeetingCache &cache, SyncService &sync, AppSettings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    Desk &desk() { return *m_desk; }

    // Adds the search tab; the index is brought up to date after every sync that changed something.
    void setSearchService(SearchIndexService *service);
    // The secretariat's publishing key: only a seat that holds it sees the secretary's workspace.
    void setSecretaryKeyPath(const QString &keyPath);
    QString secretaryKeyPath() const;
    // The key of that file, already unlocked (`phonghop --secretary-key`): the workspace uses
    // it without asking for the passphrase again.
    void setSecretaryKey(const SigningKey &key);

    // The share presents an organisation nobody confirmed yet: shows its name and fingerprint
    // for a person to compare (OrganisationConfirmDialog, not blocking the window); once
    // confirmed, the key is pinned and the share synced again.
    void confirmOrganisation(const phonghop::OfferedOrganisation &offered);
    // The confirmation open now, if any (tests).
    QDialog *organisationConfirmation() const;

    void selectMeeting(const QString &meetingId);
    void openDocument(const QString &documentId);
    // Opens a search result: the meeting, the document with this checksum, the page, and the
    // words found highlighted.
    void openSearchResult(
        const QString &meetingId, const QString &documentSha256, int page, const QString &query);
    QString currentMeetingId() const;

    DocumentView *documentView() const { return m_documentView; }
    QListView *meetingList() const { return m_meetingList; }
    QTreeView *agendaTree() const { return m_agendaTree; }
    QString bannerText() const;

    // Reading mode (issue 14): the meetings, the agenda and the side panels step aside and the
    // document takes the whole width, its page and zoom bar kept. It comes on by itself in
    // portrait and below about 1400 px of width until the reader chooses.
    bool isReadingMode() const;
    void setReadingMode(bool on);
    QAction *readingModeAction() const;
    // In reading mode, the meetings and agenda as a drawer beside the document.
    QAction *drawerAction() const;
    QWidget *leftPanel() const;
    SessionPanel *sessionPanel() const { return m_sessionPanel; }
    PollPrompt *pollPrompt() const { return m_pollPrompt; }
    // The member's written consultations (issue 17), the left column's second tab.
    ConsultationsView *consultations() const { return m_consultations; }

public Q_SLOTS:
    void reloadMeetings();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildMenus();
    void showMeeting(const QString &meetingId);
    void openAgendaRow(const QModelIndex &index);
    void stepDocument(int direction);
    void chooseShare();
    void showSyncOutcome(const SyncReport &report);
    void showBanner(const QString &text, bool warning);
    void showDocumentComments();
    void buildSessionDock();
    void buildAnnotationDock();
    std::optional<DocumentRef> openDocumentRef() const;
    void annotationsCarriedOver(const DocumentRef &document, int needingReview);
    void showAgendaItem(const QString &meetingId, const QString &agendaItemId);

    // First: the desk goes last, after everything that shows or edits what it holds.
    std::unique_ptr<Desk> m_desk;
    AppSettings *m_settings;
    std::unique_ptr<CacheReadingPositions> m_positions;
    MeetingColumn *m_column; // the meetings and the agenda, with the models and views below
    MeetingListModel *m_meetings;
    AgendaModel *m_agenda;
    QListView *m_meetingList;
    QTreeView *m_agendaTree;
    QLabel *m_banner;
    DocumentView *m_documentView;
    SyncStatusBar *m_status;
    QTabWidget *m_leftTabs;
    SearchPanel *m_searchPanel = nullptr;
    SeatActions *m_seat = nullptr;
    OriginalFileAction *m_originalFile = nullptr; // "Tải bản gốc" in the viewer bar's "More"
    ConfidentialCopyAction *m_confidentialCopy = nullptr; // a watermarked copy (issue 16)
    AnnotationController *m_annotations = nullptr;
    PersonalNotesEditor *m_notes = nullptr;
    SessionPanel *m_sessionPanel = nullptr;
    QString m_openDocumentSha;
    int m_pendingPage = -1;
    QString m_pendingFind;
    PollPrompt *m_pollPrompt = nullptr;
    ReadingMode *m_reading = nullptr;
    ConsultationsView *m_consultations = nullptr;
};

} // namespace phonghop::ui
