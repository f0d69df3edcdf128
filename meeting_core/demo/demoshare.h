#pragma once

#include "meeting_core/util/result.h"

#include <QDateTime>
#include <QString>
#include <functional>

namespace phonghop {

class SigningKey;

// The Vietnamese demo share: a provincial People's Committee with an upcoming and a past
// meeting, their agendas, people and generated documents (text, a long report, scans).
// Its keys are derived from published seeds: demo only, never for real meetings.
namespace demoshare {

// The organisation (secretariat) key of the demo share.
SigningKey organisationKey();
// A demo participant's device key ("p-an", "p-binh", ...).
SigningKey participantKey(const QString &participantId);

// Writes the share into `directory` (created if needed). `now` places the upcoming meeting
// a week ahead and the past one three weeks back. `progress` receives one line per step.
Status write(const QString &directory, const QDateTime &now = QDateTime::currentDateTime(),
    const std::function<void(const QString &)> &progress = {});

} // namespace demoshare
} // namespace phonghop
