#pragma once

#include "meeting_core/util/result.h"
#include "session/sessiontaskwidget.h"

class QLabel;
class QPushButton;

namespace phonghop::ui {

// The minutes ("biên bản"): whether the chair has signed them, the draft written on this seat,
// generating a draft, and (for the chair) signing it, which asks first and locks them: with a
// token's certificate (SigningDialog; a PDF signature in a signed copy the record then names,
// docs/signatures.md) or with the session's own record only.
class MinutesWidget final : public SessionTaskWidget {
    Q_OBJECT
public:
    explicit MinutesWidget(SessionService &service, QWidget *parent = nullptr);

private:
    void refresh() override;
    void generate();
    void sign();
    Status signWithCertificate(const QString &nickname, const QString &pin);

    QLabel *m_status = nullptr;
    QPushButton *m_sign = nullptr;
    QString m_draftPath; // the draft generated here
    QString m_draftMeetingId; // the meeting it belongs to: another meeting never shows it
};

} // namespace phonghop::ui
