// Share format 2.0: how a seat reads its meeting's session log (docs/share-format.md, "The
// session log"). A scan with nothing new looks at the share three times whatever the room and
// the share's history: the descriptor, whether the next page exists, and a listing of the
// current page.
#include "sessionscanner.h"

#include "meeting_core/share/shareformat.h"
#include "meeting_core/share/sharereader.h"

#include "meeting_core/util/boundedfile.h"

#include <QCoreApplication>
#include <QMap>
#include <atomic>
#include <optional>
#include <thread>
#include <vector>

namespace phonghop {

namespace {
// The context of this file's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::SessionScanner)
};
} // namespace

QList<SessionScanner::LogEntry> SessionScanner::listSessionLog(
    const ShareReader &reader, bool everyPage)
{
    const QString &meeting = m_log.meetingId;
    ++m_log.scans;
    QList<int> pages;
    if (everyPage || m_log.page == 0 || m_log.scans % logRelistEveryScans == 0) {
        pages = reader.sessionPages(meeting);
        m_log.page = pages.isEmpty() ? 0 : pages.last();
    } else {
        // The next page is looked for before the current one is listed: a writer that put an
        // entry into this page after that listing saw the next page, and put it there too.
        int page = m_log.page;
        bool next = reader.sessionPageExists(meeting, page + 1);
        pages << page;
        while (next && page < shareformat::maximumSessionPage) {
            ++page;
            next = reader.sessionPageExists(meeting, page + 1);
            pages << page;
        }
        m_log.page = page;
    }
    QList<LogEntry> news;
    QSet<QString> listed;
    for (const int page : std::as_const(pages)) {
        const QString prefix = shareformat::sessionPageName(page) + u'/';
        for (const QString &name : reader.sessionEntries(meeting, page)) {
            const QString key = prefix + name;
            if (m_log.settled.contains(key))
                continue;
            const auto entry = shareformat::sessionEntry(name);
            news << LogEntry { entry->deviceId, entry->recordName,
                reader.sessionEntryPath(meeting, page, name), key };
            listed.insert(key);
        }
    }
    for (const LogEntry &entry : std::as_const(m_log.retry))
        if (!listed.contains(entry.key))
            news << entry;
    m_log.retry.clear();
    return news;
}

void SessionScanner::prefetch(const QList<LogEntry> &entries)
{
    QList<const LogEntry *> toRead;
    for (const LogEntry &entry : entries) {
        if (toRead.size() >= maxNewReadsPerScan)
            break;
        if (!m_known.contains(entry.deviceId + u'/' + entry.recordName)
            && !m_foreign.contains(entry.key) && !m_unreadable.contains(entry.key))
            toRead << &entry;
    }
    if (toRead.size() < 2)
        return;
    std::vector<std::optional<Result<QByteArray>>> read(size_t(toRead.size()));
    std::atomic_size_t next = 0;
    const auto worker = [&] {
        for (size_t i = next++; i < read.size(); i = next++)
            read[i] = boundedfile::read(toRead.at(qsizetype(i))->path,
                shareformat::deviceRecordLimit(toRead.at(qsizetype(i))->recordName));
    };
    {
        std::vector<std::jthread> threads;
        for (int t = 1; t < std::min<int>(parallelReads, int(toRead.size())); ++t)
            threads.emplace_back(worker);
        worker();
    }
    for (size_t i = 0; i < read.size(); ++i)
        m_prefetched.insert(toRead.at(qsizetype(i))->path, *read[i]);
}

void SessionScanner::readSessionLog(const QList<LogEntry> &news, const QString &organisationFolder,
    const QString &rosterPrefix, const Look &look, QList<SessionFile> &records,
    QList<SessionProblem> &problems, ScanStatistics &statistics)
{
    QList<LogEntry> toLook = news;
    // A roster revision enrolled new keys: what they signed before is a record of the meeting now.
    if (m_knownKeys != m_log.foreignKeys) {
        toLook += m_log.foreign;
        m_log.foreign.clear();
        m_log.foreignKeys = m_knownKeys;
    }
    prefetch(toLook);
    QMap<QString, int> unreadableListed;
    QMap<QString, QPair<int, QString>> unreadableMore;
    for (const LogEntry &entry : std::as_const(toLook)) {
        const QString recordKey = entry.deviceId + u'/' + entry.recordName;
        if (entry.deviceId == organisationFolder && entry.recordName.startsWith(rosterPrefix)) {
            if (m_known.contains(recordKey)) // read with the rosters
                m_log.settled.insert(entry.key);
            continue;
        }
        SessionFile file;
        switch (look(entry.deviceId, entry.recordName, false, file, true, entry.path, entry.key)) {
        case Seen::Record:
            if (!m_known.contains(recordKey)) { // not kept (too many): looked at again later
                m_log.retry << entry;
                break;
            }
            m_log.settled.insert(entry.key);
            if (!m_log.recordKeys.contains(recordKey)) { // the same record in two pages: once
                m_log.recordKeys.insert(recordKey);
                m_log.records << file;
            }
            break;
        case Seen::Foreign:
            m_log.settled.insert(entry.key);
            m_log.foreign << entry;
            break;
        case Seen::Unreadable: {
            // Looked at again whenever its page is listed (a copy still under way).
            ++statistics.unreadableFiles;
            if (unreadableListed[entry.deviceId] < junkListedPerFolder) {
                ++unreadableListed[entry.deviceId];
                if (const QString message = m_unreadable.value(entry.key).message;
                    !message.isEmpty())
                    problems << SessionProblem { entry.deviceId, entry.recordName, message };
                else
                    records << file; // the fold says what is wrong with it
            } else {
                auto &more = unreadableMore[entry.deviceId];
                if (more.first++ == 0)
                    more.second = entry.recordName;
            }
            break;
        }
        case Seen::Later:
            m_log.retry << entry;
            ++statistics.notReadYet;
            break;
        }
    }
    m_prefetched.clear();
    records += m_log.records;

    QMap<QString, QPair<int, QString>> foreignIn;
    for (const LogEntry &entry : std::as_const(m_log.foreign)) {
        auto &junk = foreignIn[entry.deviceId];
        if (junk.first++ == 0)
            junk.second = entry.recordName;
    }
    statistics.foreignRecords += int(m_log.foreign.size());
    for (auto it = foreignIn.cbegin(); it != foreignIn.cend(); ++it)
        problems << SessionProblem { it.key(), it->second,
            Tr::tr("%1 record(s) in this folder are signed by keys no roster of the meeting lists; "
                   "they "
                   "are ignored")
                .arg(it->first) };
    for (auto it = unreadableMore.cbegin(); it != unreadableMore.cend(); ++it)
        problems << SessionProblem { it.key(), it->second,
            Tr::tr(
                "%1 more file(s) in this folder are not records that can be read; they are ignored")
                .arg(it->first) };
}

} // namespace phonghop
