#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace phonghop {

// Where a published meeting stands (issue 15): the secretary publishes a change as a status
// record signed by the organisation key (docs/share-format.md, "Meeting status").
enum class MeetingStatusKind { Scheduled, Postponed, Cancelled, Finished };

// "scheduled", "postponed", "cancelled", "finished": as in the status record and list --json.
QString meetingStatusKey(MeetingStatusKind kind);
std::optional<MeetingStatusKind> meetingStatusFromKey(QStringView key);
QString meetingStatusDisplayName(MeetingStatusKind kind); // translated: "Đã hoãn"

struct MeetingStatus {
    MeetingStatusKind kind = MeetingStatusKind::Scheduled;
    QDateTime until; // postponed: the new date and time (with its offset), if known
    QString reason; // postponed or cancelled: why, as the secretary wrote it
    QDateTime issuedAt;
    int number = 0; // the status record's number in the meeting's folder; 0 when there is none

    // One line for the meeting list and the banner on the meeting, translated:
    // "Postponed to 08:00 15/12/2026 — reason", "Cancelled — reason", "Finished"; empty while
    // the meeting is simply scheduled. The new time is shown in its own offset.
    QString describe() const;
    bool operator==(const MeetingStatus &) const = default;
};

} // namespace phonghop
