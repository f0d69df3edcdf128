#include "meeting_core/desk/personalnotes.h"

#include "meeting_core/annotations/annotationstore.h"
#include "meeting_core/store/database.h"

namespace phonghop {

Result<QString> PersonalNotes::note(const QString &meetingId, const QString &agendaItemId) const
{
    try {
        return m_store.personalNote(m_owner, meetingId, agendaItemId);
    } catch (const DatabaseError &error) {
        return Result<QString>::failure(QString::fromUtf8(error.what()));
    }
}

Status PersonalNotes::setNote(
    const QString &meetingId, const QString &agendaItemId, const QString &text)
{
    try {
        m_store.setPersonalNote(m_owner, meetingId, agendaItemId, text);
    } catch (const DatabaseError &error) {
        return Status::failure(
            error.isDiskFull() ? tr("the disk is full.") : QString::fromUtf8(error.what()));
    }
    return Status::success();
}

} // namespace phonghop
