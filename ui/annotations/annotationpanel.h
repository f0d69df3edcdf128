#pragma once

#include "meeting_core/annotations/annotationsession.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace phonghop::ui {

// Lists a document's annotations (type, page, excerpt, time) with a filter, jumps to each,
// and lists apart those carried from an earlier version that need review, with where they
// were in the old version and a button to place each on the page being read.
class AnnotationPanel final : public QWidget {
    Q_OBJECT
public:
    explicit AnnotationPanel(QWidget *parent = nullptr);

    void setSession(AnnotationSession *session); // not owned
    void setCurrentPage(int page) { m_currentPage = page; }
    // Annotations that came inside the PDF (drawn by the renderer): listed, marked, read-only.
    void setEmbedded(const QVector<Annotation> &annotations)
    {
        m_embedded = annotations;
        refresh();
    }

    int visibleCount() const; // rows after the filter
    int reviewCount() const;
    QTreeWidget *list() const { return m_list; }
    QTreeWidget *reviewList() const { return m_review; }
    void setTypeFilter(int typeIndex); // -1 = all, else AnnotationType
    void setTextFilter(const QString &text);

    // Whether "Review beside the old version" is offered (the embedder can find old versions).
    void setSideBySideAvailable(bool available);

Q_SIGNALS:
    void jumpRequested(int page, const phonghop::NormalizedRect &rect, const QString &id);
    // The delegate wants to see this needs-review annotation beside the version it came from.
    void reviewRequested(const QString &id);

private:
    void refresh();

    QPointer<AnnotationSession> m_session;
    QComboBox *m_type = nullptr;
    QLineEdit *m_filter = nullptr;
    QTreeWidget *m_list = nullptr;
    QLabel *m_reviewTitle = nullptr;
    QTreeWidget *m_review = nullptr;
    QPushButton *m_place = nullptr;
    QPushButton *m_dismiss = nullptr;
    QPushButton *m_sideBySide = nullptr;
    bool m_sideBySideAvailable = false;
    int m_currentPage = 0;
    QVector<Annotation> m_embedded;
};

} // namespace phonghop::ui
