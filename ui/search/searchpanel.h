#pragma once

#include "meeting_core/domain/meeting.h"
#include "meeting_core/search/searchindex.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QTreeWidget;
class QTreeWidgetItem;

namespace phonghop {
class SearchIndexService;
}

namespace phonghop::ui {

// One search box over every cached meeting: document text, agenda items, the delegate's
// annotations and notes, the session's conclusions. Results
// are grouped by meeting and document, each hit with its page and a snippet with the words
// marked. Sized for fingers on a tablet. The panel only asks the core's SearchIndexService;
// the main window opens what the reader taps.
class SearchPanel final : public QWidget {
    Q_OBJECT
public:
    // service is not owned; it must outlive the panel (the main window owns both).
    explicit SearchPanel(SearchIndexService *service, QWidget *parent = nullptr);

    // Meetings offered in the meeting filter (the main window passes what it lists).
    void setMeetings(const QList<MeetingSummary> &meetings);
    // Document kinds offered in the kind filter: key ("to-trinh") and display name.
    void setDocumentKinds(const QList<QPair<QString, QString>> &kinds);

    QString queryText() const;
    void setQueryText(const QString &text);
    // Runs the search now instead of after the typing pause.
    void searchNow();
    // Puts the cursor in the search box (Ctrl+F in the main window).
    void focusSearchBox();

    // For tests and the main window's status: hits currently listed.
    int hitCount() const { return m_hitCount; }
    QTreeWidget *resultView() const { return m_results; }

Q_SIGNALS:
    // A hit on a document page: page is 0-based, query is what was typed (to highlight).
    void openResult(
        const QString &meetingId, const QString &documentSha256, int page, const QString &query);
    // A hit on a meeting title or an agenda item (agendaItemId may be empty).
    void openMeeting(const QString &meetingId, const QString &agendaItemId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showHits(const QList<SearchHit> &hits);
    // "My annotation — page 3", "Conclusion — item 2": the delegate's own words and the decisions.
    static QString ownWordsLabel(const SearchHit &hit);
    void activate(QTreeWidgetItem *item);
    void handleProgress(int done, int total);
    void handleFinished(const IndexReport &report);
    SearchQuery currentQuery() const;

    QPointer<SearchIndexService> m_service;
    QLineEdit *m_box = nullptr;
    QComboBox *m_meeting = nullptr;
    QComboBox *m_period = nullptr;
    QComboBox *m_kind = nullptr;
    QTreeWidget *m_results = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QTimer m_typingPause;
    QList<QPair<QString, QString>> m_kinds;
    int m_hitCount = 0;
};

} // namespace phonghop::ui
