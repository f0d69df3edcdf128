#pragma once

#include "meeting_core/session/sessiondocument.h"
#include "meeting_core/session/sessionstate.h"
#include "meeting_core/util/result.h"

#include <QString>

namespace phonghop {

// The conclusion notice ("Thông báo kết luận của Chủ tịch UBND tại phiên họp…"), laid out after
// Decree 30/2020/NĐ-CP: national heading, issuing body, number and symbol "…/TB-UBND", place
// and date, title, the current conclusions of each agenda item in agenda order (a corrected
// conclusion gives way to its correction), recipients ("Nơi nhận:") and the signature block.
namespace conclusionnotice {

// "Số: ……/TB-UBND": the blank printed when no number is given.
QString blankNumber();
// "Kết luận của Chủ tịch Ủy ban nhân dân xã Sơn Hà tại phiên họp thường kỳ tháng 11 năm 2026"
QString subject(const SessionDocumentContent &content);

QString html(const SessionDocumentContent &content, const SessionState &state);
// Writes it as an A4 PDF; refused when the decision chain holds no conclusion yet.
Status writePdf(
    const QString &path, const SessionDocumentContent &content, const SessionState &state);

} // namespace conclusionnotice
} // namespace phonghop
