#pragma once

#include "meeting_core/consult/consultationservice.h"
#include "meeting_core/util/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

class QPagedPaintDevice;

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

// The reminder list the office prints or sends (issue 17): the issuing body, the consultation,
// its deadline and, in a table, every member who has not answered every question with their
// position and the questions left. A Vietnamese A4 page whatever the interface language.
QString reminderHtml(const ConsultationStatus &status, const QDateTime &date);
// Lays the reminder list out on device (a printer or a PDF writer, A4 with the Decree 30
// margins set by the caller) and paints it: the same painter for paper and for PDF.
void paintReminderList(
    QPagedPaintDevice &device, const ConsultationStatus &status, const QDateTime &date);
// The reminder list as an A4 PDF at path.
Status writeReminderPdf(
    const QString &path, const ConsultationStatus &status, const QDateTime &date);
// The page layout the reminder list is printed with: A4 portrait, margins 30/15/20/20 mm.
void setReminderPageLayout(QPagedPaintDevice &device);

} // namespace consultationreport
} // namespace phonghop
