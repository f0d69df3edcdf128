#include "consultationcache.h"

#include "meeting_core/store/database.h"
#include "meeting_core/store/migrations.h"
#include "meeting_core/trust/signedrecord.h"

#include <QJsonDocument>

namespace phonghop {

namespace {
constexpr Migration consultationMigrations[] = {
    { 1, R"sql(
CREATE TABLE consultations (
  id TEXT PRIMARY KEY,
  revision INTEGER NOT NULL,
  title TEXT NOT NULL,
  deadline TEXT NOT NULL,
  published_at TEXT NOT NULL,
  record BLOB NOT NULL
);
CREATE TABLE consultation_answers (
  record_hash TEXT PRIMARY KEY,
  consultation TEXT NOT NULL REFERENCES consultations(id) ON DELETE CASCADE,
  revision INTEGER NOT NULL,
  person TEXT NOT NULL,
  question TEXT NOT NULL,
  answered_at TEXT NOT NULL,
  payload TEXT NOT NULL,
  device TEXT NOT NULL
);
CREATE INDEX consultation_answers_by_consultation ON consultation_answers(consultation);
CREATE TABLE consultation_closes (
  consultation TEXT PRIMARY KEY REFERENCES consultations(id) ON DELETE CASCADE,
  revision INTEGER NOT NULL,
  number INTEGER NOT NULL,
  closed_at TEXT NOT NULL,
  record BLOB NOT NULL
);
)sql" },
};

std::optional<Consultation> fromRecord(const QByteArray &bytes)
{
    const Result<SignedRecord> record
        = SignedRecord::fromBytes(bytes, QLatin1StringView(Consultation::recordKind));
    if (!record)
        return std::nullopt;
    Result<Consultation> consultation = Consultation::fromJson(record->payload());
    if (!consultation)
        return std::nullopt;
    Consultation c = std::move(consultation).value();
    c.recordHash = record->hash();
    return c;
}
} // namespace

ConsultationCache::ConsultationCache(Database &db)
    : m_db(db)
{
    migrateComponent(m_db, QStringLiteral("consultations"), consultationMigrations);
}

QList<QPair<QString, int>> ConsultationCache::revisions()
{
    QList<QPair<QString, int>> result;
    Statement s = m_db.query(QStringLiteral("SELECT id, revision FROM consultations ORDER BY id"));
    while (s.next())
        result << qMakePair(s.text(0), static_cast<int>(s.integer(1)));
    return result;
}

void ConsultationCache::storeConsultation(
    const Consultation &consultation, const QByteArray &recordBytes)
{
    Transaction transaction(m_db);
    Statement s = m_db.query(
        QStringLiteral("SELECT revision FROM consultations WHERE id = ?1"), consultation.id);
    if (s.next() && s.integer(0) >= consultation.revision)
        return;
    m_db.execute(QStringLiteral("DELETE FROM consultation_answers WHERE consultation = ?1"),
        consultation.id);
    m_db.execute(
        QStringLiteral("DELETE FROM consultation_closes WHERE consultation = ?1"), consultation.id);
    m_db.execute(QStringLiteral("INSERT OR REPLACE INTO consultations (id, revision, title, "
                                "deadline, published_at, record) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"),
        consultation.id, consultation.revision, consultation.title, toIsoUtc(consultation.deadline),
        toIsoUtc(consultation.publishedAt), recordBytes);
    transaction.commit();
}

QList<Consultation> ConsultationCache::consultations()
{
    QList<Consultation> result;
    Statement s = m_db.query(QStringLiteral("SELECT record FROM consultations ORDER BY id"));
    while (s.next()) {
        if (auto c = fromRecord(s.blob(0)))
            result << *c;
    }
    return result;
}

std::optional<Consultation> ConsultationCache::consultation(const QString &id)
{
    Statement s = m_db.query(QStringLiteral("SELECT record FROM consultations WHERE id = ?1"), id);
    if (!s.next())
        return std::nullopt;
    return fromRecord(s.blob(0));
}

void ConsultationCache::storeAnswers(
    const Consultation &consultation, const QList<ConsultationAnswer> &answers)
{
    Transaction transaction(m_db);
    Statement s = m_db.query(
        QStringLiteral("SELECT revision FROM consultations WHERE id = ?1"), consultation.id);
    if (!s.next() || s.integer(0) != consultation.revision)
        return; // only for the revision cached
    m_db.execute(QStringLiteral("DELETE FROM consultation_answers WHERE consultation = ?1"),
        consultation.id);
    for (const ConsultationAnswer &a : answers) {
        m_db.execute(
            QStringLiteral("INSERT OR REPLACE INTO consultation_answers (record_hash, "
                           "consultation, revision, person, question, answered_at, payload, "
                           "device) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"),
            a.recordHash, consultation.id, a.revision, a.person, a.questionId,
            toIsoUtc(a.answeredAt),
            QString::fromUtf8(QJsonDocument(a.toJson()).toJson(QJsonDocument::Compact)),
            a.deviceId);
    }
    transaction.commit();
}

QList<ConsultationAnswer> ConsultationCache::answers(const QString &id)
{
    QList<ConsultationAnswer> result;
    Statement s = m_db.query(
        QStringLiteral("SELECT record_hash, payload, device FROM consultation_answers WHERE "
                       "consultation = ?1 ORDER BY person, question"),
        id);
    while (s.next()) {
        Result<ConsultationAnswer> a
            = ConsultationAnswer::fromJson(QJsonDocument::fromJson(s.text(1).toUtf8()).object());
        if (!a)
            continue;
        ConsultationAnswer answer = std::move(a).value();
        answer.recordHash = s.text(0);
        answer.deviceId = s.text(2);
        result << answer;
    }
    return result;
}

void ConsultationCache::storeClose(const ConsultationClose &close, const QByteArray &recordBytes)
{
    m_db.execute(QStringLiteral("INSERT OR REPLACE INTO consultation_closes (consultation, "
                                "revision, number, closed_at, record) SELECT ?1, ?2, ?3, ?4, ?5 "
                                "WHERE EXISTS (SELECT 1 FROM consultations WHERE id = ?1 AND "
                                "revision = ?2)"),
        close.consultationId, close.revision, close.number, toIsoUtc(close.closedAt), recordBytes);
}

std::optional<ConsultationClose> ConsultationCache::close(const QString &id)
{
    Statement s = m_db.query(
        QStringLiteral("SELECT record, number FROM consultation_closes WHERE consultation = ?1"),
        id);
    if (!s.next())
        return std::nullopt;
    const Result<SignedRecord> record
        = SignedRecord::fromBytes(s.blob(0), QLatin1StringView(ConsultationClose::recordKind));
    if (!record)
        return std::nullopt;
    Result<ConsultationClose> close = ConsultationClose::fromJson(record->payload());
    if (!close)
        return std::nullopt;
    ConsultationClose c = std::move(close).value();
    c.recordHash = record->hash();
    c.signer = record->signerPublicKey();
    c.number = static_cast<int>(s.integer(1));
    return c;
}

} // namespace phonghop
