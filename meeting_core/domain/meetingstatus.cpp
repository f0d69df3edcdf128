#include "meetingstatus.h"

#include <QCoreApplication>

namespace phonghop {

namespace {

// The context of this file's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::MeetingStatus)
};

constexpr MeetingStatusKind allKinds[] = { MeetingStatusKind::Scheduled,
    MeetingStatusKind::Postponed, MeetingStatusKind::Cancelled, MeetingStatusKind::Finished };

} // namespace

QString meetingStatusKey(MeetingStatusKind kind)
{
    switch (kind) {
    case MeetingStatusKind::Scheduled:
        return QStringLiteral("scheduled");
    case MeetingStatusKind::Postponed:
        return QStringLiteral("postponed");
    case MeetingStatusKind::Cancelled:
        return QStringLiteral("cancelled");
    case MeetingStatusKind::Finished:
        return QStringLiteral("finished");
    }
    return {};
}

std::optional<MeetingStatusKind> meetingStatusFromKey(QStringView key)
{
    for (const MeetingStatusKind kind : allKinds) {
        if (key == meetingStatusKey(kind))
            return kind;
    }
    return std::nullopt;
}

QString meetingStatusDisplayName(MeetingStatusKind kind)
{
    switch (kind) {
    case MeetingStatusKind::Scheduled:
        return Tr::tr("Scheduled");
    case MeetingStatusKind::Postponed:
        return Tr::tr("Postponed");
    case MeetingStatusKind::Cancelled:
        return Tr::tr("Cancelled");
    case MeetingStatusKind::Finished:
        return Tr::tr("Finished");
    }
    return {};
}

QString MeetingStatus::describe() const
{
    QString text;
    switch (kind) {
    case MeetingStatusKind::Scheduled:
        return {};
    case MeetingStatusKind::Postponed:
        // The new time in its own offset (the meeting's), whatever this computer's zone.
        text = until.isValid()
            ? Tr::tr("Postponed to %1").arg(until.toString(QStringLiteral("HH:mm dd/MM/yyyy")))
            : Tr::tr("Postponed until further notice");
        break;
    case MeetingStatusKind::Cancelled:
        text = Tr::tr("Cancelled");
        break;
    case MeetingStatusKind::Finished:
        text = Tr::tr("Finished");
        break;
    }
    if (!reason.trimmed().isEmpty())
        text += QStringLiteral(" \u2014 ") + reason.trimmed();
    return text;
}

} // namespace phonghop
