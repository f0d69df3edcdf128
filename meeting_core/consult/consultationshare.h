#pragma once

#include "meeting_core/consult/consultation.h"
#include "meeting_core/trust/signingkey.h"
#include "meeting_core/util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace phonghop {

// The consultations on the share (docs/share-format.md, "Consultations"): an addition older
// readers ignore. consultations/<id>/consultation-<8 digits>.json (revisions) and
// close-<8 digits>.json (the office's closes), both signed by the organisation key and
// written "create, never replace"; the members' answers in their devices' folders.
class ConsultationShare final {
public:
    explicit ConsultationShare(QString shareRoot);

    bool isReachable() const;
    // Consultation folders with a valid id (strict names only).
    QStringList consultationIds() const;

    struct Latest {
        std::optional<Consultation> consultation; // the highest revision that verifies
        QByteArray recordBytes; // its signed record
        QStringList problems; // translated: revisions above it that were refused
        int highestPresent = 0; // the highest revision number any name uses
    };
    Result<Latest> readLatest(const QString &id, const QByteArray &organisationKey) const;

    // Publishes `file`: copies the document files as objects (PDFs only), fills their sha256
    // and size, and writes the next revision (1 + the highest that verifies; names above it
    // that do not verify are skipped and said in notices). Returns the consultation written.
    Result<Consultation> publish(const ConsultationFile &file, const SigningKey &organisationKey,
        QStringList *notices = nullptr, const QDateTime &now = QDateTime::currentDateTime());

    // Every consultation-answer-<id>-*.json file of every device folder.
    QList<AnswerFile> answerFiles(const QString &id) const;

    // Writes a close as the next close-<8 digits>.json; returns its number.
    Result<int> writeClose(const QString &id, const SignedRecord &close);
    struct Closes {
        std::optional<ConsultationClose> close; // the highest-numbered close that verifies
        QByteArray recordBytes;
        QStringList problems; // translated: close files refused and why
    };
    Closes readClose(const Consultation &consultation, const QByteArray &organisationKey) const;

    // The object file of a document on the share.
    QString objectPath(const QString &sha256) const;

    static QString revisionFileName(int revision); // "consultation-00000001.json"
    static QString closeFileName(int number); // "close-00000001.json"

private:
    QString m_root;
};

} // namespace phonghop
