#pragma once

#include "meeting_core/publish/draftmeeting.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QMimeData;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace phonghop::ui {

class PreparedPollsEditor;

// The agenda builder: items and sub-items in a tree that can be reordered by dragging,
// numbered automatically (I, 1, a…), and the selected item's documents: PDFs attached by
// drag and drop or a file dialog, their type, issuing body, "Mật" flag and recipients, and
// replacement by a new version; and the polls prepared under the selected item.
class AgendaEditor final : public QWidget {
    Q_OBJECT
public:
    explicit AgendaEditor(QWidget *parent = nullptr);

    void setDraft(const DraftMeeting &draft);
    // Writes the agenda (in tree order) and the documents into draft.
    void apply(DraftMeeting &draft) const;
    // The people a confidential document can be addressed to.
    void setParticipants(const QList<DraftParticipant> &participants);

    // Also reachable through the buttons; public for tests and automation.
    QString addItem(const QString &parentId, const QString &title);
    void attachFiles(const QString &itemId, const QStringList &paths);
    void selectItem(const QString &itemId);
    void selectDocument(const QString &documentId);
    bool replaceSelectedDocument(const QString &path);
    QTreeWidget *tree() const { return m_tree; }
    QListWidget *documentList() const { return m_documents; }
    PreparedPollsEditor *pollsEditor() const { return m_polls; }

Q_SIGNALS:
    void edited();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void renumber();
    void addTopItem();
    void addSubItem();
    void removeItem();
    void chooseFiles();
    void chooseReplacement();
    void removeDocument();
    void showDocumentsOfCurrentItem();
    void showDocumentDetails();
    void storeDocumentDetails();
    QString currentItemId() const;
    DraftDocument *currentDocument();
    QTreeWidgetItem *findItem(const QString &itemId) const;
    static QStringList pdfPaths(const QMimeData *mime);
    static QString documentFilters();
    void changed();

    QTreeWidget *m_tree = nullptr;
    QListWidget *m_documents = nullptr;
    QWidget *m_details = nullptr;
    QLineEdit *m_docTitle = nullptr;
    QComboBox *m_docKind = nullptr;
    QLineEdit *m_issuingBody = nullptr;
    QCheckBox *m_confidential = nullptr;
    QCheckBox *m_noExport = nullptr; // only with m_confidential (issue 16)
    QComboBox *m_classification = nullptr; // "Mật", "Nội bộ", …: only with m_confidential
    QListWidget *m_recipients = nullptr;
    QLabel *m_fileLabel = nullptr;
    QLabel *m_documentsHeading = nullptr;
    QPushButton *m_replace = nullptr;
    PreparedPollsEditor *m_polls = nullptr;

    QList<DraftDocument> m_documentData;
    QList<DraftParticipant> m_participants;
    bool m_loading = false;
};

} // namespace phonghop::ui
