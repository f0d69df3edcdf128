#include "commands.h"
#include "orgaccess.h"

#include "meeting_core/confidential/documentreader.h"
#include "meeting_core/consult/consultationservice.h"
#include "meeting_core/consult/consultationshare.h"
#include "meeting_core/pdf/watermark.h"
#include "meeting_core/store/meetingcache.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// phonghop-cli consult …: written consultations of the members ("phiếu lấy ý kiến", issue 17;
// docs/consultation-format.md). The office publishes, follows, closes and reports; a member's
// seat answers from its cache folder, signed with its device key.
namespace phonghop::cli {

namespace {

// The context of this file's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::cli::ConsultCommands)
};

const QStringList consultFlags { QStringLiteral("--json"), QStringLiteral("--early"),
    QStringLiteral("--help") };

const QString publishSynopsis = QStringLiteral("publish FILE.json --share DIR --key FILE [--json]");
const QString answerSynopsis = QStringLiteral(
    "answer ID QUESTION agree|disagree|other [--comment TEXT] --share DIR --cache DIR");
const QString statusSynopsis
    = QStringLiteral("status ID [--json] --share DIR (--cache DIR | --key FILE)");
const QString closeSynopsis
    = QStringLiteral("close ID --key FILE --share DIR [--cache DIR] [--early] [--json]");
const QString reportSynopsis
    = QStringLiteral("report ID FILE.pdf|FILE.csv --share DIR (--cache DIR | --key FILE)");
const QString listSynopsis = QStringLiteral("list --cache DIR [--share DIR] [--json]");
const QString documentSynopsis
    = QStringLiteral("document ID DOCUMENT --out FILE --cache DIR [--share DIR]");

int fail(Streams &streams, int code, const QString &message)
{
    streams.err << message << '\n';
    streams.err.flush();
    return code;
}

int usage(Streams &streams, const QString &synopsis)
{
    return fail(streams, UsageError, Tr::tr("Usage: phonghop-cli consult %1").arg(synopsis));
}

// The seat's clock. PHONGHOP_CLOCK (ISO 8601 with an offset) stands in for it in tests and
// drills; it gives a member no power they lack (answeredAt is the device's claim anyway, see
// docs/consultation-format.md, "What the times mean").
QDateTime now()
{
    if (const QString clock = qEnvironmentVariable("PHONGHOP_CLOCK"); !clock.isEmpty()) {
        const QDateTime time = QDateTime::fromString(clock, Qt::ISODateWithMs);
        if (time.isValid())
            return time;
    }
    return QDateTime::currentDateTime().toOffsetFromUtc(
        QDateTime::currentDateTime().offsetFromUtc());
}

QString timeText(const QDateTime &time)
{
    return time.toString(QStringLiteral("HH:mm dd/MM/yyyy"));
}

int unreachable(Streams &streams, const QString &share)
{
    return fail(streams, Unreachable,
        Tr::tr("The shared folder %1 cannot be reached").arg(QDir::toNativeSeparators(share)));
}

// The seat's cache (device key inside).
int openCache(const QString &path, Streams &streams, std::unique_ptr<MeetingCache> &cache)
{
    Result<std::unique_ptr<MeetingCache>> opened = MeetingCache::open(path);
    if (!opened)
        return fail(streams, Failure, opened.error());
    cache = std::move(opened).value();
    return Success;
}

// The organisation's public key for the office's view: from --key (checked against the
// share) or from the cache's pin.
int organisationKeyFor(const QStringList &arguments, Streams &streams, QByteArray &key,
    std::optional<SigningKey> *signingKey = nullptr)
{
    const QString share = optionValue(arguments, QStringLiteral("--share"));
    const QString keyPath = optionValue(arguments, QStringLiteral("--key"));
    const QString cachePath = optionValue(arguments, QStringLiteral("--cache"));
    if (!keyPath.isEmpty()) {
        std::optional<OrganisationAdmin> admin;
        if (const int code = openOrganisation(share, keyPath, streams, admin); code != Success)
            return code;
        key = admin->key().publicKey();
        if (signingKey)
            *signingKey = admin->key();
        return Success;
    }
    return trustedOrganisationKey(share, cachePath, streams, key);
}

QString choiceText(const ConsultationQuestion &q, const ConsultationAnswer &a)
{
    QStringList labels;
    for (const int c : a.choices)
        labels << q.poll.options.value(c).label;
    return labels.join(QStringLiteral(", "));
}

void printStatus(const ConsultationStatus &s, QTextStream &out)
{
    const Consultation &c = s.consultation;
    out << Tr::tr("Consultation %1 (revision %2): %3").arg(c.id).arg(c.revision).arg(c.title)
        << '\n';
    out << Tr::tr("Issued by %1; deadline %2%3")
               .arg(c.issuingBody, timeText(c.deadline),
                   s.close
                       ? Tr::tr(" (closed at %1)").arg(timeText(s.close->closedAt.toLocalTime()))
                       : s.pastDeadline ? Tr::tr(" (passed, not closed yet)")
                                        : QString())
        << '\n';
    int answered = 0;
    for (const ConsultationMemberStatus &m : s.members)
        answered += m.answered ? 1 : 0;
    out << Tr::tr("Members: %1 answered every question out of %2")
               .arg(answered)
               .arg(s.members.size())
        << '\n';
    for (const ConsultationMemberStatus &m : s.members) {
        out << QStringLiteral("  %1 %2").arg(
            m.answered ? QStringLiteral("✓") : QStringLiteral("·"), m.name);
        if (!m.answered)
            out << Tr::tr(" — not answered (%1 of %2 questions)")
                       .arg(m.questionsAnswered)
                       .arg(c.questions.size());
        out << '\n';
        for (const ConsultationAnswer &a : m.answers) {
            const ConsultationQuestion *q = c.question(a.questionId);
            out << QStringLiteral("      %1: %2")
                       .arg(a.questionId, q ? choiceText(*q, a) : a.choice);
            if (!a.comment.isEmpty())
                out << QStringLiteral(" — “%1”").arg(a.comment);
            out << '\n';
        }
    }
    for (const ConsultationQuestionStatus &q : s.questions) {
        out << Tr::tr("Question %1: %2").arg(q.question.id(), q.question.text()) << '\n';
        QStringList counts;
        for (const OptionResult &o : q.tally.options)
            counts << QStringLiteral("%1 %2").arg(o.option.label).arg(o.ballots);
        out << QStringLiteral("  ") << counts.join(QStringLiteral(", ")) << '\n';
        out << QStringLiteral("  ") << q.tally.explanation << '\n';
    }
    if (!s.reminders().isEmpty())
        out << Tr::tr("To remind: %1").arg(s.reminders().join(QStringLiteral("; "))) << '\n';
    for (const AnswerReport &r : s.refused) {
        if (r.problem != AnswerProblem::Superseded)
            out << Tr::tr("Not counted: %1").arg(r.message) << '\n';
    }
    for (const QString &problem : s.closeProblems)
        out << Tr::tr("Close refused: %1").arg(problem) << '\n';
}

int runConsultPublish(const QStringList &arguments, Streams &streams)
{
    const QStringList positional = positionalArguments(arguments, consultFlags);
    const QString share = optionValue(arguments, QStringLiteral("--share"));
    const QString keyPath = optionValue(arguments, QStringLiteral("--key"));
    if (positional.size() != 2 || share.isEmpty() || keyPath.isEmpty())
        return usage(streams, publishSynopsis);
    const QString path = positional.at(1);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(streams, UsageError,
            Tr::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    const Result<ConsultationFile> parsed
        = parseConsultationFile(file.readAll(), QFileInfo(path).absolutePath());
    if (!parsed)
        return fail(streams, Rejected,
            Tr::tr("%1 was refused: %2").arg(QDir::toNativeSeparators(path), parsed.error()));
    std::optional<OrganisationAdmin> admin;
    if (const int code = openOrganisation(share, keyPath, streams, admin); code != Success)
        return code;
    PeopleDirectory directory;
    if (const int code = readDirectory(share, admin->key().publicKey(), streams, directory);
        code != Success)
        return code;
    for (const QString &member : parsed->consultation.members) {
        const DirectoryPerson *person = directory.person(member);
        if (!person || person->retired)
            return fail(streams, Rejected,
                Tr::tr("%1 was refused: member \"%2\" is not a current person of the directory")
                    .arg(QDir::toNativeSeparators(path), member));
    }
    QStringList notices;
    const Result<Consultation> published
        = ConsultationShare(share).publish(parsed.value(), admin->key(), &notices, now());
    for (const QString &notice : notices)
        streams.err << notice << '\n';
    streams.err.flush();
    if (!published)
        return fail(streams, Failure, published.error());
    if (hasFlag(arguments, QStringLiteral("--json"))) {
        streams.out << QJsonDocument(QJsonObject { { QStringLiteral("id"), published->id },
                                         { QStringLiteral("revision"), published->revision },
                                         { QStringLiteral("record"), published->recordHash } })
                           .toJson();
    } else {
        streams.out << Tr::tr("Consultation %1 published: revision %2 (%3 members, %4 questions, "
                              "deadline %5)")
                           .arg(published->id)
                           .arg(published->revision)
                           .arg(published->members.size())
                           .arg(published->questions.size())
                           .arg(timeText(published->deadline))
                    << '\n';
    }
    streams.out.flush();
    return Success;
}

int runConsultAnswer(const QStringList &arguments, Streams &streams)
{
    const QStringList positional = positionalArguments(arguments, consultFlags);
    const QString share = optionValue(arguments, QStringLiteral("--share"));
    const QString cachePath = optionValue(arguments, QStringLiteral("--cache"));
    if (positional.size() != 4 || share.isEmpty() || cachePath.isEmpty())
        return usage(streams, answerSynopsis);
    const QString id = positional.at(1);
    const QString questionId = positional.at(2);
    const std::optional<ConsultationChoice> choice = consultationChoiceFrom(positional.at(3));
    std::unique_ptr<MeetingCache> cache;
    if (const int code = openCache(cachePath, streams, cache); code != Success)
        return code;
    ConsultationService service(*cache, share);
    const Result<ConsultationRefresh> refreshed = service.refresh();
    const std::optional<Consultation> consultation = service.consultation(id);
    if (!consultation) {
        if (!refreshed && !QFileInfo(share).isDir())
            return unreachable(streams, share);
        return fail(streams, Failure,
            refreshed ? Tr::tr("No consultation %1 on the shared folder").arg(id)
                      : refreshed.error());
    }
    const ConsultationQuestion *question = consultation->question(questionId);
    if (!question) {
        QStringList ids;
        for (const ConsultationQuestion &q : consultation->questions)
            ids << q.id();
        return fail(streams, UsageError,
            Tr::tr("Consultation %1 has no question %2 (its questions: %3)")
                .arg(id, questionId, ids.join(QStringLiteral(", "))));
    }
    QList<int> choices;
    if (choice) {
        const Result<QList<int>> c = choicesFor(*question, *choice);
        if (!c)
            return fail(streams, UsageError, c.error());
        choices = c.value();
    } else {
        // A choice question: option numbers ("0,2") or labels.
        for (const QString &part : positional.at(3).split(u',', Qt::SkipEmptyParts)) {
            bool number = false;
            int index = part.trimmed().toInt(&number);
            if (!number) {
                index = -1;
                for (int i = 0; i < question->poll.options.size(); ++i)
                    if (question->poll.options.at(i).label.compare(
                            part.trimmed(), Qt::CaseInsensitive)
                        == 0)
                        index = i;
            }
            if (index < 0 || index >= question->poll.options.size())
                return fail(streams, UsageError,
                    Tr::tr("\"%1\" is not an answer to question %2: use agree, disagree or other "
                           "(Đồng ý, Không đồng ý, Ý kiến khác)")
                        .arg(positional.at(3), questionId));
            choices << index;
        }
    }
    const QDateTime at = now();
    if (consultation->pastDeadline(at))
        return fail(streams, Rejected,
            Tr::tr("The deadline of \"%1\" passed at %2: this seat no longer accepts answers, and "
                   "the office would not count one")
                .arg(consultation->title, timeText(consultation->deadline)));
    const QString comment = optionValue(arguments, QStringLiteral("--comment"));
    const QList<ConsultationAnswer> before = service.ownAnswers(id);
    const bool changing = std::any_of(before.cbegin(), before.cend(),
        [&questionId](const ConsultationAnswer &a) { return a.questionId == questionId; });
    if (const Status done = service.answer(id, questionId, choices, comment, at); !done)
        return fail(streams, Rejected, done.error());
    QStringList labels;
    for (const int c : choices)
        labels << question->poll.options.value(c).label;
    streams.out << (changing ? Tr::tr("Answer to %1 changed: %2") : Tr::tr("Answered %1: %2"))
                       .arg(questionId, labels.join(QStringLiteral(", ")))
                << '\n';
    streams.out.flush();
    if (service.undeliveredAnswers() > 0)
        streams.err << Tr::tr("Not delivered to the shared folder yet (kept on this seat, sent at "
                              "the next look at the share)")
                    << '\n';
    streams.err.flush();
    return Success;
}

int runConsultStatus(const QStringList &arguments, Streams &streams)
{
    const QStringList positional = positionalArguments(arguments, consultFlags);
    const QString share = optionValue(arguments, QStringLiteral("--share"));
    const QString cachePath = optionValue(arguments, QStringLiteral("--cache"));
    const QString keyPath = optionValue(arguments, QStringLiteral("--key"));
    if (positional.size() != 2 || share.isEmpty() || (cachePath.isEmpty() && keyPath.isEmpty()))
        return usage(streams, statusSynopsis);
    const QString id = positional.at(1);
    if (!QFileInfo(share).isDir())
        return unreachable(streams, share);
    const QDateTime at = now();
    std::optional<ConsultationStatus> status;
    std::optional<ConsultationRecount> recount;
    if (!cachePath.isEmpty()) {
        std::unique_ptr<MeetingCache> cache;
        if (const int code = openCache(cachePath, streams, cache); code != Success)
            return code;
        ConsultationService service(*cache, share);
        if (const Result<ConsultationRefresh> r = service.refresh(); !r)
            return fail(streams, Failure, r.error());
        Result<ConsultationStatus> s = service.status(id, at);
        if (!s)
            return fail(streams, Failure, s.error());
        status = std::move(s).value();
        if (!service.selfPersonId().isEmpty()) {
            Result<ConsultationRecount> r = service.recount(id);
            if (r)
                recount = std::move(r).value();
        }
    } else {
        QByteArray key;
        if (const int code = organisationKeyFor(arguments, streams, key); code != Success)
            return code;
        Result<ConsultationStatus> s = ConsultationService::statusFromShare(share, key, id, at);
        if (!s)
            return fail(streams, Failure, s.error());
        status = std::move(s).value();
    }
    if (hasFlag(arguments, QStringLiteral("--json"))) {
        QJsonObject o = status->toJson();
        if (recount)
            o.insert(QStringLiteral("recount"),
                QJsonObject { { QStringLiteral("outcome"), recountOutcomeId(recount->outcome) },
                    { QStringLiteral("problems"), QJsonArray::fromStringList(recount->problems) },
                    { QStringLiteral("summary"), recount->summary() } });
        streams.out << QJsonDocument(o).toJson();
    } else {
        printStatus(*status, streams.out);
        if (recount)
            streams.out << recount->summary() << '\n';
    }
    streams.out.flush();
    if (recount
        && (recount->outcome == ConsultationRecount::Outcome::Differs
            || recount->outcome == ConsultationRecount::Outcome::OwnAnswerMissing))
        return Rejected;
    return Success;
}

int runConsultClose(const QStringList &arguments, Streams &streams)
{
    const QStringList positional = positionalArguments(arguments, consultFlags);
    const QString share = optionValue(arguments, QStringLiteral("--share"));
    const QString keyPath = optionValue(arguments, QStringLiteral("--key"));
    const QString cachePath = optionValue(arguments, QStringLiteral("--cache"));
    if (positional.size() != 2 || share.isEmpty() || keyPath.isEmpty())
        return usage(streams, closeSynopsis);
    const QString id = positional.at(1);
    std::optional<OrganisationAdmin> admin;
    if (const int code = openOrganisation(share, keyPath, streams, admin); code != Success)
        return code;
    const bool early = hasFlag(arguments, QStringLiteral("--early"));
    Result<ConsultationClose> closed = Result<ConsultationClose>::failure({});
    if (!cachePath.isEmpty()) {
        std::unique_ptr<MeetingCache> cache;
        if (const int code = openCache(cachePath, streams, cache); code != Success)
            return code;
        ConsultationService service(*cache, share);
        closed = service.close(id, admin->key(), early, now());
    } else {
        closed = ConsultationService::closeOnShare(share, admin->key(), id, early, now());
    }
    if (!closed)
        return fail(streams, Rejected, closed.error());
    if (hasFlag(arguments, QStringLiteral("--json"))) {
        QJsonObject o = closed->toJson();
        o.insert(QStringLiteral("number"), closed->number);
        o.insert(QStringLiteral("record"), closed->recordHash);
        streams.out << QJsonDocument(o).toJson();
    } else {
        streams.out << Tr::tr("Consultation %1 closed (close record %2): %3 answers counted; "
                              "%4 members answered, %5 did not")
                           .arg(id)
                           .arg(closed->number)
                           .arg(closed->counted.size())
                           .arg(closed->answered.size())
                           .arg(closed->notAnswered.size())
                    << '\n';
    }
    streams.out.flush();
    return Success;
}

int runConsultReport(const QStringList &arguments, Streams &streams)
{
    const QStringList positional = positionalArguments(arguments, consultFlags);
    const QString share = optionValue(arguments, QStringLiteral("--share"));
    const QString cachePath = optionValue(arguments, QStringLiteral("--cache"));
    const QString keyPath = optionValue(arguments, QStringLiteral("--key"));
    if (positional.size() != 3 || share.isEmpty() || (cachePath.isEmpty() && keyPath.isEmpty()))
        return usage(streams, reportSynopsis);
    if (!QFileInfo(share).isDir())
        return unreachable(streams, share);
    const QString id = positional.at(1);
    const QString target = positional.at(2);
    Status written = Status::success();
    if (!cachePath.isEmpty() && keyPath.isEmpty()) {
        std::unique_ptr<MeetingCache> cache;
        if (const int code = openCache(cachePath, streams, cache); code != Success)
            return code;
        ConsultationService service(*cache, share);
        written = service.writeReport(id, target, now());
    } else {
        QByteArray key;
        if (const int code = organisationKeyFor(arguments, streams, key); code != Success)
            return code;
        written = ConsultationService::writeReportFromShare(share, key, id, target, now());
    }
    if (!written)
        return fail(streams, Failure, written.error());
    streams.out << Tr::tr("Report written: %1").arg(QDir::toNativeSeparators(target)) << '\n';
    streams.out.flush();
    return Success;
}

int runConsultList(const QStringList &arguments, Streams &streams)
{
    const QString cachePath = optionValue(arguments, QStringLiteral("--cache"));
    const QString share = optionValue(arguments, QStringLiteral("--share"));
    if (cachePath.isEmpty())
        return usage(streams, listSynopsis);
    std::unique_ptr<MeetingCache> cache;
    if (const int code = openCache(cachePath, streams, cache); code != Success)
        return code;
    ConsultationService service(*cache, share);
    if (!share.isEmpty()) {
        if (const Result<ConsultationRefresh> r = service.refresh(); !r)
            streams.err << r.error() << '\n';
    }
    const QList<ConsultationSummary> list = service.consultations(now());
    if (hasFlag(arguments, QStringLiteral("--json"))) {
        QJsonArray array;
        for (const ConsultationSummary &s : list)
            array.append(QJsonObject {
                { QStringLiteral("id"), s.id },
                { QStringLiteral("revision"), s.revision },
                { QStringLiteral("title"), s.title },
                { QStringLiteral("issuingBody"), s.issuingBody },
                { QStringLiteral("deadline"), s.deadline.toString(Qt::ISODate) },
                { QStringLiteral("state"), consultationStateId(s.state) },
                { QStringLiteral("consulted"), s.consulted },
                { QStringLiteral("questions"), s.questions },
                { QStringLiteral("unanswered"), s.unanswered },
            });
        streams.out << QJsonDocument(array).toJson();
    } else {
        if (list.isEmpty())
            streams.out << Tr::tr("No consultation in this cache") << '\n';
        for (const ConsultationSummary &s : list) {
            const QString state = s.state == ConsultationSummary::State::Closed ? Tr::tr("closed")
                : s.state == ConsultationSummary::State::PastDeadline ? Tr::tr("deadline passed")
                                                                      : Tr::tr("open");
            streams.out << QStringLiteral("%1  %2  [%3, %4]")
                               .arg(s.id, s.title, state, timeText(s.deadline));
            if (s.unanswered > 0)
                streams.out << Tr::tr("  — %n question(s) unanswered", nullptr, s.unanswered);
            streams.out << '\n';
        }
    }
    streams.out.flush();
    streams.err.flush();
    return Success;
}

// A consultation's document as this seat may have it, through the meetings' reader
// (confidential/documentreader.h): a clear one as cached; a confidential one only on a member's
// enrolled device it is sealed to, with that member's watermark on every page, and never when
// the office forbids exporting it. Other seats: exit 4 with the meetings' message.
int runConsultDocument(const QStringList &arguments, Streams &streams)
{
    const QStringList positional = positionalArguments(arguments, consultFlags);
    const QString cachePath = optionValue(arguments, QStringLiteral("--cache"));
    const QString share = optionValue(arguments, QStringLiteral("--share"));
    const QString target = optionValue(arguments, QStringLiteral("--out"));
    if (positional.size() != 3 || cachePath.isEmpty() || target.isEmpty())
        return usage(streams, documentSynopsis);
    std::unique_ptr<MeetingCache> cache;
    if (const int code = openCache(cachePath, streams, cache); code != Success)
        return code;
    ConsultationService service(*cache, share);
    if (!share.isEmpty()) {
        if (const Result<ConsultationRefresh> r = service.refresh(); !r)
            streams.err << r.error() << '\n';
    }
    const QString id = positional.at(1);
    const std::optional<Consultation> consultation = service.consultation(id);
    if (!consultation)
        return fail(streams, Failure,
            Tr::tr("The consultation \u201C%1\u201D is not in the cache: sync first.").arg(id));
    const DocumentRef *document = nullptr;
    for (const DocumentRef &candidate : consultation->documents) {
        if (candidate.id == positional.at(2))
            document = &candidate;
    }
    if (!document)
        return fail(streams, Failure,
            Tr::tr("The consultation has no document \u201C%1\u201D.").arg(positional.at(2)));
    const DocumentReader reader(*cache);
    if (reader.access(*document) == DocumentAccess::NotRecipient)
        return fail(streams, Rejected, notRecipientMessage());
    if (document->confidential && document->noExport)
        return fail(streams, Rejected, noExportMessage());
    if (document->confidential) {
        const Result<QByteArray> bytes = reader.read(*document);
        if (!bytes)
            return fail(streams, Failure, bytes.error());
        // The watermark names the member the seat's device is enrolled for (the directory).
        Meeting readers;
        readers.participants << service.selfParticipant();
        const Watermark mark = reader.watermark(readers, *document, now().date());
        if (const Status saved = writeWatermarkedPdf(bytes.value(), mark, target); !saved)
            return fail(streams, Failure, saved.error());
    } else if (const Status saved = reader.saveAs(*document, target); !saved) {
        return fail(streams, Failure, saved.error());
    }
    streams.out << Tr::tr("Saved \u201C%1\u201D to %2")
                       .arg(document->title, QDir::toNativeSeparators(target))
                << '\n';
    streams.out.flush();
    streams.err.flush();
    return Success;
}

} // namespace

int runConsult(const QStringList &arguments, Streams &streams)
{
    const QList<Subcommand> subcommands {
        { QStringLiteral("publish"), publishSynopsis,
            Tr::tr("Publish a consultation from a CONSULTATION.json, signed with the organisation "
                   "key (documents: PDF or office files, paths relative to the JSON's folder)"),
            runConsultPublish },
        { QStringLiteral("answer"), answerSynopsis,
            Tr::tr("Answer (or change the answer to) one question from a member's seat, before "
                   "the deadline; also Đồng ý, Không đồng ý, Ý kiến khác"),
            runConsultAnswer },
        { QStringLiteral("status"), statusSynopsis,
            Tr::tr("Who answered and who did not, each answer and comment, the count of each "
                   "question; on a member's seat (--cache) also its recount of the close. "
                   "Needs --share and either --cache (a seat) or --key (the office)"),
            runConsultStatus },
        { QStringLiteral("close"), closeSynopsis,
            Tr::tr("Close after the deadline (--early: before it, on purpose) with a signed "
                   "record of the count"),
            runConsultClose },
        { QStringLiteral("report"), reportSynopsis,
            Tr::tr("Write the summary report (Báo cáo tổng hợp ý kiến) as PDF, or as CSV"),
            runConsultReport },
        { QStringLiteral("list"), listSynopsis,
            Tr::tr("The consultations in a seat's cache with their deadlines and unanswered "
                   "questions (--share: look at the share first)"),
            runConsultList },
        { QStringLiteral("document"), documentSynopsis,
            Tr::tr("Write a consultation's document to a file as this seat may read it (a "
                   "confidential one only on a member's enrolled device, watermarked)"),
            runConsultDocument },
    };
    return runSubcommands(QStringLiteral("consult"), subcommands, arguments, streams, consultFlags);
}

} // namespace phonghop::cli
