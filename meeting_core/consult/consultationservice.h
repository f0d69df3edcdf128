#pragma once

#include "meeting_core/consult/consultation.h"
#include "meeting_core/trust/signingkey.h"
#include "meeting_core/util/result.h"
#include "meeting_core/voting/tally.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace phonghop {

class Database;
class MeetingCache;

// A consultation as a member's list shows it (the badge: unanswered).
struct ConsultationSummary {
    enum class State {
        Open, // before the deadline, not closed
        PastDeadline, // deadline passed, the office has not closed it yet
        Closed, // a verified close record exists
    };
    QString id;
    int revision = 0;
    QString title;
    QString issuingBody;
    QDateTime deadline;
    QDateTime publishedAt;
    State state = State::Open;
    bool consulted = false; // the person is among the members
    int questions = 0;
    int unanswered = 0; // questions this person has not answered yet (0 when not consulted)
};
QString consultationStateId(ConsultationSummary::State state); // "open", "past-deadline", "closed"

// One member in the office's view.
struct ConsultationMemberStatus {
    QString person;
    QString name; // from the directory (the id when the directory does not know them)
    QString position;
    bool answered = false; // answered every question
    int questionsAnswered = 0;
    QList<ConsultationAnswer> answers; // latest valid answer per question, question order
};

struct ConsultationQuestionStatus {
    ConsultationQuestion question;
    TallyResult tally;
    // "Name: comment" for every counted answer with a comment, member order (report, UI).
    QStringList comments;
};

// The office's view (also what `consult status` prints and --json writes).
struct ConsultationStatus {
    Consultation consultation;
    QList<ConsultationMemberStatus> members; // member order
    QList<ConsultationQuestionStatus> questions; // question order
    QList<AnswerReport> refused; // answers not counted, and why (superseded included)
    std::optional<ConsultationClose> close; // the verified close, when closed
    QStringList closeProblems; // close files refused (another key, another consultation...)
    bool pastDeadline = false;
    // Members who have not answered every question, with their names: the reminder list.
    QStringList reminders() const;
    QJsonObject toJson() const; // fields in docs/consultation-format.md
};

// A member's period statistics (for the statistics helper): one consultation.
struct ConsultationAnswerRate {
    QString id;
    QString title;
    QDateTime publishedAt;
    QDateTime deadline;
    int members = 0;
    int answered = 0; // members with at least one valid answer (from the cache)
    QString issuingBody; // the statistics' unit
};

// What refresh() did.
struct ConsultationRefresh {
    QStringList updated; // consultations whose new revision is now in the cache
    int answersRead = 0;
    // Sealed copies of confidential documents deleted because the directory revoked this device.
    int confidentialFilesWiped = 0;
    QStringList problems; // translated: files refused, documents missing
};

// The consultations of one seat (or of the office), over a cache and a share. The UI calls
// it on the GUI thread for reading the cache and answering; refresh() and status() read the
// share and may run on a worker thread with a cache of its own (one MeetingCache per thread,
// as MeetingCache says). No GUI calls anywhere.
class ConsultationService final {
public:
    // shareRoot may be empty (offline: the cache only). The device key is the seat's own
    // (DeviceKey::loadOrCreate(cache directory)), loaded on first use.
    ConsultationService(MeetingCache &cache, QString shareRoot);
    ~ConsultationService();
    ConsultationService(const ConsultationService &) = delete;
    ConsultationService &operator=(const ConsultationService &) = delete;

    // The person this seat's device is enrolled for, as the last refresh found it in the
    // directory (empty when not enrolled or never refreshed).
    QString selfPersonId() const;
    // That person as a participant (id, name and position from the directory at the last
    // refresh): whose watermark a confidential document carries on this seat. Empty when not
    // enrolled.
    Participant selfParticipant() const;

    // Reads the share into the cache: the newest valid revision of every consultation and its
    // documents' objects, the answers and closes (verified ones kept in the cache). The
    // organisation key is the one pinned in the cache.
    Result<ConsultationRefresh> refresh();

    // The consultations in the cache, open ones first (soonest deadline first), then the
    // others (latest deadline first); unanswered counted for personId (default: this seat's).
    QList<ConsultationSummary> consultations(
        const QDateTime &now = QDateTime::currentDateTime(), const QString &personId = {}) const;
    std::optional<Consultation> consultation(const QString &id) const;
    // The cached PDF of a clear document (empty when not copied yet, and for a confidential one:
    // it is read through confidential/documentreader.h, the meetings' reader).
    QString documentPath(const DocumentRef &document) const;
    // This seat's person's latest answers, question order (from the cache and the outbox).
    QList<ConsultationAnswer> ownAnswers(const QString &id) const;

    // This seat's person's latest answers to an earlier revision, for the questions of the
    // current one they have not answered again (question order): a new revision voids them
    // (docs/consultation-format.md), so the page says to answer again.
    QList<ConsultationAnswer> earlierRevisionAnswers(const QString &id) const;

    // Answers (or changes the answer to) one question: signed with the device key, kept in the
    // outbox, delivered into the device's folder when the share is reachable. Refused, with a
    // translated message, after the deadline, for a person not consulted, a closed
    // consultation, a bad choice or comment. `choices`: option indexes (see choicesFor()).
    Status answer(const QString &id, const QString &questionId, const QList<int> &choices,
        const QString &comment, const QDateTime &now = QDateTime::currentDateTime());
    Status answer(const QString &id, const QString &questionId, ConsultationChoice choice,
        const QString &comment, const QDateTime &now = QDateTime::currentDateTime());
    // Answers not yet in the device's folder on the share (say so on screen).
    int undeliveredAnswers() const;

    // The office's view, read from the share (answers, closes, directory) now.
    Result<ConsultationStatus> status(
        const QString &id, const QDateTime &now = QDateTime::currentDateTime());
    // Closes with the organisation key: refused before the deadline unless early.
    Result<ConsultationClose> close(const QString &id, const SigningKey &organisationKey,
        bool early = false, const QDateTime &now = QDateTime::currentDateTime());
    // This seat's recount of the close against its own answers.
    Result<ConsultationRecount> recount(const QString &id);
    // "Báo cáo tổng hợp ý kiến thành viên UBND": PDF when path ends in .pdf, else CSV.
    Status writeReport(const QString &id, const QString &path,
        const QDateTime &now = QDateTime::currentDateTime());

    // For the statistics helper: consultations in the cache whose publishedAt or deadline
    // falls in [from, to], with their answer counts from the cache.
    static QList<ConsultationAnswerRate> answerRates(
        MeetingCache &cache, const QDateTime &from, const QDateTime &to);
    // The same over the cache's database (the statistics run on a connection of their own);
    // invalid bounds leave that end open.
    static QList<ConsultationAnswerRate> answerRates(
        Database &cacheDb, const QDateTime &from, const QDateTime &to);

    // The office without a cache (`consult status|close|report --share DIR --key FILE`): the
    // same from the share alone, checked against the organisation's public key.
    static Result<ConsultationStatus> statusFromShare(const QString &shareRoot,
        const QByteArray &organisationKey, const QString &id,
        const QDateTime &now = QDateTime::currentDateTime());
    static Result<ConsultationClose> closeOnShare(const QString &shareRoot,
        const SigningKey &organisationKey, const QString &id, bool early = false,
        const QDateTime &now = QDateTime::currentDateTime());
    static Status writeReportFromShare(const QString &shareRoot, const QByteArray &organisationKey,
        const QString &id, const QString &path,
        const QDateTime &now = QDateTime::currentDateTime());

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace phonghop
