#pragma once

#include <optional>

#include "commandlinetool.h"

// One function per command; CommandLineTool lists them. Each file in cli/ holds a family.
namespace phonghop::cli {

// cachecommands.cpp
int runDemoShare(const QStringList &arguments, Streams &streams);
int runSync(const QStringList &arguments, Streams &streams);
int runList(const QStringList &arguments, Streams &streams);
// cacheretentioncommands.cpp: size, evict, fetch (issue 16)
int runCache(const QStringList &arguments, Streams &streams);
// --days N of sync and cache size|evict (0 to AppSettings::maximumKeepDays; 0: never evict), or
// the days the seat's settings configure, or 0 when nobody configured any. nullopt after printing
// the problem and the usage line ("sync --share DIR ...").
std::optional<int> keepDaysOption(
    const QStringList &arguments, Streams &streams, const QString &usageLine);

// documentcommands.cpp: save (a confidential document only on a recipient's device)
int runDocument(const QStringList &arguments, Streams &streams);

// devicecommands.cpp: status, protect, change-pin, remove-pin (this seat's key at rest)
int runDevice(const QStringList &arguments, Streams &streams);

// votingcommands.cpp
int runTally(const QStringList &arguments, Streams &streams);

// searchcommands.cpp
int runSearch(const QStringList &arguments, Streams &streams);

// publishcommands.cpp
int runPublish(const QStringList &arguments, Streams &streams);

// meetingcommands.cpp: status (postponed, cancelled, ...)
int runMeeting(const QStringList &arguments, Streams &streams);

// sessioncommands.cpp: status, verify, attendance, minutes, check-in, vote, and the chair's
// and secretary's actions (open-poll, close-poll, call-next, conclude, sign-minutes)
int runSession(const QStringList &arguments, Streams &streams);

// orgcommands.cpp: init, info, backup-key, upgrade-share
int runOrg(const QStringList &arguments, Streams &streams);

// peoplecommands.cpp: import, list, add, retire
int runPeople(const QStringList &arguments, Streams &streams);

// enrolcommands.cpp: request, list, approve, reject, revoke
int runEnrol(const QStringList &arguments, Streams &streams);

// consultcommands.cpp: publish, answer, status, close, report, list (issue 17)
int runConsult(const QStringList &arguments, Streams &streams);
// statscommands.cpp: statistics of a period (attendance, speeches, polls, documents)
int runStats(const QStringList &arguments, Streams &streams);

} // namespace phonghop::cli
