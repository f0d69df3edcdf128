#include "consultationservice.h"

#include "meeting_core/confidential/sealeddocument.h"
#include "meeting_core/consult/consultationcache.h"
#include "meeting_core/consult/consultationreport.h"
#include "meeting_core/consult/consultationshare.h"
#include "meeting_core/org/directorystore.h"
#include "meeting_core/store/auditlog.h"
#include "meeting_core/store/database.h"
#include "meeting_core/store/meetingcache.h"
#include "meeting_core/store/outbox.h"
#include "meeting_core/trust/devicekey.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>
#include <algorithm>

namespace phonghop {

namespace {
// The context of this file's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::ConsultationService)
};

const QString selfPersonKey = QStringLiteral("consult/self-person");
const QString selfNameKey = QStringLiteral("consult/self-name");
const QString selfPositionKey = QStringLiteral("consult/self-position");

QByteArray pinnedKey(const MeetingCache &cache)
{
    const QByteArray key
        = QByteArray::fromBase64(cache.value(cachekeys::organisationKey).toLatin1());
    return key.size() == 32 ? key : QByteArray();
}

QString unpinnedMessage()
{
    return Tr::tr("This seat has not confirmed its organisation yet: synchronise with the shared "
                  "folder and confirm the organisation first");
}

QString unreachableMessage(const QString &root)
{
    return Tr::tr("The shared folder %1 cannot be reached").arg(QDir::toNativeSeparators(root));
}

// Everything the office's view is built from, read from the share.
struct ShareView {
    Consultation consultation;
    QByteArray consultationBytes;
    PeopleDirectory directory;
    QList<AnswerFile> files;
    AnswerCollection answers;
    ConsultationShare::Closes closes;
    QStringList problems;
};

Result<ShareView> readShareView(
    const QString &root, const QByteArray &organisationKey, const QString &id)
{
    using R = Result<ShareView>;
    ConsultationShare share(root);
    if (!share.isReachable())
        return R::failure(unreachableMessage(root));
    const Result<ConsultationShare::Latest> latest = share.readLatest(id, organisationKey);
    if (!latest)
        return R::failure(latest.error());
    if (!latest->consultation) {
        QString message = Tr::tr("No consultation %1 on the shared folder").arg(id);
        if (!latest->problems.isEmpty())
            message += QStringLiteral(": ") + latest->problems.join(QStringLiteral("; "));
        return R::failure(message);
    }
    ShareView view;
    view.consultation = *latest->consultation;
    view.consultationBytes = latest->recordBytes;
    view.problems = latest->problems;
    const Result<DirectoryStore::Reading> reading = DirectoryStore(root).read(organisationKey);
    if (!reading)
        return R::failure(reading.error());
    view.directory = reading->directory;
    view.files = share.answerFiles(id);
    view.answers = collectAnswers(view.consultation, view.directory, view.files);
    view.closes = share.readClose(view.consultation, organisationKey);
    return view;
}

ConsultationStatus statusFrom(const ShareView &view, const QDateTime &now)
{
    ConsultationStatus status;
    status.consultation = view.consultation;
    status.pastDeadline = view.consultation.pastDeadline(now);
    status.refused = view.answers.reports;
    status.close = view.closes.close;
    status.closeProblems = view.closes.problems;
    // After a close, the office's view is what the close counted (an answer delivered late to
    // the share does not change a closed consultation).
    QList<ConsultationAnswer> counted = view.answers.accepted;
    if (status.close) {
        const QSet<QString> listed(status.close->counted.cbegin(), status.close->counted.cend());
        counted.erase(
            std::remove_if(counted.begin(), counted.end(),
                [&listed](const ConsultationAnswer &a) { return !listed.contains(a.recordHash); }),
            counted.end());
    }
    for (const QString &member : view.consultation.members) {
        ConsultationMemberStatus m;
        m.person = member;
        const DirectoryPerson *person = view.directory.person(member);
        m.name = person ? person->fullName : member;
        m.position = person ? person->position : QString();
        for (const ConsultationQuestion &q : view.consultation.questions) {
            for (const ConsultationAnswer &a : counted) {
                if (a.person == member && a.questionId == q.id())
                    m.answers << a;
            }
        }
        m.questionsAnswered = static_cast<int>(m.answers.size());
        m.answered = m.questionsAnswered == view.consultation.questions.size();
        status.members << m;
    }
    for (const ConsultationQuestion &q : view.consultation.questions) {
        ConsultationQuestionStatus qs;
        qs.question = q;
        qs.tally = tallyQuestion(view.consultation, q, counted);
        for (const ConsultationMemberStatus &m : status.members) {
            for (const ConsultationAnswer &a : m.answers) {
                if (a.questionId == q.id() && !a.comment.trimmed().isEmpty())
                    qs.comments << QStringLiteral("%1: %2").arg(m.name, a.comment.trimmed());
            }
        }
        status.questions << qs;
    }
    return status;
}

Result<ConsultationClose> closeView(const QString &root, const ShareView &view,
    const SigningKey &organisationKey, bool early, const QDateTime &now)
{
    using R = Result<ConsultationClose>;
    if (view.closes.close)
        return R::failure(Tr::tr("Consultation %1 was already closed at %2")
                              .arg(view.consultation.id,
                                  view.closes.close->closedAt.toLocalTime().toString(
                                      QStringLiteral("HH:mm dd/MM/yyyy"))));
    const Result<SignedRecord> record
        = makeConsultationClose(view.consultation, view.answers, now, early, organisationKey);
    if (!record)
        return R::failure(record.error());
    ConsultationShare share(root);
    const Result<int> number = share.writeClose(view.consultation.id, record.value());
    if (!number)
        return R::failure(number.error());
    Result<ConsultationClose> close
        = parseConsultationClose(record->toBytes(), view.consultation, organisationKey.publicKey());
    if (!close)
        return close;
    ConsultationClose result = std::move(close).value();
    result.number = number.value();
    return result;
}
} // namespace

QString consultationStateId(ConsultationSummary::State state)
{
    switch (state) {
    case ConsultationSummary::State::Open:
        return QStringLiteral("open");
    case ConsultationSummary::State::PastDeadline:
        return QStringLiteral("past-deadline");
    case ConsultationSummary::State::Closed:
        return QStringLiteral("closed");
    }
    return {};
}

struct ConsultationService::Private {
    MeetingCache &cache;
    QString shareRoot;
    ConsultationCache store;
    Outbox outbox;
    std::optional<SigningKey> deviceKey;

    Private(MeetingCache &c, QString root)
        : cache(c)
        , shareRoot(std::move(root))
        , store(c.database())
        , outbox(c.database())
    {
    }

    // The seat's device key. Looking (create = false) never makes one: a sync of a cache
    // without a key must not leave one behind.
    Result<SigningKey> key(bool create = true)
    {
        if (!deviceKey) {
            if (!create
                && !QFileInfo::exists(
                    QDir(cache.directory()).filePath(QLatin1StringView(DeviceKey::fileName))))
                return Result<SigningKey>::failure(Tr::tr("This seat has no device key"));
            Result<SigningKey> loaded = DeviceKey::loadOrCreate(cache.directory());
            if (!loaded)
                return loaded;
            deviceKey = loaded.value();
        }
        return *deviceKey;
    }

    // This device's answers to the consultation (revision), from the outbox, newest last.
    QList<ConsultationAnswer> outboxAnswers(const QString &id, int revision)
    {
        QList<ConsultationAnswer> answers;
        const Result<SigningKey> k = key(false);
        if (!k)
            return answers;
        const QString device = deviceIdOf(k->publicKey());
        for (const Outbox::Item &item : outbox.items(device)) {
            if (!consultationAnswerSequence(item.fileName, id)
                && !item.fileName.startsWith(QStringLiteral("consultation-answer-%1-").arg(id)))
                continue;
            const Result<SignedRecord> record = SignedRecord::fromBytes(
                item.bytes, QLatin1StringView(ConsultationAnswer::recordKind));
            if (!record)
                continue;
            Result<ConsultationAnswer> a = ConsultationAnswer::fromJson(record->payload());
            if (!a || a->consultationId != id || (revision > 0 && a->revision != revision))
                continue;
            ConsultationAnswer answer = std::move(a).value();
            answer.recordHash = record->hash();
            answer.deviceId = device;
            answer.fileName = item.fileName;
            answers << answer;
        }
        return answers;
    }

    int deliverPending()
    {
        if (shareRoot.isEmpty() || !QFileInfo(shareRoot).isDir())
            return 0;
        int delivered = 0;
        for (const Outbox::Item &item : outbox.pending()) {
            if (!item.fileName.startsWith(QStringLiteral("consultation-answer-")))
                continue;
            const OutboxDelivery d = deliverOutboxItem(shareRoot, item);
            if (d.delivered) {
                outbox.markDelivered(item.id, d.fileName);
                ++delivered;
            } else if (d.renamed) {
                outbox.rename(item.id, d.fileName);
            }
        }
        return delivered;
    }

    // Deletes the sealed copy of every cached consultation's confidential document; how many.
    int wipeConfidentialObjects()
    {
        int removed = 0;
        for (const Consultation &c : store.consultations()) {
            for (const DocumentRef &document : c.documents) {
                const QString path = cache.sealedObjectPath(document);
                if (!path.isEmpty() && QFile::remove(path))
                    ++removed;
            }
        }
        return removed;
    }

    void keepView(const ShareView &view)
    {
        store.storeConsultation(view.consultation, view.consultationBytes);
        QList<ConsultationAnswer> counted = view.answers.accepted;
        if (view.closes.close) {
            const QSet<QString> listed(
                view.closes.close->counted.cbegin(), view.closes.close->counted.cend());
            counted.removeIf(
                [&listed](const ConsultationAnswer &a) { return !listed.contains(a.recordHash); });
        }
        store.storeAnswers(view.consultation, counted);
        if (view.closes.close)
            store.storeClose(*view.closes.close, view.closes.recordBytes);
    }
};

ConsultationService::ConsultationService(MeetingCache &cache, QString shareRoot)
    : d(std::make_unique<Private>(cache, std::move(shareRoot)))
{
}

ConsultationService::~ConsultationService() = default;

QString ConsultationService::selfPersonId() const
{
    return d->cache.value(selfPersonKey);
}

Participant ConsultationService::selfParticipant() const
{
    Participant self;
    self.id = selfPersonId();
    self.fullName = d->cache.value(selfNameKey);
    self.position = d->cache.value(selfPositionKey);
    return self;
}

Result<ConsultationRefresh> ConsultationService::refresh()
{
    using R = Result<ConsultationRefresh>;
    const QByteArray orgKey = pinnedKey(d->cache);
    if (orgKey.isEmpty())
        return R::failure(unpinnedMessage());
    ConsultationShare share(d->shareRoot);
    if (d->shareRoot.isEmpty() || !share.isReachable())
        return R::failure(unreachableMessage(d->shareRoot));
    ConsultationRefresh report;
    d->deliverPending();
    const QStringList ids = share.consultationIds();
    if (ids.isEmpty())
        return report; // a share without consultations costs one listing
    const Result<DirectoryStore::Reading> reading = DirectoryStore(d->shareRoot).read(orgKey);
    if (!reading)
        return R::failure(reading.error());
    const PeopleDirectory &directory = reading->directory;
    // This seat's device, when the directory lists it as enrolled: a confidential document's
    // sealed object is copied only for a device it is sealed to (a revoked one copies nothing).
    QString activeDevice;
    if (const Result<SigningKey> k = d->key(false); k) {
        const DirectoryPerson *self = directory.personWithDevice(deviceIdOf(k->publicKey()));
        const DirectoryDevice *device = directory.device(deviceIdOf(k->publicKey()));
        const bool enrolled = self && device && device->active();
        d->cache.setValue(selfPersonKey, enrolled ? self->id : QString());
        // Who reads here, for the watermark on a confidential document (offline too).
        d->cache.setValue(selfNameKey, enrolled ? self->fullName : QString());
        d->cache.setValue(selfPositionKey, enrolled ? self->position : QString());
        if (enrolled)
            activeDevice = device->id;
        // Revoked (a lost or stolen tablet): the sealed copies of the consultations' confidential
        // documents go, as the sync's remote wipe deletes the meetings' ones.
        if (device && !device->active())
            report.confidentialFilesWiped = d->wipeConfidentialObjects();
    }
    QHash<QString, int> cached;
    for (const auto &[id, revision] : d->store.revisions())
        cached.insert(id, revision);
    for (const QString &id : ids) {
        const Result<ConsultationShare::Latest> latest = share.readLatest(id, orgKey);
        if (!latest) {
            report.problems << latest.error();
            continue;
        }
        report.problems << latest->problems;
        if (!latest->consultation)
            continue;
        const Consultation &c = *latest->consultation;
        if (c.revision > cached.value(id)) {
            // The documents first: a revision enters the cache whole, or not at all.
            bool complete = true;
            for (const DocumentRef &document : c.documents) {
                // Not this seat's to read: only its title and classification are shown.
                if (documentAccess(document, activeDevice) == DocumentAccess::NotRecipient)
                    continue;
                // The PDF, and the office file it was converted from when there is one.
                QList<QPair<QString, qint64>> objects { { document.sha256, document.size } };
                if (!document.original.isEmpty())
                    objects.append({ document.original.sha256, document.original.size });
                for (const auto &[sha256, size] : std::as_const(objects)) {
                    if (d->cache.objects().contains(sha256))
                        continue;
                    const Status imported
                        = d->cache.objects().importFile(share.objectPath(sha256), sha256, size);
                    if (!imported) {
                        complete = false;
                        report.problems << Tr::tr("Consultation %1: document \"%2\" has not "
                                                  "arrived yet (%3)")
                                               .arg(id, document.title, imported.error());
                    }
                }
            }
            if (!complete)
                continue;
            d->store.storeConsultation(c, latest->recordBytes);
            report.updated << id;
        }
        // Once closed, what counted is fixed: a closed consultation's answers are not read again.
        if (const std::optional<ConsultationClose> kept = d->store.close(id);
            kept && kept->revision == c.revision)
            continue;
        const ConsultationShare::Closes closes = share.readClose(c, orgKey);
        report.problems << closes.problems;
        const AnswerCollection answers = collectAnswers(c, directory, share.answerFiles(id));
        QList<ConsultationAnswer> counted = answers.accepted;
        if (closes.close) {
            const QSet<QString> listed(
                closes.close->counted.cbegin(), closes.close->counted.cend());
            counted.removeIf(
                [&listed](const ConsultationAnswer &a) { return !listed.contains(a.recordHash); });
        }
        d->store.storeAnswers(c, counted);
        report.answersRead += static_cast<int>(counted.size());
        if (closes.close)
            d->store.storeClose(*closes.close, closes.recordBytes);
    }
    return report;
}

QList<ConsultationSummary> ConsultationService::consultations(
    const QDateTime &now, const QString &personId) const
{
    const QString person = personId.isEmpty() ? selfPersonId() : personId;
    QList<ConsultationSummary> list;
    for (const Consultation &c : d->store.consultations()) {
        ConsultationSummary s;
        s.id = c.id;
        s.revision = c.revision;
        s.title = c.title;
        s.issuingBody = c.issuingBody;
        s.deadline = c.deadline;
        s.publishedAt = c.publishedAt;
        s.questions = static_cast<int>(c.questions.size());
        s.consulted = !person.isEmpty() && c.isMember(person);
        s.state = d->store.close(c.id) ? ConsultationSummary::State::Closed
            : c.pastDeadline(now)      ? ConsultationSummary::State::PastDeadline
                                       : ConsultationSummary::State::Open;
        if (s.consulted) {
            QSet<QString> answered;
            for (const ConsultationAnswer &a : d->store.answers(c.id)) {
                if (a.person == person && a.revision == c.revision)
                    answered.insert(a.questionId);
            }
            if (person == selfPersonId()) {
                for (const ConsultationAnswer &a : d->outboxAnswers(c.id, c.revision))
                    answered.insert(a.questionId);
            }
            s.unanswered = s.questions - static_cast<int>(answered.size());
        }
        list << s;
    }
    std::sort(
        list.begin(), list.end(), [](const ConsultationSummary &a, const ConsultationSummary &b) {
            const bool aOpen = a.state == ConsultationSummary::State::Open;
            const bool bOpen = b.state == ConsultationSummary::State::Open;
            if (aOpen != bOpen)
                return aOpen;
            return aOpen ? a.deadline < b.deadline : a.deadline > b.deadline;
        });
    return list;
}

std::optional<Consultation> ConsultationService::consultation(const QString &id) const
{
    return d->store.consultation(id);
}

QString ConsultationService::documentPath(const DocumentRef &document) const
{
    const QString path = d->cache.documentPath(document);
    return d->cache.objects().contains(document.sha256) ? path : QString();
}

QList<ConsultationAnswer> ConsultationService::ownAnswers(const QString &id) const
{
    const std::optional<Consultation> c = d->store.consultation(id);
    if (!c)
        return {};
    const QString person = selfPersonId();
    // This seat's own records, and those of the person's other devices the share showed.
    QList<ConsultationAnswer> all = d->outboxAnswers(id, c->revision);
    for (const ConsultationAnswer &a : d->store.answers(id)) {
        if (a.person == person && a.revision == c->revision)
            all << a;
    }
    QList<ConsultationAnswer> latest;
    for (const ConsultationQuestion &q : c->questions) {
        const ConsultationAnswer *best = nullptr;
        for (const ConsultationAnswer &a : all) {
            if (a.questionId == q.id() && (!best || a.sequence > best->sequence))
                best = &a;
        }
        if (best)
            latest << *best;
    }
    return latest;
}

QList<ConsultationAnswer> ConsultationService::earlierRevisionAnswers(const QString &id) const
{
    const std::optional<Consultation> c = d->store.consultation(id);
    if (!c || c->revision <= 1)
        return {};
    const QList<ConsultationAnswer> current = ownAnswers(id);
    const QString person = selfPersonId();
    // The seat's own records of every revision (the outbox keeps them), and the cache's.
    QList<ConsultationAnswer> all = d->outboxAnswers(id, 0);
    for (const ConsultationAnswer &a : d->store.answers(id)) {
        if (a.person == person)
            all << a;
    }
    QList<ConsultationAnswer> earlier;
    for (const ConsultationQuestion &q : c->questions) {
        if (std::any_of(current.cbegin(), current.cend(),
                [&q](const ConsultationAnswer &a) { return a.questionId == q.id(); }))
            continue;
        const ConsultationAnswer *best = nullptr;
        for (const ConsultationAnswer &a : all) {
            if (a.questionId != q.id() || a.revision >= c->revision)
                continue;
            if (!best || a.revision > best->revision
                || (a.revision == best->revision && a.sequence > best->sequence))
                best = &a;
        }
        if (best)
            earlier << *best;
    }
    return earlier;
}

Status ConsultationService::answer(const QString &id, const QString &questionId,
    ConsultationChoice choice, const QString &comment, const QDateTime &now)
{
    const std::optional<Consultation> c = d->store.consultation(id);
    if (!c)
        return Status::failure(Tr::tr("No consultation %1 on this seat").arg(id));
    const ConsultationQuestion *question = c->question(questionId);
    if (!question)
        return Status::failure(Tr::tr("Consultation %1 has no question %2").arg(id, questionId));
    const Result<QList<int>> choices = choicesFor(*question, choice);
    if (!choices)
        return Status::failure(choices.error());
    return answer(id, questionId, choices.value(), comment, now);
}

Status ConsultationService::answer(const QString &id, const QString &questionId,
    const QList<int> &choices, const QString &comment, const QDateTime &now)
{
    const std::optional<Consultation> c = d->store.consultation(id);
    if (!c)
        return Status::failure(Tr::tr("No consultation %1 on this seat").arg(id));
    if (c->pastDeadline(now))
        return Status::failure(
            Tr::tr("The deadline for answering \"%1\" passed at %2: the answer was not recorded")
                .arg(c->title, c->deadline.toString(QStringLiteral("HH:mm dd/MM/yyyy"))));
    if (d->store.close(id))
        return Status::failure(
            Tr::tr("\"%1\" has been closed by the office: the answer was not recorded")
                .arg(c->title));
    const QString person = selfPersonId();
    if (person.isEmpty())
        return Status::failure(Tr::tr("This seat's device is not enrolled for anyone in the "
                                      "people directory: it cannot answer"));
    if (!c->isMember(person))
        return Status::failure(
            Tr::tr("%1 is not among the members consulted in \"%2\"").arg(person, c->title));
    const Result<SigningKey> key = d->key();
    if (!key)
        return Status::failure(key.error());
    // 1 + the highest of this person's answers to the consultation this seat knows of.
    qint64 sequence = 0;
    for (const ConsultationAnswer &a : d->outboxAnswers(id, 0))
        sequence = std::max(sequence, a.sequence);
    for (const ConsultationAnswer &a : d->store.answers(id)) {
        if (a.person == person)
            sequence = std::max(sequence, a.sequence);
    }
    ++sequence;
    const Result<SignedRecord> record = makeConsultationAnswer(
        *c, questionId, choices, comment, person, now, key.value(), sequence);
    if (!record)
        return Status::failure(record.error());
    const QString device = deviceIdOf(key->publicKey());
    try {
        Transaction transaction(d->cache.database());
        d->outbox.enqueue(device, consultationAnswerFileName(id, sequence), record->toBytes());
        AuditLog(d->cache.database())
            .append(person, QStringLiteral("consultation-answer"), id,
                QStringLiteral("%1: %2").arg(
                    questionId, record->payload().value(u"choice").toString()));
        transaction.commit();
    } catch (const DatabaseError &error) {
        return Status::failure(Tr::tr("This seat's cache could not record the answer: %1")
                                   .arg(QString::fromUtf8(error.what())));
    }
    d->deliverPending();
    return Status::success();
}

int ConsultationService::undeliveredAnswers() const
{
    int count = 0;
    for (const Outbox::Item &item : d->outbox.pending()) {
        if (item.fileName.startsWith(QStringLiteral("consultation-answer-")))
            ++count;
    }
    return count;
}

Result<ConsultationStatus> ConsultationService::status(const QString &id, const QDateTime &now)
{
    using R = Result<ConsultationStatus>;
    const QByteArray orgKey = pinnedKey(d->cache);
    if (orgKey.isEmpty())
        return R::failure(unpinnedMessage());
    d->deliverPending();
    const Result<ShareView> view = readShareView(d->shareRoot, orgKey, id);
    if (!view)
        return R::failure(view.error());
    d->keepView(view.value());
    return statusFrom(view.value(), now);
}

Result<ConsultationClose> ConsultationService::close(
    const QString &id, const SigningKey &organisationKey, bool early, const QDateTime &now)
{
    using R = Result<ConsultationClose>;
    const QByteArray orgKey = pinnedKey(d->cache);
    if (!orgKey.isEmpty() && orgKey != organisationKey.publicKey())
        return R::failure(Tr::tr("This key is not the organisation key this seat trusts"));
    Result<ConsultationClose> closed = closeOnShare(d->shareRoot, organisationKey, id, early, now);
    if (closed) {
        const Result<ShareView> view = readShareView(d->shareRoot, organisationKey.publicKey(), id);
        if (view)
            d->keepView(view.value());
    }
    return closed;
}

Result<ConsultationRecount> ConsultationService::recount(const QString &id)
{
    using R = Result<ConsultationRecount>;
    const QByteArray orgKey = pinnedKey(d->cache);
    if (orgKey.isEmpty())
        return R::failure(unpinnedMessage());
    const Result<ShareView> view = readShareView(d->shareRoot, orgKey, id);
    if (!view)
        return R::failure(view.error());
    d->keepView(view.value());
    if (!view->closes.close)
        return ConsultationRecount {};
    // This seat's own latest answers made before the close: they must be among the counted.
    QStringList own;
    for (const ConsultationAnswer &a : ownAnswers(id)) {
        if (a.answeredAt <= view->closes.close->closedAt
            && !view->consultation.pastDeadline(a.answeredAt))
            own << a.recordHash;
    }
    return recountConsultation(
        view->consultation, view->directory, *view->closes.close, view->files, own);
}

Status ConsultationService::writeReport(
    const QString &id, const QString &path, const QDateTime &now)
{
    const Result<ConsultationStatus> s = status(id, now);
    if (!s)
        return Status::failure(s.error());
    return consultationreport::write(path, s.value(), now);
}

Result<ConsultationStatus> ConsultationService::statusFromShare(const QString &shareRoot,
    const QByteArray &organisationKey, const QString &id, const QDateTime &now)
{
    const Result<ShareView> view = readShareView(shareRoot, organisationKey, id);
    if (!view)
        return Result<ConsultationStatus>::failure(view.error());
    return statusFrom(view.value(), now);
}

Result<ConsultationClose> ConsultationService::closeOnShare(const QString &shareRoot,
    const SigningKey &organisationKey, const QString &id, bool early, const QDateTime &now)
{
    const Result<ShareView> view = readShareView(shareRoot, organisationKey.publicKey(), id);
    if (!view)
        return Result<ConsultationClose>::failure(view.error());
    return closeView(shareRoot, view.value(), organisationKey, early, now);
}

Status ConsultationService::writeReportFromShare(const QString &shareRoot,
    const QByteArray &organisationKey, const QString &id, const QString &path, const QDateTime &now)
{
    const Result<ConsultationStatus> s = statusFromShare(shareRoot, organisationKey, id, now);
    if (!s)
        return Status::failure(s.error());
    return consultationreport::write(path, s.value(), now);
}

} // namespace phonghop
