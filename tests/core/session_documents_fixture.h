#pragma once

// A meeting as the cache holds it after a sync, for the session's documents: its start in the
// room's own offset (+07:00), an agenda listed out of reading order (sub-items last, as the
// cache lists them) and two documents a conclusion can cite.
#include "meeting_core/domain/meeting.h"

#include <QDateTime>

namespace phonghop::test {

inline const QString reportSha
    = QStringLiteral("1111111111111111111111111111111111111111111111111111111111111111");
inline const QString planSha
    = QStringLiteral("2222222222222222222222222222222222222222222222222222222222222222");

inline Meeting documentsMeeting(const QString &meetingId)
{
    Meeting m;
    m.id = meetingId;
    m.revision = 1;
    m.title = QStringLiteral("Phiên họp thường kỳ tháng 11 năm 2026");
    m.organisation = QStringLiteral("Ủy ban nhân dân xã Sơn Hà");
    m.location = QStringLiteral("Phòng họp số 1, trụ sở UBND xã");
    m.start
        = QDateTime::fromString(QStringLiteral("2026-11-27T08:00:00.000+07:00"), Qt::ISODateWithMs);
    m.end = m.start.addSecs(4 * 3600);
    const auto item
        = [](const QString &number, const QString &parent, int position, const QString &title) {
              return AgendaItem { QStringLiteral("item-") + QString(number).replace(u'.', u'-'),
                  parent.isEmpty() ? QString() : QStringLiteral("item-") + parent, position, number,
                  title, {}, 15 };
          };
    for (int i = 1; i <= 7; ++i)
        m.agenda << item(
            QString::number(i), {}, i - 1, QStringLiteral("Nội dung số %1 của phiên họp").arg(i));
    // Sub-items after every top-level item, the second one first: reading order must come
    // from parent and position, not from the list.
    m.agenda << item(QStringLiteral("4.b"), QStringLiteral("4"), 1,
        QStringLiteral("Dự thảo Kế hoạch chuyển đổi số"));
    m.agenda << item(QStringLiteral("4.a"), QStringLiteral("4"), 0,
        QStringLiteral("Báo cáo tình hình kinh tế - xã hội"));
    m.documents << DocumentRef { QStringLiteral("doc-1"), QStringLiteral("item-4-a"),
        QStringLiteral("Báo cáo số 45/BC-UBND"), QStringLiteral("bao-cao"),
        QStringLiteral("bao-cao.pdf"), reportSha, 1000, 1 };
    m.documents << DocumentRef { QStringLiteral("doc-2"), QStringLiteral("item-5"),
        QStringLiteral("Kế hoạch số 12/KH-UBND"), QStringLiteral("ke-hoach"),
        QStringLiteral("ke-hoach.pdf"), planSha, 1000, 1 };
    return m;
}

} // namespace phonghop::test
