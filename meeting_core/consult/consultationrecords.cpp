// A consultation's answers (signed by the members' devices), which of them count, the count by
// each question's rule, the office's close and a member's recount (docs/consultation-format.md).
#include "consultation.h"
#include "consultationdetail.h"

#include "meeting_core/trust/devicekey.h"
#include "meeting_core/util/sha256.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <algorithm>

namespace phonghop {

using namespace consultdetail;

namespace {
// The context of this file's messages: the same as consultation.cpp's.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::Consultation)
};
} // namespace

QString consultationChoiceId(ConsultationChoice choice)
{
    switch (choice) {
    case ConsultationChoice::Agree:
        return QStringLiteral("agree");
    case ConsultationChoice::Disagree:
        return QStringLiteral("disagree");
    case ConsultationChoice::Other:
        return QStringLiteral("other");
    }
    return {};
}

std::optional<ConsultationChoice> consultationChoiceFrom(const QString &value)
{
    const QString t = value.trimmed().toLower();
    if (t == u"agree" || t == u"đồng ý" || t == u"dong-y")
        return ConsultationChoice::Agree;
    if (t == u"disagree" || t == u"không đồng ý" || t == u"khong-dong-y")
        return ConsultationChoice::Disagree;
    if (t == u"other" || t == u"ý kiến khác" || t == u"y-kien-khac")
        return ConsultationChoice::Other;
    return std::nullopt;
}

QString consultationChoiceLabel(ConsultationChoice choice)
{
    switch (choice) {
    case ConsultationChoice::Agree:
        return QStringLiteral("Đồng ý");
    case ConsultationChoice::Disagree:
        return QStringLiteral("Không đồng ý");
    case ConsultationChoice::Other:
        return QStringLiteral("Ý kiến khác");
    }
    return {};
}

QJsonObject ConsultationAnswer::toJson() const
{
    QJsonArray list;
    for (const int c : choices)
        list.append(c);
    return QJsonObject {
        { QStringLiteral("consultation"), consultationId },
        { QStringLiteral("revision"), revision },
        { QStringLiteral("question"), questionId },
        { QStringLiteral("choice"), choice.isEmpty() ? QJsonValue(list) : QJsonValue(choice) },
        { QStringLiteral("choices"), list },
        { QStringLiteral("comment"), comment },
        { QStringLiteral("person"), person },
        { QStringLiteral("sequence"), static_cast<double>(sequence) },
        { QStringLiteral("answeredAt"), offsetTimeText(answeredAt) },
    };
}

Result<ConsultationAnswer> ConsultationAnswer::fromJson(const QJsonObject &o)
{
    using R = Result<ConsultationAnswer>;
    ConsultationAnswer a;
    a.consultationId = text(o, "consultation");
    a.revision = o.value(u"revision").toInt();
    a.questionId = text(o, "question");
    const QJsonValue choice = o.value(u"choice");
    if (choice.isString())
        a.choice = choice.toString();
    else if (!choice.isArray())
        return R::failure(Tr::tr("the answer has no choice"));
    for (const QJsonValue &c : o.value(u"choices").toArray()) {
        if (!c.isDouble())
            return R::failure(Tr::tr("the answer's choices are not option numbers"));
        a.choices << c.toInt();
    }
    a.comment = text(o, "comment");
    a.person = text(o, "person");
    a.sequence = static_cast<qint64>(o.value(u"sequence").toDouble());
    a.answeredAt = parseOffsetTime(text(o, "answeredAt"));
    if (a.consultationId.isEmpty() || a.questionId.isEmpty() || a.person.isEmpty() || a.revision < 1
        || a.sequence < 1 || !a.answeredAt.isValid())
        return R::failure(Tr::tr("the answer lacks its consultation, revision, question, person, "
                                 "sequence or time"));
    return a;
}

QString consultationAnswerFileName(const QString &consultationId, qint64 sequence)
{
    return QStringLiteral("consultation-answer-%1-%2.json")
        .arg(consultationId)
        .arg(sequence, 6, 10, QLatin1Char('0'));
}

std::optional<qint64> consultationAnswerSequence(
    const QString &fileName, const QString &consultationId)
{
    // The sequence, then the 16 hex digits an outbox adds to a name that was taken.
    const QRegularExpression pattern(
        QStringLiteral("^consultation-answer-%1-(\\d{6,9})(-[0-9a-f]{16})?\\.json$")
            .arg(QRegularExpression::escape(consultationId)));
    const QRegularExpressionMatch match = pattern.match(fileName);
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toLongLong();
}

Result<QList<int>> choicesFor(const ConsultationQuestion &question, ConsultationChoice choice)
{
    using R = Result<QList<int>>;
    const OptionMeaning meaning = choice == ConsultationChoice::Agree ? OptionMeaning::Yes
        : choice == ConsultationChoice::Disagree                      ? OptionMeaning::No
                                                                      : OptionMeaning::Other;
    const int index = optionWithMeaning(question.poll, meaning);
    if (question.poll.kind == PollKind::Choice || index < 0)
        return R::failure(Tr::tr("Question %1 has no option \"%2\"; choose among its options")
                              .arg(question.id(), consultationChoiceLabel(choice)));
    return QList<int> { index };
}

Result<SignedRecord> makeConsultationAnswer(const Consultation &consultation,
    const QString &questionId, const QList<int> &choices, const QString &comment,
    const QString &personId, const QDateTime &answeredAt, const SigningKey &deviceKey,
    qint64 sequence)
{
    using R = Result<SignedRecord>;
    const ConsultationQuestion *question = consultation.question(questionId);
    if (!question)
        return R::failure(
            Tr::tr("Consultation %1 has no question %2").arg(consultation.id, questionId));
    if (!consultation.isMember(personId))
        return R::failure(
            Tr::tr("%1 is not among the members consulted in %2").arg(personId, consultation.id));
    if (consultation.pastDeadline(answeredAt))
        return R::failure(
            Tr::tr("The deadline of \"%1\" passed at %2: answers are no longer "
                   "accepted")
                .arg(consultation.title,
                    consultation.deadline.toString(QStringLiteral("HH:mm dd/MM/yyyy"))));
    if (const Status valid = checkAnswer(*question, choices, comment); !valid)
        return R::failure(valid.error());
    ConsultationAnswer answer;
    answer.consultationId = consultation.id;
    answer.revision = consultation.revision;
    answer.questionId = questionId;
    answer.choice = choiceWord(*question, choices);
    answer.choices = choices;
    answer.comment = comment;
    answer.person = personId;
    answer.sequence = std::max<qint64>(1, sequence);
    answer.answeredAt = answeredAt.toOffsetFromUtc(answeredAt.offsetFromUtc());
    return SignedRecord::create(
        QLatin1StringView(ConsultationAnswer::recordKind), answer.toJson(), deviceKey);
}

QString answerProblemId(AnswerProblem problem)
{
    switch (problem) {
    case AnswerProblem::Garbled:
        return QStringLiteral("garbled");
    case AnswerProblem::WrongFolder:
        return QStringLiteral("wrong-folder");
    case AnswerProblem::NotConsulted:
        return QStringLiteral("not-consulted");
    case AnswerProblem::WrongPerson:
        return QStringLiteral("wrong-person");
    case AnswerProblem::OtherConsultation:
        return QStringLiteral("other-consultation");
    case AnswerProblem::OtherRevision:
        return QStringLiteral("other-revision");
    case AnswerProblem::AfterDeadline:
        return QStringLiteral("after-deadline");
    case AnswerProblem::InvalidChoice:
        return QStringLiteral("invalid-choice");
    case AnswerProblem::Superseded:
        return QStringLiteral("superseded");
    }
    return {};
}

const ConsultationAnswer *AnswerCollection::answer(
    const QString &personId, const QString &questionId) const
{
    for (const ConsultationAnswer &a : accepted) {
        if (a.person == personId && a.questionId == questionId)
            return &a;
    }
    return nullptr;
}

int AnswerCollection::count(AnswerProblem problem) const
{
    return static_cast<int>(std::count_if(reports.cbegin(), reports.cend(),
        [problem](const AnswerReport &r) { return r.problem == problem; }));
}

AnswerCollection collectAnswers(const Consultation &consultation, const PeopleDirectory &directory,
    const QList<AnswerFile> &files)
{
    AnswerCollection result;
    QList<ConsultationAnswer> valid;
    QSet<QString> seenHashes;
    for (const AnswerFile &file : files) {
        auto refuse = [&](AnswerProblem problem, const QString &message, const QString &hash) {
            result.reports << AnswerReport { file.deviceFolder, file.fileName, problem,
                Tr::tr("%1/%2: %3").arg(file.deviceFolder, file.fileName, message), hash };
        };
        const Result<SignedRecord> record = SignedRecord::fromBytes(
            file.bytes, QLatin1StringView(ConsultationAnswer::recordKind));
        if (!record) {
            refuse(AnswerProblem::Garbled, record.error(), {});
            continue;
        }
        const QString hash = record->hash();
        if (seenHashes.contains(hash))
            continue; // the same record twice (a copy): counted once
        seenHashes.insert(hash);
        const QString deviceId = deviceIdOf(record->signerPublicKey());
        if (deviceId != file.deviceFolder) {
            refuse(AnswerProblem::WrongFolder,
                Tr::tr("signed by device %1, not by the device whose folder it is in")
                    .arg(deviceId),
                hash);
            continue;
        }
        Result<ConsultationAnswer> parsed = ConsultationAnswer::fromJson(record->payload());
        if (!parsed) {
            refuse(AnswerProblem::Garbled, parsed.error(), hash);
            continue;
        }
        ConsultationAnswer answer = std::move(parsed).value();
        answer.recordHash = hash;
        answer.deviceId = deviceId;
        answer.fileName = file.fileName;
        const DirectoryPerson *owner = directory.personWithDevice(deviceId);
        const DirectoryDevice *device = directory.device(deviceId);
        if (!owner || !device || device->publicKey != record->signerPublicKey()) {
            refuse(AnswerProblem::NotConsulted,
                Tr::tr("signed by device %1, which the people directory does not list")
                    .arg(deviceId),
                hash);
            continue;
        }
        if (!device->active()) {
            refuse(AnswerProblem::NotConsulted,
                Tr::tr("signed by device %1 of %2, which has been revoked")
                    .arg(deviceId, owner->fullName),
                hash);
            continue;
        }
        if (!consultation.isMember(owner->id)) {
            refuse(AnswerProblem::NotConsulted,
                Tr::tr("signed by a device of %1, who is not among the members consulted")
                    .arg(owner->fullName),
                hash);
            continue;
        }
        if (answer.person != owner->id) {
            refuse(AnswerProblem::WrongPerson,
                Tr::tr("signed by a device of %1 but answering as %2")
                    .arg(owner->fullName, answer.person),
                hash);
            continue;
        }
        if (answer.consultationId != consultation.id) {
            refuse(AnswerProblem::OtherConsultation,
                Tr::tr("an answer to consultation %1, not %2")
                    .arg(answer.consultationId, consultation.id),
                hash);
            continue;
        }
        if (answer.revision != consultation.revision) {
            refuse(AnswerProblem::OtherRevision,
                Tr::tr("an answer to revision %1; the current revision is %2")
                    .arg(answer.revision)
                    .arg(consultation.revision),
                hash);
            continue;
        }
        if (consultation.pastDeadline(answer.answeredAt)) {
            refuse(AnswerProblem::AfterDeadline,
                Tr::tr("answered at %1, after the deadline %2")
                    .arg(offsetTimeText(answer.answeredAt), offsetTimeText(consultation.deadline)),
                hash);
            continue;
        }
        const ConsultationQuestion *question = consultation.question(answer.questionId);
        if (!question) {
            refuse(AnswerProblem::InvalidChoice,
                Tr::tr("the consultation has no question %1").arg(answer.questionId), hash);
            continue;
        }
        if (const Status ok = checkAnswer(*question, answer.choices, answer.comment); !ok) {
            refuse(AnswerProblem::InvalidChoice, ok.error(), hash);
            continue;
        }
        if (answer.choice != choiceWord(*question, answer.choices)) {
            refuse(AnswerProblem::InvalidChoice,
                Tr::tr("its choice \"%1\" does not match the options it names").arg(answer.choice),
                hash);
            continue;
        }
        valid << answer;
    }
    // Per person and question: the highest sequence, then the later time, then the greater hash.
    auto later = [](const ConsultationAnswer &a, const ConsultationAnswer &b) {
        if (a.sequence != b.sequence)
            return a.sequence > b.sequence;
        if (a.answeredAt != b.answeredAt)
            return a.answeredAt > b.answeredAt;
        return a.recordHash > b.recordHash;
    };
    for (const QString &member : consultation.members) {
        for (const ConsultationQuestion &q : consultation.questions) {
            const ConsultationAnswer *best = nullptr;
            for (const ConsultationAnswer &a : valid) {
                if (a.person == member && a.questionId == q.id() && (!best || later(a, *best)))
                    best = &a;
            }
            if (!best)
                continue;
            for (const ConsultationAnswer &a : valid) {
                if (a.person == member && a.questionId == q.id() && &a != best)
                    result.reports
                        << AnswerReport { a.deviceId, a.fileName, AnswerProblem::Superseded,
                               Tr::tr("%1/%2: replaced by the member's later answer")
                                   .arg(a.deviceId, a.fileName),
                               a.recordHash };
            }
            result.accepted << *best;
        }
    }
    return result;
}

TallyResult tallyQuestion(const Consultation &consultation, const ConsultationQuestion &question,
    const QList<ConsultationAnswer> &answers)
{
    TallyInput input;
    input.poll = question.poll;
    for (const QString &member : consultation.members)
        input.members << Member { member, member, 1, false, false };
    input.chairId = consultation.chair;
    for (const ConsultationAnswer &a : answers) {
        if (a.questionId == question.id() && consultation.isMember(a.person))
            input.votes << CastVote { a.person, a.choices, 1, false };
    }
    return computeTally(input);
}

QJsonObject ConsultationClose::toJson() const
{
    QJsonArray tallyList;
    for (const QuestionTally &t : tallies)
        tallyList.append(QJsonObject {
            { QStringLiteral("question"), t.questionId }, { QStringLiteral("tally"), t.tally } });
    return QJsonObject {
        { QStringLiteral("consultation"), consultationId },
        { QStringLiteral("revision"), revision },
        { QStringLiteral("closedAt"), toIsoUtc(closedAt) },
        { QStringLiteral("early"), early },
        { QStringLiteral("counted"), QJsonArray::fromStringList(counted) },
        { QStringLiteral("questions"), tallyList },
        { QStringLiteral("answered"), QJsonArray::fromStringList(answered) },
        { QStringLiteral("notAnswered"), QJsonArray::fromStringList(notAnswered) },
    };
}

Result<ConsultationClose> ConsultationClose::fromJson(const QJsonObject &o)
{
    using R = Result<ConsultationClose>;
    ConsultationClose c;
    c.consultationId = text(o, "consultation");
    c.revision = o.value(u"revision").toInt();
    c.closedAt = fromIsoUtc(text(o, "closedAt"));
    c.early = o.value(u"early").toBool();
    auto strings = [](const QJsonValue &v) {
        QStringList list;
        for (const QJsonValue &s : v.toArray())
            list << s.toString();
        return list;
    };
    c.counted = strings(o.value(u"counted"));
    c.answered = strings(o.value(u"answered"));
    c.notAnswered = strings(o.value(u"notAnswered"));
    for (const QJsonValue &t : o.value(u"questions").toArray()) {
        const QJsonObject to = t.toObject();
        c.tallies << QuestionTally { text(to, "question"), to.value(u"tally").toObject() };
    }
    if (c.consultationId.isEmpty() || c.revision < 1 || !c.closedAt.isValid())
        return R::failure(Tr::tr("the close lacks its consultation, revision or time"));
    return c;
}

namespace {
ConsultationClose closeFrom(const Consultation &consultation, const AnswerCollection &answers)
{
    ConsultationClose close;
    close.consultationId = consultation.id;
    close.revision = consultation.revision;
    for (const ConsultationAnswer &a : answers.accepted)
        close.counted << a.recordHash;
    close.counted.sort();
    for (const ConsultationQuestion &q : consultation.questions)
        close.tallies << ConsultationClose::QuestionTally { q.id(),
            tallyQuestion(consultation, q, answers.accepted).countsJson() };
    for (const QString &member : consultation.members) {
        const bool any = std::any_of(answers.accepted.cbegin(), answers.accepted.cend(),
            [&member](const ConsultationAnswer &a) { return a.person == member; });
        (any ? close.answered : close.notAnswered) << member;
    }
    return close;
}
} // namespace

Result<SignedRecord> makeConsultationClose(const Consultation &consultation,
    const AnswerCollection &answers, const QDateTime &closedAt, bool early,
    const SigningKey &organisationKey)
{
    if (!consultation.pastDeadline(closedAt) && !early)
        return Result<SignedRecord>::failure(
            Tr::tr("The deadline of \"%1\" (%2) has not passed yet: close it early only on "
                   "purpose (--early)")
                .arg(consultation.title, offsetTimeText(consultation.deadline)));
    ConsultationClose close = closeFrom(consultation, answers);
    close.closedAt = closedAt;
    close.early = !consultation.pastDeadline(closedAt);
    return SignedRecord::create(
        QLatin1StringView(ConsultationClose::recordKind), close.toJson(), organisationKey);
}

Result<ConsultationClose> parseConsultationClose(
    const QByteArray &bytes, const Consultation &consultation, const QByteArray &organisationKey)
{
    using R = Result<ConsultationClose>;
    const Result<SignedRecord> record
        = SignedRecord::fromBytes(bytes, QLatin1StringView(ConsultationClose::recordKind));
    if (!record)
        return R::failure(record.error());
    if (record->signerPublicKey() != organisationKey)
        return R::failure(
            Tr::tr("it is signed by %1, not by the organisation key %2")
                .arg(keyFingerprint(record->signerPublicKey()), keyFingerprint(organisationKey)));
    Result<ConsultationClose> close = ConsultationClose::fromJson(record->payload());
    if (!close)
        return close;
    if (close->consultationId != consultation.id || close->revision != consultation.revision)
        return R::failure(Tr::tr("it closes %1 revision %2, not %3 revision %4")
                              .arg(close->consultationId)
                              .arg(close->revision)
                              .arg(consultation.id)
                              .arg(consultation.revision));
    ConsultationClose result = std::move(close).value();
    result.recordHash = record->hash();
    result.signer = record->signerPublicKey();
    return result;
}

QString ConsultationRecount::summary() const
{
    switch (outcome) {
    case Outcome::NotClosed:
        return Tr::tr("The consultation has not been closed yet.");
    case Outcome::Agreed:
        return Tr::tr("This seat recounted the close: the result agrees and your answers were "
                      "counted.");
    case Outcome::Differs:
        return Tr::tr("This seat's recount DIFFERS from the office's close: %1")
            .arg(problems.join(QStringLiteral("; ")));
    case Outcome::OwnAnswerMissing:
        return Tr::tr("Your answer is MISSING from the office's close: %1")
            .arg(problems.join(QStringLiteral("; ")));
    }
    return {};
}

QString recountOutcomeId(ConsultationRecount::Outcome outcome)
{
    switch (outcome) {
    case ConsultationRecount::Outcome::NotClosed:
        return QStringLiteral("not-closed");
    case ConsultationRecount::Outcome::Agreed:
        return QStringLiteral("agreed");
    case ConsultationRecount::Outcome::Differs:
        return QStringLiteral("differs");
    case ConsultationRecount::Outcome::OwnAnswerMissing:
        return QStringLiteral("own-answer-missing");
    }
    return {};
}

ConsultationRecount recountConsultation(const Consultation &consultation,
    const PeopleDirectory &directory, const ConsultationClose &close,
    const QList<AnswerFile> &files, const QStringList &ownAnswerHashes)
{
    ConsultationRecount recount;
    const AnswerCollection all = collectAnswers(consultation, directory, files);
    // The answers the close lists, as this seat can read and verify them.
    AnswerCollection counted;
    QSet<QString> listed(close.counted.cbegin(), close.counted.cend());
    QSet<QString> found;
    for (const ConsultationAnswer &a : all.accepted) {
        if (listed.contains(a.recordHash)) {
            counted.accepted << a;
            found.insert(a.recordHash);
        }
    }
    // A counted hash may be an answer this seat sees as superseded or refused: that is a
    // difference too (the close counted what the rule does not).
    for (const QString &hash : close.counted) {
        if (!found.contains(hash))
            recount.problems << Tr::tr("the close counts answer %1, which this seat cannot read "
                                       "as a valid latest answer")
                                    .arg(hash.left(12));
    }
    const ConsultationClose mine = closeFrom(consultation, counted);
    for (const ConsultationClose::QuestionTally &t : close.tallies) {
        const auto own = std::find_if(mine.tallies.cbegin(), mine.tallies.cend(),
            [&t](const ConsultationClose::QuestionTally &m) {
                return m.questionId == t.questionId;
            });
        if (own == mine.tallies.cend() || own->tally != t.tally)
            recount.problems
                << Tr::tr("the count of question %1 differs from the recount").arg(t.questionId);
    }
    if (close.tallies.size() != mine.tallies.size())
        recount.problems << Tr::tr("the close does not count every question");
    if (mine.answered != close.answered || mine.notAnswered != close.notAnswered)
        recount.problems << Tr::tr("the lists of who answered differ from the recount");
    QStringList missing;
    for (const QString &hash : ownAnswerHashes) {
        if (!listed.contains(hash))
            missing << Tr::tr("your answer %1 is not among the counted ones").arg(hash.left(12));
    }
    if (!missing.isEmpty()) {
        recount.outcome = ConsultationRecount::Outcome::OwnAnswerMissing;
        recount.problems = missing + recount.problems;
    } else if (!recount.problems.isEmpty()) {
        recount.outcome = ConsultationRecount::Outcome::Differs;
    } else {
        recount.outcome = ConsultationRecount::Outcome::Agreed;
    }
    return recount;
}

} // namespace phonghop
