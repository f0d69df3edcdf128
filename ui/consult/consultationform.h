#pragma once

#include "meeting_core/consult/consultation.h"
#include "meeting_core/util/result.h"

#include <QDateTime>
#include <QDialog>
#include <QStringList>
#include <functional>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace phonghop::ui {

class OrganisationAccess;

// The secretary prepares a consultation (issue 17): title, issuing body, deadline, note, the
// members chosen from the people directory (and the chair for a tie), the questions with their
// kind and rule (the poll presets), the documents (PDF files); "Publish" signs it with the
// organisation key and writes it on the share (on a worker), after a confirmation.
class ConsultationForm final : public QDialog {
    Q_OBJECT
public:
    // existingIds: consultations already on the share (a new id never reuses one).
    ConsultationForm(OrganisationAccess &access, QStringList existingIds,
        std::function<QDateTime()> clock, QWidget *parent = nullptr);

    // For tests and the dialog: fields as the secretary fills them.
    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *issuingBodyEdit() const { return m_issuingBody; }
    QDateTimeEdit *deadlineEdit() const { return m_deadline; }
    QPlainTextEdit *noteEdit() const { return m_note; }
    QListWidget *membersList() const { return m_members; }
    void addQuestion(const QString &text = {}, const QString &kind = QStringLiteral("approval"),
        const QString &rule = QStringLiteral("uy-ban-nhan-dan"));
    void addDocument(const QString &path);
    // Reads the directory on a worker; membersLoaded() follows.
    void loadMembers();

    // The consultation as the fields describe it, or what is missing (translated).
    Result<ConsultationFile> consultationFile() const;
    // Checks, asks, unlocks the key and publishes; the consultation written, or nothing.
    void publish();
    const std::optional<Consultation> &published() const { return m_published; }
    QString messageText() const;

Q_SIGNALS:
    void membersLoaded();
    void publishedConsultation(const QString &id);

private:
    struct QuestionRow {
        QWidget *row = nullptr;
        QLineEdit *text = nullptr;
        QComboBox *kind = nullptr;
        QComboBox *rule = nullptr;
    };
    void setMessage(const QString &text, bool isError);
    QString newId() const;

    OrganisationAccess &m_access;
    QStringList m_existingIds;
    std::function<QDateTime()> m_clock;
    QLineEdit *m_title;
    QLineEdit *m_issuingBody;
    QDateTimeEdit *m_deadline;
    QPlainTextEdit *m_note;
    QListWidget *m_members;
    QComboBox *m_chair;
    QVBoxLayout *m_questionsLayout;
    QList<QuestionRow> m_questions;
    QListWidget *m_documents;
    QLabel *m_message;
    QPushButton *m_publish;
    std::optional<Consultation> m_published;
};

} // namespace phonghop::ui
