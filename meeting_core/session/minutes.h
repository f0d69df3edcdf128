#pragma once

#include "meeting_core/domain/meeting.h"
#include "meeting_core/session/sessiondocument.h"
#include "meeting_core/session/sessionstate.h"
#include "meeting_core/util/result.h"

#include <QString>

namespace phonghop {

// What the minutes ("biên bản") print besides the session state.
using MinutesContent = SessionDocumentContent;

MinutesContent minutesContentFor(const Meeting &meeting, const SessionState &state);

namespace minutes {

// The minutes as HTML laid out after Decree 30/2020/NĐ-CP (national heading, agency, number,
// place and date, title, body, signatures of the chair and the secretary): attendance,
// agenda in order (sub-items under their item), speakers, each poll's result, each current
// conclusion. Times are the meeting's own (sessiondocument::inMeetingTime).
QString html(const MinutesContent &content, const SessionState &state);
// Writes it as an A4 PDF (QTextDocument → QPdfWriter).
Status writePdf(const QString &path, const MinutesContent &content, const SessionState &state);
// The attendance list alone, with the same heading.
Status writeAttendancePdf(
    const QString &path, const MinutesContent &content, const SessionState &state);

} // namespace minutes
} // namespace phonghop
