#pragma once

#include "meeting_core/annotations/annotationstore.h"
#include "meeting_core/desk/personalnotes.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTimer;

namespace phonghop::ui {

// "Ghi chú cá nhân": the delegate's own note on a meeting or on one agenda item, saved
// while typing (a short pause) and when the editor loses focus or changes subject. The store
// must outlive the editor.
class PersonalNotesEditor final : public QWidget {
    Q_OBJECT
public:
    PersonalNotesEditor(AnnotationStore &store, QString owner, QWidget *parent = nullptr);
    ~PersonalNotesEditor() override;

    // agendaItemId empty = the note on the whole meeting.
    void setSubject(const QString &meetingId, const QString &agendaItemId, const QString &title);
    QString text() const;
    void setText(const QString &text);
    bool save(); // false when the store refused (a message is shown in the editor)

private:
    PersonalNotes m_notes;
    QString m_meetingId;
    QString m_itemId;
    QLabel *m_title = nullptr;
    QPlainTextEdit *m_edit = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_saveTimer = nullptr;
    bool m_dirty = false;
};

} // namespace phonghop::ui
