#pragma once

#include "meeting_core/domain/meeting.h"
#include "meeting_core/util/result.h"
#include "meeting_core/voting/poll.h"

namespace phonghop {

// The PollDefinition of a poll prepared with the meeting (MEETING.json's `polls[]`, the
// manifest's `polls`). The prepared poll's JSON is PollDefinition's, with `item` added and
// `preset` accepted as a short form of `"rule": {"preset": ...}`. A poll without a rule takes
// the People's Committee's, as a poll opened on the spot does. The message says what is wrong.
Result<PollDefinition> preparedPollDefinition(const PreparedPoll &prepared);

// The prepared poll a definition came from, for editors: its kind, options, choices, secrecy
// and rule written back as JSON (the preset's name alone when the rule is a preset's).
PreparedPoll preparedPollFrom(const PollDefinition &definition, const QString &agendaItemId);

} // namespace phonghop
