#pragma once

// The shares of `phonghop-bench scale` (docs/benchmarks.md, "scale"): a room's meeting on a
// share with years of past meetings, written in the per-device layout (share format 1.1) or in
// the session log (2.0). Past meetings' records are hard links to one signed record per device,
// so five years (a million names) are written in well under a minute.
#include <QString>
#include <QTextStream>

namespace phonghop::bench {

struct ScaleHistory {
    int formatMajor = 2; // 1: devices/<id>/ (1.1); 2: meetings/<id>/session/ (2.0)
    int pastMeetings = 0; // 50 a year
    int historyDevices = 200; // devices that took part in past meetings (the first delegates)
    int recordsPerMeeting = 20; // each device's records in each past meeting
};

// Creates the share in `root` with its past meetings (`scratch`: a folder on the same file
// system, for the records the history links to). False, said on err, when a step fails.
bool writeScaleHistory(
    const QString &root, const QString &scratch, const ScaleHistory &history, QTextStream &err);

// Adds today's meeting: published, its roster (the chair and `seats` delegates), and every
// delegate checked in through the one way a seat's record reaches the share.
bool writeScaleMeeting(const QString &root, const QString &meetingId, int seats, QTextStream &err);

} // namespace phonghop::bench
