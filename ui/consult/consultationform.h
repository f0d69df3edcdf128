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
    // kind "choice": options are the labels to choose one of ("A; B; C" in the row's field).
    void addQuestion(const QString &text = {}, const QString &kind = QStringLiteral("approval"),
        const QString &rule = QStringLiteral("uy-ban-nhan-dan"), const QStringList &options = {});
    // confidential: sealed to every enrolled device of every member (the item's check box).
    void addDocument(const QString &path, bool confidential = false);
    int questionCount() const { return static_cast<int>(m_questions.size()); }
    QListWidget *documentsList() const { return m_documents; }

    // A new revision of a published consultation (issue 17): the fields as published (the
    // members ticked once the directory is read), the same id; its documents are kept as they
    // are on the share unless removed, and new PDFs may be added. Publishing writes revision
    // n+1, which voids the answers to the earlier one: the members answer again.
    void editRevision(const Consultation &published);
    bool isRevision() const { return m_revisionOf.has_value(); }
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
        QLineEdit *options = nullptr; // a choice question's labels, "A; B; C"
        int maxChoices = 1; // a published choice question's, kept in a revision
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
    std::optional<Consultation> m_revisionOf; // the published revision being changed
    QStringList m_pendingMembers; // ticked once the directory is read (a revision)
    QString m_pendingChair;
};

} // namespace phonghop::ui
