#pragma once

#include "meeting_core/domain/meeting.h"
#include "meeting_core/org/peopledirectory.h"
#include "meeting_core/trust/signedrecord.h"
#include "meeting_core/util/result.h"
#include "meeting_core/voting/poll.h"
#include "meeting_core/voting/tally.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace phonghop {

// Written consultation of the members ("phiếu lấy ý kiến", issue 17; docs/consultation-format.md):
// the office asks the members one or more questions without a session, with the documents
// and a deadline; each member answers in a signed record from their own device; the office
// closes it with a signed tally every member's seat recounts.

// One question: a poll definition (docs/poll-format.md) whose title is the question's text.
// Approval and yes/no questions default to the options "Đồng ý" (yes), "Không đồng ý" (no),
// "Ý kiến khác" (other); a choice question lists its own options.
struct ConsultationQuestion {
    PollDefinition poll;

    const QString &id() const { return poll.id; }
    const QString &text() const { return poll.title; }
    // The options an approval or yes/no question gets when it lists none.
    static QList<PollOption> defaultOptions();
};

// One revision of a consultation (consultations/<id>/consultation-<8 digits>.json, a signed
// record of kind "consultation" signed by the organisation key).
struct Consultation {
    static constexpr auto recordKind = "consultation";
    static constexpr auto fileFormat = "phonghop-consultation"; // CONSULTATION.json's "format"
    static constexpr int formatVersion = 1;

    QString id; // [a-z0-9][a-z0-9-]{0,63}, like a meeting id
    int revision = 0;
    QString title;
    QString issuingBody; // "UBND xã Tân Phú"
    QDateTime deadline; // with the offset it was written with
    QString note;
    QString chair; // person id: whose side wins a tie under TieBreak::ChairSide (optional)
    QStringList members; // person ids of the directory, in the order given
    QList<ConsultationQuestion> questions;
    QList<DocumentRef> documents; // objects on the share, as a meeting's documents
    QDateTime publishedAt;

    // Filled in when read from (or made as) a signed record.
    QString recordHash;

    const ConsultationQuestion *question(const QString &questionId) const;
    bool isMember(const QString &personId) const { return members.contains(personId); }
    bool pastDeadline(const QDateTime &now) const { return now > deadline; }

    // Ids, titles, members (no repeats), questions (valid polls, unique ids), a deadline.
    Status validate() const;
    QJsonObject toJson() const; // the signed payload
    static Result<Consultation> fromJson(const QJsonObject &payload);
};

// A consultation id of the right form.
bool isValidConsultationId(const QString &id);

// CONSULTATION.json as the secretary writes it: the consultation (revision and publishedAt
// not set, documents without sha256 and size yet) and the document files, resolved against
// baseFolder, in the order of consultation.documents. The workspace's form, making a new
// revision, may also keep a document of the published revision as it is on the share: its
// file is then empty and the document carries the published sha256 (and, when confidential,
// its seal), which ConsultationShare::publish checks against the revision on the share.
struct ConsultationFile {
    Consultation consultation;
    QStringList documentFiles;
};
// Refuses bad input with a translated message that names the line and the field ("line 7,
// field \"deadline\": ..."); a truncated file names the line where the JSON stops.
Result<ConsultationFile> parseConsultationFile(const QByteArray &bytes, const QString &baseFolder);

// What a member answers to one question.
enum class ConsultationChoice { Agree, Disagree, Other };
QString consultationChoiceId(ConsultationChoice choice); // "agree", "disagree", "other"
// "agree", "disagree", "other", the Vietnamese labels ("Đồng ý", "Không đồng ý",
// "Ý kiến khác", any case) and their ASCII forms ("dong-y", "khong-dong-y", "y-kien-khac").
std::optional<ConsultationChoice> consultationChoiceFrom(const QString &text);
QString consultationChoiceLabel(ConsultationChoice choice); // "Đồng ý", ... (document text)

// A member's answer to one question (devices/<device>/consultation-answer-<consultation>-
// <6 digits>.json, a signed record of kind "consultation-answer" signed by the member's
// device). A later record (higher sequence) of the same person for the same question
// replaces the earlier one.
struct ConsultationAnswer {
    static constexpr auto recordKind = "consultation-answer";
    static constexpr int maximumCommentLength = PollDefinition::maximumOtherTextLength;

    QString consultationId;
    int revision = 0;
    QString questionId;
    // Approval and yes/no questions: "agree", "disagree" or "other"; choice questions: the
    // option indexes in `choices` and choice "choice".
    QString choice;
    QList<int> choices; // always filled when read: the poll option indexes chosen
    QString comment; // at most 500 UTF-16 units; required with "other"
    QString person; // person id
    QDateTime answeredAt; // the device's clock (a claim; the close fixes what counted)

    // Filled in when read from (or made as) a signed record.
    QString recordHash;
    QString deviceId;
    QString fileName;
    qint64 sequence = 0; // signed: a higher one replaces a lower one (the change)

    QJsonObject toJson() const;
    static Result<ConsultationAnswer> fromJson(const QJsonObject &payload);
};

// "consultation-answer-<consultation id>-<sequence, 6 digits>.json"; nothing else is read.
QString consultationAnswerFileName(const QString &consultationId, qint64 sequence);
// The sequence of such a name for consultationId (also with the 16 hex digits an outbox adds
// to a name that was taken), or nothing.
std::optional<qint64> consultationAnswerSequence(
    const QString &fileName, const QString &consultationId);

// Makes a signed answer; fails (translated) when the question, choice or comment does not fit,
// the person is not consulted, or the deadline has passed at answeredAt. sequence: 1 + the
// highest of the person's earlier answers to this consultation (it is signed, in the payload).
Result<SignedRecord> makeConsultationAnswer(const Consultation &consultation,
    const QString &questionId, const QList<int> &choices, const QString &comment,
    const QString &personId, const QDateTime &answeredAt, const SigningKey &deviceKey,
    qint64 sequence);
// The option indexes of an approval/yes-no choice in a question, or a failure (translated).
Result<QList<int>> choicesFor(const ConsultationQuestion &question, ConsultationChoice choice);

// An answer file as read from the share (the consultation layer never lists folders itself
// in the checks: ConsultationShare does).
struct AnswerFile {
    QString deviceFolder;
    QString fileName;
    QByteArray bytes;
};

enum class AnswerProblem {
    Garbled, // truncated, not JSON, bad signature, not an answer, fields missing
    WrongFolder, // not in its signing device's own folder
    NotConsulted, // signed by a device of nobody consulted (or not in the directory)
    WrongPerson, // the person field names someone other than the device's person
    OtherConsultation, // another consultation id (a replay)
    OtherRevision, // another revision than the current one
    AfterDeadline, // answeredAt after the deadline
    InvalidChoice, // no such question, choice out of range, comment too long or missing
    Superseded, // replaced by the person's later answer to the same question
};
QString answerProblemId(AnswerProblem problem); // "garbled", "not-consulted", ...

struct AnswerReport {
    QString deviceFolder;
    QString fileName;
    AnswerProblem problem;
    QString message; // translated
    QString recordHash; // empty when unreadable
};

struct AnswerCollection {
    // The latest valid answer of each member to each question, by member order then question.
    QList<ConsultationAnswer> accepted;
    QList<AnswerReport> reports; // everything not counted, and why
    const ConsultationAnswer *answer(const QString &personId, const QString &questionId) const;
    int count(AnswerProblem problem) const;
};

// Checks every answer file against the consultation (current revision) and the directory
// (who is consulted, which devices are theirs; a revoked device's answers are refused whatever
// time they carry, as a revoked device's ballots are), and keeps per member and question the answer
// with the highest sequence (then the later answeredAt, then the greater hash).
AnswerCollection collectAnswers(const Consultation &consultation, const PeopleDirectory &directory,
    const QList<AnswerFile> &files);

// The tally of one question: computeTally() over the consulted members (weight 1, present
// only when they answer), the consultation's chair for the tie-break, the accepted answers.
TallyResult tallyQuestion(const Consultation &consultation, const ConsultationQuestion &question,
    const QList<ConsultationAnswer> &answers);

// The office's signed close (consultations/<id>/close-<8 digits>.json, kind
// "consultation-close", signed by the organisation key).
struct ConsultationClose {
    static constexpr auto recordKind = "consultation-close";

    QString consultationId;
    int revision = 0;
    QDateTime closedAt;
    bool early = false; // closed before the deadline (forced)
    QStringList counted; // record hashes of the answers counted, sorted
    struct QuestionTally {
        QString questionId;
        QJsonObject tally; // TallyResult::countsJson()
    };
    QList<QuestionTally> tallies;
    QStringList answered; // members with at least one counted answer, in member order
    QStringList notAnswered;

    QString recordHash;
    QByteArray signer;
    int number = 0; // the close file's number

    QJsonObject toJson() const;
    static Result<ConsultationClose> fromJson(const QJsonObject &payload);
};

// Makes the close from the accepted answers; refuses (translated) before the deadline unless
// early is set.
Result<SignedRecord> makeConsultationClose(const Consultation &consultation,
    const AnswerCollection &answers, const QDateTime &closedAt, bool early,
    const SigningKey &organisationKey);
// Parses and verifies a close: signed by organisationKey, bound to this consultation and
// revision. The message says what is wrong.
Result<ConsultationClose> parseConsultationClose(
    const QByteArray &bytes, const Consultation &consultation, const QByteArray &organisationKey);

// What a member's seat finds when it recounts a close (as verifyPollClose does for polls).
struct ConsultationRecount {
    enum class Outcome {
        NotClosed,
        Agreed, // the recount matches and this seat's latest answers are all counted
        Differs, // the close's tally differs from the recount of the answers it lists
        OwnAnswerMissing, // one of this seat's latest answers is not among the counted ones
    };
    Outcome outcome = Outcome::NotClosed;
    QStringList problems; // translated
    QString summary() const; // translated, for the member's screen
    bool ok() const { return outcome == Outcome::Agreed; }
};
QString recountOutcomeId(ConsultationRecount::Outcome outcome); // "agreed", "differs", ...

// Recounts close from the answers readable on the share (files), and checks that the own
// answers (hashes of this person's latest answers, possibly none) are among the counted ones.
ConsultationRecount recountConsultation(const Consultation &consultation,
    const PeopleDirectory &directory, const ConsultationClose &close,
    const QList<AnswerFile> &files, const QStringList &ownAnswerHashes);

} // namespace phonghop
