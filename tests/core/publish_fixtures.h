#pragma once

#include "meeting_core/publish/draftmeeting.h"

#include <QString>

// Drafts and PDFs the publishing tests generate for themselves.
namespace phonghop::test::publish {

// A one-page PDF (QPdfWriter) whose text makes its bytes unique.
void writePdf(const QString &path, const QString &text);
// A valid one-page PDF of about `size` bytes: the page is empty, the bulk is an unused stream
// of pseudo-random bytes (fast to write, like a large scan to copy and hash).
void writePaddedPdf(const QString &path, qint64 size, quint32 seed);
// A valid draft in `folder`: 2 sections with sub-items, 3 participants with roles and 3
// distinct PDFs written into folder.
DraftMeeting validDraft(
    const QString &folder, const QString &meetingId = QStringLiteral("hop-2026-12-18"));

} // namespace phonghop::test::publish
