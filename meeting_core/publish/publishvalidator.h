#pragma once

#include "meeting_core/convert/officeformat.h"
#include "meeting_core/publish/draftmeeting.h"

#include <QList>
#include <QString>

namespace phonghop {

// One thing wrong with a draft, named so the secretary can find and fix it.
struct ValidationProblem {
    enum class Kind {
        MissingTitle,
        InvalidMeetingId,
        MissingStart,
        EndBeforeStart,
        EmptyAgenda,
        ItemWithoutTitle,
        ParticipantWithoutRole,
        ParticipantWithoutName,
        DuplicateParticipant,
        MissingFile,
        NotPdf,
        UnreadablePdf,
        DuplicateDocument,
        DocumentWithoutItem,
        ConfidentialWithoutRecipients,
        UnknownRecipient,
        ConfidentialOnSharedFolder, // no longer raised: confidential documents are sealed
        // Found by the publisher (issue 16, docs/publish-format.md, "Confidential documents"):
        RecipientWithoutDevice, // a recipient has no enrolled device to seal the key to
        ConfidentialDowngrade, // published confidential before, now in clear, not declassified
        ConfidentialOnOldShare, // the share is 1.x: it must be upgraded first
        ParticipantNotInDirectory, // given by id only, and the directory has no such person
        RosterInvalid, // the participants make no valid roster (one chair, ...)
        DuplicateItem, // two agenda items with one id
        ItemWithoutParent, // placed under an item that does not exist, or under itself
        PollWithoutItem, // a prepared poll naming no agenda item, or one that does not exist
        InvalidPoll, // its kind, options, choices or rule cannot make a poll
        DuplicatePoll, // two prepared polls with one id
        PollWithoutTitle,
        // Office documents (issue 18), found when publication converts them to PDF:
        ConverterMissing, // LibreOffice is not installed (the message names the package)
        ConversionFailed, // damaged, password-protected, or not the format its name says
        ConversionTimedOut, // LibreOffice ran past the time limit and was stopped
        ConvertedEmpty, // the PDF has no page, or only blank ones
    };
    Kind kind;
    QString subjectId; // the item, participant, document or prepared poll concerned
    QString message; // translated, names the subject
    bool blocking = true;
};

// The office format of a document's file (its path's suffix, or for a file without one, such
// as a cached original, the suffix of the document's fileName); nothing for a PDF.
std::optional<OfficeFormat> officeFormatOfDocument(const DraftDocument &document);

// Checks a draft before anything is written to the share. Files are read (a PDF's first
// bytes, then Poppler opens it; an office file's first bytes); nothing is written. Office
// files are converted only by the publisher, which reports what LibreOffice makes of them.
class PublishValidator final {
public:
    QList<ValidationProblem> validate(const DraftMeeting &draft) const;
    static bool hasBlocking(const QList<ValidationProblem> &problems);
    // The problems as lines of text, blocking ones first.
    static QStringList describe(const QList<ValidationProblem> &problems);
};

} // namespace phonghop
