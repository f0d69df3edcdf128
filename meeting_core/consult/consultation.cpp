#include "consultation.h"

#include "meeting_core/trust/devicekey.h"
#include "meeting_core/util/sha256.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace phonghop {

namespace {
// The context of this file's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::Consultation)
};

QString text(const QJsonObject &object, const char *field)
{
    return object.value(QLatin1StringView(field)).toString();
}

// ISO 8601 with a date, a time and an offset ("Z" or "+07:00"): a deadline without one would
// mean another moment on every seat whose clock is set to another zone.
QDateTime parseOffsetTime(const QString &value)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?(Z|[+-]\\d{2}:\\d{2})$"));
    if (!pattern.match(value).hasMatch())
        return {};
    return QDateTime::fromString(value, Qt::ISODateWithMs);
}

QString offsetTimeText(const QDateTime &time)
{
    return time.toString(Qt::ISODate);
}

bool hasControlCharacters(const QString &value)
{
    for (const QChar c : value) {
        if ((c.category() == QChar::Other_Control && c != u'\n' && c != u'\r')
            || c.category() == QChar::Other_Format)
            return true;
    }
    return false;
}

QJsonObject documentJson(const DocumentRef &d)
{
    return QJsonObject {
        { QStringLiteral("id"), d.id },
        { QStringLiteral("title"), d.title },
        { QStringLiteral("kind"), d.kind },
        { QStringLiteral("fileName"), d.fileName },
        { QStringLiteral("sha256"), d.sha256 },
        { QStringLiteral("size"), static_cast<double>(d.size) },
    };
}

Result<DocumentRef> documentFrom(const QJsonObject &o)
{
    DocumentRef d;
    d.id = text(o, "id");
    d.title = text(o, "title");
    d.kind = text(o, "kind");
    d.fileName = text(o, "fileName");
    d.sha256 = text(o, "sha256");
    d.size = static_cast<qint64>(o.value(u"size").toDouble(-1));
    if (d.id.isEmpty() || d.title.isEmpty())
        return Result<DocumentRef>::failure(Tr::tr("A document has no id or no title"));
    if (!Sha256::isValidHex(d.sha256) || d.size < 0)
        return Result<DocumentRef>::failure(
            Tr::tr("Document %1 has no valid sha256 or size").arg(d.id));
    return d;
}

QJsonObject questionJson(const ConsultationQuestion &q)
{
    QJsonObject o = q.poll.toJson();
    o.insert(QStringLiteral("text"), q.poll.title);
    o.remove(QStringLiteral("secret")); // answers are never secret: the report names them
    return o;
}

Result<ConsultationQuestion> questionFrom(QJsonObject o)
{
    using R = Result<ConsultationQuestion>;
    if (!o.contains(u"title"))
        o.insert(QStringLiteral("title"), o.value(u"text"));
    if (o.value(u"secret").toBool())
        return R::failure(Tr::tr("A consultation question cannot be secret"));
    const QString kind = o.value(u"kind").toString(QStringLiteral("approval"));
    if (!o.contains(u"options") && kind != QStringLiteral("choice")) {
        QJsonArray options;
        for (const PollOption &option : ConsultationQuestion::defaultOptions())
            options.append(QJsonObject { { QStringLiteral("label"), option.label },
                { QStringLiteral("meaning"), optionMeaningId(option.meaning) } });
        o.insert(QStringLiteral("options"), options);
    }
    Result<PollDefinition> poll = PollDefinition::fromJson(o);
    if (!poll)
        return R::failure(poll.error());
    if (poll->title.trimmed().isEmpty())
        return R::failure(Tr::tr("Question %1 has no text").arg(poll->id));
    return ConsultationQuestion { std::move(poll).value() };
}

int optionWithMeaning(const PollDefinition &poll, OptionMeaning meaning)
{
    for (int i = 0; i < poll.options.size(); ++i) {
        if (poll.options.at(i).meaning == meaning)
            return i;
    }
    return -1;
}

// Checks an answer's choices and comment against its question.
Status checkAnswer(
    const ConsultationQuestion &question, const QList<int> &choices, const QString &comment)
{
    if (const Status valid = question.poll.checkChoices(choices); !valid)
        return valid;
    const int other = question.poll.otherOptionIndex();
    if (other >= 0 && choices.contains(other))
        return question.poll.checkOtherText(choices, comment);
    if (comment.size() > ConsultationAnswer::maximumCommentLength)
        return Status::failure(Tr::tr("The comment is %1 characters long; at most %2 are allowed")
                                   .arg(comment.size())
                                   .arg(ConsultationAnswer::maximumCommentLength));
    if (hasControlCharacters(comment))
        return Status::failure(Tr::tr("The comment contains a control character"));
    return Status::success();
}

// The choice word of an approval or yes/no answer, or empty for a choice question.
QString choiceWord(const ConsultationQuestion &question, const QList<int> &choices)
{
    if (question.poll.kind == PollKind::Choice || choices.size() != 1)
        return {};
    switch (question.poll.options.value(choices.first()).meaning) {
    case OptionMeaning::Yes:
        return QStringLiteral("agree");
    case OptionMeaning::No:
        return QStringLiteral("disagree");
    case OptionMeaning::Other:
        return QStringLiteral("other");
    default:
        return QStringLiteral("option-%1").arg(choices.first());
    }
}

// Finds where each value of a JSON text starts, by its path ("questions[1].kind"), so that a
// field's error can name its line. The text was accepted by QJsonDocument before.
class JsonLocator final {
public:
    explicit JsonLocator(const QByteArray &bytes)
        : m_bytes(bytes)
    {
        skipSpace();
        value(QString());
    }
    // 1-based line of the path's value (or of the nearest enclosing one that exists).
    int line(QString path) const
    {
        while (true) {
            const auto found = m_offsets.constFind(path);
            if (found != m_offsets.cend())
                return lineOf(*found);
            if (path.isEmpty())
                return 1;
            const qsizetype cut = std::max(path.lastIndexOf(u'.'), path.lastIndexOf(u'['));
            path = cut > 0 ? path.left(cut) : QString();
        }
    }

private:
    int lineOf(qsizetype offset) const
    {
        return 1 + static_cast<int>(m_bytes.left(offset).count('\n'));
    }
    void skipSpace()
    {
        while (m_at < m_bytes.size() && QByteArrayView(" \t\r\n").contains(m_bytes.at(m_at)))
            ++m_at;
    }
    QString string()
    {
        const qsizetype start = ++m_at;
        while (m_at < m_bytes.size() && m_bytes.at(m_at) != '"')
            m_at += m_bytes.at(m_at) == '\\' ? 2 : 1;
        const QByteArray raw = m_bytes.mid(start - 1, m_at - start + 2);
        ++m_at;
        return QJsonDocument::fromJson("[" + raw + "]").array().at(0).toString();
    }
    void value(const QString &path)
    {
        m_offsets.insert(path, m_at);
        if (m_at >= m_bytes.size())
            return;
        const char c = m_bytes.at(m_at);
        if (c == '{') {
            ++m_at;
            skipSpace();
            while (m_at < m_bytes.size() && m_bytes.at(m_at) != '}') {
                const QString key = string();
                skipSpace();
                ++m_at; // ':'
                skipSpace();
                value(path.isEmpty() ? key : path + u'.' + key);
                skipSpace();
                if (m_at < m_bytes.size() && m_bytes.at(m_at) == ',') {
                    ++m_at;
                    skipSpace();
                }
            }
            ++m_at;
        } else if (c == '[') {
            ++m_at;
            skipSpace();
            int index = 0;
            while (m_at < m_bytes.size() && m_bytes.at(m_at) != ']') {
                value(path + QStringLiteral("[%1]").arg(index++));
                skipSpace();
                if (m_at < m_bytes.size() && m_bytes.at(m_at) == ',') {
                    ++m_at;
                    skipSpace();
                }
            }
            ++m_at;
        } else if (c == '"') {
            string();
        } else {
            while (
                m_at < m_bytes.size() && !QByteArrayView(",]} \t\r\n").contains(m_bytes.at(m_at)))
                ++m_at;
        }
    }

    const QByteArray &m_bytes;
    qsizetype m_at = 0;
    QHash<QString, qsizetype> m_offsets;
};

} // namespace

QList<PollOption> ConsultationQuestion::defaultOptions()
{
    return { { QStringLiteral("Đồng ý"), OptionMeaning::Yes },
        { QStringLiteral("Không đồng ý"), OptionMeaning::No },
        { QStringLiteral("Ý kiến khác"), OptionMeaning::Other } };
}

bool isValidConsultationId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,63}$"));
    return pattern.match(id).hasMatch();
}

const ConsultationQuestion *Consultation::question(const QString &questionId) const
{
    for (const ConsultationQuestion &q : questions) {
        if (q.id() == questionId)
            return &q;
    }
    return nullptr;
}

Status Consultation::validate() const
{
    if (!isValidConsultationId(id))
        return Status::failure(
            Tr::tr("\"%1\" is not a valid consultation id (lower-case letters, digits and '-', "
                   "at most 64)")
                .arg(id));
    if (title.trimmed().isEmpty())
        return Status::failure(Tr::tr("The consultation has no title"));
    if (issuingBody.trimmed().isEmpty())
        return Status::failure(Tr::tr("The consultation has no issuing body"));
    if (!deadline.isValid())
        return Status::failure(Tr::tr("The consultation has no valid deadline"));
    if (members.isEmpty())
        return Status::failure(Tr::tr("The consultation consults nobody"));
    QSet<QString> seen;
    for (const QString &member : members) {
        if (member.isEmpty() || seen.contains(member))
            return Status::failure(Tr::tr("Member \"%1\" is empty or listed twice").arg(member));
        seen.insert(member);
    }
    if (!chair.isEmpty() && !seen.contains(chair))
        return Status::failure(Tr::tr("The chair %1 is not among the members").arg(chair));
    if (questions.isEmpty())
        return Status::failure(Tr::tr("The consultation asks no question"));
    QSet<QString> ids;
    for (const ConsultationQuestion &q : questions) {
        if (q.id().isEmpty() || ids.contains(q.id()))
            return Status::failure(Tr::tr("Question id \"%1\" is empty or repeated").arg(q.id()));
        ids.insert(q.id());
        if (const Status valid = q.poll.validate(); !valid)
            return Status::failure(Tr::tr("Question %1: %2").arg(q.id(), valid.error()));
    }
    QSet<QString> documentIds;
    for (const DocumentRef &d : documents) {
        if (d.id.isEmpty() || documentIds.contains(d.id))
            return Status::failure(Tr::tr("Document id \"%1\" is empty or repeated").arg(d.id));
        documentIds.insert(d.id);
    }
    return Status::success();
}

QJsonObject Consultation::toJson() const
{
    QJsonArray questionList;
    for (const ConsultationQuestion &q : questions)
        questionList.append(questionJson(q));
    QJsonArray documentList;
    for (const DocumentRef &d : documents)
        documentList.append(documentJson(d));
    QJsonObject o {
        { QStringLiteral("format"), QLatin1StringView(fileFormat) },
        { QStringLiteral("version"), formatVersion },
        { QStringLiteral("id"), id },
        { QStringLiteral("revision"), revision },
        { QStringLiteral("title"), title },
        { QStringLiteral("issuingBody"), issuingBody },
        { QStringLiteral("deadline"), offsetTimeText(deadline) },
        { QStringLiteral("note"), note },
        { QStringLiteral("members"), QJsonArray::fromStringList(members) },
        { QStringLiteral("questions"), questionList },
        { QStringLiteral("documents"), documentList },
        { QStringLiteral("publishedAt"), toIsoUtc(publishedAt) },
    };
    if (!chair.isEmpty())
        o.insert(QStringLiteral("chair"), chair);
    return o;
}

Result<Consultation> Consultation::fromJson(const QJsonObject &o)
{
    using R = Result<Consultation>;
    if (text(o, "format") != QLatin1StringView(fileFormat))
        return R::failure(Tr::tr("Not a consultation (format \"%1\")").arg(text(o, "format")));
    if (o.value(u"version").toInt() != formatVersion)
        return R::failure(Tr::tr("Consultation format version %1 is not known to this version")
                              .arg(o.value(u"version").toInt()));
    Consultation c;
    c.id = text(o, "id");
    c.revision = o.value(u"revision").toInt();
    c.title = text(o, "title");
    c.issuingBody = text(o, "issuingBody");
    c.deadline = parseOffsetTime(text(o, "deadline"));
    c.note = text(o, "note");
    c.chair = text(o, "chair");
    for (const QJsonValue &m : o.value(u"members").toArray())
        c.members << m.toString();
    for (const QJsonValue &q : o.value(u"questions").toArray()) {
        Result<ConsultationQuestion> question = questionFrom(q.toObject());
        if (!question)
            return R::failure(question.error());
        c.questions << std::move(question).value();
    }
    for (const QJsonValue &d : o.value(u"documents").toArray()) {
        Result<DocumentRef> document = documentFrom(d.toObject());
        if (!document)
            return R::failure(document.error());
        c.documents << std::move(document).value();
    }
    c.publishedAt = fromIsoUtc(text(o, "publishedAt"));
    if (c.revision < 1)
        return R::failure(Tr::tr("The consultation has no revision number"));
    if (const Status valid = c.validate(); !valid)
        return R::failure(valid.error());
    return c;
}

Result<ConsultationFile> parseConsultationFile(const QByteArray &bytes, const QString &baseFolder)
{
    using R = Result<ConsultationFile>;
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        const int line = 1 + static_cast<int>(bytes.left(error.offset).count('\n'));
        return R::failure(Tr::tr("line %1: the JSON stops or is broken there (%2); no field "
                                 "after it could be read")
                              .arg(line)
                              .arg(error.errorString()));
    }
    if (!json.isObject())
        return R::failure(Tr::tr("line 1: the file is not a JSON object"));
    const JsonLocator locator(bytes);
    const QJsonObject o = json.object();
    auto fieldError = [&locator](const QString &path, const QString &why) {
        return R::failure(
            Tr::tr("line %1, field \"%2\": %3").arg(locator.line(path)).arg(path, why));
    };
    auto required = [&](const QJsonObject &object, const QString &prefix,
                        const char *field) -> std::optional<R> {
        const QString path = prefix + QLatin1StringView(field);
        const QJsonValue v = object.value(QLatin1StringView(field));
        if (v.isUndefined())
            return fieldError(path, Tr::tr("missing"));
        if (!v.isString() || v.toString().trimmed().isEmpty())
            return fieldError(path, Tr::tr("must be a text that is not empty"));
        return std::nullopt;
    };
    if (text(o, "format") != QLatin1StringView(Consultation::fileFormat))
        return fieldError(QStringLiteral("format"),
            Tr::tr("must be \"%1\"").arg(QLatin1StringView(Consultation::fileFormat)));
    if (!o.value(u"version").isDouble() || o.value(u"version").toInt() != 1)
        return fieldError(QStringLiteral("version"), Tr::tr("must be 1"));
    for (const char *field : { "id", "title", "issuingBody", "deadline" }) {
        if (auto failed = required(o, {}, field))
            return *failed;
    }
    ConsultationFile file;
    Consultation &c = file.consultation;
    c.id = text(o, "id");
    if (!isValidConsultationId(c.id))
        return fieldError(QStringLiteral("id"),
            Tr::tr("\"%1\" is not a valid id (lower-case letters, digits and '-', at most 64)")
                .arg(c.id));
    c.title = text(o, "title").trimmed();
    c.issuingBody = text(o, "issuingBody").trimmed();
    c.deadline = parseOffsetTime(text(o, "deadline"));
    if (!c.deadline.isValid())
        return fieldError(QStringLiteral("deadline"),
            Tr::tr("\"%1\" is not an ISO 8601 date and time with an offset "
                   "(2026-12-20T17:00:00+07:00)")
                .arg(text(o, "deadline")));
    c.note = text(o, "note");
    c.chair = text(o, "chair");
    const QJsonValue members = o.value(u"members");
    if (!members.isArray() || members.toArray().isEmpty())
        return fieldError(QStringLiteral("members"), Tr::tr("must list the person ids consulted"));
    const QJsonArray memberList = members.toArray();
    for (qsizetype i = 0; i < memberList.size(); ++i) {
        const QString path = QStringLiteral("members[%1]").arg(i);
        const QString member = memberList.at(i).toString();
        if (member.isEmpty())
            return fieldError(path, Tr::tr("must be a person id"));
        if (c.members.contains(member))
            return fieldError(path, Tr::tr("%1 is listed twice").arg(member));
        c.members << member;
    }
    if (!c.chair.isEmpty() && !c.members.contains(c.chair))
        return fieldError(
            QStringLiteral("chair"), Tr::tr("%1 is not among the members").arg(c.chair));
    const QJsonValue questions = o.value(u"questions");
    if (!questions.isArray() || questions.toArray().isEmpty())
        return fieldError(QStringLiteral("questions"), Tr::tr("must list at least one question"));
    const QJsonArray questionList = questions.toArray();
    for (qsizetype i = 0; i < questionList.size(); ++i) {
        const QString prefix = QStringLiteral("questions[%1].").arg(i);
        if (!questionList.at(i).isObject())
            return fieldError(prefix.chopped(1), Tr::tr("must be an object"));
        const QJsonObject q = questionList.at(i).toObject();
        for (const char *field : { "id", "text" }) {
            if (auto failed = required(q, prefix, field))
                return *failed;
        }
        if (!q.contains(u"rule"))
            return fieldError(prefix + QStringLiteral("rule"),
                Tr::tr("missing (a preset such as \"uy-ban-nhan-dan\", or a rule object)"));
        // Which field is wrong, found by checking the fields on their own (the poll code's
        // message says what, in the user's language; the path says where).
        const QString kind = q.value(u"kind").toString(QStringLiteral("approval"));
        if (kind != u"approval" && kind != u"yes-no" && kind != u"choice")
            return fieldError(prefix + QStringLiteral("kind"),
                Tr::tr("\"%1\" is not a kind: use approval, yes-no or choice").arg(kind));
        const QJsonValue ruleValue = q.value(u"rule");
        const Result<VotingRule> rule = ruleValue.isString()
            ? VotingRule::fromJson(QJsonObject { { QStringLiteral("preset"), ruleValue } })
            : ruleValue.isObject()
            ? VotingRule::fromJson(ruleValue.toObject())
            : Result<VotingRule>::failure(Tr::tr("must be a preset name or a rule object"));
        if (!rule)
            return fieldError(prefix + QStringLiteral("rule"), rule.error());
        Result<ConsultationQuestion> question = questionFrom(q);
        if (!question)
            return fieldError(prefix
                    + (q.contains(u"options") ? QStringLiteral("options") : QStringLiteral("kind")),
                question.error());
        if (c.question(question->id()))
            return fieldError(prefix + QStringLiteral("id"),
                Tr::tr("question %1 is listed twice").arg(question->id()));
        c.questions << std::move(question).value();
    }
    const QJsonArray documentList = o.value(u"documents").toArray();
    if (o.contains(u"documents") && !o.value(u"documents").isArray())
        return fieldError(QStringLiteral("documents"), Tr::tr("must be a list"));
    for (qsizetype i = 0; i < documentList.size(); ++i) {
        const QString prefix = QStringLiteral("documents[%1].").arg(i);
        const QJsonObject d = documentList.at(i).toObject();
        for (const char *field : { "id", "title", "file" }) {
            if (auto failed = required(d, prefix, field))
                return *failed;
        }
        DocumentRef document;
        document.id = text(d, "id");
        document.title = text(d, "title");
        document.kind = text(d, "kind");
        QString path = text(d, "file");
        if (!QFileInfo(path).isAbsolute() && !baseFolder.isEmpty())
            path = QFileInfo(baseFolder + u'/' + path).absoluteFilePath();
        document.fileName = text(d, "fileName");
        if (document.fileName.isEmpty())
            document.fileName = QFileInfo(path).fileName();
        for (const DocumentRef &other : c.documents) {
            if (other.id == document.id)
                return fieldError(prefix + QStringLiteral("id"),
                    Tr::tr("document %1 is listed twice").arg(document.id));
        }
        if (!QFileInfo(path).isFile())
            return fieldError(prefix + QStringLiteral("file"),
                Tr::tr("no such file: %1").arg(QDir::toNativeSeparators(path)));
        c.documents << document;
        file.documentFiles << path;
    }
    return file;
}

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
