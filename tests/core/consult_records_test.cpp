// Consultations (issue 17): the checks of answers and closes with real keys, a real folder as
// the share and a real directory, and CONSULTATION.json refused with its line and field.
// Each bad input is shown refused for its own reason while a valid answer beside it counts.
#include <catch2/catch.hpp>

#include "meeting_core/consult/consultation.h"
#include "meeting_core/consult/consultationservice.h"
#include "meeting_core/consult/consultationshare.h"
#include "meeting_core/org/directorystore.h"
#include "meeting_core/org/organisationadmin.h"
#include "meeting_core/share/sharewriter.h"
#include "meeting_core/store/meetingcache.h"
#include "meeting_core/trust/devicekey.h"
#include "meeting_core/util/atomicfile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <map>

using namespace phonghop;

namespace {

const QString consultationId = QStringLiteral("xin-y-kien-gia-dat");

void writePdf(const QString &path)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    QPainter painter(&writer);
    painter.drawText(100, 100, QStringLiteral("Dự thảo Quyết định"));
}

QByteArray consultationJson(const QString &deadline = QStringLiteral("2030-06-30T17:00:00+07:00"),
    const QString &id = consultationId)
{
    return QStringLiteral(R"({
  "format": "phonghop-consultation",
  "version": 1,
  "id": "%2",
  "title": "Dự thảo Quyết định ban hành bảng giá đất",
  "issuingBody": "UBND xã Sơn Hà",
  "deadline": "%1",
  "chair": "chu-tich",
  "members": ["chu-tich", "pho-chu-tich", "uy-vien"],
  "questions": [
    {"id": "q1", "text": "Thông qua dự thảo Quyết định?", "kind": "approval",
     "rule": "uy-ban-nhan-dan"}
  ],
  "documents": [{"id": "d1", "title": "Dự thảo Quyết định", "file": "du-thao.pdf"}]
}
)")
        .arg(deadline, id)
        .toUtf8();
}

// An organisation on a real folder, four people with one device each (three consulted and
// one who is not), and the consultation published.
struct Fixture {
    QTemporaryDir dir;
    QString share;
    SigningKey organisation = SigningKey::generate();
    std::map<QString, SigningKey> devices; // person id → device key
    Consultation consultation;

    Fixture()
    {
        REQUIRE(dir.isValid());
        share = dir.filePath(QStringLiteral("share"));
        REQUIRE(OrganisationAdmin::initialise(share, QStringLiteral("UBND xã Sơn Hà"), organisation)
                    .ok());
        const QStringList people { QStringLiteral("chu-tich"), QStringLiteral("pho-chu-tich"),
            QStringLiteral("uy-vien"), QStringLiteral("can-bo") };
        for (const QString &id : people)
            devices.emplace(id, SigningKey::generate());
        const Result<PeopleDirectory> written
            = DirectoryStore(share).update(organisation, [&](PeopleDirectory &directory) {
                  for (const QString &id : people) {
                      DirectoryPerson person;
                      person.id = id;
                      person.fullName = QStringLiteral("Người ") + id;
                      DirectoryDevice device;
                      device.publicKey = devices.at(id).publicKey();
                      device.id = deviceIdOf(device.publicKey);
                      device.label = QStringLiteral("Máy ") + id;
                      device.approvedAt = QDateTime::currentDateTimeUtc();
                      person.devices << device;
                      directory.people << person;
                  }
                  return Status::success();
              });
        REQUIRE(written.ok());
        consultation = publish(consultationJson());
    }

    Consultation publish(const QByteArray &json)
    {
        writePdf(dir.filePath(QStringLiteral("du-thao.pdf")));
        const Result<ConsultationFile> file = parseConsultationFile(json, dir.path());
        INFO((file.ok() ? QString() : file.error()).toStdString());
        REQUIRE(file.ok());
        const Result<Consultation> published
            = ConsultationShare(share).publish(file.value(), organisation, nullptr,
                QDateTime::fromString(QStringLiteral("2030-06-01T08:00:00Z"), Qt::ISODate));
        INFO((published.ok() ? QString() : published.error()).toStdString());
        REQUIRE(published.ok());
        return published.value();
    }

    PeopleDirectory directory() const
    {
        const Result<DirectoryStore::Reading> reading
            = DirectoryStore(share).read(organisation.publicKey());
        REQUIRE(reading.ok());
        return reading->directory;
    }

    static QDateTime at(const char *iso)
    {
        return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    }

    // A record with any payload, signed by `key`, written into `folder` (default: its own).
    void writeRecord(const QString &kind, const QJsonObject &payload, const SigningKey &key,
        const QString &name, QString folder = {})
    {
        if (folder.isEmpty())
            folder = deviceIdOf(key.publicKey());
        const QString path = share + QStringLiteral("/devices/") + folder + u'/' + name;
        REQUIRE(QDir().mkpath(QFileInfo(path).absolutePath()));
        REQUIRE(
            atomicfile::writeNew(path, SignedRecord::create(kind, payload, key).toBytes()).ok());
    }

    QJsonObject answerPayload(const QString &person, qint64 sequence,
        const char *answeredAt = "2030-06-10T09:00:00+07:00",
        const QString &choice = QStringLiteral("agree"))
    {
        const int index = choice == u"agree" ? 0 : choice == u"disagree" ? 1 : 2;
        return QJsonObject {
            { QStringLiteral("consultation"), consultation.id },
            { QStringLiteral("revision"), consultation.revision },
            { QStringLiteral("question"), QStringLiteral("q1") },
            { QStringLiteral("choice"), choice },
            { QStringLiteral("choices"), QJsonArray { index } },
            { QStringLiteral("comment"),
                choice == u"other" ? QStringLiteral("Cần rà soát") : QString() },
            { QStringLiteral("person"), person },
            { QStringLiteral("sequence"), static_cast<double>(sequence) },
            { QStringLiteral("answeredAt"), QString::fromLatin1(answeredAt) },
        };
    }

    void answer(
        const QString &person, qint64 sequence, const QString &choice = QStringLiteral("agree"))
    {
        const Result<SignedRecord> record = makeConsultationAnswer(consultation,
            QStringLiteral("q1"), { choice == u"agree" ? 0 : 1 }, {}, person,
            at("2030-06-10T09:00:00+07:00"), devices.at(person), sequence);
        REQUIRE(record.ok());
        const QString path = share + QStringLiteral("/devices/")
            + deviceIdOf(devices.at(person).publicKey()) + u'/'
            + consultationAnswerFileName(consultation.id, sequence);
        REQUIRE(QDir().mkpath(QFileInfo(path).absolutePath()));
        REQUIRE(atomicfile::writeNew(path, record->toBytes()).ok());
    }

    AnswerCollection collect() const
    {
        return collectAnswers(
            consultation, directory(), ConsultationShare(share).answerFiles(consultation.id));
    }
};

bool reported(const AnswerCollection &answers, AnswerProblem problem)
{
    return answers.count(problem) > 0;
}

} // namespace

TEST_CASE("A valid answer counts and a changed answer replaces the earlier one", "[consult]")
{
    Fixture f;
    f.answer(QStringLiteral("chu-tich"), 1, QStringLiteral("agree"));
    f.answer(QStringLiteral("chu-tich"), 2, QStringLiteral("disagree"));
    f.answer(QStringLiteral("uy-vien"), 1, QStringLiteral("agree"));
    const AnswerCollection answers = f.collect();
    REQUIRE(answers.accepted.size() == 2);
    const ConsultationAnswer *chair
        = answers.answer(QStringLiteral("chu-tich"), QStringLiteral("q1"));
    REQUIRE(chair);
    CHECK(chair->choice == u"disagree");
    CHECK(answers.count(AnswerProblem::Superseded) == 1);
    const TallyResult tally
        = tallyQuestion(f.consultation, f.consultation.questions.first(), answers.accepted);
    CHECK(tally.ballotsCounted == 2);
    CHECK(tally.entitledWeight == 3);
}

TEST_CASE("An answer signed by a device of someone not consulted is refused", "[consult]")
{
    Fixture f;
    f.answer(QStringLiteral("uy-vien"), 1);
    // can-bo is in the directory but not among the members.
    f.writeRecord(QLatin1StringView(ConsultationAnswer::recordKind),
        f.answerPayload(QStringLiteral("can-bo"), 1), f.devices.at(QStringLiteral("can-bo")),
        consultationAnswerFileName(f.consultation.id, 1));
    // A device nobody enrolled.
    const SigningKey stranger = SigningKey::generate();
    f.writeRecord(QLatin1StringView(ConsultationAnswer::recordKind),
        f.answerPayload(QStringLiteral("pho-chu-tich"), 1), stranger,
        consultationAnswerFileName(f.consultation.id, 1));
    const AnswerCollection answers = f.collect();
    CHECK(answers.count(AnswerProblem::NotConsulted) == 2);
    REQUIRE(answers.accepted.size() == 1);
    CHECK(answers.accepted.first().person == u"uy-vien");
    // The seat refuses to make one too.
    CHECK_FALSE(makeConsultationAnswer(f.consultation, QStringLiteral("q1"), { 0 }, {},
        QStringLiteral("can-bo"), Fixture::at("2030-06-10T09:00:00+07:00"),
        f.devices.at(QStringLiteral("can-bo")), 1)
                    .ok());
}

TEST_CASE("An answer from a device of another person is refused", "[consult]")
{
    Fixture f;
    f.answer(QStringLiteral("uy-vien"), 1);
    // pho-chu-tich's device answers as chu-tich.
    f.writeRecord(QLatin1StringView(ConsultationAnswer::recordKind),
        f.answerPayload(QStringLiteral("chu-tich"), 5),
        f.devices.at(QStringLiteral("pho-chu-tich")),
        consultationAnswerFileName(f.consultation.id, 5));
    // And a record copied into another device's folder.
    f.writeRecord(QLatin1StringView(ConsultationAnswer::recordKind),
        f.answerPayload(QStringLiteral("chu-tich"), 6), f.devices.at(QStringLiteral("chu-tich")),
        consultationAnswerFileName(f.consultation.id, 6),
        deviceIdOf(f.devices.at(QStringLiteral("uy-vien")).publicKey()));
    const AnswerCollection answers = f.collect();
    CHECK(reported(answers, AnswerProblem::WrongPerson));
    CHECK(reported(answers, AnswerProblem::WrongFolder));
    CHECK_FALSE(answers.answer(QStringLiteral("chu-tich"), QStringLiteral("q1")));
    CHECK(answers.answer(QStringLiteral("uy-vien"), QStringLiteral("q1")));
}

TEST_CASE(
    "An answer after the deadline is ignored by the count and refused on the seat", "[consult]")
{
    Fixture f;
    f.answer(QStringLiteral("uy-vien"), 1);
    f.writeRecord(QLatin1StringView(ConsultationAnswer::recordKind),
        f.answerPayload(QStringLiteral("chu-tich"), 1, "2030-06-30T17:00:01+07:00"),
        f.devices.at(QStringLiteral("chu-tich")), consultationAnswerFileName(f.consultation.id, 1));
    const AnswerCollection answers = f.collect();
    CHECK(answers.count(AnswerProblem::AfterDeadline) == 1);
    CHECK_FALSE(answers.answer(QStringLiteral("chu-tich"), QStringLiteral("q1")));
    CHECK(answers.accepted.size() == 1);
    const Result<SignedRecord> late = makeConsultationAnswer(f.consultation, QStringLiteral("q1"),
        { 0 }, {}, QStringLiteral("chu-tich"), Fixture::at("2030-06-30T10:00:01Z"),
        f.devices.at(QStringLiteral("chu-tich")), 2);
    REQUIRE_FALSE(late.ok());
    CHECK(late.error().contains(QStringLiteral("deadline")));

    // The seat's service says so too, and keeps nothing.
    QTemporaryDir cacheDir;
    REQUIRE(f.devices.at(QStringLiteral("chu-tich"))
                .save(cacheDir.filePath(QStringLiteral("device.key")))
                .ok());
    auto cache = MeetingCache::open(cacheDir.path());
    REQUIRE(cache.ok());
    cache.value()->setValue(
        cachekeys::organisationKey, QString::fromLatin1(f.organisation.publicKey().toBase64()));
    ConsultationService service(*cache.value(), f.share);
    REQUIRE(service.refresh().ok());
    CHECK(service.selfPersonId() == u"chu-tich");
    const Status refused = service.answer(f.consultation.id, QStringLiteral("q1"),
        ConsultationChoice::Agree, {}, Fixture::at("2030-06-30T18:00:00+07:00"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("deadline")));
    CHECK(service.ownAnswers(f.consultation.id).isEmpty());
    CHECK(service
              .answer(f.consultation.id, QStringLiteral("q1"), ConsultationChoice::Other, {},
                  Fixture::at("2030-06-30T08:00:00+07:00"))
              .error()
              .contains(QStringLiteral("opinion")));
    REQUIRE(service
                .answer(f.consultation.id, QStringLiteral("q1"), ConsultationChoice::Agree, {},
                    Fixture::at("2030-06-30T08:00:00+07:00"))
                .ok());
    CHECK(service.ownAnswers(f.consultation.id).size() == 1);
    CHECK(service.undeliveredAnswers() == 0);
    const QList<ConsultationSummary> list
        = service.consultations(Fixture::at("2030-06-30T08:00:00+07:00"));
    REQUIRE(list.size() == 1);
    CHECK(list.first().unanswered == 0);
    CHECK(list.first().state == ConsultationSummary::State::Open);
}

TEST_CASE("An answer for another consultation or another revision is refused", "[consult]")
{
    Fixture f;
    f.answer(QStringLiteral("chu-tich"), 1);
    // A replay of an answer to another consultation under this one's name.
    QJsonObject other = f.answerPayload(QStringLiteral("uy-vien"), 1);
    other.insert(QStringLiteral("consultation"), QStringLiteral("xin-y-kien-khac"));
    f.writeRecord(QLatin1StringView(ConsultationAnswer::recordKind), other,
        f.devices.at(QStringLiteral("uy-vien")), consultationAnswerFileName(f.consultation.id, 1));
    AnswerCollection answers = f.collect();
    CHECK(answers.count(AnswerProblem::OtherConsultation) == 1);
    CHECK(answers.accepted.size() == 1);

    // Revision 2: the answers to revision 1 no longer count.
    const Consultation first = f.consultation;
    f.consultation = f.publish(consultationJson());
    REQUIRE(f.consultation.revision == 2);
    answers = f.collect();
    CHECK(answers.count(AnswerProblem::OtherRevision) == 1);
    CHECK(answers.accepted.isEmpty());
    f.answer(QStringLiteral("pho-chu-tich"), 1);
    answers = f.collect();
    CHECK(answers.accepted.size() == 1);
}

TEST_CASE("A close not signed by the organisation key is refused and reported", "[consult]")
{
    Fixture f;
    f.answer(QStringLiteral("chu-tich"), 1);
    f.answer(QStringLiteral("uy-vien"), 1, QStringLiteral("disagree"));
    const AnswerCollection answers = f.collect();
    // Refused before the deadline unless early.
    CHECK_FALSE(makeConsultationClose(
        f.consultation, answers, Fixture::at("2030-06-20T08:00:00Z"), false, f.organisation)
                    .ok());
    // A forger's close, written first.
    const SigningKey forger = SigningKey::generate();
    const Result<SignedRecord> forged = makeConsultationClose(
        f.consultation, answers, Fixture::at("2030-07-01T08:00:00Z"), false, forger);
    REQUIRE(forged.ok());
    REQUIRE(ConsultationShare(f.share).writeClose(f.consultation.id, forged.value()).ok());
    ConsultationShare::Closes closes
        = ConsultationShare(f.share).readClose(f.consultation, f.organisation.publicKey());
    CHECK_FALSE(closes.close);
    REQUIRE(closes.problems.size() == 1);
    CHECK(closes.problems.first().contains(QStringLiteral("not by the organisation key")));
    const Result<ConsultationStatus> open = ConsultationService::statusFromShare(f.share,
        f.organisation.publicKey(), f.consultation.id, Fixture::at("2030-07-01T08:00:00Z"));
    REQUIRE(open.ok());
    CHECK_FALSE(open->close);
    CHECK(open->closeProblems.size() == 1);

    // The office's own close is read, and recounted.
    const Result<ConsultationClose> closed = ConsultationService::closeOnShare(
        f.share, f.organisation, f.consultation.id, false, Fixture::at("2030-07-01T09:00:00Z"));
    REQUIRE(closed.ok());
    CHECK(closed->number == 2);
    closes = ConsultationShare(f.share).readClose(f.consultation, f.organisation.publicKey());
    REQUIRE(closes.close);
    CHECK(closes.close->counted.size() == 2);
    CHECK(closes.close->notAnswered == QStringList { QStringLiteral("pho-chu-tich") });
    const QList<AnswerFile> files = ConsultationShare(f.share).answerFiles(f.consultation.id);
    const ConsultationRecount agreed
        = recountConsultation(f.consultation, f.directory(), *closes.close, files,
            { answers.answer(QStringLiteral("chu-tich"), QStringLiteral("q1"))->recordHash });
    CHECK(agreed.outcome == ConsultationRecount::Outcome::Agreed);
    // A close whose tally was altered does not recount (checked on a copy in memory).
    ConsultationClose altered = *closes.close;
    QJsonObject tally = altered.tallies.first().tally;
    tally.insert(QStringLiteral("passed"), !tally.value(u"passed").toBool());
    altered.tallies.first().tally = tally;
    CHECK(recountConsultation(f.consultation, f.directory(), altered, files, {}).outcome
        == ConsultationRecount::Outcome::Differs);
    // A close that leaves out this seat's answer.
    ConsultationClose missing = *closes.close;
    missing.counted.removeAll(
        answers.answer(QStringLiteral("chu-tich"), QStringLiteral("q1"))->recordHash);
    CHECK(recountConsultation(f.consultation, f.directory(), missing, files,
              { answers.answer(QStringLiteral("chu-tich"), QStringLiteral("q1"))->recordHash })
              .outcome
        == ConsultationRecount::Outcome::OwnAnswerMissing);
}

TEST_CASE("A truncated or wrong CONSULTATION.json is refused with its line and field", "[consult]")
{
    QTemporaryDir dir;
    writePdf(dir.filePath(QStringLiteral("du-thao.pdf")));
    REQUIRE(parseConsultationFile(consultationJson(), dir.path()).ok());

    // Cut in the middle of the questions (line 10 of the file).
    const QByteArray whole = consultationJson();
    const QByteArray truncated = whole.left(whole.indexOf("\"kind\""));
    const Result<ConsultationFile> cut = parseConsultationFile(truncated, dir.path());
    REQUIRE_FALSE(cut.ok());
    CHECK(cut.error().contains(QStringLiteral("line 11")));

    // A deadline without its offset: line 7, field "deadline".
    QByteArray noOffset = whole;
    noOffset.replace("2030-06-30T17:00:00+07:00", "2030-06-30T17:00:00");
    const Result<ConsultationFile> deadline = parseConsultationFile(noOffset, dir.path());
    REQUIRE_FALSE(deadline.ok());
    CHECK(deadline.error().contains(QStringLiteral("line 7")));
    CHECK(deadline.error().contains(QStringLiteral("\"deadline\"")));

    // A question without its rule: its line and "questions[0].rule".
    QByteArray noRule = whole;
    noRule.replace(",\n     \"rule\": \"uy-ban-nhan-dan\"", "");
    const Result<ConsultationFile> rule = parseConsultationFile(noRule, dir.path());
    REQUIRE_FALSE(rule.ok());
    CHECK(rule.error().contains(QStringLiteral("questions[0].rule")));
    CHECK(rule.error().contains(QStringLiteral("line 11")));

    // An unknown kind names the kind.
    QByteArray badKind = whole;
    badKind.replace("\"approval\"", "\"referendum\"");
    const Result<ConsultationFile> kind = parseConsultationFile(badKind, dir.path());
    REQUIRE_FALSE(kind.ok());
    CHECK(kind.error().contains(QStringLiteral("questions[0].kind")));

    // A missing document file names its line.
    QByteArray noFile = whole;
    noFile.replace("du-thao.pdf", "khong-co.pdf");
    const Result<ConsultationFile> file = parseConsultationFile(noFile, dir.path());
    REQUIRE_FALSE(file.ok());
    CHECK(file.error().contains(QStringLiteral("documents[0].file")));
    CHECK(file.error().contains(QStringLiteral("line 14")));
}

TEST_CASE("A seat's sync brings consultations and their documents into its cache", "[consult]")
{
    Fixture f;
    QTemporaryDir cacheDir;
    REQUIRE(f.devices.at(QStringLiteral("uy-vien"))
                .save(cacheDir.filePath(QStringLiteral("device.key")))
                .ok());
    auto cache = MeetingCache::open(cacheDir.path());
    REQUIRE(cache.ok());
    cache.value()->setValue(
        cachekeys::organisationKey, QString::fromLatin1(f.organisation.publicKey().toBase64()));
    f.answer(QStringLiteral("uy-vien"), 1);
    ConsultationService service(*cache.value(), f.share);
    REQUIRE(service.refresh().ok());
    const std::optional<Consultation> cached = service.consultation(f.consultation.id);
    REQUIRE(cached);
    REQUIRE(cached->documents.size() == 1);
    CHECK(QFileInfo(service.documentPath(cached->documents.first())).isFile());
    const QList<ConsultationAnswerRate> rates = ConsultationService::answerRates(
        *cache.value(), Fixture::at("2030-01-01T00:00:00Z"), Fixture::at("2030-12-31T00:00:00Z"));
    REQUIRE(rates.size() == 1);
    CHECK(rates.first().members == 3);
    CHECK(rates.first().answered == 1);
    CHECK(ConsultationService::answerRates(
        *cache.value(), Fixture::at("2031-01-01T00:00:00Z"), Fixture::at("2031-12-31T00:00:00Z"))
              .isEmpty());
}

TEST_CASE("On a share upgraded to format 2.0 a seat's answer still goes to its device folder",
    "[consult]")
{
    Fixture f;
    REQUIRE(ShareWriter(f.share).upgrade(f.organisation).ok());
    REQUIRE(ShareWriter(f.share).formatMajor() == 2);
    QTemporaryDir cacheDir;
    REQUIRE(f.devices.at(QStringLiteral("pho-chu-tich"))
                .save(cacheDir.filePath(QStringLiteral("device.key")))
                .ok());
    auto cache = MeetingCache::open(cacheDir.path());
    REQUIRE(cache.ok());
    cache.value()->setValue(
        cachekeys::organisationKey, QString::fromLatin1(f.organisation.publicKey().toBase64()));
    ConsultationService service(*cache.value(), f.share);
    REQUIRE(service.refresh().ok());
    REQUIRE(service
                .answer(f.consultation.id, QStringLiteral("q1"), ConsultationChoice::Disagree,
                    QStringLiteral("Chưa phù hợp"), Fixture::at("2030-06-30T08:00:00+07:00"))
                .ok());
    CHECK(service.undeliveredAnswers() == 0);
    const AnswerCollection answers = f.collect();
    REQUIRE(answers.accepted.size() == 1);
    CHECK(answers.accepted.first().person == u"pho-chu-tich");
    CHECK(answers.accepted.first().comment == u"Chưa phù hợp");
    // After the office's close the seat refuses, and its recount agrees.
    REQUIRE(ConsultationService::closeOnShare(
        f.share, f.organisation, f.consultation.id, true, Fixture::at("2030-06-30T09:00:00+07:00"))
                .ok());
    REQUIRE(service.refresh().ok());
    CHECK_FALSE(service
                    .answer(f.consultation.id, QStringLiteral("q1"), ConsultationChoice::Agree, {},
                        Fixture::at("2030-06-30T10:00:00+07:00"))
                    .ok());
    const Result<ConsultationRecount> recount = service.recount(f.consultation.id);
    REQUIRE(recount.ok());
    CHECK(recount->outcome == ConsultationRecount::Outcome::Agreed);
    CHECK(service.consultations(Fixture::at("2030-06-30T10:00:00+07:00")).first().state
        == ConsultationSummary::State::Closed);
}
