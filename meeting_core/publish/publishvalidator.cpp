#include "publishvalidator.h"

#include "meeting_core/pdf/pdfdocument.h"
#include "meeting_core/share/shareformat.h"
#include "meeting_core/util/sha256.h"
#include "meeting_core/voting/preparedpoll.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

namespace phonghop {

namespace {

// The context of this file's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::PublishValidator)
};

QString documentName(const DraftDocument &document)
{
    if (!document.title.isEmpty())
        return QStringLiteral("\u201C%1\u201D").arg(document.title);
    return QStringLiteral("\u201C%1\u201D").arg(QFileInfo(document.filePath).fileName());
}

} // namespace

std::optional<OfficeFormat> officeFormatOfDocument(const DraftDocument &document)
{
    if (QFileInfo(document.filePath).suffix().isEmpty())
        return officeFormatOf(document.fileName);
    return officeFormatOf(document.filePath);
}

QList<ValidationProblem> PublishValidator::validate(const DraftMeeting &draft) const
{
    using K = ValidationProblem::Kind;
    QList<ValidationProblem> problems;
    auto add = [&problems](
                   K kind, const QString &subject, const QString &message, bool blocking = true) {
        problems << ValidationProblem { kind, subject, message, blocking };
    };

    if (draft.title.trimmed().isEmpty())
        add(K::MissingTitle, draft.id, Tr::tr("The meeting has no title."));
    if (!shareformat::isMeetingId(draft.id))
        add(K::InvalidMeetingId, draft.id,
            Tr::tr("\"%1\" cannot be a meeting id: use lower-case letters, digits and dashes.")
                .arg(draft.id));
    if (!draft.start.isValid())
        add(K::MissingStart, draft.id, Tr::tr("The meeting has no start date and time."));
    else if (draft.end.isValid() && draft.end < draft.start)
        add(K::EndBeforeStart, draft.id, Tr::tr("The meeting ends before it starts."));

    if (draft.agenda.isEmpty())
        add(K::EmptyAgenda, draft.id, Tr::tr("The agenda is empty: add at least one item."));
    QSet<QString> itemIds;
    QHash<QString, QString> parentOf;
    for (const DraftAgendaItem &item : draft.agenda) {
        if (itemIds.contains(item.id))
            add(K::DuplicateItem, item.id,
                Tr::tr("Two agenda items have the id \"%1\"; give each its own.").arg(item.id));
        itemIds.insert(item.id);
        parentOf.insert(item.id, item.parentId);
        if (item.title.trimmed().isEmpty())
            add(K::ItemWithoutTitle, item.id, Tr::tr("An agenda item has no title."));
    }
    // Every seat refuses a manifest whose agenda is not a tree.
    for (const DraftAgendaItem &item : draft.agenda) {
        QSet<QString> above { item.id };
        for (QString parent = item.parentId; !parent.isEmpty(); parent = parentOf.value(parent)) {
            if (!itemIds.contains(parent) || above.contains(parent)) {
                add(K::ItemWithoutParent, item.id,
                    Tr::tr(
                        "Agenda item \"%1\" is placed under an item that does not exist or under "
                        "itself (%2).")
                        .arg(item.title, item.parentId));
                break;
            }
            above.insert(parent);
        }
    }

    QSet<QString> participantIds;
    QHash<QString, QString> nameOf;
    for (const DraftParticipant &p : draft.participants) {
        if (p.fullName.trimmed().isEmpty())
            add(K::ParticipantWithoutName, p.id, Tr::tr("A participant has no name."));
        else if (!p.role)
            add(K::ParticipantWithoutRole, p.id,
                Tr::tr("%1 has no role: choose chair, secretary, delegate or guest.")
                    .arg(p.fullName));
        if (participantIds.contains(p.id))
            add(K::DuplicateParticipant, p.id, Tr::tr("%1 is listed twice.").arg(p.fullName));
        participantIds.insert(p.id);
        nameOf.insert(p.id, p.fullName);
    }

    QHash<QString, const DraftDocument *> byContent;
    QSet<QString> documentIds;
    // Only files of equal size can be equal: the others are not read twice (200 MB scans).
    QHash<qint64, int> filesOfSize;
    for (const DraftDocument &document : draft.documents)
        ++filesOfSize[QFileInfo(document.filePath).size()];
    for (const DraftDocument &document : draft.documents) {
        const QString name = documentName(document);
        if (documentIds.contains(document.id))
            add(K::DuplicateDocument, document.id,
                Tr::tr("Document %1 is attached twice.").arg(name));
        documentIds.insert(document.id);
        if (!itemIds.contains(document.agendaItemId))
            add(K::DocumentWithoutItem, document.id,
                Tr::tr("Document %1 belongs to no agenda item.").arg(name));

        const QFileInfo info(document.filePath);
        if (document.filePath.isEmpty() || !info.isFile()) {
            add(K::MissingFile, document.id,
                Tr::tr("The file of document %1 is missing: %2")
                    .arg(name, QDir::toNativeSeparators(document.filePath)));
        } else {
            QFile file(document.filePath);
            const QByteArray head = file.open(QIODevice::ReadOnly) ? file.read(1024) : QByteArray();
            const std::optional<OfficeFormat> office = officeFormatOfDocument(document);
            // PDF readers accept the header within the first kilobyte.
            if (office) {
                if (!looksLikeOfficeFile(*office, head))
                    add(K::ConversionFailed, document.id,
                        Tr::tr("Document %1 is damaged or is not really a .%2 file (%3). Open it "
                               "in Word or LibreOffice, save it again, and attach it again.")
                            .arg(name, office->suffix, info.fileName()));
            } else if (!head.contains("%PDF-")) {
                add(K::NotPdf, document.id,
                    Tr::tr("Document %1 is not a PDF file nor a Word, Excel or OpenDocument file "
                           "(%2). Save it as PDF and attach it again.")
                        .arg(name, info.fileName()));
            } else {
                const auto opened = PdfDocument::open(document.filePath);
                if (!opened)
                    add(K::UnreadablePdf, document.id,
                        Tr::tr("Document %1 cannot be opened as a PDF: %2")
                            .arg(name, opened.error()));
                else if (opened.value()->pageCount() <= 0 && !opened.value()->isLocked())
                    add(K::UnreadablePdf, document.id,
                        Tr::tr("Document %1 has no pages.").arg(name));
            }
            const QString sha256 = filesOfSize.value(info.size()) > 1
                ? Sha256::hexOfFile(document.filePath)
                : QString();
            if (!sha256.isEmpty()) {
                if (const DraftDocument *first = byContent.value(sha256))
                    add(K::DuplicateDocument, document.id,
                        Tr::tr("Document %1 is the same file as %2.")
                            .arg(name, documentName(*first)));
                else
                    byContent.insert(sha256, &document);
            }
        }

        if (document.confidential) {
            if (document.recipientIds.isEmpty())
                add(K::ConfidentialWithoutRecipients, document.id,
                    Tr::tr("Document %1 is confidential (\"Mật\") but names no recipient.")
                        .arg(name));
            for (const QString &recipient : document.recipientIds) {
                if (!participantIds.contains(recipient))
                    add(K::UnknownRecipient, document.id,
                        Tr::tr("Document %1 names a recipient who is not a participant (%2).")
                            .arg(name, recipient));
            }
        }
    }

    // Prepared polls: each names its item and can be opened as it stands, so the chair is
    // never the first to find out that a poll is broken.
    QSet<QString> pollIds;
    QHash<QString, QString> itemTitle;
    for (const DraftAgendaItem &item : draft.agenda)
        itemTitle.insert(item.id, item.title);
    for (const PreparedPoll &poll : draft.polls) {
        const QString name = poll.title.trimmed().isEmpty()
            ? poll.id
            : QStringLiteral("\u201C%1\u201D").arg(poll.title);
        if (pollIds.contains(poll.id))
            add(K::DuplicatePoll, poll.id,
                Tr::tr("Two prepared polls have the id \"%1\"; give each its own.").arg(poll.id));
        pollIds.insert(poll.id);
        if (poll.title.trimmed().isEmpty())
            add(K::PollWithoutTitle, poll.id,
                Tr::tr("Prepared poll %1 has no title: write the question delegates vote on.")
                    .arg(poll.id));
        if (poll.agendaItemId.isEmpty())
            add(K::PollWithoutItem, poll.id,
                Tr::tr("Prepared poll %1 belongs to no agenda item: choose the item it is voted "
                       "under.")
                    .arg(name));
        else if (!itemIds.contains(poll.agendaItemId))
            add(K::PollWithoutItem, poll.id,
                Tr::tr("Prepared poll %1 names agenda item \"%2\", which is not on the agenda: "
                       "choose one of the meeting's items.")
                    .arg(name, poll.agendaItemId));
        const Result<PollDefinition> definition = preparedPollDefinition(poll);
        if (!definition)
            add(K::InvalidPoll, poll.id,
                Tr::tr("Prepared poll %1 cannot be opened as written: %2. Correct its kind, "
                       "options or voting rule.")
                    .arg(name, definition.error()));
    }
    return problems;
}

bool PublishValidator::hasBlocking(const QList<ValidationProblem> &problems)
{
    return std::any_of(problems.begin(), problems.end(),
        [](const ValidationProblem &problem) { return problem.blocking; });
}

QStringList PublishValidator::describe(const QList<ValidationProblem> &problems)
{
    QStringList lines;
    for (const ValidationProblem &problem : problems) {
        if (problem.blocking)
            lines << problem.message;
    }
    for (const ValidationProblem &problem : problems) {
        if (!problem.blocking)
            lines << Tr::tr("Note: %1").arg(problem.message);
    }
    return lines;
}

} // namespace phonghop
