#pragma once

#include "meeting_core/publish/draftmeeting.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace phonghop::ui {

class DocumentView;

// The meeting as a delegate will see it after the next sync: the heading, the numbered
// agenda with presenters and documents, and the selected document in the viewer.
class DelegatePreview final : public QWidget {
    Q_OBJECT
public:
    explicit DelegatePreview(QWidget *parent = nullptr);

    void showDraft(const DraftMeeting &draft);
    QTreeWidget *agendaTree() const { return m_agenda; }
    DocumentView *documentView() const { return m_view; }
    // Opens the document as the viewer would (tests, and a double click).
    void openDocument(const QString &documentId);

private:
    QLabel *m_heading = nullptr;
    QTreeWidget *m_agenda = nullptr;
    DocumentView *m_view = nullptr;
    DraftMeeting m_draft;
};

} // namespace phonghop::ui
