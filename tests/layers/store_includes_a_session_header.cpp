// Compiled with the store layer's include roots (tests/layers/CMakeLists.txt): the session
// layer sits above store, so its headers must not be found from here, although the file
// exists in the source tree.
#include "meeting_core/session/sessionstate.h"
#include "meeting_core/store/meetingcache.h"

int storeLayerCheck()
{
    return 0;
}
