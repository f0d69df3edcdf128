// Compiled with the store layer's include roots (tests/layers/CMakeLists.txt): its own
// headers and those of the layers it depends on are found.
#include "meeting_core/domain/meeting.h"
#include "meeting_core/share/sharereader.h"
#include "meeting_core/store/meetingcache.h"
#include "meeting_core/trust/signingkey.h"
#include "meeting_core/util/result.h"

int storeLayerCheck()
{
    return 0;
}
