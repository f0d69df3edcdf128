// The office's view of a consultation as `consult status --json` writes it
// (docs/consultation-format.md), its reminder list, and the answer rates statistics count.
#include "consultationservice.h"

#include "meeting_core/consult/consultationcache.h"
#include "meeting_core/store/meetingcache.h"

#include <QJsonArray>
#include <QSet>

namespace phonghop {

QStringList ConsultationStatus::reminders() const
{
    QStringList list;
    for (const ConsultationMemberStatus &m : members) {
        if (!m.answered)
            list << (m.position.isEmpty() ? m.name
                                          : QStringLiteral("%1 (%2)").arg(m.name, m.position));
    }
    return list;
}

QJsonObject ConsultationStatus::toJson() const
{
    QJsonArray memberList;
    for (const ConsultationMemberStatus &m : members) {
        QJsonArray answers;
        for (const ConsultationAnswer &a : m.answers) {
            QJsonArray choices;
            for (const int c : a.choices)
                choices.append(c);
            answers.append(QJsonObject {
                { QStringLiteral("question"), a.questionId },
                { QStringLiteral("choice"), a.choice },
                { QStringLiteral("choices"), choices },
                { QStringLiteral("comment"), a.comment },
                { QStringLiteral("answeredAt"), a.answeredAt.toString(Qt::ISODate) },
                { QStringLiteral("record"), a.recordHash },
                { QStringLiteral("device"), a.deviceId },
            });
        }
        memberList.append(QJsonObject {
            { QStringLiteral("person"), m.person },
            { QStringLiteral("name"), m.name },
            { QStringLiteral("position"), m.position },
            { QStringLiteral("answered"), m.answered },
            { QStringLiteral("questionsAnswered"), m.questionsAnswered },
            { QStringLiteral("answers"), answers },
        });
    }
    QJsonArray questionList;
    for (const ConsultationQuestionStatus &q : questions)
        questionList.append(QJsonObject {
            { QStringLiteral("id"), q.question.id() },
            { QStringLiteral("text"), q.question.text() },
            { QStringLiteral("rule"), q.question.poll.rule.toJson() },
            { QStringLiteral("tally"), q.tally.toJson() },
        });
    QJsonArray refusedList;
    for (const AnswerReport &r : refused)
        refusedList.append(QJsonObject {
            { QStringLiteral("device"), r.deviceFolder },
            { QStringLiteral("file"), r.fileName },
            { QStringLiteral("problem"), answerProblemId(r.problem) },
            { QStringLiteral("message"), r.message },
            { QStringLiteral("record"), r.recordHash },
        });
    QJsonObject o {
        { QStringLiteral("id"), consultation.id },
        { QStringLiteral("revision"), consultation.revision },
        { QStringLiteral("title"), consultation.title },
        { QStringLiteral("issuingBody"), consultation.issuingBody },
        { QStringLiteral("deadline"), consultation.deadline.toString(Qt::ISODate) },
        { QStringLiteral("pastDeadline"), pastDeadline },
        { QStringLiteral("closed"), close.has_value() },
        { QStringLiteral("members"), memberList },
        { QStringLiteral("questions"), questionList },
        { QStringLiteral("refused"), refusedList },
        { QStringLiteral("reminders"), QJsonArray::fromStringList(reminders()) },
        { QStringLiteral("closeProblems"), QJsonArray::fromStringList(closeProblems) },
    };
    if (close)
        o.insert(QStringLiteral("close"),
            QJsonObject { { QStringLiteral("number"), close->number },
                { QStringLiteral("closedAt"), toIsoUtc(close->closedAt) },
                { QStringLiteral("early"), close->early },
                { QStringLiteral("record"), close->recordHash },
                { QStringLiteral("counted"), QJsonArray::fromStringList(close->counted) } });
    return o;
}

QList<ConsultationAnswerRate> ConsultationService::answerRates(
    MeetingCache &cache, const QDateTime &from, const QDateTime &to)
{
    return answerRates(cache.database(), from, to);
}

QList<ConsultationAnswerRate> ConsultationService::answerRates(
    Database &cacheDb, const QDateTime &from, const QDateTime &to)
{
    const auto within = [&](const QDateTime &t) {
        return t.isValid() && (!from.isValid() || t >= from) && (!to.isValid() || t <= to);
    };
    ConsultationCache store(cacheDb);
    QList<ConsultationAnswerRate> rates;
    for (const Consultation &c : store.consultations()) {
        if (!within(c.publishedAt) && !within(c.deadline))
            continue;
        QSet<QString> answered;
        for (const ConsultationAnswer &a : store.answers(c.id))
            answered.insert(a.person);
        rates << ConsultationAnswerRate { c.id, c.title, c.publishedAt, c.deadline,
            static_cast<int>(c.members.size()), static_cast<int>(answered.size()), c.issuingBody };
    }
    return rates;
}

} // namespace phonghop
