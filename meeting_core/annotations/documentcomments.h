#pragma once

#include "meeting_core/trust/signingkey.h"
#include "meeting_core/util/result.h"

#include <QDateTime>
#include <QString>
#include <QVector>

namespace phonghop {

class Outbox;
class ShareReader;
struct Roster;

// "Ý kiến về tài liệu": a delegate's comment on a document for the secretary. It is a signed
// record (kind "document-comment") queued in the delegate's Outbox, so it is durable at once
// and reaches devices/<deviceId>/ on the share at the next sync.
struct DocumentComment {
    static constexpr auto recordKind = "document-comment";
    QString meetingId;
    QString documentId;
    int documentVersion = 1;
    int page = -1; // 0-based; -1 = the document as a whole
    QString quote; // the words commented on, if any
    QString text;
    QString authorName; // as the delegate signs it
    QString participantId;
    QDateTime createdAt;
    QString deviceId; // filled in when read back: whose key signed it
};

// Signs and queues a comment; returns the record's file name.
Result<QString> submitDocumentComment(
    Outbox &outbox, const SigningKey &deviceKey, DocumentComment comment);

// Every delegate's comments on a document found on the share, oldest first. Records that are
// damaged, not signed by the key of the folder they are in, or about another document are
// skipped.
QVector<DocumentComment> gatherDocumentComments(
    const ShareReader &share, const QString &meetingId, const QString &documentId);

// Names each comment after the roster participant whose key signed it (authorName and
// participantId), so the list shows who really sent it rather than what the sending seat
// wrote; comments signed by a key the roster does not list keep their own name.
void nameCommentAuthors(QVector<DocumentComment> &comments, const Roster &roster);

// For the secretary: CSV (UTF-8 with a BOM, so spreadsheet programs read Vietnamese) and a
// PDF grouped by delegate. Both written whole or not at all.
Status exportCommentsCsv(const QVector<DocumentComment> &comments, const QString &path);
Status exportCommentsPdf(
    const QVector<DocumentComment> &comments, const QString &documentTitle, const QString &path);

} // namespace phonghop
