#pragma once

#include "meeting_core/publish/draftmeeting.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QPlainTextEdit;

namespace phonghop::ui {

// The meeting's details: title, type, date and time, room, host unit, chair, notes.
class MeetingForm final : public QWidget {
    Q_OBJECT
public:
    explicit MeetingForm(QWidget *parent = nullptr);

    void setDraft(const DraftMeeting &draft);
    // Writes the fields into draft (the rest of the draft is left alone).
    void apply(DraftMeeting &draft) const;
    // "Open to all staff" is disabled, with the reason, while a document is confidential (such
    // a meeting is never open to all: issue 16).
    void setHasConfidentialDocument(bool confidential);

Q_SIGNALS:
    void edited();

private:
    QLineEdit *m_title = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_meetingId = nullptr;
    QDateTimeEdit *m_start = nullptr;
    QDateTimeEdit *m_end = nullptr;
    QLineEdit *m_location = nullptr;
    QLineEdit *m_organisation = nullptr;
    QLineEdit *m_hostUnit = nullptr;
    QLineEdit *m_chair = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QCheckBox *m_openToAllStaff = nullptr;
    int m_offsetSeconds = 0; // the meeting's UTC offset, kept as published (+07:00)
    bool m_loading = false;
};

} // namespace phonghop::ui
