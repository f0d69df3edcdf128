#pragma once

#include "meeting_core/util/result.h"

#include <QString>
#include <QStringList>

namespace phonghop::demosession {

// Brings the roster of each demo meeting of the share at shareRoot up to date with the
// directory (publishRoster: nothing is written when it already is). demoshare::write() enrols
// every demo participant's well-known key demoshare::participantKey(id) and writes the
// rosters itself, so a demo seat can act as the chair or as a delegate. Demo only.
Status writeRosters(const QString &shareRoot);

// The demo participants a seat may act as, "p-an" first.
QStringList participantIds();

} // namespace phonghop::demosession
