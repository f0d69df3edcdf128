#pragma once

#include "meeting_core/util/result.h"

#include <QCoreApplication>
#include <QString>

namespace phonghop {

class AnnotationStore;

// "Ghi chú cá nhân" of one owner, over the annotation store, answering with results: a note
// that cannot be read or saved is said as a failure with the store's message (a full disk in
// plain words), never thrown at a screen.
class PersonalNotes final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::PersonalNotes)

public:
    PersonalNotes(AnnotationStore &store, QString owner)
        : m_store(store)
        , m_owner(std::move(owner))
    {
    }

    const QString &owner() const { return m_owner; }
    // agendaItemId empty: the note on the whole meeting.
    Result<QString> note(const QString &meetingId, const QString &agendaItemId) const;
    Status setNote(const QString &meetingId, const QString &agendaItemId, const QString &text);

private:
    AnnotationStore &m_store;
    QString m_owner;
};

} // namespace phonghop
