#pragma once

#include "commandlinetool.h"
#include "meeting_core/org/organisationadmin.h"
#include "meeting_core/org/peopledirectory.h"

#include <QByteArray>
#include <QString>
#include <optional>

// What the org, people and enrol commands share: opening the organisation with its key file,
// finding the key that the directory must be signed with, and the meetings' rosters kept in
// step with the directory after an enrolment changes.
namespace phonghop::cli {

// The share with the organisation key of keyPath (asks for its passphrase): Unreachable when
// the share cannot be reached, Rejected for a key of another organisation, or the key file's
// own exit code (passphrase.h).
int openOrganisation(const QString &share, const QString &keyPath, Streams &streams,
    std::optional<OrganisationAdmin> &admin);

// The key the organisation's records on the share must be signed with: the one pinned in the
// cache at cacheDirectory when one is given and has one (a cache that confirmed its
// organisation), else the one the share's descriptor names. Prints why and returns an exit
// code other than Success when neither can be read. name receives the organisation's name.
int trustedOrganisationKey(const QString &share, const QString &cacheDirectory, Streams &streams,
    QByteArray &key, QString *name = nullptr);

// Reads the directory signed by key; problems (refused revisions) on standard error.
int readDirectory(
    const QString &share, const QByteArray &key, Streams &streams, PeopleDirectory &directory);

// Writes a new roster revision for each meeting on the share that has not ended and whose
// roster the directory changes (rosterbuilder publishRoster, from the meeting's newest
// manifest), and says so on standard output. Returns false when one could not be written
// (the reason on standard error).
bool republishRosters(
    const OrganisationAdmin &admin, const PeopleDirectory &directory, Streams &streams);

QString isoTime(const QDateTime &time);

} // namespace phonghop::cli
