#pragma once

#include "meeting_core/domain/meeting.h"
#include "meeting_core/sync/organisationtrust.h"
#include "meeting_core/sync/syncengine.h"
#include "meeting_core/trust/signingkey.h"
#include "meeting_core/util/result.h"

#include <QMainWindow>
#include <QHash>
#include <QPointer>
#include <optional>
#include <memory>

class QDialog;
class QLabel;
class QListView;
class QTreeView;
class QSplitter;

class QTabWidget;

namespace phonghop {
class AnnotationStore;
class AppSettings;
class MeetingCache;
class SearchIndexService;
class SessionService;
class SyncService;
}

namespace phonghop::ui {

class AgendaModel;
class AnnotationController;
class PersonalNotesEditor;
class CacheReadingPositions;
class DocumentView;
class MeetingListModel;
class SearchFeeder;
class SearchPanel;
class SecretaryWorkspace;
class SessionPanel;
class PollPrompt;
class SyncStatusBar;

// The delegate's desk: the meetings (upcoming first), the selected meeting's agenda with its
// documents, and the document being read. Everything shown comes from the local cache; the
// sync service refreshes it in the background and the window follows.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    // `settings` may be null (tests); then the chosen share is not remembered.
    MainWindow(MeetingCache &cache, SyncService &sync, AppSettings *settings,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // Adds the search tab; the index is brought up to date after every sync that changed something.
    void setSearchService(SearchIndexService *service);
    // The secretariat's publishing key: only a seat that holds it sees the secretary's workspace.
    void setSecretaryKeyPath(const QString &keyPath);
    QString secretaryKeyPath() const { return m_secretaryKeyPath; }
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
    void openSearchResult(const QString &meetingId, const QString &documentSha256, int page,
                          const QString &query);
    QString currentMeetingId() const;

    DocumentView *documentView() const { return m_documentView; }
    QListView *meetingList() const { return m_meetingList; }
    QTreeView *agendaTree() const { return m_agendaTree; }
    QString bannerText() const;

    // Reading mode (issue 14): the meetings, the agenda and the side panels step aside and the
    // document takes the whole width, its page and zoom bar kept. It comes on by itself in
    // portrait and below about 1400 px of width until the reader chooses.
    bool isReadingMode() const { return m_readingMode; }
    void setReadingMode(bool on);
    QAction *readingModeAction() const { return m_readingAction; }
    // In reading mode, the meetings and agenda as a drawer beside the document.
    QAction *drawerAction() const { return m_drawerAction; }
    QWidget *leftPanel() const;
    SessionPanel *sessionPanel() const { return m_sessionPanel; }
    PollPrompt *pollPrompt() const { return m_pollPrompt; }

public Q_SLOTS:
    void reloadMeetings();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildActions();
    void buildReadingMode();
    void followScreenShape();
    void showDrawer(bool open);
    void placeDrawer();
    void showMeeting(const QString &meetingId);
    void openAgendaRow(const QModelIndex &index);
    void stepDocument(int direction);
    void chooseShare();
    void onSyncFinished(const SyncReport &report);
    void showBanner(const QString &text, bool warning);
    void openSecretaryWorkspace();
    void openEnrolment();
    void chooseOrganisationKey();
    void showDocumentComments();
    void buildSessionDock();
    void buildAnnotationDock();
    Status sendDocumentComment(int page, const QString &quote, const QString &text);
    void carryOverAnnotations(const DocumentRef &document);
    void feedSearchWithOwnWords();
    void showAgendaItem(const QString &meetingId, const QString &agendaItemId);

    MeetingCache &m_cache;
    SyncService &m_sync;
    AppSettings *m_settings;
    std::unique_ptr<CacheReadingPositions> m_positions;
    MeetingListModel *m_meetings;
    AgendaModel *m_agenda;
    QListView *m_meetingList;
    QTreeView *m_agendaTree;
    QLabel *m_meetingTitle;
    QLabel *m_meetingDetails;
    QLabel *m_banner;
    DocumentView *m_documentView;
    SyncStatusBar *m_status;
    QTabWidget *m_leftTabs;
    SearchIndexService *m_search = nullptr;
    SearchPanel *m_searchPanel = nullptr;
    QAction *m_secretaryAction = nullptr;
    QAction *m_commentsAction = nullptr;
    QString m_secretaryKeyPath;
    std::optional<SigningKey> m_secretaryKey;
    std::optional<OfferedOrganisation> m_unconfirmed; // the last offer nobody confirmed
    QPointer<QDialog> m_confirmation;
    QAction *m_confirmAction = nullptr;
    std::unique_ptr<SecretaryWorkspace> m_secretaryWorkspace;
    std::unique_ptr<AnnotationStore> m_annotationStore;
    AnnotationController *m_annotations = nullptr;
    PersonalNotesEditor *m_notes = nullptr;
    std::unique_ptr<SearchFeeder> m_searchFeeder; // declared after the store it observes: goes first
    SessionService *m_session;
    SessionPanel *m_sessionPanel;
    QString m_openDocumentSha;
    int m_pendingPage = -1;
    QString m_pendingFind;
    PollPrompt *m_pollPrompt = nullptr;
    QAction *m_readingAction = nullptr;
    QAction *m_drawerAction = nullptr;
    QAction *m_sessionAction = nullptr;
    bool m_readingMode = false;
    bool m_readingChosen = false; // the reader chose; the window's shape no longer decides
    bool m_readingChanging = false;
    QHash<QString, bool> m_dockVisibleBeforeReading;
};

} // namespace phonghop::ui
