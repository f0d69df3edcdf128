#pragma once

#include "meeting_core/util/result.h"

#include <QByteArray>
#include <QString>

namespace phonghop {

// An installation pins its organisation's key at first run (trust on first use, confirmed by
// comparing the fingerprint read out by the secretariat; docs/trust.md). From then on only
// records signed by that key are accepted as rosters and manifests.

// Canonical form of a fingerprint typed or pasted by a person: lower case, groups of four
// separated by '-'; empty when the text is not a fingerprint.
QString normaliseFingerprint(const QString &text);

// Succeeds when publicKey's fingerprint equals the pinned one (in any spelling that
// normaliseFingerprint accepts); fails with a message naming both fingerprints otherwise.
Status checkOrganisationPin(const QByteArray &publicKey, const QString &pinnedFingerprint);

} // namespace phonghop
