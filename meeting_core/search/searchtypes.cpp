#include "meeting_core/search/searchtypes.h"

#include <algorithm>

namespace phonghop {

QList<SearchMeetingGroup> groupSearchHits(const QList<SearchHit> &hits)
{
    QList<SearchMeetingGroup> meetings;
    for (const SearchHit &hit : hits) {
        auto meeting = std::find_if(meetings.begin(), meetings.end(),
            [&hit](const SearchMeetingGroup &g) { return g.meetingId == hit.meetingId; });
        if (meeting == meetings.end()) {
            meetings.append(
                SearchMeetingGroup { hit.meetingId, hit.meetingTitle, hit.meetingStart, {} });
            meeting = std::prev(meetings.end());
        }
        auto group = std::find_if(meeting->groups.begin(), meeting->groups.end(),
            [&hit](const SearchHitGroup &g) { return g.documentId == hit.documentId; });
        if (group == meeting->groups.end()) {
            meeting->groups.append(SearchHitGroup { hit.documentId, hit.documentTitle, {} });
            group = std::prev(meeting->groups.end());
        }
        group->hits.append(hit);
    }
    return meetings;
}

} // namespace phonghop
