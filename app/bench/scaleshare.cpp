#include "bench/scaleshare.h"

#include "bench/benchmarks.h"

#include "meeting_core/org/rosterbuilder.h"
#include "meeting_core/session/sessionrecords.h"
#include "meeting_core/share/shareformat.h"
#include "meeting_core/share/sharewriter.h"
#include "meeting_core/store/outbox.h"
#include "meeting_core/trust/devicekey.h"

#include <QDir>
#include <QFile>
#include <unistd.h>

namespace phonghop::bench {

namespace {

QString pastMeetingId(int index)
{
    return QStringLiteral("ky-hop-%1").arg(index + 1, 4, 10, QLatin1Char('0'));
}

Meeting meetingFor(const QString &id, const QDateTime &start)
{
    Meeting meeting;
    meeting.id = id;
    meeting.title = QStringLiteral("Kỳ họp %1").arg(id);
    meeting.organisation = QStringLiteral("HĐND tỉnh");
    meeting.start = start;
    meeting.end = start.addSecs(3 * 3600);
    return meeting;
}

bool check(const Status &status, QTextStream &err)
{
    if (!status)
        err << status.error() << '\n';
    return status.ok();
}

// One signed record per history device, kept outside the share: every name of its history is
// a hard link to it (only the names matter to a listing; a reader verifies the bytes anyway).
bool writeTemplates(const QString &scratch, int devices, QStringList &templates, QTextStream &err)
{
    const QDateTime at = QDateTime::currentDateTimeUtc().addYears(-1);
    for (int d = 0; d < devices; ++d) {
        const SigningKey key = benchKey(benchDelegateId(d));
        const SignedRecord record = makeSessionRecord(sessionkinds::checkIn, pastMeetingId(0), at,
            { { QStringLiteral("participant"), benchDelegateId(d) } }, key);
        const QString path = scratch + QStringLiteral("/record-%1.json").arg(d);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(record.toBytes()) < 0) {
            err << "cannot write " << path << '\n';
            return false;
        }
        templates << path;
    }
    return true;
}

bool linkName(const QString &from, const QString &to, QTextStream &err)
{
    if (::link(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0) {
        err << "cannot link " << to << '\n';
        return false;
    }
    return true;
}

bool writeHistory(const QString &root, const QString &scratch, const ScaleHistory &spec,
    const SigningKey &organisation, QTextStream &err)
{
    QStringList templates;
    if (!writeTemplates(scratch, spec.historyDevices, templates, err))
        return false;
    ShareWriter writer(root);
    const QDateTime firstStart = QDateTime::currentDateTimeUtc().addDays(-7 * spec.pastMeetings);
    for (int m = 0; m < spec.pastMeetings; ++m) {
        const QString id = pastMeetingId(m);
        if (const Result<int> published
            = writer.publish(meetingFor(id, firstStart.addDays(7 * m)), organisation);
            !published) {
            err << published.error() << '\n';
            return false;
        }
        if (!check(
                writeRosterToShare(root, benchRoster(id, spec.historyDevices), organisation), err))
            return false;
        int entry = 0;
        for (int d = 0; d < spec.historyDevices; ++d) {
            const QString device = deviceIdOf(benchKey(benchDelegateId(d)).publicKey());
            QString folder;
            for (int r = 0; r < spec.recordsPerMeeting; ++r, ++entry) {
                const QString name = QStringLiteral("check-in-%1%2-%3.json")
                                         .arg(m + 1, 4, 10, QLatin1Char('0'))
                                         .arg(r, 4, 10, QLatin1Char('0'))
                                         .arg(d, 16, 16, QLatin1Char('0'));
                QString path;
                if (spec.formatMajor >= 2) {
                    const int page = entry / shareformat::sessionPageCapacity + 1;
                    folder = root + u'/' + shareformat::meetingsFolder + u'/' + id + u'/'
                        + shareformat::sessionFolder + u'/' + shareformat::sessionPageName(page);
                    path = folder + u'/' + shareformat::sessionEntryName(device, name);
                } else {
                    folder = root + u'/' + shareformat::devicesFolder + u'/' + device;
                    path = folder + u'/' + name;
                }
                if (r == 0 || entry % shareformat::sessionPageCapacity == 0)
                    QDir().mkpath(folder);
                if (!linkName(templates.at(d), path, err))
                    return false;
            }
        }
    }
    return true;
}

} // namespace

bool writeScaleHistory(
    const QString &root, const QString &scratch, const ScaleHistory &history, QTextStream &err)
{
    const SigningKey organisation = benchKey(QStringLiteral("organisation"));
    ShareWriter writer(root);
    if (!check(
            writer.initialise(QStringLiteral("HĐND tỉnh"), organisation, history.formatMajor), err))
        return false;
    return writeHistory(root, scratch, history, organisation, err);
}

bool writeScaleMeeting(const QString &root, const QString &meetingId, int seats, QTextStream &err)
{
    const SigningKey organisation = benchKey(QStringLiteral("organisation"));
    ShareWriter writer(root);
    if (const Result<int> published
        = writer.publish(meetingFor(meetingId, QDateTime::currentDateTimeUtc()), organisation);
        !published) {
        err << published.error() << '\n';
        return false;
    }
    if (!check(writeRosterToShare(root, benchRoster(meetingId, seats), organisation), err))
        return false;
    const QDateTime at = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < seats; ++i) {
        const SigningKey key = benchKey(benchDelegateId(i));
        const SignedRecord checkIn = makeSessionRecord(sessionkinds::checkIn, meetingId,
            at.addMSecs(i), { { QStringLiteral("participant"), benchDelegateId(i) } }, key);
        Outbox::Item item;
        item.id = i + 1;
        item.deviceId = deviceIdOf(key.publicKey());
        item.fileName = sessionRecordFileName(checkIn, at.addMSecs(i));
        item.bytes = checkIn.toBytes();
        const OutboxDelivery delivery = deliverOutboxItem(root, item);
        if (!delivery.delivered) {
            err << delivery.error << '\n';
            return false;
        }
    }
    return true;
}

} // namespace phonghop::bench
