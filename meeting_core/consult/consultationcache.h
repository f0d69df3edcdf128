#pragma once

#include "meeting_core/consult/consultation.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace phonghop {

class Database;

// The consultations a seat has in its cache.sqlite, in tables of their own schema component
// ("consultations"): each consultation's newest verified revision (its signed record), the
// verified answers the last look at the share counted, and the verified close. Answers are
// read again from the share when a status or recount is asked; what is kept here is for
// offline reading and the statistics.
class ConsultationCache final {
public:
    explicit ConsultationCache(Database &db); // creates its tables when needed

    // Revision cached for each consultation id.
    QList<QPair<QString, int>> revisions();
    // Keeps the revision (its record bytes) unless a newer one is cached.
    void storeConsultation(const Consultation &consultation, const QByteArray &recordBytes);
    QList<Consultation> consultations();
    std::optional<Consultation> consultation(const QString &id);

    // Replaces the verified answers of the consultation's revision with `answers`.
    void storeAnswers(const Consultation &consultation, const QList<ConsultationAnswer> &answers);
    QList<ConsultationAnswer> answers(const QString &id);

    void storeClose(const ConsultationClose &close, const QByteArray &recordBytes);
    std::optional<ConsultationClose> close(const QString &id);

private:
    Database &m_db;
};

} // namespace phonghop
