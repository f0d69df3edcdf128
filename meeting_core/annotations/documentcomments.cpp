#include "meeting_core/annotations/documentcomments.h"

#include "meeting_core/share/sharereader.h"
#include "meeting_core/store/database.h"
#include "meeting_core/store/outbox.h"
#include "meeting_core/trust/devicekey.h"
#include "meeting_core/trust/roster.h"
#include "meeting_core/trust/signedrecord.h"
#include "meeting_core/util/atomicfile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUuid>

namespace phonghop {

namespace {
// The context of this file's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::DocumentComments)
};

QString csvField(const QString &value)
{
    QString v = value;
    v.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + v + QLatin1Char('"');
}
} // namespace

Result<QString> submitDocumentComment(
    Outbox &outbox, const SigningKey &deviceKey, DocumentComment comment)
{
    if (comment.text.trimmed().isEmpty())
        return Result<QString>::failure(Tr::tr("The comment is empty."));
    if (!comment.createdAt.isValid())
        comment.createdAt = QDateTime::currentDateTimeUtc();
    const QJsonObject payload { { QStringLiteral("meetingId"), comment.meetingId },
        { QStringLiteral("documentId"), comment.documentId },
        { QStringLiteral("documentVersion"), comment.documentVersion },
        { QStringLiteral("page"), comment.page }, { QStringLiteral("quote"), comment.quote },
        { QStringLiteral("text"), comment.text },
        { QStringLiteral("authorName"), comment.authorName },
        { QStringLiteral("participantId"), comment.participantId },
        { QStringLiteral("createdAt"), toIsoUtc(comment.createdAt) } };
    const SignedRecord record = SignedRecord::create(
        QString::fromLatin1(DocumentComment::recordKind), payload, deviceKey);
    const QString fileName
        = QStringLiteral("comment-%1.json").arg(QUuid::createUuid().toString(QUuid::Id128));
    try {
        outbox.enqueue(deviceIdOf(deviceKey.publicKey()), fileName, record.toBytes());
    } catch (const DatabaseError &error) {
        return Result<QString>::failure(
            Tr::tr("The comment was not saved: %1").arg(QString::fromUtf8(error.what())));
    }
    return fileName;
}

QVector<DocumentComment> gatherDocumentComments(
    const ShareReader &share, const QString &meetingId, const QString &documentId)
{
    QVector<DocumentComment> comments;
    for (const QString &deviceId : share.deviceIds()) {
        for (const QString &name : share.deviceRecordNames(deviceId)) {
            if (!name.startsWith(QLatin1String("comment-")))
                continue;
            const auto bytes = share.readDeviceRecord(deviceId, name);
            if (!bytes)
                continue;
            const auto record = SignedRecord::fromBytes(
                bytes.value(), QString::fromLatin1(DocumentComment::recordKind));
            if (!record || deviceIdOf(record->signerPublicKey()) != deviceId)
                continue; // damaged, or placed in another device's folder
            const QJsonObject p = record->payload();
            if (p.value(QStringLiteral("meetingId")).toString() != meetingId
                || p.value(QStringLiteral("documentId")).toString() != documentId)
                continue;
            DocumentComment c;
            c.meetingId = meetingId;
            c.documentId = documentId;
            c.documentVersion = p.value(QStringLiteral("documentVersion")).toInt(1);
            c.page = p.value(QStringLiteral("page")).toInt(-1);
            c.quote = p.value(QStringLiteral("quote")).toString();
            c.text = p.value(QStringLiteral("text")).toString();
            c.authorName = p.value(QStringLiteral("authorName")).toString();
            c.participantId = p.value(QStringLiteral("participantId")).toString();
            c.createdAt = fromIsoUtc(p.value(QStringLiteral("createdAt")).toString());
            c.deviceId = deviceId;
            comments.append(c);
        }
    }
    std::stable_sort(
        comments.begin(), comments.end(), [](const DocumentComment &a, const DocumentComment &b) {
            return a.createdAt < b.createdAt;
        });
    return comments;
}

void nameCommentAuthors(QVector<DocumentComment> &comments, const Roster &roster)
{
    QHash<QString, const RosterParticipant *> byDevice;
    for (const RosterParticipant &participant : roster.participants) {
        for (const RosterDevice &device : participant.devices)
            byDevice.insert(deviceIdOf(device.publicKey), &participant);
    }
    for (DocumentComment &comment : comments) {
        const RosterParticipant *signer = byDevice.value(comment.deviceId);
        if (!signer)
            continue;
        comment.participantId = signer->id;
        if (!signer->name.isEmpty())
            comment.authorName = signer->name;
    }
}

Status exportCommentsCsv(const QVector<DocumentComment> &comments, const QString &path)
{
    QString csv = QStringLiteral("\uFEFF");
    csv += QStringList { Tr::tr("Delegate"), Tr::tr("Time"), Tr::tr("Version"), Tr::tr("Page"),
        Tr::tr("Quoted text"), Tr::tr("Comment"), Tr::tr("Device") }
               .join(QLatin1Char(','))
        + QStringLiteral("\r\n");
    for (const DocumentComment &c : comments) {
        csv += QStringList { csvField(c.authorName), csvField(toIsoUtc(c.createdAt)),
            QString::number(c.documentVersion),
            c.page >= 0 ? QString::number(c.page + 1) : QString(), csvField(c.quote),
            csvField(c.text), csvField(c.deviceId) }
                   .join(QLatin1Char(','))
            + QStringLiteral("\r\n");
    }
    const Status written = atomicfile::writeReplacing(path, csv.toUtf8());
    return written
        ? written
        : Status::failure(Tr::tr("The comments could not be saved: %1").arg(written.error()));
}

Status exportCommentsPdf(
    const QVector<DocumentComment> &comments, const QString &documentTitle, const QString &path)
{
    // Grouped by delegate, each group oldest first.
    QMap<QString, QVector<DocumentComment>> byAuthor;
    for (const DocumentComment &c : comments)
        byAuthor[c.authorName.isEmpty() ? c.deviceId : c.authorName].append(c);
    QString html = QStringLiteral("<h2>%1</h2><p>%2</p>")
                       .arg(Tr::tr("Comments on %1").arg(documentTitle.toHtmlEscaped()),
                           Tr::tr("%n comment(s)", nullptr, int(comments.size())));
    for (auto it = byAuthor.cbegin(); it != byAuthor.cend(); ++it) {
        html += QStringLiteral("<h3>%1</h3>").arg(it.key().toHtmlEscaped());
        for (const DocumentComment &c : it.value()) {
            html += QStringLiteral("<p><b>%1</b>%2<br/>%3%4</p>")
                        .arg(c.createdAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")),
                            c.page >= 0 ? QStringLiteral(" — ") + Tr::tr("page %1").arg(c.page + 1)
                                        : QString(),
                            c.quote.isEmpty()
                                ? QString()
                                : QStringLiteral("<i>“%1”</i><br/>").arg(c.quote.toHtmlEscaped()),
                            c.text.toHtmlEscaped().replace(
                                QLatin1Char('\n'), QStringLiteral("<br/>")));
        }
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setTitle(Tr::tr("Comments on %1").arg(documentTitle));
        QTextDocument document;
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSize(10);
        document.setDefaultFont(font);
        document.setHtml(html);
        document.setPageSize(QSizeF(writer.width(), writer.height()));
        QPainter painter(&writer);
        // Print page by page at the writer's resolution.
        const double pageHeight = writer.height();
        const int pages = std::max(1, int(std::ceil(document.size().height() / pageHeight)));
        for (int p = 0; p < pages; ++p) {
            if (p > 0)
                writer.newPage();
            painter.save();
            painter.translate(0, -p * pageHeight);
            document.drawContents(&painter, QRectF(0, p * pageHeight, writer.width(), pageHeight));
            painter.restore();
        }
    }
    const Status written = atomicfile::writeReplacing(path, buffer.data());
    return written
        ? written
        : Status::failure(Tr::tr("The comments could not be saved: %1").arg(written.error()));
}

} // namespace phonghop
