#pragma once

#include "meeting_core/domain/meeting.h"
#include "meeting_core/session/sessionstate.h"
#include "meeting_core/util/result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace phonghop {

// What the session's documents (the minutes, the attendance list, the conclusion notice) print
// besides the session state: the meeting as the cache has it and what the secretary gave.
struct SessionDocumentContent {
    QString agency; // "ỦY BAN NHÂN DÂN TỈNH SƠN HÀ"
    QString number; // "Số: 15/BB-UBND"
    QString place; // "Sơn Hà"
    QDateTime date; // the meeting's start, in its own offset (MEETING.json `start`)
    QString meetingTitle;
    QString location;
    QList<AgendaItem> agenda;
    QString chairName;
    QString secretaryName;
    QList<DocumentRef> documents; // to name the documents conclusions cite
};

// The parts of a session document laid out after Decree 30/2020/NĐ-CP that the minutes and the
// conclusion notice share (the page and the heading themselves are administrativedocument's).
namespace sessiondocument {

// A time as the meeting's own clock reads it: in the offset of its start (MEETING.json carries
// it, "2026-11-27T08:00:00+07:00"), whatever the computer's time zone. The computer's zone only
// when the start is unknown.
QDateTime inMeetingTime(const QDateTime &time, const QDateTime &meetingStart);
QString hhmm(const QDateTime &time, const QDateTime &meetingStart); // "08:00"

// "Số: 15/BB-UBND" from "15/BB-UBND" or "Số: 15/BB-UBND"; `blank` when empty.
QString numberText(const QString &number, const QString &blank);

// The heading: agency, number, place and date ("Sơn Hà, ngày 27 tháng 11 năm 2026", the date
// of the meeting in its own offset), the kind of document and its subject.
QString headingHtml(const SessionDocumentContent &content, const QString &blankNumber,
    const QString &kindTitle, const QString &subject);

// "4.a. Title" for an agenda item; the id when the agenda does not list it.
QString itemLabel(const SessionDocumentContent &content, const QString &itemId);

// The agenda's items in reading order (agendaInOrder), then items only the session's records
// name (speeches, decisions), in the order they first appear.
QStringList itemsInOrder(const SessionDocumentContent &content, const SessionState &state);

// The text as a sentence: trimmed, with a full stop unless it ends in punctuation already
// (a conclusion is typed without one more often than not).
QString sentence(const QString &text);

// A body paragraph with Decree 30's first-line indent; `html` is already escaped.
QString indented(const QString &html);

// The title of the meeting's document with this SHA-256, or the short hash.
QString documentTitle(const SessionDocumentContent &content, const QString &sha256);

// Writes the A4 PDF (administrativedocument::writePdf); a failure names the file.
Status writePdf(const QString &path, const QString &title, const QString &html);

} // namespace sessiondocument
} // namespace phonghop
