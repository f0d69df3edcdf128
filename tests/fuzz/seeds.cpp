// Long because every fuzz target's seeds are written here, a short block each, so that one
// program writes the whole corpus from the project's own writers.
// Writes the fuzz targets' seed corpus from the project's own writers (docs/fuzzing.md):
//   phonghop_fuzz_seeds OUTPUT_FOLDER      (tests/fuzz/corpus, committed)
// The demo share gives the descriptor, manifests, rosters, the people directory and
// enrolment requests; the fuzzing meeting of fuzzsupport.h gives a live session (check-ins,
// requests to speak, the floor, named and secret polls with their ballots and closes,
// decisions, conclusions, signed minutes); drafts, poll files and people lists come from
// their writers or, for CSV, from the people of the fuzzing meeting in every encoding read.
#include "fuzzsupport.h"

#include "meeting_core/annotations/documentcomments.h"
#include "meeting_core/demo/demoshare.h"
#include "meeting_core/org/directorystore.h"
#include "meeting_core/org/enrolment.h"
#include "meeting_core/org/peopledirectory.h"
#include "meeting_core/publish/draftmeeting.h"
#include "meeting_core/publish/draftstore.h"
#include "meeting_core/publish/textencoding.h"
#include "meeting_core/session/sessionrecords.h"
#include "meeting_core/share/manifestcodec.h"
#include "meeting_core/share/shareformat.h"
#include "meeting_core/share/sharewriter.h"
#include "meeting_core/trust/decisionchain.h"
#include "meeting_core/trust/devicekey.h"
#include "meeting_core/voting/ballotbox.h"
#include "meeting_core/voting/pollrecords.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <cstdio>
#include <map>

using namespace phonghop;

namespace {

QString output;
std::map<QString, int> written;

void seed(const QString &target, const QString &name, const QByteArray &bytes)
{
    const QString folder = output + u'/' + target;
    QDir().mkpath(folder);
    QFile file(folder + u'/' + name);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(bytes) != bytes.size()) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(file.fileName()));
        std::exit(1);
    }
    ++written[target];
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
        std::exit(1);
    }
    return file.readAll();
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

const QDateTime t0 = QDateTime(QDate(2026, 11, 27), QTime(8, 0), Qt::UTC);

// --- The demo share: descriptor, manifests, rosters, directory, requests, every envelope.
void seedsFromDemoShare()
{
    QTemporaryDir dir;
    const QString root = dir.path() + QStringLiteral("/share");
    if (!demoshare::write(root, QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC))) {
        std::fprintf(stderr, "the demo share could not be written\n");
        std::exit(1);
    }
    seed(QStringLiteral("share_descriptor"), QStringLiteral("demo.json"),
        readAll(root + u'/' + shareformat::descriptorFileName));

    QDirIterator manifests(root + QStringLiteral("/meetings"),
        { QStringLiteral("*.manifest.json") }, QDir::Files, QDirIterator::Subdirectories);
    while (manifests.hasNext()) {
        const QString path = manifests.next();
        const QString meeting = QFileInfo(QFileInfo(path).path()).fileName();
        const QByteArray bytes = readAll(path);
        seed(QStringLiteral("manifest"),
            QStringLiteral("demo-%1-%2").arg(meeting, QFileInfo(path).fileName()), bytes);
        // The same meeting as a draft, as the secretary would edit it again.
        const Result<Meeting> meeting_ = decodeManifest(bytes);
        if (meeting_) {
            const DraftMeeting d = draft::fromMeeting(meeting_.value(), [](const DocumentRef &ref) {
                return QStringLiteral("/tmp/tai-lieu/") + ref.fileName;
            });
            seed(QStringLiteral("meeting_draft"), QStringLiteral("demo-%1.json").arg(meeting),
                QJsonDocument(draft::toJson(d, QStringLiteral("/tmp"))).toJson());
        }
    }

    QDirIterator records(
        root, { QStringLiteral("*.json") }, QDir::Files, QDirIterator::Subdirectories);
    int n = 0;
    while (records.hasNext()) {
        const QString path = records.next();
        if (!path.contains(QStringLiteral("/devices/"))
            && !path.contains(QStringLiteral("/people/")))
            continue;
        const QByteArray bytes = readAll(path);
        const Result<SignedRecord> record = SignedRecord::fromBytes(bytes);
        if (!record)
            continue;
        const QString name = QStringLiteral("demo-%1-%2").arg(record->kind()).arg(++n);
        seed(QStringLiteral("signed_record"), name, bytes);
        if (record->kind() == QLatin1String(Roster::recordKind)) {
            seed(QStringLiteral("roster"), name, record->payloadBytes());
        } else if (record->kind() == QLatin1String(PeopleDirectory::recordKind)) {
            QJsonObject payload = record->payload();
            payload.insert(QStringLiteral("revision"), 1); // the target reads revision 1
            seed(QStringLiteral("people_directory"), name, compact(payload));
        } else if (record->kind() == QLatin1String(EnrolmentRequest::recordKind)) {
            QJsonObject payload = record->payload();
            payload.insert(QStringLiteral("device"), deviceIdOf(fuzz::keyOf('1').publicKey()));
            seed(QStringLiteral("enrolment_request"), name, compact(payload));
        }
    }
}

// --- The fuzzing meeting's roster, directory and requests.
void seedsOfTheOrganisation()
{
    const SigningKey &organisation = fuzz::keyOf(fuzz::who::organisation);
    seed(QStringLiteral("roster"), QStringLiteral("fuzz-meeting"),
        signRoster(fuzz::roster(), organisation).payloadBytes());
    Roster second = fuzz::roster();
    second.revision = 2;
    second.participants.removeLast();
    seed(QStringLiteral("roster"), QStringLiteral("fuzz-meeting-revision-2"),
        signRoster(second, organisation).payloadBytes());
    seed(QStringLiteral("signed_record"), QStringLiteral("fuzz-roster"),
        signRoster(fuzz::roster(), organisation).toBytes());

    QTemporaryDir dir;
    ShareWriter writer(dir.path());
    if (!writer.initialise(QStringLiteral("UBND xã Sơn Hà"), organisation)) {
        std::fprintf(stderr, "the share could not be initialised\n");
        std::exit(1);
    }
    const QByteArray descriptor = readAll(dir.path() + u'/' + shareformat::descriptorFileName);
    seed(QStringLiteral("share_descriptor"), QStringLiteral("fuzz.json"), descriptor);
    QByteArray newer = descriptor;
    newer.replace(shareformat::versionText(shareformat::legacyMajorVersion).toUtf8(), "3.0");
    seed(QStringLiteral("share_descriptor"), QStringLiteral("newer-format.json"), newer);
    QByteArray minor = descriptor;
    minor.replace(shareformat::versionText(shareformat::legacyMajorVersion).toUtf8(), "1.9");
    seed(QStringLiteral("share_descriptor"), QStringLiteral("newer-minor.json"), minor);

    // A directory with the meeting's people, one device enrolled, one revoked, one retired.
    PeopleDirectory directory;
    directory.revision = 1;
    directory.issuedAt = t0;
    for (const RosterParticipant &p : fuzz::roster().participants) {
        DirectoryPerson person;
        person.id = p.id;
        person.fullName = p.name;
        person.position = p.title;
        person.unit = QStringLiteral("Văn phòng HĐND và UBND");
        person.defaultRole = p.role;
        person.weight = p.weight;
        for (const RosterDevice &d : p.devices)
            person.devices << DirectoryDevice { d.id, d.publicKey, d.label, t0, {},
                QStringLiteral("ab") };
        directory.people << person;
    }
    directory.people[2].retired = true;
    directory.people[3].devices[0].revokedAt = t0.addDays(1);
    directory.answeredRequests << QString(64, u'a');
    const SignedRecord signedDirectory = SignedRecord::create(
        QLatin1StringView(PeopleDirectory::recordKind), directory.toJson(), organisation);
    seed(QStringLiteral("people_directory"), QStringLiteral("fuzz-directory"),
        signedDirectory.payloadBytes());
    seed(QStringLiteral("signed_record"), QStringLiteral("fuzz-directory"),
        signedDirectory.toBytes());

    const SignedRecord request = makeEnrolmentRequest(fuzz::participantIdOf('1'),
        QStringLiteral("Máy tính bảng phòng họp 2"), fuzz::keyOf('1'), t0);
    seed(QStringLiteral("enrolment_request"), QStringLiteral("fuzz-request"),
        request.payloadBytes());
    seed(QStringLiteral("signed_record"), QStringLiteral("fuzz-request"), request.toBytes());
    const SignedRecord unknown = makeEnrolmentRequest(
        QStringLiteral("nguoi-la"), QStringLiteral("Điện thoại"), fuzz::keyOf('1'), t0);
    seed(QStringLiteral("enrolment_request"), QStringLiteral("fuzz-request-unknown-person"),
        unknown.payloadBytes());
    const SignedRecord retired = makeEnrolmentRequest(fuzz::participantIdOf(fuzz::who::guest),
        QStringLiteral("Điện thoại"), fuzz::keyOf('1'), t0);
    seed(QStringLiteral("enrolment_request"), QStringLiteral("fuzz-request-other-person"),
        retired.payloadBytes());

    // A document comment as submitDocumentComment signs it.
    const QJsonObject comment { { QStringLiteral("meetingId"), fuzz::meetingId() },
        { QStringLiteral("documentId"), QStringLiteral("tt-12") },
        { QStringLiteral("documentVersion"), 2 }, { QStringLiteral("page"), 3 },
        { QStringLiteral("quote"), QStringLiteral("kế hoạch đầu tư công") },
        { QStringLiteral("text"), QStringLiteral("Đề nghị bổ sung nguồn vốn, \"rõ\" hơn") },
        { QStringLiteral("authorName"), QStringLiteral("Phạm Thị Dung") },
        { QStringLiteral("participantId"), fuzz::participantIdOf('1') },
        { QStringLiteral("createdAt"), toIsoUtc(t0) } };
    const SignedRecord commentRecord = SignedRecord::create(
        QLatin1StringView(DocumentComment::recordKind), comment, fuzz::keyOf('1'));
    seed(QStringLiteral("document_comment"), QStringLiteral("comment"),
        commentRecord.payloadBytes());
    seed(QStringLiteral("signed_record"), QStringLiteral("fuzz-comment"), commentRecord.toBytes());
    QJsonObject other = comment;
    other.insert(QStringLiteral("documentId"), QStringLiteral("bc-3"));
    other.remove(QStringLiteral("page"));
    seed(QStringLiteral("document_comment"), QStringLiteral("comment-other-document"),
        compact(other));
}

// --- A live session of the fuzzing meeting, as session_records reads it.
struct SessionInput {
    QList<QByteArray> parts;
    void add(char who, const SignedRecord &record, const QString &fileName = {})
    {
        QByteArray header(1, who);
        if (!fileName.isEmpty())
            header += ' ' + fileName.toUtf8();
        parts << header + '\n' + record.kind().toUtf8() + '\n' + record.payloadBytes();
        seed(QStringLiteral("signed_record"),
            QStringLiteral("session-%1-%2").arg(record.kind(), record.hash().left(12)),
            record.toBytes());
    }
    void raw(char who, const QByteArray &bytes, const QString &fileName)
    {
        parts << QByteArray(1, who) + "! " + fileName.toUtf8() + '\n' + bytes;
    }
    QByteArray bytes() const { return fuzz::joinParts(parts); }
};

SignedRecord sessionRecord(char who, const QString &kind, int minutes, const QJsonObject &fields)
{
    return makeSessionRecord(
        kind, fuzz::meetingId(), t0.addSecs(60 * minutes), fields, fuzz::keyOf(who));
}

PollDefinition approvalPoll(const QString &id, bool secret)
{
    PollDefinition poll;
    poll.id = id;
    poll.title = QStringLiteral("Thông qua Tờ trình số 12/TTr-UBND về kế hoạch đầu tư công");
    poll.kind = PollKind::Approval;
    poll.options = PollDefinition::defaultOptions(PollKind::Approval);
    poll.secret = secret;
    poll.rule = *VotingRule::fromPreset(QStringLiteral("uy-ban-nhan-dan"));
    return poll;
}

PollDefinition electionPoll()
{
    PollDefinition poll;
    poll.id = QStringLiteral("bau-1");
    poll.title = QStringLiteral("Bầu Ủy viên thường trực");
    poll.kind = PollKind::Choice;
    for (const char *name : { "Phạm Thị Dung", "Hoàng Văn Em", "Đỗ Thị Giang" })
        poll.options << PollOption { QString::fromUtf8(name), OptionMeaning::Candidate };
    poll.minChoices = 1;
    poll.maxChoices = 2;
    poll.rule = *VotingRule::fromPreset(QStringLiteral("da-so-phieu"));
    return poll;
}

struct PollRun {
    PollOpen open;
    QList<BallotFile> files;
    QString closeHash;
};

PollRun runPoll(SessionInput &input, const PollDefinition &poll, int minute,
    const QList<QPair<char, QList<int>>> &votes, bool close)
{
    const VerifiedRoster &roster = fuzz::verifiedRoster();
    const SigningKey &chair = fuzz::keyOf(fuzz::who::chair);
    const SignedRecord openRecord
        = makePollOpen(fuzz::meetingId(), poll, roster.recordHash, t0.addSecs(60 * minute), chair);
    input.add(fuzz::who::chair, openRecord);
    PollRun run { pollOpenFrom(openRecord), {} };
    qint64 sequence = 0;
    for (const auto &[who, choices] : votes) {
        ++sequence;
        const Result<SignedRecord> ballot
            = makeBallot(run.open, roster.roster, fuzz::participantIdOf(who), fuzz::keyOf(who),
                sequence, choices, t0.addSecs(60 * minute + 30 * int(sequence)));
        if (!ballot) {
            std::fprintf(stderr, "a seed ballot was refused: %s\n", qPrintable(ballot.error()));
            std::exit(1);
        }
        const QString name = ballotFileName(run.open, sequence);
        input.add(who, ballot.value(), name);
        run.files << BallotFile { deviceIdOf(fuzz::keyOf(who).publicKey()), name, ballot->toBytes(),
            nullptr };
    }
    if (close) {
        const QDateTime closedAt = t0.addSecs(60 * (minute + 5));
        const BallotCollection ballots
            = collectBallots(run.open, roster.roster, run.files, closedAt, &chair);
        const Result<ClosedPoll> closed = closePoll(run.open, roster.roster,
            { fuzz::participantIdOf('1'), fuzz::participantIdOf('2'), fuzz::participantIdOf('3') },
            ballots, closedAt, chair);
        if (!closed) {
            std::fprintf(
                stderr, "a seed poll could not be closed: %s\n", qPrintable(closed.error()));
            std::exit(1);
        }
        input.add(fuzz::who::chair, closed->record);
        run.closeHash = closed->record.hash();
    }
    return run;
}

void seedsOfTheSession()
{
    using namespace sessionkinds;
    // Attendance, the agenda, the floor, the presenter.
    SessionInput attendance;
    attendance.add('1',
        sessionRecord(
            '1', checkIn, 1, { { QStringLiteral("participant"), fuzz::participantIdOf('1') } }));
    attendance.add('2',
        sessionRecord(
            '2', checkIn, 2, { { QStringLiteral("participant"), fuzz::participantIdOf('2') } }));
    attendance.add(fuzz::who::secretary,
        sessionRecord(fuzz::who::secretary, absence, 3,
            { { QStringLiteral("participant"), fuzz::participantIdOf('3') },
                { QStringLiteral("reason"), QStringLiteral("Đi công tác") } }));
    attendance.add(fuzz::who::chair,
        sessionRecord(fuzz::who::chair, checkIn, 4,
            { { QStringLiteral("participant"), fuzz::participantIdOf(fuzz::who::chair) } }));
    attendance.add('3',
        sessionRecord('3', proxy, 5,
            { { QStringLiteral("participant"), fuzz::participantIdOf('3') },
                { QStringLiteral("to"), fuzz::participantIdOf('1') },
                { QStringLiteral("reason"), QStringLiteral("Ốm") } }));
    attendance.add(fuzz::who::chair,
        sessionRecord(
            fuzz::who::chair, agendaItem, 6, { { QStringLiteral("item"), QStringLiteral("1") } }));
    const SignedRecord request = sessionRecord('1', speakRequest, 7,
        { { QStringLiteral("item"), QStringLiteral("1") },
            { QStringLiteral("type"), QStringLiteral("question") } });
    attendance.add('1', request);
    attendance.add('2',
        sessionRecord('2', speakRequest, 8,
            { { QStringLiteral("item"), QStringLiteral("1") },
                { QStringLiteral("type"), QStringLiteral("speak") } }));
    for (const auto &[action, minute] : std::initializer_list<std::pair<const char *, int>> {
             { "call", 9 }, { "start", 10 }, { "stop", 12 } })
        attendance.add(fuzz::who::chair,
            sessionRecord(fuzz::who::chair, sessionkinds::floor, minute,
                { { QStringLiteral("action"), QLatin1String(action) },
                    { QStringLiteral("request"), request.hash() } }));
    attendance.add(fuzz::who::chair,
        sessionRecord(fuzz::who::chair, presenter, 13,
            { { QStringLiteral("document"), QString(64, u'c') }, { QStringLiteral("page"), 4 } }));
    seed(QStringLiteral("session_records"), QStringLiteral("attendance-and-floor"),
        attendance.bytes());

    // A named poll left open (the target closes it), and one closed with its decision.
    SessionInput open;
    runPoll(open, approvalPoll(QStringLiteral("bq-1"), false), 20,
        { { '1', { 0 } }, { '2', { 1 } }, { '3', { 2 } }, { '1', { 1 } } }, false);
    seed(QStringLiteral("session_records"), QStringLiteral("named-poll-open"), open.bytes());

    SessionInput decided;
    decided.add('1',
        sessionRecord(
            '1', checkIn, 1, { { QStringLiteral("participant"), fuzz::participantIdOf('1') } }));
    const QString closeHash = runPoll(decided, approvalPoll(QStringLiteral("bq-1"), false), 20,
        { { '1', { 0 } }, { '2', { 0 } }, { fuzz::who::chair, { 1 } } }, true)
                                  .closeHash;
    const SignedRecord draftRecord = sessionRecord(fuzz::who::secretary, conclusionDraft, 30,
        { { QStringLiteral("item"), QStringLiteral("1") },
            { QStringLiteral("conclusion"), QStringLiteral("Thông qua Tờ trình số 12") },
            { QStringLiteral("polls"), QJsonArray { QStringLiteral("bq-1") } } });
    decided.add(fuzz::who::secretary, draftRecord);
    DecisionRecord decision;
    decision.meetingId = fuzz::meetingId();
    decision.agendaItemId = QStringLiteral("1");
    decision.conclusion = QStringLiteral("Thông qua Tờ trình số 12/TTr-UBND");
    decision.pollCloseHashes << closeHash;
    decision.recordedAt = t0.addSecs(60 * 31);
    decision.draftHash = draftRecord.hash();
    const SignedRecord first = appendDecision(nullptr, decision, fuzz::keyOf(fuzz::who::chair));
    decided.add(fuzz::who::chair, first);
    DecisionRecord next = decision;
    next.agendaItemId = QStringLiteral("2");
    next.conclusion = QStringLiteral("Giao Văn phòng hoàn thiện hồ sơ");
    next.pollCloseHashes.clear();
    next.draftHash.clear();
    next.recordedAt = t0.addSecs(60 * 40);
    decided.add(fuzz::who::chair, appendDecision(&first, next, fuzz::keyOf(fuzz::who::chair)));
    decided.add(fuzz::who::chair,
        sessionRecord(fuzz::who::chair, minutesSigned, 50,
            { { QStringLiteral("sha256"), QString(64, u'd') } }));
    seed(QStringLiteral("session_records"), QStringLiteral("named-poll-decided"), decided.bytes());

    // A secret poll, open and closed; an election.
    SessionInput secret;
    runPoll(secret, approvalPoll(QStringLiteral("bq-2"), true), 20,
        { { '1', { 0 } }, { '2', { 1 } }, { '3', { 0 } } }, false);
    seed(QStringLiteral("session_records"), QStringLiteral("secret-poll-open"), secret.bytes());
    SessionInput secretClosed;
    runPoll(secretClosed, approvalPoll(QStringLiteral("bq-2"), true), 20,
        { { '1', { 0 } }, { '2', { 2 } } }, true);
    seed(QStringLiteral("session_records"), QStringLiteral("secret-poll-closed"),
        secretClosed.bytes());
    SessionInput election;
    runPoll(election, electionPoll(), 20, { { '1', { 0, 2 } }, { '2', { 1 } }, { '3', { 2, 0 } } },
        true);
    seed(QStringLiteral("session_records"), QStringLiteral("election-closed"), election.bytes());

    // Hostile files: a ballot in another seat's folder, a stranger's record, garbage.
    SessionInput hostile;
    const PollRun run = runPoll(
        hostile, approvalPoll(QStringLiteral("bq-3"), false), 20, { { '1', { 0 } } }, false);
    hostile.raw('2', run.files.first().bytes, ballotFileName(run.open, 2));
    hostile.add(fuzz::who::stranger,
        sessionRecord(fuzz::who::stranger, checkIn, 2,
            { { QStringLiteral("participant"), fuzz::participantIdOf('2') } }));
    hostile.add(fuzz::who::guest,
        sessionRecord(fuzz::who::guest, sessionkinds::floor, 3,
            { { QStringLiteral("action"), QStringLiteral("call") } }));
    hostile.raw('3', QByteArrayLiteral("{\"format\":1,\"kind\":\"ballot\",\"payload\":\"e30=\""),
        QStringLiteral("ballot-bq-3-x-000001.json"));
    seed(QStringLiteral("session_records"), QStringLiteral("hostile"), hostile.bytes());
}

// --- Files people bring: MEETING.json, drafts, poll files, people lists.
DraftMeeting sampleDraft()
{
    DraftMeeting d;
    d.id = QStringLiteral("ubnd-xa-2026-12");
    d.basedOnRevision = 0;
    d.title = QStringLiteral("Phiên họp thường kỳ tháng 12/2026");
    d.meetingType = QStringLiteral("phien-hop-thuong-ky");
    d.organisation = QStringLiteral("Ủy ban nhân dân xã Sơn Hà");
    d.hostUnit = QStringLiteral("Văn phòng HĐND và UBND");
    d.location = QStringLiteral("Phòng họp tầng 2");
    d.start = QDateTime(QDate(2026, 12, 4), QTime(8, 0), Qt::OffsetFromUTC, 7 * 3600);
    d.end = d.start.addSecs(3 * 3600);
    d.chairName = QStringLiteral("Nguyễn Văn An");
    d.notes = QStringLiteral("Đại biểu mang theo tài liệu đã gửi trước.");
    for (const RosterParticipant &p : fuzz::roster().participants)
        d.participants << DraftParticipant { p.id, p.name, p.title, p.role, double(p.weight),
            QString::fromLatin1(p.devices.first().publicKey.toBase64()) };
    d.participants << DraftParticipant { {}, QStringLiteral("Vũ Văn Mới"), {}, std::nullopt, 1.5,
        {} };
    d.agenda << DraftAgendaItem { QStringLiteral("1"), {}, QStringLiteral("Kinh tế - xã hội"),
        QStringLiteral("Phó Chủ tịch"), 60 }
             << DraftAgendaItem { QStringLiteral("1a"), QStringLiteral("1"),
                    QStringLiteral("Đầu tư công"), {}, 30 }
             << DraftAgendaItem { QStringLiteral("1a-i"), QStringLiteral("1a"),
                    QStringLiteral("Giao thông"), {}, 10 }
             << DraftAgendaItem { QStringLiteral("2"), {}, QStringLiteral("Các vấn đề khác"), {},
                    0 };
    DraftDocument report;
    report.id = QStringLiteral("tt-12");
    report.agendaItemId = QStringLiteral("1a");
    report.title = QStringLiteral("Tờ trình số 12/TTr-UBND");
    report.kind = QStringLiteral("to-trinh");
    report.issuingBody = QStringLiteral("Sở Tài chính");
    report.filePath = QStringLiteral("/tmp/tai-lieu/to-trinh-12.pdf");
    report.fileName = QStringLiteral("to-trinh-12.pdf");
    report.version = 2;
    report.publishedSha256 = QString(64, u'e');
    DraftDocument secret = report;
    secret.id = QStringLiteral("bc-mat");
    secret.title = QStringLiteral("Báo cáo (Mật)");
    secret.confidential = true;
    secret.recipientIds << fuzz::participantIdOf(fuzz::who::chair) << fuzz::participantIdOf('1');
    secret.filePath = QStringLiteral("/tmp/tai-lieu/bao-cao.pdf");
    d.documents << report << secret;
    return d;
}

void seedsOfUserFiles()
{
    const DraftMeeting d = sampleDraft();
    seed(QStringLiteral("meeting_draft"), QStringLiteral("sample.json"),
        QJsonDocument(draft::toJson(d, QStringLiteral("/tmp"))).toJson());
    DraftMeeting automation = d;
    automation.basedOnRevision.reset();
    automation.documents.clear();
    seed(QStringLiteral("meeting_draft"), QStringLiteral("no-documents.json"),
        QJsonDocument(draft::toJson(automation)).toJson());
    // Participants by id only, as docs/publish-format.md allows.
    QJsonObject byId = draft::toJson(automation);
    QJsonArray ids;
    for (const RosterParticipant &p : fuzz::roster().participants)
        ids << QJsonObject { { QStringLiteral("id"), p.id },
            { QStringLiteral("role"), roleKey(p.role) },
            { QStringLiteral("voteWeight"), double(p.weight) } };
    byId.insert(QStringLiteral("participants"), ids);
    seed(QStringLiteral("meeting_draft"), QStringLiteral("participants-by-id.json"),
        QJsonDocument(byId).toJson());

    QTemporaryDir dir;
    DraftStore store(dir.path());
    for (const DraftMeeting &draft : { d, automation, DraftMeeting {} }) {
        const Result<QString> key = store.save(draft);
        if (key)
            seed(QStringLiteral("draft_store"), key.value() + QStringLiteral(".json"),
                readAll(dir.path() + QStringLiteral("/drafts/") + key.value()
                    + QStringLiteral(".json")));
    }

    // POLL.json: the example of docs/poll-format.md's shape, for every kind of poll.
    const auto pollFile = [](const PollDefinition &poll, const QJsonValue &rule,
                              const QJsonArray &ballots) {
        QJsonArray members;
        for (const RosterParticipant &p : fuzz::roster().participants)
            members << QJsonObject { { QStringLiteral("id"), p.id },
                { QStringLiteral("name"), p.name }, { QStringLiteral("weight"), double(p.weight) },
                { QStringLiteral("present"), p.role != Role::Guest } };
        QJsonObject root { { QStringLiteral("format"), 1 },
            { QStringLiteral("poll"), poll.toJson() },
            { QStringLiteral("chair"), fuzz::participantIdOf(fuzz::who::chair) },
            { QStringLiteral("members"), members }, { QStringLiteral("ballots"), ballots } };
        if (!rule.isUndefined())
            root.insert(QStringLiteral("rule"), rule);
        return QJsonDocument(root).toJson();
    };
    const auto ballot = [](char who, const QJsonValue &choices) {
        return QJsonObject { { QStringLiteral("voter"), fuzz::participantIdOf(who) },
            { QStringLiteral("choices"), choices } };
    };
    seed(QStringLiteral("poll_file"), QStringLiteral("approval.json"),
        pollFile(approvalPoll(QStringLiteral("bq-1"), false),
            QJsonObject { { QStringLiteral("preset"), QStringLiteral("uy-ban-nhan-dan") } },
            QJsonArray { ballot('1', QJsonArray { QStringLiteral("Tán thành") }),
                ballot('2', QJsonArray { 1 }), ballot(fuzz::who::chair, QJsonArray { 0 }),
                ballot('3', QJsonArray { 0, 0 }), ballot(fuzz::who::guest, QJsonArray { 0 }) }));
    PollDefinition yesNo = approvalPoll(QStringLiteral("bq-2"), true);
    yesNo.kind = PollKind::YesNo;
    yesNo.options = PollDefinition::defaultOptions(PollKind::YesNo);
    seed(QStringLiteral("poll_file"), QStringLiteral("yes-no.json"),
        pollFile(yesNo, QStringLiteral("hdnd"),
            QJsonArray { QJsonObject { { QStringLiteral("voter"), fuzz::participantIdOf('1') },
                             { QStringLiteral("choice"), QStringLiteral("Có") } },
                ballot('2', QJsonArray { 1 }) }));
    seed(QStringLiteral("poll_file"), QStringLiteral("election.json"),
        pollFile(electionPoll(),
            QJsonObject { { QStringLiteral("base"), QStringLiteral("present") },
                { QStringLiteral("threshold"), QStringLiteral("two-thirds") },
                { QStringLiteral("quorum"), QStringLiteral("more-than-half") },
                { QStringLiteral("tieBreak"), QStringLiteral("chair") } },
            QJsonArray { ballot('1', QJsonArray { 0, 2 }), ballot('2', QJsonArray { 1 }),
                ballot('3', QJsonArray { 0, 1, 2 }) }));

    // People lists in every encoding read: UTF-8 with and without a BOM, UTF-16 LE and BE with
    // a BOM, Windows-1258 (base letters and combining tones, as Excel writes it); with a
    // header, without one, with semicolons and tabs.
    QString withHeader = QStringLiteral("Mã,Họ và tên,Chức vụ,Đơn vị,Vai trò,Trọng số\r\n");
    QString bare;
    for (const RosterParticipant &p : fuzz::roster().participants) {
        withHeader += QStringLiteral("%1,\"%2\",\"%3, xã Sơn Hà\",Văn phòng,%4,%5\r\n")
                          .arg(p.id, p.name, p.title, roleDisplayName(p.role))
                          .arg(p.weight);
        bare += QStringLiteral("%1;%2;%3;%4\n").arg(p.name, p.title, roleKey(p.role)).arg(p.weight);
    }
    QString tabs = QString(withHeader).replace(u',', u'\t');
    const auto encoded = [](const QString &text, QStringConverter::Encoding encoding, bool bom) {
        QStringEncoder encoder(
            encoding, bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
        return QByteArray(encoder(text));
    };
    seed(QStringLiteral("people_csv"), QStringLiteral("utf8-header.csv"), withHeader.toUtf8());
    seed(QStringLiteral("people_csv"), QStringLiteral("utf8-bom-header.csv"),
        encoded(withHeader, QStringConverter::Utf8, true));
    seed(QStringLiteral("people_csv"), QStringLiteral("utf16le-bom.csv"),
        encoded(withHeader, QStringConverter::Utf16LE, true));
    seed(QStringLiteral("people_csv"), QStringLiteral("utf16be-bom.csv"),
        encoded(bare, QStringConverter::Utf16BE, true));
    seed(QStringLiteral("people_csv"), QStringLiteral("utf8-no-header-semicolons.csv"),
        bare.toUtf8());
    seed(QStringLiteral("people_csv"), QStringLiteral("utf8-tabs.csv"), tabs.toUtf8());

    // Windows-1258: each byte's character from our own table, the text decomposed and each
    // letter written as the longest run of its characters that one byte stands for.
    QHash<QString, char> byteOf;
    for (int b = 0x80; b < 0x100; ++b) {
        const QString c = textencoding::decodeWindows1258(QByteArray(1, char(b)));
        if (c != QStringLiteral("\uFFFD"))
            byteOf.insert(c, char(b));
    }
    const auto windows1258 = [&byteOf](const QString &text) {
        const QString decomposed = text.normalized(QString::NormalizationForm_D);
        QByteArray bytes;
        for (qsizetype i = 0; i < decomposed.size(); ++i) {
            const QChar c = decomposed.at(i);
            if (c.unicode() < 0x80) {
                if (i + 1 < decomposed.size()) {
                    const QString pair
                        = QString(decomposed.mid(i, 2)).normalized(QString::NormalizationForm_C);
                    if (pair.size() == 1 && byteOf.contains(pair)) {
                        bytes += byteOf.value(pair);
                        ++i;
                        continue;
                    }
                }
                bytes += char(c.unicode());
            } else {
                const QString one(c);
                bytes += byteOf.value(one.normalized(QString::NormalizationForm_C), '?');
            }
        }
        return bytes;
    };
    seed(QStringLiteral("people_csv"), QStringLiteral("windows-1258-header.csv"),
        windows1258(withHeader));
    seed(QStringLiteral("people_csv"), QStringLiteral("windows-1258-no-header.csv"),
        windows1258(bare));
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv); // the demo share draws its documents
    if (argc != 2) {
        std::fprintf(stderr, "Usage: phonghop_fuzz_seeds OUTPUT_FOLDER (tests/fuzz/corpus)\n");
        return 2;
    }
    output = QString::fromLocal8Bit(argv[1]);
    seedsFromDemoShare();
    seedsOfTheOrganisation();
    seedsOfTheSession();
    seedsOfUserFiles();
    for (const auto &[target, count] : written)
        std::printf("%-20s %d seeds\n", qPrintable(target), count);
    return 0;
}
