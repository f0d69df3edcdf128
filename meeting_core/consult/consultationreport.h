#pragma once

#include "meeting_core/consult/consultationservice.h"
#include "meeting_core/util/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace phonghop {

// "Báo cáo tổng hợp ý kiến thành viên Ủy ban nhân dân" (issue 17), laid out after Decree
// 30/2020/NĐ-CP: national heading, issuing body, number "…/BC-UBND", place and date, the
// consultation's title, what was asked, per question the count by its rule and the outcome,
// every comment quoted with its member's name, who did not answer, "Nơi nhận:" and the
// signature block. A Vietnamese document whatever the interface language.
namespace consultationreport {

QString html(const ConsultationStatus &status, const QDateTime &date);
Status writePdf(const QString &path, const ConsultationStatus &status, const QDateTime &date);
// One row per member and question (UTF-8 with a byte-order mark, as the other CSV exports).
QByteArray csv(const ConsultationStatus &status);
// PDF when path ends in ".pdf" (any case), else CSV.
Status write(const QString &path, const ConsultationStatus &status, const QDateTime &date);

} // namespace consultationreport
} // namespace phonghop
