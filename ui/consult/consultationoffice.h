#pragma once

#include "meeting_core/consult/consultationservice.h"

#include <QDateTime>
#include <QWidget>
#include <functional>
#include <optional>

class QCheckBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QVBoxLayout;

namespace phonghop::ui {

class ConsultationForm;
class OrganisationAccess;

// The office's view of the consultations (issue 17), a section of the secretary's workspace:
// the consultations on the share; for the chosen one who has answered and who has not (with
// each answer, its time and comment), the count of each question by its rule, the reminder
// list (copy, save as text, print or PDF), a new revision through the form, the close (confirmed;
// before the deadline only when "close early" is ticked) signed with the organisation key, and the
// summary report as PDF or CSV. The share is read, the close signed and the report written on a
// worker.
class ConsultationOffice final : public QWidget {
    Q_OBJECT
public:
    ConsultationOffice(QString cacheDirectory, QString shareRoot, OrganisationAccess &access,
        QWidget *parent = nullptr);

    void setClock(std::function<QDateTime()> clock);
    QDateTime now() const;
    // Where "Report PDF…", "CSV…", "Save as text…" and "Print…" write (tests; a save or print
    // dialog otherwise).
    void setPathChooser(std::function<QString(const QString &suggested)> chooser);

    // "New consultation…": the form, window-modal, with the directory's members loading; a
    // published consultation is listed and shown.
    ConsultationForm *newConsultation();
    // "New revision…": the form with the shown consultation as published (not once closed);
    // publishing writes its next revision, and the members answer again.
    ConsultationForm *newRevision();
    // Reads the share on a worker and lists the consultations; listed() follows.
    void refresh();
    // Reads the status of one consultation on a worker; statusShown() follows.
    void showConsultation(const QString &id);

    QListWidget *list() const { return m_list; }
    QTableWidget *membersTable() const { return m_members; }
    const std::optional<ConsultationStatus> &status() const { return m_status; }
    QString reminderText() const;
    QString talliesText() const;
    QString messageText() const;

Q_SIGNALS:
    void listed();
    void statusShown(const QString &id);
    void closed(const QString &id);
    void reportWritten(const QString &path);
    // The reminder list was printed, or written as PDF to path (empty when on paper).
    void remindersPrinted(const QString &path);

private:
    void showStatus(const ConsultationStatus &status);
    void closeConsultation();
    void writeReport(const QString &extension);
    void saveReminders();
    // "Print…": the reminder list on paper (the print dialog, where "Print to file" makes a
    // PDF), or with a path chooser set (tests) an A4 PDF there; both drawn by the same painter.
    void printReminders();
    void setMessage(const QString &text, bool isError);

    QString m_cacheDirectory;
    QString m_shareRoot;
    OrganisationAccess &m_access;
    std::function<QDateTime()> m_clock;
    std::function<QString(const QString &)> m_choosePath;
    std::optional<ConsultationStatus> m_status;
    QString m_selectAfterRefresh;

    QListWidget *m_list;
    QLabel *m_title;
    QLabel *m_summary;
    QTableWidget *m_members;
    QLabel *m_tallies;
    QPlainTextEdit *m_reminders;
    QCheckBox *m_early;
    QPushButton *m_close;
    QPushButton *m_pdf;
    QPushButton *m_csv;
    QPushButton *m_copy;
    QPushButton *m_saveReminders;
    QPushButton *m_revise;
    QPushButton *m_printReminders;
    QLabel *m_message;
};

} // namespace phonghop::ui
