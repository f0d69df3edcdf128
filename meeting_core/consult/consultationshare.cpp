#include "consultationshare.h"

#include "meeting_core/confidential/sealeddocument.h"
#include "meeting_core/convert/officeconverter.h"
#include "meeting_core/org/directorystore.h"
#include "meeting_core/publish/officepreparation.h"
#include "meeting_core/share/shareformat.h"
#include "meeting_core/share/sharereader.h"
#include "meeting_core/share/sharewriter.h"
#include "meeting_core/util/atomicfile.h"
#include "meeting_core/util/boundedfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <algorithm>

namespace phonghop {

namespace {
// The context of this file's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::ConsultationShare)
};

const QString consultationsFolder = QStringLiteral("consultations");
constexpr int maximumAttempts = 20;

std::optional<int> numberOf(const QString &name, const QString &prefix)
{
    static const QRegularExpression pattern(QStringLiteral("^([a-z]+)-(\\d{8})\\.json$"));
    const QRegularExpressionMatch match = pattern.match(name);
    if (!match.hasMatch() || match.captured(1) != prefix)
        return std::nullopt;
    return match.captured(2).toInt();
}

// Numbers present in the folder, highest first; names just above the highest are probed too
// (a listing of a network share can lag behind a file another machine just wrote).
QList<int> numbersIn(const QDir &folder, const QString &prefix)
{
    QList<int> numbers;
    for (const QString &name : folder.entryList(QDir::Files | QDir::System)) {
        if (const auto number = numberOf(name, prefix))
            numbers << *number;
    }
    std::sort(numbers.begin(), numbers.end(), std::greater<>());
    int highest = numbers.isEmpty() ? 0 : numbers.first();
    while (QFileInfo::exists(folder.filePath(
        QStringLiteral("%1-%2.json").arg(prefix).arg(highest + 1, 8, 10, QLatin1Char('0'))))) {
        ++highest;
        numbers.prepend(highest);
    }
    return numbers;
}

bool isPdf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(5) == "%PDF-";
}
} // namespace

ConsultationShare::ConsultationShare(QString shareRoot)
    : m_root(std::move(shareRoot))
{
}

QString ConsultationShare::revisionFileName(int revision)
{
    return QStringLiteral("consultation-%1.json").arg(revision, 8, 10, QLatin1Char('0'));
}

QString ConsultationShare::closeFileName(int number)
{
    return QStringLiteral("close-%1.json").arg(number, 8, 10, QLatin1Char('0'));
}

bool ConsultationShare::isReachable() const
{
    return QFileInfo(m_root).isDir();
}

QString ConsultationShare::objectPath(const QString &sha256) const
{
    return ShareReader(m_root).objectPath(sha256);
}

QStringList ConsultationShare::consultationIds() const
{
    QStringList ids;
    const QDir folder(QDir(m_root).filePath(consultationsFolder));
    for (const QString &name :
        folder.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks, QDir::Name)) {
        if (isValidConsultationId(name))
            ids << name;
    }
    return ids;
}

Result<ConsultationShare::Latest> ConsultationShare::readLatest(
    const QString &id, const QByteArray &organisationKey) const
{
    using R = Result<Latest>;
    if (!isReachable())
        return R::failure(
            Tr::tr("The shared folder %1 cannot be reached").arg(QDir::toNativeSeparators(m_root)));
    Latest latest;
    if (!isValidConsultationId(id))
        return latest;
    const QDir folder(QDir(m_root).filePath(consultationsFolder + u'/' + id));
    const QList<int> revisions = numbersIn(folder, QStringLiteral("consultation"));
    latest.highestPresent = revisions.isEmpty() ? 0 : revisions.first();
    for (const int revision : revisions) {
        const QString name = revisionFileName(revision);
        auto refused = [&](const QString &why) {
            latest.problems << Tr::tr("consultations/%1/%2 was refused: %3").arg(id, name, why);
        };
        const Result<QByteArray> bytes
            = boundedfile::read(folder.filePath(name), shareformat::limits::largeRecord);
        if (!bytes) {
            refused(bytes.error());
            continue;
        }
        const Result<SignedRecord> record
            = SignedRecord::fromBytes(bytes.value(), QLatin1StringView(Consultation::recordKind));
        if (!record) {
            refused(record.error());
            continue;
        }
        if (record->signerPublicKey() != organisationKey) {
            refused(Tr::tr("it is signed by %1, not by the organisation key %2")
                        .arg(keyFingerprint(record->signerPublicKey()),
                            keyFingerprint(organisationKey)));
            continue;
        }
        Result<Consultation> consultation = Consultation::fromJson(record->payload());
        if (!consultation) {
            refused(consultation.error());
            continue;
        }
        if (consultation->id != id || consultation->revision != revision) {
            refused(Tr::tr("it names %1 revision %2")
                        .arg(consultation->id)
                        .arg(consultation->revision));
            continue;
        }
        latest.consultation = std::move(consultation).value();
        latest.consultation->recordHash = record->hash();
        latest.recordBytes = bytes.value();
        break;
    }
    return latest;
}

Result<Consultation> ConsultationShare::publish(const ConsultationFile &file,
    const SigningKey &organisationKey, QStringList *notices, const QDateTime &now)
{
    using R = Result<Consultation>;
    if (!isReachable())
        return R::failure(
            Tr::tr("The shared folder %1 cannot be reached").arg(QDir::toNativeSeparators(m_root)));
    Consultation consultation = file.consultation;
    // Members are people of the directory, not retired: an answer is checked against it.
    const Result<DirectoryStore::Reading> reading
        = DirectoryStore(m_root).read(organisationKey.publicKey());
    if (!reading)
        return R::failure(reading.error());
    for (const QString &member : consultation.members) {
        const DirectoryPerson *person = reading->directory.person(member);
        if (!person || person->retired)
            return R::failure(
                Tr::tr("Member \"%1\" is not a current person of the people directory")
                    .arg(member));
    }
    // A confidential document is sealed to every enrolled device of every member, as a
    // meeting's is to its recipients' (confidential/sealeddocument.h), on a 2.1 share only.
    QList<RecipientDevice> sealTo;
    QList<DocumentRef> published; // of the revision on the share: sealed objects kept
    if (const Result<Latest> latest = readLatest(consultation.id, organisationKey.publicKey());
        latest && latest->consultation)
        published = latest->consultation->documents;
    // A document published confidential is not republished in clear (no declassifying here).
    for (const DocumentRef &document : std::as_const(consultation.documents)) {
        for (const DocumentRef &before : std::as_const(published)) {
            if (before.id == document.id && before.confidential && !document.confidential)
                return R::failure(
                    Tr::tr("The consultation was not published: the document \u201C%1\u201D "
                           "was published as confidential; it is not published in clear.")
                        .arg(document.title));
        }
    }
    if (std::any_of(consultation.documents.cbegin(), consultation.documents.cend(),
            [](const DocumentRef &d) { return d.confidential; })) {
        const ShareReader reader(m_root);
        const Result<ShareInfo> info = reader.readInfo();
        if (!info)
            return R::failure(Tr::tr("The share cannot be used: %1").arg(info.error()));
        for (const DocumentRef &document : std::as_const(consultation.documents)) {
            const QString tooOld = document.confidential
                ? sealedDocumentShareProblem(document.title, info->majorVersion, info->minorVersion)
                : QString();
            if (!tooOld.isEmpty())
                return R::failure(Tr::tr("The consultation was not published: %1").arg(tooOld));
        }
        for (const QString &member : consultation.members) {
            const QList<DirectoryDevice> devices
                = reading->directory.person(member)->activeDevices();
            const DocumentRef &first = *std::find_if(consultation.documents.cbegin(),
                consultation.documents.cend(), [](const DocumentRef &d) { return d.confidential; });
            if (devices.isEmpty())
                return R::failure(
                    Tr::tr("The confidential document \u201C%1\u201D cannot be sealed for "
                           "\u201C%2\u201D: they have no enrolled device. Enrol a device for "
                           "them, or publish the document in clear.")
                        .arg(first.title, member));
            for (const DirectoryDevice &device : devices)
                sealTo << RecipientDevice { member, device.publicKey };
        }
    }
    // Office files (.docx, .xlsx, …) become PDFs first, exactly as a meeting's do
    // (publish/officepreparation.h, docs/office-documents.md): LibreOffice headless, a PDF of the
    // same original bytes already on the share reused, any failure named and nothing written.
    OfficeConverter converter; // its PDFs, and the preparation's reused ones, live as long
    OfficePreparation preparation(converter, m_root); // as these two do
    QStringList files = file.documentFiles;
    QHash<int, PreparedDocument> converted; // by document index
    {
        DraftMeeting draft;
        draft.id = consultation.id;
        for (qsizetype i = 0; i < consultation.documents.size(); ++i) {
            const QString path = files.value(i);
            if (path.isEmpty() || !officeFormatOf(path))
                continue;
            DraftDocument document;
            document.id = consultation.documents.at(i).id;
            document.title = consultation.documents.at(i).title;
            document.filePath = path;
            document.fileName = consultation.documents.at(i).fileName;
            draft.documents << document;
        }
        if (!draft.documents.isEmpty()) {
            preparation.setPublishedDocuments(published);
            const QHash<QString, PreparedDocument> prepared = preparation.prepare(draft, {});
            if (!preparation.problems().isEmpty())
                return R::failure(Tr::tr("The consultation was not published: %1")
                                      .arg(preparation.problems().first().message));
            for (qsizetype i = 0; i < consultation.documents.size(); ++i) {
                const auto entry = prepared.constFind(consultation.documents.at(i).id);
                if (entry == prepared.constEnd())
                    continue;
                converted.insert(static_cast<int>(i), *entry);
                files[i] = entry->pdfPath;
            }
        }
    }
    ShareWriter writer(m_root);
    QTemporaryDir sealing; // sealed files are written here, then stored as any object
    for (qsizetype i = 0; i < consultation.documents.size(); ++i) {
        QString path = files.value(i);
        DocumentRef &document = consultation.documents[i];
        const PreparedDocument office = converted.value(static_cast<int>(i));
        if (!office.pdfFileName.isEmpty())
            document.fileName = office.pdfFileName;
        if (path.isEmpty()) {
            // Kept from the published revision (the workspace's new revision): the same object,
            // and a confidential one only while it is sealed to exactly the members' devices.
            const auto before = std::find_if(published.cbegin(), published.cend(),
                [&](const DocumentRef &d) { return d.sha256 == document.sha256; });
            const QFileInfo object(objectPath(document.sha256));
            if (document.sha256.isEmpty() || before == published.cend() || !object.isFile()
                || object.size() != before->size)
                return R::failure(Tr::tr("The document \u201C%1\u201D is not in the published "
                                         "revision on the share any more: add its PDF again.")
                                      .arg(document.title));
            if (before->confidential && !sealedForDevices(*before, sealTo))
                return R::failure(
                    Tr::tr("The confidential document \u201C%1\u201D is sealed to other "
                           "devices than the members' now: add its PDF again to seal it for "
                           "them (the office cannot open the sealed copy).")
                        .arg(document.title));
            const DocumentRef kept = *before;
            document.size = kept.size;
            document.confidential = kept.confidential;
            document.classification
                = document.classification.isEmpty() ? kept.classification : document.classification;
            document.plainSha256 = kept.plainSha256;
            document.plainSize = kept.plainSize;
            document.recipients = kept.recipients;
            document.noExport = kept.confidential && document.noExport;
            continue;
        }
        if (!isPdf(path))
            return R::failure(Tr::tr("Document %1 (%2) is neither a PDF nor an office file "
                                     "(.doc, .docx, .odt, .rtf, .xls, .xlsx, .ods)")
                                  .arg(document.id, QDir::toNativeSeparators(path)));
        if (document.confidential) {
            // The same PDF for the same devices as the revision on the share: its sealed object
            // and keys are kept, so seats copy nothing again.
            if (const DocumentRef *before = reusableSeal(published, document.id, path, sealTo,
                    [this](const QString &sha256) { return objectPath(sha256); })) {
                document.sha256 = before->sha256;
                document.size = before->size;
                document.plainSha256 = before->plainSha256;
                document.plainSize = before->plainSize;
                document.recipients = before->recipients;
                continue;
            }
            if (!sealing.isValid())
                return R::failure(Tr::tr("The confidential document \u201C%1\u201D could not "
                                         "be sealed: no temporary folder. Nothing was published.")
                                      .arg(document.title));
            const QString sealedPath = sealing.filePath(QStringLiteral("%1.sealed").arg(i));
            const Result<SealedDocument> sealed = sealDocument(path, sealedPath, sealTo);
            if (!sealed)
                return R::failure(Tr::tr("The confidential document \u201C%1\u201D could not "
                                         "be sealed: %2. Nothing was published.")
                                      .arg(document.title, sealed.error()));
            applySeal(document, sealed.value());
            path = sealedPath;
        }
        const Result<StoredObject> stored = writer.putObject(path);
        if (!stored)
            return R::failure(stored.error());
        document.sha256 = stored->sha256;
        document.size = stored->size;
        // The office file beside its PDF, as a meeting's ("Tải bản gốc"); never beside a sealed
        // document, where anyone could read it.
        if (!office.originalPath.isEmpty() && !document.confidential) {
            const Result<StoredObject> original = writer.putObject(office.originalPath);
            if (!original)
                return R::failure(original.error());
            document.original = office.original;
            document.original.sha256 = original->sha256;
            document.original.size = original->size;
        }
    }
    const QDir folder(QDir(m_root).filePath(consultationsFolder + u'/' + consultation.id));
    if (!QDir().mkpath(folder.path()))
        return R::failure(Tr::tr("Cannot create the folder %1 in the share")
                              .arg(QDir::toNativeSeparators(folder.path())));
    for (int attempt = 0; attempt < maximumAttempts; ++attempt) {
        const Result<Latest> latest = readLatest(consultation.id, organisationKey.publicKey());
        if (!latest)
            return R::failure(latest.error());
        if (notices && attempt == 0)
            *notices << latest->problems;
        // Above the highest that verifies; a name above it that does not verify is skipped,
        // never built upon, and never replaced.
        int revision = (latest->consultation ? latest->consultation->revision : 0) + 1;
        while (QFileInfo::exists(folder.filePath(revisionFileName(revision)))
            || QFileInfo(folder.filePath(revisionFileName(revision))).isSymLink())
            ++revision;
        consultation.revision = revision;
        consultation.publishedAt = now.toUTC();
        if (const Status valid = consultation.validate(); !valid)
            return R::failure(valid.error());
        const SignedRecord record = SignedRecord::create(
            QLatin1StringView(Consultation::recordKind), consultation.toJson(), organisationKey);
        const QString path = folder.filePath(revisionFileName(revision));
        const Status written = atomicfile::writeNew(path, record.toBytes());
        if (written) {
            consultation.recordHash = record.hash();
            return consultation;
        }
        if (!QFileInfo::exists(path))
            return R::failure(
                Tr::tr("Cannot write the consultation to the share: %1").arg(written.error()));
    }
    return R::failure(Tr::tr("The consultation is being published by others at the same time; "
                             "try again in a moment"));
}

QList<AnswerFile> ConsultationShare::answerFiles(const QString &id) const
{
    QList<AnswerFile> files;
    const ShareReader reader(m_root);
    for (const QString &device : reader.deviceIds()) {
        for (const QString &name : reader.deviceRecordNames(device)) {
            if (!consultationAnswerSequence(name, id))
                continue;
            const Result<QByteArray> bytes = reader.readDeviceRecord(device, name);
            // An unreadable file is passed on empty: the check reports it as garbled.
            files << AnswerFile { device, name, bytes ? bytes.value() : QByteArray() };
        }
    }
    return files;
}

Result<int> ConsultationShare::writeClose(const QString &id, const SignedRecord &close)
{
    using R = Result<int>;
    if (!isReachable())
        return R::failure(
            Tr::tr("The shared folder %1 cannot be reached").arg(QDir::toNativeSeparators(m_root)));
    const QDir folder(QDir(m_root).filePath(consultationsFolder + u'/' + id));
    for (int attempt = 0; attempt < maximumAttempts; ++attempt) {
        const QList<int> numbers = numbersIn(folder, QStringLiteral("close"));
        const int number = (numbers.isEmpty() ? 0 : numbers.first()) + 1 + attempt;
        const QString path = folder.filePath(closeFileName(number));
        const Status written = atomicfile::writeNew(path, close.toBytes());
        if (written)
            return number;
        if (!QFileInfo::exists(path))
            return R::failure(
                Tr::tr("Cannot write the close to the share: %1").arg(written.error()));
    }
    return R::failure(Tr::tr("Cannot find a free name for the close in the share"));
}

ConsultationShare::Closes ConsultationShare::readClose(
    const Consultation &consultation, const QByteArray &organisationKey) const
{
    Closes closes;
    const QDir folder(QDir(m_root).filePath(consultationsFolder + u'/' + consultation.id));
    for (const int number : numbersIn(folder, QStringLiteral("close"))) {
        const QString name = closeFileName(number);
        const Result<QByteArray> bytes
            = boundedfile::read(folder.filePath(name), shareformat::limits::largeRecord);
        if (!bytes) {
            closes.problems << Tr::tr("consultations/%1/%2 was refused: %3")
                                   .arg(consultation.id, name, bytes.error());
            continue;
        }
        Result<ConsultationClose> close
            = parseConsultationClose(bytes.value(), consultation, organisationKey);
        if (!close) {
            closes.problems << Tr::tr("consultations/%1/%2 was refused: %3")
                                   .arg(consultation.id, name, close.error());
            continue;
        }
        if (!closes.close) {
            closes.close = std::move(close).value();
            closes.close->number = number;
            closes.recordBytes = bytes.value();
        }
    }
    return closes;
}

} // namespace phonghop
