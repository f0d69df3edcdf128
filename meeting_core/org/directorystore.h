#pragma once

#include "meeting_core/org/peopledirectory.h"
#include "meeting_core/trust/signingkey.h"
#include "meeting_core/util/result.h"

#include <QString>
#include <QStringList>
#include <functional>

namespace phonghop {

// The directory on the share: people/directory-<revision, 6 digits>.json, each a signed
// record of kind "people-directory", written once and never replaced.
class DirectoryStore final {
public:
    static constexpr int maximumAttempts = 20; // concurrent writers before update() gives up

    explicit DirectoryStore(QString shareRoot);

    struct Reading {
        PeopleDirectory directory; // the newest revision that verifies (revision 0: none yet)
        // Translated: files refused (truncated, another signer, bad content); they are
        // skipped and a later update() writes above them, so nothing valid is lost.
        QStringList problems;
    };
    // Reads the newest valid revision signed by organisationKey (raw 32-byte public key).
    // Fails only when the share cannot be read.
    Result<Reading> read(const QByteArray &organisationKey) const;

    // Reads the newest revision, applies edit to it and writes it as the next revision
    // (revision + 1, issuedAt now), signed. When another secretary wrote that revision first,
    // reads again and applies edit again, so both changes are kept. An edit that fails leaves
    // the share as it was, and so does an edit that changes nothing. Returns the directory as
    // written (or as it was, when nothing changed).
    using Edit = std::function<Status(PeopleDirectory &)>;
    Result<PeopleDirectory> update(const SigningKey &organisationKey, const Edit &edit);

    static QString fileName(qint64 revision); // "directory-000003.json"

private:
    QString m_root;
};

} // namespace phonghop
