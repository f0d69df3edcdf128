#pragma once

#include "meeting_core/consult/consultationservice.h"
#include "meeting_core/domain/meeting.h"

#include <QDateTime>
#include <QHash>
#include <QWidget>
#include <functional>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QVBoxLayout;

namespace phonghop::ui {

// A member's consultations on their seat (issue 17), apart from the meetings: the open ones
// with their deadlines and what is left to answer, then the others. Choosing one shows its
// page: title, issuing body, deadline and time left, state (and after a close, this seat's
// recount of it), the documents (opened in the main window's viewer, annotations as for a
// meeting's) and per question the options as large buttons, a comment, "Send", the current
// answer, changeable until the deadline. The share is read and answers are signed and written
// on a worker.
class ConsultationsView final : public QWidget {
    Q_OBJECT
public:
    ConsultationsView(QString cacheDirectory, QString shareRoot, QWidget *parent = nullptr);

    // The clock the deadlines are measured against (tests; the seat's clock otherwise).
    void setClock(std::function<QDateTime()> clock);
    QDateTime now() const;

    // Reads the share on a worker (ConsultationService::refresh) and shows the list again;
    // refreshed() follows.
    void refresh();
    void setShareRoot(const QString &shareRoot) { m_shareRoot = shareRoot; }

    // Questions this seat's person has not answered in open consultations (the badge).
    int unanswered() const { return m_unanswered; }
    QListWidget *list() const { return m_list; }
    // Shows a consultation's page (as choosing it in the list does).
    void openConsultation(const QString &id);
    QString openId() const { return m_openId; }
    // The line under the page's title: state, and the recount after a close.
    QString stateText() const;

Q_SIGNALS:
    void unansweredChanged(int count);
    void refreshed();
    // A consultation's page is shown (after its answers and recount were read).
    void pageShown(const QString &consultationId);
    // The page asks the main window to show a document (its cached PDF).
    void documentRequested(const phonghop::DocumentRef &document, const QString &path);
    // A confidential document on a device it is sealed to (issue 16's rules): the main window
    // reads it into memory through the desk, watermarked with reader (this seat's member, their
    // name and position from the directory).
    void confidentialDocumentRequested(
        const phonghop::DocumentRef &document, const phonghop::Participant &reader);
    // An answer was written (delivered or kept in the outbox).
    void answered(const QString &consultationId, const QString &questionId);

private:
    struct QuestionWidgets {
        QString questionId;
        QList<QPushButton *> options;
        QPlainTextEdit *comment = nullptr;
        QPushButton *send = nullptr;
        QLabel *current = nullptr;
        QLabel *message = nullptr;
    };
    void showList(const QList<ConsultationSummary> &summaries);
    void buildPage(const Consultation &consultation, const ConsultationSummary &summary,
        const QList<ConsultationAnswer> &own, const QList<ConsultationAnswer> &earlier,
        const QString &recount);
    void send(const QString &questionId);
    void updateBadge(int count);

    QString m_cacheDirectory;
    QString m_shareRoot;
    std::function<QDateTime()> m_clock;
    QStackedWidget *m_stack;
    QListWidget *m_list;
    QLabel *m_listMessage;
    QWidget *m_page = nullptr;
    QVBoxLayout *m_pageLayout = nullptr;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_pageMessage = nullptr;
    QList<QuestionWidgets> m_questions;
    QList<ConsultationSummary> m_summaries;
    std::optional<Consultation> m_open;
    QString m_openId;
    int m_unanswered = 0;
    bool m_refreshing = false;
    int m_pageRequest = 0;
    bool m_editing = false; // an answer chosen or typed on the page, not sent yet
};

} // namespace phonghop::ui
