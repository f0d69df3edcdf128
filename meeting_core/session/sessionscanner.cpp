#include "sessionscanner.h"

#include "meeting_core/share/sharereader.h"
#include "meeting_core/share/sharewriter.h"
#include "meeting_core/trust/signedrecord.h"
#include "meeting_core/util/boundedfile.h"

#include "meeting_core/share/shareformat.h"
#include "meeting_core/sync/organisationtrust.h"
#include "meeting_core/trust/devicekey.h"
#include "meeting_core/voting/pollrecords.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMap>
#include <QSet>
#include <map>

namespace phonghop {

namespace {
// The context of this file's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::SessionScanner)
};

struct ListedFiles {
    QList<SessionFile> rosters;
    QList<SessionFile> records;
};

// What is kept of a file that is not a whole record: enough for the same message every time.
constexpr qsizetype unreadableHead = 1024;

// The signer a record's envelope names, without verifying anything (empty when it names none):
// enough to set aside, cheaply, a record no roster lists. Our writers put "signer" once, in
// this spelling; any other layout is parsed as JSON.
QByteArray peekSigner(const QByteArray &bytes)
{
    static const QByteArray marker = QByteArrayLiteral("\"signer\":\"");
    qsizetype at = bytes.indexOf(marker);
    if (at >= 0 && bytes.indexOf(marker, at + 1) < 0) {
        at += marker.size();
        const qsizetype end = bytes.indexOf('"', at);
        if (end > at && end - at <= 64) {
            const auto key = QByteArray::fromBase64Encoding(
                bytes.mid(at, end - at), QByteArray::AbortOnBase64DecodingErrors);
            if (key && (*key).size() == 32)
                return *key;
        }
    }
    const QJsonObject envelope = QJsonDocument::fromJson(bytes).object();
    const auto key = QByteArray::fromBase64Encoding(
        envelope.value(u"signer").toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    return key && (*key).size() == 32 ? *key : QByteArray();
}
} // namespace

QList<SessionFile> ballotFilesOf(const QList<SessionFile> &files, const QString &pollId)
{
    QList<SessionFile> ballots;
    const QString prefix = QStringLiteral("ballot-") + pollId + u'-';
    for (const SessionFile &f : files)
        if (f.fileName.startsWith(prefix))
            ballots << f;
    return ballots;
}

SessionScanResult SessionScanner::scan(const SessionScanInput &input)
{
    SessionScanResult result;
    const QDateTime scanStarted = QDateTime::currentDateTimeUtc();
    result.seenChainHead = input.seenChain.headHash;
    result.requestedClose = input.closePollId;
    if (input.sharePath != m_sharePath || input.meetingId != m_meetingId) {
        m_firstSeen.clear();
        m_meetingId = input.meetingId;
    }
    if (input.sharePath != m_sharePath) {
        m_known.clear();
        m_foreign.clear();
        m_unreadable.clear();
        m_folders.clear();
        m_knownKeys.clear();
        m_deviceFolders.clear();
        m_shareOrganisationKey.clear();
        m_descriptorSize = -1;
        m_sharePath = input.sharePath;
        m_log = {};
    }
    if (input.meetingId != m_log.meetingId) {
        m_log = {};
        m_log.meetingId = input.meetingId;
    }

    // An empty listing from a vanished share must not read as "nobody has done anything". The
    // same look tells whether the descriptor changed (an upgrade to 2.0): then it is read again.
    const ShareReader reader(input.sharePath);
    const QFileInfo descriptor(QDir(input.sharePath).filePath(shareformat::descriptorFileName));
    // Its time first: one look fills in everything QFileInfo says below (asked first, whether
    // it exists would cost a look of its own).
    const QDateTime descriptorModified = descriptor.lastModified();
    if (!descriptor.exists()) {
        result.shareReachable = false;
        result.rosterStatus = Status::failure(Tr::tr("The shared folder %1 cannot be reached")
                                                  .arg(QDir::toNativeSeparators(input.sharePath)));
        return result;
    }
    if (m_shareOrganisationKey.isEmpty() || descriptor.size() != m_descriptorSize
        || descriptorModified != m_descriptorModified) {
        // The share's own key says only whether this is the demo share; it is never trusted as
        // the organisation's key (docs/trust.md: nothing is pinned silently).
        if (const Result<ShareInfo> info = reader.readInfo()) {
            m_shareOrganisationKey = info->organisationKey;
            m_formatMajor = info->majorVersion;
            m_shareUpgraded = info->upgraded;
            m_descriptorSize = descriptor.size();
            m_descriptorModified = descriptorModified;
        }
    }
    result.shareOrganisationKey = m_shareOrganisationKey;
    // On a 2.0 share a ballot or close goes into the log of the meeting whose poll it cites:
    // this one, when this seat saw the opening here.
    const PollMeeting pollMeeting = [&](const QString &pollOpen) {
        return input.firstSeen.contains(pollOpen) || m_firstSeen.contains(pollOpen)
            ? input.meetingId
            : QString();
    };

    // Deliver first, so this seat's own records are part of what it reads. A name taken on the
    // share never blocks a record (deliverOutboxItem); what stays undelivered is said.
    QHash<qint64, QString> namesNow; // Outbox item → its name on the share after this step
    QSet<qint64> undelivered;
    for (const Outbox::Item &item : input.deliveries) {
        const OutboxDelivery d = deliverOutboxItem(input.sharePath, item, pollMeeting);
        result.deliveries << SessionScanResult::Delivery { item.id, d.fileName, d.delivered,
            d.renamed, false, d.error };
        namesNow.insert(item.id, d.fileName);
        if (d.delivered)
            result.deliveredIds << item.id;
        else
            undelivered.insert(item.id);
    }

    const QString pin = input.organisationPin;
    if (pin.isEmpty()) {
        result.rosterStatus = Status::failure(organisationUnconfirmedMessage());
        return result;
    }

    int readBudget = maxNewReadsPerScan;
    bool tooMany = false;
    // One file of a listed folder: from memory when read before, otherwise read now. Only a
    // record whose signer is a device of the meeting is verified and kept whole (trusted: the
    // organisation's rosters, verified below); anything else is remembered compactly.
    // `path`: where the file is (empty: devices/<device>/<name>); `junkKey`: what a foreign or
    // unreadable file is remembered by (a 2.0 log entry: its page and name, so that junk under a
    // record's name in one page never hides the record in another).
    const auto look = [&](const QString &device, const QString &name, bool trusted,
                          SessionFile &file, bool folderChanged = true,
                          const QString &entryPath = {}, const QString &entryKey = {}) -> Seen {
        const QString key = device + u'/' + name;
        if (const auto known = m_known.constFind(key); known != m_known.constEnd()) {
            file = known.value();
            return Seen::Record;
        }
        const QString junkKey = entryKey.isEmpty() ? key : entryKey;
        if (!trusted && m_foreign.contains(junkKey))
            return Seen::Foreign;
        const QString path = entryPath.isEmpty()
            ? input.sharePath + u'/' + shareformat::devicesFolder + u'/' + key
            : entryPath;
        if (auto broken = m_unreadable.find(junkKey); broken != m_unreadable.end()) {
            // Read again only when it changed. Its size and time are looked at on every scan: a
            // folder's own time can stay the same when a file in it is rewritten within the
            // same instant (a copy finishing), so the folder cannot vouch for it.
            Q_UNUSED(folderChanged);
            const QFileInfo info(path);
            // A log entry was remembered by the bytes read (no look at its time before the read,
            // a round trip per new record): its time is noted at the first look after.
            const bool again = info.size() != broken->size
                || (broken->modified.isValid() && info.lastModified() != broken->modified);
            if (!broken->modified.isValid())
                broken->modified = info.lastModified();
            if (!again) {
                file = SessionFile { device, name, broken->head, {} };
                return Seen::Unreadable;
            }
            m_unreadable.erase(broken);
        }
        if (readBudget <= 0)
            return Seen::Later;
        --readBudget;
        ++result.recordsRead;
        Unreadable broken;
        if (entryPath.isEmpty()) {
            const QFileInfo info(path);
            broken.size = info.size();
            broken.modified = info.lastModified();
        }
        const auto prefetched = m_prefetched.constFind(path);
        const Result<QByteArray> read = prefetched != m_prefetched.constEnd() ? prefetched.value()
            : entryPath.isEmpty()
            ? reader.readDeviceRecord(device, name)
            : boundedfile::read(entryPath, shareformat::deviceRecordLimit(name));
        if (!entryPath.isEmpty())
            broken.size = read ? read.value().size() : QFileInfo(path).size();
        if (!read) {
            broken.message = Tr::tr("This file cannot be read as a record: %1").arg(read.error());
        } else {
            if (!trusted) {
                const QByteArray signer = peekSigner(read.value());
                if (!signer.isEmpty() && !m_knownKeys.contains(signer)) {
                    if (m_foreign.size() < maxForeignRecords)
                        m_foreign.insert(junkKey, signer);
                    return Seen::Foreign;
                }
            }
            Result<SignedRecord> parsed = SignedRecord::fromBytes(read.value());
            if (parsed) {
                file = SessionFile { device, name, read.value(),
                    std::make_shared<const SignedRecord>(std::move(parsed).value()) };
                if (m_known.size() < maxKeptRecords)
                    m_known.insert(key, file);
                else
                    tooMany = true;
                return Seen::Record;
            }
            // A ballot's poll reports it (its ballot box); any other file is said here, once
            // worked out, instead of being parsed again on every scan.
            if (name.startsWith(QStringLiteral("ballot-")))
                broken.head = read.value().left(unreadableHead);
            else
                broken.message = Tr::tr("Unreadable record: %1").arg(parsed.error());
        }
        if (m_unreadable.size() < maxUnreadableFiles)
            m_unreadable.insert(junkKey, broken);
        file = SessionFile { device, name, broken.head, {} };
        return Seen::Unreadable;
    };

    // 1. The rosters, in the organisation key's own folder (docs/session.md): the highest
    // revision signed by the pinned organisation key, among the ones the seat keeps and the
    // ones on the share. A revision kept once is never given up, so a deleted file or an old
    // copy of the folder cannot take the seat back.
    const QString organisationFolder = QString(pin).remove(u'-');
    const QString rosterPrefix = QStringLiteral("roster-") + input.meetingId + u'-';
    // Share format 1.x: every scan reads the device folders. Share format 2.0: they are read
    // once (what was written before the share was upgraded) and remembered; after that only the
    // meeting's session log is read, from the page this seat reached.
    const bool logged = m_formatMajor >= 2;
    const bool legacy = !logged || (m_shareUpgraded && !m_log.legacyRead);
    QStringList folders;
    if (legacy) {
        // The device folders: listed again when devices/ changed, or every few scans.
        const QDateTime devicesModified
            = QFileInfo(input.sharePath + u'/' + shareformat::devicesFolder).lastModified();
        if (m_deviceFolders.isEmpty() || devicesModified != m_devicesModified || m_devicesRacy
            || m_scans % relistEveryScans == 0) {
            m_deviceFolders = reader.deviceIds();
            m_devicesModified = devicesModified;
            // As for a device folder: a folder added in the same tick of the clock as the last
            // change would leave devices/'s time as it was.
            m_devicesRacy = !devicesModified.isValid()
                || devicesModified.secsTo(QDateTime::currentDateTime()) < racyMtimeSecs;
        }
        folders = m_deviceFolders;
    }
    ListedFiles listed;
    QList<LogEntry> logNews;
    if (logged) {
        logNews = listSessionLog(reader, !input.closePollId.isEmpty());
        listed.rosters = m_log.rosters;
        for (const LogEntry &entry : std::as_const(logNews)) {
            SessionFile file;
            if (entry.deviceId == organisationFolder && entry.recordName.startsWith(rosterPrefix)
                && look(entry.deviceId, entry.recordName, true, file, true, entry.path, entry.key)
                    == Seen::Record) {
                listed.rosters << file;
                m_log.rosters << file;
            }
        }
    }
    if (legacy && folders.contains(organisationFolder)) {
        for (const QString &name : reader.deviceRecordNames(organisationFolder)) {
            SessionFile file;
            if (name.startsWith(rosterPrefix)
                && look(organisationFolder, name, true, file) == Seen::Record)
                listed.rosters << file;
        }
    }
    std::map<qint64, KeptRoster> revisions;
    const auto verified = [&](const QByteArray &bytes) -> std::optional<VerifiedRoster> {
        Result<VerifiedRoster> roster = verifyRoster(bytes, pin);
        if (!roster || roster->roster.meetingId != input.meetingId)
            return std::nullopt;
        return std::move(roster).value();
    };
    for (const QByteArray &bytes : input.keptRosters)
        if (std::optional<VerifiedRoster> roster = verified(bytes))
            revisions.try_emplace(roster->roster.revision, KeptRoster { *roster, bytes });
    if (input.roster && input.roster->roster.meetingId == input.meetingId)
        revisions.try_emplace(input.roster->roster.revision, KeptRoster { *input.roster, {} });
    QList<SessionProblem> rosterProblems;
    for (const SessionFile &file : std::as_const(listed.rosters)) {
        std::optional<VerifiedRoster> roster = verified(file.bytes);
        if (!roster)
            continue;
        const auto [at, added]
            = revisions.try_emplace(roster->roster.revision, KeptRoster { *roster, file.bytes });
        if (added)
            result.rostersToKeep << at->second;
        else if (at->second.roster.recordHash != roster->recordHash)
            rosterProblems << SessionProblem { file.deviceFolder, file.fileName,
                Tr::tr("Another roster with revision %1 was verified before; this one is ignored")
                    .arg(roster->roster.revision) };
    }
    if (revisions.empty()) {
        result.rosterStatus = Status::failure(
            Tr::tr("The share holds no roster signed by the organisation for this meeting yet"));
        return result;
    }
    result.roster = revisions.rbegin()->second.roster;
    for (const auto &[revision, kept] : revisions)
        if (revision != result.roster->roster.revision)
            result.earlierRosters << kept.roster;

    // 2. The folders of the devices those revisions list (a device revoked since included, so
    // that what it writes is refused and said), and this seat's own. A key enrolled by a new
    // revision has what it wrote before read now.
    QSet<QByteArray> knownKeys;
    QSet<QString> knownFolders;
    for (const auto &[revision, kept] : revisions)
        for (const RosterParticipant &p : kept.roster.roster.participants)
            for (const RosterDevice &d : p.devices) {
                knownKeys.insert(d.publicKey);
                knownFolders.insert(d.id);
            }
    if (input.key) { // this seat's own records are its own business, enrolled or not
        knownFolders.insert(deviceIdOf(input.key->publicKey()));
        knownKeys.insert(input.key->publicKey());
    }
    if (knownKeys != m_knownKeys) {
        for (auto it = m_foreign.begin(); it != m_foreign.end();)
            it = knownKeys.contains(it.value()) ? m_foreign.erase(it) : std::next(it);
        m_knownKeys = knownKeys;
        m_folders.clear(); // what was foreign may be a device of the meeting now
    }
    struct Junk {
        int count = 0;
        QString first;
    };
    QMap<QString, Junk> foreignIn, unreadableIn; // per folder, beyond the first few listed
    QMap<QString, int> listedJunk;
    ++m_scans;
    const QString ownFolder = input.key ? deviceIdOf(input.key->publicKey()) : QString();
    for (const QString &device : folders) {
        if (!knownFolders.contains(device) && device != organisationFolder) {
            ++result.statistics.foreignFolders;
            continue;
        }
        // A folder whose time has not changed since it was listed is not listed again, except
        // every few scans (mtimes are only a hint), when the chair closes a poll, and for this
        // seat's own folder; what its files were found to be stands, so a flood of junk in a
        // folder costs one look at the folder's time.
        const QDateTime modified
            = QFileInfo(input.sharePath + u'/' + shareformat::devicesFolder + u'/' + device)
                  .lastModified();
        auto cached = m_folders.find(device);
        const bool changed = cached == m_folders.end() || cached->modified != modified;
        const bool listAgain = changed || !cached->complete || cached->racy
            || !input.closePollId.isEmpty() || device == ownFolder
            || (m_scans + qHash(device)) % relistEveryScans == 0;
        if (listAgain) {
            FolderListing listing { modified, {}, 0, {}, {}, true,
                !modified.isValid()
                    || modified.secsTo(QDateTime::currentDateTime()) < racyMtimeSecs };
            for (const QString &name : reader.deviceRecordNames(device)) {
                if (name.startsWith(QStringLiteral("roster-")))
                    continue; // read above, or another meeting's
                SessionFile file;
                switch (look(device, name, false, file, changed)) {
                case Seen::Record:
                    listing.records << file;
                    if (!m_known.contains(device + u'/' + name))
                        listing.complete = false; // not kept (too many): read again next time
                    break;
                case Seen::Foreign:
                    if (listing.foreign++ == 0)
                        listing.firstForeign = name;
                    break;
                case Seen::Unreadable:
                    listing.unreadable << name;
                    break;
                case Seen::Later:
                    listing.complete = false;
                    ++result.statistics.notReadYet;
                    break;
                }
            }
            cached = m_folders.insert(device, listing);
        } else {
            ++result.statistics.foldersNotListed;
        }
        listed.records += cached->records;
        if (cached->foreign > 0) {
            result.statistics.foreignRecords += cached->foreign;
            foreignIn[device] = Junk { cached->foreign, cached->firstForeign };
        }
        QStringList stillBroken;
        for (const QString &name : std::as_const(cached->unreadable)) {
            SessionFile file;
            const Seen seen = listAgain ? Seen::Unreadable : look(device, name, false, file, false);
            if (listAgain)
                file = SessionFile { device, name, m_unreadable.value(device + u'/' + name).head,
                    {} };
            if (seen == Seen::Record) { // whole at last (a copy that was still under way)
                listed.records << file;
                cached->records << file;
                continue;
            }
            if (seen != Seen::Unreadable) {
                cached->complete = false;
                continue;
            }
            stillBroken << name;
            ++result.statistics.unreadableFiles;
            const QString key = device + u'/' + name;
            if (listedJunk[device] < junkListedPerFolder) {
                ++listedJunk[device];
                if (const QString message = m_unreadable.value(key).message; !message.isEmpty())
                    rosterProblems << SessionProblem { device, name, message };
                else
                    listed.records << file; // the fold says what is wrong with it
            } else {
                Junk &junk = unreadableIn[device];
                if (junk.count++ == 0)
                    junk.first = name;
            }
        }
        cached->unreadable = stillBroken;
    }
    if (logged) {
        if (legacy) { // remembered: the folders are not read again on this share
            m_log.legacyRecords = listed.records;
            m_log.legacyRead = result.statistics.notReadYet == 0;
            for (const SessionFile &f : std::as_const(listed.records))
                m_log.recordKeys.insert(f.deviceFolder + u'/' + f.fileName);
        }
        listed.records = m_log.legacyRecords;
        const Look lookInLog
            = [&look](const QString &device, const QString &name, bool trusted, SessionFile &file,
                  bool changed, const QString &path, const QString &key) {
                  return look(device, name, trusted, file, changed, path, key);
              };
        readSessionLog(logNews, organisationFolder, rosterPrefix, lookInLog, listed.records,
            rosterProblems, result.statistics);
    }
    for (auto it = foreignIn.cbegin(); it != foreignIn.cend(); ++it)
        rosterProblems << SessionProblem { it.key(), it->first,
            Tr::tr("%1 record(s) in this folder are signed by keys no roster of the meeting lists; "
                   "they "
                   "are ignored")
                .arg(it->count) };
    for (auto it = unreadableIn.cbegin(); it != unreadableIn.cend(); ++it)
        rosterProblems << SessionProblem { it.key(), it->first,
            Tr::tr(
                "%1 more file(s) in this folder are not records that can be read; they are ignored")
                .arg(it->count) };
    if (result.statistics.notReadYet > 0)
        rosterProblems << SessionProblem { {}, {},
            Tr::tr("%1 file(s) on the shared folder are not read yet; the next look at the share "
                   "goes on")
                .arg(result.statistics.notReadYet) };
    if (tooMany)
        rosterProblems << SessionProblem { {}, {},
            Tr::tr("The shared folder holds more records than this seat keeps (%1); the rest are "
                   "not counted")
                .arg(maxKeptRecords) };

    // This seat's own records must still be on the share as it wrote them. One that is gone
    // (deleted, or its name now holds another file) is delivered again, and said.
    QList<SessionProblem> ownProblems;
    QList<SessionFile> ownBallots;
    QSet<QString> undeliveredBallots;
    {
        QSet<QString>
            meetingOpens; // this meeting's poll openings: its ballots and closes cite them
        for (const SessionFile &f : std::as_const(listed.records))
            if (f.record && f.record->kind() == QLatin1String(PollOpen::recordKind)
                && f.record->payload().value(u"meeting").toString() == input.meetingId)
                meetingOpens.insert(f.record->hash());
        QHash<QString, qsizetype> listedAt; // "<device>/<name>" → index in listed.records
        for (qsizetype i = 0; i < listed.records.size(); ++i)
            listedAt.insert(
                listed.records.at(i).deviceFolder + u'/' + listed.records.at(i).fileName, i);
        for (const OwnRecord &own : input.ownRecords) {
            if (!own.record)
                continue;
            const QJsonObject &payload = own.record->payload();
            const bool ballot = own.record->kind() == QLatin1String(Ballot::recordKind);
            const bool concerns = payload.value(u"meeting").toString() == input.meetingId
                || meetingOpens.contains(payload.value(u"pollOpen").toString());
            Outbox::Item item = own.item;
            item.fileName = namesNow.value(item.id, item.fileName);
            const bool pendingNow = undelivered.contains(item.id)
                || (!item.delivered() && !namesNow.contains(item.id));
            if (ballot)
                ownBallots << SessionFile { item.deviceId, item.fileName, item.bytes, own.record };
            if (pendingNow) {
                if (ballot)
                    undeliveredBallots.insert(own.record->hash());
                continue;
            }
            if (!concerns)
                continue;
            const qsizetype at = listedAt.value(item.deviceId + u'/' + item.fileName, -1);
            if (at >= 0) {
                const SessionFile &there = listed.records.at(at);
                if (there.record && there.record->hash() == own.record->hash())
                    continue; // still there as written
            }
            const OutboxDelivery d = deliverOutboxItem(input.sharePath, item, pollMeeting);
            result.deliveries << SessionScanResult::Delivery { item.id, d.fileName, d.delivered,
                d.fileName != own.item.fileName, true, d.error };
            if (!d.delivered) {
                ownProblems << SessionProblem { item.deviceId, item.fileName,
                    Tr::tr("This seat's record %1 is gone from the shared folder and could not be "
                           "delivered again: %2")
                        .arg(item.fileName, d.error) };
                continue;
            }
            ownProblems << SessionProblem { item.deviceId, d.fileName,
                Tr::tr("This seat's record %1 had disappeared from the shared folder (deleted, or "
                       "replaced by another file); it was delivered again")
                    .arg(item.fileName) };
            SessionFile back { item.deviceId, d.fileName, item.bytes, own.record };
            m_known.insert(back.deviceFolder + u'/' + back.fileName, back);
            listed.records << back;
        }
    }

    result.files = std::move(listed.records);

    SessionContext ctx;
    const RosterParticipant *self
        = input.key ? result.roster->roster.participantForKey(input.key->publicKey()) : nullptr;
    ctx.ownParticipantId = self ? self->id : QString();
    ctx.ownKey = input.key ? &*input.key : nullptr;
    ctx.chairKey = self && self->role == Role::Chair ? &*input.key : nullptr;
    ctx.ownChoices = input.ownChoices;
    ctx.ownBallots = ownBallots;
    ctx.undeliveredBallots = undeliveredBallots;
    ctx.seenChain = input.seenChain;
    // First seen now, unless the arrival log (or this scanner, earlier) already has it.
    ctx.firstSeen = input.firstSeen;
    for (const SessionFile &f : std::as_const(result.files)) {
        if (!f.record || ctx.firstSeen.contains(f.record->hash()))
            continue;
        const QDateTime seen = m_firstSeen.value(f.record->hash(), scanStarted);
        ctx.firstSeen.insert(f.record->hash(), seen);
        result.arrivals.insert(f.record->hash(), seen);
        m_firstSeen.insert(f.record->hash(), seen);
    }
    ctx.earlierRosters = result.earlierRosters;
    result.state = foldSession(*result.roster, result.files, ctx);
    result.state.problems += rosterProblems;
    result.state.problems += ownProblems;

    if (!input.closePollId.isEmpty()) {
        const PollState *poll = result.state.poll(input.closePollId);
        if (!ctx.chairKey) {
            result.closeStatus = Status::failure(Tr::tr("Only the chair may close a poll"));
        } else if (!poll) {
            result.closeStatus = Status::failure(Tr::tr("No such poll"));
        } else if (poll->closed) {
            result.closeStatus = Status::failure(Tr::tr("The poll is already closed"));
        } else {
            // Under the roster the poll was opened with, without the devices revoked since.
            const Roster &pollRoster = poll->roster.roster;
            const QDateTime now = QDateTime::currentDateTimeUtc();
            const ProxyGrants proxies = result.state.proxyGrants();
            const BallotCollection ballots = collectBallots(poll->open, pollRoster,
                ballotFilesOf(result.files, poll->open.poll.id), now, ctx.chairKey,
                revokedDevicesOf(pollRoster, result.roster->roster), proxies);
            QStringList present;
            for (const AttendanceEntry &e : std::as_const(result.state.attendance))
                if (e.status == AttendanceStatus::Present)
                    present << e.participantId;
            const Result<ClosedPoll> closed
                = closePoll(poll->open, pollRoster, present, ballots, now, *ctx.chairKey, proxies);
            if (closed) {
                result.closeRecord = closed->record;
                result.closedPollId = poll->open.poll.id;
                result.closedAt = now;
                result.closePassed = closed->tally.passed;
            } else {
                result.closeStatus = Status::failure(closed.error());
            }
        }
    }
    return result;
}

} // namespace phonghop
