#pragma once

#include "util/result.h"

#include <QString>
#include <QStringList>

namespace phonghop::demosession {

// Writes a signed roster for each demo meeting of the share at shareRoot, listing every demo
// participant with the well-known key demoshare::participantKey(id): a demo seat can then
// act as the chair or as a delegate. Demo only.
Status writeRosters(const QString &shareRoot);

// The demo participants a seat may act as, "p-an" first.
QStringList participantIds();

} // namespace phonghop::demosession
