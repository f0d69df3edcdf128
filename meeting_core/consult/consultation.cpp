// A consultation and its file (CONSULTATION.json, with the line and field of what is wrong);
// its answers, close and recount are in consultationrecords.cpp.
#include "consultation.h"
#include "consultationdetail.h"

#include "meeting_core/share/manifestcodec.h"
#include "meeting_core/share/shareformat.h"
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

using namespace consultdetail;

namespace {
// The context of this file's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::Consultation)
};

} // namespace

namespace consultdetail {

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

} // namespace consultdetail

namespace {

// A document key sealed to a device (crypto_box_seal of a 32-byte key), as in a manifest.
constexpr qsizetype sealedKeySize = 80;

QJsonObject documentJson(const DocumentRef &d)
{
    QJsonObject o {
        { QStringLiteral("id"), d.id },
        { QStringLiteral("title"), d.title },
        { QStringLiteral("kind"), d.kind },
        { QStringLiteral("fileName"), d.fileName },
        { QStringLiteral("sha256"), d.sha256 },
        { QStringLiteral("size"), static_cast<double>(d.size) },
    };
    // The original, and a confidential document's sealed fields, exactly as a manifest writes
    // them (share format 2.1).
    writeDocumentFileFields(d, o);
    return o;
}

// Anything but an explicit false (or nothing) is true: a garbled flag never exposes a sealed
// document as a clear one, nor lets it be exported.
bool flag(const QJsonObject &o, QStringView field)
{
    const QJsonValue value = o.value(field);
    return !value.isUndefined() && !value.isNull() && !(value.isBool() && !value.toBool());
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
    if (o.contains(u"original")) {
        const QJsonObject original = o.value(u"original").toObject();
        d.original.sha256 = text(original, "sha256");
        d.original.size = static_cast<qint64>(original.value(u"size").toDouble(-1));
        d.original.fileName = text(original, "fileName");
        d.original.mediaType = text(original, "mediaType");
        if (!Sha256::isValidHex(d.original.sha256) || d.original.size < 0)
            return Result<DocumentRef>::failure(
                Tr::tr("Document %1 has no valid original sha256 or size").arg(d.id));
    }
    d.confidential = flag(o, u"confidential");
    if (!d.confidential)
        return d;
    d.classification = text(o, "classification");
    d.noExport = flag(o, u"noExport");
    d.plainSha256 = text(o, "plainSha256");
    d.plainSize = static_cast<qint64>(o.value(u"plainSize").toDouble(-1));
    if (!Sha256::isValidHex(d.plainSha256) || d.plainSize < 0)
        return Result<DocumentRef>::failure(
            Tr::tr("The confidential document %1 has no valid plainSha256 or plainSize").arg(d.id));
    for (const QJsonValue &value : o.value(u"recipients").toArray()) {
        const QJsonObject entry = value.toObject();
        DocumentRecipient recipient;
        recipient.personId = text(entry, "person");
        recipient.deviceId = text(entry, "device");
        const auto decoded = QByteArray::fromBase64Encoding(
            text(entry, "sealedKey").toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.size() != sealedKeySize
            || !shareformat::isDeviceId(recipient.deviceId) || recipient.personId.isEmpty()
            || d.recipientFor(recipient.deviceId))
            return Result<DocumentRef>::failure(
                Tr::tr("The confidential document %1 has a recipient that is not a person's "
                       "device with its sealed key, or a device twice")
                    .arg(d.id));
        recipient.sealedKey = decoded.decoded;
        d.recipients << recipient;
    }
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

} // namespace

namespace consultdetail {

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

} // namespace consultdetail

namespace {

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
        // The organisation signs the list of who may read it: only members.
        for (const DocumentRecipient &recipient : d.recipients) {
            if (!members.contains(recipient.personId))
                return Status::failure(
                    Tr::tr("The confidential document %1 is sealed to %2, who is not a member")
                        .arg(d.id, recipient.personId));
        }
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
        // As in MEETING.json: sealed to every enrolled device of every member when published.
        for (const char *field : { "confidential", "noExport" }) {
            const QJsonValue value = d.value(QLatin1StringView(field));
            if (!value.isUndefined() && !value.isBool())
                return fieldError(
                    prefix + QLatin1StringView(field), Tr::tr("must be true or false"));
        }
        document.confidential = d.value(u"confidential").toBool(false);
        document.noExport = document.confidential && d.value(u"noExport").toBool(false);
        if (document.confidential) {
            document.classification = text(d, "classification").trimmed();
            if (document.classification.isEmpty())
                document.classification = QStringLiteral("Mật");
        }
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

} // namespace phonghop
