#pragma once

#include "meeting_core/annotations/documentcomments.h"

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace phonghop {
class Desk;
}

namespace phonghop::ui {

// For the secretary: every delegate's comments on one document ("ý kiến về tài liệu"),
// grouped by delegate, read from the share (by the desk, off the GUI thread), and exported
// as CSV or PDF.
class DocumentCommentsDialog final : public QDialog {
    Q_OBJECT
public:
    DocumentCommentsDialog(Desk &desk, QString meetingId, QString documentId, QString documentTitle,
        QWidget *parent = nullptr);

    int commentCount() const;

Q_SIGNALS:
    // The comments read from the share are shown.
    void commentsLoaded();

private:
    void reload();
    void showComments(const QVector<DocumentComment> &comments);
    void exportAs(bool pdf);
    void write(const QVector<DocumentComment> &comments, bool pdf, const QString &path);

    Desk &m_desk;
    QString m_meetingId;
    QString m_documentId;
    QString m_documentTitle;
    QTreeWidget *m_tree;
    QLabel *m_summary;
    quint64 m_shownTicket = 0; // the read whose comments the list shows
    // A read asked for an export: its comments go into this file (PDF or CSV).
    quint64 m_exportTicket = 0;
    bool m_exportPdf = false;
    QString m_exportPath;
};

} // namespace phonghop::ui
