#pragma once

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
        ConfidentialOnSharedFolder, // a warning: see docs/publish-format.md
        ParticipantNotInDirectory, // given by id only, and the directory has no such person
        RosterInvalid, // the participants make no valid roster (one chair, ...)
        DuplicateItem, // two agenda items with one id
        ItemWithoutParent, // placed under an item that does not exist, or under itself
        PollWithoutItem, // a prepared poll naming no agenda item, or one that does not exist
        InvalidPoll, // its kind, options, choices or rule cannot make a poll
        DuplicatePoll, // two prepared polls with one id
        PollWithoutTitle,
    };
    Kind kind;
    QString subjectId; // the item, participant, document or prepared poll concerned
    QString message; // translated, names the subject
    bool blocking = true;
};

// Checks a draft before anything is written to the share. Files are read (a PDF's first
// bytes, then Poppler opens it); nothing is written.
class PublishValidator final {
public:
    QList<ValidationProblem> validate(const DraftMeeting &draft) const;
    static bool hasBlocking(const QList<ValidationProblem> &problems);
    // The problems as lines of text, blocking ones first.
    static QStringList describe(const QList<ValidationProblem> &problems);
};

} // namespace phonghop
