#pragma once

#include "meeting_core/util/result.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace phonghop {

class MeetingCache;

// The organisation a share presents before this seat trusts it: its name and public key as
// the share's descriptor says, and the key's fingerprint ("3f2a-9c1d-…", keyFingerprint()) that
// a person compares with the one IT staff or the secretariat gave them. Nothing is pinned
// silently (docs/trust.md, "Pinning the organisation key").
struct OfferedOrganisation {
    QString name;
    QByteArray key; // Ed25519 public key, 32 bytes
    QString fingerprint;
};

// The organisation key this seat's cache trusts; empty when none is pinned yet.
QByteArray pinnedOrganisationKey(const MeetingCache &cache);

// Pins the organisation's key (and remembers its name) in the cache, once a person confirmed
// the fingerprint or it matched the one in the system configuration. Pinning the key already
// pinned again succeeds (the name is updated); a different key is refused while another is
// pinned: changing the pin is a deliberate act, never a side effect.
// As pinnedOrganisationKey(), with a cache that cannot be read said as a failure, not thrown.
Result<QByteArray> readPinnedOrganisationKey(const MeetingCache &cache);
Status pinOrganisation(MeetingCache &cache, const QString &name, const QByteArray &key);

// The offer as a person should see it (the fingerprint filled in from the key).
OfferedOrganisation offeredOrganisation(const QString &name, const QByteArray &key);

// What a seat says while no key is pinned: the session cannot be read, nor called clean.
QString organisationUnconfirmedMessage();

} // namespace phonghop

Q_DECLARE_METATYPE(phonghop::OfferedOrganisation)
