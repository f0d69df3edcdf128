#pragma once

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace phonghop::ui {

// For the secretary: every delegate's comments on one document ("ý kiến về tài liệu"),
// grouped by delegate, read from the share, and exported as CSV or PDF.
class DocumentCommentsDialog final : public QDialog {
    Q_OBJECT
public:
    DocumentCommentsDialog(QString sharePath, QString meetingId, QString documentId,
                           QString documentTitle, QWidget *parent = nullptr);

    int commentCount() const;

private:
    void reload();
    void exportAs(bool pdf);

    QString m_sharePath;
    QString m_meetingId;
    QString m_documentId;
    QString m_documentTitle;
    QTreeWidget *m_tree;
    QLabel *m_summary;
};

} // namespace phonghop::ui
